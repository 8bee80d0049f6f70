package souq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"
)

// This file is the service's non-chat side: confirmed chain events, outcomes of outbox intents,
// deadlines, and the outbox worker that carries intents out.

// OnChainEvent applies a confirmed escrow event. Events are applied at most once (by transaction
// and log index) and in any order: a later event implies the earlier ones (released implies
// funded), and an event the order is already past is recorded as stale and changes nothing.
// Funding souq did not send (the customer's own wallet through the payment link) is a payment
// like any other. An event for an id souq does not know is ignored.
func (s *Service) OnChainEvent(ctx context.Context, ev ChainEvent) error {
	key := fmt.Sprintf("chain/%s/%d", ev.TxHash, ev.LogIndex)
	if ev.TxHash == "" {
		return fmt.Errorf("chain event without a transaction: %w", ErrInvalidRequest)
	}
	return s.do(ctx, key, nil, func(w *work) error {
		o, err := w.tx.Order(ev.Order)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return w.apply(o, ev)
	})
}

// funded reports whether the escrow holds the order's money (funded and not yet paid out).
func funded(s OrderStatus) bool {
	switch s {
	case StatusPaid, StatusShipped, StatusDelivered, StatusRefundRequested, StatusDisputed:
		return true
	}
	return false
}

func (w *work) apply(o *Order, ev ChainEvent) error {
	amount := func() string {
		if ev.Amount == nil {
			return "0"
		}
		return ev.Amount.String()
	}
	stale := func() error {
		return w.event(EventKind("chain.stale_"+string(ev.Kind)), o.ID, map[string]string{"tx": ev.TxHash, "status": string(o.Status)})
	}
	clear := func(kinds ...IntentKind) {
		for _, k := range kinds {
			if o.Pending == k {
				o.Pending = ""
			}
		}
	}
	// Any event after funding proves the funding; take the step if we missed it.
	if ev.Kind != ChainFunded && (o.Status == StatusOffered || o.Status == StatusPaying) {
		clear(IntentFund)
		if err := w.move(o, StatusPaid, "", map[string]string{"implied_by": string(ev.Kind)}); err != nil {
			return err
		}
	}
	switch ev.Kind {
	case ChainFunded:
		switch {
		case o.Status == StatusOffered || o.Status == StatusPaying:
			if o.Status == StatusOffered {
				o.Method = PayLink
			}
			clear(IntentFund)
			if err := w.move(o, StatusPaid, ev.TxHash, map[string]string{"amount": amount(), "own_wallet": fmt.Sprint(o.Method == PayLink)}); err != nil {
				return err
			}
			return w.notifyBoth(o, NoticePaymentConfirmed, nil)
		case o.Status == StatusDeclined || o.Status == StatusExpired:
			// Paid through the link after the offer closed: the money goes straight back.
			if err := w.event(EventKind("chain.late_funding"), o.ID, map[string]string{"tx": ev.TxHash, "amount": amount()}); err != nil {
				return err
			}
			if o.Pending != "" {
				return nil
			}
			return w.escrow(o, IntentRefund, intentPayload{})
		}
		return stale()

	case ChainDelivered:
		if o.Status != StatusPaid && o.Status != StatusShipped && o.Status != StatusRefundRequested {
			clear(IntentDeliver)
			if err := w.tx.PutOrder(o); err != nil {
				return err
			}
			return stale()
		}
		clear(IntentDeliver)
		o.ReleasableAt = ev.ReleasableAt
		if err := w.move(o, StatusDelivered, ev.TxHash, map[string]string{"proof_hash": fmt.Sprintf("%x", ev.ProofHash), "releasable_at": ev.ReleasableAt.UTC().Format(time.RFC3339)}); err != nil {
			return err
		}
		return w.notifyBoth(o, NoticeDelivered, nil)

	case ChainReleased:
		if !funded(o.Status) || o.Status == StatusDisputed {
			return stale()
		}
		o.Pending = ""
		if err := w.move(o, StatusReleased, ev.TxHash, map[string]string{"seller_amount": amount(), "by_buyer": fmt.Sprint(ev.ByBuyer)}); err != nil {
			return err
		}
		if err := w.notify(o, o.Customer, NoticeReleased, nil); err != nil {
			return err
		}
		// The merchant is told what the escrow actually paid: the total minus the platform fee.
		if err := w.notify(o, o.Merchant, NoticeReleased, func(n *Notice) {
			if ev.Amount != nil {
				n.Amount = Money{Asset: o.Total.Asset, Amount: new(big.Int).Set(ev.Amount)}
			}
		}); err != nil {
			return err
		}
		if err := w.payout(o, ev.Amount); err != nil {
			return err
		}
		return w.earn(o)

	case ChainRefunded:
		if !funded(o.Status) {
			if o.Status.Terminal() && o.Pending != "" {
				o.Pending = ""
				if err := w.tx.PutOrder(o); err != nil {
					return err
				}
			}
			return stale()
		}
		o.Pending = ""
		o.Refunded = cloneInt(ev.Amount)
		if err := w.move(o, StatusRefunded, ev.TxHash, map[string]string{"amount": amount(), "late_delivery": fmt.Sprint(ev.Late)}); err != nil {
			return err
		}
		return w.notifyBoth(o, NoticeRefunded, func(n *Notice) { n.Amount = Money{Asset: o.Total.Asset, Amount: cloneInt(ev.Amount)} })

	case ChainDisputed:
		if o.Status != StatusPaid && o.Status != StatusShipped && o.Status != StatusDelivered && o.Status != StatusRefundRequested {
			return stale()
		}
		clear(IntentDispute)
		if o.Dispute == nil {
			o.Dispute = &Dispute{OpenedAt: w.now}
		}
		if err := w.move(o, StatusDisputed, ev.TxHash, nil); err != nil {
			return err
		}
		return w.notifyBoth(o, NoticeDisputeOpened, func(n *Notice) { n.Text = o.Dispute.Reason })

	case ChainResolved:
		if o.Status != StatusDisputed {
			return stale()
		}
		o.Pending = ""
		o.Refunded = cloneInt(ev.Amount)
		o.Dispute.BuyerAmount = cloneInt(ev.Amount)
		f := map[string]string{"buyer_amount": amount()}
		if ev.SellerAmount != nil {
			f["seller_amount"] = ev.SellerAmount.String()
		}
		if err := w.move(o, StatusResolved, ev.TxHash, f); err != nil {
			return err
		}
		if err := w.payout(o, ev.SellerAmount); err != nil {
			return err
		}
		return w.notifyBoth(o, NoticeDisputeResolved, func(n *Notice) {
			n.Amount = Money{Asset: o.Total.Asset, Amount: cloneInt(ev.Amount)}
			n.Seller = Money{Asset: o.Total.Asset, Amount: cloneInt(ev.SellerAmount)}
			n.Text = o.Dispute.Note
		})
	}
	return fmt.Errorf("chain event kind %q: %w", ev.Kind, ErrInvalidRequest)
}

