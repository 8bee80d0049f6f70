package escrow_test

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/sender"
)

// revertData packs a custom error of ab with the given arguments (zero values where nil).
func revertData(t *testing.T, ab abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e, ok := ab.Errors[name]
	if !ok {
		t.Fatalf("no error %s", name)
	}
	vals := make([]any, len(e.Inputs))
	for i, in := range e.Inputs {
		switch {
		case i < len(args) && args[i] != nil:
			vals[i] = args[i]
		case in.Type.T == abi.UintTy && in.Type.Size > 64, in.Type.T == abi.IntTy && in.Type.Size > 64:
			vals[i] = new(big.Int)
		default:
			vals[i] = reflect.New(in.Type.GetType()).Elem().Interface()
		}
	}
	packed, err := e.Inputs.Pack(vals...)
	if err != nil {
		t.Fatalf("pack %s: %v", name, err)
	}
	return append(append([]byte{}, e.ID[:4]...), packed...)
}

// Every custom error the Escrow can revert with has a class, and the table in Result holds.
// A new error in Escrow.sol fails this test until it is classified.
func TestEveryEscrowErrorIsClassified(t *testing.T) {
	t.Parallel()
	ab := escrowabi.NewEscrow().GetABI()
	want := map[string]souq.FailureClass{
		"FutureDelivery": souq.ClassRefusedNow, "InspectionRunning": souq.ClassRefusedNow, "NotExpired": souq.ClassRefusedNow,
		"SignatureExpired": souq.ClassRefusedNow, "ArbiterDeadlineRunning": souq.ClassRefusedNow,
		"ArbiterDeadlinePassed": souq.ClassRefused, "InvalidDisputePeriod": souq.ClassRefused,
		"NoPendingChange": souq.ClassRefused, "ChangeNotDue": souq.ClassRefused,
		"WrongStatus":   souq.ClassRefused, // status Released below; None is tested apart
		"AlreadyExists": souq.ClassRefused, "InvalidTerms": souq.ClassRefused, "WrongValue": souq.ClassRefused,
		"ShortTransfer": souq.ClassRefused, "LateDelivery": souq.ClassRefused, "InspectionOver": souq.ClassRefused,
		"SplitTooLarge": souq.ClassRefused, "NothingToWithdraw": souq.ClassRefused, "PayoutFailed": souq.ClassRefused,
		"FeeTooHigh": souq.ClassRefused, "ZeroAddress": souq.ClassRefused, "ReentrancyGuardReentrantCall": souq.ClassRefused,
		"SafeERC20FailedOperation": souq.ClassRefused,
		"NotBuyer":                 souq.ClassOperator, "NotSeller": souq.ClassOperator, "NotArbiter": souq.ClassOperator,
		"BadSignature": souq.ClassOperator, "EnforcedPause": souq.ClassOperator, "ExpectedPause": souq.ClassOperator,
		"OwnableInvalidOwner": souq.ClassOperator, "OwnableUnauthorizedAccount": souq.ClassOperator,
		"InvalidShortString": souq.ClassOperator, "StringTooLong": souq.ClassOperator,
	}
	for name := range ab.Errors {
		if _, ok := want[name]; !ok {
			t.Errorf("Escrow error %s has no class in the table", name)
		}
	}
	esc := common.HexToAddress("0xe5c")
	for name, class := range want {
		var args []any
		if name == "WrongStatus" {
			args = []any{nil, uint8(escrow.StatusReleased)}
		}
		in := &sender.Intent{Key: "k", State: sender.Reverted, Call: sender.Call{To: &esc}, RevertData: revertData(t, ab, name, args...), Revert: name}
		for _, operator := range []bool{false, true} {
			r := escrow.Result("attempt", in, operator)
			if r.OK || r.Class != class || r.Key != "attempt" || r.Shortfall != nil {
				t.Errorf("%s (operator %v): %+v, want class %s", name, operator, r, class)
			}
		}
	}
	none := &sender.Intent{State: sender.Reverted, RevertData: revertData(t, ab, "WrongStatus", nil, uint8(escrow.StatusNone))}
	if r := escrow.Result("k", none, false); r.Class != souq.ClassRefusedNow {
		t.Errorf("WrongStatus(None): %s, want refused now", r.Class)
	}
}

func TestResultOfSenderOutcomes(t *testing.T) {
	t.Parallel()
	from := common.HexToAddress("0xb0b")
	tests := []struct {
		name     string
		in       *sender.Intent
		operator bool
		ok       bool
		class    souq.FailureClass
		short    bool
	}{
		{"confirmed", &sender.Intent{State: sender.Confirmed, Receipt: &sender.Receipt{TxHash: common.HexToHash("0x1")}}, false, true, "", false},
		{"custodial short of ETH", &sender.Intent{From: from, State: sender.Failed, Failure: &sender.Failure{Kind: sender.FailFunds, Need: big.NewInt(10), Have: big.NewInt(3)}}, false, false, souq.ClassRefusedNow, true},
		{"relayer short of ETH", &sender.Intent{From: from, State: sender.Failed, Failure: &sender.Failure{Kind: sender.FailFunds, Need: big.NewInt(10), Have: big.NewInt(3)}}, true, false, souq.ClassOperator, true},
		{"node rejects the transaction", &sender.Intent{State: sender.Failed, Failure: &sender.Failure{Kind: sender.FailRejected, Error: "intrinsic gas too low"}}, false, false, souq.ClassOperator, false},
		{"relayer's fee cap reached", &sender.Intent{State: sender.Failed, Failure: &sender.Failure{Kind: sender.FailFeeCap, Error: "fee cap reached"}}, true, false, souq.ClassOperator, false},
		{"state changed before mining", &sender.Intent{State: sender.Reverted, Revert: sender.RevertStateChanged, Receipt: &sender.Receipt{Status: 0}}, false, false, souq.ClassRefusedNow, false},
		{"revert without data", &sender.Intent{State: sender.Reverted, Revert: "reverted without data"}, false, false, souq.ClassRefused, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := escrow.Result("k", tt.in, tt.operator)
			if r.OK != tt.ok || r.Class != tt.class || (r.Shortfall != nil) != tt.short {
				t.Fatalf("%+v, want ok %v class %q shortfall %v", r, tt.ok, tt.class, tt.short)
			}
			if tt.short {
				if r.Shortfall.Address != from.Hex() || r.Shortfall.Missing().Cmp(big.NewInt(7)) != 0 || souq.Classify(r.Shortfall) != tt.class {
					t.Errorf("shortfall %+v", r.Shortfall)
				}
			}
			if !tt.ok && r.TxHash != "" {
				t.Errorf("tx hash %q for a transaction never sent", r.TxHash)
			}
		})
	}
}
