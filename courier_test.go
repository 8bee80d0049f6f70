package souq_test

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/souqtest"
)

// countingAttester signs as souqtest.Attester does and counts the signatures it gives.
type countingAttester struct {
	souqtest.Attester
	n *atomic.Int32
}

func (a countingAttester) SignDelivery(ctx context.Context, id souq.OrderID, proof [32]byte, at time.Time) ([]byte, error) {
	a.n.Add(1)
	return a.Attester.SignDelivery(ctx, id, proof, at)
}

const otherCourier = souq.WaID("5511900000005")

// TestOnlyKnownCouriersDeliver holds issue 11's first finding: knowing an order's id (it is an
// indexed topic of the escrow's Funded event) must not get a delivery attested. Only the merchant,
// the courier it assigned, or (none assigned) a courier it named may submit the proof; everyone
// else is refused precisely, nothing is signed and nothing changes.
func TestOnlyKnownCouriersDeliver(t *testing.T) {
	t.Parallel()
	full := func(id souq.OrderID) souq.OrderRef { return souq.OrderRef(id.String()) }
	short := func(id souq.OrderID) souq.OrderRef { return souq.OrderRef(id.Short()) }
	for _, tt := range []struct {
		name    string
		prep    func(h *harness, id souq.OrderID)
		by      souq.WaID
		ref     func(souq.OrderID) souq.OrderRef
		want    error // nil: accepted
		wantBy  souq.Role
		courier souq.WaID // Delivery.Courier when accepted
	}{
		{name: "stranger, short ref", by: stranger, ref: short, want: souq.ErrNotCourier},
		{name: "stranger, full id from the Funded event", by: stranger, ref: full, want: souq.ErrNotCourier},
		{name: "stranger, while a courier is named", by: stranger, ref: full, want: souq.ErrNotCourier,
			prep: func(h *harness, _ souq.OrderID) { h.addCourier(courier) }},
		{name: "named courier, order assigned to another", by: courier, ref: short, want: souq.ErrNotCourier,
			prep: func(h *harness, id souq.OrderID) {
				h.addCourier(courier)
				h.addCourier(otherCourier)
				h.assign(id, otherCourier)
			}},
		{name: "assigned courier removed from the list", by: courier, ref: short, want: souq.ErrNotCourier,
			prep: func(h *harness, id souq.OrderID) {
				h.addCourier(courier)
				h.assign(id, courier)
				_, err := h.svc.RemoveCourier(ctx(), actor(merchant), courier)
				h.must(err)
			}},
		{name: "another merchant's courier", by: otherCourier, ref: full, want: souq.ErrNotCourier,
			prep: func(h *harness, _ souq.OrderID) {
				other := souq.WaID("5511900000009")
				h.must(h.svc.RegisterMerchant(ctx(), actor(other), payout))
				_, err := h.svc.AddCourier(ctx(), actor(other), otherCourier)
				h.must(err)
			}},
		{name: "customer", by: customer, ref: short, want: souq.ErrForbidden},
		{name: "assigned courier, short ref", by: courier, ref: short, wantBy: souq.RoleCourier, courier: courier,
			prep: func(h *harness, id souq.OrderID) {
				h.addCourier(courier)
				h.addCourier(otherCourier)
				h.assign(id, courier)
			}},
		{name: "named courier, none assigned", by: courier, ref: short, wantBy: souq.RoleCourier, courier: courier,
			prep: func(h *harness, _ souq.OrderID) { h.addCourier(courier) }},
		{name: "merchant, short ref", by: merchant, ref: short, wantBy: souq.RoleMerchant},
		{name: "merchant, an order assigned to a courier", by: merchant, ref: short, wantBy: souq.RoleMerchant,
			prep: func(h *harness, id souq.OrderID) { h.addCourier(courier); h.assign(id, courier) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var signed atomic.Int32
			h := newHarness(t, func(c *souq.Config) { c.Attester = countingAttester{n: &signed} })
			h.setup(nil)
			id := h.shipped(money(usdc, "30"))
			if tt.prep != nil {
				tt.prep(h, id)
				h.settle()
			}
			before, events := h.order(id), h.events()
			_, err := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(tt.by), Order: tt.ref(id),
				PhotoSHA256: [32]byte{7}, MediaID: "media-1", TakenAt: h.clock.Now().Add(-time.Minute),
				Location: &souq.Location{Latitude: "-23.5", Longitude: "-46.6"}})
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("SubmitDelivery = %v, want %v", err, tt.want)
				}
				h.settle()
				after := h.order(id)
				if n := signed.Load(); n != 0 {
					t.Errorf("attester signed %d deliveries for a refused sender", n)
				}
				if after.Delivery != nil || after.Pending != "" || after.Status != before.Status || h.events() != events || h.escrow.Count("deliver") != 0 {
					t.Errorf("refusal changed state: delivery %v, pending %q, status %s→%s, events %d→%d",
						after.Delivery, after.Pending, before.Status, after.Status, events, h.events())
				}
				return
			}
			h.must(err)
			h.settle()
			if n := signed.Load(); n != 1 {
				t.Fatalf("attester signed %d times, want 1", n)
			}
			o := h.order(id)
			if o.Status != souq.StatusDelivered || o.Delivery == nil || o.Delivery.By != tt.wantBy || o.Delivery.Courier != tt.courier {
				t.Fatalf("after delivery: status %s, delivery %+v", o.Status, o.Delivery)
			}
			rec, err := h.svc.DeliveryProof(ctx(), id)
			h.must(err)
			// The chain records exactly the hash the attester signed, and the arbiter reads both.
			if rec.Delivery.ProofHash == ([32]byte{}) || rec.OnChainHash != rec.Delivery.ProofHash ||
				rec.Delivery.PhotoSHA256 != ([32]byte{7}) || rec.Delivery.MediaID != "media-1" ||
				rec.Delivery.Location == nil || rec.Delivery.Location.Latitude != "-23.5" || rec.Delivery.SubmittedAt.IsZero() {
				t.Fatalf("arbiter's proof record %+v", rec)
			}
		})
	}
}

