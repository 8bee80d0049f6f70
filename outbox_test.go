package souq_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"
	logtest "github.com/sirupsen/logrus/hooks/test"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/souqtest"
)

// These tests hold the outbox to issue 10's failures, with fakes that behave like the adapters:
// the escrow refuses a delivery dated after its newest block and a release before the end of
// inspection on its own clock, keys transactions by the key it is given, and reports a wallet
// short of funds as a ShortfallError.

// deliver submits the courier's photo, taken at the wall clock's now.
func (h *harness) deliver(id souq.OrderID) {
	h.t.Helper()
	_, err := h.svc.AddCourier(ctx(), actor(merchant), courier)
	h.must(err)
	_, err = h.svc.SubmitDelivery(ctx(), souq.DeliveryProof{Actor: actor(courier), Order: souq.OrderRef(id.String()),
		PhotoSHA256: [32]byte{7}, TakenAt: h.clock.Now()})
	h.must(err)
}

// calls lists the escrow calls of kind.
func (h *harness) calls(kind string) []souqtest.EscrowCall {
	var out []souqtest.EscrowCall
	for _, c := range h.escrow.Calls() {
		if c.Kind == kind {
			out = append(out, c)
		}
	}
	return out
}

func (h *harness) notices(user souq.WaID, kind souq.NoticeKind) []souq.Notice {
	var out []souq.Notice
	for _, n := range h.notifier.Sent() {
		if n.To == user && n.Kind == kind {
			out = append(out, n)
		}
	}
	return out
}

// Issue 10, failure 1: a photo sent a few seconds after the chain's newest block is attested at a
// time the chain accepts, and a delivery the chain refused for now is signed again and sent as a
// new attempt — never dead.
func TestDeliveryOnTheChainsClock(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name        string
		lag         time.Duration // the chain's newest block behind the wall clock when souq decides
		lagAtMining time.Duration // … and when the transaction is mined
		attempts    int           // deliver transactions sent
	}{
		{"chain a few seconds behind", 5 * time.Second, 5 * time.Second, 1},
		{"chain in step", 0, 0, 1},
		{"chain falls behind after the check", 0, 40 * time.Second, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(nil)
			id := h.paid(money(usdc, "10"))
			h.chainTime.SetLag(tt.lag)
			h.clock.Add(time.Minute)
			h.deliver(id)
			_, err := h.svc.Work(ctx())
			h.must(err)
			h.chainTime.SetLag(tt.lagAtMining)
			h.mine()
			h.clock.Add(time.Minute) // the refused attempt's backoff
			h.settle()
			if s := h.status(id); s != souq.StatusDelivered {
				t.Fatalf("status %s, want delivered", s)
			}
			calls := h.calls("deliver")
			if len(calls) != tt.attempts {
				t.Fatalf("%d deliver transactions, want %d", len(calls), tt.attempts)
			}
			keys := map[string]bool{}
			for _, c := range calls {
				keys[c.Key] = true
			}
			if len(keys) != len(calls) {
				t.Fatalf("a new attempt reused a key: %v", keys)
			}
			last := calls[len(calls)-1]
			if o := h.order(id); o.Delivery.ProofHash != last.Att.ProofHash || !o.Delivery.TakenAt.Equal(last.Att.DeliveredAt) {
				t.Fatalf("the order's proof %x@%s is not the one on-chain %x@%s", o.Delivery.ProofHash, o.Delivery.TakenAt, last.Att.ProofHash, last.Att.DeliveredAt)
			}
			if got := h.notices(merchant, souq.NoticeDelivered); len(got) != 1 {
				t.Fatalf("merchant told delivered %d times", len(got))
			}
			h.checkJournal()
		})
	}
}

