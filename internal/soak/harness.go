// Package soak drives real `souq serve` processes as people would — merchants, customers and a
// courier typing and tapping in WhatsApp through signed webhooks, an arbiter on the HTTP API — at
// human pace, kills souq with SIGKILL at random (seeded) moments, breaks the Graph API and (in the
// separate-chain mode) the chain node and its RPC, and then judges the outcome from the chains
// themselves: the escrow contract's events and balances over JSON-RPC, the loyalty points on the
// Stellar ledger over Horizon, the journal's anchors on-chain with every proof bundle verified, and
// the record of what every person was told. Nothing is read from souq's store; the one figure of
// souq's own state it reads is souq_outbox_depth on /metrics.
package soak

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/stellar/sandbox"
)

// judgeTime is kept out of the driving time for the judge (logs, bundles, balances).
const judgeTime = 40 * time.Second

// Config bounds and seeds a soak run.
type Config struct {
	Seed      uint64
	Sales     int
	Kills     int // SIGKILLs of souq serve
	Customers int
	Merchants int
	Duration  time.Duration // hard limit of the whole run, build included
	Settle    time.Duration // after the last step: how long every sale has to reach a final state
	Chain     string        // "embedded" (souq's in-process dev chain) or "separate" (souq devchain)

	ThinkMin, ThinkMax time.Duration // a person's pause between two steps
	StepTimeout        time.Duration // how long a person waits for an answer before giving up
	GraphFaults        int           // windows in which the Graph API answers 503 or hangs
	HorizonFaults      int           // >0: the harness runs the Stellar ledger, and Horizon answers 503 or hangs this often
	TravelGap          time.Duration // least wall time between two moves of the chain's clock
	ChainFaults        int           // separate mode: node restarts and RPC stalls

	RepoDir string // the souq module (default ".")
	SouqBin string // a built souq binary; empty: build ./cmd/souq into the run directory
	Dir     string // run directory; empty: a new temp directory (kept: it holds souq's logs)
	// KeepData keeps the data directories (the dev chain's alone is over a gigabyte); by default
	// only the logs stay.
	KeepData bool
	// JSON is a file to write the run's figures to (Summary, as report.json in the run directory).
	JSON string
	Out  io.Writer
}

func (c *Config) defaults() {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.Sales, 10)
	def(&c.Customers, 4)
	def(&c.Merchants, 2)
	if c.Duration == 0 {
		c.Duration = 3 * time.Minute
	}
	if c.Settle == 0 {
		c.Settle = 45 * time.Second
	}
	if c.Chain == "" {
		c.Chain = "embedded"
	}
	if c.ThinkMax == 0 {
		c.ThinkMin, c.ThinkMax = 500*time.Millisecond, 3*time.Second
	}
	if c.StepTimeout == 0 {
		c.StepTimeout = 75 * time.Second
	}
	if c.TravelGap == 0 {
		c.TravelGap = 20 * time.Second
	}
	if c.RepoDir == "" {
		c.RepoDir = "."
	}
	if c.Out == nil {
		c.Out = os.Stdout
	}
}

// harness is one run.
type harness struct {
	cfg   Config
	dir   string
	log   logrus.FieldLogger
	g     *graph
	souq  *proc
	node  *proc // separate mode
	proxy *stallProxy
	hz    *horizon // with -horizon-faults
	chain *chainView
	tk    *timeKeeper
	api   *api
	jv    *journalView
	// points: each customer's POINTS on the Stellar ledger against the rule, as judged
	points []PointsLine
	trust  audit.TrustRoot // pinned from souq's first start: every later bundle is checked against it

	started     time.Time
	secret      []byte
	courier     *person
	merchants   []*merchant
	customers   []*customer
	sales       []*sale
	lateBarrier *lateBarrier

	mu        sync.Mutex
	lastAct   string
	lastActAt time.Time
	kills     []kill
	faults    []string
	fatal     []Violation // souq would not come back: the run stops driving
	crashes   []Violation // souq ended by itself (and was restarted)
	during    []Violation // seen while driving (a changed trust root after a restart)
	abort     context.CancelFunc
	driven    atomic.Int64 // sales the people are done with
	killing   atomic.Bool  // the harness is killing and restarting souq
}

