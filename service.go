package souq

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sirupsen/logrus"
)

// Service is the sale: the only place that decides. Every decision is one store transaction that
// records the new state, the processed message id, the outbox intents that carry the decision out
// (escrow transactions, loyalty operations, notices) and the journal events describing it. Side
// effects happen only afterwards, from the outbox, each with an idempotency key: a crash at any
// point replays work that is not marked done, and the ports do nothing twice for the same key.
//
// State that follows the chain (funded, delivered, released, refunded, disputed, resolved) changes
// only when the watcher reports the confirmed escrow event (OnChainEvent); until then the order
// carries the requested action in Pending and accepts no other escrow action.
type Service struct {
	cfg    Config
	commit Committer
	run    string      // this run's id: it owns the outbox leases it takes
	voided atomic.Bool // leases of earlier runs were voided
	lanes  []*lane
	// chainOffset is the chain's clock minus the wall clock at the last ChainNow (nanoseconds):
	// a cheap estimate of the chain's time between calls.
	chainOffset atomic.Int64
	chainRead   atomic.Int64 // wall clock (unix nanoseconds) of the last ChainNow
	chatMu      sync.Mutex
	sending     map[WaID]bool // people a notify worker is sending a notice to
	mask        Masker
	active      activeSet // wallets whose ETH deposits are polled (see ActiveWallets)
}

// Config wires the service to its ports and sets its policies.
type Config struct {
	Store    Store
	Escrow   Escrow
	Attester Attester
	Loyalty  Loyalty
	Wallets  Wallets
	Notifier Notifier
	Clock    Clock
	Anchorer Anchorer // optional: without it the journal is kept but not handed on
	Catalog  Catalog  // optional: without it catalog orders are ErrUnavailable
	Funds    Funds    // optional: without it the wallet command and withdrawals are ErrUnavailable

	// ChainClock is the escrow chain's clock: deliveries are attested, and releases and late
	// refunds scheduled, on it. Optional: without it the wall clock stands in (tests only).
	ChainClock ChainClock
	// Log receives a warning when an intent becomes stuck (an error when it needs the
	// operator). Optional.
	Log logrus.FieldLogger

	// Secret keys the commitments of people in the journal and on chains (>= 32 bytes). It must
	// not change for the life of the data.
	Secret []byte

	OfferTTL        time.Duration // how long an offer can be paid (default 72h)
	DefaultDeadline time.Duration // delivery deadline after the offer expires (default 7 days)
	MaxDeadline     time.Duration // default 90 days
	Inspection      time.Duration // inspection window after delivery (default 48h)
	PayMethod       PayMethod     // how Pay pays (default custodial)
	MaxAttempts     int           // outbox attempts before an intent fails terminally (default 16)

	// LoyaltyCurrency is the currency of stamp rules stored before rules named theirs (see
	// loyalty.go): the operator's token. Default USDC with 6 decimals.
	LoyaltyCurrency Asset

	// FundingWait is how long a custodial payment waits for the customer to add missing funds
	// before it fails (default 24h; never past the offer's expiry).
	FundingWait time.Duration
	// FeeBps is the escrow's platform fee (basis points), shown to customers with each offer.
	FeeBps uint16
	// MaxOrder is the default limit on one order's total, in whole units of its currency (default
	// DefaultMaxOrder); HardMaxOrder the limit no merchant setting raises (default HardMaxOrder).
	MaxOrder, HardMaxOrder int64
}

// NewService checks the wiring and fills in defaults.
func NewService(cfg Config) (*Service, error) {
	switch {
	case cfg.Store == nil, cfg.Escrow == nil, cfg.Attester == nil, cfg.Loyalty == nil,
		cfg.Wallets == nil, cfg.Notifier == nil, cfg.Clock == nil:
		return nil, fmt.Errorf("souq: service needs store, escrow, attester, loyalty, wallets, notifier and clock: %w", ErrInvalidRequest)
	}
	c, err := NewCommitter(cfg.Secret)
	if err != nil {
		return nil, err
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&cfg.OfferTTL, 72*time.Hour)
	def(&cfg.DefaultDeadline, 7*24*time.Hour)
	def(&cfg.MaxDeadline, 90*24*time.Hour)
	def(&cfg.Inspection, 48*time.Hour)
	if cfg.PayMethod == "" {
		cfg.PayMethod = PayCustodial
	}
	if cfg.MaxAttempts <= 0 {
		cfg.MaxAttempts = 16
	}
	if cfg.LoyaltyCurrency.Symbol == "" {
		cfg.LoyaltyCurrency = Asset{Symbol: "USDC", Decimals: 6}
	}
	def(&cfg.FundingWait, 24*time.Hour)
	if cfg.HardMaxOrder <= 0 {
		cfg.HardMaxOrder = HardMaxOrder
	}
	if cfg.MaxOrder <= 0 {
		cfg.MaxOrder = DefaultMaxOrder
	}
	cfg.MaxOrder = min(cfg.MaxOrder, cfg.HardMaxOrder)
	if cfg.Log == nil {
		l := logrus.New()
		l.Out = io.Discard
		cfg.Log = l
	}
	run, err := NewSalt()
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, commit: c, mask: NewMasker(cfg.Secret), run: hex.EncodeToString(run[:8]), sending: map[WaID]bool{}}
	s.lanes = newLanes()
	return s, nil
}

var _ Sales = (*Service)(nil)

// ---------------------------------------------------------------------------------------------
// transactions

// work is what one decision accumulates inside its store transaction.
type work struct {
	s       *Service
	tx      Tx
	now     time.Time
	intents []IntentKind // kinds enqueued: their lanes are woken after the commit
	after   []func()     // run after the commit (log lines about what it recorded)
}

// do runs fn as one idempotent decision keyed by msgID: a message id already processed returns
// the recorded result without running fn. After the commit the new intents are started at once
// (the outbox worker retries whatever does not finish).
func (s *Service) do(ctx context.Context, msgID string, result any, fn func(w *work) error) error {
	key := ""
	if msgID != "" {
		key = "msg/" + msgID
		var replay bool
		if err := s.cfg.Store.View(ctx, func(tx Tx) error {
			raw, ok, err := tx.Processed(key)
			if err != nil || !ok {
				return err
			}
			replay = true
			return decodeResult(raw, result)
		}); err != nil {
			return err
		}
		if replay {
			return nil
		}
	}
	var w *work
	err := s.cfg.Store.Update(ctx, func(tx Tx) error {
		w = &work{s: s, tx: tx, now: s.cfg.Clock.Now().UTC()}
		if key != "" {
			// Checked again inside the write: two copies of a message racing act once.
			raw, ok, err := tx.Processed(key)
			if err != nil {
				return err
			}
			if ok {
				w.intents = nil
				return decodeResult(raw, result)
			}
		}
		if err := fn(w); err != nil {
			return err
		}
		if key == "" {
			return nil
		}
		raw, err := json.Marshal(result)
		if err != nil {
			return fmt.Errorf("souq: record result: %w", err)
		}
		return tx.MarkProcessed(key, raw)
	})
	if err != nil {
		return err
	}
	for _, f := range w.after {
		f()
	}
	s.kick(w.intents)
	return nil
}

func decodeResult(raw []byte, result any) error {
	if result == nil || len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	return json.Unmarshal(raw, result)
}

func (s *Service) view(ctx context.Context, fn func(tx Tx) error) error {
	return s.cfg.Store.View(ctx, fn)
}