// Issue 10, failure 2: the release after inspection is asked for on the chain's clock, and a
// release the chain refuses for now is sent again once the chain allows it; nothing repeats
// every second meanwhile and the chain is not asked the time while nothing is due.
func TestReleaseOnTheChainsClock(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name      string
		refuseNow bool // the chain falls behind between souq's check and the mining
	}{
		{"chain behind the wall clock", false},
		{"refused for now, then released", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(nil)
			id := h.paid(money(usdc, "10"))
			h.deliver(id)
			h.settle()
			releasable := h.order(id).ReleasableAt
			if releasable.IsZero() {
				t.Fatal("no end of inspection")
			}
			// During inspection Tick asks the chain nothing (within the estimate's refresh period).
			before := h.chainTime.Calls()
			for range 5 {
				h.clock.Add(time.Second)
				if n, err := h.svc.Tick(ctx()); err != nil || n != 0 {
					t.Fatalf("tick during inspection: %d %v", n, err)
				}
			}
			if n := h.chainTime.Calls() - before; n != 0 {
				t.Fatalf("tick read the chain's clock %d times while nothing was due", n)
			}
			h.clock.Add(time.Hour)
			const lag = 30 * time.Second
			h.clock.Add(releasable.Sub(h.clock.Now()) + lag/2) // past the window on the wall
			if tt.refuseNow {
				n, err := h.svc.Tick(ctx())
				h.must(err)
				_, err = h.svc.Work(ctx())
				h.must(err)
				h.chainTime.SetLag(lag) // the block that mines it is older than souq saw
				if n != 1 {
					t.Fatalf("tick changed %d", n)
				}
			} else {
				h.chainTime.SetLag(lag)
				if n, err := h.svc.Tick(ctx()); err != nil || n != 0 {
					t.Fatalf("released on the wall clock: %d %v", n, err)
				}
			}
			for range 5 { // seconds pass; the chain is still before the end of inspection
				h.clock.Add(time.Second)
				_, _ = h.svc.Tick(ctx())
				h.settle()
			}
			if s := h.status(id); s != souq.StatusDelivered {
				t.Fatalf("status %s before the chain's end of inspection", s)
			}
			if got := len(h.calls("release")); got > 1 {
				t.Fatalf("%d release transactions before the chain allows one", got)
			}
			h.clock.Add(lag)
			_, err := h.svc.Tick(ctx())
			h.must(err)
			h.settle()
			if s := h.status(id); s != souq.StatusReleased {
				t.Fatalf("status %s after the chain's end of inspection", s)
			}
			want := 1
			if tt.refuseNow {
				want = 2
			}
			if got := len(h.calls("release")); got != want {
				t.Fatalf("%d release transactions, want %d", got, want)
			}
			if h.payouts(id) != 1 {
				t.Fatalf("payouts %d", h.payouts(id))
			}
		})
	}
}

// Issue 10, failure 6: a custodial wallet without enough funds: the customer is told what is
// missing and where to send it, the merchant that the payment waits; it goes through once
// funded, or fails by the documented rule (FundingWait) — and is never retried in silence.
func TestPaymentWaitsForFunds(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		topUp  bool
		want   souq.OrderStatus
		notice souq.NoticeKind // the customer's last notice
	}{
		{"topped up", true, souq.StatusPaid, souq.NoticePaymentConfirmed},
		{"never funded", false, souq.StatusOffered, souq.NoticePaymentFailed},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(c *souq.Config) { c.FundingWait = 2 * time.Hour })
			id, buyer := h.waitingPayment()
			short := h.notices(customer, souq.NoticePaymentShortfall)
			if len(short) != 1 || short[0].Amount.Amount.Cmp(money(usdc, "0.6").Amount) != 0 || short[0].Amount.Asset.Symbol != "USDC" ||
				short[0].Address != buyer || short[0].Until.IsZero() {
				t.Fatalf("shortfall notices %+v", short)
			}
			if got := h.notices(merchant, souq.NoticePaymentWaiting); len(got) != 1 {
				t.Fatalf("merchant waiting notices %+v", got)
			}
			work, err := h.svc.Outbox(ctx())
			h.must(err)
			if len(work) == 0 || work[0].Kind != souq.IntentFund || work[0].Stuck != souq.StuckFunds || work[0].Action == "" {
				t.Fatalf("status does not show the waiting payment: %+v", work)
			}
			// Retries meanwhile tell nobody again.
			for range 3 {
				h.clock.Add(time.Minute)
				h.settle()
			}
			if got := len(h.notices(customer, souq.NoticePaymentShortfall)); got != 1 {
				t.Fatalf("told the same shortfall %d times", got)
			}
			if tt.topUp {
				h.escrow.SetBalance(buyer, money(usdc, "1").Amount)
			}
			h.clock.Add(3 * time.Hour)
			h.settle()
			if s := h.status(id); s != tt.want {
				t.Fatalf("status %s, want %s", s, tt.want)
			}
			got := h.notifier.To(customer)
			if got[len(got)-1] != tt.notice {
				t.Fatalf("customer notices %v", got)
			}
			if !tt.topUp {
				failed := h.notices(customer, souq.NoticePaymentFailed)
				if !failed[0].Retry || !strings.Contains(failed[0].Text, "funds") {
					t.Fatalf("failure notice %+v", failed[0])
				}
				raw := h.escrow.Raw()
				h.clock.Add(time.Hour)
				h.settle()
				if h.escrow.Raw() != raw {
					t.Fatal("a failed payment is still retried")
				}
			}
			work, err = h.svc.Outbox(ctx())
			h.must(err)
			if len(work) != 0 {
				t.Fatalf("open work left: %+v", work)
			}
		})
	}
}

