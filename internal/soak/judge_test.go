package soak

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
)

var (
	tokenAddr = common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	idA       = common.HexToHash("0xa1")
	idB       = common.HexToHash("0xb2")
)

func funded(tok common.Address, amount int64) *escrowabi.EscrowFunded {
	return &escrowabi.EscrowFunded{Token: tok, Amount: big.NewInt(amount), FeeBps: 100}
}

func kinds(vs []Violation) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Kind)
	}
	return out
}

// TestCheckLedger: the escrow's books as the chain tells them, each way they can be wrong.
func TestCheckLedger(t *testing.T) {
	eth := common.Address{}
	tests := []struct {
		name     string
		orders   map[common.Hash]*orderFacts
		credits  map[common.Address]*big.Int
		balances map[common.Address]*big.Int
		want     []string
	}{
		{
			name: "released and open: books balance",
			orders: map[common.Hash]*orderFacts{
				idA: {Funded: []*escrowabi.EscrowFunded{funded(eth, 10_000)}, Released: []*escrowabi.EscrowReleased{{SellerAmount: big.NewInt(9_900), Fee: big.NewInt(100)}}},
				idB: {Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 5_000)}},
			},
			credits:  map[common.Address]*big.Int{eth: big.NewInt(100)},
			balances: map[common.Address]*big.Int{eth: big.NewInt(100), tokenAddr: big.NewInt(5_000)},
		},
		{
			name:     "funded twice",
			orders:   map[common.Hash]*orderFacts{idA: {Funded: []*escrowabi.EscrowFunded{funded(eth, 10), funded(eth, 10)}}},
			balances: map[common.Address]*big.Int{eth: big.NewInt(10)},
			want:     []string{"funded-twice"},
		},
		{
			name: "released and refunded",
			orders: map[common.Hash]*orderFacts{idA: {Funded: []*escrowabi.EscrowFunded{funded(eth, 10_000)},
				Released: []*escrowabi.EscrowReleased{{SellerAmount: big.NewInt(9_900)}}, Refunded: []*escrowabi.EscrowRefunded{{Amount: big.NewInt(10_000)}}}},
			credits:  map[common.Address]*big.Int{eth: big.NewInt(100)},
			balances: map[common.Address]*big.Int{eth: big.NewInt(100)},
			want:     []string{"closed-twice"},
		},
		{
			name: "seller paid the gross",
			orders: map[common.Hash]*orderFacts{idA: {Funded: []*escrowabi.EscrowFunded{funded(eth, 10_000)},
				Released: []*escrowabi.EscrowReleased{{SellerAmount: big.NewInt(10_000)}}}},
			balances: map[common.Address]*big.Int{eth: big.NewInt(0)},
			want:     []string{"seller-net"},
		},
		{
			name: "split: fee on the seller's share only",
			orders: map[common.Hash]*orderFacts{idA: {Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 10_000)},
				Resolved: []*escrowabi.EscrowResolved{{BuyerAmount: big.NewInt(4_000), SellerAmount: big.NewInt(5_940)}}}},
			credits:  map[common.Address]*big.Int{tokenAddr: big.NewInt(60)},
			balances: map[common.Address]*big.Int{tokenAddr: big.NewInt(60)},
		},
		{
			name:     "escrow short of its open orders",
			orders:   map[common.Hash]*orderFacts{idA: {Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 5_000)}}},
			balances: map[common.Address]*big.Int{tokenAddr: big.NewInt(4_999)},
			want:     []string{"escrow-balance"},
		},
		{
			name:     "closed without funding",
			orders:   map[common.Hash]*orderFacts{idA: {Refunded: []*escrowabi.EscrowRefunded{{Amount: big.NewInt(1)}}}},
			balances: map[common.Address]*big.Int{},
			want:     []string{"not-funded"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := &escrowLedger{Orders: tc.orders, Credits: tc.credits}
			if l.Credits == nil {
				l.Credits = map[common.Address]*big.Int{}
			}
			vs, _ := checkLedger(l, tc.balances)
			if got := kinds(vs); !slices.Equal(got, tc.want) {
				t.Fatalf("violations %v (%+v), want %v", got, vs, tc.want)
			}
		})
	}
}

