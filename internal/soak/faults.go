package soak

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// sleepCtx sleeps d or until ctx ends; false if ctx ended.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	select {
	case <-ctx.Done():
		return false
	case <-time.After(d):
		return true
	}
}

// atProgress waits until the people have driven at least frac of the sales, then a seeded jitter of
// up to jitter more: faults are spread over the sales however long each one takes.
func (h *harness) atProgress(ctx context.Context, rng *rand.Rand, frac float64, jitter time.Duration) bool {
	want := int64(frac * float64(len(h.sales)))
	for h.driven.Load() < want {
		if !sleepCtx(ctx, 200*time.Millisecond) {
			return false
		}
	}
	return sleepCtx(ctx, time.Duration(rng.Int64N(int64(jitter)+1)))
}

// killLoop SIGKILLs souq serve at seeded random moments while people are busy, restarts it on the
// same data directory and measures the recovery: kill → /readyz → the next message souq sends.
func (h *harness) killLoop(ctx context.Context) {
	if h.cfg.Kills == 0 {
		return
	}
	rng := newRand(h.cfg.Seed, 2)
	for i := range h.cfg.Kills {
		// A short jitter: each kill also waits for souq's recovery, and the kills must all land
		// while people are still buying (48 kills with 4×ThinkMax of jitter outlasted 120 sales).
		if !h.atProgress(ctx, rng, (float64(i)+0.5)/float64(h.cfg.Kills), h.cfg.ThinkMax) {
			return
		}
		k := kill{Phase: h.phase(), At: time.Now()}
		mark := h.g.lastSeq()
		h.killing.Store(true)
		h.souq.kill()
		h.printf("SIGKILL souq during %s", k.Phase)
		if err := h.restartSouq(context.WithoutCancel(ctx)); err != nil {
			k.Err = err.Error()
			k.Ready = time.Since(k.At)
			h.mu.Lock()
			h.kills = append(h.kills, k)
			h.mu.Unlock()
			h.giveUp("restart-failed", fmt.Sprintf("souq does not start again after SIGKILL during %s: %v", k.Phase, err))
			return
		}
		k.Ready = time.Since(k.At)
		h.killing.Store(false)
		// Progress: the first message souq sends after coming back, within a minute and a half.
		pctx, cancel := context.WithTimeout(ctx, 90*time.Second)
		for pctx.Err() == nil {
			if out := h.g.outbox(mark); len(out) > 0 && out[len(out)-1].At.After(k.At.Add(k.Ready)) {
				for _, o := range out {
					if o.At.After(k.At.Add(k.Ready)) {
						k.Progress = o.At.Sub(k.At)
						break
					}
				}
				break
			}
			sleepCtx(pctx, 100*time.Millisecond)
		}
		cancel()
		h.mu.Lock()
		h.kills = append(h.kills, k)
		h.mu.Unlock()
	}
}

// restartSouq starts souq on the same data directory, waits until it is ready and checks that it
// publishes the trust root pinned at its first start.
func (h *harness) restartSouq(ctx context.Context) error {
	if err := h.souq.start(); err != nil {
		return err
	}
	if err := waitReady(ctx, h.souq, h.api.url+"/readyz", 3*time.Minute); err != nil {
		return err
	}
	got, err := h.api.trustRoot(ctx)
	d := ""
	switch {
	case err != nil:
		d = "cannot read it: " + err.Error()
	default:
		d = trustDiff(h.trust, got)
	}
	if d != "" {
		h.violation(Violation{Kind: "trust-root", Detail: "after a restart souq publishes another trust root than the one pinned at its first start: " + d})
	}
	return nil
}

// graphFaultLoop makes the Graph API answer 503, or hang, for a few seconds at a time.
func (h *harness) graphFaultLoop(ctx context.Context) {
	h.outageLoop(ctx, "graph API", h.cfg.GraphFaults, 3, 0.5, 3*time.Second, 7*time.Second, h.g.fault)
}

