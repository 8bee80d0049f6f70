package souq_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/store"
)

// In-memory fakes for the service's ports, and a small escrow chain that turns submitted escrow
// calls into the confirmed events the watcher would report, refusing what the contract refuses.

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// fakeChainClock is the escrow chain's clock: the newest block's time, Lag behind the wall clock
// (a chain seals blocks every few seconds; a dev chain left idle lags more).
type fakeChainClock struct {
	wall  *fakeClock
	mu    sync.Mutex
	lag   time.Duration
	calls int
}

func (c *fakeChainClock) ChainNow(context.Context) (time.Time, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	return c.wall.Now().Add(-c.lag).Truncate(time.Second), nil
}

// now is the chain's time without counting a call (the fake contract's block.timestamp).
func (c *fakeChainClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.wall.Now().Add(-c.lag).Truncate(time.Second)
}

func (c *fakeChainClock) setLag(d time.Duration) { c.mu.Lock(); c.lag = d; c.mu.Unlock() }

func (c *fakeChainClock) count() int { c.mu.Lock(); defer c.mu.Unlock(); return c.calls }

type escrowCall struct {
	Kind        string
	Key         string
	Terms       souq.Terms
	Att         souq.Attestation
	BuyerAmount *big.Int // resolve: the buyer's share; payout: the amount forwarded
	PayoutTo    string
}

// fakeEscrow records calls by idempotency key, like the adapter: a key seen before is not "sent"
// again (whatever its outcome), and a new key is a new transaction. A custodial buyer whose
// balance is set and short of the amount is refused at once with a ShortfallError, as the
// adapter's balance check does; nothing is recorded under the key then.
type fakeEscrow struct {
	mu       sync.Mutex
	calls    []escrowCall // unique keys, in order
	seen     map[string]int
	raw      int   // calls including repeats
	failErr  error // returned (once) by the next call
	crashOn  string
	crash    func()              // run once after accepting a call of kind crashOn: the process "dies"
	balances map[string]*big.Int // custodial buyer → what it holds (unset: enough)
	block    chan struct{}       // when set, every call waits for it to close (a stalled RPC)
}

func (e *fakeEscrow) OrderID(t souq.Terms) (souq.OrderID, error) {
	raw, _ := json.Marshal(t)
	return souq.OrderID(sha256.Sum256(raw)), nil
}
func (e *fakeEscrow) PayURL(id souq.OrderID, t souq.Terms) string {
	return "https://pay.test/" + id.String()
}
func (e *fakeEscrow) TxURL(h string) string { return "https://explorer.test/tx/" + h }

func (e *fakeEscrow) record(c escrowCall) error {
	e.mu.Lock()
	b := e.block
	e.mu.Unlock()
	if b != nil {
		<-b
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
		e.seen = map[string]int{}
	}
	if _, ok := e.seen[c.Key]; ok {
		return nil
	}
	e.seen[c.Key] = len(e.calls)
	e.calls = append(e.calls, c)
	if e.crashOn == c.Kind && e.crash != nil {
		e.crashOn = ""
		e.crash()
	}
	return nil
}

// count is how many distinct intents of kind were accepted.
func (e *fakeEscrow) count(kind string) int {
	n := 0
	for _, k := range e.kinds() {
		if k == kind {
			n++
		}
	}
	return n
}

func (e *fakeEscrow) Fund(_ context.Context, key string, t souq.Terms) error {
	return e.record(escrowCall{Kind: "fund", Key: key, Terms: t})
}
func (e *fakeEscrow) Deliver(_ context.Context, key string, t souq.Terms, a souq.Attestation) error {
	return e.record(escrowCall{Kind: "deliver", Key: key, Terms: t, Att: a})
}
func (e *fakeEscrow) ConfirmReceipt(_ context.Context, key string, t souq.Terms) error {
	return e.record(escrowCall{Kind: "confirm", Key: key, Terms: t})
}
func (e *fakeEscrow) Release(_ context.Context, key string, t souq.Terms) error {
	return e.record(escrowCall{Kind: "release", Key: key, Terms: t})
}
func (e *fakeEscrow) Refund(_ context.Context, key string, t souq.Terms) error {
	return e.record(escrowCall{Kind: "refund", Key: key, Terms: t})
}
func (e *fakeEscrow) RefundExpired(_ context.Context, key string, t souq.Terms) error {
	return e.record(escrowCall{Kind: "refund_expired", Key: key, Terms: t})
}
func (e *fakeEscrow) Dispute(_ context.Context, key string, t souq.Terms, _ [32]byte) error {
	return e.record(escrowCall{Kind: "dispute", Key: key, Terms: t})
}
func (e *fakeEscrow) Resolve(_ context.Context, key string, t souq.Terms, buyer *big.Int) error {
	return e.record(escrowCall{Kind: "resolve", Key: key, Terms: t, BuyerAmount: buyer})
}

