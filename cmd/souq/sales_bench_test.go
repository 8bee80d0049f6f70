package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/souqchain/souq/bot"
	escrowbind "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/internal/cputime"
	"github.com/souqchain/souq/store"
)

// The sales benchmark plays customers, merchants and couriers through the WhatsApp simulator of the
// embedded default, as people do, and times each step from the action to the notice that answers
// it, as the person sees it (the simulator records every message souq sends, with its time).
//
// Settings (environment):
//
//	SOUQ_BENCH_SALES_TIME     how long customers keep starting sales in each sub-benchmark (default 60s);
//	                          sales under way at the end are finished and counted
//	SOUQ_BENCH_SALES_WARMUP   untimed sales per customer before the run (default 1): a merchant's first
//	                          release also sets up its loyalty program on Stellar, which is not the
//	                          steady state
//	SOUQ_BENCH_SALES_POINTS   0: merchants set no loyalty rule, so no sale earns points on Stellar
//	                          (default 1: 1 point per USDC)
//	SOUQ_BENCH_SALES_PROFILE  a directory for profiles of each run phase (see runProfiles)
//	SOUQ_BENCH_SALES_SAMPLE   with _PROFILE: also dump every goroutine's stack this often (e.g. 200ms)
//	                          into one file, a wall-clock profile of each goroutine
//
// Pick a load with -bench 'Sales/customers=50$'. go test's own -cpuprofile, -blockprofile and
// -mutexprofile cover the whole process life (start-up, setup and warm-up too).

// What each step waits for: a phrase of the English notice to the customer (the customers' numbers
// are +1, so souq speaks English to them). Keep in step with bot/messages.go.
const (
	phraseOffer     = "offers you"             // kOffer, with the Pay button
	phrasePaid      = "is held in escrow"      // nPaidCustomer
	phraseShipped   = "has shipped"            // nShipped
	phraseDelivered = "was delivered"          // nDelivered, with the Received button
	phraseReleased  = "is complete. Thank you" // nReleasedCustomer (not kConfirmedOK, the reply to the tap)
	phrasePoints    = "You earned"             // nPointsEarned
)

// steps in the order of a sale; "points" (tap Received → points earned) does not hold up the next
// sale, and "sale" is the whole sale (the merchant's offer → the customer's "complete").
var saleSteps = []string{"offer", "pay", "ship", "photo", "confirm", "points", "sale"}

// what each step's action is, for the table.
var stepAction = map[string]string{
	"offer": "merchant: sell → offer", "pay": "tap Pay → held in escrow", "ship": "merchant: shipped → has shipped",
	"photo": "courier photo → was delivered", "confirm": "tap Received → complete", "points": "tap Received → points earned",
	"sale": "offer sent → complete",
}

const (
	saleStepTimeout = 2 * time.Minute
	benchPollEvery  = 10 * time.Millisecond
)

// BenchmarkSales: complete sales (offer, tap Pay, ship, courier photo, tap Received → released) with
// 1, 10 and 50 concurrent customers, each with its own merchant and courier, doing sale after sale
// for SOUQ_BENCH_SALES_TIME. Reports sales per minute, p50/p99 of each step as a person sees it,
// CPU seconds per sale (the whole test process: souq, its in-process dev chain, Stellar sandbox and
// WhatsApp simulator, and the people's HTTP clients), the highest RSS sampled during the run, and the
// store's and the chain's bytes per sale. One iteration is the whole workload (make bench runs -benchtime 1x).
func BenchmarkSales(b *testing.B) {
	runFor := 60 * time.Second
	if v := os.Getenv("SOUQ_BENCH_SALES_TIME"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatalf("SOUQ_BENCH_SALES_TIME: %v", err)
		}
		runFor = d
	}
	warmup := 1
	if v := os.Getenv("SOUQ_BENCH_SALES_WARMUP"); v != "" {
		if _, err := fmt.Sscan(v, &warmup); err != nil {
			b.Fatalf("SOUQ_BENCH_SALES_WARMUP: %v", err)
		}
	}
	var all []*salesResult
	for _, n := range []int{1, 10, 50} {
		b.Run(fmt.Sprintf("customers=%d", n), func(b *testing.B) {
			for range b.N {
				r := runSalesBench(b, n, runFor, warmup)
				r.report(b)
				fmt.Println(r.table()) // to stdout: go test truncates a benchmark's log
				all = append(all, r)
			}
		})
	}
	if dir := os.Getenv("SOUQ_BENCH_DIR"); dir != "" && len(all) > 0 {
		var sb strings.Builder
		for _, r := range all {
			sb.WriteString(r.table() + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, "sales.txt"), []byte(sb.String()), 0o644); err != nil {
			b.Error(err)
		}
	}
}