// event appends a journal event.
func (w *work) event(kind EventKind, id OrderID, fields map[string]string) error {
	return w.tx.Append(&Event{Kind: kind, Order: id, At: w.now, Fields: fields})
}

// peopleEvent appends a journal event naming people (role → WaID, or a merchant's name in the role
// "name"): each appears as its commitment scoped to the order, or, for an event of no order, to a
// fresh random nonce the event records ("nonce"), so no value in the public log is stable per
// person (Committer.ScopeKey; docs/audit/README.md §3).
func (w *work) peopleEvent(kind EventKind, id OrderID, fields map[string]string, people map[string]string) error {
	scope := [32]byte(id)
	if fields == nil {
		fields = map[string]string{}
	}
	if id.IsZero() {
		n, err := NewSalt()
		if err != nil {
			return err
		}
		scope, fields["nonce"] = n, hex.EncodeToString(n[:])
	}
	for k, v := range w.s.commit.scoped(scope, people) {
		fields[k] = v
	}
	return w.event(kind, id, fields)
}

// move performs a transition and journals it.
func (w *work) move(o *Order, to OrderStatus, txHash string, fields map[string]string) error {
	from := o.Status
	if err := o.transition(to, w.now, txHash); err != nil {
		return err
	}
	if fields == nil {
		fields = map[string]string{}
	}
	fields["from"] = string(from)
	if txHash != "" {
		fields["tx"] = txHash
	}
	if err := w.event(orderEvent(to), o.ID, fields); err != nil {
		return err
	}
	return w.tx.PutOrder(o)
}

// enqueue records an intent to be carried out after the commit.
func (w *work) enqueue(kind IntentKind, key string, id OrderID, p intentPayload) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("souq: intent payload: %w", err)
	}
	// Intents due at the same time are claimed in key order, so each is due a nanosecond after the
	// one before it in the decision (a person's notices arrive as decided: "released" before
	// "no points"), all within the microsecond before now (due at once).
	due := w.now.Add(-time.Microsecond + time.Duration(min(len(w.intents), 999)))
	in := &Intent{Key: key, Kind: kind, Order: id, Status: IntentPending, NextAt: due, CreatedAt: w.now, Payload: raw}
	added, err := w.tx.Enqueue(in)
	if err != nil {
		return err
	}
	if added {
		w.intents = append(w.intents, kind)
	}
	return nil
}

// escrow requests an escrow action for the order: one intent, marked Pending on the order.
func (w *work) escrow(o *Order, kind IntentKind, p intentPayload) error {
	o.Intents++
	key := fmt.Sprintf("%s/%s/%d", kind, o.ID, o.Intents)
	t := o.Terms
	p.Terms = &t
	if err := w.enqueue(kind, key, o.ID, p); err != nil {
		return err
	}
	o.Pending = kind
	o.UpdatedAt = w.now
	if err := w.event(EventIntent, o.ID, map[string]string{"intent": string(kind), "key": key}); err != nil {
		return err
	}
	return w.tx.PutOrder(o)
}

// notify queues a notice for one participant of an order. The key names the cause, so the same
// notice is never queued (nor sent) twice.
func (w *work) notify(o *Order, to WaID, kind NoticeKind, mod func(*Notice)) error {
	if to == "" {
		return nil
	}
	role := o.Role(to)
	v := o.View(role, w.s.payURL(o))
	n := Notice{To: to, Kind: kind, Order: &v, Key: fmt.Sprintf("n/%s/%s/%s/%d", o.ID, kind, role, len(o.Steps))}
	if moneyNotice(kind) && len(o.Steps) > 0 {
		// The step the notice reports was just taken: its transaction is the one to show.
		if h := o.Steps[len(o.Steps)-1].TxHash; h != "" {
			n.TxURL = w.s.cfg.Escrow.TxURL(h)
		}
	}
	if mod != nil {
		mod(&n)
	}
	return w.enqueue(IntentNotify, n.Key, o.ID, intentPayload{Notice: &n})
}

// moneyNotice reports whether a notice tells of money moving on the chain, and so links its transaction.
func moneyNotice(k NoticeKind) bool {
	switch k {
	case NoticePaymentConfirmed, NoticeReleased, NoticeRefunded, NoticeDisputeResolved:
		return true
	}
	return false
}

func (w *work) notifyBoth(o *Order, kind NoticeKind, mod func(*Notice)) error {
	if err := w.notify(o, o.Customer, kind, mod); err != nil {
		return err
	}
	return w.notify(o, o.Merchant, kind, mod)
}

// intentPayload carries what an intent's port call needs; only the kind's fields are set.
type intentPayload struct {
	Terms       *Terms       `json:"terms,omitempty"`
	Attestation *Attestation `json:"attestation,omitempty"`
	ReasonHash  [32]byte     `json:"reasonHash,omitzero"`
	BuyerAmount *big.Int     `json:"buyerAmount,omitempty"`
	PayoutTo    string       `json:"payoutTo,omitempty"`
	Amount      *big.Int     `json:"amount,omitempty"`
	Earning     *Earning     `json:"earning,omitempty"`
	Customer    string       `json:"customer,omitempty"`
	Merchant    string       `json:"merchant,omitempty"`
	Points      int64        `json:"points,omitempty"`
	VoucherOf   [2]WaID      `json:"voucherOf,omitzero"`
	Voucher     string       `json:"voucher,omitempty"` // redeem: the voucher's id
	Notice      *Notice      `json:"notice,omitempty"`
	Withdrawal  *Withdrawal  `json:"withdrawal,omitempty"`
}

func (s *Service) payURL(o *Order) string {
	if o.Status != StatusOffered {
		return ""
	}
	return s.cfg.Escrow.PayURL(o.ID, o.Terms)
}

// find resolves an order reference among the orders user takes part in. Anything else, existing
// or not, is ErrNotFound with no detail.
func (w *work) find(user WaID, ref OrderRef) (*Order, Role, error) {
	return findOrder(w.tx, user, ref)
}

func findOrder(tx Tx, user WaID, ref OrderRef) (*Order, Role, error) {
	ref, err := ParseOrderRef(string(ref))
	if err != nil {
		return nil, "", err
	}
	if len(ref) == 64 {
		id, err := ParseOrderID(string(ref))
		if err != nil {
			return nil, "", err
		}
		o, err := tx.Order(id)
		if errors.Is(err, ErrNotFound) {
			return nil, "", fmt.Errorf("order: %w", ErrNotFound)
		}
		if err != nil {
			return nil, "", err
		}
		if r := o.Role(user); r != "" {
			return o, r, nil
		}
		return nil, "", fmt.Errorf("order: %w", ErrNotFound)
	}
	prefix, err := hex.DecodeString(string(ref))
	if err != nil {
		return nil, "", fmt.Errorf("order: %w", ErrNotFound)
	}
	o, err := tx.UserOrderByPrefix(user, prefix) // a prefix shared by two orders names the newest
	if err != nil {
		return nil, "", err
	}
	if r := o.Role(user); r != "" { // an index entry of a courier since replaced names no order of theirs
		return o, r, nil
	}
	return nil, "", fmt.Errorf("order: %w", ErrNotFound)
}

func forbidden(role Role, action string) error {
	return fmt.Errorf("%s cannot %s: %w", role, action, ErrForbidden)
}

// ---------------------------------------------------------------------------------------------
// customers and merchants

