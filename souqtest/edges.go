package souqtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/souqchain/souq"
)

// Clock is a wall clock a test moves by hand.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock at t.
func NewClock(t time.Time) *Clock { return &Clock{now: t} }

// Now implements souq.Clock.
func (c *Clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

// Add moves the clock forward.
func (c *Clock) Add(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

// ChainClock is the escrow chain's clock: the newest block's time, a lag behind the wall clock
// (a chain seals blocks every few seconds; a dev chain left idle lags more), in whole seconds as
// block timestamps are.
type ChainClock struct {
	Wall  souq.Clock
	mu    sync.Mutex
	lag   time.Duration
	calls int
}

// ChainNow implements souq.ChainClock.
func (c *ChainClock) ChainNow(context.Context) (time.Time, error) {
	c.mu.Lock()
	c.calls++
	c.mu.Unlock()
	return c.Now(), nil
}

// Now is the chain's time without counting a call (the fake contract's block.timestamp).
func (c *ChainClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Wall.Now().Add(-c.lag).Truncate(time.Second)
}

// SetLag sets how far the chain's newest block is behind the wall clock.
func (c *ChainClock) SetLag(d time.Duration) { c.mu.Lock(); c.lag = d; c.mu.Unlock() }

// Calls is how many times the service asked the chain for its time.
func (c *ChainClock) Calls() int { c.mu.Lock(); defer c.mu.Unlock(); return c.calls }

// Attester signs deliveries with a fixed address (a signature is a hash of what it signs).
type Attester struct{}

// Address implements souq.Attester.
func (Attester) Address() string { return "0x00000000000000000000000000000000000000a7" }

// SignDelivery implements souq.Attester.
func (Attester) SignDelivery(_ context.Context, id souq.OrderID, proof [32]byte, at time.Time) ([]byte, error) {
	s := sha256.Sum256(append(append(id[:], proof[:]...), []byte(at.String())...))
	return s[:], nil
}

// Wallets derives a custodial address per customer commitment and validates payout addresses as
// keys.Book does: an EVM address, returned lower-cased, anything else wrapping ErrInvalidAddress.
type Wallets struct{}

// CustodialAddress implements souq.Wallets.
func (Wallets) CustodialAddress(_ context.Context, c string) (string, error) {
	sum := sha256.Sum256([]byte(c))
	return "0x" + hex.EncodeToString(sum[:20]), nil
}

// ValidatePayout implements souq.Wallets.
func (Wallets) ValidatePayout(a string) (string, error) {
	if len(a) != 42 || !strings.HasPrefix(a, "0x") {
		return "", fmt.Errorf("%q: %w", a, souq.ErrInvalidAddress)
	}
	if _, err := hex.DecodeString(a[2:]); err != nil {
		return "", fmt.Errorf("%q: %w", a, souq.ErrInvalidAddress)
	}
	return strings.ToLower(a), nil
}

// Loyalty behaves as chain/stellar's Loyalty adapter: points by the rule (a stamp card gives a
// point on every Stamps-th order), one earning and one burn per key, an earning in another
// currency than the rule's refused for good, a burn beyond the balance refused with
// ErrInsufficientPoints, and a burn not closed yet answered with ErrRetryLater.
type Loyalty struct {
	mu       sync.Mutex
	balances map[string]int64 // customer|merchant commitments
	stamps   map[string]int64
	keys     map[string]int64
	earns    int

	refuseRedeem bool   // the ledger refuses every burn, as when the points are no longer there
	redeemDown   error  // every burn fails with it, as when Horizon is unreachable (outcome unknown)
	underway     bool   // burns are submitted but their ledger has not closed
	every        *int64 // SetEvery: the balance of accounts the ledger never saw
}

// NewLoyalty returns an empty ledger.
func NewLoyalty() *Loyalty {
	return &Loyalty{balances: map[string]int64{}, stamps: map[string]int64{}, keys: map[string]int64{}}
}

// Earn implements souq.Loyalty.
func (l *Loyalty) Earn(_ context.Context, key string, e souq.Earning) (souq.Earned, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if p, ok := l.keys[key]; ok {
		return souq.Earned{Points: p, TxURL: LedgerTx(key)}, nil
	}
	if !e.Rule.In(e.Amount.Asset) {
		return souq.Earned{}, fmt.Errorf("earn %s: order in %q, rule in %q: %w", key, e.Amount.Asset.Symbol, e.Rule.Currency.Symbol, souq.ErrRefused)
	}
	p := e.Rule.Earns(e.Amount)
	if e.Rule.Stamps > 0 {
		k := e.Customer + "|" + e.Merchant
		l.stamps[k]++
		if l.stamps[k] == int64(e.Rule.Stamps) {
			l.stamps[k], p = 0, 1
		}
	}
	l.keys[key] = p
	l.balances[e.Customer+"|"+e.Merchant] += p
	l.earns++
	return souq.Earned{Points: p, TxURL: LedgerTx(key)}, nil
}

// LedgerTx is the ledger link of an earning, one per key as the Stellar adapter's.
func LedgerTx(key string) string { return "https://ledger.test/tx/" + key }

// Balance implements souq.Loyalty: 0 for an account the ledger never saw (or SetEvery's).
func (l *Loyalty) Balance(_ context.Context, c, m string) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if b, ok := l.balances[c+"|"+m]; ok || l.every == nil {
		return b, nil
	}
	return *l.every, nil
}

// SetEvery makes every account, known to the ledger or not, hold n points: a test's starting
// balance for people who never earned here.
func (l *Loyalty) SetEvery(n int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.every = &n
	for k := range l.balances {
		l.balances[k] = n
	}
}

// Redeem implements souq.Loyalty.
func (l *Loyalty) Redeem(_ context.Context, key, c, m string, n int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.keys[key]; ok {
		return nil
	}
	if l.redeemDown != nil {
		return fmt.Errorf("redeem %s: %w", key, l.redeemDown)
	}
	if l.balances[c+"|"+m] < n || l.refuseRedeem {
		return fmt.Errorf("redeem %s: %w: %w", key, souq.ErrInsufficientPoints, souq.ErrRefused)
	}
	if l.underway {
		return fmt.Errorf("redeem %s: burn submitted, ledger not closed: %w", key, souq.ErrRetryLater)
	}
	l.keys[key] = n
	l.balances[c+"|"+m] -= n
	return nil
}

// Give credits points outside any order (the customer earned them elsewhere).
func (l *Loyalty) Give(customer, merchant string, n int64) {
	l.mu.Lock()
	l.balances[customer+"|"+merchant] += n
	l.mu.Unlock()
}

// Points is the balance of a customer with a merchant (commitments).
func (l *Loyalty) Points(customer, merchant string) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.balances[customer+"|"+merchant]
}