// violation records a broken invariant seen while driving.
func (h *harness) violation(v Violation) {
	h.mu.Lock()
	h.during = append(h.during, v)
	h.mu.Unlock()
}

// giveUp records that souq cannot go on (it refuses to restart) and stops the people.
func (h *harness) giveUp(kind, detail string) {
	h.mu.Lock()
	h.fatal = append(h.fatal, Violation{Kind: kind, Detail: detail, Logs: h.souq.tail(3)})
	h.mu.Unlock()
	h.printf("souq cannot go on: %s", detail)
	if h.abort != nil {
		h.abort()
	}
}

// kill is one SIGKILL of souq and how souq came back.
type kill struct {
	Phase    string        // what the people were doing
	At       time.Time     //
	Ready    time.Duration // kill → /readyz ok
	Progress time.Duration // kill → the next message souq sent (0: none seen)
	Err      string
}

// act records what a sale's people just did (the phase a kill hits).
func (h *harness) act(s *sale, step string) {
	s.stepAt = time.Now()
	h.mu.Lock()
	h.lastAct, h.lastActAt = fmt.Sprintf("%s/%s", s.Path, step), time.Now()
	h.mu.Unlock()
}

// stopReason says why the people stopped early.
func (h *harness) stopReason() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.fatal) > 0 {
		return "souq cannot go on"
	}
	return "out of time"
}

func (h *harness) phase() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lastAct == "" || time.Since(h.lastActAt) > 5*time.Second {
		return "idle (waiting on souq or the chain)"
	}
	return h.lastAct
}

func (h *harness) printf(format string, a ...any) {
	fmt.Fprintf(h.cfg.Out, "%s  %s\n", time.Now().UTC().Format("15:04:05"), fmt.Sprintf(format, a...))
}

// Run is a whole soak: build, start, drive, fault, settle, judge, report. The error is the harness's
// own failure (souq would not start…); violations are in the report.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	cfg.defaults()
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	h := &harness{cfg: cfg, started: time.Now()}
	if err := h.setup(ctx); err != nil {
		h.teardown()
		return nil, err
	}
	defer h.teardown()
	h.printf("run directory %s (souq logs in %s)", h.dir, filepath.Join(h.dir, "logs"))

	if err := h.startChainAndSouq(ctx); err != nil {
		return nil, err
	}
	h.plan()
	if err := h.meet(ctx); err != nil {
		return nil, fmt.Errorf("setting up merchants and customers: %w", err)
	}

	driveEnd, _ := ctx.Deadline()
	h.driveAll(ctx, driveEnd.Add(-cfg.Settle-judgeTime))
	h.recover(ctx)
	if !h.failed() {
		h.printf("driving done; settling (up to %s)", cfg.Settle)
		settleCtx, stopSettle := context.WithTimeout(ctx, cfg.Settle)
		h.settle(settleCtx)
		stopSettle()
	}
	// The judge has what is left of the run's time (the drive stopped early enough to leave it some).
	judgeCtx, stopJudge := context.WithTimeout(context.WithoutCancel(ctx), max(time.Until(driveEnd), 20*time.Second))
	defer stopJudge()
	rep := h.judge(judgeCtx)
	sm := rep.Summary()
	sm.print(cfg.Out)
	h.writeMessages()
	for _, p := range []string{filepath.Join(h.dir, "report.json"), cfg.JSON} {
		if p == "" {
			continue
		}
		if err := sm.writeJSON(p); err != nil {
			return rep, fmt.Errorf("writing the figures: %w", err)
		}
	}
	fmt.Fprintf(cfg.Out, "figures: %s\n", filepath.Join(h.dir, "report.json"))
	return rep, nil
}

