package escrow

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/sender"
)

// Result is the service's view of a final sender intent: OK, or the failure with its class and,
// for a lack of funds, the shortfall. operator says the intent's account is souq's own (operator,
// arbiter): funds it lacks need the operator; a custodial wallet's are refused for now.
//
// How each outcome is classified — every custom error of contracts/Escrow.sol, the OpenZeppelin
// errors it inherits, the ERC-20 token's, and the sender's own refusals:
//
//	outcome                                  class         why
//	Confirmed                                (OK)
//	FutureDelivery(deliveredAt)              refused_now   the attested time is ahead of the newest block: passes once the chain's clock reaches it
//	InspectionRunning(releasableAt)          refused_now   release before the window ends: passes at releasableAt on the chain's clock
//	NotExpired(deliverBy)                    refused_now   refundExpired before deliverBy: passes after it
//	ArbiterDeadlineRunning(decideBy)         refused_now   refundExpiredDispute before the arbiter's deadline: passes at decideBy
//	ArbiterDeadlinePassed(decideBy)          refused       resolve after the arbiter's deadline: the dispute now ends in a full refund
//	WrongStatus(id, None)                    refused_now   the order is not funded on this chain (yet): a funding still in flight, or re-sent after the head went back
//	WrongStatus(id, other)                   refused       the order is past (or off) the step: released, refunded, disputed…
//	AlreadyExists(id)                        refused       the order is funded already; its Funded event reaches the service through the watcher
//	InvalidTerms                             refused       terms the contract rejects (zero address, deliverBy already passed at funding, window too long)
//	WrongValue(sent, expected)               refused       ETH sent ≠ the amount: a bug, sending the same again cannot pass
//	ShortTransfer(received, expected)        refused       a fee-on-transfer token: it can never fund exactly
//	LateDelivery(deliveredAt, deliverBy)     refused       the attested delivery is after the deadline
//	InspectionOver(releasableAt)             refused       a dispute after the window closed
//	SplitTooLarge(buyerAmount, amount)       refused       a resolution larger than the order
//	NothingToWithdraw, PayoutFailed          refused       withdraw with no credit / a recipient that rejects ETH
//	FeeTooHigh, ZeroAddress                  refused       administration calls with bad arguments
//	InvalidDisputePeriod, NoPendingChange    refused       likewise (announcing or applying an owner change)
//	ChangeNotDue(what, effectiveAt)          refused       applying an announced change before its delay (not sent by the service)
//	ReentrancyGuardReentrantCall             refused       cannot come from souq's calls
//	SafeERC20FailedOperation(token)          refused       the token refused the transfer (blocklist, non-standard token)
//	SignatureExpired(deadline)               refused_now   a relayed act or permit mined after its deadline (the relayer was held up): a new attempt signs anew
//	NotBuyer, NotSeller, NotArbiter          operator      souq signed with a key that is not the order's party: configuration
//	BadSignature                             operator      the attestation's or act's signer is not the order's party: a key is misconfigured
//	EnforcedPause, ExpectedPause             operator      the owner paused funding: only the operator can unpause
//	Ownable*, InvalidShortString, StringTooLong operator   administration or deployment errors
//	ERC20InsufficientBalance(s, have, need)  shortfall     the holder (the buyer, also when the relayer sent its permit) holds fewer tokens than the order:
//	                                                       refused_now (custodial) / operator (souq's own account)
//	ERC20InsufficientAllowance(s, have, need) shortfall    the allowance (approve or permit) is short: likewise for the terms' buyer; a new attempt re-signs the permit
//	other ERC-20 / ERC-2612 / ECDSA errors   refused       a bad permit or transfer argument
//	sender Failed, kind funds                shortfall     value + gas × max fee exceeds the ETH balance: refused_now (custodial) / operator (souq's)
//	sender Failed, kind rejected             operator      the node rejects the transaction itself (intrinsic gas, block gas limit, fee cap)
//	sender Failed, kind fee_cap              operator      the network's fees are over the relayer's caps (--max-fee-per-gas, --max-tx-fee)
//	mined and reverted, replay passes        refused_now   the state changed between estimate and mining: re-check with a new attempt
//	revert without data, Error(string), Panic refused      nothing says it could pass later
func Result(key string, in *sender.Intent, operator bool) souq.IntentResult {
	res := souq.IntentResult{Key: key, OK: in.State == sender.Confirmed, TxHash: in.TxHash().Hex()}
	if res.OK {
		return res
	}
	if in.TxHash() == (common.Hash{}) {
		res.TxHash = ""
	}
	shortfallClass := souq.ClassRefusedNow
	if operator {
		shortfallClass = souq.ClassOperator
	}
	if in.State == sender.Failed {
		f := in.Failure
		if f == nil {
			f = &sender.Failure{Kind: sender.FailRejected, Error: "failed"}
		}
		res.Reason = f.Error
		switch f.Kind {
		case sender.FailFunds:
			res.Shortfall = &souq.ShortfallError{Address: in.From.Hex(), Asset: "ETH", Need: f.Need, Have: f.Have, Class: shortfallClass}
			res.Class, res.Reason = shortfallClass, res.Shortfall.Error()
		default: // FailRejected, FailFeeCap: the operator's to fix
			res.Class = souq.ClassOperator
		}
		return res
	}
	res.Reason = in.Revert
	res.Class = souq.ClassRefused
	if len(in.RevertData) < 4 {
		if in.Receipt != nil && in.Revert == sender.RevertStateChanged {
			res.Class = souq.ClassRefusedNow
		}
		return res
	}
	if v, err := escrowabi.NewEscrow().UnpackError(in.RevertData); err == nil {
		res.Class = escrowClass(v)
		return res
	}
	if v, err := testtoken.NewTestToken().UnpackError(in.RevertData); err == nil {
		var need, have *big.Int
		holder := in.From
		if t, ok := termsOf(in); ok {
			holder = t.Buyer // the escrow pulls from the buyer, whoever sent the call
		}
		switch e := v.(type) {
		case *testtoken.TestTokenERC20InsufficientBalance:
			need, have, holder = e.Needed, e.Balance, e.Sender
		case *testtoken.TestTokenERC20InsufficientAllowance:
			need, have = e.Needed, e.Allowance
		}
		if need != nil {
			// Tokens missing from a custodial wallet are the customer's to add, even when souq's
			// relayer sent the transaction.
			class := shortfallClass
			if holder != in.From {
				class = souq.ClassRefusedNow
			}
			res.Shortfall = &souq.ShortfallError{Address: holder.Hex(), Asset: tokenOf(in).Hex(), Need: need, Have: have, Class: class}
			res.Class = class
			res.Reason = fmt.Sprintf("%s: %s", in.Revert, res.Shortfall.Error())
		}
	}
	return res
}

