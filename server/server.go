// Package server is souq's HTTP front: the WhatsApp webhook, the merchant/arbiter and audit APIs, the
// operator's admin routes, the pages, stellar.toml, health and metrics, on one gin engine. Its
// handlers reach the service, the store and the transparency log through ports declared here.
//
// Nothing here calls a chain: handlers record what arrived (the webhook's inbox, the service's
// outbox) and answer; workers behind the store carry the work out.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/sirupsen/logrus"
)

// Check is one dependency /readyz asks about (chain RPC, Horizon, store).
type Check func(ctx context.Context) error

// Mount is an http.Handler served under a path prefix (the webhook, the simulator, the Graph API fake).
type Mount struct {
	Prefix  string
	Handler http.Handler
}

// Config is what the server needs to run.
type Config struct {
	Addr string // listen address, e.g. 127.0.0.1:8080
	// Checks are the readiness checks by name; /readyz answers 503 naming every failing one.
	Checks map[string]Check
	// Degraders are checks whose failure leaves souq ready but degraded (the relayer cannot pay
	// gas: webhooks are still taken and queued): /readyz answers 200 with status "degraded" and
	// the reason, so monitoring sees it and the load balancer keeps sending work.
	Degraders map[string]Check
	// Mounts are handlers served under their prefixes, all methods.
	Mounts []Mount
	// StellarTOML serves /.well-known/stellar.toml (SEP-1) when set.
	StellarTOML func() ([]byte, error)
	// Registry collects the metrics /metrics exposes; a fresh one is made when nil.
	Registry *prometheus.Registry
	Log      logrus.FieldLogger
	// ReadyTimeout bounds each readiness check (default 2s).
	ReadyTimeout time.Duration
}

// Server is souq's HTTP server.
type Server struct {
	cfg     Config
	engine  *gin.Engine
	metrics *Metrics
	http    *http.Server
	mu      sync.Mutex
	ln      net.Listener
	closed  bool // Shutdown ran: a Serve that starts after it returns at once
}

// New builds the engine and its routes. Call Routes() to add API groups before Start.
func New(cfg Config) *Server {
	gin.SetMode(gin.ReleaseMode)
	if cfg.Log == nil {
		l := logrus.New()
		l.SetFormatter(&logrus.JSONFormatter{})
		cfg.Log = l
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	if cfg.ReadyTimeout == 0 {
		cfg.ReadyTimeout = 2 * time.Second
	}
	s := &Server{cfg: cfg, engine: gin.New(), metrics: NewMetrics(cfg.Registry)}
	s.engine.Use(requestID(), s.accessLog(), recovery(cfg.Log))
	s.engine.NoRoute(func(c *gin.Context) { Error(c, http.StatusNotFound, "not_found", "no such route") })
	s.engine.NoMethod(func(c *gin.Context) {
		Error(c, http.StatusMethodNotAllowed, "method_not_allowed", "method not allowed here")
	})
	s.engine.HandleMethodNotAllowed = true

	s.engine.GET("/healthz", func(c *gin.Context) { c.JSON(http.StatusOK, gin.H{"status": "ok"}) })
	s.engine.GET("/readyz", s.ready)
	s.engine.GET("/metrics", gin.WrapH(promhttp.HandlerFor(cfg.Registry, promhttp.HandlerOpts{})))
	if cfg.StellarTOML != nil {
		s.engine.GET("/.well-known/stellar.toml", s.stellarTOML)
	}
	for _, m := range cfg.Mounts {
		h := gin.WrapH(m.Handler)
		s.engine.Any(m.Prefix, h)
		s.engine.Any(m.Prefix+"/*rest", h)
	}
	return s
}

// Engine exposes the gin engine so adapters can register their route groups (the API, audit).
func (s *Server) Engine() *gin.Engine { return s.engine }

// Metrics returns the server's Prometheus collectors.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Handler returns the server as an http.Handler (tests, httptest).
func (s *Server) Handler() http.Handler { return s.engine }

// Listen binds the configured address; a port in use is a clear error.
func (s *Server) Listen() (net.Addr, error) {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.ln = ln
	s.http = &http.Server{Handler: s.engine, ReadHeaderTimeout: 10 * time.Second}
	s.mu.Unlock()
	return ln.Addr(), nil
}

// Serve serves on the listener from Listen until Shutdown; it returns nil after a graceful shutdown.
func (s *Server) Serve() error {
	s.mu.Lock()
	srv, ln := s.http, s.ln
	s.mu.Unlock()
	if srv == nil {
		return errors.New("server: Serve before Listen")
	}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// ServeListener serves on a listener the caller opened (so it knows the address before anything
// else starts) until Shutdown; it returns nil after a graceful shutdown.
func (s *Server) ServeListener(ln net.Listener) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ln.Close()
	}
	s.ln = ln
	s.http = &http.Server{Handler: s.engine, ReadHeaderTimeout: 10 * time.Second}
	s.mu.Unlock()
	return s.Serve()
}