// salesResult is one sub-benchmark's figures.
type salesResult struct {
	customers  int
	warmup     int
	sales      int
	failed     map[string]int // by the step that timed out or failed
	elapsed    time.Duration  // from the first sale to the last completed one
	steps      map[string][]time.Duration
	split      map[string][2][]time.Duration // pay/photo/confirm: action → block sealed, block sealed → notice
	cpu        time.Duration
	rssMax     uint64 // bytes, highest sampled during the run
	maxRSS     uint64 // bytes, the process's high-water mark (getrusage) at the end
	storeGrow  int64  // growth of the records, packed (store.Usage.Packed: keys, values and element headers), once every retention window is over, bytes
	storeComp  int64  // growth of the compacted store then (souq store compact's file up to its last page): moves in 4 KiB steps per bucket
	storeLive  int64  // growth of bbolt's pages in use then, without compacting (pruned pages keep their holes until reused)
	storeNow   int64  // growth of the pages in use right after the run (inbox bodies, dedupe keys, finished intents still within their windows)
	storeHWM   int64  // bbolt's high-water page growth right after the run, bytes (freed pages are reused, never returned)
	storeDiff  string // the growth by bucket
	storeFile  int64  // souq.db file growth, bytes (bbolt grows it in steps)
	chainGrow  int64  // evm data dir growth, after a graceful close (state flushed), bytes
	blocks     uint64
	loadBefore string
	loadAfter  string
}

func (r *salesResult) perMinute() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.sales) / r.elapsed.Minutes()
}

func (r *salesResult) report(b *testing.B) {
	b.ReportMetric(r.perMinute(), "sales/min")
	b.ReportMetric(float64(r.sales), "sales")
	b.ReportMetric(float64(sumCounts(r.failed)), "failed")
	for _, s := range saleSteps {
		if d := r.steps[s]; len(d) > 0 {
			b.ReportMetric(pct(d, 50).Seconds(), s+"-p50-s")
			b.ReportMetric(pct(d, 99).Seconds(), s+"-p99-s")
		}
	}
	if r.sales > 0 {
		b.ReportMetric(r.cpu.Seconds()/float64(r.sales), "cpu-s/sale")
		b.ReportMetric(float64(r.storeGrow)/float64(r.sales), "store-B/sale")
		b.ReportMetric(float64(r.storeComp)/float64(r.sales), "store-compacted-B/sale")
		b.ReportMetric(float64(r.storeLive)/float64(r.sales), "store-live-B/sale")
		b.ReportMetric(float64(r.storeNow)/float64(r.sales), "store-now-B/sale")
		b.ReportMetric(float64(r.storeHWM)/float64(r.sales), "store-hwm-B/sale")
		b.ReportMetric(float64(r.chainGrow)/float64(r.sales), "chain-B/sale")
	}
	b.ReportMetric(float64(r.rssMax)/(1<<20), "rss-MB")
	b.ReportMetric(float64(r.maxRSS)/(1<<20), "maxrss-MB")
}

