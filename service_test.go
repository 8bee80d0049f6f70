package souq_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

func kinds(ks ...souq.NoticeKind) []souq.NoticeKind { return ks }

func TestHappyPath(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		total souq.Money
	}{
		{"ETH", money(eth, "0.015")},
		{"ERC-20", money(usdc, "30.50")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rule := souq.LoyaltyRule{Points: 1, Spend: money(tt.total.Asset, "0.001")}
			if tt.total.Asset.Symbol == "USDC" {
				rule.Spend = money(usdc, "10")
			}
			h := newHarness(t)
			h.setup(&rule)
			id := h.offer(tt.total)
			o := h.order(id)
			if o.Terms.Token != tt.total.Asset.Token || o.Terms.Amount.Cmp(tt.total.Amount) != 0 ||
				o.Terms.Seller == payout || len(o.Terms.Seller) != 42 || o.Terms.Seller == o.Terms.Buyer {
				t.Fatalf("terms %+v", o.Terms)
			}
			pay, err := h.svc.Pay(ctx(), actor(customer), ref(id))
			h.must(err)
			if pay.Method != souq.PayCustodial || pay.Order.Status != souq.StatusPaying {
				t.Fatalf("pay = %+v", pay)
			}
			h.settle()
			if s := h.status(id); s != souq.StatusPaid {
				t.Fatalf("after funding: %s", s)
			}
			_, err = h.svc.MarkShipped(ctx(), actor(merchant), ref(id))
			h.must(err)
			_, err = h.svc.AddCourier(ctx(), actor(merchant), courier)
			h.must(err)
			_, err = h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(courier), Order: ref(id)[:8],
				PhotoSHA256: [32]byte{7}, TakenAt: h.clock.Now().Add(-time.Minute)})
			h.must(err)
			h.settle()
			if s := h.status(id); s != souq.StatusDelivered {
				t.Fatalf("after delivery: %s", s)
			}
			// The courier now takes part in the order and can see it; a stranger still cannot.
			if _, err := h.svc.Status(ctx(), souq.Actor{User: courier}, ref(id)); err != nil {
				t.Fatalf("courier status: %v", err)
			}
			// Before the inspection window ends, Tick does nothing.
			n, err := h.svc.Tick(ctx())
			h.must(err)
			if n != 0 {
				t.Fatalf("tick during inspection changed %d orders", n)
			}
			h.clock.Add(49 * time.Hour)
			n, err = h.svc.Tick(ctx())
			h.must(err)
			if n != 1 {
				t.Fatalf("tick after inspection changed %d orders", n)
			}
			h.settle()
			if s := h.status(id); s != souq.StatusReleased {
				t.Fatalf("after inspection: %s", s)
			}
			// The escrow pays the payout address (the terms' payee) in the release: no payout call.
			if got := h.escrow.Kinds(); !slices.Equal(got, []string{"fund", "deliver", "release"}) {
				t.Fatalf("escrow calls %v", got)
			}
			if o.Terms.Payee != payout || len(h.chain.Forwarded()) != 0 || h.payouts(id) != 1 {
				t.Fatalf("payee %q, forwarded %+v, payouts %d: want the share paid to %s by the release", o.Terms.Payee, h.chain.Forwarded(), h.payouts(id), payout)
			}
			want := kinds(souq.NoticeOffer, souq.NoticePaymentConfirmed, souq.NoticeShipped, souq.NoticeDelivered, souq.NoticeReleased, souq.NoticePointsEarned)
			if got := h.notifier.To(customer); !slices.Equal(got, want) {
				t.Fatalf("customer notices %v, want %v", got, want)
			}
			if got := h.notifier.To(merchant); !slices.Equal(got, kinds(souq.NoticePaymentConfirmed, souq.NoticeDelivered, souq.NoticeReleased)) {
				t.Fatalf("merchant notices %v", got)
			}
			pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
			h.must(err)
			if pts.Points != 3 && pts.Points != 15 {
				t.Fatalf("points %+v", pts)
			}
			rc, err := h.svc.Receipt(ctx(), souq.Actor{User: customer}, ref(id))
			h.must(err)
			var withTx int
			for _, l := range rc.Lines {
				if l.TxURL != "" {
					withTx++
				}
			}
			if withTx != 3 { // funded, delivered, released
				t.Fatalf("receipt lines %+v", rc.Lines)
			}
			h.checkJournal()
			anchored, err := h.svc.PumpJournal(ctx())
			h.must(err)
			evs := h.anchor.Events()
			if anchored == 0 || len(evs) != anchored || evs[0].Seq != 0 || int(evs[len(evs)-1].Seq) != len(evs)-1 {
				t.Fatalf("anchored %d: %d events", anchored, len(evs))
			}
			if again, _ := h.svc.PumpJournal(ctx()); again != 0 {
				t.Fatalf("journal handed twice: %d", again)
			}
		})
	}
}

