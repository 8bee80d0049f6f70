package soak

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/journal"
)

// api is souq's HTTP surface as the arbiter and an auditor use it.
type api struct {
	url        string
	arbiterKey string
	http       *http.Client
}

// resolve is the arbiter's decision on a dispute: buyerAmount ("12.2 USDC") back to the buyer.
func (a *api) resolve(ctx context.Context, orderID, buyerAmount string) error {
	body, _ := json.Marshal(map[string]string{"buyer_amount": buyerAmount, "note": "soak: part refund for a crushed box"})
	return retry(ctx, func() error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url+"/api/v1/arbiter/orders/"+orderID+"/resolve", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+a.arbiterKey)
		req.Header.Set("Content-Type", "application/json")
		resp, err := a.http.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			err := fmt.Errorf("resolve %s: %s %s", orderID, resp.Status, bytes.TrimSpace(b))
			if resp.StatusCode >= 500 {
				return err // souq restarting: retried
			}
			return &permanent{err}
		}
		return nil
	})
}

// permanent is an error retry gives up on at once.
type permanent struct{ error }

func (p *permanent) Unwrap() error { return p.error }

// outboxDepth reads souq_outbox_depth from /metrics: the only figure of souq's own state the soak
// reads (the rest is judged from the chains and the Graph record).
func (a *api) outboxDepth(ctx context.Context) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.url+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var total float64
	found := false
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "souq_outbox_depth") {
			continue
		}
		f := strings.Fields(line)
		v, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err == nil {
			total += v
			found = true
		}
	}
	if !found {
		return 0, errors.New("no souq_outbox_depth in /metrics")
	}
	return total, sc.Err()
}

// get fetches path from souq's API; ok is false on 404 and on 503 not_anchored (not there yet).
func (a *api) get(ctx context.Context, path string) (body []byte, ok bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.url+path, nil)
	if err != nil {
		return nil, false, err
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return nil, false, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, false, err
	}
	var e struct {
		Code string `json:"code"`
	}
	_ = json.Unmarshal(b, &e)
	switch {
	case resp.StatusCode == http.StatusOK:
		return b, true, nil
	case resp.StatusCode == http.StatusNotFound,
		resp.StatusCode == http.StatusServiceUnavailable && e.Code == "not_anchored":
		return nil, false, nil
	}
	return nil, false, fmt.Errorf("GET %s: %s %s", path, resp.Status, bytes.TrimSpace(b))
}

// bundle fetches the proof bundle of journal event seq; ok is false while no anchored checkpoint
// covers it.
func (a *api) bundle(ctx context.Context, seq uint64) (*journal.Bundle, bool, error) {
	b, ok, err := a.get(ctx, fmt.Sprintf("/api/v1/audit/events/%d/bundle", seq))
	if !ok || err != nil {
		return nil, false, err
	}
	bu, err := audit.ParseBundle(bytes.NewReader(b))
	return bu, err == nil, err
}

// consistency fetches the consistency bundle between the anchored checkpoints of sizes from and to.
func (a *api) consistency(ctx context.Context, from, to uint64) (*journal.Consistency, error) {
	b, ok, err := a.get(ctx, fmt.Sprintf("/api/v1/audit/consistency?from=%d&to=%d", from, to))
	if err == nil && !ok {
		err = fmt.Errorf("consistency %d → %d: not found", from, to)
	}
	if err != nil {
		return nil, err
	}
	return audit.ParseConsistency(bytes.NewReader(b))
}

// trustRoot reads the trust root souq publishes at /.well-known/souq-trust.json, which an auditor
// pins on first sight.
func (a *api) trustRoot(ctx context.Context) (audit.TrustRoot, error) {
	b, ok, err := a.get(ctx, "/.well-known/souq-trust.json")
	if err == nil && !ok {
		err = errors.New("no /.well-known/souq-trust.json")
	}
	if err != nil {
		return audit.TrustRoot{}, err
	}
	return audit.ParseTrustRoot(bytes.NewReader(b))
}

// logSize is the number of events in souq's journal (GET /api/v1/audit/head): what the latest
// anchored checkpoint must cover once souq is idle.
func (a *api) logSize(ctx context.Context) (uint64, error) {
	b, ok, err := a.get(ctx, "/api/v1/audit/head")
	if err == nil && !ok {
		err = errors.New("no /api/v1/audit/head")
	}
	if err != nil {
		return 0, err
	}
	var h struct {
		Size *uint64 `json:"size"`
	}
	if err := json.Unmarshal(b, &h); err != nil || h.Size == nil {
		return 0, fmt.Errorf("audit head: no size in %s (%v)", truncate(string(b), 200), err)
	}
	return *h.Size, nil
}

func newAPI(url, key string) *api {
	return &api{url: url, arbiterKey: key, http: &http.Client{Timeout: 20 * time.Second}}
}
