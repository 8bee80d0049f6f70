package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/store"
)

// headClock is the escrow chain's clock on a chain souq does not seal: the newest header's time.
type headClock struct{ client *ethclient.Client }

func (c headClock) ChainNow(ctx context.Context) (time.Time, error) {
	h, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("newest header: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// devRPCClock is the clock of a `souq devchain` node in another process (serve --dev-chain): it
// asks the node to seal a block first when its head lags, as the embedded node does in process.
type devRPCClock struct{ client *ethclient.Client }

func (c devRPCClock) ChainNow(ctx context.Context) (time.Time, error) {
	var t devnode.DevTime
	if err := c.client.Client().CallContext(ctx, &t, "souqdev_chainNow"); err != nil {
		return time.Time{}, fmt.Errorf("souqdev_chainNow: %w", err)
	}
	return time.Unix(int64(t.HeadTime), 0).UTC(), nil
}

// chainClock is the chain's clock for the sale service: the embedded node's own (it seals blocks
// itself), a dev chain process's over its souqdev API, or else the newest header's.
func (a *App) chainClock() souq.ChainClock {
	switch {
	case a.Node != nil:
		return a.Node
	case a.cfg.DevChain:
		return devRPCClock{client: a.Client}
	}
	return headClock{client: a.Client}
}

// sampleOutbox refreshes the outbox depth (open intents) and the stuck-intents gauge.
func (a *App) sampleOutbox(ctx context.Context, m *server.Metrics) {
	work, err := a.Service.Outbox(ctx)
	if err != nil {
		return
	}
	m.OutboxDepth.Set(float64(len(work)))
	m.StuckIntents.Reset()
	for _, it := range work {
		if it.Stuck != "" {
			m.StuckIntents.WithLabelValues(string(it.Kind), it.Stuck).Inc()
		}
	}
}

func newStatusCmd(cfg *Config) *cobra.Command {
	var serverURL string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "List open and stuck outbound work (escrow, loyalty, notices) with the reason and what to do",
		Long: "With souq stopped the store is read directly; while souq runs (the file is locked) the list " +
			"comes from the server's admin endpoint, authorised with the arbiter key. Exit 3 when something is stuck.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			src := filepath.Join(cfg.DataDir, "souq.db")
			var r server.StatusReport
			db, err := store.OpenReadOnly(src)
			switch {
			case err == nil:
				now := time.Now().UTC()
				var work []souq.WorkItem
				err = db.ViewSales(func(tx souq.Tx) error {
					var err error
					work, err = souq.OutboxReport(tx, now)
					return err
				})
				db.Close()
				if err != nil {
					return err
				}
				r = server.NewStatusReport(now, work)
			case errors.Is(err, store.ErrLocked):
				if serverURL == "" {
					serverURL = "http://" + cfg.HTTPAddr
				}
				if r, err = statusFromServer(cmd.Context(), serverURL, cfg); err != nil {
					return err
				}
			default:
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(r); err != nil {
					return err
				}
			} else {
				printStatus(cmd.OutOrStdout(), r)
			}
			if r.Stuck > 0 {
				return exitError{code: 3, err: fmt.Errorf("%d stuck intents", r.Stuck)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&serverURL, "server", "", "running souq's base URL (default http://<http-addr>)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func statusFromServer(ctx context.Context, base string, cfg *Config) (server.StatusReport, error) {
	var r server.StatusReport
	key := os.Getenv("SOUQ_ARBITER_KEY")
	if key == "" {
		b, err := os.ReadFile(filepath.Join(cfg.DataDir, "arbiter-key"))
		if err != nil {
			return r, errors.New("souq is running: set $SOUQ_ARBITER_KEY to read its status through its server")
		}
		key = strings.TrimSpace(string(b))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(base, "/")+"/api/v1/admin/status", nil)
	if err != nil {
		return r, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return r, fmt.Errorf("status through %s: %w", base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return r, fmt.Errorf("status through %s: %s", base, resp.Status)
	}
	return r, json.NewDecoder(resp.Body).Decode(&r)
}

func printStatus(w io.Writer, r server.StatusReport) {
	fmt.Fprintf(w, "%d open, %d stuck (at %s)\n", r.Open, r.Stuck, r.At.Format(time.RFC3339))
	if len(r.Work) == 0 {
		return
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STUCK\tKIND\tSTATUS\tATTEMPTS\tAGE\tKEY\tLAST ERROR")
	for _, it := range r.Work {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", orDash(it.Stuck), it.Kind, it.Status, it.Attempts,
			time.Duration(it.AgeSeconds)*time.Second, it.Key, orDash(truncate(it.LastError, 80)))
	}
	tw.Flush()
	for _, it := range r.Work {
		if it.Action != "" {
			fmt.Fprintf(w, "\n%s (%s): %s", it.Key, it.Stuck, it.Action)
		}
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
