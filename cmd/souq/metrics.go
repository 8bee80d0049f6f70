package main

import (
	"context"
	"time"

	"github.com/souqchain/souq"
)

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
