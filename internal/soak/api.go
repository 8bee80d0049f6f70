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

// bundle fetches the proof bundle of journal event seq; ok is false while it is not anchored.
func (a *api) bundle(ctx context.Context, seq uint64) (*journal.Bundle, bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/api/v1/audit/events/%d/bundle", a.url, seq), nil)
	if err != nil {
		return nil, false, err
	}
	resp, err := a.http.Do(req)
	if err != nil {
		return nil, false, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, false, nil
	}
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return nil, false, fmt.Errorf("bundle %d: %s %s", seq, resp.Status, b)
	}
	b, err := audit.ParseBundle(resp.Body)
	return b, err == nil, err
}

func newAPI(url, key string) *api {
	return &api{url: url, arbiterKey: key, http: &http.Client{Timeout: 20 * time.Second}}
}
