package soak

import (
	"context"
	"fmt"
	"math/rand/v2"
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

// gaps spreads n events over the time left in ctx, seeded: each gap is 0.5–1.5 times the mean.
func gaps(ctx context.Context, rng *rand.Rand, n int, share float64) func() time.Duration {
	end, _ := ctx.Deadline()
	mean := time.Duration(float64(time.Until(end)) * share / float64(n+1))
	return func() time.Duration {
		d := mean/2 + time.Duration(rng.Int64N(int64(mean)+1))
		return max(d, 3*time.Second)
	}
}

// killLoop SIGKILLs souq serve at seeded random moments while people are busy, restarts it on the
// same data directory and measures the recovery: kill → /readyz → the next message souq sends.
func (h *harness) killLoop(ctx context.Context) {
	if h.cfg.Kills == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(h.cfg.Seed, 2))
	// Expect the sales to take about half the driving time: kills go in that half.
	next := gaps(ctx, rng, h.cfg.Kills, 0.5)
	for range h.cfg.Kills {
		if !sleepCtx(ctx, next()) {
			return
		}
		k := kill{Phase: h.phase(), At: time.Now()}
		mark := h.g.lastSeq()
		h.souq.kill()
		h.printf("SIGKILL souq during %s", k.Phase)
		if err := h.restartSouq(context.WithoutCancel(ctx)); err != nil {
			k.Err = err.Error()
		}
		k.Ready = time.Since(k.At)
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

func (h *harness) restartSouq(ctx context.Context) error {
	if err := h.souq.start(); err != nil {
		return err
	}
	return waitReady(ctx, h.souq, h.api.url+"/readyz", 3*time.Minute)
}

// graphFaultLoop makes the Graph API answer 503, or hang, for a few seconds at a time.
func (h *harness) graphFaultLoop(ctx context.Context) {
	if h.cfg.GraphFaults == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(h.cfg.Seed, 3))
	next := gaps(ctx, rng, h.cfg.GraphFaults, 0.6)
	for i := range h.cfg.GraphFaults {
		if !sleepCtx(ctx, next()) {
			return
		}
		d := 3*time.Second + time.Duration(rng.Int64N(int64(7*time.Second)))
		hang := i%2 == 1
		h.g.fault(d, hang)
		what := "503"
		if hang {
			what = "hangs"
		}
		h.note(fmt.Sprintf("graph API %s for %s", what, d.Round(time.Second)))
		sleepCtx(ctx, d)
	}
}

// chainFaultLoop (separate mode) stops and restarts the chain node, or stalls its RPC.
func (h *harness) chainFaultLoop(ctx context.Context) {
	if h.cfg.ChainFaults == 0 {
		return
	}
	rng := rand.New(rand.NewPCG(h.cfg.Seed, 4))
	next := gaps(ctx, rng, h.cfg.ChainFaults, 0.6)
	for i := range h.cfg.ChainFaults {
		if !sleepCtx(ctx, next()) {
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
		if open == 0 && err == nil && depth == 0 {
			return
		}
		if !sleepCtx(ctx, 2*time.Second) {
			return
		}
	}
}
