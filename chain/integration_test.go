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
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
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

func openDB(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := store.Open(path)
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
			st, _ := txstore.New(context.Background(), db.KV())
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
			st, _ = txstore.New(context.Background(), db.KV())
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

// journalOn is souq's journal in a store at path and its log, keyed for origin "souq.test/log".
func journalOn(t testing.TB, path string) (*store.DB, *journal.Log, audit.TrustRoot) {
	t.Helper()
	db, err := store.Open(path, store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	skey, vkey, _ := journal.GenerateKey("souq.test/log")
	key, _ := journal.ParseKey(skey)
	l, err := journal.Open(context.Background(), db.KV(), journal.StoreSource{Store: db.Sales()}, key)
	if err != nil {
		t.Fatal(err)
	}
	return db, l, audit.TrustRoot{ChainID: devnode.ChainID, Origin: "souq.test/log", Key: vkey}
}

// record journals events and hands them to the log, as the service's PumpJournal does.
func record(t testing.TB, db *store.DB, l *journal.Log, evs []souq.Event) {
	t.Helper()
	ctx := context.Background()
	err := db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range evs {
			if err := tx.Append(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
}

func TestAuditVerifyOverHTTP(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	node := startNode(t, filepath.Join(dir, "evm"))
	defer node.Close()
	db, l, trust := journalOn(t, filepath.Join(dir, "souq.db"))
	defer db.Close()
	trust.Contract = node.Contracts().EventAnchor
	st, _ := txstore.New(context.Background(), db.KV())
	op, _ := devnode.DevAccount("operator")
	s := sender.New(node.Client(), st, keys.NewKey(op.Key), sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	a := journal.NewAnchorer(l, s, journal.AnchorConfig{ChainID: devnode.ChainID, Contract: node.Contracts().EventAnchor, MaxBatch: 8})
	evs := make([]souq.Event, 5)
	for i := range evs {
		evs[i] = souq.Event{Kind: "order.released", At: time.Now(), Fields: map[string]string{"i": fmt.Sprint(i)}}
	}
	record(t, db, l, evs)
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
	if code := audit.Run(ctx, &out, write(b), node.HTTPURL(), trust, audit.Options{}); code != audit.ExitOK {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	b.Event.Kind = "order.refunded"
	out.Reset()
	if code := audit.Run(ctx, &out, write(b), node.HTTPURL(), trust, audit.Options{}); code != audit.ExitTampered || !bytes.Contains(out.Bytes(), []byte("changed-event")) {
		t.Fatalf("tampered bundle: exit %d: %s", code, out.String())
	}
}

// BenchmarkAnchoring measures end-to-end anchoring on the dev node: events journaled, logged,
// checkpointed, anchored through the sender and confirmed, per second; and gas per event and per
// checkpoint by the number of events a checkpoint covers.
func BenchmarkAnchoring(b *testing.B) {
	for _, tc := range []struct{ batch, events int }{{1, 100}, {100, 2000}, {1000, 8000}, {4000, 16000}} {
		b.Run(fmt.Sprintf("batch=%d", tc.batch), func(b *testing.B) {
			for range b.N {
				dir := b.TempDir()
				node := startNode(b, filepath.Join(dir, "evm"))
				db, l, _ := journalOn(b, filepath.Join(dir, "souq.db"))
				st, _ := txstore.New(context.Background(), db.KV())
				op, _ := devnode.DevAccount("operator")
				s := sender.New(node.Client(), st, keys.NewKey(op.Key), sender.Config{ChainID: big.NewInt(devnode.ChainID), Poll: 5 * time.Millisecond})
				ctx, cancel := context.WithCancel(context.Background())
				go s.Run(ctx)
				a := journal.NewAnchorer(l, s, journal.AnchorConfig{ChainID: devnode.ChainID, Contract: node.Contracts().EventAnchor, MaxBatch: tc.batch, Poll: 5 * time.Millisecond})
				b.ResetTimer()
				start := time.Now()
				evs := make([]souq.Event, 0, min(100, tc.batch)) // a checkpoint can fall after every chunk
				for i := range tc.events {
					evs = append(evs, souq.Event{Kind: "order.paid", Order: souq.OrderID(common.BigToHash(big.NewInt(int64(i)))), At: time.Now(),
						Fields: map[string]string{"amount": fmt.Sprint(1_000_000 + i), "asset": "USDC"}})
					if len(evs) == cap(evs) || i == tc.events-1 {
						record(b, db, l, evs)
						evs = evs[:0]
						// One checkpoint per tc.batch events, as MaxBatch cuts them in service.
						if size, _ := l.Size(ctx); size%uint64(tc.batch) == 0 || i == tc.events-1 {
							if err := a.Step(ctx, true); err != nil {
								b.Fatal(err)
							}
						}
					}
				}
				for {
					if err := a.Step(ctx, true); err != nil {
						b.Fatal(err)
					}
					last, err := a.Checkpoint(ctx, uint64(tc.events))
					if err == nil && last.State == journal.Anchored {
						break
					}
					if time.Since(start) > 2*time.Minute {
						b.Fatalf("not anchored after 2 minutes: %+v %v", last, err)
					}
					time.Sleep(2 * time.Millisecond)
				}
				el := time.Since(start)
				b.StopTimer()
				cps, _ := a.Checkpoints(ctx)
				var gas uint64
				for _, c := range cps {
					gas += c.GasUsed
				}
				b.ReportMetric(float64(tc.events)/el.Seconds(), "events/s")
				b.ReportMetric(float64(gas)/float64(tc.events), "gas/event")
				b.ReportMetric(float64(gas)/float64(len(cps)), "gas/checkpoint")
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
		st, _ := txstore.New(context.Background(), db.KV())
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
