package souq_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// The service's edges (escrow chain, loyalty ledger, wallets, attester, anchor, notifier) are
// souqtest's fakes, shared with the bot, server and e2e tests, which behave as the real adapters
// do (keys, refusals, errors). The harness below drives them step by step.

// harness is a service on a real bbolt store with fakes, restartable.
type harness struct {
	t         *testing.T
	path      string
	db        *store.DB
	svc       *souq.Service
	clock     *souqtest.Clock
	chainTime *souqtest.ChainClock
	escrow    *souqtest.Escrow
	loyalty   *souqtest.Loyalty
	notifier  *souqtest.Notices
	anchor    *souqtest.Anchorer
	chain     *souqtest.Chain // the escrow contract and its watcher
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
	wall := souqtest.NewClock(time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC))
	h := &harness{
		t: t, path: filepath.Join(t.TempDir(), "souq.db"),
		clock:     wall,
		chainTime: &souqtest.ChainClock{Wall: wall},
		escrow:    &souqtest.Escrow{},
		loyalty:   souqtest.NewLoyalty(),
		notifier:  &souqtest.Notices{},
		anchor:    &souqtest.Anchorer{},
	}
	h.chain = souqtest.NewChain(h.escrow, h.chainTime)
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
		Store: db.Sales(), Escrow: h.escrow, Attester: souqtest.Attester{}, Loyalty: h.loyalty,
		Wallets: souqtest.Wallets{}, Notifier: h.notifier, Clock: h.clock, Anchorer: h.anchor,
		Secret: []byte(secretHex),
	}
	withChainClock(&c, h.chainTime)
	if h.cfg != nil {
		h.cfg(&c)
	}
	h.chain.FeeBps = c.FeeBps
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

// waitingPayment sets up the merchant and customer, offers 1 USDC and has the customer pay from a
// wallet holding 0.4: the payment waits for the rest (paying). It returns the order and the
// buyer's wallet. The harness's FundingWait must outlast the test's steps.
func (h *harness) waitingPayment() (souq.OrderID, string) {
	h.t.Helper()
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	buyer := h.order(id).Terms.Buyer
	h.escrow.SetBalance(buyer, money(usdc, "0.4").Amount)
	_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusPaying {
		h.t.Fatalf("status %s, want paying (waiting for funds)", s)
	}
	return id, buyer
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

// mine executes the escrow calls submitted since the last mine on the fake contract and reports
// the confirmed events and outcomes, as the watcher and the tracker do.
func (h *harness) mine() int {
	h.t.Helper()
	n, err := h.chain.Mine(ctx(), h.svc)
	h.must(err)
	return n
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
func (h *harness) payouts(id souq.OrderID) int { return h.chain.Payouts(id) }

// chainUntil is how far the wall clock must move for the chain's clock to read t.
func (h *harness) chainUntil(t time.Time) time.Duration {
	return t.Sub(h.chainTime.Now())
}