// driveAll runs every customer's sales (one after another per customer, customers at once) and the
// faults, until the people are done or the deadline.
func (h *harness) driveAll(ctx context.Context, deadline time.Time) {
	driveCtx, stopDrive := context.WithDeadline(ctx, deadline)
	defer stopDrive()
	h.abort = stopDrive
	var people sync.WaitGroup
	for _, c := range h.customers {
		people.Add(1)
		go func() {
			defer people.Done()
			for _, s := range c.Sales {
				if driveCtx.Err() != nil {
					s.Stuck = "not started: " + h.stopReason()
					continue
				}
				h.runSale(driveCtx, s)
				h.driven.Add(1)
				if s.Path != pathLateDelivery {
					h.lateBarrier.done()
				}
				h.think(driveCtx, s)
			}
		}()
	}
	faultsCtx, stopFaults := context.WithCancel(driveCtx)
	var faults sync.WaitGroup
	for _, loop := range []func(context.Context){h.killLoop, h.watchdog, h.graphFaultLoop, h.chainFaultLoop, h.horizonFaultLoop} {
		faults.Add(1)
		go func() { defer faults.Done(); loop(faultsCtx) }()
	}
	people.Wait()
	stopFaults()
	faults.Wait()
}

// recover ends every fault and brings back whatever is down, for the settle and the judge.
func (h *harness) recover(ctx context.Context) {
	h.g.fault(0, false)
	if h.hz != nil {
		h.hz.fault(0, false)
	}
	if h.proxy != nil {
		h.proxy.stall(0)
	}
	if h.node != nil && !h.node.running() {
		if err := h.startNode(ctx, h.chain.url, ""); err != nil {
			h.giveUp("chain-down", "the chain node does not start again: "+err.Error())
			return
		}
	}
	if !h.failed() && !h.souq.running() {
		if err := h.restartSouq(ctx); err != nil {
			h.giveUp("restart-failed", err.Error())
		}
	}
}

func (h *harness) failed() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.fatal) > 0
}

func (h *harness) setup(ctx context.Context) error {
	h.dir = h.cfg.Dir
	if h.dir == "" {
		d, err := os.MkdirTemp("", "souq-soak-")
		if err != nil {
			return err
		}
		h.dir = d
	}
	if err := os.MkdirAll(filepath.Join(h.dir, "logs"), 0o755); err != nil {
		return err
	}
	lf, err := os.Create(filepath.Join(h.dir, "logs", "harness.log"))
	if err != nil {
		return err
	}
	l := logrus.New()
	l.SetOutput(lf)
	h.log = l
	// The operator secret is the harness's: it derives the Stellar accounts the judge reads, as an
	// auditor holding the seed would.
	s := sha256.Sum256(fmt.Appendf(nil, "souq soak secret %d", h.cfg.Seed))
	h.secret = s[:]
	bin := h.cfg.SouqBin
	if bin == "" {
		bin = filepath.Join(h.dir, "souq")
		h.printf("building ./cmd/souq")
		if err := buildSouq(ctx, h.cfg.RepoDir, bin); err != nil {
			return err
		}
	}
	h.souq = &proc{name: "souq", bin: bin, logDir: filepath.Join(h.dir, "logs")}
	return nil
}

func (h *harness) teardown() {
	if h.souq != nil {
		h.souq.stop()
	}
	if h.node != nil {
		h.node.stop()
	}
	if h.proxy != nil {
		h.proxy.close()
	}
	if h.g != nil {
		h.g.close()
	}
	if h.hz != nil {
		h.hz.close()
	}
	if h.dir == "" {
		return
	}
	if h.cfg.SouqBin == "" {
		_ = os.Remove(filepath.Join(h.dir, "souq"))
	}
	if !h.cfg.KeepData {
		_ = os.RemoveAll(filepath.Join(h.dir, "souq-data"))
		_ = os.RemoveAll(filepath.Join(h.dir, "devchain"))
	}
}