func TestPaymentLinkFromOwnWallet(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.PayMethod = souq.PayLink })
	h.setup(nil)
	id := h.offer(money(usdc, "12"))
	pay, err := h.svc.Pay(ctx(), actor(customer), ref(id))
	h.must(err)
	if pay.Method != souq.PayLink || pay.URL == "" || pay.Order.Status != souq.StatusOffered {
		t.Fatalf("pay %+v", pay)
	}
	h.settle()
	if len(h.escrow.Kinds()) != 0 {
		t.Fatal("link payment sent a transaction")
	}
	// The customer's wallet funds the terms; souq sees only the event.
	ev := souq.ChainEvent{Kind: souq.ChainFunded, Order: id, TxHash: "0xfeed", Amount: h.order(id).Terms.Amount, Funder: "0x9999"}
	h.must(h.svc.OnChainEvent(ctx(), ev))
	h.must(h.svc.OnChainEvent(ctx(), ev)) // the watcher repeats itself
	ev.LogIndex = 3
	ev.TxHash = "0xfeed2" // and a second funding log cannot exist on-chain, but must not act twice
	h.must(h.svc.OnChainEvent(ctx(), ev))
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		t.Fatalf("status %s", s)
	}
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOffer, souq.NoticePaymentConfirmed)) {
		t.Fatalf("notices %v", got)
	}
	if o := h.order(id); o.Method != souq.PayLink {
		t.Fatalf("method %s", o.Method)
	}
}

func TestDecline(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "5"))
	_, err := h.svc.Decline(ctx(), actor(merchant), ref(id))
	if !errors.Is(err, souq.ErrForbidden) {
		t.Fatalf("merchant decline: %v", err)
	}
	v, err := h.svc.Decline(ctx(), actor(customer), ref(id))
	h.must(err)
	if v.Status != souq.StatusDeclined {
		t.Fatalf("status %s", v.Status)
	}
	_, err = h.svc.Pay(ctx(), actor(customer), ref(id))
	if !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("pay declined: %v", err)
	}
	h.settle()
	if got := h.notifier.To(merchant); !slices.Equal(got, kinds(souq.NoticeDeclined)) {
		t.Fatalf("merchant notices %v", got)
	}
	// Paying the declined offer through the link anyway: the money goes straight back.
	h.chain.SetStatus(id, "funded")
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainFunded, Order: id, TxHash: "0xlate", Amount: h.order(id).Terms.Amount}))
	h.settle()
	if got := h.escrow.Kinds(); !slices.Equal(got, []string{"refund"}) || h.status(id) != souq.StatusDeclined || h.chain.Order(id).Status != "refunded" {
		t.Fatalf("late funding: calls %v, status %s", got, h.status(id))
	}
}

// paid brings a new order to paid.
func (h *harness) paid(total souq.Money) souq.OrderID {
	h.t.Helper()
	id := h.offer(total)
	_, err := h.svc.Pay(h.t.Context(), actor(customer), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		h.t.Fatalf("not paid: %s", s)
	}
	return id
}

// disputed brings a new order to paid and has the customer dispute it for reason.
func (h *harness) disputed(total souq.Money, reason string) souq.OrderID {
	h.t.Helper()
	id := h.paid(total)
	_, err := h.svc.Dispute(h.t.Context(), souq.DisputeRequest{Actor: actor(customer), Order: ref(id), Reason: reason})
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusDisputed {
		h.t.Fatalf("not disputed: %s", s)
	}
	return id
}