// TestAssignTellsTheCourier: the assigned courier is told, sees the order by its short reference,
// and only a named courier can be assigned, by the merchant only.
func TestAssignTellsTheCourier(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "30"))
	if _, err := h.svc.AssignCourier(ctx(), actor(merchant), ref(id), courier); !errors.Is(err, souq.ErrNotCourier) {
		t.Fatalf("assigning an unnamed courier: %v", err)
	}
	h.addCourier(courier)
	if _, err := h.svc.AssignCourier(ctx(), actor(customer), ref(id), courier); !errors.Is(err, souq.ErrForbidden) {
		t.Fatalf("the customer assigning: %v", err)
	}
	v := h.assign(id, courier)
	if v.Courier != courier {
		t.Fatalf("merchant's view: courier %q", v.Courier)
	}
	h.settle()
	if got := h.notifier.To(courier); !slices.Equal(got, []souq.NoticeKind{souq.NoticeCourierAssigned}) {
		t.Fatalf("courier was told %v", got)
	}
	cv, err := h.svc.Status(ctx(), souq.Actor{User: courier}, souq.OrderRef(id.Short()))
	h.must(err)
	if cv.Viewer != souq.RoleCourier {
		t.Fatalf("courier's view: %+v", cv)
	}
	list, err := h.svc.Couriers(ctx(), actor(merchant))
	h.must(err)
	if !slices.Equal(list, []souq.WaID{courier}) {
		t.Fatalf("couriers %v", list)
	}
	// Given to another courier, the first no longer sees the order.
	h.addCourier(otherCourier)
	h.assign(id, otherCourier)
	if _, err := h.svc.Status(ctx(), souq.Actor{User: courier}, souq.OrderRef(id.Short())); !errors.Is(err, souq.ErrNotFound) {
		t.Fatalf("the courier replaced: %v", err)
	}
	hist, err := h.svc.History(ctx(), souq.Actor{User: courier}, 10)
	h.must(err)
	if len(hist) != 0 {
		t.Fatalf("the courier replaced still lists %d orders", len(hist))
	}
}

// shipped brings a new order to paid and has the merchant mark it shipped.
func (h *harness) shipped(total souq.Money) souq.OrderID {
	h.t.Helper()
	id := h.paid(total)
	_, err := h.svc.MarkShipped(ctx(), actor(merchant), ref(id))
	h.must(err)
	h.settle()
	return id
}

func (h *harness) addCourier(c souq.WaID) {
	h.t.Helper()
	_, err := h.svc.AddCourier(ctx(), actor(merchant), c)
	h.must(err)
}

func (h *harness) assign(id souq.OrderID, c souq.WaID) souq.OrderView {
	h.t.Helper()
	v, err := h.svc.AssignCourier(ctx(), actor(merchant), souq.OrderRef(id.Short()), c)
	h.must(err)
	return v
}

// events counts the journal's events.
func (h *harness) events() int {
	h.t.Helper()
	var n int
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		ev, err := tx.Events(0, 0)
		n = len(ev)
		return err
	}))
	return n
}

// TestCouriersFollowNumberChanges: a courier or merchant who changes number (WhatsApp's
// user_changed_number) keeps the delivery rights; the old number loses them.
func TestCouriersFollowNumberChanges(t *testing.T) {
	t.Parallel()
	const newNumber = souq.WaID("5511900000077")
	for _, tt := range []struct {
		name     string
		moving   souq.WaID
		assign   bool
		by, gone souq.WaID // who delivers after the move; who no longer may
	}{
		{"assigned courier moves", courier, true, newNumber, courier},
		{"merchant moves, its named courier delivers", merchant, false, courier, merchant},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(nil)
			id := h.shipped(money(usdc, "30"))
			h.addCourier(courier)
			if tt.assign {
				h.assign(id, courier)
			}
			h.must(h.svc.ChangeNumber(ctx(), actor(tt.moving), newNumber))
			proof := func(by souq.WaID) souq.DeliveryProof {
				return souq.DeliveryProof{Actor: actor(by), Order: souq.OrderRef(id.Short()), PhotoSHA256: [32]byte{9}, TakenAt: h.clock.Now().Add(-time.Minute)}
			}
			if _, err := h.svc.SubmitDelivery(ctx(), proof(tt.gone)); !errors.Is(err, souq.ErrNotCourier) {
				t.Fatalf("%s after the move: %v", tt.gone, err)
			}
			_, err := h.svc.SubmitDelivery(ctx(), proof(tt.by))
			h.must(err)
		})
	}
}