// outageLoop puts a service (the Graph API, Horizon) out for n windows spread over the sales'
// progress (the i-th at (i+offset)/n): each lasts shortest plus up to spread, answering 503 and
// hanging in turn. seed keeps each service's windows its own and reproducible.
func (h *harness) outageLoop(ctx context.Context, name string, n int, seed uint64, offset float64, shortest, spread time.Duration, fault func(time.Duration, bool)) {
	if n == 0 {
		return
	}
	rng := newRand(h.cfg.Seed, seed)
	for i := range n {
		if !h.atProgress(ctx, rng, (float64(i)+offset)/float64(n), 4*h.cfg.ThinkMax) {
			return
		}
		d := shortest + time.Duration(rng.Int64N(int64(spread)))
		hang := i%2 == 1
		fault(d, hang)
		what := "503"
		if hang {
			what = "hangs"
		}
		h.note(fmt.Sprintf("%s %s for %s", name, what, d.Round(time.Second)))
		sleepCtx(ctx, d)
	}
}

// chainFaultLoop (separate mode) stops and restarts the chain node, or stalls its RPC.
func (h *harness) chainFaultLoop(ctx context.Context) {
	if h.node == nil || h.cfg.ChainFaults == 0 {
		return
	}
	rng := newRand(h.cfg.Seed, 4)
	for i := range h.cfg.ChainFaults {
		if !h.atProgress(ctx, rng, (float64(i)+0.3)/float64(h.cfg.ChainFaults), 4*h.cfg.ThinkMax) {
			return
		}
		if i%2 == 0 {
			d := 5*time.Second + time.Duration(rng.Int64N(int64(10*time.Second)))
			h.proxy.stall(d)
			h.note(fmt.Sprintf("chain RPC stalls for %s", d.Round(time.Second)))
			sleepCtx(ctx, d)
			continue
		}
		h.node.stop()
		down := time.Duration(2+rng.IntN(8)) * time.Second
		sleepCtx(context.WithoutCancel(ctx), down)
		err := h.startNode(context.WithoutCancel(ctx), h.chain.url, "")
		msg := fmt.Sprintf("chain node stopped for %s and restarted", down)
		if err != nil {
			msg += ": " + err.Error()
		}
		h.note(msg)
	}
}

func (h *harness) note(s string) {
	h.printf("%s", s)
	h.mu.Lock()
	h.faults = append(h.faults, s)
	h.mu.Unlock()
}

// settle waits, with nobody acting, until every driven order is closed on the chain and souq's
// outbox is empty, or the settle time is over.
func (h *harness) settle(ctx context.Context) {
	for {
		open := 0
		if l, err := h.chain.ledger(ctx); err == nil {
			for _, s := range h.sales {
				if s.OrderID == "" || s.Skipped != "" {
					continue
				}
				if o := l.Orders[hexHash(s.OrderID)]; o == nil || o.closes() == 0 {
					open++
				}
			}
		} else {
			open = -1
		}
		depth, err := h.api.outboxDepth(ctx)
		if open == 0 && err == nil && depth == 0 && h.closesAnchored(ctx) {
			return
		}
		if !sleepCtx(ctx, 2*time.Second) {
			return
		}
	}
}

// closesAnchored reports whether the latest anchored checkpoint covers the whole log and every
// driven order has its closing event in it.
func (h *harness) closesAnchored(ctx context.Context) bool {
	if err := h.scanJournal(ctx); err != nil || !h.jv.caughtUp() {
		return false
	}
	for _, s := range h.sales {
		if s.OrderID != "" && s.Skipped == "" && h.jv.closed[strings.ToLower(s.OrderID)] == "" {
			return false
		}
	}
	return true
}

// watchdog notices souq ending by itself (not killed by the harness): a violation, then a restart.
func (h *harness) watchdog(ctx context.Context) {
	for sleepCtx(ctx, time.Second) {
		if h.killing.Load() || h.souq.running() {
			continue
		}
		v := Violation{Kind: "souq-exited", Detail: "souq serve ended by itself during " + h.phase(), Logs: h.souq.tail(3)}
		h.mu.Lock()
		h.crashes = append(h.crashes, v)
		h.mu.Unlock()
		h.printf("souq serve ended by itself; restarting it")
		if err := h.restartSouq(context.WithoutCancel(ctx)); err != nil {
			h.giveUp("restart-failed", "souq does not start again after it ended by itself: "+err.Error())
			return
		}
	}
}

// newRand is the seeded source of one component (stream), so each is reproducible on its own.
func newRand(seed, stream uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, stream)) }