// release has the customer confirm receipt of paid order id, which releases it.
func (h *harness) release(id souq.OrderID) {
	h.t.Helper()
	_, err := h.svc.ConfirmReceipt(h.t.Context(), actor(customer), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusReleased {
		h.t.Fatalf("not released: %s", s)
	}
}

// released brings a new order to released: paid, then its receipt confirmed.
func (h *harness) released(total souq.Money) souq.OrderID {
	h.t.Helper()
	id := h.paid(total)
	h.release(id)
	return id
}

func TestSellerRefund(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "20"))
	res, err := h.svc.Refund(ctx(), actor(merchant), ref(id))
	h.must(err)
	if res.Requested || res.Order.Status != souq.StatusPaid {
		t.Fatalf("refund %+v", res)
	}
	// While the refund is under way no other escrow action is accepted.
	if _, err := h.svc.ConfirmReceipt(ctx(), actor(customer), ref(id)); !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("confirm during refund: %v", err)
	}
	h.settle()
	if s := h.status(id); s != souq.StatusRefunded || h.payouts(id) != 1 {
		t.Fatalf("status %s payouts %d", s, h.payouts(id))
	}
	if got := h.notifier.To(customer); got[len(got)-1] != souq.NoticeRefunded {
		t.Fatalf("customer notices %v", got)
	}
}

func TestCustomerRefundRequest(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "20"))
	res, err := h.svc.Refund(ctx(), actor(customer), ref(id))
	h.must(err)
	if !res.Requested || res.Order.Status != souq.StatusRefundRequested {
		t.Fatalf("request %+v", res)
	}
	h.settle()
	if got := h.notifier.To(merchant); got[len(got)-1] != souq.NoticeRefundRequested {
		t.Fatalf("merchant notices %v", got)
	}
	if len(h.escrow.Kinds()) != 1 {
		t.Fatal("a request moved money")
	}
	_, err = h.svc.Refund(ctx(), actor(merchant), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusRefunded {
		t.Fatalf("status %s", s)
	}
}

func TestLateDeliveryRefundByTick(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(eth, "1"))
	deliverBy := h.order(id).Terms.DeliverBy
	h.clock.Add(deliverBy.Sub(h.clock.Now())) // exactly at the deadline: not yet
	n, err := h.svc.Tick(ctx())
	h.must(err)
	if n != 0 {
		t.Fatalf("tick at deadline changed %d", n)
	}
	// A delivery after the deadline is refused before it reaches the chain.
	h.clock.Add(time.Second)
	_, err = h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(merchant), Order: ref(id), PhotoSHA256: [32]byte{1}, TakenAt: h.clock.Now()})
	if !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("late delivery: %v", err)
	}
	n, err = h.svc.Tick(ctx())
	h.must(err)
	if n != 1 {
		t.Fatalf("tick after deadline changed %d", n)
	}
	if n, _ := h.svc.Tick(ctx()); n != 0 {
		t.Fatalf("second tick changed %d", n)
	}
	h.settle()
	if s := h.status(id); s != souq.StatusRefunded || !slices.Equal(h.escrow.Kinds(), []string{"fund", "refund_expired"}) {
		t.Fatalf("status %s calls %v", s, h.escrow.Kinds())
	}
}

