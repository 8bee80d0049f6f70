package escrow

import (
	"math/big"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
)

// The transaction page names every refund reason the contract has, as the watcher decodes it
// from the same log: the page's own table once missed DisputeExpired when the contract gained it.
// The reasons are read from the contract's source, so a reason added there fails here first.
func TestRefundReasonsMatchContract(t *testing.T) {
	src, err := os.ReadFile("../../contracts/Escrow.sol")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`enum RefundReason \{([^}]*)\}`).FindSubmatch(src)
	if m == nil {
		t.Fatal("enum RefundReason not found in contracts/Escrow.sol")
	}
	var reasons []string
	for _, r := range strings.Split(string(m[1]), ",") {
		if r = strings.TrimSpace(r); r != "" {
			reasons = append(reasons, r)
		}
	}
	if len(reasons) != len(refundReasonNames) {
		t.Errorf("contract has %d refund reasons %v, the page names %d", len(reasons), reasons, len(refundReasonNames))
	}
	abi := escrowabi.NewEscrow()
	refunded := abi.GetABI().Events["Refunded"]
	order := common.Hash{7}
	for i, r := range reasons {
		t.Run(r, func(t *testing.T) {
			data, err := refunded.Inputs.NonIndexed().Pack(big.NewInt(2500), uint8(i))
			if err != nil {
				t.Fatal(err)
			}
			ev, ok, err := decodeEvent(abi, &types.Log{Topics: []common.Hash{refunded.ID, order}, Data: data})
			if err != nil || !ok || ev.Refunded == nil || ev.Refunded.Reason != uint8(i) {
				t.Fatalf("decode: %+v ok %v err %v", ev, ok, err)
			}
			fields, err := txFields(ev, func(v *big.Int) (string, error) { return v.String(), nil })
			if err != nil {
				t.Fatal(err)
			}
			want := []TxField{{Name: "amount", Value: "2500"}, {Name: "reason", Value: snake(r)}}
			if len(fields) != len(want) || fields[0] != want[0] || fields[1] != want[1] {
				t.Errorf("fields %+v, want %+v", fields, want)
			}
		})
	}
}

// snake writes a Solidity enum member as the page's key: DisputeExpired → dispute_expired.
func snake(s string) string {
	var b strings.Builder
	for i, c := range s {
		if c >= 'A' && c <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}
