package souq_test

import (
	"errors"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/souqtest"
)

// A dispute the arbiter does not decide by its deadline (dispute time + the escrow's dispute period,
// on the chain's clock) ends in a full refund that Tick applies by itself; both parties are told,
// with the amount. The arbiter cannot decide after the deadline.
func TestUndecidedDisputeRefundsBuyerByTick(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	h.chainTime.SetLag(3 * time.Second)
	id := h.paid(money(usdc, "100"))
	_, err := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(merchant), Order: ref(id), PhotoSHA256: [32]byte{2}, TakenAt: h.clock.Now()})
	h.must(err)
	h.settle()
	disputedAt := h.chainTime.Now()
	_, err = h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(id), Reason: "never worked"})
	h.must(err)
	h.settle()
	o := h.order(id)
	if o.Status != souq.StatusDisputed || o.Dispute == nil || !o.Dispute.DecideBy.Equal(disputedAt.Add(souqtest.DisputePeriod)) {
		t.Fatalf("status %s dispute %+v, want decide by %s", o.Status, o.Dispute, disputedAt.Add(souqtest.DisputePeriod))
	}
	decideBy := o.Dispute.DecideBy

	// One second before the deadline on the chain's clock: nothing happens.
	h.clock.Add(h.chainUntil(decideBy) - time.Second)
	for range 2 {
		n, err := h.svc.Tick(ctx())
		h.must(err)
		if n != 0 {
			t.Fatalf("tick before the arbiter's deadline changed %d", n)
		}
	}
	h.settle()
	if c := h.escrow.Count("refund_expired_dispute"); c != 0 {
		t.Fatalf("%d default refunds before the deadline", c)
	}

	// At the deadline the arbiter is too late, and the default outcome goes out once.
	h.clock.Add(time.Second)
	if _, err := h.svc.Resolve(ctx(), id, money(usdc, "1"), "seller mostly wins"); !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("resolve after the deadline: %v", err)
	}
	n, err := h.svc.Tick(ctx())
	h.must(err)
	if n != 1 {
		t.Fatalf("tick at the deadline changed %d", n)
	}
	if n, _ := h.svc.Tick(ctx()); n != 0 {
		t.Fatalf("second tick changed %d", n)
	}
	h.settle()
	o = h.order(id)
	full := money(usdc, "100").Amount
	if o.Status != souq.StatusRefunded || o.Refunded.Cmp(full) != 0 || !o.Dispute.Expired || h.payouts(id) != 1 {
		t.Fatalf("order %s refunded %v expired %v payouts %d", o.Status, o.Refunded, o.Dispute.Expired, h.payouts(id))
	}
	if c := h.escrow.Count("refund_expired_dispute"); c != 1 || h.escrow.Count("resolve") != 0 {
		t.Fatalf("calls %v", h.escrow.Kinds())
	}
	told := map[souq.WaID]souq.Notice{}
	for _, n := range h.notifier.Sent() {
		if n.Kind == souq.NoticeDisputeExpired {
			told[n.To] = n
		}
	}
	for _, who := range []souq.WaID{customer, merchant} {
		n, ok := told[who]
		if !ok || n.Amount.Amount == nil || n.Amount.Amount.Cmp(full) != 0 || n.Amount.Asset.Symbol != "USDC" || n.Order == nil || n.Order.ID != id {
			t.Fatalf("%s told %+v (ok %v)", who, n, ok)
		}
	}
	h.checkJournal()
}

// The arbiter's decision before the deadline stands; no default refund follows it.
func TestDisputeDecidedInTimeHasNoDefault(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.disputed(money(eth, "1"), "late")
	decideBy := h.order(id).Dispute.DecideBy
	h.clock.Add(h.chainUntil(decideBy) - time.Minute)
	_, err := h.svc.Resolve(ctx(), id, money(eth, "0.4"), "partly late")
	h.must(err)
	h.settle()
	h.clock.Add(time.Hour)
	n, err := h.svc.Tick(ctx())
	h.must(err)
	h.settle()
	if s := h.status(id); n != 0 || s != souq.StatusResolved || h.escrow.Count("refund_expired_dispute") != 0 {
		t.Fatalf("tick %d status %s calls %v", n, s, h.escrow.Kinds())
	}
}