func TestDisputePartialResolution(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "100"))
	_, err := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(merchant), Order: ref(id), PhotoSHA256: [32]byte{2}, TakenAt: h.clock.Now()})
	h.must(err)
	h.settle()
	if _, err := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(id)}); !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("dispute without reason: %v", err)
	}
	if _, err := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(merchant), Order: ref(id), Reason: "x"}); !errors.Is(err, souq.ErrForbidden) {
		t.Fatalf("merchant dispute: %v", err)
	}
	_, err = h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(id), Reason: "cup arrived broken"})
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusDisputed {
		t.Fatalf("status %s", s)
	}
	h.must(h.svc.AddEvidence(ctx(), souq.EvidenceRequest{Actor: actor(customer), Order: ref(id), PhotoSHA256: [32]byte{3}}))
	_, err = h.svc.AnswerDispute(ctx(), souq.DisputeAnswer{Actor: actor(merchant), Order: ref(id), Statement: "it left intact"})
	h.must(err)
	// Inspection ends during the dispute: no release.
	h.clock.Add(72 * time.Hour)
	n, err := h.svc.Tick(ctx())
	h.must(err)
	if n != 0 {
		t.Fatalf("tick released a disputed order")
	}
	if _, err := h.svc.Resolve(ctx(), id, money(usdc, "100.01"), ""); !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("resolve above amount: %v", err)
	}
	buyer := money(usdc, "40").Amount
	_, err = h.svc.Resolve(ctx(), id, money(usdc, "40"), "half-broken; 40 back")
	h.must(err)
	h.settle()
	o := h.order(id)
	// The seller's 60 USDC went to the payee by the resolution itself: nothing to forward.
	if o.Status != souq.StatusResolved || o.Refunded.Cmp(buyer) != 0 || h.payouts(id) != 1 || len(h.chain.Forwarded()) != 0 || o.Terms.Payee == "" {
		t.Fatalf("order %s refunded %v payouts %d forwarded %+v payee %q", o.Status, o.Refunded, h.payouts(id), h.chain.Forwarded(), o.Terms.Payee)
	}
	var resolved *souq.Notice
	sent := h.notifier.Sent()
	for i, n := range sent {
		if n.To == customer && n.Kind == souq.NoticeDisputeResolved {
			resolved = &sent[i]
		}
	}
	if resolved == nil || resolved.Amount.Amount.Cmp(buyer) != 0 || resolved.Text != "half-broken; 40 back" {
		t.Fatalf("resolution notice %+v", resolved)
	}
	h.checkJournal()
}

func TestRedeemAppliedToNextOrder(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10")} // a point is worth 1 USDC
	h.setup(&rule)
	h.released(money(usdc, "50"))
	if _, err := h.svc.Redeem(ctx(), actor(customer), 6); !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("redeem 6 of 5: %v", err)
	}
	a := actor(customer)
	res, err := h.svc.Redeem(ctx(), a, 3)
	h.must(err)
	if res.Redeemed != 3 || res.Balance != 2 || res.Discount.Amount.Cmp(money(usdc, "3").Amount) != 0 {
		t.Fatalf("redeem %+v", res)
	}
	again, err := h.svc.Redeem(ctx(), a, 3) // the same message again
	h.must(err)
	if again.Balance != 2 {
		t.Fatalf("replayed redeem %+v", again)
	}
	if _, err := h.svc.Redeem(ctx(), actor(customer), 1); !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("second voucher: %v", err)
	}
	h.settle()
	if bal, _ := h.loyalty.Balance(ctx(), "", ""); bal != 0 {
		t.Fatal("fake ledger keyed by nothing")
	}
	pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
	h.must(err)
	if pts.Points != 2 {
		t.Fatalf("balance after burn %+v", pts)
	}
	next := h.offer(money(usdc, "8"))
	o := h.order(next)
	if o.Discount.Amount.Cmp(money(usdc, "3").Amount) != 0 || o.Terms.Amount.Cmp(money(usdc, "5").Amount) != 0 {
		t.Fatalf("discount %v amount %v", o.Discount.Amount, o.Terms.Amount)
	}
	// A voucher is used once: the order after gets none.
	third := h.offer(money(usdc, "8"))
	if d := h.order(third).Discount.Amount; d.Sign() != 0 {
		t.Fatalf("voucher used twice: %v", d)
	}
}

func TestVoucherNeverExceedsTotalAndReturnsOnDecline(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10")}
	h.setup(&rule)
	h.released(money(usdc, "100"))
	_, err := h.svc.Redeem(ctx(), actor(customer), 10) // worth 10 USDC
	h.must(err)
	h.settle()
	small := h.offer(money(usdc, "2"))
	o := h.order(small)
	// The order still costs the floor, a tenth of its total: never dust.
	if o.Terms.Amount.Cmp(money(usdc, "0.20").Amount) != 0 || o.Discount.Amount.Cmp(money(usdc, "1.80").Amount) != 0 {
		t.Fatalf("discount %v amount %v", o.Discount.Amount, o.Terms.Amount)
	}
	_, err = h.svc.Decline(ctx(), actor(customer), ref(small))
	h.must(err)
	next := h.offer(money(usdc, "30"))
	if d := h.order(next).Discount.Amount; d.Cmp(money(usdc, "10").Amount) != 0 {
		t.Fatalf("voucher not returned after decline: discount %v", d)
	}
}

func TestDuplicateMessagesActOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	req := souq.OfferRequest{Actor: actor(merchant), Customer: customer, Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "3")}
	r1, err := h.svc.Offer(ctx(), req)
	h.must(err)
	r2, err := h.svc.Offer(ctx(), req)
	h.must(err)
	if r1.Order.ID != r2.Order.ID {
		t.Fatal("the same offer message made two orders")
	}
	hist, err := h.svc.History(ctx(), souq.Actor{User: merchant}, 10)
	h.must(err)
	if len(hist) != 1 {
		t.Fatalf("%d orders", len(hist))
	}
	pay := actor(customer)
	p1, err := h.svc.Pay(ctx(), pay, ref(r1.Order.ID))
	h.must(err)
	p2, err := h.svc.Pay(ctx(), pay, ref(r1.Order.ID))
	h.must(err)
	if p1.Order.Status != p2.Order.Status || p2.Method != souq.PayCustodial {
		t.Fatalf("replay %+v vs %+v", p1, p2)
	}
	h.settle()
	ship := actor(merchant)
	for range 3 {
		_, err := h.svc.MarkShipped(ctx(), ship, ref(r1.Order.ID))
		h.must(err)
	}
	h.settle()
	if got := h.escrow.Kinds(); !slices.Equal(got, []string{"fund"}) {
		t.Fatalf("escrow calls %v", got)
	}
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOffer, souq.NoticePaymentConfirmed, souq.NoticeShipped)) {
		t.Fatalf("customer notices %v", got)
	}
}

func TestOutOfOrderChainEvents(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "10"))
	amt := h.order(id).Terms.Amount
	// Released arrives before funded and delivered (the watcher caught up out of order).
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainReleased, Order: id, TxHash: "0x3", Amount: amt, ByBuyer: true}))
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainDelivered, Order: id, TxHash: "0x2", ReleasableAt: h.clock.Now()}))
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainFunded, Order: id, TxHash: "0x1", Amount: amt}))
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainFunded, Order: id, TxHash: "0x1", Amount: amt}))
	h.settle()
	o := h.order(id)
	if o.Status != souq.StatusReleased {
		t.Fatalf("status %s", o.Status)
	}
	got := h.notifier.To(customer)
	if slices.Contains(got, souq.NoticeDelivered) || slices.Contains(got, souq.NoticePaymentConfirmed) || got[len(got)-1] != souq.NoticeReleased {
		t.Fatalf("stale notices sent: %v", got)
	}
	// An unknown order id is ignored.
	h.must(h.svc.OnChainEvent(ctx(), souq.ChainEvent{Kind: souq.ChainFunded, Order: souq.OrderID{9}, TxHash: "0x9"}))
	h.checkJournal()
}

func TestSomeoneElsesOrderIsNotFound(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "10"))
	before := h.order(id)
	short := souq.OrderRef(id.String()[2:10])
	for _, r := range []souq.OrderRef{ref(id), short} {
		if _, err := h.svc.Status(ctx(), souq.Actor{User: stranger}, r); !errors.Is(err, souq.ErrNotFound) {
			t.Fatalf("status: %v", err)
		}
		_, err := h.svc.Pay(ctx(), actor(stranger), r)
		if !errors.Is(err, souq.ErrNotFound) {
			t.Fatalf("pay: %v", err)
		}
		if _, err := h.svc.Decline(ctx(), actor(stranger), r); !errors.Is(err, souq.ErrNotFound) {
			t.Fatalf("decline: %v", err)
		}
		if _, err := h.svc.Refund(ctx(), actor(stranger), r); !errors.Is(err, souq.ErrNotFound) || err.Error() != "order: not found" {
			t.Fatalf("refund: %v", err)
		}
	}
	// Delivery is the merchant's and its couriers' only: a stranger is refused as not the courier.
	if _, err := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(stranger), Order: short, PhotoSHA256: [32]byte{1}, TakenAt: h.clock.Now()}); !errors.Is(err, souq.ErrNotCourier) {
		t.Fatalf("delivery by short ref: %v", err)
	}
	after := h.order(id)
	if after.Status != before.Status || len(after.Steps) != len(before.Steps) {
		t.Fatal("order changed")
	}
	if hist, _ := h.svc.History(ctx(), souq.Actor{User: stranger}, 10); len(hist) != 0 {
		t.Fatalf("stranger history %v", hist)
	}
}

