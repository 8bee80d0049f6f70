package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics are souq's Prometheus collectors. The HTTP ones are fed by the server; the others are set by
// the workers that know the figures (the webhook, the outbox, the chain and Horizon clients, the anchorer).
type Metrics struct {
	Requests        *prometheus.CounterVec
	RequestSeconds  *prometheus.HistogramVec
	Webhooks        *prometheus.CounterVec   // by result: accepted, duplicate, rejected
	OrdersByState   *prometheus.GaugeVec     // by state
	OutboxDepth     prometheus.Gauge         // intents not yet done
	InboxPending    prometheus.Gauge         // webhook events recorded, not yet processed
	ChainSeconds    *prometheus.HistogramVec // chain RPC latency by method
	HorizonSeconds  *prometheus.HistogramVec // Horizon latency by endpoint
	AnchoringLagSec prometheus.Gauge         // age of the oldest journal event not yet anchored
	StuckIntents    *prometheus.GaugeVec     // open intents that cannot proceed without help, by kind and reason
	AccountBalance  *prometheus.GaugeVec     // native balance (wei) of each operator account, by role and address
	AccountTxsLeft  *prometheus.GaugeVec     // transactions each operator account can still pay for at today's gas price
}

// NewMetrics registers souq's collectors (and the Go and process collectors) on reg.
func NewMetrics(reg *prometheus.Registry) *Metrics {
	m := &Metrics{
		Requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "souq_http_requests_total", Help: "HTTP requests by method, route and status.",
		}, []string{"method", "route", "status"}),
		RequestSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "souq_http_request_seconds", Help: "HTTP request latency by route.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route"}),
		Webhooks: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "souq_webhook_messages_total", Help: "WhatsApp webhook messages by result.",
		}, []string{"result"}),
		OrdersByState: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "souq_orders", Help: "Orders by state.",
		}, []string{"state"}),
		OutboxDepth: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "souq_outbox_depth", Help: "Intents in the outbox not yet done.",
		}),
		InboxPending: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "souq_inbox_pending", Help: "WhatsApp events acknowledged and recorded, not yet processed by the bot.",
		}),
		ChainSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "souq_chain_rpc_seconds", Help: "EVM JSON-RPC latency by method.",
		}, []string{"method"}),
		HorizonSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "souq_horizon_seconds", Help: "Horizon request latency by endpoint.",
		}, []string{"endpoint"}),
		AnchoringLagSec: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "souq_anchoring_lag_seconds", Help: "Age of the oldest journal event not yet anchored on-chain.",
		}),
		StuckIntents: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "souq_stuck_intents", Help: "Open outbox intents that cannot proceed without help, by kind and reason (operator, funds, attempts, age); `souq status` lists them.",
		}, []string{"kind", "reason"}),
		AccountBalance: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "souq_account_balance_wei", Help: "Native-coin balance of each operator account (the relayer pays every transaction's gas).",
		}, []string{"role", "address"}),
		AccountTxsLeft: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "souq_account_transactions_left", Help: "Transactions each operator account can still pay for at the current gas price (estimate).",
		}, []string{"role", "address"}),
	}
	reg.MustRegister(m.AccountBalance, m.AccountTxsLeft, m.Requests, m.RequestSeconds, m.Webhooks, m.OrdersByState, m.OutboxDepth, m.InboxPending,
		m.ChainSeconds, m.HorizonSeconds, m.AnchoringLagSec, m.StuckIntents,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *Metrics) observeRequest(method, route string, status int, d time.Duration) {
	m.Requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
	m.RequestSeconds.WithLabelValues(route).Observe(d.Seconds())
}

// CountWebhooks counts the webhook's answers by result: accepted (200, durably in the inbox, duplicates
// included), rejected (4xx: bad signature, too large, not a webhook) and failed (5xx: Meta retries).
func (m *Metrics) CountWebhooks(h http.Handler) http.Handler {
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