func (e *fakeEscrow) Payout(_ context.Context, key string, t souq.Terms, to string, amount *big.Int) error {
	return e.record(escrowCall{Kind: "payout", Key: key, Terms: t, PayoutTo: to, BuyerAmount: amount})
}

func (e *fakeEscrow) kinds() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, c := range e.calls {
		out = append(out, c.Kind)
	}
	return out
}

type fakeAttester struct{}

func (fakeAttester) Address() string { return "0x00000000000000000000000000000000000000a7" }
func (fakeAttester) SignDelivery(_ context.Context, id souq.OrderID, proof [32]byte, at time.Time) ([]byte, error) {
	s := sha256.Sum256(append(append(id[:], proof[:]...), []byte(at.String())...))
	return s[:], nil
}

// fakeLoyalty behaves as chain/stellar's adapter: points by the rule (a stamp card gives a point
// on every Stamps-th order), an earning in another currency than the rule's refused for good.
type fakeLoyalty struct {
	mu       sync.Mutex
	balances map[string]int64 // customer|merchant
	stamps   map[string]int64 // customer|merchant
	keys     map[string]int64
	earns    int

	refuseRedeem bool  // the ledger refuses every burn, as when the points are no longer there
	redeemDown   error // every burn fails with it, as when Horizon is unreachable (outcome unknown)
}

func (l *fakeLoyalty) Earn(_ context.Context, key string, e souq.Earning) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if p, ok := l.keys[key]; ok {
		return p, nil
	}
	if !e.Rule.In(e.Amount.Asset) {
		return 0, fmt.Errorf("earn %s: order in %s, rule in %s: %w", key, e.Amount.Asset.Symbol, e.Rule.Currency.Symbol, souq.ErrRefused)
	}
	p := e.Rule.Earns(e.Amount)
	if e.Rule.Stamps > 0 {
		if l.stamps == nil {
			l.stamps = map[string]int64{}
		}
		l.stamps[e.Customer+"|"+e.Merchant]++
		if l.stamps[e.Customer+"|"+e.Merchant] == int64(e.Rule.Stamps) {
			l.stamps[e.Customer+"|"+e.Merchant], p = 0, 1
		}
	}
	l.keys[key] = p
	l.balances[e.Customer+"|"+e.Merchant] += p
	l.earns++
	return p, nil
}
func (l *fakeLoyalty) Balance(_ context.Context, c, m string) (int64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.balances[c+"|"+m], nil
}
func (l *fakeLoyalty) Redeem(_ context.Context, key, c, m string, n int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.keys[key]; ok {
		return nil
	}
	if l.redeemDown != nil {
		return l.redeemDown
	}
	if l.balances[c+"|"+m] < n || l.refuseRedeem {
		return fmt.Errorf("redeem %s: %w: %w", key, souq.ErrInsufficientPoints, souq.ErrRefused)
	}
	l.keys[key] = n
	l.balances[c+"|"+m] -= n
	return nil
}

type fakeWallets struct{}

func (fakeWallets) CustodialAddress(_ context.Context, c string) (string, error) {
	sum := sha256.Sum256([]byte(c))
	return "0x" + hex.EncodeToString(sum[:20]), nil
}
func (fakeWallets) ValidatePayout(a string) (string, error) {
	if len(a) != 42 || !strings.HasPrefix(a, "0x") {
		return "", fmt.Errorf("%q: %w", a, souq.ErrInvalidAddress)
	}
	return strings.ToLower(a), nil
}

type fakeNotifier struct {
	mu    sync.Mutex
	sent  []souq.Notice // deduplicated by key, like the bot
	keys  map[string]bool
	calls int
	fail  int                         // fail this many calls
	block chan struct{}               // when set, every call waits for it to close (the Graph API hangs)
	slow  map[souq.WaID]chan struct{} // calls to these people wait for the channel to close
}