func TestIllegalActionsLeaveStateUnchanged(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	offered := h.offer(money(usdc, "10"))
	paid := h.paid(money(usdc, "10"))
	released := h.released(money(usdc, "10"))
	tests := []struct {
		name string
		id   souq.OrderID
		do   func(r souq.OrderRef) error
		want error
	}{
		{"ship an offer", offered, func(r souq.OrderRef) error { _, e := h.svc.MarkShipped(ctx(), actor(merchant), r); return e }, souq.ErrIllegalTransition},
		{"confirm an offer", offered, func(r souq.OrderRef) error { _, e := h.svc.ConfirmReceipt(ctx(), actor(customer), r); return e }, souq.ErrIllegalTransition},
		{"dispute an offer", offered, func(r souq.OrderRef) error {
			_, e := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: r, Reason: "x"})
			return e
		}, souq.ErrIllegalTransition},
		{"pay a paid order", paid, func(r souq.OrderRef) error { _, e := h.svc.Pay(ctx(), actor(customer), r); return e }, souq.ErrIllegalTransition},
		{"decline a paid order", paid, func(r souq.OrderRef) error { _, e := h.svc.Decline(ctx(), actor(customer), r); return e }, souq.ErrIllegalTransition},
		{"customer ships", paid, func(r souq.OrderRef) error { _, e := h.svc.MarkShipped(ctx(), actor(customer), r); return e }, souq.ErrForbidden},
		{"customer delivers", paid, func(r souq.OrderRef) error {
			_, e := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(customer), Order: r, PhotoSHA256: [32]byte{1}, TakenAt: h.clock.Now()})
			return e
		}, souq.ErrForbidden},
		{"answer without dispute", paid, func(r souq.OrderRef) error {
			_, e := h.svc.AnswerDispute(ctx(), souq.DisputeAnswer{Actor: actor(merchant), Order: r, Accept: true})
			return e
		}, souq.ErrIllegalTransition},
		{"refund a released order", released, func(r souq.OrderRef) error { _, e := h.svc.Refund(ctx(), actor(merchant), r); return e }, souq.ErrIllegalTransition},
		{"pay a released order", released, func(r souq.OrderRef) error { _, e := h.svc.Pay(ctx(), actor(customer), r); return e }, souq.ErrIllegalTransition},
		{"dispute a released order", released, func(r souq.OrderRef) error {
			_, e := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: r, Reason: "late"})
			return e
		}, souq.ErrIllegalTransition},
	}
	for _, tt := range tests {
		before := h.order(tt.id)
		calls := len(h.escrow.Kinds())
		err := tt.do(ref(tt.id))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
		after := h.order(tt.id)
		if after.Status != before.Status || after.Pending != before.Pending || len(after.Steps) != len(before.Steps) || len(h.escrow.Kinds()) != calls {
			t.Errorf("%s changed the order: %s → %s", tt.name, before.Status, after.Status)
		}
	}
	if _, err := h.svc.Resolve(ctx(), paid, souq.Money{Asset: usdc, Amount: big.NewInt(1)}, ""); !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("resolve undisputed: %v", err)
	}
}

func TestOptInIsDoubleAndStopIsRespected(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.must(h.svc.RegisterMerchant(ctx(), actor(merchant), payout))
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer, Items: []souq.Item{{Name: "a", Quantity: 1}}, Total: money(usdc, "1")})
	h.must(err)
	if !res.AwaitingOptIn {
		t.Fatal("offer to a new customer not held for opt-in")
	}
	if _, err := h.svc.Pay(ctx(), actor(customer), ref(res.Order.ID)); !errors.Is(err, souq.ErrNotOptedIn) {
		t.Fatalf("pay before opt-in: %v", err)
	}
	h.settle()
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOptInRequest)) {
		t.Fatalf("before opt-in: %v", got)
	}
	h.must(h.svc.OptIn(ctx(), actor(customer)))
	h.settle()
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOptInRequest, souq.NoticeOffer)) {
		t.Fatalf("after opt-in: %v", got)
	}
	h.must(h.svc.OptOut(ctx(), actor(customer)))
	if _, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer, Items: []souq.Item{{Name: "a", Quantity: 1}}, Total: money(usdc, "1")}); !errors.Is(err, souq.ErrNotOptedIn) {
		t.Fatalf("offer after STOP: %v", err)
	}
	if _, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(stranger), Customer: customer, Items: []souq.Item{{Name: "a", Quantity: 1}}, Total: money(usdc, "1")}); !errors.Is(err, souq.ErrNotMerchant) {
		t.Fatalf("offer by non-merchant: %v", err)
	}
	if err := h.svc.RegisterMerchant(ctx(), actor(stranger), "0xnope"); !errors.Is(err, souq.ErrInvalidAddress) {
		t.Fatalf("bad payout: %v", err)
	}
}