// Issue 10, failure 7: each kind of work has its own workers; a decision never runs the work it
// queued in the caller's goroutine, so a hung Graph API holds up neither the API nor escrow work,
// and a hung RPC holds up neither notices.
func TestLanesDoNotWaitOnEachOther(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		blocked string // the port that hangs
	}{
		{"notifier hangs", "notify"},
		{"escrow hangs", "escrow"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(nil)
			id := h.offer(money(usdc, "1"))
			h.settle()
			release := make(chan struct{})
			switch tt.blocked {
			case "notify":
				h.notifier.Block(release)
			case "escrow":
				h.escrow.Stall(release)
			}
			runCtx, cancel := context.WithCancel(ctx())
			var wg sync.WaitGroup
			wg.Go(func() { _ = h.svc.Run(runCtx, 10*time.Millisecond, nil) })
			defer func() { close(release); cancel(); wg.Wait() }()

			// The chat's decision returns at once: it queues, the lanes carry out.
			done := make(chan error, 1)
			go func() {
				_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
				if err == nil {
					_, err = h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
						Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "2")})
				}
				done <- err
			}()
			select {
			case err := <-done:
				h.must(err)
			case <-time.After(5 * time.Second):
				t.Fatal("the decision waited on a port")
			}
			// The other lane goes on.
			deadline := time.Now().Add(5 * time.Second)
			for {
				var ok bool
				switch tt.blocked {
				case "notify":
					ok = len(h.calls("fund")) == 1
				case "escrow":
					ok = len(h.notifier.To(customer)) == 2 // the first offer, then the second
				}
				if ok {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the %s lane waited on the hung one", map[string]string{"notify": "escrow", "escrow": "notify"}[tt.blocked])
				}
				time.Sleep(5 * time.Millisecond)
			}
		})
	}
}

