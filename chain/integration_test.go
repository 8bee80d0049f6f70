package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	bolt "go.etcd.io/bbolt"
)

// These tests and benchmarks run on the real embedded node (chain/devnode), over its in-process
// client and, for the audit, over HTTP JSON-RPC as an auditor would.

func startNode(t testing.TB, dir string) *devnode.Node {
	t.Helper()
	n, err := devnode.Start(context.Background(), devnode.Config{DataDir: dir, Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func openDB(t testing.TB, path string) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func recipient(i int) common.Address { return common.BigToAddress(big.NewInt(int64(0xa0000 + i))) }

func TestRestartNodeAndSenderMidFlightActsOnce(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		hooks func(fire func() error) sender.Hooks
	}{
		{"crash between signed and sent", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterSigned: func(*sender.Intent) error { return f() }}
		}},
		{"crash between sent and mined", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterSent: func(*sender.Intent) error { return f() }}
		}},
		{"crash after mined before recorded", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterMined: func(*sender.Intent) error { return f() }}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			dbPath := filepath.Join(dir, "souq.db")
			faucet, _ := devnode.DevAccount("faucet")
			key := keys.NewKey(faucet.Key)
			const n = 10

			node := startNode(t, filepath.Join(dir, "evm"))
			db := openDB(t, dbPath)
			st, _ := txstore.New(db)
			var fired atomic.Int32
			cfg := sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 10 * time.Millisecond, Rebroadcast: 100 * time.Millisecond}
			cfg.Hooks = tt.hooks(func() error {
				if fired.Add(1) == 5 {
					return errors.New("power cut")
				}
				return nil
			})
			s := sender.New(node.Client(), st, key, cfg)
			for i := range n {
				to := recipient(i)
				if _, err := s.Submit(context.Background(), fmt.Sprint("pay/", i), "pay", sender.Call{To: &to, Value: big.NewInt(int64(i + 1))}); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := s.Run(ctx); !errors.Is(err, sender.ErrAborted) {
				t.Fatalf("first run: %v", err)
			}
			// Everything goes down: the process, its database and the node.
			db.Close()
			if err := node.Close(); err != nil {
				t.Fatal(err)
			}

			ctx, cancel = context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			node = startNode(t, filepath.Join(dir, "evm"))
			defer node.Close()
			db = openDB(t, dbPath)
			defer db.Close()
			st, _ = txstore.New(db)
			cfg.Hooks = sender.Hooks{}
			s = sender.New(node.Client(), st, key, cfg)
			go s.Run(ctx)
			nonces := map[uint64]bool{}
			for i := range n {
				in, err := s.Wait(ctx, fmt.Sprint("pay/", i))
				if err != nil || in.State != sender.Confirmed {
					t.Fatalf("intent %d: %v %v", i, in, err)
				}
				bal, _ := node.Client().BalanceAt(ctx, recipient(i), nil)
				if bal.Cmp(big.NewInt(int64(i+1))) != 0 {
					t.Errorf("recipient %d has %s wei, want exactly %d", i, bal, i+1)
				}
				if nonces[in.Nonce] {
					t.Errorf("nonce %d reused", in.Nonce)
				}
				nonces[in.Nonce] = true
			}
		})
	}
}