func TestOfferExpiresByTick(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	h.clock.Add(72 * time.Hour)
	if _, err := h.svc.Pay(ctx(), actor(customer), ref(id)); !errors.Is(err, souq.ErrIllegalTransition) {
		t.Fatalf("pay expired: %v", err)
	}
	n, err := h.svc.Tick(ctx())
	h.must(err)
	if n != 1 || h.status(id) != souq.StatusExpired {
		t.Fatalf("tick %d status %s", n, h.status(id))
	}
}

func TestPaymentFailurePutsOfferBack(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	// The escrow adapter is down once (the first attempt): the worker retries with backoff.
	h.escrow.FailNext(errors.New("node unreachable"))
	_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
	h.must(err)
	if _, err := h.svc.Work(ctx()); err == nil {
		t.Fatal("the first attempt did not fail")
	}
	if n, err := h.svc.Work(ctx()); n != 0 || err != nil {
		t.Fatalf("retried before backoff: %d %v", n, err)
	}
	h.clock.Add(time.Minute)
	_, err = h.svc.Work(ctx())
	h.must(err)
	calls := h.escrow.Calls()
	if len(calls) != 1 {
		t.Fatalf("calls %v", h.escrow.Kinds())
	}
	// The chain rejects it (say, the custodial wallet is empty).
	h.must(h.svc.OnIntentResult(ctx(), souq.IntentResult{Key: calls[0].Key, Reason: "insufficient funds"}))
	h.chain.Skip() // the outcome was reported above
	if s := h.status(id); s != souq.StatusOffered {
		t.Fatalf("status %s", s)
	}
	h.settle()
	if got := h.notifier.To(customer); got[len(got)-1] != souq.NoticePaymentFailed {
		t.Fatalf("notices %v", got)
	}
	// Paying again is a new intent with a new key.
	_, err = h.svc.Pay(ctx(), actor(customer), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusPaid || len(h.escrow.Calls()) != 2 || h.escrow.Calls()[1].Key == calls[0].Key {
		t.Fatalf("status %s calls %d", s, len(h.escrow.Calls()))
	}
}

func TestNoticesSurviveNotifierOutage(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.notifier.Fail(1)
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	h.settle()
	if got := h.notifier.To(customer); len(got) != 0 {
		t.Fatalf("sent while down: %v", got)
	}
	h.clock.Add(time.Minute)
	h.settle()
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOffer)) {
		t.Fatalf("after outage: %v", got)
	}
	_ = id
}

