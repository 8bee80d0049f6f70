package souqtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/souqchain/souq"
)

// EscrowCall is one transaction the escrow adapter accepted.
type EscrowCall struct {
	Kind   string // fund, deliver, confirm, release, refund, refund_expired, dispute, resolve, payout
	Key    string // the service's attempt key (souq.AttemptKey)
	Terms  souq.Terms
	Att    souq.Attestation
	Amount *big.Int // resolve: the buyer's share; payout: the amount forwarded
	To     string   // payout: the payout address
}

// ErrKeyConflict is the sender's refusal of an attempt key reused for another call.
var ErrKeyConflict = errors.New("idempotency key already used for a different call")

// Escrow behaves as chain/escrow's Port in front of its sender: each call is keyed by the action,
// the order and the service's attempt key (escrow.IntentKey), recorded before anything is sent;
// the same key again sends nothing (nil, whatever became of the first), the same key with other
// data is refused (ErrKeyConflict, ErrRefused), and terms the contract cannot take are refused
// for good (ErrInvalidRequest, ErrRefused). A custodial buyer whose balance is set and short of
// the amount is refused at once with a ShortfallError (ClassRefusedNow), as the balance check
// does; nothing is recorded then. Outcomes come later, from Chain.Mine.
type Escrow struct {
	mu       sync.Mutex
	calls    []EscrowCall
	seen     map[string]string // sender key → fingerprint of the call
	raw      int
	failErr  error
	crashOn  string
	crash    func()
	balances map[string]*big.Int
	block    chan struct{}

	// Explorer is the block explorer's transaction base (TxURL); default https://explorer.invalid/tx/.
	Explorer string
	// PayBase is the payment page (PayURL); default https://pay.invalid/pay/.
	PayBase string
}

// OrderID implements souq.Escrow: a hash of the terms (the contract hashes chain, escrow and terms).
func (e *Escrow) OrderID(t souq.Terms) (souq.OrderID, error) {
	raw, err := json.Marshal(t)
	if err != nil {
		return souq.OrderID{}, err
	}
	return souq.OrderID(sha256.Sum256(raw)), nil
}

// PayURL implements souq.Escrow.
func (e *Escrow) PayURL(id souq.OrderID, _ souq.Terms) string {
	base := e.PayBase
	if base == "" {
		base = "https://pay.invalid/pay/"
	}
	return base + id.String()
}

// TxURL implements souq.Escrow.
func (e *Escrow) TxURL(h string) string {
	if h == "" {
		return ""
	}
	base := e.Explorer
	if base == "" {
		base = "https://explorer.invalid/tx/"
	}
	return base + h
}

func isAddress(a string) bool {
	if len(a) != 42 || !strings.HasPrefix(a, "0x") {
		return false
	}
	_, err := hex.DecodeString(a[2:])
	return err == nil
}