func (n *fakeNotifier) Notify(_ context.Context, x souq.Notice) error {
	n.mu.Lock()
	b := n.block
	if c, ok := n.slow[x.To]; ok { // this person's chat is slow: wait for it
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
		return errors.New("whatsapp down")
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

// to lists the kinds of notices user received, in order.
func (n *fakeNotifier) to(user souq.WaID) []souq.NoticeKind {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []souq.NoticeKind
	for _, x := range n.sent {
		if x.To == user {
			out = append(out, x.Kind)
		}
	}
	return out
}

type fakeAnchorer struct {
	mu   sync.Mutex
	seqs []uint64
	evs  []souq.Event
}

func (a *fakeAnchorer) Append(_ context.Context, e souq.Event) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n := uint64(len(a.seqs)); e.Seq < n {
		return nil // idempotent per seq
	} else if e.Seq > n {
		return fmt.Errorf("event %d handed over before event %d", e.Seq, n) // as journal.SouqAnchorer
	}
	a.seqs = append(a.seqs, e.Seq)
	a.evs = append(a.evs, e)
	return nil
}

// chain is the escrow contract's bookkeeping, enough to refuse what it refuses and to count how
// many times money moved for an order.
type chainOrder struct {
	status       string // funded, delivered, disputed, released, refunded, resolved
	releasableAt time.Time
	payouts      int
}

// harness is a service on a real bbolt store with fakes, restartable.
type harness struct {
	t         *testing.T
	path      string
	db        *store.DB
	svc       *souq.Service
	clock     *fakeClock
	chainTime *fakeChainClock
	escrow    *fakeEscrow
	loyalty   *fakeLoyalty
	notifier  *fakeNotifier
	anchor    *fakeAnchorer
	mined     int // escrow calls already turned into chain events
	chain     map[souq.OrderID]*chainOrder
	forwarded []escrowCall // seller wallet → payout address transfers
	feeBps    uint16       // the escrow's platform fee (Config.FeeBps), taken from the seller's share as Escrow.sol does
	txn       int
	cfg       func(*souq.Config)
}

const (
	merchant  = souq.WaID("5511900000001")
	customer  = souq.WaID("5511900000002")
	stranger  = souq.WaID("5511900000003")
	courier   = souq.WaID("5511900000004")
	payout    = "0x1111111111111111111111111111111111111111"
	secretHex = "souq-test-secret-0123456789abcdef!!"
)

var (
	eth  = souq.Asset{Symbol: "ETH", Decimals: 18}
	usdc = souq.Asset{Symbol: "USDC", Decimals: 6, Token: "0x2222222222222222222222222222222222222222"}
)

func newHarness(t *testing.T, cfg ...func(*souq.Config)) *harness {
	t.Helper()
	wall := &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
	h := &harness{
		t: t, path: filepath.Join(t.TempDir(), "souq.db"),
		clock:     wall,
		chainTime: &fakeChainClock{wall: wall},
		escrow:    &fakeEscrow{},
		loyalty:   &fakeLoyalty{balances: map[string]int64{}, keys: map[string]int64{}},
		notifier:  &fakeNotifier{},
		anchor:    &fakeAnchorer{},
		chain:     map[souq.OrderID]*chainOrder{},
	}
	if len(cfg) > 0 {
		h.cfg = cfg[0]
	}
	h.open()
	t.Cleanup(func() { _ = h.db.Close() })
	return h
}

func (h *harness) open() {
	h.t.Helper()
	db, err := store.Open(h.path, store.WithNoSync())
	if err != nil {
		h.t.Fatal(err)
	}
	c := souq.Config{
		Store: db.Sales(), Escrow: h.escrow, Attester: fakeAttester{}, Loyalty: h.loyalty,
		Wallets: fakeWallets{}, Notifier: h.notifier, Clock: h.clock, Anchorer: h.anchor,
		Secret: []byte(secretHex),
	}
	withChainClock(&c, h.chainTime)
	if h.cfg != nil {
		h.cfg(&c)
	}
	h.feeBps = c.FeeBps
	svc, err := souq.NewService(c)
	if err != nil {
		h.t.Fatal(err)
	}
	h.db, h.svc = db, svc
}

// restart closes the store and opens a new one with a new service: what survives is on disk.
func (h *harness) restart() {
	h.t.Helper()
	if err := h.db.Close(); err != nil {
		h.t.Fatal(err)
	}
	h.open()
}

var msgN int
var msgMu sync.Mutex

func actor(u souq.WaID) souq.Actor {
	msgMu.Lock()
	defer msgMu.Unlock()
	msgN++
	return souq.Actor{User: u, MsgID: fmt.Sprintf("wamid.%d", msgN)}
}

func ctx() context.Context { return context.Background() }

func (h *harness) must(err error) {
	h.t.Helper()
	if err != nil {
		h.t.Fatal(err)
	}
}

// setup registers the merchant with a loyalty rule and opts the customer in.
func (h *harness) setup(rule *souq.LoyaltyRule) {
	h.t.Helper()
	h.must(h.svc.RegisterMerchant(ctx(), actor(merchant), payout))
	if rule != nil {
		h.must(h.svc.SetLoyaltyRule(ctx(), actor(merchant), *rule))
	}
	h.must(h.svc.OptIn(ctx(), actor(customer)))
}

func money(a souq.Asset, s string) souq.Money {
	v, err := souq.ParseAmount(s, a.Decimals)
	if err != nil {
		panic(err)
	}
	return souq.Money{Asset: a, Amount: v}
}

func (h *harness) offer(total souq.Money) souq.OrderID {
	h.t.Helper()
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
		Items: []souq.Item{{Name: "coffee", Quantity: 2}}, Total: total})
	h.must(err)
	return res.Order.ID
}