func escrowClass(v any) souq.FailureClass {
	switch e := v.(type) {
	case *escrowabi.EscrowFutureDelivery, *escrowabi.EscrowInspectionRunning, *escrowabi.EscrowNotExpired,
		*escrowabi.EscrowSignatureExpired, *escrowabi.EscrowArbiterDeadlineRunning:
		return souq.ClassRefusedNow
	case *escrowabi.EscrowWrongStatus:
		if Status(e.Status) == StatusNone {
			return souq.ClassRefusedNow
		}
		return souq.ClassRefused
	case *escrowabi.EscrowNotBuyer, *escrowabi.EscrowNotSeller, *escrowabi.EscrowNotArbiter, *escrowabi.EscrowBadSignature,
		*escrowabi.EscrowEnforcedPause, *escrowabi.EscrowExpectedPause, *escrowabi.EscrowOwnableInvalidOwner,
		*escrowabi.EscrowOwnableUnauthorizedAccount, *escrowabi.EscrowInvalidShortString, *escrowabi.EscrowStringTooLong:
		return souq.ClassOperator
	}
	return souq.ClassRefused
}

// tokenOf is the token an intent moves: the call's target for a direct token call (approve,
// transfer), else terms.token of the escrow call.
func tokenOf(in *sender.Intent) common.Address {
	if in.Call.To == nil {
		return common.Address{}
	}
	if t, ok := termsOf(in); ok {
		return t.Token
	}
	return *in.Call.To
}

// termsOf decodes the terms of an escrow call (false for any other call).
func termsOf(in *sender.Intent) (*Terms, bool) {
	if in.Call.To == nil || len(in.Call.Data) < 4 {
		return nil, false
	}
	ab := escrowabi.NewEscrow().GetABI()
	m, err := ab.MethodById(in.Call.Data[:4])
	if err != nil || len(m.Inputs) == 0 || m.Inputs[0].Name != "terms" {
		return nil, false
	}
	args, err := m.Inputs.Unpack(in.Call.Data[4:])
	if err != nil || len(args) == 0 {
		return nil, false
	}
	t, ok := abi.ConvertType(args[0], new(Terms)).(*Terms)
	return t, ok
}