// TestRestartMidFlow "kills" souq right after each escrow port accepted a call and before the
// service recorded it: a new service on the reopened store resumes the outbox, the port sees the
// same idempotency key again, and the order ends where it should with money moved once.
func TestRestartMidFlow(t *testing.T) {
	t.Parallel()
	type flow struct {
		name  string
		crash string
		run   func(h *harness, id souq.OrderID)
		want  souq.OrderStatus
	}
	deliver := func(h *harness, id souq.OrderID) {
		_, err := h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(merchant), Order: ref(id), PhotoSHA256: [32]byte{4}, TakenAt: h.clock.Now()})
		h.must(err)
	}
	dispute := func(h *harness, id souq.OrderID) {
		_, err := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(id), Reason: "missing"})
		h.must(err)
	}
	flows := []flow{
		{"fund", "fund", func(h *harness, id souq.OrderID) {
			_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
			h.must(err)
		}, souq.StatusPaid},
		{"deliver", "deliver", func(h *harness, id souq.OrderID) { h.toPaid(id); deliver(h, id) }, souq.StatusDelivered},
		{"release", "release", func(h *harness, id souq.OrderID) {
			h.toPaid(id)
			deliver(h, id)
			h.settle()
			h.clock.Add(49 * time.Hour)
			_, err := h.svc.Tick(ctx())
			h.must(err)
			_, _ = h.svc.Work(ctx()) // the worker calls release and dies
		}, souq.StatusReleased},
		{"confirm", "confirm", func(h *harness, id souq.OrderID) {
			h.toPaid(id)
			_, err := h.svc.ConfirmReceipt(ctx(), actor(customer), ref(id))
			h.must(err)
		}, souq.StatusReleased},
		{"seller refund", "refund", func(h *harness, id souq.OrderID) {
			h.toPaid(id)
			_, err := h.svc.Refund(ctx(), actor(merchant), ref(id))
			h.must(err)
		}, souq.StatusRefunded},
		{"late refund", "refund_expired", func(h *harness, id souq.OrderID) {
			h.toPaid(id)
			h.clock.Add(h.order(id).Terms.DeliverBy.Sub(h.clock.Now()) + time.Second)
			_, err := h.svc.Tick(ctx())
			h.must(err)
		}, souq.StatusRefunded},
		{"dispute", "dispute", func(h *harness, id souq.OrderID) { h.toPaid(id); dispute(h, id) }, souq.StatusDisputed},
		{"resolve", "resolve", func(h *harness, id souq.OrderID) {
			h.toPaid(id)
			dispute(h, id)
			h.settle()
			_, err := h.svc.Resolve(ctx(), id, souq.Money{Asset: usdc, Amount: big.NewInt(1)}, "")
			h.must(err)
		}, souq.StatusResolved},
	}
	for _, f := range flows {
		t.Run(f.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(nil)
			id := h.offer(money(usdc, "10"))
			h.escrow.CrashAfter(f.crash, func() { _ = h.db.Close() })
			func() {
				defer func() { _ = recover() }()
				f.run(h, id)
				_, _ = h.svc.Work(ctx()) // the worker calls the port and dies
			}()
			if h.escrow.CrashPending() {
				t.Fatalf("never reached %s", f.crash)
			}
			raw := h.escrow.Raw()
			h.restart()
			// No waiting out the claim's lease: the dead run's leases are void in the new one.
			h.settle()
			if h.escrow.Raw() <= raw {
				t.Fatalf("the outbox did not resume %s", f.crash)
			}
			if n := h.escrow.Count(f.crash); n != 1 {
				t.Fatalf("%s accepted %d times", f.crash, n)
			}
			if s := h.status(id); s != f.want {
				t.Fatalf("status %s, want %s", s, f.want)
			}
			if h.payouts(id) > 1 {
				t.Fatalf("money moved %d times", h.payouts(id))
			}
			// The watcher replays every event after its own restart: nothing changes.
			var before int
			outbox, err := h.db.Outbox(ctx())
			h.must(err)
			before = len(outbox)
			h.chain.Forget()
			_ = h.mine()
			outbox, err = h.db.Outbox(ctx())
			h.must(err)
			if s := h.status(id); s != f.want || len(outbox) != before {
				t.Fatalf("replay changed things: status %s, outbox %d → %d", s, before, len(outbox))
			}
			h.checkJournal()
		})
	}
}

// toPaid funds an offered order.
func (h *harness) toPaid(id souq.OrderID) {
	h.t.Helper()
	_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
	h.must(err)
	h.settle()
}

func TestRestartResendsNoticeWithSameKey(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	h.notifier.Fail(1) // the notice is not sent before the "crash"
	id := h.offer(money(usdc, "1"))
	if _, err := h.svc.Work(ctx()); err == nil {
		t.Fatal("the notifier did not fail")
	}
	h.restart()
	h.clock.Add(time.Minute)
	h.settle()
	h.settle()
	if got := h.notifier.To(customer); !slices.Equal(got, kinds(souq.NoticeOffer)) {
		t.Fatalf("notices %v", got)
	}
	if h.status(id) != souq.StatusOffered {
		t.Fatal("status")
	}
}