func ref(id souq.OrderID) souq.OrderRef { return id.Ref() }

func (h *harness) status(id souq.OrderID) souq.OrderStatus {
	h.t.Helper()
	v, err := h.svc.Status(ctx(), souq.Actor{User: customer}, ref(id))
	h.must(err)
	return v.Status
}

func (h *harness) order(id souq.OrderID) *souq.Order {
	h.t.Helper()
	var o *souq.Order
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		var err error
		o, err = tx.Order(id)
		return err
	}))
	return o
}

// settle runs the outbox and mines what it submitted until nothing changes. Failed port calls
// are left to the outbox's retries, as the workers leave them.
func (h *harness) settle() {
	h.t.Helper()
	for range 10 {
		n, err := h.svc.Work(ctx())
		if err != nil {
			h.t.Logf("outbox: %v", err)
		}
		m := h.mine()
		if n == 0 && m == 0 && err == nil {
			return
		}
	}
	h.t.Fatal("outbox does not settle")
}

func (h *harness) txHash() string {
	h.txn++
	return fmt.Sprintf("0x%064x", h.txn)
}

// mine turns new escrow calls into chain outcomes: the confirmed event and the intent result.
func (h *harness) mine() int {
	h.t.Helper()
	h.escrow.mu.Lock()
	calls := append([]escrowCall(nil), h.escrow.calls[h.mined:]...)
	h.mined = len(h.escrow.calls)
	h.escrow.mu.Unlock()
	for _, c := range calls {
		id, _ := h.escrow.OrderID(c.Terms)
		if c.Kind == "payout" { // a plain transfer from the seller wallet: no escrow event
			h.forwarded = append(h.forwarded, c)
			h.must(h.svc.OnIntentResult(ctx(), souq.IntentResult{Key: c.Key, OK: true, TxHash: h.txHash()}))
			continue
		}
		ev, reason, class := h.exec(id, c)
		tx := h.txHash()
		if reason != "" {
			h.must(h.svc.OnIntentResult(ctx(), souq.IntentResult{Key: c.Key, OK: false, Reason: reason, Class: class}))
			continue
		}
		ev.Order, ev.TxHash = id, tx
		h.must(h.svc.OnChainEvent(ctx(), ev))
		h.must(h.svc.OnIntentResult(ctx(), souq.IntentResult{Key: c.Key, OK: true, TxHash: tx}))
	}
	return len(calls)
}

// exec applies a call to the fake contract at the chain's time; a non-empty reason is a revert,
// classified as the adapter classifies it: a time condition not met yet is refused for now.
func (h *harness) exec(id souq.OrderID, c escrowCall) (souq.ChainEvent, string, souq.FailureClass) {
	ev, reason := h.execRaw(id, c)
	switch reason {
	case "":
		return ev, "", ""
	case "FutureDelivery", "InspectionRunning", "NotExpired":
		return ev, reason, souq.ClassRefusedNow
	}
	return ev, reason, souq.ClassRefused
}

