package souq

import (
	"cmp"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sirupsen/logrus"
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
		o.ChainProofHash = ev.ProofHash
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
		if err := w.paid(o, ev.Amount); err != nil {
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
		kind := NoticeRefunded
		if ev.DisputeExpired && o.Dispute != nil {
			o.Dispute.Expired = true
			kind = NoticeDisputeExpired
		}
		if err := w.move(o, StatusRefunded, ev.TxHash, map[string]string{"amount": amount(), "late_delivery": fmt.Sprint(ev.Late), "dispute_expired": fmt.Sprint(ev.DisputeExpired)}); err != nil {
			return err
		}
		return w.notifyBoth(o, kind, func(n *Notice) { n.Amount = Money{Asset: o.Total.Asset, Amount: cloneInt(ev.Amount)} })

	case ChainDisputed:
		if o.Status != StatusPaid && o.Status != StatusShipped && o.Status != StatusDelivered && o.Status != StatusRefundRequested {
			return stale()
		}
		clear(IntentDispute)
		if o.Dispute == nil {
			o.Dispute = &Dispute{OpenedAt: w.now}
		}
		o.Dispute.DecideBy = ev.DecideBy
		var f map[string]string
		if !ev.DecideBy.IsZero() {
			f = map[string]string{"decide_by": ev.DecideBy.UTC().Format(time.RFC3339)}
		}
		if err := w.move(o, StatusDisputed, ev.TxHash, f); err != nil {
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
		if err := w.paid(o, ev.SellerAmount); err != nil {
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
// address the merchant registered (once per order: the key is the order's). Only orders from
// before payees need it: with Terms.Payee the escrow paid the payout address in the release.
func (w *work) payout(o *Order, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 || o.Terms.Payee != "" {
		return nil
	}
	m, err := w.merchant(o.Merchant)
	if err != nil || m.Payout == "" {
		return err
	}
	return w.enqueue(IntentPayout, "escrow.payout/"+o.ID.String(), o.ID,
		intentPayload{Terms: &o.Terms, PayoutTo: m.Payout, Amount: new(big.Int).Set(amount)})
}

// PayoutTotal is what the escrow paid a merchant in one currency: the seller's shares of released
// and resolved orders as the chain's Released and Resolved events state them (after any discount,
// net of the platform fee), in minor units.
type PayoutTotal struct {
	Asset  Asset
	Paid   *big.Int
	Orders int // orders that paid the merchant something
}

// paid adds what the chain paid the merchant for the order to the merchant's totals, in the
// decision that records the Released or Resolved event (which happens once per order).
func (w *work) paid(o *Order, amount *big.Int) error {
	if amount == nil || amount.Sign() <= 0 {
		return nil
	}
	totals, err := w.tx.PayoutTotals(o.Merchant)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(totals, func(t PayoutTotal) bool { return t.Asset.Symbol == o.Total.Asset.Symbol })
	if i < 0 {
		totals = append(totals, PayoutTotal{Asset: o.Total.Asset, Paid: new(big.Int)})
		i = len(totals) - 1
	}
	totals[i].Paid = new(big.Int).Add(totals[i].Paid, amount)
	totals[i].Orders++
	return w.tx.PutPayoutTotals(o.Merchant, totals)
}

// Payouts is what the escrow has paid the merchant, per currency, over all its orders.
func (s *Service) Payouts(ctx context.Context, a Actor) ([]PayoutTotal, error) {
	var out []PayoutTotal
	err := s.view(ctx, func(tx Tx) error {
		var err error
		out, err = tx.PayoutTotals(a.User)
		return err
	})
	return out, err
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

// OnIntentResult records the final outcome of one attempt of an escrow intent; r.Key is the
// attempt key the port was called with. Success only records the transaction (the state moves
// with the chain event). A failure acts by its class: refused for now → a new attempt after a
// re-check; needs the operator → stuck, visible and retried periodically; refused for good (or
// unclassified) → the intent fails and the order's people are told.
func (s *Service) OnIntentResult(ctx context.Context, r IntentResult) error {
	key, attempt := SplitAttemptKey(r.Key)
	return s.do(ctx, "", nil, func(w *work) error {
		in, err := w.tx.Intent(key)
		if err != nil {
			return err
		}
		if in.Status == IntentDone || in.Status == IntentFailed {
			return nil // reported before
		}
		if r.OK {
			in.Status, in.TxHash, in.Run, in.Class, in.LastError = IntentDone, r.TxHash, "", "", ""
			w.unstick(in)
			if err := w.tx.PutIntent(in); err != nil {
				return err
			}
			if err := w.event(EventIntentDone, in.Order, map[string]string{"intent": string(in.Kind), "key": r.Key, "tx": r.TxHash}); err != nil {
				return err
			}
			if in.Kind == IntentWithdraw {
				return w.withdrawDone(in, r.TxHash)
			}
			return nil
		}
		if attempt != in.Attempt {
			return nil // an earlier attempt, already replaced by a newer one
		}
		class := r.Class
		if class == "" && r.Shortfall != nil {
			class = r.Shortfall.Class
		}
		if class == "" {
			class = ClassRefused
		}
		if class == ClassRetry {
			class = ClassRefusedNow // the attempt is over: the same key will not be sent again
		}
		return w.failure(in, class, r.Reason, r.Shortfall, true)
	})
}

// outbox policy
const (
	outboxBatch   = 64
	outboxLease   = time.Minute     // a claimed intent is retried after this if its worker hangs
	stuckAttempts = 5               // failed calls before an intent counts as stuck
	operatorRetry = 5 * time.Minute // how often work that needs the operator is tried again
	fundsRetry    = time.Minute     // at most this long between tries of a payment waiting for funds
)

func backoff(attempts int) time.Duration {
	d := time.Second << min(max(attempts, 0), 9)
	return min(d, 5*time.Minute)
}

// failure records a failed attempt of in by class. final says the attempt is over at the port
// (a reported outcome): anything sent again goes under a new attempt key.
func (w *work) failure(in *Intent, class FailureClass, reason string, sf *ShortfallError, final bool) error {
	in.Class, in.LastError, in.Run = class, reason, ""
	in.Status = IntentPending
	switch class {
	case ClassRetry: // the port did nothing: the same attempt again after a backoff
		if in.Attempts >= w.s.cfg.MaxAttempts {
			return w.failed(in, fmt.Sprintf("gave up after %d attempts: %s", in.Attempts, reason))
		}
		in.NextAt = w.now.Add(backoff(in.Attempts))
		if in.Attempts >= stuckAttempts {
			if err := w.stick(in, "retrying: "+reason); err != nil {
				return err
			}
		}
		return w.tx.PutIntent(in)
	case ClassRefusedNow:
		if in.Kind == IntentWithdraw {
			return w.failed(in, reason) // not sent again by itself: the customer is told why and asks again
		}
		if in.Kind == IntentFund {
			if sf != nil {
				return w.waitFunds(in, reason, sf)
			}
			if o, err := w.tx.Order(in.Order); err == nil && !w.now.Before(w.fundUntil(in, o)) {
				return w.failed(in, reason) // a payment does not wait past its funding deadline
			}
		}
		in.Attempt++
		in.NextAt = w.now.Add(backoff(in.Attempt))
		if in.Attempt >= stuckAttempts {
			if err := w.stick(in, fmt.Sprintf("refused %d times: %s", in.Attempt, reason)); err != nil {
				return err
			}
		}
		if err := w.tx.PutIntent(in); err != nil {
			return err
		}
		return w.event(EventIntentRetry, in.Order, map[string]string{"intent": string(in.Kind), "key": in.PortKey(), "reason": PublicReason(reason)})
	case ClassOperator:
		if final {
			in.Attempt++
		}
		in.NextAt = w.now.Add(operatorRetry)
		if err := w.stick(in, "needs the operator: "+reason); err != nil {
			return err
		}
		return w.tx.PutIntent(in)
	}
	return w.failed(in, reason)
}

// waitFunds handles a custodial payment the customer's wallet cannot cover: the customer is told
// what is missing and where to send it, the merchant that the payment waits, and the payment is
// tried again (after 5 s, doubling up to every fundsRetry) until the funding deadline — FundingWait after the payment was
// asked for, never past the offer's expiry — after which it fails and the offer stands (while it
// has not expired).
func (w *work) waitFunds(in *Intent, reason string, sf *ShortfallError) error {
	o, err := w.tx.Order(in.Order)
	if err != nil {
		return err
	}
	until := w.fundUntil(in, o)
	if !w.now.Before(until) {
		return w.failed(in, "not enough funds: "+reason)
	}
	in.Attempt++
	// Soon at first (a deposit or top-up may be landing), then every fundsRetry.
	in.NextAt = w.now.Add(min(5*time.Second<<min(in.Attempt-1, 4), fundsRetry, until.Sub(w.now)))
	in.Stuck, in.StuckSince = "waiting for funds: "+reason, cmp.Or(in.StuckSince, w.now)
	if err := w.tx.PutIntent(in); err != nil {
		return err
	}
	missing := Money{Asset: shortfallAsset(o, sf.Asset), Amount: sf.Missing()}
	if err := w.event(EventIntentRetry, in.Order, map[string]string{"intent": string(in.Kind), "key": in.PortKey(),
		"reason": "waiting for funds", "missing": missing.Amount.String(), "asset": missing.Asset.Symbol}); err != nil {
		return err
	}
	// Told once per missing amount: a second top-up that is still short is news, a retry is not.
	if err := w.notify(o, o.Customer, NoticePaymentShortfall, func(n *Notice) {
		n.Amount, n.Address, n.Until = missing, cmp.Or(sf.Address, o.Terms.Buyer), until
		if w.s.cfg.Funds != nil {
			net := w.s.cfg.Funds.Network()
			n.Network = &net
		}
		n.Key = fmt.Sprintf("n/%s/%s/%s/%s", o.ID, NoticePaymentShortfall, missing.Asset.Symbol, missing.Amount)
	}); err != nil {
		return err
	}
	return w.notify(o, o.Merchant, NoticePaymentWaiting, func(n *Notice) {
		n.Until = until
		n.Key = fmt.Sprintf("n/%s/%s/%s", o.ID, NoticePaymentWaiting, in.Key)
	})
}

// fundUntil is how long a custodial payment may wait: FundingWait after it was asked for, never
// past the offer's expiry.
func (w *work) fundUntil(in *Intent, o *Order) time.Time {
	until := in.CreatedAt.Add(w.s.cfg.FundingWait)
	if o.OfferExpires.Before(until) {
		until = o.OfferExpires
	}
	return until
}

// shortfallAsset names the asset a wallet lacks, with its decimals when it is the order's.
func shortfallAsset(o *Order, asset string) Asset {
	switch {
	case asset == "" || strings.EqualFold(asset, o.Total.Asset.Symbol) || (o.Total.Asset.Token != "" && strings.EqualFold(asset, o.Total.Asset.Token)):
		return o.Total.Asset
	case strings.EqualFold(asset, "ETH"):
		return Asset{Symbol: "ETH", Decimals: 18}
	}
	return Asset{Symbol: asset, Decimals: o.Total.Asset.Decimals}
}

// stick marks in as stuck (visible in Service.Outbox, the metric, the journal and the log).
func (w *work) stick(in *Intent, reason string) error {
	first := in.Stuck == ""
	in.Stuck = reason
	if !first {
		return nil
	}
	in.StuckSince = w.now
	key, kind, class := in.PortKey(), in.Kind, in.Class
	if err := w.event(EventIntentStuck, in.Order, map[string]string{"intent": string(kind), "key": key, "reason": PublicReason(reason)}); err != nil {
		return err
	}
	w.after = append(w.after, func() {
		l := w.s.cfg.Log.WithFields(logrus.Fields{"intent": key, "kind": kind, "class": class, "reason": reason})
		if class == ClassOperator {
			l.Error("outbox: intent stuck until the operator acts (see souq status)")
		} else {
			l.Warn("outbox: intent stuck (see souq status)")
		}
	})
	return nil
}

func (w *work) unstick(in *Intent) {
	if in.Stuck == "" {
		return
	}
	key := in.PortKey()
	in.Stuck, in.StuckSince = "", time.Time{}
	w.after = append(w.after, func() { w.s.cfg.Log.WithField("intent", key).Info("outbox: stuck intent moves again") })
}

// failed marks an intent terminally failed and reacts: the order's pending action is cleared and
// its people are told what it means for them.
func (w *work) failed(in *Intent, reason string) error {
	in.Status, in.LastError, in.Run = IntentFailed, reason, ""
	in.Stuck, in.StuckSince = "", time.Time{}
	if err := w.tx.PutIntent(in); err != nil {
		return err
	}
	if err := w.event(EventIntentFailed, in.Order, map[string]string{"intent": string(in.Kind), "key": in.PortKey(), "reason": PublicReason(reason)}); err != nil {
		return err
	}
	key, kind := in.PortKey(), in.Kind
	w.after = append(w.after, func() {
		w.s.cfg.Log.WithFields(logrus.Fields{"intent": key, "kind": kind, "reason": reason}).Warn("outbox: intent failed for good")
	})
	if in.Kind == IntentRedeem {
		return w.redeemFailed(in, reason)
	}
	if in.Kind == IntentWithdraw {
		return w.withdrawFailed(in, reason)
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
	switch {
	case in.Kind == IntentFund && o.Status == StatusPaying:
		if err := w.move(o, StatusOffered, "", map[string]string{"reason": PublicReason(reason)}); err != nil {
			return err
		}
		// Paying again can work only while the offer stands.
		return w.notify(o, o.Customer, NoticePaymentFailed, func(n *Notice) { n.Text, n.Retry = reason, w.now.Before(o.OfferExpires) })
	case in.Kind == IntentDeliver:
		if err := w.tx.PutOrder(o); err != nil {
			return err
		}
		mod := func(n *Notice) { n.Text = reason }
		if err := w.notify(o, o.Merchant, NoticeDeliveryFailed, mod); err != nil {
			return err
		}
		if o.Delivery != nil && o.Delivery.Courier != "" {
			return w.notify(o, o.Delivery.Courier, NoticeDeliveryFailed, mod)
		}
		return nil
	}
	if err := w.tx.PutOrder(o); err != nil {
		return err
	}
	// Whoever asked for the step (or waits on it) is told; the key names the intent, so each
	// failure is told once.
	mod := func(n *Notice) {
		n.Text = reason
		n.Key = fmt.Sprintf("n/%s/%s/%s/%s", o.ID, NoticeActionFailed, o.Role(n.To), in.Key)
	}
	var to []WaID
	switch in.Kind {
	case IntentConfirm, IntentDispute:
		to = []WaID{o.Customer}
	case IntentRefund, IntentPayout:
		to = []WaID{o.Merchant}
	default: // release, late refund, resolution, a refund of late funding
		to = []WaID{o.Customer, o.Merchant}
	}
	for _, u := range to {
		if err := w.notify(o, u, NoticeActionFailed, mod); err != nil {
			return err
		}
	}
	return nil
}

// failedBefore reports whether the order's latest escrow intent is of kind and failed for good:
// a deadline does not ask again for what the chain refused for good (the operator is alerted).
func (w *work) failedBefore(o *Order, kind IntentKind) bool {
	in, err := w.tx.Intent(fmt.Sprintf("%s/%s/%d", kind, o.ID, o.Intents))
	return err == nil && in.Status == IntentFailed
}

// ---------------------------------------------------------------------------------------------
// deadlines, on the chain's clock

// tickBatch bounds the orders of each clock one tick acts on; the rest are due on the next.
const tickBatch = 512

// tickSlack widens the cheap estimate of the chain's time, so a deadline is checked against the
// chain itself a little before the estimate says it is due.
const tickSlack = 2 * time.Second

// chainRefresh is how stale the estimate may grow while deadlines on the chain's clock are open:
// the chain's clock can jump (a dev chain's time travel, a chain that stalled and caught up), and
// an estimate that is never refreshed would wait for the wall clock instead.
const chainRefresh = 15 * time.Second

// chainNow reads the chain's clock (the wall clock when none is configured) and remembers its
// offset from the wall clock for chainEstimate.
func (s *Service) chainNow(ctx context.Context) (time.Time, error) {
	wall := s.cfg.Clock.Now()
	if s.cfg.ChainClock == nil {
		return wall.UTC(), nil
	}
	t, err := s.cfg.ChainClock.ChainNow(ctx)
	if err != nil {
		return time.Time{}, fmt.Errorf("chain clock: %w", err)
	}
	s.chainOffset.Store(int64(t.Sub(wall)))
	s.chainRead.Store(wall.UnixNano())
	return t.UTC(), nil
}

// chainEstimate is the chain's time by the last offset seen: no network.
func (s *Service) chainEstimate(wall time.Time) time.Time {
	return wall.Add(time.Duration(s.chainOffset.Load())).UTC()
}

// Tick acts on deadlines: unpaid offers expire (wall clock); an order not delivered by its
// deadline is refunded (refundExpired), a delivered order whose inspection window is over is
// released and a dispute the arbiter did not decide by its deadline is refunded in full
// (refundExpiredDispute) — all on the chain's clock, which is read only when the estimate says something is
// due. It returns how many orders it changed.
func (s *Service) Tick(ctx context.Context) (int, error) {
	wall := s.cfg.Clock.Now().UTC()
	est := s.chainEstimate(wall).Add(tickSlack)
	var offers, timed []OrderID
	var waiting bool // some order waits on a deadline on the chain's clock
	// The deadline index holds only orders waiting on one: a tick reads the due ones, however many
	// orders there are.
	if err := s.view(ctx, func(tx Tx) error {
		var err error
		if offers, _, err = tx.DueOrders(ClockWall, wall, tickBatch); err != nil {
			return err
		}
		timed, waiting, err = tx.DueOrders(ClockChain, est, tickBatch)
		return err
	}); err != nil {
		return 0, err
	}
	if waiting && len(timed) == 0 && wall.Sub(time.Unix(0, s.chainRead.Load())) >= chainRefresh {
		// Refresh the estimate; the next tick acts on what it shows.
		if _, err := s.chainNow(ctx); err != nil {
			return 0, err
		}
	}
	if len(offers)+len(timed) == 0 {
		return 0, nil
	}
	var chain time.Time
	var cerr error
	if len(timed) > 0 {
		if chain, cerr = s.chainNow(ctx); cerr != nil {
			timed = nil // offers still expire; deadlines wait for the chain
		}
	}
	var n int
	err := s.do(ctx, "", nil, func(w *work) error {
		n = 0
		for _, id := range append(offers, timed...) {
			o, err := w.tx.Order(id)
			if err != nil {
				return err
			}
			changed, err := w.deadline(o, chain)
			if err != nil {
				return fmt.Errorf("order %s: %w", o.ID.Short(), err)
			}
			if changed {
				n++
			}
		}
		return nil
	})
	return n, errors.Join(err, cerr)
}

// deadline acts on one order's deadline: offers by the wall clock, the escrow's by chain (zero:
// not known this tick).
func (w *work) deadline(o *Order, chain time.Time) (bool, error) {
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
		// The escrow accepts refundExpired once block time is past deliverBy; the next block is
		// at least as late as the newest.
		if chain.IsZero() || !chain.After(o.Terms.DeliverBy) || w.failedBefore(o, IntentRefundExpired) {
			return false, nil
		}
		return true, w.escrow(o, IntentRefundExpired, intentPayload{})
	case StatusDelivered:
		if chain.IsZero() || o.ReleasableAt.IsZero() || chain.Before(o.ReleasableAt) || w.failedBefore(o, IntentRelease) {
			return false, nil
		}
		return true, w.escrow(o, IntentRelease, intentPayload{})
	case StatusDisputed:
		// The escrow accepts refundExpiredDispute from the arbiter's deadline on (block.timestamp >=
		// decideBy); an arbiter's resolution in flight holds it (Pending).
		by := o.decideBy()
		if chain.IsZero() || by.IsZero() || chain.Before(by) || w.failedBefore(o, IntentRefundExpiredDispute) {
			return false, nil
		}
		return true, w.escrow(o, IntentRefundExpiredDispute, intentPayload{})
	}
	return false, nil
}

// decideBy is the arbiter's deadline of a disputed order (zero: not known).
func (o *Order) decideBy() time.Time {
	if o.Dispute == nil {
		return time.Time{}
	}
	return o.Dispute.DecideBy
}

// ---------------------------------------------------------------------------------------------
// the outbox workers

// lane is the workers of one kind of outbound work: each talks to one outside system, so a slow
// or failing one (Horizon, the Graph API, an RPC) holds up only its own kind.
type lane struct {
	name    string
	kinds   []IntentKind
	workers int
	batch   int
	// parallel runs a claimed batch at once rather than in order: loyalty calls each wait for a
	// ledger to close, and the Stellar adapter packs calls that wait together into one
	// transaction (up to 100 operations), so one ledger close serves the whole batch.
	parallel bool
	wake     chan struct{}
}

func newLanes() []*lane {
	loyalty := func(l *lane) *lane { l.parallel = true; return l }
	mk := func(name string, workers, batch int, kinds ...IntentKind) *lane {
		return &lane{name: name, kinds: kinds, workers: workers, batch: batch, wake: make(chan struct{}, 1)}
	}
	return []*lane{
		mk("escrow", 2, 16, IntentFund, IntentDeliver, IntentConfirm, IntentRelease, IntentRefund,
			IntentRefundExpired, IntentRefundExpiredDispute, IntentDispute, IntentResolve, IntentPayout, IntentWithdraw),
		loyalty(mk("loyalty", 2, 32, IntentEarn, IntentRedeem)),
		mk("notify", 4, 4, IntentNotify),
	}
}

// kick wakes the lanes of the kinds a decision queued (after its commit), so the work starts at
// once on the lane's own workers and never in the caller's goroutine.
func (s *Service) kick(kinds []IntentKind) {
	for _, l := range s.lanes {
		for _, k := range kinds {
			if slices.Contains(l.kinds, k) {
				select {
				case l.wake <- struct{}{}:
				default:
				}
				break
			}
		}
	}
}

// Work carries out due outbox intents of every kind once, in this goroutine, and returns how many
// it finished (successfully handed to their port). Run does the same on one set of workers per
// kind. Safe to run concurrently with itself: an intent is claimed with a lease first.
func (s *Service) Work(ctx context.Context) (int, error) {
	return s.work(ctx, nil, outboxBatch)
}

func (s *Service) work(ctx context.Context, kinds []IntentKind, limit int) (int, error) {
	claimed, release, err := s.claim(ctx, kinds, limit)
	if err != nil {
		return 0, err
	}
	defer release()
	done := 0
	var errs []error
	for _, in := range claimed {
		ok, err := s.runIntent(ctx, in)
		if ok {
			done++
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return done, errors.Join(errs...)
}

// claim takes due intents (of kinds, or all) under a lease of this run. Notices to a person whose
// earlier notice another worker is still sending wait, so each person gets theirs in order; the
// caller calls done when it has run them.
func (s *Service) claim(ctx context.Context, kinds []IntentKind, limit int) (_ []*Intent, done func(), _ error) {
	if err := s.voidLeases(ctx); err != nil {
		return nil, func() {}, err
	}
	// A read first: an idle lane polling must not cost a write transaction (and its fsyncs).
	var pending bool
	if err := s.view(ctx, func(tx Tx) error {
		due, err := tx.DueIntents(s.cfg.Clock.Now().UTC(), 1, kinds...)
		pending = len(due) > 0
		return err
	}); err != nil || !pending {
		return nil, func() {}, err
	}
	var claimed []*Intent
	var marked []WaID
	err := s.cfg.Store.Update(ctx, func(tx Tx) error {
		claimed, marked = claimed[:0], marked[:0]
		now := s.cfg.Clock.Now().UTC()
		due, err := tx.DueIntents(now, 4*limit, kinds...)
		if err != nil {
			return err
		}
		s.chatMu.Lock()
		defer s.chatMu.Unlock()
		mine := map[WaID]bool{}
		for _, in := range due {
			if len(claimed) == limit {
				break
			}
			if to := noticeTo(in); to != "" {
				if s.sending[to] && !mine[to] {
					continue
				}
				if !mine[to] {
					mine[to], s.sending[to] = true, true
					marked = append(marked, to)
				}
			}
			in.Attempts++
			in.Run = s.run
			in.NextAt = now.Add(outboxLease)
			if err := tx.PutIntent(in); err != nil {
				return err
			}
			claimed = append(claimed, in)
		}
		return nil
	})
	done = func() { s.release(marked) }
	if err != nil {
		done()
		return nil, func() {}, err
	}
	return claimed, done, nil
}

// noticeTo is the recipient of a notice intent ("" for other kinds).
func noticeTo(in *Intent) WaID {
	if in.Kind != IntentNotify {
		return ""
	}
	var p struct {
		Notice *struct{ To WaID } `json:"notice"`
	}
	if json.Unmarshal(in.Payload, &p) != nil || p.Notice == nil {
		return ""
	}
	return p.Notice.To
}

// release marks the people as no longer being sent a notice.
func (s *Service) release(people []WaID) {
	s.chatMu.Lock()
	defer s.chatMu.Unlock()
	for _, p := range people {
		delete(s.sending, p)
	}
}

// voidLeases makes the work claimed by earlier runs due at once, the first time this run claims
// anything: one process holds the store at a time, so those runs are over and their work would
// otherwise wait out the lease.
func (s *Service) voidLeases(ctx context.Context) error {
	if s.voided.Load() {
		return nil
	}
	err := s.cfg.Store.Update(ctx, func(tx Tx) error {
		now := s.cfg.Clock.Now().UTC()
		var stale []*Intent
		if err := tx.OpenIntents(func(in *Intent) error {
			if in.Status == IntentPending && in.Run != "" && in.Run != s.run {
				stale = append(stale, in)
			}
			return nil
		}); err != nil {
			return err
		}
		for _, in := range stale {
			in.Run, in.NextAt = "", now
			if err := tx.PutIntent(in); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		s.voided.Store(true)
	}
	return err
}

// runIntent carries out one claimed intent and records the outcome.
func (s *Service) runIntent(ctx context.Context, in *Intent) (bool, error) {
	var p intentPayload
	if err := json.Unmarshal(in.Payload, &p); err != nil {
		return false, s.record(ctx, in, p, Earned{}, fmt.Errorf("intent payload: %w: %w", ErrRefused, err))
	}
	wait, err := s.precheck(ctx, in, &p)
	if err == nil && wait > 0 {
		return false, s.postpone(ctx, in, wait)
	}
	var earned Earned
	if err == nil {
		earned, err = s.call(ctx, in, p)
	}
	if rerr := s.record(ctx, in, p, earned, err); rerr != nil {
		return false, rerr
	}
	if err != nil {
		return false, fmt.Errorf("intent %s: %w", in.PortKey(), err)
	}
	return true, nil
}

// precheck re-checks, on the chain's clock, what the escrow will check against block.timestamp
// before anything is sent: a release waits for the end of inspection and a late refund for the
// deadline (it returns how long), and a delivery dated after the newest block is signed again at
// the chain's time (updating p).
func (s *Service) precheck(ctx context.Context, in *Intent, p *intentPayload) (time.Duration, error) {
	if in.Kind != IntentRelease && in.Kind != IntentRefundExpired && in.Kind != IntentRefundExpiredDispute && in.Kind != IntentDeliver {
		return 0, nil
	}
	var o *Order
	if err := s.view(ctx, func(tx Tx) error {
		var err error
		o, err = tx.Order(in.Order)
		return err
	}); err != nil {
		return 0, err
	}
	chain, err := s.chainNow(ctx)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrRetryLater, err)
	}
	switch in.Kind {
	case IntentRelease:
		if !o.ReleasableAt.IsZero() && chain.Before(o.ReleasableAt) {
			return max(o.ReleasableAt.Sub(chain), time.Second), nil
		}
	case IntentRefundExpired:
		if !chain.After(o.Terms.DeliverBy) {
			return o.Terms.DeliverBy.Sub(chain) + time.Second, nil
		}
	case IntentRefundExpiredDispute:
		if by := o.decideBy(); chain.Before(by) {
			return max(by.Sub(chain), time.Second), nil
		}
	case IntentDeliver:
		if p.Attestation != nil && p.Attestation.DeliveredAt.After(chain) {
			return 0, s.resign(ctx, in, p, chain)
		}
	}
	return 0, nil
}

// resign dates the delivery attestation at the chain's time (the escrow refuses a deliveredAt
// after the block's) and records the new proof on the order and the intent.
func (s *Service) resign(ctx context.Context, in *Intent, p *intentPayload, chain time.Time) error {
	return s.do(ctx, "", nil, func(w *work) error {
		o, err := w.tx.Order(in.Order)
		if err != nil {
			return err
		}
		cur, err := w.tx.Intent(in.Key)
		if err != nil {
			return err
		}
		if o.Delivery == nil || cur.Status != IntentPending || cur.Attempt != in.Attempt {
			return fmt.Errorf("delivery of %s changed meanwhile: %w", o.ID.Short(), ErrRetryLater)
		}
		at := chain.UTC().Truncate(time.Second)
		proof := proofHash(o.Delivery.PhotoSHA256, at, o.Delivery.Location)
		sig, err := s.cfg.Attester.SignDelivery(ctx, o.ID, proof, at)
		if err != nil {
			return fmt.Errorf("attestation: %w: %w", ErrRetryLater, err)
		}
		o.Delivery.TakenAt, o.Delivery.ProofHash, o.Delivery.Signature = at, proof, sig
		if err := w.tx.PutOrder(o); err != nil {
			return err
		}
		p.Attestation = &Attestation{ProofHash: proof, DeliveredAt: at, Signature: sig}
		raw, err := json.Marshal(p)
		if err != nil {
			return err
		}
		cur.Payload = raw
		in.Payload = raw
		if err := w.tx.PutIntent(cur); err != nil {
			return err
		}
		return w.event(EventDeliveryResign, o.ID, map[string]string{"proof_hash": hex.EncodeToString(proof[:]), "delivered_at": at.Format(time.RFC3339)})
	})
}

// postpone gives a claimed intent back until the chain's clock reaches its time: not a failure,
// and not an attempt.
func (s *Service) postpone(ctx context.Context, in *Intent, wait time.Duration) error {
	return s.cfg.Store.Update(ctx, func(tx Tx) error {
		cur, err := tx.Intent(in.Key)
		if err != nil {
			return err
		}
		if cur.Status != IntentPending || cur.Attempt != in.Attempt {
			return nil
		}
		cur.Run, cur.Attempts = "", max(cur.Attempts-1, 0)
		cur.NextAt = s.cfg.Clock.Now().UTC().Add(wait)
		return tx.PutIntent(cur)
	})
}

// record writes the outcome of a port call (err nil: handed over).
func (s *Service) record(ctx context.Context, in *Intent, p intentPayload, earned Earned, err error) error {
	return s.do(ctx, "", nil, func(w *work) error {
		cur, gerr := w.tx.Intent(in.Key)
		if gerr != nil {
			return gerr
		}
		if cur.Status != IntentPending || cur.Attempt != in.Attempt {
			return nil // finished or moved on meanwhile (an escrow result came first)
		}
		var wait *WaitError
		if errors.As(err, &wait) {
			// Not a failure: the port said when to come back. Repeated waits (a crash each time)
			// must not grow the backoff, make the work stuck or use up its attempts.
			cur.Attempts = max(cur.Attempts-1, 0)
			cur.LastError, cur.Run, cur.NextAt = wait.Reason, "", maxTime(wait.Until, w.now)
			return w.tx.PutIntent(cur)
		}
		if err != nil {
			var sf *ShortfallError
			errors.As(err, &sf)
			return w.failure(cur, Classify(err), err.Error(), sf, false)
		}
		cur.LastError, cur.Class, cur.Run = "", "", ""
		w.unstick(cur)
		if in.Kind.IsChain() {
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
}

// call invokes the port an intent is for, under the key of the attempt in flight.
func (s *Service) call(ctx context.Context, in *Intent, p intentPayload) (Earned, error) {
	needTerms := in.Kind.IsEscrow()
	if needTerms && p.Terms == nil {
		return Earned{}, fmt.Errorf("intent %s has no terms: %w", in.Key, ErrRefused)
	}
	e, key := s.cfg.Escrow, in.PortKey()
	switch in.Kind {
	case IntentFund:
		if strings.HasPrefix(in.Stuck, "waiting for funds") {
			// This try may spend a deposit the watcher has not seen yet (ETH is seen only by
			// polling the active wallets): keep the wallet watched after the payment stops
			// waiting, so the deposit is still told.
			s.markActive(p.Terms.Buyer)
		}
		return Earned{}, e.Fund(ctx, key, *p.Terms)
	case IntentDeliver:
		if p.Attestation == nil {
			return Earned{}, fmt.Errorf("intent %s has no attestation: %w", in.Key, ErrRefused)
		}
		return Earned{}, e.Deliver(ctx, key, *p.Terms, *p.Attestation)
	case IntentConfirm:
		return Earned{}, e.ConfirmReceipt(ctx, key, *p.Terms)
	case IntentRelease:
		return Earned{}, e.Release(ctx, key, *p.Terms)
	case IntentRefund:
		return Earned{}, e.Refund(ctx, key, *p.Terms)
	case IntentRefundExpired:
		return Earned{}, e.RefundExpired(ctx, key, *p.Terms)
	case IntentRefundExpiredDispute:
		return Earned{}, e.RefundExpiredDispute(ctx, key, *p.Terms)
	case IntentDispute:
		return Earned{}, e.Dispute(ctx, key, *p.Terms, p.ReasonHash)
	case IntentResolve:
		return Earned{}, e.Resolve(ctx, key, *p.Terms, cloneInt(p.BuyerAmount))
	case IntentPayout:
		return Earned{}, e.Payout(ctx, key, *p.Terms, p.PayoutTo, cloneInt(p.Amount))
	case IntentEarn:
		if p.Earning == nil {
			return Earned{}, fmt.Errorf("intent %s has no earning: %w", in.Key, ErrRefused)
		}
		return s.cfg.Loyalty.Earn(ctx, key, s.earning(*p.Earning))
	case IntentRedeem:
		return Earned{}, s.cfg.Loyalty.Redeem(ctx, key, p.Customer, p.Merchant, p.Points)
	case IntentWithdraw:
		if s.cfg.Funds == nil || p.Withdrawal == nil {
			return Earned{}, fmt.Errorf("intent %s: no funds port or withdrawal: %w", in.Key, ErrNeedsOperator)
		}
		return Earned{}, s.cfg.Funds.Withdraw(ctx, key, *p.Withdrawal)
	case IntentNotify:
		if p.Notice == nil {
			return Earned{}, fmt.Errorf("intent %s has no notice: %w", in.Key, ErrRefused)
		}
		return Earned{}, s.cfg.Notifier.Notify(ctx, *p.Notice)
	}
	return Earned{}, fmt.Errorf("intent %s: unknown kind %q: %w", in.Key, in.Kind, ErrRefused)
}

// earned records the points a released order earned and tells the customer.
func (w *work) earned(in *Intent, e Earned) error {
	points := e.Points
	o, err := w.tx.Order(in.Order)
	if err != nil {
		return err
	}
	o.Points = points
	if err := w.tx.PutOrder(o); err != nil {
		return err
	}
	if err := w.peopleEvent(EventPointsEarned, o.ID, map[string]string{"points": fmt.Sprint(points)}, map[string]string{"customer": w.committed(o, "customer")}); err != nil {
		return err
	}
	if points <= 0 {
		return nil
	}
	return w.notify(o, o.Customer, NoticePointsEarned, func(n *Notice) { n.Points, n.TxURL = points, e.TxURL })
}

// PumpJournal hands journal events the Anchorer has not acknowledged to it, in order, and returns
// how many it handed: up to 256 in one Append (one commit of the log), then the cursor moves in
// one commit of the store.
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
	var aerr error
	if len(evs) > 0 && s.cfg.Anchorer.Append(ctx, evs) == nil {
		n = len(evs)
	} else {
		// The batch was refused: hand the events over one at a time, to move past those the log
		// takes and name the one it does not.
		for _, e := range evs {
			if err := s.cfg.Anchorer.Append(ctx, []Event{e}); err != nil {
				aerr = fmt.Errorf("anchor event %d: %w", e.Seq, err)
				break
			}
			n++
		}
	}
	if n == 0 {
		return 0, aerr
	}
	next = evs[n-1].Seq + 1
	if err := s.cfg.Store.Update(ctx, func(tx Tx) error { return tx.SetCursor("anchored", next) }); err != nil {
		return 0, errors.Join(err, aerr)
	}
	return n, aerr
}

// Run drives deadlines and the journal every interval, and the outbox on one set of workers per
// kind of work (woken at once by new work, polled every interval), until ctx ends. Errors are
// passed to report (which may be nil) and do not stop anything: everything is retried.
func (s *Service) Run(ctx context.Context, every time.Duration, report func(error)) error {
	rep := func(err error) {
		if err != nil && report != nil && ctx.Err() == nil {
			report(err)
		}
	}
	var wg sync.WaitGroup
	for _, l := range s.lanes {
		for range l.workers {
			wg.Go(func() { s.runLane(ctx, l, every, rep) })
		}
	}
	defer wg.Wait()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		for _, step := range []func(context.Context) (int, error){s.Tick, s.PumpJournal} {
			_, err := step(ctx)
			rep(err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (s *Service) runLane(ctx context.Context, l *lane, every time.Duration, report func(error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for ctx.Err() == nil {
		claimed, release, err := s.claim(ctx, l.kinds, l.batch)
		report(err)
		if l.parallel {
			var wg sync.WaitGroup
			for _, in := range claimed {
				wg.Go(func() {
					_, err := s.runIntent(ctx, in)
					report(err)
				})
			}
			wg.Wait()
		} else {
			for _, in := range claimed {
				_, err := s.runIntent(ctx, in)
				report(err)
			}
		}
		release()
		if len(claimed) > 0 {
			continue // more may be due
		}
		select {
		case <-ctx.Done():
		case <-l.wake:
		case <-t.C:
		}
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