// Shutdown stops accepting requests and waits for the ones in flight.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	srv := s.http
	s.closed = true
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	return srv.Shutdown(ctx)
}

func (s *Server) ready(c *gin.Context) {
	names := make([]string, 0, len(s.cfg.Checks)+len(s.cfg.Degraders))
	for n := range s.cfg.Checks {
		names = append(names, n)
	}
	for n := range s.cfg.Degraders {
		names = append(names, n)
	}
	sort.Strings(names)
	type result struct {
		Name     string `json:"name"`
		OK       bool   `json:"ok"`
		Degraded bool   `json:"degraded,omitempty"`
		Error    string `json:"error,omitempty"`
	}
	results := make([]result, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.ReadyTimeout)
			defer cancel()
			results[i] = result{Name: n, OK: true}
			check, hard := s.cfg.Checks[n]
			if !hard {
				check = s.cfg.Degraders[n]
			}
			if err := check(ctx); err != nil {
				results[i] = result{Name: n, Degraded: !hard, Error: err.Error()}
			}
		}()
	}
	wg.Wait()
	status, state := http.StatusOK, "ready"
	for _, r := range results {
		switch {
		case !r.OK && !r.Degraded:
			status, state = http.StatusServiceUnavailable, "unavailable"
		case !r.OK && state == "ready":
			state = "degraded"
		}
	}
	c.JSON(status, gin.H{"ready": status == http.StatusOK, "status": state, "checks": results})
}

func (s *Server) stellarTOML(c *gin.Context) {
	body, err := s.cfg.StellarTOML()
	if err != nil {
		Error(c, http.StatusServiceUnavailable, "unavailable", "stellar.toml is not available yet")
		return
	}
	// SEP-1: served with CORS open so wallets and explorers can read it from a browser.
	c.Header("Access-Control-Allow-Origin", "*")
	c.Data(http.StatusOK, "text/plain; charset=utf-8", body)
}

// ErrorBody is the JSON shape of every API error.
type ErrorBody struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id,omitempty"`
}

// Error answers with a JSON error and stops the handler chain.
func Error(c *gin.Context, status int, code, message string) {
	c.AbortWithStatusJSON(status, ErrorBody{Code: code, Message: message, RequestID: c.GetString(requestIDKey)})
}

const requestIDKey = "request_id"

// requestID takes a well-formed X-Request-Id or makes one, and echoes it.
func requestID() gin.HandlerFunc {
	return func(c *gin.Context) {
		id := c.GetHeader("X-Request-Id")
		if !validRequestID(id) {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		c.Set(requestIDKey, id)
		c.Header("X-Request-Id", id)
		c.Next()
	}
}

func validRequestID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// accessLog logs one line per request: method, route pattern (never the raw path or query, which may
// carry phone numbers or tokens), status and latency; and counts it.
func (s *Server) accessLog() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		route := c.FullPath()
		if route == "" {
			route = "unmatched"
		}
		elapsed := time.Since(start)
		s.metrics.observeRequest(c.Request.Method, route, c.Writer.Status(), elapsed)
		s.cfg.Log.WithFields(logrus.Fields{
			"request_id": c.GetString(requestIDKey),
			"method":     c.Request.Method,
			"route":      route,
			"status":     c.Writer.Status(),
			"ms":         elapsed.Milliseconds(),
		}).Info("http")
	}
}

func recovery(log logrus.FieldLogger) gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				log.WithField("request_id", c.GetString(requestIDKey)).WithField("panic", r).Error("handler panicked")
				Error(c, http.StatusInternalServerError, "internal", "internal error")
			}
		}()
		c.Next()
	}
}