// Issue 10, failure 9: work claimed by a process that died resumes at once in the next run, not
// after the claim's lease.
func TestLeasesBelongToARun(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	h.settle()
	// The process dies while the escrow call is under way: the store closes under the worker.
	h.escrow.CrashAfter("fund", func() { _ = h.db.Close() })
	func() {
		defer func() { _ = recover() }()
		_, _ = h.svc.Pay(ctx(), actor(customer), ref(id))
		_, _ = h.svc.Work(ctx())
	}()
	if h.escrow.CrashPending() {
		t.Fatal("never reached the escrow")
	}
	raw := h.escrow.Raw()
	h.open()
	n, err := h.svc.Work(ctx()) // at once: the wall clock has not moved
	h.must(err)
	if n == 0 || h.escrow.Raw() == raw {
		t.Fatal("claimed work waits for the dead run's lease")
	}
	h.settle()
	if s := h.status(id); s != souq.StatusPaid || len(h.calls("fund")) != 1 {
		t.Fatalf("status %s, %d fund transactions", s, len(h.calls("fund")))
	}
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// countingStore counts write transactions.
type countingStore struct {
	souq.Store
	mu      sync.Mutex
	updates int
}

func (s *countingStore) Update(ctx context.Context, fn func(souq.Tx) error) error {
	s.mu.Lock()
	s.updates++
	s.mu.Unlock()
	return s.Store.Update(ctx, fn)
}

func (s *countingStore) count() int { s.mu.Lock(); defer s.mu.Unlock(); return s.updates }

// Issue 10, failure 8 (part): the journal pump makes one store commit and one log append per batch,
// not one per event.
func TestJournalPumpCommitsOncePerBatch(t *testing.T) {
	t.Parallel()
	var cs *countingStore
	h := newHarness(t, func(c *souq.Config) { cs = &countingStore{Store: c.Store}; c.Store = cs })
	h.setup(nil)
	for range 3 {
		h.offer(money(usdc, "1"))
	}
	before, calls := cs.count(), h.anchor.Calls()
	n, err := h.svc.PumpJournal(ctx())
	h.must(err)
	if n < 5 {
		t.Fatalf("pumped %d events", n)
	}
	if got := cs.count() - before; got != 1 {
		t.Fatalf("%d commits for one batch of %d events", got, n)
	}
	if got := h.anchor.Calls() - calls; got != 1 {
		t.Fatalf("%d appends to the log (each a commit of its own) for one batch of %d events", got, n)
	}
	if again, _ := h.svc.PumpJournal(ctx()); again != 0 {
		t.Fatalf("handed twice: %d", again)
	}
}

// Each class of failure does what it says, for the escrow's synchronous errors and its reported
// outcomes alike.
func TestFailureClasses(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name      string
		err       error // the port call's error
		status    souq.IntentStatus
		newKey    bool   // the next call is a new attempt
		stuck     string // status reason
		logLevel  logrus.Level
		orderBack bool // the payment failed and the offer stands again
	}{
		{"transient", errors.New("dial tcp: connection refused"), souq.IntentPending, false, "", 0, false},
		{"refused for now", fmt.Errorf("estimate: %w", souq.ErrRefusedNow), souq.IntentPending, true, "", 0, false},
		{"needs the operator", fmt.Errorf("relayer out of gas: %w", souq.ErrNeedsOperator), souq.IntentPending, false, souq.StuckOperator, logrus.ErrorLevel, false},
		{"refused for good", fmt.Errorf("terms: %w", souq.ErrRefused), souq.IntentFailed, false, "", 0, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			logger, hook := logtest.NewNullLogger()
			h := newHarness(t, func(c *souq.Config) { c.Log = logger })
			h.setup(nil)
			id := h.offer(money(usdc, "1"))
			h.settle()
			h.escrow.FailNext(tt.err)
			_, err := h.svc.Pay(ctx(), actor(customer), ref(id))
			h.must(err)
			if _, err := h.svc.Work(ctx()); err == nil {
				t.Fatal("no error from the failed call")
			}
			var in *souq.Intent
			h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
				var err error
				o, err := tx.Order(id)
				if err != nil {
					return err
				}
				in, err = tx.Intent(fmt.Sprintf("%s/%s/%d", souq.IntentFund, id, o.Intents))
				return err
			}))
			if in.Status != tt.status || (in.Attempt > 0) != tt.newKey {
				t.Fatalf("intent %+v", in)
			}
			work, err := h.svc.Outbox(ctx())
			h.must(err)
			if tt.stuck != "" && (len(work) == 0 || work[0].Stuck != tt.stuck || work[0].Action == "") {
				t.Fatalf("status %+v, want stuck for %s", work, tt.stuck)
			}
			if tt.logLevel != 0 && (hook.LastEntry() == nil || hook.LastEntry().Level != tt.logLevel) {
				t.Fatalf("log %+v", hook.LastEntry())
			}
			if got := h.status(id) == souq.StatusOffered; got != tt.orderBack {
				t.Fatalf("status %s", h.status(id))
			}
			if tt.status == souq.IntentFailed {
				return
			}
			h.clock.Add(10 * time.Minute) // past any backoff, and the operator's retry
			h.settle()
			if s := h.status(id); s != souq.StatusPaid {
				t.Fatalf("status %s after the cause went away", s)
			}
			fund := h.calls("fund")
			if len(fund) != 1 || strings.Contains(fund[0].Key, "#") != tt.newKey {
				t.Fatalf("fund calls %+v", fund)
			}
			if work, _ := h.svc.Outbox(ctx()); len(work) != 0 {
				t.Fatalf("open work left: %+v", work)
			}
		})
	}
}