// TestDuplicateNotices: a notice is (recipient, order, kind); replies without an order id are not
// notices, and the same kind to the other party is another notice.
func TestDuplicateNotices(t *testing.T) {
	paidC := outMsg{To: "1", Order: "0xa1", Text: "Payment confirmed: 30 USDC for order a1 is held in escrow."}
	paidM := outMsg{To: "2", Order: "0xa1", Text: "Order a1 is paid (30 USDC in escrow). Ship it, then say shipped a1."}
	reply := outMsg{To: "1", Text: "Payment of 30 USDC for order a1 sent from your souq wallet."}
	tests := []struct {
		name string
		msgs []outMsg
		want []string
	}{
		{"each once", []outMsg{paidC, paidM, reply, reply}, nil},
		{"customer told twice", []outMsg{paidC, paidM, paidC}, []string{"notice-twice"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			seen, vs := duplicateNotices(tc.msgs)
			if got := kinds(vs); !slices.Equal(got, tc.want) {
				t.Fatalf("violations %v, want %v", got, tc.want)
			}
			if seen[noticeKey{"2", "0xa1", "paid"}] != 1 {
				t.Fatalf("the merchant's paid notice not counted once: %v", seen)
			}
		})
	}
}

// TestNoticeKind reads every notice the soak relies on from its English catalogue text.
func TestNoticeKind(t *testing.T) {
	for text, want := range map[string]string{
		"acme offers you 1× item-001 for 30 USDC.\nOrder 3f2a1b0c. You pay into escrow: the seller is paid only after delivery.":         "offer",
		"Payment confirmed: 30 USDC for order 3f2a1b0c is held in escrow.":                                                               "paid",
		"Order 3f2a1b0c was delivered. If all is well, confirm receipt; otherwise open a dispute.":                                       "delivered",
		"Order 3f2a1b0c was delivered and the proof is on-chain. You are paid when the customer confirms or the inspection window ends.": "delivered",
		"Order 3f2a1b0c is complete. Thank you!":                                                                                         "released",
		"You've been paid 29.7 USDC for order 3f2a1b0c (after the platform fee).":                                                        "released",
		"30 USDC refunded for order 3f2a1b0c.":                                                                                           "refunded",
		"The customer asked for a refund on order 3f2a1b0c.":                                                                             "refund_requested",
		"The dispute on order 3f2a1b0c was resolved: half":                                                                               "dispute_resolved",
		"You earned 3 points with order 3f2a1b0c.":                                                                                       "points_earned",
		"Something else entirely": "other:Something else entirely",
	} {
		if got := noticeKind(text); got != want {
			t.Errorf("noticeKind(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestFmtAmount(t *testing.T) {
	for _, tc := range []struct {
		v    *big.Int
		dec  int
		want string
	}{
		{big.NewInt(30_500_000), 6, "30.5"},
		{big.NewInt(10_000_000), 6, "10"},
		{new(big.Int).Mul(big.NewInt(35), pow10(14)), 18, "0.0035"},
		{big.NewInt(1), 6, "0.000001"},
	} {
		if got := fmtAmount(tc.v, tc.dec); got != tc.want {
			t.Errorf("fmtAmount(%s, %d) = %q, want %q", tc.v, tc.dec, got, tc.want)
		}
	}
}

// TestPlanCoversEveryPath: ten sales take every path once, the redeem follows a token release of the
// same customer, and the plan is the seed's.
func TestPlanCoversEveryPath(t *testing.T) {
	plan := func(seed uint64) []path {
		h := &harness{cfg: Config{Seed: seed, Sales: 10, Customers: 4, Merchants: 2}}
		h.plan()
		var ps []path
		for _, s := range h.sales {
			ps = append(ps, s.Path)
		}
		first := h.customers[0].Sales
		if first[0].Path != pathUSDCConfirm || first[1].Path != pathRedeem {
			t.Fatalf("first customer's sales %v, %v: want a token release, then the redeem", first[0].Path, first[1].Path)
		}
		return ps
	}
	got := plan(7)
	for _, p := range allPaths {
		if !slices.Contains(got, p) {
			t.Errorf("path %s missing from %v", p, got)
		}
	}
	if again := plan(7); !slices.Equal(again, got) {
		t.Fatalf("same seed, another plan: %v vs %v", again, got)
	}
}