func TestAuditVerifyOverHTTP(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	node := startNode(t, filepath.Join(dir, "evm"))
	defer node.Close()
	db := openDB(t, filepath.Join(dir, "souq.db"))
	defer db.Close()
	st, _ := txstore.New(db)
	j, _ := journal.Open(db)
	op, _ := devnode.DevAccount("operator")
	s := sender.New(node.Client(), st, keys.NewKey(op.Key), sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	a := journal.NewAnchorer(j, s, journal.AnchorConfig{ChainID: devnode.ChainID, Contract: node.Contracts().EventAnchor, MaxBatch: 8})
	for i := range 5 {
		j.Append(ctx, journal.Entry{Type: "order.released", Data: map[string]string{"i": fmt.Sprint(i)}})
	}
	var b *journal.Bundle
	deadline := time.Now().Add(20 * time.Second)
	for {
		if err := a.Step(ctx, true); err != nil {
			t.Fatal(err)
		}
		var err error
		if b, err = a.Bundle(ctx, 3); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	write := func(b *journal.Bundle) string {
		raw, _ := json.Marshal(b)
		p := filepath.Join(t.TempDir(), "bundle.json")
		os.WriteFile(p, raw, 0o644)
		return p
	}
	var out bytes.Buffer
	if code := audit.Run(ctx, &out, write(b), node.HTTPURL(), audit.Options{}); code != audit.ExitOK {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	b.Event.Type = "order.refunded"
	out.Reset()
	if code := audit.Run(ctx, &out, write(b), node.HTTPURL(), audit.Options{}); code != audit.ExitTampered || !bytes.Contains(out.Bytes(), []byte("changed-event")) {
		t.Fatalf("tampered bundle: exit %d: %s", code, out.String())
	}
}

// BenchmarkAnchoring measures end-to-end anchoring on the dev node: events journaled, batched,
// anchored through the sender and confirmed, per second; and gas per event by batch size.
func BenchmarkAnchoring(b *testing.B) {
	for _, tc := range []struct{ batch, events int }{{1, 100}, {100, 2000}, {1000, 8000}, {4000, 16000}} {
		b.Run(fmt.Sprintf("batch=%d", tc.batch), func(b *testing.B) {
			for range b.N {
				dir := b.TempDir()
				node := startNode(b, filepath.Join(dir, "evm"))
				db := openDB(b, filepath.Join(dir, "souq.db"))
				st, _ := txstore.New(db)
				j, _ := journal.Open(db)
				op, _ := devnode.DevAccount("operator")
				s := sender.New(node.Client(), st, keys.NewKey(op.Key), sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 5 * time.Millisecond})
				ctx, cancel := context.WithCancel(context.Background())
				go s.Run(ctx)
				a := journal.NewAnchorer(j, s, journal.AnchorConfig{ChainID: devnode.ChainID, Contract: node.Contracts().EventAnchor, MaxBatch: tc.batch, Poll: 5 * time.Millisecond})
				b.ResetTimer()
				start := time.Now()
				entries := make([]journal.Entry, 0, 100)
				for i := range tc.events {
					entries = append(entries, journal.Entry{Type: "order.paid", Order: common.BigToHash(big.NewInt(int64(i))),
						Data: map[string]string{"amount": fmt.Sprint(1_000_000 + i), "asset": "USDC"}})
					if len(entries) == cap(entries) || i == tc.events-1 {
						if _, err := j.Append(ctx, entries...); err != nil {
							b.Fatal(err)
						}
						entries = entries[:0]
						if err := a.Step(ctx, false); err != nil {
							b.Fatal(err)
						}
					}
				}
				batches := (tc.events + tc.batch - 1) / tc.batch
				var gas uint64
				for {
					if err := a.Step(ctx, true); err != nil {
						b.Fatal(err)
					}
					last, err := a.Batch(ctx, uint64(batches-1))
					if err == nil && last.State == journal.BatchAnchored {
						break
					}
					if time.Since(start) > 2*time.Minute {
						b.Fatalf("not anchored after 2 minutes: %+v %v", last, err)
					}
					time.Sleep(2 * time.Millisecond)
				}
				el := time.Since(start)
				b.StopTimer()
				for i := range batches {
					bt, _ := a.Batch(ctx, uint64(i))
					gas += bt.GasUsed
				}
				b.ReportMetric(float64(tc.events)/el.Seconds(), "events/s")
				b.ReportMetric(float64(gas)/float64(tc.events), "gas/event")
				b.ReportMetric(float64(gas)/float64(batches), "gas/batch")
				cancel()
				db.Close()
				node.Close()
			}
		})
	}
}

// BenchmarkSender measures confirmed intents per second on the dev node with concurrent callers
// (32 goroutines, 1,000 ETH transfers from one account, confirmations = 1).
func BenchmarkSender(b *testing.B) {
	const callers, total = 32, 1000
	for range b.N {
		dir := b.TempDir()
		node := startNode(b, filepath.Join(dir, "evm"))
		db := openDB(b, filepath.Join(dir, "souq.db"))
		st, _ := txstore.New(db)
		faucet, _ := devnode.DevAccount("faucet")
		s := sender.New(node.Client(), st, keys.NewKey(faucet.Key), sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 5 * time.Millisecond})
		ctx, cancel := context.WithCancel(context.Background())
		go s.Run(ctx)
		b.ResetTimer()
		start := time.Now()
		var wg sync.WaitGroup
		var next atomic.Int64
		for range callers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= total {
						return
					}
					to := recipient(i)
					key := fmt.Sprint("pay/", i)
					if _, err := s.Submit(ctx, key, "pay", sender.Call{To: &to, Value: big.NewInt(1), Gas: 21000}); err != nil {
						b.Error(err)
						return
					}
					wctx, wcancel := context.WithTimeout(ctx, 2*time.Minute)
					in, err := s.Wait(wctx, key)
					wcancel()
					if err != nil || in.State != sender.Confirmed {
						b.Errorf("%s: %v %v", key, in.State, err)
						return
					}
				}
			}()
		}
		wg.Wait()
		el := time.Since(start)
		b.StopTimer()
		b.ReportMetric(total/el.Seconds(), "intents/s")
		cancel()
		db.Close()
		node.Close()
	}
}