// OptIn records the customer's YES and shows the offers that waited for it.
func (s *Service) OptIn(ctx context.Context, a Actor) error {
	if a.User == "" {
		return fmt.Errorf("opt-in without a user: %w", ErrInvalidRequest)
	}
	return s.do(ctx, a.MsgID, nil, func(w *work) error {
		c, err := w.customer(a.User)
		if err != nil {
			return err
		}
		c.OptedIn, c.OptInAt = true, w.now
		if err := w.tx.PutCustomer(c); err != nil {
			return err
		}
		if err := w.peopleEvent(EventCustomerOptIn, OrderID{}, nil, map[string]string{"customer": string(a.User)}); err != nil {
			return err
		}
		var orders []*Order // offers are active orders: the user's history is not read
		if err := w.tx.EachUserOrder(a.User, true, func(o *Order) (bool, error) {
			if o.Customer == a.User && o.Status == StatusOffered && !o.Shown {
				orders = append(orders, o)
			}
			return true, nil
		}); err != nil {
			return err
		}
		for _, o := range orders {
			o.Shown = true
			if err := w.tx.PutOrder(o); err != nil {
				return err
			}
			if err := w.event(EventOfferShown, o.ID, nil); err != nil {
				return err
			}
			if err := w.notify(o, o.Customer, NoticeOffer, nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// OptOut records STOP: no payment messages until the customer opts in again.
func (s *Service) OptOut(ctx context.Context, a Actor) error {
	if a.User == "" {
		return fmt.Errorf("opt-out without a user: %w", ErrInvalidRequest)
	}
	return s.do(ctx, a.MsgID, nil, func(w *work) error {
		c, err := w.customer(a.User)
		if err != nil {
			return err
		}
		c.OptedIn, c.OptOutAt = false, w.now
		if err := w.tx.PutCustomer(c); err != nil {
			return err
		}
		return w.peopleEvent(EventCustomerOptOut, OrderID{}, nil, map[string]string{"customer": string(a.User)})
	})
}

// customer returns the customer record, new if none.
func (w *work) customer(id WaID) (*Customer, error) {
	c, err := w.tx.Customer(id)
	if errors.Is(err, ErrNotFound) {
		return &Customer{WaID: id, CreatedAt: w.now}, nil
	}
	return c, err
}

func (w *work) merchant(id WaID) (*Merchant, error) {
	m, err := w.tx.Merchant(id)
	if errors.Is(err, ErrNotFound) {
		return nil, fmt.Errorf("%s: %w", w.s.mask.Mask(id), ErrNotMerchant)
	}
	return m, err
}

// RegisterMerchant registers the sender as a merchant, or changes their payout address (for
// offers made from now on: existing orders keep the terms they were made with).
func (s *Service) RegisterMerchant(ctx context.Context, a Actor, payout string) error {
	addr, err := s.cfg.Wallets.ValidatePayout(strings.TrimSpace(payout))
	if err != nil {
		if !errors.Is(err, ErrInvalidAddress) {
			err = fmt.Errorf("%w: %w", ErrInvalidAddress, err)
		}
		return err
	}
	return s.do(ctx, a.MsgID, nil, func(w *work) error {
		m, err := w.tx.Merchant(a.User)
		if errors.Is(err, ErrNotFound) {
			m, err = &Merchant{WaID: a.User, CreatedAt: w.now}, nil
		}
		if err != nil {
			return err
		}
		m.Payout = addr
		if err := w.tx.PutMerchant(m); err != nil {
			return err
		}
		return w.peopleEvent(EventMerchant, OrderID{}, map[string]string{"payout": addr}, map[string]string{"merchant": string(a.User)})
	})
}

// SetLoyaltyRule sets how the merchant's released orders earn points. The rule names its currency
// (a points-per-spend rule without one takes its spend's).
func (s *Service) SetLoyaltyRule(ctx context.Context, a Actor, r LoyaltyRule) error {
	if r.Currency.Symbol == "" && r.Stamps == 0 {
		r.Currency = r.Spend.Asset
	}
	if err := r.Validate(); err != nil {
		return err
	}
	return s.do(ctx, a.MsgID, nil, func(w *work) error {
		m, err := w.merchant(a.User)
		if err != nil {
			return err
		}
		m.Rule = &r
		if err := w.tx.PutMerchant(m); err != nil {
			return err
		}
		f := map[string]string{"currency": r.Currency.Symbol}
		if r.Stamps > 0 {
			f["stamps"] = fmt.Sprint(r.Stamps)
		} else {
			f["points"], f["spend"], f["asset"] = fmt.Sprint(r.Points), r.Spend.Amount.String(), r.Spend.Asset.Symbol
		}
		return w.peopleEvent(EventLoyaltyRule, OrderID{}, f, map[string]string{"merchant": string(a.User)})
	})
}

// ---------------------------------------------------------------------------------------------
// offers

// maxItems and maxQuantity bound an offer so a message cannot make a huge order record.
const (
	maxItems    = 50
	maxQuantity = 10_000
	maxText     = 1000
	maxItemName = 100 // characters, after CleanText
)

// cleanItems checks an offer's lines and cleans their names (CleanText): what the customer reads
// is exactly what the offer hash commits to.
func cleanItems(items []Item) ([]Item, error) {
	if len(items) == 0 || len(items) > maxItems {
		return nil, fmt.Errorf("an offer needs 1 to %d items: %w", maxItems, ErrInvalidRequest)
	}
	out := make([]Item, len(items))
	for i, it := range items {
		if len(it.Name) > 4*maxItemName || it.Quantity <= 0 || it.Quantity > maxQuantity {
			return nil, fmt.Errorf("item %d: a name of at most %d characters and a quantity of 1 to %d: %w", i+1, maxItemName, maxQuantity, ErrInvalidRequest)
		}
		it.Name = CleanText(it.Name, maxItemName)
		if it.Name == "" {
			return nil, fmt.Errorf("item %d: the name has no visible characters: %w", i+1, ErrInvalidRequest)
		}
		out[i] = it
	}
	return out, nil
}

// offerSpec is an offer to create, from chat or a catalog cart.
type offerSpec struct {
	merchant, customer WaID
	items              []Item
	total              Money
	deadline           time.Duration
	buyer, seller      string
}

// Offer creates an order offered by the sender to a customer. A customer who has not opted in is
// asked to first; the offer is shown when they reply YES. A customer who sent STOP is not asked.
func (s *Service) Offer(ctx context.Context, req OfferRequest) (OfferResult, error) {
	var res OfferResult
	spec, err := s.checkOffer(ctx, req.User, req.Customer, req.Items, req.Total, req.Deadline)
	if err != nil {
		return res, err
	}
	err = s.do(ctx, req.MsgID, &res, func(w *work) error {
		res = OfferResult{}
		o, err := w.createOffer(spec)
		if err != nil {
			return err
		}
		res.Order = o.View(RoleMerchant, "")
		res.AwaitingOptIn = !o.Shown
		return nil
	})
	return res, err
}

func (s *Service) checkOffer(ctx context.Context, merchant, customer WaID, items []Item, total Money, deadline time.Duration) (offerSpec, error) {
	if _, err := ParseWaID(string(customer)); err != nil {
		return offerSpec{}, err
	}
	if customer == merchant {
		return offerSpec{}, fmt.Errorf("a merchant cannot sell to themselves: %w", ErrInvalidRequest)
	}
	items, err := cleanItems(items)
	if err != nil {
		return offerSpec{}, err
	}
	if total.Amount == nil || total.Amount.Sign() <= 0 {
		return offerSpec{}, fmt.Errorf("total: %w", ErrAmountNotPos)
	}
	if total.Asset.Symbol == "" {
		return offerSpec{}, fmt.Errorf("total: %w", ErrUnknownAsset)
	}
	if deadline < 0 || deadline > s.cfg.MaxDeadline {
		return offerSpec{}, fmt.Errorf("delivery deadline %s, at most %s: %w", deadline, s.cfg.MaxDeadline, ErrInvalidRequest)
	}
	if deadline == 0 {
		deadline = s.cfg.DefaultDeadline
	}
	if err := CheckOrderLimit(nil, total, s.cfg.HardMaxOrder, s.cfg.HardMaxOrder); err != nil {
		return offerSpec{}, err // the hard limit, before any work; the merchant's own in createOffer
	}
	buyer, err := s.cfg.Wallets.CustodialAddress(ctx, s.commit.User(s.accountOf(ctx, customer)))
	if err != nil {
		return offerSpec{}, fmt.Errorf("custodial wallet: %w: %w", ErrUnavailable, err)
	}
	// The seller is the merchant's custodial wallet, not the payout address: the escrow lets only
	// the seller (or its signature) refund, and a merchant refunds from chat. Released money goes
	// to the payee, the payout address, in the release itself.
	seller, err := s.cfg.Wallets.CustodialAddress(ctx, "seller/"+s.commit.User(merchant))
	if err != nil {
		return offerSpec{}, fmt.Errorf("custodial wallet: %w: %w", ErrUnavailable, err)
	}
	// The deliver-by of the terms is on the chain's clock (the escrow refuses terms whose deadline is
	// not in the chain's future): refresh the estimate createOffer reads when it is stale. Without
	// the chain the estimate stands; the deadline's days of margin cover an estimate minutes old.
	if s.cfg.Clock.Now().Sub(time.Unix(0, s.chainRead.Load())) >= chainRefresh {
		_, _ = s.chainNow(ctx)
	}
	return offerSpec{merchant: merchant, customer: customer, items: items, total: total, deadline: deadline, buyer: buyer, seller: seller}, nil
}

func (w *work) createOffer(sp offerSpec) (*Order, error) {
	s := w.s
	m, err := w.merchant(sp.merchant) // a registered merchant only
	if err != nil {
		return nil, err
	}
	if err := CheckOrderLimit(m, sp.total, s.cfg.MaxOrder, s.cfg.HardMaxOrder); err != nil {
		return nil, err
	}
	c, err := w.customer(sp.customer)
	if err != nil {
		return nil, err
	}
	if !c.OptedIn && !c.OptOutAt.IsZero() {
		return nil, fmt.Errorf("customer sent STOP: %w", ErrNotOptedIn)
	}
	if err := w.tx.PutCustomer(c); err != nil {
		return nil, err
	}
	// The buyer wallet's owner, so deposits to it are told (and resume a payment waiting for them).
	if err := w.tx.PutWalletOwner(sp.buyer, w.account(sp.customer)); err != nil {
		return nil, err
	}
	total := Money{Asset: sp.total.Asset, Amount: new(big.Int).Set(sp.total.Amount)}
	discount := Money{Asset: total.Asset, Amount: new(big.Int)}
	v, err := w.tx.OpenVoucher(sp.customer, sp.merchant)
	switch {
	case errors.Is(err, ErrNotFound):
		v = nil
	case err != nil:
		return nil, err
	}
	if v != nil {
		var cur Asset
		if r := s.ruleOf(m); r != nil {
			cur = r.Currency
		}
		if d := v.discountFor(total, cur); d != nil && v.usable() {
			discount.Amount = d
		} else {
			v = nil // not burned yet, another currency or too small: the voucher waits for an order it fits
		}
	}
	salt, err := NewSalt()
	if err != nil {
		return nil, err
	}
	expires := w.now.Add(s.cfg.OfferTTL)
	// The offer's commitments are scoped to its salt, like the journal's to the order: an offer
	// shown to prove its hash names nobody across orders.
	ok := s.commit.ScopeKey(salt)
	offer := Offer{Salt: salt, Merchant: ScopedCommit(ok, "merchant", string(sp.merchant)), Customer: ScopedCommit(ok, "customer", string(sp.customer)),
		Items: sp.items, Total: total.Amount.String(), Discount: discount.Amount.String(), Asset: total.Asset.Symbol, At: w.now.Unix()}
	raw, err := json.Marshal(offer)
	if err != nil {
		return nil, err
	}
	payee := m.Payout
	if payee == "" {
		payee = sp.seller // no payout address registered: the share stays in the seller wallet
	}
	terms := Terms{
		Seller: sp.seller, Payee: payee, Buyer: sp.buyer, Token: total.Asset.Token,
		Amount:   new(big.Int).Sub(total.Amount, discount.Amount),
		Attester: s.cfg.Attester.Address(),
		// The deadline counts from the offer's expiry: the terms (and so the order id) are fixed
		// when the offer is made, and paying late must not shorten the merchant's time. It is on
		// the chain's clock, which the escrow checks it against.
		DeliverBy:        s.chainEstimate(w.now).Add(s.cfg.OfferTTL + sp.deadline).Truncate(time.Second),
		InspectionPeriod: s.cfg.Inspection,
		OfferHash:        sha256.Sum256(raw),
	}
	id, err := s.cfg.Escrow.OrderID(terms)
	if err != nil {
		return nil, fmt.Errorf("order id: %w", err)
	}
	o := &Order{
		ID: id, Merchant: sp.merchant, Customer: sp.customer, Items: append([]Item(nil), sp.items...),
		Total: total, Discount: discount, Terms: terms, Offer: offer, Status: StatusOffered, Shown: c.OptedIn,
		MerchantName: m.Name, FeeBps: s.cfg.FeeBps,
		Committed: map[string]string{"customer": string(w.account(sp.customer)), "merchant": string(sp.merchant)},
		CreatedAt: w.now, UpdatedAt: w.now, OfferExpires: expires,
		Steps: []Step{{Status: StatusOffered, At: w.now}},
	}
	if v != nil {
		v.UsedBy = id
		if err := w.tx.PutVoucher(v); err != nil {
			return nil, err
		}
		o.Voucher = v
		if err := w.event(EventVoucherApplied, id, map[string]string{"points": fmt.Sprint(v.Points), "discount": discount.Amount.String()}); err != nil {
			return nil, err
		}
	}
	if err := w.tx.PutOrder(o); err != nil {
		return nil, err
	}
	if err := w.peopleEvent(EventOfferCreated, id, map[string]string{
		"asset": total.Asset.Symbol, "token": total.Asset.Token,
		"total": offer.Total, "discount": offer.Discount, "amount": terms.Amount.String(),
		"deliver_by": terms.DeliverBy.UTC().Format(time.RFC3339), "offer_hash": hex.EncodeToString(terms.OfferHash[:]),
	}, o.Committed); err != nil {
		return nil, err
	}
	if o.Shown {
		return o, w.notify(o, o.Customer, NoticeOffer, nil)
	}
	return o, w.notify(o, o.Customer, NoticeOptInRequest, nil)
}

// CatalogOrder turns a WhatsApp catalog cart into an offer from the catalog's merchant to the
// sender, priced from the merchant's own catalog.
func (s *Service) CatalogOrder(ctx context.Context, req CatalogOrderRequest) (OfferResult, error) {
	var res OfferResult
	if s.cfg.Catalog == nil {
		return res, fmt.Errorf("catalog orders: %w", ErrNoCatalog)
	}
	if len(req.Items) == 0 || len(req.Items) > maxItems {
		return res, fmt.Errorf("empty cart: %w", ErrInvalidRequest)
	}
	var merchant WaID
	var total Money
	items := make([]Item, 0, len(req.Items))
	for _, ci := range req.Items {
		m, name, price, err := s.cfg.Catalog.Lookup(ctx, req.CatalogID, ci.RetailerID)
		if err != nil {
			return res, err
		}
		if ci.Quantity <= 0 || ci.Quantity > maxQuantity {
			return res, fmt.Errorf("quantity %d: %w", ci.Quantity, ErrInvalidRequest)
		}
		if merchant == "" {
			merchant, total = m, Money{Asset: price.Asset, Amount: new(big.Int)}
		}
		if m != merchant || price.Asset.Symbol != total.Asset.Symbol {
			return res, fmt.Errorf("cart mixes merchants or currencies: %w", ErrInvalidRequest)
		}
		if sent, err := ParseAmount(ci.Price, price.Asset.Decimals); err == nil && sent.Cmp(price.Amount) != 0 {
			return res, fmt.Errorf("price of %s changed: %w", ci.RetailerID, ErrInvalidRequest)
		}
		total.Amount.Add(total.Amount, new(big.Int).Mul(price.Amount, big.NewInt(int64(ci.Quantity))))
		items = append(items, Item{Name: name, RetailerID: ci.RetailerID, Quantity: ci.Quantity})
	}
	spec, err := s.checkOffer(ctx, merchant, req.User, items, total, 0)
	if err != nil {
		return res, err
	}
	err = s.do(ctx, req.MsgID, &res, func(w *work) error {
		res = OfferResult{}
		o, err := w.createOffer(spec)
		if err != nil {
			return err
		}
		res.Order = o.View(RoleCustomer, s.payURL(o))
		res.AwaitingOptIn = !o.Shown
		return nil
	})
	return res, err
}

// reopenVoucher gives back the voucher of an order that will never be paid.
func (w *work) reopenVoucher(o *Order) error {
	if o.Voucher == nil {
		return nil
	}
	v := *o.Voucher
	v.UsedBy = OrderID{}
	if open, err := w.tx.OpenVoucher(v.Customer, v.Merchant); err == nil && !open.Cancelled {
		// Redeemed again meanwhile: merge, so no point is lost.
		open.Points += v.Points
		if open.Value.Amount != nil && v.Value.Amount != nil {
			open.Value.Amount = new(big.Int).Add(open.Value.Amount, v.Value.Amount)
		}
		open.Stamps = open.Stamps || v.Stamps
		open.Burned = open.Burned && v.Burned // applies once both burns are done
		return w.tx.PutVoucher(open)
	} else if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	return w.tx.PutVoucher(&v)
}

// Decline is the customer saying no to an offer.
func (s *Service) Decline(ctx context.Context, a Actor, ref OrderRef) (OrderView, error) {
	var res OrderView
	err := s.do(ctx, a.MsgID, &res, func(w *work) error {
		o, role, err := w.find(a.User, ref)
		if err != nil {
			return err
		}
		if role != RoleCustomer {
			return forbidden(role, "decline")
		}
		if err := o.require(StatusDeclined); err != nil {
			return err
		}
		if err := w.move(o, StatusDeclined, "", nil); err != nil {
			return err
		}
		if err := w.reopenVoucher(o); err != nil {
			return err
		}
		res = o.View(role, "")
		return w.notify(o, o.Merchant, NoticeDeclined, nil)
	})
	return res, err
}

// Pay starts the payment: from the custodial wallet (an escrow fund intent), or by handing the
// customer the payment link (the order is paid when the chain says it is funded).
func (s *Service) Pay(ctx context.Context, a Actor, ref OrderRef) (PayResult, error) {
	var res PayResult
	err := s.do(ctx, a.MsgID, &res, func(w *work) error {
		o, role, err := w.find(a.User, ref)
		if err != nil {
			return err
		}
		if role != RoleCustomer {
			return forbidden(role, "pay")
		}
		c, err := w.customer(a.User)
		if err != nil {
			return err
		}
		if !c.OptedIn {
			return ErrNotOptedIn
		}
		if err := o.require(StatusPaying); err != nil {
			return err
		}
		if !w.now.Before(o.OfferExpires) {
			return &TransitionError{From: o.Status, To: StatusPaying, Reason: "the offer expired"}
		}
		res = PayResult{Method: s.cfg.PayMethod}
		if s.cfg.PayMethod == PayLink {
			o.Method = PayLink
			if err := w.tx.PutOrder(o); err != nil {
				return err
			}
			res.URL = s.payURL(o)
			res.Order = o.View(role, res.URL)
			return nil
		}
		o.Method = PayCustodial
		if err := w.move(o, StatusPaying, "", nil); err != nil {
			return err
		}
		if err := w.escrow(o, IntentFund, intentPayload{}); err != nil {
			return err
		}
		res.Order = o.View(role, "")
		return nil
	})
	return res, err
}

// ---------------------------------------------------------------------------------------------
// reading

// Status shows one order to a participant.
func (s *Service) Status(ctx context.Context, a Actor, ref OrderRef) (OrderView, error) {
	var res OrderView
	err := s.view(ctx, func(tx Tx) error {
		o, role, err := findOrder(tx, a.User, ref)
		if err != nil {
			return err
		}
		res = o.View(role, s.payURL(o))
		return nil
	})
	return res, err
}

// Payment is an order as its payment page shows it.
type Payment struct {
	Order    OrderView // as its customer sees it
	Customer WaID      // whose language the page speaks; never shown
	Terms    Terms     // Buyer is the customer's custodial wallet, where own-wallet money is sent
}

// Payment returns an order for its payment page, which is reached by the order's id alone (the
// link sent to the customer); the page shows no personal data.
func (s *Service) Payment(ctx context.Context, id OrderID) (Payment, error) {
	var res Payment
	err := s.view(ctx, func(tx Tx) error {
		o, err := tx.Order(id)
		if err != nil {
			return err
		}
		res = Payment{Order: o.View(RoleCustomer, s.payURL(o)), Customer: o.Customer, Terms: o.Terms}
		return nil
	})
	return res, err
}

// History lists the user's orders, newest first.
func (s *Service) History(ctx context.Context, a Actor, limit int) ([]OrderView, error) {
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	var res []OrderView
	err := s.view(ctx, func(tx Tx) error {
		orders, err := tx.UserOrders(a.User, limit)
		if err != nil {
			return err
		}
		res = make([]OrderView, 0, len(orders))
		for _, o := range orders {
			// The index keeps a courier's entry after the order is given to another: skip it.
			if r := o.Role(a.User); r != "" {
				res = append(res, o.View(r, s.payURL(o)))
			}
		}
		return nil
	})
	return res, err
}

// Receipt shows an order with every recorded step and its explorer link.
func (s *Service) Receipt(ctx context.Context, a Actor, ref OrderRef) (Receipt, error) {
	var res Receipt
	err := s.view(ctx, func(tx Tx) error {
		o, role, err := findOrder(tx, a.User, ref)
		if err != nil {
			return err
		}
		res.Order = o.View(role, s.payURL(o))
		for _, st := range o.Steps {
			l := ReceiptLine{Status: st.Status, At: st.At}
			if st.TxHash != "" {
				l.TxURL = s.cfg.Escrow.TxURL(st.TxHash)
			}
			res.Lines = append(res.Lines, l)
		}
		return nil
	})
	return res, err
}

// ---------------------------------------------------------------------------------------------
// after payment

// ConfirmReceipt releases the escrow to the merchant at once (confirmReceipt as the buyer).
func (s *Service) ConfirmReceipt(ctx context.Context, a Actor, ref OrderRef) (OrderView, error) {
	return s.orderAction(ctx, a, ref, func(w *work, o *Order, role Role) error {
		if role != RoleCustomer {
			return forbidden(role, "confirm receipt")
		}
		if err := o.require(StatusReleased); err != nil {
			return err
		}
		return w.escrow(o, IntentConfirm, intentPayload{})
	})
}

// orderAction is the common shape of a participant's action on one order.
func (s *Service) orderAction(ctx context.Context, a Actor, ref OrderRef, fn func(w *work, o *Order, role Role) error) (OrderView, error) {
	var res OrderView
	err := s.do(ctx, a.MsgID, &res, func(w *work) error {
		o, role, err := w.find(a.User, ref)
		if err != nil {
			return err
		}
		if err := fn(w, o, role); err != nil {
			return err
		}
		res = o.View(role, s.payURL(o))
		return nil
	})
	return res, err
}

// Dispute opens a dispute (dispute as the buyer). Before delivery, or during inspection.
func (s *Service) Dispute(ctx context.Context, req DisputeRequest) (OrderView, error) {
	reason := CleanText(req.Reason, maxText)
	if reason == "" || len(req.Reason) > 4*maxText {
		return OrderView{}, fmt.Errorf("a dispute needs a reason of at most %d characters: %w", maxText, ErrInvalidRequest)
	}
	return s.orderAction(ctx, req.Actor, req.Order, func(w *work, o *Order, role Role) error {
		if role != RoleCustomer {
			return forbidden(role, "open a dispute")
		}
		if err := o.require(StatusDisputed); err != nil {
			return err
		}
		if o.Status == StatusDelivered && !w.now.Before(o.ReleasableAt) {
			return &TransitionError{From: o.Status, To: StatusDisputed, Reason: "the inspection window is over"}
		}
		o.Dispute = &Dispute{Reason: reason, ReasonHash: hashText(reason), OpenedAt: w.now}
		return w.escrow(o, IntentDispute, intentPayload{ReasonHash: o.Dispute.ReasonHash})
	})
}

// AddEvidence attaches a photo hash to an open dispute.
func (s *Service) AddEvidence(ctx context.Context, req EvidenceRequest) error {
	if req.PhotoSHA256 == ([32]byte{}) {
		return fmt.Errorf("evidence without a photo: %w", ErrInvalidRequest)
	}
	_, err := s.orderAction(ctx, req.Actor, req.Order, func(w *work, o *Order, role Role) error {
		if role != RoleCustomer && role != RoleMerchant {
			return forbidden(role, "add evidence")
		}
		if o.Dispute == nil || (o.Status != StatusDisputed && o.Pending != IntentDispute) {
			return &TransitionError{From: o.Status, To: StatusDisputed, Reason: "no open dispute"}
		}
		o.Dispute.Evidence = append(o.Dispute.Evidence, req.PhotoSHA256)
		if err := w.tx.PutOrder(o); err != nil {
			return err
		}
		return w.event(EventEvidence, o.ID, map[string]string{"by": string(role), "photo_sha256": hex.EncodeToString(req.PhotoSHA256[:])})
	})
	return err
}

// Refund is a customer's request (the merchant decides, or the deadline does) or a merchant's
// refund (refund as the seller, any time before release).
func (s *Service) Refund(ctx context.Context, a Actor, ref OrderRef) (RefundResult, error) {
	var res RefundResult
	err := s.do(ctx, a.MsgID, &res, func(w *work) error {
		res = RefundResult{}
		o, role, err := w.find(a.User, ref)
		if err != nil {
			return err
		}
		switch role {
		case RoleCustomer:
			if err := o.require(StatusRefundRequested); err != nil {
				return err
			}
			if err := w.move(o, StatusRefundRequested, "", nil); err != nil {
				return err
			}
			if err := w.notify(o, o.Merchant, NoticeRefundRequested, nil); err != nil {
				return err
			}
			res.Requested = true
		case RoleMerchant:
			if err := o.require(StatusRefunded); err != nil {
				return err
			}
			if err := w.escrow(o, IntentRefund, intentPayload{}); err != nil {
				return err
			}
		default:
			return forbidden(role, "refund")
		}
		res.Order = o.View(role, "")
		return nil
	})
	return res, err
}

// AnswerDispute is the merchant accepting a dispute (a full refund) or making a statement for the
// arbiter.
func (s *Service) AnswerDispute(ctx context.Context, req DisputeAnswer) (OrderView, error) {
	st := CleanText(req.Statement, maxText)
	if !req.Accept && (st == "" || len(req.Statement) > 4*maxText) {
		return OrderView{}, fmt.Errorf("a statement of at most %d characters: %w", maxText, ErrInvalidRequest)
	}
	return s.orderAction(ctx, req.Actor, req.Order, func(w *work, o *Order, role Role) error {
		if role != RoleMerchant {
			return forbidden(role, "answer a dispute")
		}
		if o.Status != StatusDisputed {
			return &TransitionError{From: o.Status, To: StatusResolved, Reason: "no open dispute"}
		}
		if req.Accept {
			if err := o.require(StatusRefunded); err != nil {
				return err
			}
			return w.escrow(o, IntentRefund, intentPayload{})
		}
		o.Dispute.Statement = st
		if err := w.tx.PutOrder(o); err != nil {
			return err
		}
		h := hashText(st)
		return w.event(EventStatement, o.ID, map[string]string{"statement_sha256": hex.EncodeToString(h[:])})
	})
}

// MarkShipped is the merchant saying the goods are on their way.
func (s *Service) MarkShipped(ctx context.Context, a Actor, ref OrderRef) (OrderView, error) {
	return s.orderAction(ctx, a, ref, func(w *work, o *Order, role Role) error {
		if role != RoleMerchant {
			return forbidden(role, "mark shipped")
		}
		if err := o.require(StatusShipped); err != nil {
			return err
		}
		if err := w.move(o, StatusShipped, "", nil); err != nil {
			return err
		}
		return w.notify(o, o.Customer, NoticeShipped, nil)
	})
}

// deliverySkew is how far in the future a phone's clock may put a photo.
const deliverySkew = 5 * time.Minute

// SubmitDelivery records a courier's proof, has the attester sign the EIP-712 Delivery and asks
// the escrow to record it (deliver). Only the merchant and its couriers may submit (see
// deliverer: the assigned courier, or any named one when none is assigned), by the short
// reference or the full id; anyone else is refused before anything is signed or stored.
func (s *Service) SubmitDelivery(ctx context.Context, p DeliveryProof) (OrderView, error) {
	if p.PhotoSHA256 == ([32]byte{}) || p.TakenAt.IsZero() {
		return OrderView{}, fmt.Errorf("a delivery needs a photo and its time: %w", ErrInvalidRequest)
	}
	var res OrderView
	err := s.do(ctx, p.MsgID, &res, func(w *work) error {
		o, role, err := w.deliverer(p.User, p.Order)
		if err != nil {
			return err
		}
		if err := o.require(StatusDelivered); err != nil {
			return err
		}
		at := p.TakenAt.UTC().Truncate(time.Second)
		if at.After(w.now.Add(deliverySkew)) {
			return fmt.Errorf("photo taken in the future: %w", ErrInvalidRequest)
		}
		// The escrow refuses a deliveredAt after the block's time: date it no later than the
		// chain's clock as last seen (no network here; the worker checks the chain itself
		// before sending and signs again if the chain is behind).
		if chain := s.chainEstimate(w.now).Truncate(time.Second); at.After(chain) {
			at = chain
		}
		if at.After(o.Terms.DeliverBy) {
			return &TransitionError{From: o.Status, To: StatusDelivered, Reason: "after the delivery deadline"}
		}
		proof := proofHash(p.PhotoSHA256, at, p.Location)
		sig, err := s.cfg.Attester.SignDelivery(ctx, o.ID, proof, at)
		if err != nil {
			return fmt.Errorf("attestation: %w: %w", ErrUnavailable, err)
		}
		courier := p.User
		if role == RoleMerchant {
			courier = ""
		}
		o.Delivery = &Delivery{Courier: courier, PhotoSHA256: p.PhotoSHA256, MediaID: p.MediaID, TakenAt: at,
			Location: p.Location, ProofHash: proof, Signature: sig, By: role, SubmittedAt: w.now}
		if err := w.event(EventDeliverySubmit, o.ID, map[string]string{
			"by": string(role), "photo_sha256": hex.EncodeToString(p.PhotoSHA256[:]),
			"proof_hash": hex.EncodeToString(proof[:]), "delivered_at": at.Format(time.RFC3339),
		}); err != nil {
			return err
		}
		if err := w.escrow(o, IntentDeliver, intentPayload{Attestation: &Attestation{ProofHash: proof, DeliveredAt: at, Signature: sig}}); err != nil {
			return err
		}
		res = o.View(role, "")
		return nil
	})
	return res, err
}

// proofHash is what the attestation signs: the photo's sha256, the delivery time and, when the
// phone sent one, the location exactly as received. No personal data: only a hash goes on-chain.
func proofHash(photo [32]byte, at time.Time, loc *Location) [32]byte {
	h := sha256.New()
	h.Write([]byte("souq.delivery.v1"))
	h.Write(photo[:])
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(at.Unix()))
	h.Write(b[:])
	if loc != nil {
		for _, s := range []string{loc.Latitude, loc.Longitude, loc.Name, loc.Address} {
			binary.BigEndian.PutUint64(b[:], uint64(len(s)))
			h.Write(b[:])
			h.Write([]byte(s))
		}
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

// Resolve is the arbiter's decision on a dispute: buyerAmount goes back to the customer, the rest
// to the merchant (less the fee). Full refund: buyerAmount = the escrowed amount; none: zero. The
// amount must be in the order's currency (a zero may leave the currency out), between zero and
// what the escrow holds; anything else is ErrInvalidRequest naming both, and nothing happens.
func (s *Service) Resolve(ctx context.Context, id OrderID, buyerAmount Money, note string) (OrderView, error) {
	var res OrderView
	if buyerAmount.Amount == nil || buyerAmount.Amount.Sign() < 0 {
		return res, fmt.Errorf("buyer amount must be zero or more: %w", ErrInvalidRequest)
	}
	if len(note) > 4*maxText {
		return res, fmt.Errorf("note longer than %d: %w", maxText, ErrInvalidRequest)
	}
	note = CleanText(note, maxText)
	err := s.do(ctx, "", nil, func(w *work) error {
		o, err := w.tx.Order(id)
		if err != nil {
			return err
		}
		held := o.Amount()
		a := buyerAmount.Asset
		same := sameAsset(a, held.Asset) && strings.EqualFold(a.Token, held.Asset.Token) && a.Decimals == held.Asset.Decimals
		if a.Symbol == "" && buyerAmount.Amount.Sign() != 0 || a.Symbol != "" && !same {
			cur := held.Asset.Symbol
			if sameAsset(a, held.Asset) { // one symbol, two assets: name the one the escrow holds
				cur = fmt.Sprintf("%s (token %q, %d decimals)", cur, held.Asset.Token, held.Asset.Decimals)
			}
			return fmt.Errorf("buyer amount %s is not in the order's currency %s: %w", buyerAmount, cur, ErrInvalidRequest)
		}
		amount := buyerAmount.Amount
		if amount.Cmp(held.Amount) > 0 {
			return fmt.Errorf("buyer amount %s exceeds the %s the escrow holds: %w", Money{Asset: held.Asset, Amount: amount}, held, ErrInvalidRequest)
		}
		// The same decision again (a retry after a lost answer) is the one decision: answered as
		// the first was. Another decision on a decided dispute stays a conflict.
		if d := o.Dispute; d != nil && d.BuyerAmount != nil && d.BuyerAmount.Cmp(amount) == 0 && d.Note == note &&
			(o.Pending == IntentResolve || o.Status == StatusResolved) {
			res = o.View("", "")
			return nil
		}
		if err := o.require(StatusResolved); err != nil {
			return err
		}
		// The escrow refuses a resolution from the arbiter's deadline on (ArbiterDeadlinePassed):
		// say so now rather than send a transaction that must fail.
		if by := o.decideBy(); !by.IsZero() && !w.s.chainEstimate(w.now).Before(by) {
			return &TransitionError{From: o.Status, To: StatusResolved, Reason: "the arbiter's deadline passed at " + by.UTC().Format(time.RFC3339) + "; the buyer is refunded in full"}
		}
		o.Dispute.BuyerAmount = new(big.Int).Set(amount)
		o.Dispute.Note = note
		h := hashText(note)
		if err := w.event(EventResolveDecision, o.ID, map[string]string{"buyer_amount": amount.String(), "note_sha256": hex.EncodeToString(h[:])}); err != nil {
			return err
		}
		if err := w.escrow(o, IntentResolve, intentPayload{BuyerAmount: amount}); err != nil {
			return err
		}
		res = o.View("", "")
		return nil
	})
	return res, err
}

// SetMerchantProfile sets the name the merchant's customers see with each offer from now on, and
// its per-currency order limits (at most the hard limit). It returns the profile as stored.
func (s *Service) SetMerchantProfile(ctx context.Context, a Actor, p MerchantProfile) (MerchantProfile, error) {
	name := CleanText(p.Name, maxMerchantName)
	if name == "" {
		return MerchantProfile{}, fmt.Errorf("%w: %w", errNoName, ErrInvalidRequest)
	}
	seen := map[string]bool{}
	for _, l := range p.MaxOrder {
		if l.Amount == nil || l.Amount.Sign() <= 0 || l.Asset.Symbol == "" || seen[l.Asset.Symbol] {
			return MerchantProfile{}, fmt.Errorf("order limits: one positive amount per currency: %w", ErrInvalidRequest)
		}
		seen[l.Asset.Symbol] = true
		if hard := wholeUnits(l.Asset, s.cfg.HardMaxOrder); l.Amount.Cmp(hard) > 0 {
			return MerchantProfile{}, &LimitError{Total: l, Limit: Money{Asset: l.Asset, Amount: hard}, Hard: true}
		}
	}
	var out MerchantProfile
	err := s.do(ctx, a.MsgID, &out, func(w *work) error {
		m, err := w.merchant(a.User)
		if err != nil {
			return err
		}
		m.Name = name
		if p.MaxOrder != nil { // nil keeps the limits set before (chat sets the name only)
			m.MaxOrder = p.MaxOrder
		}
		out = MerchantProfile{Name: m.Name, MaxOrder: m.MaxOrder}
		if err := w.tx.PutMerchant(m); err != nil {
			return err
		}
		f := map[string]string{}
		for _, l := range m.MaxOrder {
			f["max_order_"+l.Asset.Symbol] = l.Amount.String()
		}
		return w.peopleEvent(EventMerchant, OrderID{}, f, map[string]string{"merchant": string(a.User), "name": name})
	})
	return out, err
}

// ---------------------------------------------------------------------------------------------
// loyalty

// latestMerchant is the merchant of the customer's newest order: "points" and "redeem" in chat
// concern the merchant the customer last bought from (each merchant has its own token).
func latestMerchant(tx Tx, customer WaID) (*Merchant, error) {
	var merchant WaID
	if err := tx.EachUserOrder(customer, false, func(o *Order) (bool, error) {
		if o.Customer == customer {
			merchant = o.Merchant
		}
		return merchant == "", nil
	}); err != nil {
		return nil, err
	}
	if merchant == "" {
		return nil, fmt.Errorf("no orders yet: %w", ErrNotFound)
	}
	return tx.Merchant(merchant)
}

// Points is the customer's balance with the merchant they last bought from, less points held by
// a voucher not yet burned, and the points their paid, unreleased orders will earn.
func (s *Service) Points(ctx context.Context, a Actor) (PointsBalance, error) {
	var res PointsBalance
	var m *Merchant
	var reserved int64
	err := s.view(ctx, func(tx Tx) error {
		var err error
		m, err = latestMerchant(tx, a.User)
		if err != nil {
			return err
		}
		rule := s.ruleOf(m)
		if rule != nil {
			res.Currency = rule.Currency.Symbol
		}
		if v, err := tx.OpenVoucher(a.User, m.WaID); err == nil && !v.Burned && !v.Cancelled {
			reserved = v.Points // still on the ledger until the burn closes
			res.Redeeming = v.Points
		}
		return tx.EachUserOrder(a.User, true, func(o *Order) (bool, error) {
			switch o.Status {
			case StatusPaid, StatusShipped, StatusDelivered, StatusRefundRequested:
				if o.Customer == a.User && o.Merchant == m.WaID && rule != nil {
					res.Pending += rule.Earns(o.Amount())
				}
			}
			return true, nil
		})
	})
	if errors.Is(err, ErrNotFound) {
		return PointsBalance{}, nil
	}
	if err != nil {
		return res, err
	}
	bal, err := s.cfg.Loyalty.Balance(ctx, s.commit.User(s.accountOf(ctx, a.User)), s.commit.User(m.WaID))
	if err != nil {
		return res, fmt.Errorf("points: %w: %w", ErrUnavailable, err)
	}
	res.Points = max(bal-reserved, 0)
	return res, nil
}

// Redeem burns points for a voucher on the customer's next order with the merchant they last
// bought from, in the rule's currency. One open voucher at a time. It answers once the burn is
// queued (RedeemResult.Burned false); the voucher applies once the burn closes on the ledger, and
// the customer is told then (NoticePointsRedeemed), or told it failed (NoticeRedeemFailed).
func (s *Service) Redeem(ctx context.Context, a Actor, points int64) (RedeemResult, error) {
	var res RedeemResult
	if points <= 0 {
		return res, fmt.Errorf("redeem %d points: %w", points, ErrInvalidRequest)
	}
	if a.MsgID != "" { // a replay must not be re-checked against the lowered balance
		var done bool
		if err := s.view(ctx, func(tx Tx) error {
			raw, ok, err := tx.Processed("msg/" + a.MsgID)
			if ok {
				done = true
				if err := decodeResult(raw, &res); err != nil {
					return err
				}
				res.Burned = burned(tx, a.User, res.Voucher)
			}
			return err
		}); err != nil || done {
			return res, err
		}
	}
	bal, err := s.Points(ctx, a)
	if err != nil {
		return res, err
	}
	if points > bal.Points {
		return res, fmt.Errorf("redeem %d of %d: %w", points, bal.Points, ErrInsufficientPoints)
	}
	err = s.do(ctx, a.MsgID, &res, func(w *work) error {
		m, err := latestMerchant(w.tx, a.User)
		if err != nil {
			return err
		}
		rule := s.ruleOf(m)
		if rule == nil {
			return fmt.Errorf("the merchant has no loyalty program: %w", ErrInvalidRequest)
		}
		if open, err := w.tx.OpenVoucher(a.User, m.WaID); err == nil && !open.Cancelled {
			return fmt.Errorf("a voucher is already waiting for your next order: %w", ErrInvalidRequest)
		} else if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		salt, err := NewSalt()
		if err != nil {
			return err
		}
		v := &Voucher{ID: hex.EncodeToString(salt[:8]), Customer: a.User, Merchant: m.WaID, Points: points, CreatedAt: w.now,
			Value: rule.PointValue()}
		if rule.Stamps > 0 {
			if points != 1 {
				return fmt.Errorf("a stamp card reward is redeemed one at a time: %w", ErrInvalidRequest)
			}
			v.Stamps = true
		} else {
			v.Value.Amount.Mul(v.Value.Amount, big.NewInt(points))
		}
		if err := w.tx.PutVoucher(v); err != nil {
			return err
		}
		cust, merch := s.commit.User(w.account(a.User)), s.commit.User(m.WaID)
		if err := w.peopleEvent(EventPointsRedeemed, OrderID{}, map[string]string{"points": fmt.Sprint(points), "voucher": v.ID},
			map[string]string{"customer": string(a.User), "merchant": string(m.WaID)}); err != nil {
			return err
		}
		if err := w.enqueue(IntentRedeem, "loyalty.redeem/"+v.ID, OrderID{}, intentPayload{Customer: cust, Merchant: merch, Points: points, VoucherOf: [2]WaID{a.User, m.WaID}, Voucher: v.ID}); err != nil {
			return err
		}
		res = RedeemResult{Redeemed: points, Balance: bal.Points - points, Discount: v.Value, Stamps: v.Stamps, Voucher: v.ID}
		return nil
	})
	if err != nil {
		return res, err
	}
	return res, s.view(ctx, func(tx Tx) error { // the burn may have closed already: say so
		res.Burned = burned(tx, a.User, res.Voucher)
		return nil
	})
}

// burned reports whether the customer's voucher of that id has its points burned (applied vouchers
// were burned before they applied).
func burned(tx Tx, customer WaID, voucherID string) bool {
	// Newest first: the voucher was bought just now, so it is found among the first orders.
	var found, out bool
	seen := map[WaID]bool{}
	_ = tx.EachUserOrder(customer, false, func(o *Order) (bool, error) {
		if o.Voucher != nil && o.Voucher.ID == voucherID {
			found, out = true, o.Voucher.Burned
		} else if o.Customer == customer && !seen[o.Merchant] {
			seen[o.Merchant] = true
			if v, err := tx.OpenVoucher(customer, o.Merchant); err == nil && v.ID == voucherID {
				found, out = true, v.Burned
			}
		}
		return !found, nil
	})
	return out
}
