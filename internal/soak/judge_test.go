package soak

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/chain/audit"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
)

var (
	tokenAddr = common.HexToAddress("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")
	idA       = common.HexToHash("0xa1")
	idB       = common.HexToHash("0xb2")
)

func funded(tok common.Address, amount int64) *escrowabi.EscrowFunded {
	return &escrowabi.EscrowFunded{Token: tok, Amount: big.NewInt(amount)}
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
			for _, o := range tc.orders {
				o.FeeBps = 100 // the escrow's rate at funding, as orders(id) reads it
			}
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

// TestNoticeKind reads every notice the soak relies on from souq's English message table itself
// (bot.T), so a changed text breaks this test instead of the soak's judge.
func TestNoticeKind(t *testing.T) {
	args := bot.Args{"order": "3f2a1b0c", "merchant": "Soak Shop 1", "items": "1 × item-001", "charge": "30.00 USDC",
		"total": "30.00 USDC", "amount": "30.00 USDC", "seller": "17.82 USDC", "fee": "0.30 USDC", "deliver_by": "7 Dec 2026",
		"inspection": "2 days", "points": "3", "currency": "USDC", "discount": "3.00 USDC", "text": "crushed box"}
	for key, want := range map[bot.Key]string{
		"offer": "offer", "optin_request": "optin_request",
		"n_paid_customer": "paid", "n_paid_merchant": "paid", "n_payment_failed": "payment_failed",
		"n_declined": "declined", "n_shipped": "shipped", "n_delivered": "delivered", "n_delivered_merchant": "delivered",
		"n_released_customer": "released", "n_released_merchant": "released",
		"n_refund_requested": "refund_requested", "n_refunded": "refunded",
		"n_dispute_opened": "dispute_opened", "n_dispute_mine": "dispute_opened", "n_dispute_resolved": "dispute_resolved",
		"n_points_earned": "points_earned", "n_no_points": "no_points", "n_no_points_merchant": "no_points",
		"n_points_redeemed": "points_redeemed", "n_redeem_failed": "redeem_failed",
		"n_offer_undelivered": "offer_undelivered", "n_number_changed": "number_changed",
	} {
		text := bot.T(bot.English, key, args)
		if got := noticeKind(text); got != want {
			t.Errorf("noticeKind(%s: %q) = %q, want %q", key, text, got, want)
		}
	}
	// Replies a person gets that are not these notices must not be read as one.
	for _, key := range []bot.Key{"confirmed_ok", "refund_requested", "redeeming", "redeemed", "shipped_ok", "delivery_ok"} {
		text := bot.T(bot.English, key, args)
		if got := noticeKind(text); !strings.HasPrefix(got, "other:") {
			t.Errorf("the reply %s (%q) reads as the notice %q", key, text, got)
		}
	}
	// The engine branch's failure notices (not in main's message table yet), as that branch words them.
	for text, want := range map[string]string{
		"Payment for order 3f2a1b0c did not go through: the wallet has no funds.":                                              "payment_failed",
		"Your wallet is short 1.00 USDC to pay order 3f2a1b0c. Send 1.00 USDC to 0xabc and the payment goes through by itself": "payment_shortfall",
		"The customer's payment for order 3f2a1b0c is waiting for funds in their wallet (until 7 Dec).":                        "payment_waiting",
		"The delivery proof for order 3f2a1b0c was not recorded on-chain: FutureDelivery.":                                     "delivery_failed",
		"The escrow contract refused the last step on order 3f2a1b0c: InspectionRunning. Our team has been alerted":            "action_failed",
		"Something else entirely": "other:Something else entirely",
	} {
		if got := noticeKind(text); got != want {
			t.Errorf("noticeKind(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestReplyTexts: the replies the people wait for are in souq's English message table as the soak
// matches them.
func TestReplyTexts(t *testing.T) {
	args := bot.Args{"order": "3f2a1b0c", "merchant": "Soak Shop 1", "points": "3", "discount": "3.00 USDC", "currency": "USDC",
		"floor": "10", "balance": "0", "hash": "ab12", "address": "0xabc", "rule": "1 points per 10.00 USDC"}
	for key, want := range map[bot.Key]string{
		"redeeming": txtRedeeming, "redeemed": txtRedeemedNow, "n_points_redeemed": txtBurned, "n_redeem_failed": txtRedeemFailed,
		"name_set": "coming from Soak Shop 1", "shipped_ok": "Order 3f2a1b0c marked as shipped", "delivery_ok": "Delivery proof for order 3f2a1b0c",
		"opted_in": "You're in", "opted_out": "won't get offers", "registered": "registered as a merchant", "rule_set": "Loyalty rule saved",
		"insufficient_points": "enough points", "unavailable": "went wrong",
	} {
		if text := bot.T(bot.English, key, args); !strings.Contains(text, want) {
			t.Errorf("%s: %q does not contain %q", key, text, want)
		}
	}
}

// TestVoucherDiscount: a point is worth 1 USDC under "1 per 10 USDC", and the order still costs
// at least 10% of its price.
func TestVoucherDiscount(t *testing.T) {
	usdc := func(cents int64) *big.Int { return big.NewInt(cents * 10_000) }
	for _, tc := range []struct {
		points      int64
		total, want *big.Int
	}{
		{3, usdc(3_000), usdc(300)},
		{3, usdc(200), usdc(180)}, // 2 USDC: at most 1.80 off
		{1, big.NewInt(15), big.NewInt(13)},
	} {
		if got := voucherDiscount(tc.points, tc.total); got.Cmp(tc.want) != 0 {
			t.Errorf("voucherDiscount(%d, %s) = %s, want %s", tc.points, tc.total, got, tc.want)
		}
	}
}

// TestCheckCheckpoints: the chain's checkpoints strictly grow and the latest covers the log.
func TestCheckCheckpoints(t *testing.T) {
	cp := func(sizes ...uint64) []audit.ChainCheckpoint {
		var out []audit.ChainCheckpoint
		for _, s := range sizes {
			out = append(out, audit.ChainCheckpoint{Size: s})
		}
		return out
	}
	for _, tc := range []struct {
		name string
		cps  []audit.ChainCheckpoint
		size uint64
		want []string
	}{
		{"growing, caught up", cp(3, 9, 20), 20, nil},
		{"empty log", nil, 0, nil},
		{"nothing anchored", nil, 4, []string{"journal-unanchored"}},
		{"behind", cp(3, 9), 12, []string{"journal-unanchored"}},
		{"same size again", cp(3, 9, 9), 9, []string{"journal-shrunk"}},
		{"shrunk and behind", cp(3, 9, 5), 12, []string{"journal-shrunk", "journal-unanchored"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kinds(checkCheckpoints(tc.cps, tc.size)); !slices.Equal(got, tc.want) {
				t.Fatalf("violations %v, want %v", got, tc.want)
			}
		})
	}
}

// TestTrustDiff: any change of the trust root after the first start is named.
func TestTrustDiff(t *testing.T) {
	esc := common.HexToAddress("0xe5")
	pinned := audit.TrustRoot{ChainID: 1337, Contract: common.HexToAddress("0xa1"), Origin: "souq/1337/0xa1", Key: "souq/1337/0xa1+01+AQ", Escrow: &esc}
	same := pinned
	esc2 := esc
	same.Escrow = &esc2
	newKey, newChain, noEscrow := pinned, pinned, pinned
	newKey.Key = "souq/1337/0xa1+02+AQ"
	newChain.ChainID = 1
	noEscrow.Escrow = nil
	for _, tc := range []struct {
		name string
		got  audit.TrustRoot
		want string
	}{
		{"same", same, ""},
		{"new key", newKey, "key"},
		{"new chain", newChain, "chainId"},
		{"escrow dropped", noEscrow, "escrow"},
	} {
		d := trustDiff(pinned, tc.got)
		if (tc.want == "") != (d == "") || !strings.HasPrefix(d, tc.want) {
			t.Errorf("%s: trustDiff = %q, want it to name %q", tc.name, d, tc.want)
		}
	}
}

// TestCheckClosings: each order the chain closed has the matching closing event in the log.
func TestCheckClosings(t *testing.T) {
	l := &escrowLedger{Orders: map[common.Hash]*orderFacts{
		idA: {Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 10)}, Released: []*escrowabi.EscrowReleased{{SellerAmount: big.NewInt(9)}}},
		idB: {Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 10)}, Refunded: []*escrowabi.EscrowRefunded{{Reason: refundLate}}},
	}}
	a, b := strings.ToLower(idA.Hex()), strings.ToLower(idB.Hex())
	sales := []*sale{{OrderID: idA.Hex()}, {OrderID: idB.Hex()}, {OrderID: common.HexToHash("0xc3").Hex()}, {}}
	for _, tc := range []struct {
		name   string
		closed map[string]string
		want   []string
	}{
		{"both logged", map[string]string{a: "order.released", b: "order.refunded"}, nil},
		{"late refund not logged", map[string]string{a: "order.released"}, []string{"journal-no-close"}},
		{"logged as another end", map[string]string{a: "order.refunded", b: "order.refunded"}, []string{"journal-wrong-close"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kinds(checkClosings(sales, l, tc.closed)); !slices.Equal(got, tc.want) {
				t.Fatalf("violations %v, want %v", got, tc.want)
			}
		})
	}
}

// TestLoyaltyNotices: the currency of the rule decides who is told what when an order releases.
func TestLoyaltyNotices(t *testing.T) {
	c := &customer{p: &person{Number: "1", Role: "customer"}}
	m := &merchant{p: &person{Number: "2", Role: "merchant"}}
	released := func(amount int64) *orderFacts {
		return &orderFacts{Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, amount)}, Released: []*escrowabi.EscrowReleased{{SellerAmount: big.NewInt(1)}}}
	}
	usdc := &sale{OrderID: "0xa1", Path: pathUSDCConfirm, Customer: c, Merchant: m}
	eth := &sale{OrderID: "0xa1", Path: pathETHConfirm, Customer: c, Merchant: m}
	n := func(kinds ...string) map[noticeKey]int {
		seen := map[noticeKey]int{}
		for _, k := range kinds {
			to, kind, _ := strings.Cut(k, ":")
			seen[noticeKey{to, "0xa1", kind}]++
		}
		return seen
	}
	for _, tc := range []struct {
		name string
		s    *sale
		o    *orderFacts
		seen map[noticeKey]int
		want []string
	}{
		{"USDC earned, told", usdc, released(30_000_000), n("1:points_earned"), nil},
		{"USDC earned, not told", usdc, released(30_000_000), n(), []string{"notice-missing"}},
		{"USDC under 10: nothing to tell", usdc, released(9_000_000), n(), nil},
		{"ETH: both told no points", eth, released(3e15), n("1:no_points", "2:no_points"), nil},
		{"ETH said to earn", eth, released(3e15), n("1:points_earned", "1:no_points", "2:no_points"), []string{"points-currency"}},
		{"ETH: merchant not told", eth, released(3e15), n("1:no_points"), []string{"notice-missing"}},
		{"not released", usdc, &orderFacts{Funded: []*escrowabi.EscrowFunded{funded(tokenAddr, 30_000_000)}}, n(), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := kinds(loyaltyNotices(tc.s, tc.o, tc.seen)); !slices.Equal(got, tc.want) {
				t.Fatalf("violations %v, want %v", got, tc.want)
			}
		})
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