func (r *salesResult) table() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "sales with %d concurrent customers (after %d warm-up sales each): %d complete in %s = %.0f sales/min; failed: %v\n",
		r.customers, r.warmup, r.sales, r.elapsed.Round(time.Millisecond), r.perMinute(), r.failed)
	tw := tabwriter.NewWriter(&sb, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "step\taction → notice\tn\tp50\tp90\tp99\tmax\t")
	for _, s := range saleSteps {
		d := r.steps[s]
		if len(d) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t\n", s, stepAction[s], len(d), secs(pct(d, 50)), secs(pct(d, 90)), secs(pct(d, 99)), secs(pct(d, 100)))
	}
	for _, s := range []string{"pay", "photo", "confirm"} {
		sp, ok := r.split[s]
		if !ok || len(sp[0]) == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t  action → block sealed\t%d\t%s\t%s\t%s\t%s\t\n", s, len(sp[0]), secs(pct(sp[0], 50)), secs(pct(sp[0], 90)), secs(pct(sp[0], 99)), secs(pct(sp[0], 100)))
		fmt.Fprintf(tw, "%s\t  block sealed → notice\t%d\t%s\t%s\t%s\t%s\t\n", s, len(sp[1]), secs(pct(sp[1], 50)), secs(pct(sp[1], 90)), secs(pct(sp[1], 99)), secs(pct(sp[1], 100)))
	}
	tw.Flush()
	per := func(v int64) string {
		if r.sales == 0 {
			return "-"
		}
		return fmt.Sprintf("%.0f B", float64(v)/float64(r.sales))
	}
	cpuPer := "-"
	if r.sales > 0 {
		cpuPer = fmt.Sprintf("%.3f s", r.cpu.Seconds()/float64(r.sales))
	}
	fmt.Fprintf(&sb, "CPU %s per sale (%.1f s over %s = %.0f%% of one core; the whole process: souq, dev chain, Stellar sandbox, simulator, people)\n",
		cpuPer, r.cpu.Seconds(), r.elapsed.Round(time.Second), 100*r.cpu.Seconds()/max(r.elapsed.Seconds(), 1e-9))
	fmt.Fprintf(&sb, "RSS max %.0f MB during the run (process high-water %.0f MB); chain %s per sale; %d blocks\n",
		float64(r.rssMax)/(1<<20), float64(r.maxRSS)/(1<<20), per(r.chainGrow), r.blocks)
	fmt.Fprintf(&sb, "store per finished sale once the retention windows are over: %s of records (packed), the compacted file %s, pages in use %s; right after the run: pages in use %s, high-water page %s, souq.db file +%d B\n",
		per(r.storeGrow), per(r.storeComp), per(r.storeLive), per(r.storeNow), per(r.storeHWM), r.storeFile)
	sb.WriteString(r.storeDiff)
	fmt.Fprintf(&sb, "machine load average before %s, after %s\n", r.loadBefore, r.loadAfter)
	return sb.String()
}