// checkTerms refuses what escrow.ABITerms refuses.
func checkTerms(t souq.Terms, payout bool) error {
	if t.Payee == "" && !payout {
		return fmt.Errorf("terms: no payee (an offer from before payees: make it again): %w: %w", souq.ErrInvalidRequest, souq.ErrRefused)
	}
	payee := t.Payee
	if payee == "" {
		payee = t.Seller
	}
	for _, a := range []string{t.Seller, payee, t.Buyer, t.Attester} {
		if !isAddress(a) {
			return fmt.Errorf("terms: %q is not an address: %w: %w", a, souq.ErrInvalidRequest, souq.ErrRefused)
		}
	}
	if t.Token != "" && !isAddress(t.Token) {
		return fmt.Errorf("terms: token %q is not an address: %w: %w", t.Token, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	if t.Amount == nil || t.Amount.Sign() <= 0 {
		return fmt.Errorf("terms: amount must be positive: %w: %w", souq.ErrInvalidRequest, souq.ErrRefused)
	}
	return nil
}

func (e *Escrow) record(c EscrowCall) error {
	e.mu.Lock()
	b := e.block
	e.mu.Unlock()
	if b != nil {
		<-b
	}
	if err := checkTerms(c.Terms, c.Kind == "payout"); err != nil {
		return err
	}
	if c.Kind == "payout" && (!isAddress(c.To) || c.Amount == nil || c.Amount.Sign() <= 0) {
		return fmt.Errorf("payout to %q of %v: %w: %w", c.To, c.Amount, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	id, err := e.OrderID(c.Terms)
	if err != nil {
		return err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.raw++
	if bal, ok := e.balances[c.Terms.Buyer]; ok && c.Kind == "fund" && bal.Cmp(c.Terms.Amount) < 0 {
		asset := "ETH"
		if c.Terms.Token != "" {
			asset = c.Terms.Token
		}
		return fmt.Errorf("fund: %w", &souq.ShortfallError{Address: c.Terms.Buyer, Asset: asset,
			Need: new(big.Int).Set(c.Terms.Amount), Have: new(big.Int).Set(bal), Class: souq.ClassRefusedNow})
	}
	if e.failErr != nil {
		err := e.failErr
		e.failErr = nil
		return err
	}
	if e.seen == nil {
		e.seen = map[string]string{}
	}
	// The sender's key: action, order and attempt key (escrow.IntentKey).
	key := "escrow/" + c.Kind + "/" + id.String() + "/" + c.Key
	fp, _ := json.Marshal(c)
	if prev, ok := e.seen[key]; ok {
		if prev != string(fp) {
			return fmt.Errorf("escrow: %s: sender: %s: %w: %w", c.Kind, key, ErrKeyConflict, souq.ErrRefused)
		}
		return nil
	}
	e.seen[key] = string(fp)
	e.calls = append(e.calls, c)
	if e.crashOn == c.Kind && e.crash != nil {
		e.crashOn = ""
		e.crash()
	}
	return nil
}

// Fund implements souq.Escrow.
func (e *Escrow) Fund(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "fund", Key: key, Terms: t})
}

// Deliver implements souq.Escrow.
func (e *Escrow) Deliver(_ context.Context, key string, t souq.Terms, a souq.Attestation) error {
	return e.record(EscrowCall{Kind: "deliver", Key: key, Terms: t, Att: a})
}

// ConfirmReceipt implements souq.Escrow.
func (e *Escrow) ConfirmReceipt(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "confirm", Key: key, Terms: t})
}

// Release implements souq.Escrow.
func (e *Escrow) Release(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "release", Key: key, Terms: t})
}

// Refund implements souq.Escrow.
func (e *Escrow) Refund(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "refund", Key: key, Terms: t})
}

// RefundExpired implements souq.Escrow.
func (e *Escrow) RefundExpired(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "refund_expired", Key: key, Terms: t})
}

// RefundExpiredDispute implements souq.Escrow.
func (e *Escrow) RefundExpiredDispute(_ context.Context, key string, t souq.Terms) error {
	return e.record(EscrowCall{Kind: "refund_expired_dispute", Key: key, Terms: t})
}

// Dispute implements souq.Escrow.
func (e *Escrow) Dispute(_ context.Context, key string, t souq.Terms, _ [32]byte) error {
	return e.record(EscrowCall{Kind: "dispute", Key: key, Terms: t})
}

// Resolve implements souq.Escrow.
func (e *Escrow) Resolve(_ context.Context, key string, t souq.Terms, buyer *big.Int) error {
	return e.record(EscrowCall{Kind: "resolve", Key: key, Terms: t, Amount: buyer})
}

// Payout implements souq.Escrow.
func (e *Escrow) Payout(_ context.Context, key string, t souq.Terms, to string, amount *big.Int) error {
	return e.record(EscrowCall{Kind: "payout", Key: key, Terms: t, To: to, Amount: amount})
}

// Calls lists the accepted transactions (one per sender key), in order.
func (e *Escrow) Calls() []EscrowCall {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]EscrowCall(nil), e.calls...)
}

// Kinds lists the kinds of the accepted transactions, in order.
func (e *Escrow) Kinds() []string {
	var out []string
	for _, c := range e.Calls() {
		out = append(out, c.Kind)
	}
	return out
}

// Count is how many transactions of kind were accepted.
func (e *Escrow) Count(kind string) int {
	n := 0
	for _, k := range e.Kinds() {
		if k == kind {
			n++
		}
	}
	return n
}