// Earnings is how many earnings were credited.
func (l *Loyalty) Earnings() int { l.mu.Lock(); defer l.mu.Unlock(); return l.earns }

// RefuseRedeem makes the ledger refuse every burn (the points are no longer there).
func (l *Loyalty) RefuseRedeem(v bool) { l.mu.Lock(); l.refuseRedeem = v; l.mu.Unlock() }

// RedeemDown makes every burn fail with err (Horizon unreachable); nil restores it.
func (l *Loyalty) RedeemDown(err error) { l.mu.Lock(); l.redeemDown = err; l.mu.Unlock() }

// RedeemUnderway holds burns open (submitted, ledger not closed) while v is true.
func (l *Loyalty) RedeemUnderway(v bool) { l.mu.Lock(); l.underway = v; l.mu.Unlock() }

// Anchorer takes batches of journal events in sequence, all or nothing, idempotent per seq (an
// event taken before must be the same event), and refuses a gap, as journal.Adapter does.
type Anchorer struct {
	mu    sync.Mutex
	evs   []souq.Event
	calls int
}

// Append implements souq.Anchorer.
func (a *Anchorer) Append(_ context.Context, evs []souq.Event) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.calls++
	n := uint64(len(a.evs))
	var add []souq.Event
	for _, e := range evs {
		switch {
		case e.Seq < n && a.evs[e.Seq].Hash != e.Hash:
			return fmt.Errorf("event %d differs from the one taken before", e.Seq)
		case e.Seq < n:
		case e.Seq > n:
			return fmt.Errorf("event %d handed over before event %d", e.Seq, n)
		default:
			add = append(add, e)
			n++
		}
	}
	a.evs = append(a.evs, add...)
	return nil
}

