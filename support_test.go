package souq_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/souqchain/souq"
)

// Finding 3: a customer who changed number keeps their orders, consent and points on the new one.
func TestChangeNumberMovesTheCustomer(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10")}
	h.setup(&rule)
	id := h.released(money(usdc, "50"))
	const moved = souq.WaID("5511900000099")
	a := actor(customer)
	h.must(h.svc.ChangeNumber(ctx(), a, moved))
	h.must(h.svc.ChangeNumber(ctx(), a, moved)) // Meta re-delivers: acts once
	h.settle()
	if _, err := h.svc.Status(ctx(), souq.Actor{User: moved}, ref(id)); err != nil {
		t.Fatalf("new number cannot see the order: %v", err)
	}
	if hist, err := h.svc.History(ctx(), souq.Actor{User: moved}, 10); err != nil || len(hist) != 1 {
		t.Fatalf("new number history %v %v", hist, err)
	}
	if _, err := h.svc.Status(ctx(), souq.Actor{User: customer}, ref(id)); !errors.Is(err, souq.ErrNotFound) {
		t.Fatalf("old number still sees the order: %v", err)
	}
	pts, err := h.svc.Points(ctx(), souq.Actor{User: moved})
	h.must(err)
	if pts.Points != 5 {
		t.Fatalf("points after the move: %+v", pts)
	}
	if got := h.notifier.To(moved); !slices.Contains(got, souq.NoticeNumberChanged) {
		t.Fatalf("new number not told: %v", got)
	}
	// Consent moved: an offer goes straight to the new number; the old one gets nothing.
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: moved,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "5")})
	h.must(err)
	if res.AwaitingOptIn {
		t.Fatal("the new number was asked to opt in again")
	}
	res, err = h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "5")})
	h.must(err)
	if !res.AwaitingOptIn {
		t.Fatal("the old number (someone else's now) was sent an offer without opting in")
	}
	// Nor does its next owner inherit the points.
	if pts, err := h.svc.Points(ctx(), souq.Actor{User: customer}); err != nil || pts.Points != 0 {
		t.Fatalf("old number's points %+v %v", pts, err)
	}
}

// Finding 4: an offer WhatsApp could not deliver tells the merchant; other failures do not.
func TestFailedOfferTellsTheMerchant(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "5"))
	h.settle()
	h.must(h.svc.MessageFailed(ctx(), id, merchant, 131026, "Message undeliverable")) // not the customer's copy
	h.settle()
	if got := h.notifier.To(merchant); slices.Contains(got, souq.NoticeOfferUndelivered) {
		t.Fatalf("merchant told about their own message: %v", got)
	}
	h.must(h.svc.MessageFailed(ctx(), id, customer, 131026, "Message undeliverable"))
	h.must(h.svc.MessageFailed(ctx(), id, customer, 131026, "Message undeliverable")) // statuses repeat
	h.settle()
	var told []souq.Notice
	for _, n := range h.notifier.Sent() {
		if n.To == merchant && n.Kind == souq.NoticeOfferUndelivered {
			told = append(told, n)
		}
	}
	if len(told) != 1 || told[0].Text != "Message undeliverable" || told[0].Points != 131026 || told[0].Order == nil ||
		told[0].Order.Viewer != souq.RoleMerchant {
		t.Fatalf("merchant notices %+v", told)
	}
}