// Raw is how many calls reached the adapter, repeats included.
func (e *Escrow) Raw() int { e.mu.Lock(); defer e.mu.Unlock(); return e.raw }

// FailNext makes the next call fail with err (a sender store or RPC failure).
func (e *Escrow) FailNext(err error) { e.mu.Lock(); e.failErr = err; e.mu.Unlock() }

// CrashAfter runs crash once, after the adapter accepts a call of kind: the process "dies".
func (e *Escrow) CrashAfter(kind string, crash func()) {
	e.mu.Lock()
	e.crashOn, e.crash = kind, crash
	e.mu.Unlock()
}

// SetBalance sets what a custodial buyer holds (unset: enough for anything).
func (e *Escrow) SetBalance(addr string, v *big.Int) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.balances == nil {
		e.balances = map[string]*big.Int{}
	}
	if v == nil {
		delete(e.balances, addr)
		return
	}
	e.balances[addr] = new(big.Int).Set(v)
}

// Stall makes every call wait until ch is closed (a stalled RPC); nil lets calls through.
func (e *Escrow) Stall(ch chan struct{}) { e.mu.Lock(); e.block = ch; e.mu.Unlock() }

// ChainOrder is the escrow contract's record of an order.
type ChainOrder struct {
	Status       string // funded, delivered, disputed, released, refunded, resolved
	ReleasableAt time.Time
	Payouts      int // times money left the escrow for the order
	Funder       string
	// DisputePeriod is the contract's setting snapshotted at funding; DecideBy the arbiter's
	// deadline once disputed (dispute time + DisputePeriod).
	DisputePeriod time.Duration
	DecideBy      time.Time
}

// DisputePeriod is the fake contract's dispute period (the deployment default).
const DisputePeriod = 14 * 24 * time.Hour

// Chain is the escrow contract and its watcher: Mine turns the transactions the adapter accepted
// into what the contract does with them (the confirmed event, or the revert), at the chain's time,
// and reports both to the service as the watcher and the tracker do. Reverts are classified as
// the adapter classifies them: a time condition not met yet is ClassRefusedNow.
type Chain struct {
	Escrow *Escrow
	Clock  *ChainClock
	// FeeBps is the platform fee (souq.Config.FeeBps) the contract takes from the seller's share
	// on release and resolution, rounded down, as Escrow.sol does.
	FeeBps uint16

	mu        sync.Mutex
	mined     int
	orders    map[souq.OrderID]*ChainOrder
	forwarded []EscrowCall
	txn       int
}

// NewChain returns a contract with no orders.
func NewChain(e *Escrow, c *ChainClock) *Chain {
	return &Chain{Escrow: e, Clock: c, orders: map[souq.OrderID]*ChainOrder{}}
}

// Order is the contract's record of an order (nil if it has none).
func (c *Chain) Order(id souq.OrderID) *ChainOrder {
	c.mu.Lock()
	defer c.mu.Unlock()
	if o := c.orders[id]; o != nil {
		cp := *o
		return &cp
	}
	return nil
}

// Payouts is how many times money left the escrow for the order.
func (c *Chain) Payouts(id souq.OrderID) int {
	if o := c.Order(id); o != nil {
		return o.Payouts
	}
	return 0
}

// Forwarded lists the payout transfers (seller wallet → payout address).
func (c *Chain) Forwarded() []EscrowCall {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]EscrowCall(nil), c.forwarded...)
}

func (c *Chain) txHash() string {
	c.txn++
	return fmt.Sprintf("0x%064x", c.txn)
}

// Service is what the chain reports to: the watcher's events and the tracker's outcomes.
type Service interface {
	OnChainEvent(ctx context.Context, ev souq.ChainEvent) error
	OnIntentResult(ctx context.Context, r souq.IntentResult) error
}