// startChainAndSouq starts the chain (separate mode), the Graph fake and souq serve.
func (h *harness) startChainAndSouq(ctx context.Context) error {
	httpPort, err := freePort()
	if err != nil {
		return err
	}
	rpcPort, err := freePort()
	if err != nil {
		return err
	}
	souqURL := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	h.g, err = startGraph(souqURL+"/webhooks/whatsapp", h.log)
	if err != nil {
		return err
	}
	h.courier = &person{Number: "16505550100", Role: "courier", g: h.g}
	arbiterKey := "ak_soak_" + hex.EncodeToString(h.secret[:12])
	h.api = newAPI(souqURL, arbiterKey)
	data := filepath.Join(h.dir, "souq-data")
	args := []string{"serve", "--data", data, "--http-addr", fmt.Sprintf("127.0.0.1:%d", httpPort),
		"--graph-url", h.g.url, "--graph-version", graphVersion, "--graph-token", graphToken, "--app-secret", appSecret,
		"--verify-token", verifyToken, "--phone-number-id", phoneNumberID}
	h.souq.env = []string{"SOUQ_SECRET=" + hex.EncodeToString(h.secret), "SOUQ_ARBITER_KEY=" + arbiterKey}
	rpcURL := fmt.Sprintf("http://127.0.0.1:%d", rpcPort)
	var contractsFile string
	switch h.cfg.Chain {
	case "embedded":
		args = append(args, "--eth-rpc-addr", fmt.Sprintf("127.0.0.1:%d", rpcPort))
		contractsFile = filepath.Join(data, "evm", "souq-contracts.json")
	case "separate":
		nodeDir := filepath.Join(h.dir, "devchain")
		contractsFile = filepath.Join(nodeDir, "souq-contracts.json")
		h.node = &proc{name: "devchain", bin: h.souq.bin, logDir: h.souq.logDir,
			args: []string{"devchain", "--data-dir", nodeDir, "--rpc-addr", fmt.Sprintf("127.0.0.1:%d", rpcPort)}}
		if err := h.startNode(ctx, rpcURL, contractsFile); err != nil {
			return fmt.Errorf("separate chain mode needs `souq devchain --data-dir D --rpc-addr A`: %w", err)
		}
		c, _ := readContracts(contractsFile)
		h.proxy, err = startProxy(fmt.Sprintf("127.0.0.1:%d", rpcPort))
		if err != nil {
			return err
		}
		args = append(args, "--eth-rpc", "http://"+h.proxy.addr(), "--eth-chain-id", "1337", "--dev-chain", "--confirmations", "1",
			"--escrow", c.Escrow.Hex(), "--anchor", c.EventAnchor.Hex(), "--token", c.TestToken.Hex())
	default:
		return fmt.Errorf("-chain %q: want embedded or separate", h.cfg.Chain)
	}
	if h.cfg.HorizonFaults > 0 {
		if h.hz, err = startHorizon(h.dir); err != nil {
			return err
		}
		seed := sha256.Sum256(append([]byte("souq/stellar/seed/"), h.secret...))
		if err := h.hz.fund(ctx, deriveStellar(seed[:], "operator").Address()); err != nil {
			return err
		}
		args = append(args, "--horizon", h.hz.souqURL, "--stellar-network", sandbox.NetworkPassphrase)
	}
	h.souq.args = args
	h.printf("starting souq serve (%s chain)", h.cfg.Chain)
	if err := h.souq.start(); err != nil {
		return err
	}
	if err := waitReady(ctx, h.souq, souqURL+"/readyz", 3*time.Minute); err != nil {
		return err
	}
	c, err := readContracts(contractsFile)
	if err != nil {
		return err
	}
	h.chain = &chainView{url: rpcURL, c: c}
	// An auditor pins the trust root on first sight; every restart must publish the same one.
	if h.trust, err = h.api.trustRoot(ctx); err != nil {
		return fmt.Errorf("pinning the trust root: %w", err)
	}
	h.tk = &timeKeeper{chain: h.chain, gap: h.cfg.TravelGap}
	h.printf("souq ready at %s; chain %s, escrow %s, token %s", souqURL, rpcURL, c.Escrow.Hex(), c.TestToken.Hex())
	return nil
}

