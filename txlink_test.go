package souq_test

import (
	"strings"
	"testing"

	"github.com/souqchain/souq"
)

// Issue 12 finding 12: every notice about money links the transaction that moved it (points: the
// ledger's); notices that move no money link nothing.
func TestMoneyNoticesLinkTransaction(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(&souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10")})
	released := h.released(money(usdc, "20"))
	refunded := h.paid(money(usdc, "5"))
	_, err := h.svc.Refund(ctx(), actor(merchant), ref(refunded))
	h.must(err)
	h.settle()
	for _, id := range []souq.OrderID{released, refunded} {
		if s := h.status(id); s != souq.StatusReleased && s != souq.StatusRefunded {
			t.Fatalf("order %s: %s", id, s)
		}
	}

	linked := map[souq.NoticeKind]int{}
	for _, n := range h.notifier.Sent() {
		money := n.Kind == souq.NoticePaymentConfirmed || n.Kind == souq.NoticeReleased || n.Kind == souq.NoticeRefunded
		switch {
		case n.Kind == souq.NoticePointsEarned:
			if n.TxURL != "https://ledger.test/tx/loyalty.earn/"+released.String() || n.Points != 2 {
				t.Errorf("points notice %+v: want 2 points and the earn's ledger link", n)
			}
			linked[n.Kind]++
		case money && !strings.HasPrefix(n.TxURL, "https://explorer.invalid/tx/0x"):
			t.Errorf("%s notice to %s: tx link %q", n.Kind, n.To, n.TxURL)
		case !money && n.TxURL != "":
			t.Errorf("%s notice links %q: it reports no money moving", n.Kind, n.TxURL)
		case money:
			linked[n.Kind]++
		}
	}
	// Both parties hear of each payment, release and refund.
	want := map[souq.NoticeKind]int{souq.NoticePaymentConfirmed: 4, souq.NoticeReleased: 2, souq.NoticeRefunded: 2, souq.NoticePointsEarned: 1}
	for k, n := range want {
		if linked[k] != n {
			t.Errorf("%d %s notices with a link, want %d (all: %v)", linked[k], k, n, linked)
		}
	}
	// The link is the transaction of the step the notice reports.
	o := h.order(released)
	last := o.Steps[len(o.Steps)-1]
	found := false
	for _, n := range h.notifier.Sent() {
		if n.Kind == souq.NoticeReleased && n.Order.ID == released {
			found = found || n.TxURL == "https://explorer.invalid/tx/"+last.TxHash
		}
	}
	if last.Status != souq.StatusReleased || last.TxHash == "" || !found {
		t.Errorf("released step %+v: no notice links its transaction", last)
	}
}
