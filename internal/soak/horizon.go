package soak

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"time"

	"github.com/souqchain/souq/chain/stellar/sandbox"
)

// horizon is the Stellar side run by the harness (with -horizon-faults): the sandbox ledger in the
// harness process, served twice — directly for the judge, and through a fault window for souq
// (--horizon), which answers 503 or hangs for a while as a Horizon outage does.
type horizon struct {
	sb      *sandbox.Sandbox
	direct  *http.Server
	faulty  *http.Server
	url     string // for the judge
	souqURL string // for souq's --horizon

	mu       sync.Mutex
	faultEnd time.Time
	hang     bool
}

func startHorizon(dir string) (*horizon, error) {
	sb, err := sandbox.New(sandbox.Config{DBPath: filepath.Join(dir, "stellar-sandbox.db"), LedgerInterval: time.Second})
	if err != nil {
		return nil, fmt.Errorf("stellar sandbox: %w", err)
	}
	h := &horizon{sb: sb}
	serve := func(hd http.Handler) (*http.Server, string, error) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, "", err
		}
		srv := &http.Server{Handler: hd, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		return srv, "http://" + ln.Addr().String() + "/", nil
	}
	if h.direct, h.url, err = serve(sb); err != nil {
		sb.Close()
		return nil, err
	}
	if h.faulty, h.souqURL, err = serve(h.withFaults(sb)); err != nil {
		h.close()
		return nil, err
	}
	return h, nil
}

func (h *horizon) close() {
	for _, s := range []*http.Server{h.direct, h.faulty} {
		if s != nil {
			_ = s.Close()
		}
	}
	_ = h.sb.Close()
}

func (h *horizon) fault(d time.Duration, hang bool) {
	h.mu.Lock()
	h.faultEnd, h.hang = time.Now().Add(d), hang
	h.mu.Unlock()
}

func (h *horizon) withFaults(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		on, hang := time.Now().Before(h.faultEnd), h.hang
		h.mu.Unlock()
		if on {
			if hang {
				select {
				case <-time.After(30 * time.Second):
				case <-r.Context().Done():
					return
				}
			}
			w.Header().Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte(`{"type":"https://stellar.org/horizon-errors/service_unavailable","title":"Service Unavailable","status":503}`))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// fund creates and funds an account through the sandbox's friendbot (souq's Stellar operator: with
// --horizon souq expects it funded, as on testnet).
func (h *horizon) fund(ctx context.Context, addr string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.url+"friendbot?addr="+addr, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("friendbot %s: %s", addr, resp.Status)
	}
	return nil
}

// horizonFaultLoop makes Horizon answer 503, or hang, for a few seconds at a time.
func (h *harness) horizonFaultLoop(ctx context.Context) {
	if h.hz == nil {
		return
	}
	h.outageLoop(ctx, "Horizon", h.cfg.HorizonFaults, 5, 0.7, 5*time.Second, 10*time.Second, h.hz.fault)
}