// startNode starts the standalone dev chain and waits for its contracts and RPC.
func (h *harness) startNode(ctx context.Context, rpcURL, contractsFile string) error {
	if err := h.node.start(); err != nil {
		return err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if !h.node.running() {
			return fmt.Errorf("devchain exited (log %s)", h.node.logPath(h.node.starts))
		}
		_, cerr := readContracts(contractsFile)
		if contractsFile == "" || cerr == nil {
			v := &chainView{url: rpcURL}
			if _, err := v.headTime(ctx); err == nil {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
	return errors.New("devchain not ready after 2 minutes")
}

// plan makes the people and the sales from the seed: every path appears (in a seeded order), each
// customer buys from one merchant, one sale after another; a redeem follows a token release.
func (h *harness) plan() {
	rng := rand.New(rand.NewPCG(h.cfg.Seed, 1))
	for i := range h.cfg.Merchants {
		key := crypto.Keccak256(fmt.Appendf(nil, "payout %d %d", h.cfg.Seed, i))
		h.merchants = append(h.merchants, &merchant{p: &person{Number: fmt.Sprintf("1650555%04d", 2000+i), Role: "merchant", g: h.g},
			Payout: common.BytesToAddress(key[12:]), Name: fmt.Sprintf("Soak Shop %d", i+1)})
	}
	for i := range h.cfg.Customers {
		h.customers = append(h.customers, &customer{p: &person{Number: fmt.Sprintf("1650555%04d", 3000+i), Role: "customer", g: h.g},
			Merchant: h.merchants[i%len(h.merchants)]})
	}
	// The first sales cover every path once: a token release first (it earns the points the first
	// customer's second sale redeems), the others in a seeded order; later sales pick at random.
	rest := []path{}
	for _, p := range allPaths {
		if p != pathUSDCConfirm && p != pathRedeem {
			rest = append(rest, p)
		}
	}
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	first := append([]path{pathUSDCConfirm}, rest...)
	if r := len(h.customers); r <= len(first) {
		first = append(first[:r], append([]path{pathRedeem}, first[r:]...)...)
	}
	late := 0
	for n := range h.cfg.Sales {
		c := h.customers[n%len(h.customers)]
		var p path
		if n < len(first) {
			p = first[n]
		} else {
			p = allPaths[rng.IntN(len(allPaths))]
		}
		if p == pathLateDelivery {
			late++
		}
		s := &sale{N: n, Path: p, Customer: c, Merchant: c.Merchant, Item: fmt.Sprintf("item-%03d", n),
			rng: rand.New(rand.NewPCG(h.cfg.Seed, uint64(n)+100))}
		if p.asset() == "ETH" {
			s.Total = new(big.Int).Mul(big.NewInt(10+rng.Int64N(80)), pow10(14)) // 0.001–0.009 ETH
		} else {
			s.Total = new(big.Int).Mul(big.NewInt(1000+rng.Int64N(9000)), pow10(4)) // 10.00–99.99 USDC
		}
		c.Sales = append(c.Sales, s)
		h.sales = append(h.sales, s)
	}
	// A customer's late-delivery sales come last: each waits for every other sale to be done, which
	// must not include the same customer's later sales.
	for _, c := range h.customers {
		sort.SliceStable(c.Sales, func(i, j int) bool {
			return c.Sales[i].Path != pathLateDelivery && c.Sales[j].Path == pathLateDelivery
		})
	}
	h.lateBarrier = newLateBarrier(len(h.sales) - late)
}

// meet registers the merchants (payout address, loyalty rule, the courier) and opts the customers in.
func (h *harness) meet(ctx context.Context) error {
	for _, m := range h.merchants {
		if _, err := h.sayWait(ctx, m.p, "register "+m.Payout.Hex(), "registered as a merchant"); err != nil {
			return err
		}
		if _, err := h.sayWait(ctx, m.p, "name "+m.Name, "coming from "+m.Name); err != nil {
			return err
		}
		if _, err := h.sayWait(ctx, m.p, "loyalty 1 per 10 USDC", "Loyalty rule saved"); err != nil {
			return err
		}
		// Only a merchant's couriers can have a delivery attested.
		if _, err := h.sayWait(ctx, m.p, "courier add +"+h.courier.Number, "is now one of your couriers"); err != nil {
			return err
		}
	}
	for _, c := range h.customers {
		if _, err := h.sayWait(ctx, c.p, "yes", "You're in"); err != nil {
			return err
		}
	}
	return nil
}
