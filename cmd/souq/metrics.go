package main

import (
	"context"
	"net/http"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/server"
)

// countWebhooks counts webhook answers by result: accepted (200, durably in the inbox, duplicates
// included), rejected (4xx: bad signature, too large, not a webhook) and failed (5xx: Meta retries).
func countWebhooks(m *server.Metrics, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			h.ServeHTTP(w, r)
			return
		}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		result := "accepted"
		switch {
		case rec.status >= 500:
			result = "failed"
		case rec.status >= 400:
			result = "rejected"
		}
		m.Webhooks.WithLabelValues(result).Inc()
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// sampleMetrics refreshes the gauges that are read from state rather than counted: active orders by
// state, outbox depth and stuck intents, the inbox's backlog, anchoring lag, and probe latencies of
// the chain RPC and Horizon.
func (a *App) sampleMetrics(ctx context.Context) {
	m := a.srv.Metrics()
	byState := map[souq.OrderStatus]int{}
	_ = a.DB.Sales().View(ctx, func(tx souq.Tx) error {
		return tx.ActiveOrders(func(o *souq.Order) error { byState[o.Status]++; return nil })
	})
	m.OrdersByState.Reset()
	for st, n := range byState {
		m.OrdersByState.WithLabelValues(string(st)).Set(float64(n))
	}
	a.sampleOutbox(ctx, m)
	if n, err := a.DB.InboxPendingCount(); err == nil {
		m.InboxPending.Set(float64(n))
	}
	if lag, err := a.Anchor.Lag(ctx, time.Now()); err == nil {
		m.AnchoringLagSec.Set(lag.Seconds())
	}
	start := time.Now()
	if _, err := a.Client.BlockNumber(ctx); err == nil {
		m.ChainSeconds.WithLabelValues("eth_blockNumber").Observe(time.Since(start).Seconds())
	}
	start = time.Now()
	if err := httpOK(ctx, a.HorizonURL); err == nil {
		m.HorizonSeconds.WithLabelValues("root").Observe(time.Since(start).Seconds())
	}
}

func (a *App) runMetrics(ctx context.Context) error {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		a.sampleMetrics(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