func (h *harness) execRaw(id souq.OrderID, c escrowCall) (souq.ChainEvent, string) {
	o := h.chain[id]
	now := h.chainTime.now()
	amt := c.Terms.Amount
	switch c.Kind {
	case "fund":
		if o != nil {
			return souq.ChainEvent{}, "AlreadyExists"
		}
		if !c.Terms.DeliverBy.After(now) { // as Escrow._open: a deadline in the chain's past
			return souq.ChainEvent{}, "InvalidTerms"
		}
		h.chain[id] = &chainOrder{status: "funded"}
		return souq.ChainEvent{Kind: souq.ChainFunded, Amount: amt}, ""
	}
	if o == nil {
		return souq.ChainEvent{}, "WrongStatus(None)"
	}
	switch c.Kind {
	case "deliver":
		if o.status != "funded" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if c.Att.DeliveredAt.After(now) {
			return souq.ChainEvent{}, "FutureDelivery"
		}
		if c.Att.DeliveredAt.After(c.Terms.DeliverBy) {
			return souq.ChainEvent{}, "LateDelivery"
		}
		o.status, o.releasableAt = "delivered", c.Att.DeliveredAt.Add(c.Terms.InspectionPeriod)
		return souq.ChainEvent{Kind: souq.ChainDelivered, ProofHash: c.Att.ProofHash, DeliveredAt: c.Att.DeliveredAt, ReleasableAt: o.releasableAt}, ""
	case "confirm":
		if o.status != "funded" && o.status != "delivered" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.status = "released"
		o.payouts++
		seller, fee := h.fee(amt)
		return souq.ChainEvent{Kind: souq.ChainReleased, Amount: seller, Fee: fee, ByBuyer: true}, ""
	case "release":
		if o.status != "delivered" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		if now.Before(o.releasableAt) {
			return souq.ChainEvent{}, "InspectionRunning"
		}
		o.status = "released"
		o.payouts++
		seller, fee := h.fee(amt)
		return souq.ChainEvent{Kind: souq.ChainReleased, Amount: seller, Fee: fee}, ""
	case "refund":
		if o.status == "released" || o.status == "refunded" || o.status == "resolved" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.status = "refunded"
		o.payouts++
		return souq.ChainEvent{Kind: souq.ChainRefunded, Amount: amt}, ""
	case "refund_expired":
		if o.status != "funded" || !now.After(c.Terms.DeliverBy) {
			return souq.ChainEvent{}, "NotExpired"
		}
		o.status = "refunded"
		o.payouts++
		return souq.ChainEvent{Kind: souq.ChainRefunded, Amount: amt, Late: true}, ""
	case "dispute":
		if o.status != "funded" && !(o.status == "delivered" && now.Before(o.releasableAt)) {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.status = "disputed"
		return souq.ChainEvent{Kind: souq.ChainDisputed}, ""
	case "resolve":
		if o.status != "disputed" {
			return souq.ChainEvent{}, "WrongStatus"
		}
		o.status = "resolved"
		o.payouts++
		seller, fee := h.fee(new(big.Int).Sub(amt, c.BuyerAmount))
		return souq.ChainEvent{Kind: souq.ChainResolved, Amount: c.BuyerAmount, SellerAmount: seller, Fee: fee}, ""
	}
	return souq.ChainEvent{}, "unknown call"
}

// fee splits the seller's gross share into what the payee gets and the platform's fee, rounding
// the fee down (Escrow.sol: Math.mulDiv(gross, feeBps, 10_000)).
func (h *harness) fee(gross *big.Int) (seller, fee *big.Int) {
	fee = new(big.Int).Mul(gross, big.NewInt(int64(h.feeBps)))
	fee.Quo(fee, big.NewInt(10_000))
	return new(big.Int).Sub(gross, fee), fee
}

// checkJournal verifies the hash chain and that no phone number appears in any event.
func (h *harness) checkJournal() {
	h.t.Helper()
	n, broken, err := h.db.VerifyJournal(ctx())
	h.must(err)
	if n == 0 || broken != 0 {
		h.t.Fatalf("journal: %d events, broken at %d", n, broken)
	}
	var evs []souq.Event
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		var err error
		evs, err = tx.Events(0, 0)
		return err
	}))
	for _, e := range evs {
		c := string(e.Canonical())
		for _, w := range []souq.WaID{merchant, customer, stranger, courier} {
			if strings.Contains(c, string(w)) || strings.Contains(c, string(w)[4:]) {
				h.t.Fatalf("event %d carries a phone number: %s", e.Seq, c)
			}
		}
	}
}

// payouts is how many times money left the escrow for the order.
func (h *harness) payouts(id souq.OrderID) int {
	if o := h.chain[id]; o != nil {
		return o.payouts
	}
	return 0
}