func runSalesBench(b *testing.B, customers int, runFor time.Duration, warmup int) *salesResult {
	b.StopTimer()
	dir := b.TempDir()
	cfg, log := testConfig(dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	app, err := Start(ctx, cfg, log)
	if err != nil {
		b.Fatalf("start: %v", err)
	}
	closed := false
	defer func() {
		if !closed {
			app.Close()
		}
	}()
	p := newPeople(app)
	go p.run(ctx)

	// Each customer has its own merchant (payout address, 1 point per USDC) and courier, opts in, and
	// makes the warm-up sales.
	cast := make([]*saleCast, customers)
	var wg sync.WaitGroup
	errs := make([]error, customers)
	for i := range cast {
		cast[i] = &saleCast{p: p, customer: fmt.Sprintf("1650555%04d", i), merchant: fmt.Sprintf("1650556%04d", i),
			courier: fmt.Sprintf("1650557%04d", i), payout: fmt.Sprintf("0x%040x", 0x5000+i), points: os.Getenv("SOUQ_BENCH_SALES_POINTS") != "0"}
		wg.Add(1)
		go func(c *saleCast, i int) {
			defer wg.Done()
			errs[i] = c.setup(ctx)
			for w := 0; w < warmup && errs[i] == nil; w++ {
				_, errs[i] = c.sale(ctx)
			}
		}(cast[i], i)
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		b.Fatalf("setup: %v", err)
	}

	r := &salesResult{customers: customers, warmup: warmup, failed: map[string]int{}, steps: map[string][]time.Duration{}, split: map[string][2][]time.Duration{}}
	r.loadBefore = loadAvg()
	heads := newHeadLog(ctx, app)
	startBlock, _ := app.Client.BlockNumber(ctx)
	// The set-up and warm-up sales are aged first, so the run's figures are the run's sales'.
	ageStore(b, app, time.Now())
	usageBefore, fileBefore := storeUsage(b, app.DB), fileSize(filepath.Join(dir, "souq.db"))
	compactBefore := compactedSize(b, app.DB, dir)
	chainBefore := dirSize(filepath.Join(dir, "evm"))
	rss := startRSSSampler(ctx)
	stopProfiles := runProfiles(ctx, b, customers, runFor)

	b.StartTimer()
	cpu0 := cputime.Process()
	start := time.Now()
	deadline := start.Add(runFor)
	var mu sync.Mutex
	var lastDone time.Time
	var sales []saleRecord
	for _, c := range cast {
		wg.Add(1)
		go func(c *saleCast) {
			defer wg.Done()
			for time.Now().Before(deadline) && ctx.Err() == nil {
				s, err := c.sale(ctx)
				mu.Lock()
				if err != nil {
					r.failed[s.failedAt]++
					b.Logf("customer %s: %v", c.customer, err)
				} else {
					sales = append(sales, s)
					if s.done.After(lastDone) {
						lastDone = s.done
					}
				}
				mu.Unlock()
				if err != nil {
					time.Sleep(time.Second) // not a busy loop when souq refuses everything
				}
			}
		}(c)
	}
	wg.Wait()
	r.cpu = cputime.Process() - cpu0
	b.StopTimer()
	stopProfiles()
	r.loadAfter = loadAvg()
	r.sales = len(sales)
	r.elapsed = lastDone.Sub(start)
	r.rssMax = rss()
	r.maxRSS = cputime.MaxRSS()
	usageNow := storeUsage(b, app.DB)
	r.storeNow, r.storeHWM = usageNow.InUse-usageBefore.InUse, usageNow.HighMark-usageBefore.HighMark
	r.storeFile = fileSize(filepath.Join(dir, "souq.db")) - fileBefore
	ageStore(b, app, time.Now())
	usageAfter := storeUsage(b, app.DB)
	r.storeLive = usageAfter.InUse - usageBefore.InUse
	r.storeGrow = usageAfter.Packed - usageBefore.Packed
	r.storeComp = compactedSize(b, app.DB, dir) - compactBefore
	r.storeDiff = usageDiff(usageBefore, usageAfter, len(sales))
	for _, s := range sales {
		for k, d := range s.steps {
			r.steps[k] = append(r.steps[k], d)
		}
	}
	// Points arrive after the sale; give the last ones a few seconds.
	p.settle(ctx, 5*time.Second, func() bool {
		for _, s := range sales {
			if _, ok := p.find(s.customer, 0, s.ref, phrasePoints); !ok {
				return false
			}
		}
		return true
	})
	for _, s := range sales {
		if m, ok := p.find(s.customer, 0, s.ref, phrasePoints); ok {
			r.steps["points"] = append(r.steps["points"], m.at.Sub(s.taps["confirm"]))
		}
	}
	r.split = chainSplit(ctx, app, heads, startBlock, sales)
	endBlock, _ := app.Client.BlockNumber(ctx)
	r.blocks = endBlock - startBlock
	cancel()
	if err := app.Close(); err != nil {
		b.Logf("close: %v", err)
	}
	closed = true
	r.chainGrow = dirSize(filepath.Join(dir, "evm")) - chainBefore
	return r
}

// saleCast is one customer with its merchant and courier.
type saleCast struct {
	p                           *people
	customer, merchant, courier string
	payout                      string
	points                      bool // the merchant has a loyalty rule
	n                           int
}

// saleRecord is one complete sale: when each action was taken and how long its notice took.
type saleRecord struct {
	customer, ref, id string
	taps              map[string]time.Time
	steps             map[string]time.Duration
	done              time.Time
	failedAt          string
}

func (c *saleCast) setup(ctx context.Context) error {
	if _, err := c.p.say(ctx, c.merchant, "register "+c.payout, c.payout); err != nil {
		return err
	}
	// Only the merchant's couriers can have a delivery attested.
	if _, err := c.p.say(ctx, c.merchant, "courier add +"+c.courier, "+"+c.courier); err != nil {
		return err
	}
	if c.points {
		if _, err := c.p.say(ctx, c.merchant, "loyalty 1 per 1 USDC", "1"); err != nil {
			return err
		}
	}
	_, err := c.p.say(ctx, c.customer, "yes", "")
	return err
}

// sale runs one sale; on failure the record names the step.
func (c *saleCast) sale(ctx context.Context) (saleRecord, error) {
	c.n++
	s := saleRecord{customer: c.customer, taps: map[string]time.Time{}, steps: map[string]time.Duration{}}
	from := c.p.count(c.customer)
	fail := func(step string, err error) (saleRecord, error) {
		s.failedAt = step
		return s, fmt.Errorf("sale %d, step %s (order %s): %w", c.n, step, s.ref, err)
	}
	step := func(name string, t time.Time, m seenMsg) {
		s.taps[name] = t
		s.steps[name] = m.at.Sub(t)
	}

	t := time.Now()
	if err := c.p.send(ctx, simSend{From: c.merchant, Text: "sell 1 coffee 1 USDC to +" + c.customer}); err != nil {
		return fail("offer", err)
	}
	offer, err := c.p.wait(ctx, c.customer, from, func(m seenMsg) bool {
		return strings.Contains(m.text, phraseOffer) && m.button("pay:") != nil && m.order != ""
	})
	if err != nil {
		return fail("offer", err)
	}
	step("offer", t, offer)
	s.id = offer.order
	s.ref = strings.TrimPrefix(s.id, "0x")[:8]

	pay := offer.button("pay:")
	t = time.Now()
	if err := c.p.send(ctx, simSend{From: c.customer, ButtonID: pay.ID, Title: pay.Title, ReplyTo: offer.id}); err != nil {
		return fail("pay", err)
	}
	m, err := c.p.waitFor(ctx, c.customer, from, s.ref, phrasePaid)
	if err != nil {
		return fail("pay", err)
	}
	step("pay", t, m)

	t = time.Now()
	if err := c.p.send(ctx, simSend{From: c.merchant, Text: "shipped " + s.ref}); err != nil {
		return fail("ship", err)
	}
	if m, err = c.p.waitFor(ctx, c.customer, from, s.ref, phraseShipped); err != nil {
		return fail("ship", err)
	}
	step("ship", t, m)

	t = time.Now()
	photo := fmt.Appendf([]byte("\xff\xd8\xff\xe0 parcel at the door "), "%s %d %s", c.customer, c.n, t.Format(time.RFC3339Nano))
	if err := c.p.upload(ctx, c.courier, s.id, photo); err != nil {
		return fail("photo", err)
	}
	delivered, err := c.p.waitFor(ctx, c.customer, from, s.ref, phraseDelivered)
	if err != nil {
		return fail("photo", err)
	}
	step("photo", t, delivered)

	t = time.Now()
	tap := simSend{From: c.customer, Text: "received " + s.ref}
	if btn := delivered.button("received:"); btn != nil {
		tap = simSend{From: c.customer, ButtonID: btn.ID, Title: btn.Title, ReplyTo: delivered.id}
	}
	if err := c.p.send(ctx, tap); err != nil {
		return fail("confirm", err)
	}
	if m, err = c.p.waitFor(ctx, c.customer, from, s.ref, phraseReleased); err != nil {
		return fail("confirm", err)
	}
	step("confirm", t, m)
	s.steps["sale"] = m.at.Sub(s.taps["offer"])
	s.done = m.at
	return s, nil
}

// people is what the three people see: every message souq sends, read from the simulator's record.
type people struct {
	app  *App
	http *http.Client

	mu    sync.Mutex
	after int
	chats map[string][]seenMsg
	wake  chan struct{}
}

// seenMsg is one message from souq as its recipient sees it.
type seenMsg struct {
	id      string    // wamid, for a reply's context
	at      time.Time // when souq sent it (the simulator's Graph API accepted it)
	text    string
	order   string // biz_opaque_callback_data: the full order id of an order's notice
	buttons []simButton
}

type simButton struct{ ID, Title string }

func (m seenMsg) button(prefix string) *simButton {
	for i := range m.buttons {
		if strings.HasPrefix(m.buttons[i].ID, prefix) {
			return &m.buttons[i]
		}
	}
	return nil
}

func newPeople(app *App) *people {
	return &people{app: app, http: &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 256}},
		chats: map[string][]seenMsg{}, wake: make(chan struct{})}
}