// Mine executes the transactions accepted since the last call and reports them; it returns how
// many it executed.
func (c *Chain) Mine(ctx context.Context, svc Service) (int, error) {
	all := c.Escrow.Calls()
	c.mu.Lock()
	calls := all[c.mined:]
	c.mined = len(all)
	c.mu.Unlock()
	for _, call := range calls {
		id, _ := c.Escrow.OrderID(call.Terms)
		c.mu.Lock()
		tx := c.txHash()
		var ev souq.ChainEvent
		var reason string
		var class souq.FailureClass
		if call.Kind == "payout" { // a plain transfer from the seller wallet: no escrow event
			c.forwarded = append(c.forwarded, call)
		} else {
			ev, reason, class = c.exec(id, call)
		}
		c.mu.Unlock()
		if reason != "" {
			if err := svc.OnIntentResult(ctx, souq.IntentResult{Key: call.Key, OK: false, Reason: reason, Class: class}); err != nil {
				return 0, err
			}
			continue
		}
		if call.Kind != "payout" {
			ev.Order, ev.TxHash = id, tx
			if err := svc.OnChainEvent(ctx, ev); err != nil {
				return 0, err
			}
		}
		if err := svc.OnIntentResult(ctx, souq.IntentResult{Key: call.Key, OK: true, TxHash: tx}); err != nil {
			return 0, err
		}
	}
	return len(calls), nil
}

// FundFrom is a customer paying the order's terms from their own wallet (a payment link): the
// contract opens the order and the watcher reports it; no service intent is involved.
func (c *Chain) FundFrom(ctx context.Context, svc Service, id souq.OrderID, t souq.Terms, funder string) error {
	c.mu.Lock()
	if c.orders[id] != nil {
		c.mu.Unlock()
		return fmt.Errorf("fund %s: AlreadyExists: %w", id.Short(), souq.ErrRefused)
	}
	if !t.DeliverBy.After(c.Clock.Now()) {
		c.mu.Unlock()
		return fmt.Errorf("fund %s: InvalidTerms: %w", id.Short(), souq.ErrRefused)
	}
	c.orders[id] = &ChainOrder{Status: "funded", Funder: funder}
	tx := c.txHash()
	c.mu.Unlock()
	return svc.OnChainEvent(ctx, souq.ChainEvent{Kind: souq.ChainFunded, Order: id, TxHash: tx, Amount: new(big.Int).Set(t.Amount), Funder: funder})
}

func (c *Chain) exec(id souq.OrderID, call EscrowCall) (souq.ChainEvent, string, souq.FailureClass) {
	ev, reason := c.execRaw(id, call)
	switch reason {
	case "":
		return ev, "", ""
	case "FutureDelivery", "InspectionRunning", "NotExpired", "ArbiterDeadlineRunning":
		return ev, reason, souq.ClassRefusedNow
	}
	return ev, reason, souq.ClassRefused
}