// A delivery the escrow refuses for good is not announced as recorded: the merchant and the
// courier are told it failed, in their language (the bot renders the kind).
func TestDeliveryRefusedForGoodIsTold(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "10"))
	h.chain.SetStatus(id, "refunded") // the chain is past delivery (say, a refund raced it)
	h.deliver(id)
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		t.Fatalf("status %s", s)
	}
	for _, u := range []souq.WaID{merchant, courier} {
		got := h.notices(u, souq.NoticeDeliveryFailed)
		if len(got) != 1 || got[0].Text == "" {
			t.Fatalf("%s told %+v", u, got)
		}
	}
	if o := h.order(id); o.Pending != "" {
		t.Fatalf("pending %s after the failure", o.Pending)
	}
}

// A release the escrow refuses for good is told to both sides once, and the deadline does not ask
// for it again every tick (issue 10, failure 2's "forever").
func TestReleaseRefusedForGoodIsToldOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "10"))
	h.deliver(id)
	h.settle()
	h.chain.SetStatus(id, "disputed") // the chain moved on in a way souq has not seen yet
	h.clock.Add(h.order(id).ReleasableAt.Sub(h.clock.Now()))
	for range 5 {
		_, err := h.svc.Tick(ctx())
		h.must(err)
		h.settle()
		h.clock.Add(time.Second)
	}
	if got := len(h.calls("release")); got != 1 {
		t.Fatalf("%d release transactions", got)
	}
	for _, u := range []souq.WaID{customer, merchant} {
		if got := h.notices(u, souq.NoticeActionFailed); len(got) != 1 || !strings.Contains(got[0].Text, "WrongStatus") {
			t.Fatalf("%s told %+v", u, got)
		}
	}
}

// A slow chat holds up only its own notices, and each person gets theirs in the order decided.
func TestNoticesInOrderPerPerson(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	h.settle()
	slow := make(chan struct{})
	h.notifier.Slow(customer, slow)
	runCtx, cancel := context.WithCancel(ctx())
	var wg sync.WaitGroup
	wg.Go(func() { _ = h.svc.Run(runCtx, 10*time.Millisecond, nil) })
	var once sync.Once
	unblock := func() { once.Do(func() { close(slow) }) }
	defer func() { unblock(); cancel(); wg.Wait() }()

	var first souq.OrderID
	offered := make(chan struct{})
	go func() { first = h.offer(money(usdc, "1")); close(offered) }()
	select {
	case <-offered:
	case <-time.After(5 * time.Second):
		t.Fatal("the offer waited on the slow chat")
	}
	waitFor(t, "the first offer's notice to be under way", func() bool {
		var claimed bool
		_ = h.db.Sales().View(ctx(), func(tx souq.Tx) error {
			return tx.OpenIntents(func(in *souq.Intent) error {
				claimed = claimed || (in.Kind == souq.IntentNotify && in.Order == first && in.Run != "")
				return nil
			})
		})
		return claimed
	})
	second := h.offer(money(usdc, "2"))
	_, err := h.svc.Decline(ctx(), actor(customer), ref(second))
	h.must(err)
	waitFor(t, "the merchant's notice past the slow chat", func() bool { return len(h.notices(merchant, souq.NoticeDeclined)) == 1 })
	unblock()
	waitFor(t, "the customer's notices", func() bool { return len(h.notices(customer, souq.NoticeOffer)) == 2 })
	got := h.notices(customer, souq.NoticeOffer)
	if got[0].Order.ID != first || got[1].Order.ID != second {
		t.Fatalf("customer got the offers out of order: %s, %s", got[0].Order.ID.Short(), got[1].Order.ID.Short())
	}
}