// run collects the simulator's new outbound messages until ctx is done.
func (p *people) run(ctx context.Context) {
	t := time.NewTicker(benchPollEvery)
	defer t.Stop()
	for {
		p.mu.Lock()
		after := p.after
		p.mu.Unlock()
		es := p.app.Sim.Messages("", after)
		if len(es) > 0 {
			p.mu.Lock()
			for _, e := range es {
				p.after = max(p.after, e.Seq)
				if e.Dir == "out" {
					p.chats[e.Chat] = append(p.chats[e.Chat], parseSeen(e.ID, e.At, e.Body))
				}
			}
			close(p.wake)
			p.wake = make(chan struct{})
			p.mu.Unlock()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func parseSeen(id string, at time.Time, body []byte) seenMsg {
	var g struct {
		Biz  string `json:"biz_opaque_callback_data"`
		Text *struct {
			Body string `json:"body"`
		} `json:"text"`
		Interactive *struct {
			Body struct {
				Text string `json:"text"`
			} `json:"body"`
			Action struct {
				Buttons []struct {
					Reply simButton `json:"reply"`
				} `json:"buttons"`
			} `json:"action"`
		} `json:"interactive"`
	}
	m := seenMsg{id: id, at: at}
	if err := json.Unmarshal(body, &g); err != nil {
		m.text = string(body)
		return m
	}
	m.order, _ = bot.SplitOpaque(g.Biz)
	switch {
	case g.Text != nil:
		m.text = g.Text.Body
	case g.Interactive != nil:
		m.text = g.Interactive.Body.Text
		for _, b := range g.Interactive.Action.Buttons {
			m.buttons = append(m.buttons, b.Reply)
		}
	default:
		m.text = string(body) // a template: its parameters are in the raw body
	}
	return m
}

func (p *people) count(chat string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.chats[chat])
}

// find looks in chat's messages from index from for one about order ref containing phrase.
func (p *people) find(chat string, from int, ref, phrase string) (seenMsg, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.chats[chat][min(from, len(p.chats[chat])):] {
		if strings.Contains(m.text, ref) && strings.Contains(m.text, phrase) {
			return m, true
		}
	}
	return seenMsg{}, false
}

func (p *people) waitFor(ctx context.Context, chat string, from int, ref, phrase string) (seenMsg, error) {
	return p.wait(ctx, chat, from, func(m seenMsg) bool { return strings.Contains(m.text, ref) && strings.Contains(m.text, phrase) })
}

// wait returns the first message in chat from index from that ok accepts, waiting up to saleStepTimeout.
func (p *people) wait(ctx context.Context, chat string, from int, ok func(seenMsg) bool) (seenMsg, error) {
	timeout := time.NewTimer(saleStepTimeout)
	defer timeout.Stop()
	for {
		p.mu.Lock()
		msgs, wake := p.chats[chat], p.wake
		p.mu.Unlock()
		for _, m := range msgs[min(from, len(msgs)):] {
			if ok(m) {
				return m, nil
			}
		}
		from = len(msgs)
		select {
		case <-wake:
		case <-timeout.C:
			return seenMsg{}, fmt.Errorf("no answer in %s", saleStepTimeout)
		case <-ctx.Done():
			return seenMsg{}, ctx.Err()
		}
	}
}

// settle waits until done or for at most d.
func (p *people) settle(ctx context.Context, d time.Duration, done func() bool) {
	end := time.Now().Add(d)
	for !done() && time.Now().Before(end) && ctx.Err() == nil {
		time.Sleep(100 * time.Millisecond)
	}
}

// say sends text and waits for a new reply to its sender containing want.
func (p *people) say(ctx context.Context, from, text, want string) (seenMsg, error) {
	n := p.count(from)
	if err := p.send(ctx, simSend{From: from, Text: text}); err != nil {
		return seenMsg{}, err
	}
	return p.wait(ctx, from, n, func(m seenMsg) bool { return strings.Contains(m.text, want) })
}

// simSend is what the chat page posts to /sim/api/send: a text, or a tap on a reply button.
type simSend struct {
	From     string `json:"from"`
	Text     string `json:"text,omitempty"`
	ButtonID string `json:"button_id,omitempty"`
	Title    string `json:"title,omitempty"`
	ReplyTo  string `json:"reply_to,omitempty"`
}

func (p *people) send(ctx context.Context, m simSend) error {
	body, _ := json.Marshal(m)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.app.URL+"/sim/api/send", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	return p.do(req)
}

func (p *people) upload(ctx context.Context, from, caption string, photo []byte) error {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("from", from)
	_ = mw.WriteField("caption", caption)
	fw, _ := mw.CreateFormFile("photo", "delivery.jpg")
	_, _ = fw.Write(photo)
	mw.Close()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.app.URL+"/sim/api/upload", &buf)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return p.do(req)
}

func (p *people) do(req *http.Request) error {
	resp, err := p.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s %s", req.Method, req.URL.Path, resp.Status, bytes.TrimSpace(b))
	}
	return nil
}