func (c *Chain) execRaw(id souq.OrderID, call EscrowCall) (souq.ChainEvent, string) {
	o := c.orders[id]
	now := c.Clock.Now()
	amt := call.Terms.Amount
	if call.Kind == "fund" {
		if o != nil {
			return souq.ChainEvent{}, "AlreadyExists"
		}
		if !call.Terms.DeliverBy.After(now) { // as Escrow._open: a deadline in the chain's past
			return souq.ChainEvent{}, "InvalidTerms"
		}
		c.orders[id] = &ChainOrder{Status: "funded", Funder: call.Terms.Buyer, DisputePeriod: DisputePeriod}
		return souq.ChainEvent{Kind: souq.ChainFunded, Amount: amt, Funder: call.Terms.Buyer}, ""
	}
	if o == nil {
		return souq.ChainEvent{}, "WrongStatus(None)"
	}
	switch call.Kind {
	case "deliver":
		if o.Status != "funded" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if call.Att.DeliveredAt.After(now) {
			return souq.ChainEvent{}, "FutureDelivery"
		}
		if call.Att.DeliveredAt.After(call.Terms.DeliverBy) {
			return souq.ChainEvent{}, "LateDelivery"
		}
		o.Status, o.ReleasableAt = "delivered", call.Att.DeliveredAt.Add(call.Terms.InspectionPeriod)
		return souq.ChainEvent{Kind: souq.ChainDelivered, ProofHash: call.Att.ProofHash, DeliveredAt: call.Att.DeliveredAt, ReleasableAt: o.ReleasableAt}, ""
	case "confirm":
		if o.Status != "funded" && o.Status != "delivered" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.Status = "released"
		o.Payouts++
		seller, fee := c.fee(amt)
		return souq.ChainEvent{Kind: souq.ChainReleased, Amount: seller, Fee: fee, ByBuyer: true}, ""
	case "release":
		if o.Status != "delivered" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if now.Before(o.ReleasableAt) {
			return souq.ChainEvent{}, "InspectionRunning"
		}
		o.Status = "released"
		o.Payouts++
		seller, fee := c.fee(amt)
		return souq.ChainEvent{Kind: souq.ChainReleased, Amount: seller, Fee: fee}, ""
	case "refund":
		if o.Status == "released" || o.Status == "refunded" || o.Status == "resolved" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.Status = "refunded"
		o.Payouts++
		return souq.ChainEvent{Kind: souq.ChainRefunded, Amount: amt}, ""
	case "refund_expired":
		if o.Status != "funded" || !now.After(call.Terms.DeliverBy) {
			return souq.ChainEvent{}, "NotExpired"
		}
		o.Status = "refunded"
		o.Payouts++
		return souq.ChainEvent{Kind: souq.ChainRefunded, Amount: amt, Late: true}, ""
	case "dispute":
		if o.Status != "funded" && (o.Status != "delivered" || !now.Before(o.ReleasableAt)) {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.Status, o.DecideBy = "disputed", now.Add(o.DisputePeriod)
		return souq.ChainEvent{Kind: souq.ChainDisputed, DecideBy: o.DecideBy}, ""
	case "refund_expired_dispute":
		if o.Status != "disputed" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if now.Before(o.DecideBy) {
			return souq.ChainEvent{}, "ArbiterDeadlineRunning"
		}
		o.Status = "refunded"
		o.Payouts++
		return souq.ChainEvent{Kind: souq.ChainRefunded, Amount: amt, DisputeExpired: true}, ""
	case "resolve":
		if o.Status != "disputed" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if !now.Before(o.DecideBy) {
			return souq.ChainEvent{}, "ArbiterDeadlinePassed"
		}
		if call.Amount == nil || call.Amount.Sign() < 0 || call.Amount.Cmp(amt) > 0 {
			return souq.ChainEvent{}, "InvalidAmount"
		}
		o.Status = "resolved"
		o.Payouts++
		seller, fee := c.fee(new(big.Int).Sub(amt, call.Amount))
		return souq.ChainEvent{Kind: souq.ChainResolved, Amount: call.Amount, SellerAmount: seller, Fee: fee}, ""
	}
	return souq.ChainEvent{}, "unknown call"
}

// fee splits the seller's gross share into what the payee gets and the platform's fee.
func (c *Chain) fee(gross *big.Int) (seller, fee *big.Int) {
	fee = new(big.Int).Mul(gross, big.NewInt(int64(c.FeeBps)))
	fee.Quo(fee, big.NewInt(10_000))
	return new(big.Int).Sub(gross, fee), fee
}

// CrashPending reports whether a crash set by CrashAfter has not happened yet.
func (e *Escrow) CrashPending() bool { e.mu.Lock(); defer e.mu.Unlock(); return e.crashOn != "" }

// SetStatus puts the contract's record of an order in status, as when the chain moved in a way
// the service has not seen yet (a refund raced a delivery; a payment through the link).
func (c *Chain) SetStatus(id souq.OrderID, status string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if o := c.orders[id]; o != nil {
		o.Status = status
		return
	}
	c.orders[id] = &ChainOrder{Status: status}
}

// Skip marks every accepted call as mined: the test reported its outcome itself.
func (c *Chain) Skip() {
	n := len(c.Escrow.Calls())
	c.mu.Lock()
	c.mined = n
	c.mu.Unlock()
}

// Forget drops the contract's state and what was mined: the next Mine executes every accepted
// call again from the first, with the same transaction hashes — the watcher reading the chain
// again after its restart and reporting every event a second time.
func (c *Chain) Forget() {
	c.mu.Lock()
	c.mined, c.txn, c.forwarded = 0, 0, nil
	c.orders = map[souq.OrderID]*ChainOrder{}
	c.mu.Unlock()
}