// TestOfferTerms: the Pay message (souq's own English message table) against the escrow's Funded event.
func TestOfferTerms(t *testing.T) {
	deliverBy := time.Date(2026, 12, 7, 18, 30, 42, 0, time.UTC)
	offer := func(fee, by string) string {
		return bot.T(bot.English, "offer", bot.Args{"merchant": "Soak Shop 1", "items": "1× item-001", "charge": "30.00 USDC",
			"fee": fee, "deliver_by": by, "inspection": "2 days", "order": "3f2a1b0c"})
	}
	f := &orderFacts{Funded: []*escrowabi.EscrowFunded{{Amount: big.NewInt(30_000_000)}}, FeeBps: 100, DeliverBy: uint64(deliverBy.Unix())}
	for _, tc := range []struct {
		name, text string
		differ     []string
	}{
		{"as the escrow holds", offer("0.30 USDC", "2026-12-07 18:30 UTC"), nil},
		{"another fee", offer("0.60 USDC", "2026-12-07 18:30 UTC"), []string{"fee"}},
		{"another deadline", offer("0.30 USDC", "2026-12-07 17:30 UTC"), []string{"deadline"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := offerTerms(tc.text, "USDC", f)
			if (d == "") != (len(tc.differ) == 0) {
				t.Fatalf("offerTerms = %q, want differences %v", d, tc.differ)
			}
			for _, w := range tc.differ {
				if !strings.Contains(d, w) {
					t.Errorf("offerTerms = %q, does not name the %s", d, w)
				}
			}
		})
	}
}