// Calls counts the Append calls (each one commit of a real log).
func (a *Anchorer) Calls() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.calls
}

// Events lists what was anchored, in order.
func (a *Anchorer) Events() []souq.Event {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]souq.Event(nil), a.evs...)
}

// Product is an item of a merchant's WhatsApp catalog.
type Product struct {
	Name  string
	Price souq.Money
}

// Catalog prices WhatsApp catalog items: unknown catalogs and products are invalid requests.
type Catalog struct {
	mu       sync.Mutex
	catalogs map[string]catalog
}

type catalog struct {
	merchant souq.WaID
	items    map[string]Product
}

// Add registers a merchant's catalog.
func (c *Catalog) Add(id string, merchant souq.WaID, products map[string]Product) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.catalogs == nil {
		c.catalogs = map[string]catalog{}
	}
	c.catalogs[id] = catalog{merchant: merchant, items: products}
}

// Lookup implements souq.Catalog.
func (c *Catalog) Lookup(_ context.Context, catalogID, retailerID string) (souq.WaID, string, souq.Money, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cat, ok := c.catalogs[catalogID]
	if !ok {
		return "", "", souq.Money{}, fmt.Errorf("catalog %q: %w", catalogID, souq.ErrInvalidRequest)
	}
	p, ok := cat.items[retailerID]
	if !ok {
		return "", "", souq.Money{}, fmt.Errorf("catalog %q has no product %q: %w", catalogID, retailerID, souq.ErrInvalidRequest)
	}
	return cat.merchant, p.Name, p.Price, nil
}

// Notices records the notices the service sends, once per key as the bot sends them; it fails
// the calls a test asks it to, as the Graph API does when it is down.
type Notices struct {
	mu    sync.Mutex
	sent  []souq.Notice
	keys  map[string]bool
	calls int
	fail  int
	block chan struct{}
	slow  map[souq.WaID]chan struct{}
}

// ErrGraphDown is what Notices returns for a call it was told to fail.
var ErrGraphDown = errors.New("whatsapp: graph API unavailable")

// Notify implements souq.Notifier.
func (n *Notices) Notify(_ context.Context, x souq.Notice) error {
	n.mu.Lock()
	b := n.block
	if c, ok := n.slow[x.To]; ok {
		b = c
	}
	n.mu.Unlock()
	if b != nil {
		<-b
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.calls++
	if n.fail > 0 {
		n.fail--
		return fmt.Errorf("notify %s: %w", x.Kind, ErrGraphDown)
	}
	if n.keys == nil {
		n.keys = map[string]bool{}
	}
	if !n.keys[x.Key] {
		n.keys[x.Key] = true
		n.sent = append(n.sent, x)
	}
	return nil
}

// Fail makes the next k calls fail.
func (n *Notices) Fail(k int) { n.mu.Lock(); n.fail = k; n.mu.Unlock() }

// Block makes every call wait until ch is closed (nil: calls go through).
func (n *Notices) Block(ch chan struct{}) { n.mu.Lock(); n.block = ch; n.mu.Unlock() }

// Slow makes calls to one person wait until ch is closed.
func (n *Notices) Slow(to souq.WaID, ch chan struct{}) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.slow == nil {
		n.slow = map[souq.WaID]chan struct{}{}
	}
	n.slow[to] = ch
}

// Calls is how many times Notify was called.
func (n *Notices) Calls() int { n.mu.Lock(); defer n.mu.Unlock(); return n.calls }

// Sent lists the notices sent, once per key, in order.
func (n *Notices) Sent() []souq.Notice {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]souq.Notice(nil), n.sent...)
}

// To lists the kinds of notices a person received, in order.
func (n *Notices) To(user souq.WaID) []souq.NoticeKind {
	var out []souq.NoticeKind
	for _, x := range n.Sent() {
		if x.To == user {
			out = append(out, x.Kind)
		}
	}
	return out
}

// Set puts the clock at t.
func (c *Clock) Set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

// SetBalances sets every points account the ledger knows to n (points left another way: an
// export, a clawback).
func (l *Loyalty) SetBalances(n int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k := range l.balances {
		l.balances[k] = n
	}
}