// An idle service costs no write transactions: the lanes' polls and the deadline ticks only read
// until something is due (each bbolt commit is two fsyncs).
func TestIdleServiceDoesNotWrite(t *testing.T) {
	t.Parallel()
	var cs *countingStore
	h := newHarness(t, func(c *souq.Config) { cs = &countingStore{Store: c.Store}; c.Store = cs })
	h.setup(nil)
	h.paid(money(usdc, "1"))
	h.offer(money(usdc, "2"))
	h.settle()
	_, err := h.svc.PumpJournal(ctx())
	h.must(err)
	before := cs.count()
	for range 10 {
		h.clock.Add(time.Second)
		_, err := h.svc.Tick(ctx())
		h.must(err)
		_, err = h.svc.Work(ctx())
		h.must(err)
		_, err = h.svc.PumpJournal(ctx())
		h.must(err)
	}
	if n := cs.count() - before; n != 0 {
		t.Fatalf("%d write transactions in 10 idle seconds", n)
	}
}

// The chain's clock can jump while the wall clock does not (time travel on the dev chain, a chain
// that stalled and caught up): Tick refreshes its estimate while deadlines are open, so the late
// refund is asked for within seconds, not when the wall clock reaches the deadline.
func TestDeadlineFollowsAChainClockThatJumps(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.paid(money(usdc, "10"))
	h.chainTime.SetLag(-11 * 24 * time.Hour) // the chain is 11 days ahead: past deliver-by (offer 3 days + 7)
	for range 20 {
		h.clock.Add(time.Second)
		_, err := h.svc.Tick(ctx())
		h.must(err)
		h.settle()
		if h.escrow.Count("refund_expired") > 0 {
			return
		}
	}
	t.Fatalf("20 s after the chain passed deliver-by, no late refund was asked for (order %s)", h.status(id))
}

// An offer's deliver-by is on the chain's clock: with the chain far ahead of the wall clock (a
// dev chain after time travel), terms dated by the wall clock were refused (InvalidTerms: the
// deadline was in the chain's past) and every payment failed for good. The soak found it.
func TestOfferDeadlineOnTheChainsClock(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	h.chainTime.SetLag(-30 * 24 * time.Hour) // the chain is 30 days ahead
	h.clock.Add(time.Minute)                 // the estimate is stale: the offer refreshes it
	id := h.offer(money(usdc, "10"))
	if by, chain := h.order(id).Terms.DeliverBy, h.chainTime.Now(); !by.After(chain.Add(7 * 24 * time.Hour)) {
		t.Fatalf("deliver-by %s is not days after the chain's time %s", by, chain)
	}
	_, err := h.svc.Pay(h.t.Context(), actor(customer), ref(id))
	h.must(err)
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		t.Fatalf("status %s, want paid", s)
	}
}

// refusingAnchorer takes events as souqtest.Anchorer does but refuses the one numbered bad, and any
// batch holding it, as the log refuses an event that does not match its hash.
type refusingAnchorer struct {
	souqtest.Anchorer
	bad uint64
}

func (a *refusingAnchorer) Append(ctx context.Context, evs []souq.Event) error {
	for _, e := range evs {
		if e.Seq == a.bad {
			return fmt.Errorf("event %d does not match its hash", e.Seq)
		}
	}
	return a.Anchorer.Append(ctx, evs)
}

// A batch the log refuses is handed over one event at a time: the events before the refused one
// are taken and acknowledged, and the error names the refused one.
func TestJournalPumpMovesUpToARefusedEvent(t *testing.T) {
	t.Parallel()
	ra := &refusingAnchorer{bad: 1}
	h := newHarness(t, func(c *souq.Config) { c.Anchorer = ra })
	h.setup(nil)
	h.offer(money(usdc, "1"))
	n, err := h.svc.PumpJournal(ctx())
	if n != 1 || err == nil || !strings.Contains(err.Error(), "anchor event 1") {
		t.Fatalf("pumped %d, %v; want the event before the refused one, and event 1 named", n, err)
	}
	if got := len(ra.Events()); got != 1 {
		t.Fatalf("the log holds %d events, want 1", got)
	}
	if n, err := h.svc.PumpJournal(ctx()); n != 0 || err == nil {
		t.Fatalf("pumped again %d, %v: want nothing past the refused event", n, err)
	}
}