// headLog records when each block arrived (sealed and inserted by the dev chain).
type headLog struct {
	mu sync.Mutex
	at map[uint64]time.Time
}

func newHeadLog(ctx context.Context, app *App) *headLog {
	h := &headLog{at: map[uint64]time.Time{}}
	ch := make(chan *types.Header, 1024)
	sub, err := app.Client.SubscribeNewHead(ctx, ch)
	if err != nil {
		return h // no split of the chain steps
	}
	go func() {
		defer sub.Unsubscribe()
		for {
			select {
			case hd := <-ch:
				h.mu.Lock()
				h.at[hd.Number.Uint64()] = time.Now()
				h.mu.Unlock()
			case <-sub.Err():
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	return h
}

// chainSplit divides pay, photo and confirm at the block that recorded their escrow event
// (Funded, Delivered, Released): action → block sealed, block sealed → the person's notice.
func chainSplit(ctx context.Context, app *App, heads *headLog, from uint64, sales []saleRecord) map[string][2][]time.Duration {
	out := map[string][2][]time.Duration{}
	parsed, err := escrowbind.EscrowMetaData.ParseABI()
	if err != nil {
		return out
	}
	logs, err := app.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{app.Network.Contracts.Escrow}})
	if err != nil {
		return out
	}
	stepOf := map[string]string{"Funded": "pay", "Delivered": "photo", "Released": "confirm"}
	sealed := map[string]time.Time{} // order id + step → when its block arrived
	heads.mu.Lock()
	for _, l := range logs {
		if len(l.Topics) < 2 {
			continue
		}
		ev, err := parsed.EventByID(l.Topics[0])
		if err != nil || stepOf[ev.Name] == "" {
			continue
		}
		if at, ok := heads.at[l.BlockNumber]; ok {
			sealed[l.Topics[1].Hex()+"/"+stepOf[ev.Name]] = at
		}
	}
	heads.mu.Unlock()
	for _, s := range sales {
		for _, step := range []string{"pay", "photo", "confirm"} {
			at, ok := sealed[strings.ToLower(s.id)+"/"+step]
			if !ok {
				continue
			}
			sp := out[step]
			sp[0] = append(sp[0], at.Sub(s.taps[step]))
			sp[1] = append(sp[1], s.taps[step].Add(s.steps[step]).Sub(at))
			out[step] = sp
		}
	}
	return out
}

// runProfiles, when SOUQ_BENCH_SALES_PROFILE names a directory, profiles the run phase only (not
// start-up, setup or warm-up): goroutine dumps every 10 s (debug=1) and one with wait times
// (debug=2) half-way; a CPU profile (unless go test's -cpuprofile holds the profiler); block and
// mutex profiles at the start and the end of the run, to compare with pprof -diff_base.
func runProfiles(ctx context.Context, b *testing.B, customers int, runFor time.Duration) (stop func()) {
	dir := os.Getenv("SOUQ_BENCH_SALES_PROFILE")
	if dir == "" {
		return func() {}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	name := func(s string) string { return filepath.Join(dir, fmt.Sprintf("c%d-%s", customers, s)) }
	write := func(file, profile string, debug int) {
		f, err := os.Create(name(file))
		if err != nil {
			b.Log(err)
			return
		}
		defer f.Close()
		_ = pprof.Lookup(profile).WriteTo(f, debug)
	}
	ownBlock := false
	if f := flag.Lookup("test.blockprofile"); f == nil || f.Value.String() == "" {
		runtime.SetBlockProfileRate(10_000) // one sample per 10 µs blocked
		ownBlock = true
	}
	prevMutex := runtime.SetMutexProfileFraction(-1)
	if prevMutex == 0 {
		runtime.SetMutexProfileFraction(5)
	}
	write("block-start.pb.gz", "block", 0)
	write("mutex-start.pb.gz", "mutex", 0)
	var cpuFile *os.File
	if f, err := os.Create(name("cpu-run.pb.gz")); err == nil {
		if pprof.StartCPUProfile(f) == nil {
			cpuFile = f
		} else {
			f.Close()
			os.Remove(f.Name())
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	if v := os.Getenv("SOUQ_BENCH_SALES_SAMPLE"); v != "" {
		every, err := time.ParseDuration(v)
		if err != nil || every <= 0 {
			b.Fatalf("SOUQ_BENCH_SALES_SAMPLE %q: want a duration", v)
		}
		go sampleGoroutines(ctx, name("goroutine-samples.txt"), every)
	}
	go func() {
		defer close(done)
		t := time.NewTicker(10 * time.Second)
		defer t.Stop()
		half := time.NewTimer(runFor / 2)
		defer half.Stop()
		for i := 1; ; {
			select {
			case <-ctx.Done():
				return
			case <-half.C:
				write("goroutines-half-debug2.txt", "goroutine", 2)
			case <-t.C:
				write(fmt.Sprintf("goroutines-%03ds.txt", i*10), "goroutine", 1)
				i++
			}
		}
	}()
	return func() {
		cancel()
		<-done
		if cpuFile != nil {
			pprof.StopCPUProfile()
			cpuFile.Close()
		}
		write("block-end.pb.gz", "block", 0)
		write("mutex-end.pb.gz", "mutex", 0)
		if prevMutex == 0 {
			runtime.SetMutexProfileFraction(0)
		}
		if ownBlock {
			runtime.SetBlockProfileRate(0)
		}
	}
}

// sampleGoroutines appends every goroutine's stack (debug=2) to path at each tick, each dump after
// a "=== sample <seconds>" line: a wall-clock profile of where each goroutine is, waiting or not.
func sampleGoroutines(ctx context.Context, path string, every time.Duration) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	start := time.Now()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			fmt.Fprintf(f, "=== sample %.2f\n", time.Since(start).Seconds())
			_ = pprof.Lookup("goroutine").WriteTo(f, 2)
		}
	}
}

// startRSSSampler samples the resident set every 500 ms; the returned func gives the highest seen.
func startRSSSampler(ctx context.Context) func() uint64 {
	var mu sync.Mutex
	var hi uint64
	sample := func() {
		if v := currentRSS(); v > 0 {
			mu.Lock()
			hi = max(hi, v)
			mu.Unlock()
		}
	}
	sample()
	go func() {
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() uint64 { sample(); mu.Lock(); defer mu.Unlock(); return hi }
}

// currentRSS reads VmRSS from /proc (Linux); 0 elsewhere.
func currentRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			var kb uint64
			if _, err := fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb); err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// boltSize is the store's used size: bbolt's high-water page times the page size (the file itself
// grows in doubling steps, then 16 MB at a time).
func storeUsage(b *testing.B, db *store.DB) store.Usage {
	u, err := db.Usage()
	if err != nil {
		b.Fatal(err)
	}
	return u
}

func compactedSize(b *testing.B, db *store.DB, dir string) int64 {
	n, err := db.CompactedSize(dir)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// ageStore prunes the store as souq's pruner will once every retention window is over (9 days on,
// the chain far past the sales' blocks): what stays is what a finished sale costs for good. The
// sales' own records are settled by then; only the clock of the pruning is moved.
func ageStore(b *testing.B, app *App, now time.Time) {
	ctx := context.Background()
	later := now.Add(9 * 24 * time.Hour)
	for {
		st, err := app.DB.Prune(ctx, later, store.DefaultRetention(), 1024)
		if err != nil {
			b.Fatal(err)
		}
		if st.Total() == 0 {
			break
		}
	}
	ts, err := txstore.New(context.Background(), app.DB.KV())
	if err != nil {
		b.Fatal(err)
	}
	head, err := app.Client.BlockNumber(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for {
		n, err := ts.Compact(ctx, head+1, 1024)
		if err != nil {
			b.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
}

// usageDiff is the table of each bucket's growth per sale, biggest first.
func usageDiff(before, after store.Usage, sales int) string {
	if sales == 0 {
		return ""
	}
	var sb strings.Builder
	sb.WriteString("store growth per sale by bucket:\n")
	tw := tabwriter.NewWriter(&sb, 2, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "bucket\tkeys\tkey+value B\tpages B\t")
	for _, a := range after.Buckets {
		p := before.Bucket(a.Name)
		if a.Pages == p.Pages && a.Keys == p.Keys {
			continue
		}
		fmt.Fprintf(tw, "%s\t%.1f\t%.0f\t%.0f\t\n", a.Name, float64(a.Keys-p.Keys)/float64(sales),
			float64(a.Bytes-p.Bytes)/float64(sales), float64(a.Pages-p.Pages)/float64(sales))
	}
	tw.Flush()
	return sb.String()
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100 // nearest rank
	return s[min(max(i-1, 0), len(s)-1)]
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

func sumCounts(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