// payout forwards the seller's share from the merchant's custodial seller wallet to the payout
// address the merchant registered (once per order: the key is the order's).
func (w *work) payout(o *Order, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return nil
	}
	m, err := w.merchant(o.Merchant)
	if err != nil || m.Payout == "" {
		return err
	}
	return w.enqueue(IntentPayout, "escrow.payout/"+o.ID.String(), o.ID,
		intentPayload{Terms: &o.Terms, PayoutTo: m.Payout, Amount: new(big.Int).Set(amount)})
}

func cloneInt(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// earn queues the loyalty points of a released order (one earn per order: the key is the order).
func (w *work) earn(o *Order) error {
	m, err := w.tx.Merchant(o.Merchant)
	if err != nil || m.Rule == nil {
		return nil //nolint:nilerr // no merchant record or no program: nothing to earn
	}
	rule := w.s.ruleOf(m)
	if !rule.In(o.Total.Asset) {
		return w.noPoints(o, rule) // no conversion between currencies: nothing earned, and said so
	}
	e := Earning{Order: o.ID, Customer: w.s.commit.User(w.account(o.Customer)), Merchant: w.s.commit.User(o.Merchant), Amount: o.Amount(), Rule: *rule}
	return w.enqueue(IntentEarn, "loyalty.earn/"+o.ID.String(), o.ID, intentPayload{Earning: &e})
}

// OnIntentResult records the final outcome of an escrow intent. Success only records the
// transaction (the state moves with the chain event); failure clears the order's pending action
// and undoes what waited for it (a failed payment puts the offer back).
func (s *Service) OnIntentResult(ctx context.Context, r IntentResult) error {
	return s.do(ctx, "", nil, func(w *work) error {
		in, err := w.tx.Intent(r.Key)
		if err != nil {
			return err
		}
		if in.Status == IntentDone || in.Status == IntentFailed {
			return nil // reported before
		}
		if r.OK {
			in.Status, in.TxHash = IntentDone, r.TxHash
			if err := w.tx.PutIntent(in); err != nil {
				return err
			}
			return w.event(EventIntentDone, in.Order, map[string]string{"intent": string(in.Kind), "key": in.Key, "tx": r.TxHash})
		}
		return w.failed(in, r.Reason)
	})
}

// failed marks an intent terminally failed and reacts.
func (w *work) failed(in *Intent, reason string) error {
	in.Status, in.LastError = IntentFailed, reason
	if err := w.tx.PutIntent(in); err != nil {
		return err
	}
	if err := w.event(EventIntentFailed, in.Order, map[string]string{"intent": string(in.Kind), "key": in.Key, "reason": reason}); err != nil {
		return err
	}
	if in.Kind == IntentRedeem {
		return w.redeemFailed(in, reason)
	}
	if !in.Kind.IsEscrow() {
		return nil
	}
	o, err := w.tx.Order(in.Order)
	if err != nil {
		return err
	}
	if o.Pending != in.Kind {
		return nil
	}
	o.Pending = ""
	if in.Kind == IntentFund && o.Status == StatusPaying {
		if err := w.move(o, StatusOffered, "", map[string]string{"reason": reason}); err != nil {
			return err
		}
		return w.notify(o, o.Customer, NoticePaymentFailed, func(n *Notice) { n.Text = reason })
	}
	return w.tx.PutOrder(o)
}

// Tick acts on deadlines: unpaid offers expire; an order not delivered by its deadline is
// refunded (refundExpired); a delivered order whose inspection window is over is released.
// It returns how many orders it changed.
func (s *Service) Tick(ctx context.Context) (int, error) {
	var n int
	err := s.do(ctx, "", nil, func(w *work) error {
		n = 0
		var due []*Order
		if err := w.tx.ActiveOrders(func(o *Order) error {
			due = append(due, o)
			return nil
		}); err != nil {
			return err
		}
		for _, o := range due {
			changed, err := w.deadline(o)
			if err != nil {
				return fmt.Errorf("order %s: %w", o.ID.Short(), err)
			}
			if changed {
				n++
			}
		}
		return nil
	})
	return n, err
}

func (w *work) deadline(o *Order) (bool, error) {
	if o.Pending != "" {
		return false, nil
	}
	switch o.Status {
	case StatusOffered:
		if w.now.Before(o.OfferExpires) {
			return false, nil
		}
		if err := w.move(o, StatusExpired, "", nil); err != nil {
			return false, err
		}
		return true, w.reopenVoucher(o)
	case StatusPaid, StatusShipped, StatusRefundRequested:
		// The escrow accepts refundExpired once block time is past deliverBy.
		if !w.now.After(o.Terms.DeliverBy) {
			return false, nil
		}
		return true, w.escrow(o, IntentRefundExpired, intentPayload{})
	case StatusDelivered:
		if o.ReleasableAt.IsZero() || w.now.Before(o.ReleasableAt) {
			return false, nil
		}
		return true, w.escrow(o, IntentRelease, intentPayload{})
	}
	return false, nil
}

// outbox policy
const (
	outboxBatch = 64
	outboxLease = time.Minute // a claimed intent is retried after this if its worker died
)

func backoff(attempts int) time.Duration {
	d := time.Second << min(attempts, 9)
	return min(d, 5*time.Minute)
}

// Work carries out due outbox intents once and returns how many it finished (successfully handed
// to their port). Failures are retried with backoff; after MaxAttempts an intent fails
// terminally. Safe to run concurrently with itself: an intent is claimed with a lease first.
func (s *Service) Work(ctx context.Context) (int, error) {
	var claimed []*Intent
	if err := s.cfg.Store.Update(ctx, func(tx Tx) error {
		claimed = claimed[:0]
		now := s.cfg.Clock.Now().UTC()
		due, err := tx.DueIntents(now, outboxBatch)
		if err != nil {
			return err
		}
		for _, in := range due {
			in.Attempts++
			in.NextAt = now.Add(outboxLease)
			if err := tx.PutIntent(in); err != nil {
				return err
			}
			claimed = append(claimed, in)
		}
		return nil
	}); err != nil {
		return 0, err
	}
	done := 0
	var errs []error
	for _, in := range claimed {
		ok, err := s.run(ctx, in)
		if ok {
			done++
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return done, errors.Join(errs...)
}

// kick runs the given intents right away (after the decision that queued them committed), so a
// notice goes out without waiting for the worker. Whatever fails stays for the worker.
func (s *Service) kick(ctx context.Context, keys []string) {
	for _, key := range keys {
		var in *Intent
		_ = s.cfg.Store.Update(ctx, func(tx Tx) error {
			in = nil
			got, err := tx.Intent(key)
			if err != nil {
				return err
			}
			now := s.cfg.Clock.Now().UTC()
			if got.Status != IntentPending || got.NextAt.After(now) {
				return nil
			}
			got.Attempts++
			got.NextAt = now.Add(outboxLease)
			in = got
			return tx.PutIntent(got)
		})
		if in != nil {
			_, _ = s.run(ctx, in)
		}
	}
}

// run carries out one claimed intent and records the outcome.
func (s *Service) run(ctx context.Context, in *Intent) (bool, error) {
	var p intentPayload
	err := json.Unmarshal(in.Payload, &p)
	var earned int64
	if err == nil {
		earned, err = s.call(ctx, in, p)
	}
	uerr := s.do(ctx, "", nil, func(w *work) error {
		cur, gerr := w.tx.Intent(in.Key)
		if gerr != nil {
			return gerr
		}
		if cur.Status != IntentPending {
			return nil // finished meanwhile (an escrow result came first)
		}
		if err != nil {
			cur.LastError = err.Error()
			if in.Kind == IntentRedeem && Classify(err) == ClassRefused { // the engine's rework classes every kind
				return w.failed(cur, err.Error())
			}
			if cur.Attempts >= s.cfg.MaxAttempts {
				return w.failed(cur, "gave up after "+fmt.Sprint(cur.Attempts)+" attempts: "+err.Error())
			}
			cur.NextAt = w.now.Add(backoff(cur.Attempts))
			return w.tx.PutIntent(cur)
		}
		cur.LastError = ""
		if in.Kind.IsEscrow() {
			cur.Status = IntentSubmitted
		} else {
			cur.Status = IntentDone
		}
		if err := w.tx.PutIntent(cur); err != nil {
			return err
		}
		switch in.Kind {
		case IntentEarn:
			return w.earned(cur, earned)
		case IntentRedeem:
			return w.redeemed(cur, p)
		}
		return nil
	})
	if uerr != nil {
		return false, uerr
	}
	if err != nil {
		return false, fmt.Errorf("intent %s: %w", in.Key, err)
	}
	return true, nil
}

// call invokes the port an intent is for.
func (s *Service) call(ctx context.Context, in *Intent, p intentPayload) (int64, error) {
	needTerms := in.Kind.IsEscrow()
	if needTerms && p.Terms == nil {
		return 0, fmt.Errorf("intent %s has no terms", in.Key)
	}
	e := s.cfg.Escrow
	switch in.Kind {
	case IntentFund:
		return 0, e.Fund(ctx, in.Key, *p.Terms)
	case IntentDeliver:
		if p.Attestation == nil {
			return 0, fmt.Errorf("intent %s has no attestation", in.Key)
		}
		return 0, e.Deliver(ctx, in.Key, *p.Terms, *p.Attestation)
	case IntentConfirm:
		return 0, e.ConfirmReceipt(ctx, in.Key, *p.Terms)
	case IntentRelease:
		return 0, e.Release(ctx, in.Key, *p.Terms)
	case IntentRefund:
		return 0, e.Refund(ctx, in.Key, *p.Terms)
	case IntentRefundExpired:
		return 0, e.RefundExpired(ctx, in.Key, *p.Terms)
	case IntentDispute:
		return 0, e.Dispute(ctx, in.Key, *p.Terms, p.ReasonHash)
	case IntentResolve:
		return 0, e.Resolve(ctx, in.Key, *p.Terms, cloneInt(p.BuyerAmount))
	case IntentPayout:
		return 0, e.Payout(ctx, in.Key, *p.Terms, p.PayoutTo, cloneInt(p.Amount))
	case IntentEarn:
		if p.Earning == nil {
			return 0, fmt.Errorf("intent %s has no earning", in.Key)
		}
		return s.cfg.Loyalty.Earn(ctx, in.Key, s.earning(*p.Earning))
	case IntentRedeem:
		return 0, s.cfg.Loyalty.Redeem(ctx, in.Key, p.Customer, p.Merchant, p.Points)
	case IntentNotify:
		if p.Notice == nil {
			return 0, fmt.Errorf("intent %s has no notice", in.Key)
		}
		return 0, s.cfg.Notifier.Notify(ctx, *p.Notice)
	}
	return 0, fmt.Errorf("intent %s: unknown kind %q", in.Key, in.Kind)
}

// earned records the points a released order earned and tells the customer.
func (w *work) earned(in *Intent, points int64) error {
	o, err := w.tx.Order(in.Order)
	if err != nil {
		return err
	}
	o.Points = points
	if err := w.tx.PutOrder(o); err != nil {
		return err
	}
	if err := w.event(EventPointsEarned, o.ID, map[string]string{"points": fmt.Sprint(points), "customer": w.s.commit.User(o.Customer)}); err != nil {
		return err
	}
	if points <= 0 {
		return nil
	}
	return w.notify(o, o.Customer, NoticePointsEarned, func(n *Notice) { n.Points = points })
}

// PumpJournal hands journal events the Anchorer has not acknowledged to it, in order, and returns
// how many it handed. The cursor moves only after the Anchorer accepted an event.
func (s *Service) PumpJournal(ctx context.Context) (int, error) {
	if s.cfg.Anchorer == nil {
		return 0, nil
	}
	var next uint64 // the cursor is the number of events handed over: the next one's Seq
	var evs []Event
	if err := s.view(ctx, func(tx Tx) error {
		var err error
		if next, err = tx.Cursor("anchored"); err != nil {
			return err
		}
		evs, err = tx.Events(next, 256)
		return err
	}); err != nil {
		return 0, err
	}
	n := 0
	for _, e := range evs {
		if err := s.cfg.Anchorer.Append(ctx, e); err != nil {
			return n, fmt.Errorf("anchor event %d: %w", e.Seq, err)
		}
		if err := s.cfg.Store.Update(ctx, func(tx Tx) error { return tx.SetCursor("anchored", e.Seq+1) }); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Run drives deadlines, the outbox and the journal every interval until ctx ends. Errors are
// passed to report (which may be nil) and do not stop the loop: everything is retried.
func (s *Service) Run(ctx context.Context, every time.Duration, report func(error)) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		for _, step := range []func(context.Context) (int, error){s.Tick, s.Work, s.PumpJournal} {
			if _, err := step(ctx); err != nil && report != nil && ctx.Err() == nil {
				report(err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}
