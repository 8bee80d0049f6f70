package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"
)

func newTestServer(t *testing.T, cfg Config) (*Server, *test.Hook) {
	t.Helper()
	log, hook := test.NewNullLogger()
	cfg.Log = log
	return New(cfg), hook
}

func do(t *testing.T, h http.Handler, method, path string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestHealthAndReadiness(t *testing.T) {
	t.Parallel()
	storeDown := errors.New("store: closed")
	tests := []struct {
		name   string
		checks map[string]Check
		status int
		failed []string
	}{
		{"all ready", map[string]Check{"chain": okCheck, "store": okCheck}, 200, nil},
		{"store down", map[string]Check{"chain": okCheck, "store": func(context.Context) error { return storeDown }}, 503, []string{"store"}},
		{"slow check times out", map[string]Check{"horizon": func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }}, 503, []string{"horizon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, _ := newTestServer(t, Config{Checks: tt.checks, ReadyTimeout: 50 * time.Millisecond})
			if rec := do(t, s.Handler(), "GET", "/healthz", nil); rec.Code != 200 {
				t.Fatalf("healthz = %d", rec.Code)
			}
			rec := do(t, s.Handler(), "GET", "/readyz", nil)
			if rec.Code != tt.status {
				t.Fatalf("readyz = %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			var body struct {
				Ready  bool `json:"ready"`
				Checks []struct {
					Name string `json:"name"`
					OK   bool   `json:"ok"`
				} `json:"checks"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			var failed []string
			for _, c := range body.Checks {
				if !c.OK {
					failed = append(failed, c.Name)
				}
			}
			if strings.Join(failed, ",") != strings.Join(tt.failed, ",") || body.Ready != (tt.status == 200) {
				t.Fatalf("failed checks %v (ready %v), want %v", failed, body.Ready, tt.failed)
			}
		})
	}
}

func okCheck(context.Context) error { return nil }

// A relayer that cannot pay gas leaves souq ready (webhooks are still taken and queued) but
// degraded, with the reason in /readyz; a failing hard check still makes it unavailable.
func TestReadinessDegraded(t *testing.T) {
	t.Parallel()
	dry := errors.New("operator 0xabc cannot pay for a transaction: balance 0 wei, needs ~4500000000000 wei")
	tests := []struct {
		name      string
		checks    map[string]Check
		degraders map[string]Check
		code      int
		status    string
	}{
		{"funded", map[string]Check{"chain": okCheck}, map[string]Check{"relayer": okCheck}, 200, "ready"},
		{"relayer dry", map[string]Check{"chain": okCheck}, map[string]Check{"relayer": func(context.Context) error { return dry }}, 200, "degraded"},
		{"relayer dry and chain down", map[string]Check{"chain": func(context.Context) error { return errors.New("down") }},
			map[string]Check{"relayer": func(context.Context) error { return dry }}, 503, "unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, _ := newTestServer(t, Config{Checks: tt.checks, Degraders: tt.degraders})
			rec := do(t, s.Handler(), "GET", "/readyz", nil)
			var body struct {
				Status string `json:"status"`
				Checks []struct {
					Name     string `json:"name"`
					Degraded bool   `json:"degraded"`
					Error    string `json:"error"`
				} `json:"checks"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			if rec.Code != tt.code || body.Status != tt.status {
				t.Fatalf("readyz = %d %q, want %d %q: %s", rec.Code, body.Status, tt.code, tt.status, rec.Body)
			}
			for _, c := range body.Checks {
				if c.Name == "relayer" && tt.status != "ready" && (!c.Degraded || c.Error != dry.Error()) {
					t.Fatalf("relayer check = %+v, want degraded with the reason", c)
				}
			}
		})
	}
}

func TestErrorsAreJSONWithRequestID(t *testing.T) {
	t.Parallel()
	s, _ := newTestServer(t, Config{})
	rec := do(t, s.Handler(), "GET", "/nope", http.Header{"X-Request-Id": {"abc-123"}})
	if rec.Code != 404 {
		t.Fatalf("status %d", rec.Code)
	}
	var e ErrorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
		t.Fatalf("not JSON: %s", rec.Body)
	}
	if e.Code != "not_found" || e.RequestID != "abc-123" || rec.Header().Get("X-Request-Id") != "abc-123" {
		t.Fatalf("error body %+v, header %q", e, rec.Header().Get("X-Request-Id"))
	}
	// A hostile request id is replaced, not echoed.
	rec = do(t, s.Handler(), "GET", "/nope", http.Header{"X-Request-Id": {"<script>"}})
	if got := rec.Header().Get("X-Request-Id"); got == "<script>" || len(got) != 16 {
		t.Fatalf("request id %q", got)
	}
	rec = do(t, s.Handler(), "POST", "/healthz", nil)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /healthz = %d", rec.Code)
	}
}

func TestLogsCarryRouteNotPath(t *testing.T) {
	t.Parallel()
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(204) })
	s, hook := newTestServer(t, Config{Mounts: []Mount{{Prefix: "/webhook", Handler: echo}}})
	rec := do(t, s.Handler(), "GET", "/webhook?hub.verify_token=secret&from=5511999998888", nil)
	if rec.Code != 204 {
		t.Fatalf("mounted handler = %d", rec.Code)
	}
	for _, e := range hook.AllEntries() {
		line, _ := (&logrus.JSONFormatter{}).Format(e)
		if strings.Contains(string(line), "5511999998888") || strings.Contains(string(line), "secret") {
			t.Fatalf("log line leaks request data: %s", line)
		}
	}
	if len(hook.AllEntries()) == 0 || hook.LastEntry().Data["route"] != "/webhook" {
		t.Fatalf("no access log with the route: %+v", hook.AllEntries())
	}
}

func TestMetricsAndStellarTOML(t *testing.T) {
	t.Parallel()
	s, _ := newTestServer(t, Config{StellarTOML: func() ([]byte, error) { return []byte("VERSION=\"2.7.0\"\n"), nil }})
	do(t, s.Handler(), "GET", "/healthz", nil)
	rec := do(t, s.Handler(), "GET", "/metrics", nil)
	if !strings.Contains(rec.Body.String(), `souq_http_requests_total{method="GET",route="/healthz",status="200"} 1`) {
		t.Fatalf("metrics missing the request counter:\n%s", rec.Body)
	}
	rec = do(t, s.Handler(), "GET", "/.well-known/stellar.toml", nil)
	if rec.Code != 200 || rec.Header().Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(rec.Body.String(), "VERSION") {
		t.Fatalf("stellar.toml: %d %v %s", rec.Code, rec.Header(), rec.Body)
	}
}

func TestPortInUseIsAnError(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s, _ := newTestServer(t, Config{Addr: ln.Addr().String()})
	if _, err := s.Listen(); err == nil {
		t.Fatal("Listen on a port in use succeeded")
	}
}

func TestServeAndGracefulShutdown(t *testing.T) {
	t.Parallel()
	s, _ := newTestServer(t, Config{Addr: "127.0.0.1:0"})
	addr, err := s.Listen()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve() }()
	resp, err := http.Get("http://" + addr.String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "ok") {
		t.Fatalf("healthz over TCP: %d %s", resp.StatusCode, body)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("Serve after shutdown: %v", err)
	}
}

// A Shutdown that runs before the serving goroutine started (a start that fails right after the
// server was launched, a test closing at once) must still stop it; before, Serve ran for ever and
// Close waited for it.
func TestShutdownBeforeServe(t *testing.T) {
	t.Parallel()
	s, _ := newTestServer(t, Config{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.ServeListener(ln) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("ServeListener after Shutdown did not return")
	}
}
