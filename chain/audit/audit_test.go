package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	bolt "go.etcd.io/bbolt"
)

type fixture struct {
	c       *chaintest.Chain
	a       *journal.Anchorer
	stop    context.CancelFunc
	bundles []*journal.Bundle
}

// anchored journals n events in batches of batch, anchors them all and returns their bundles.
func anchored(t *testing.T, n, batch int) *fixture {
	t.Helper()
	c := chaintest.New(t, 0)
	db, err := bolt.Open(filepath.Join(t.TempDir(), "souq.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st, _ := txstore.New(db)
	j, _ := journal.Open(db)
	s := sender.New(c.Client, st, keys.NewKey(c.Operator.Key), sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond, Mine: c.Commit})
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go s.Run(ctx)
	a := journal.NewAnchorer(j, s, journal.AnchorConfig{ChainID: 1337, Contract: c.Contracts.EventAnchor, MaxBatch: batch})
	for i := range n {
		if _, err := j.Append(ctx, journal.Entry{Type: "order.paid", Order: common.BigToHash(common.Big1),
			Data: map[string]string{"amount": fmt.Sprint(1000 + i), "asset": "USDC"}}); err != nil {
			t.Fatal(err)
		}
	}
	f := &fixture{c: c, a: a, stop: cancel}
	deadline := time.Now().Add(30 * time.Second)
	for seq := uint64(0); seq < uint64(n); {
		if err := a.Step(ctx, true); err != nil {
			t.Fatal(err)
		}
		b, err := a.Bundle(ctx, seq)
		if err == nil {
			f.bundles = append(f.bundles, b)
			seq++
			continue
		}
		if time.Now().After(deadline) {
			t.Fatalf("event %d not anchored: %v", seq, err)
		}
		c.Commit()
		time.Sleep(10 * time.Millisecond)
	}
	c.Commit() // one more block on top
	return f
}

func clone(t *testing.T, b *journal.Bundle) *journal.Bundle {
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := audit.ParseBundle(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestVerifyAndEveryTampering(t *testing.T) {
	t.Parallel()
	f := anchored(t, 10, 4) // batches [0,4) [4,8) [8,10)
	ctx := context.Background()
	for _, b := range f.bundles {
		r, err := audit.Verify(ctx, clone(t, b), f.c.Client, audit.Options{Confirmations: 2})
		if err != nil {
			t.Fatalf("genuine bundle %d: %v", b.Event.Seq, err)
		}
		if r.Confirmations < 2 || len(r.Checks) < 6 {
			t.Fatalf("report %+v", r)
		}
	}
	if *update {
		raw, _ := json.MarshalIndent(f.bundles[5], "", "  ")
		os.WriteFile(filepath.Join("testdata", "example_bundle.json"), append(raw, '\n'), 0o644)
	}
	other := f.bundles[6] // same batch as 5
	far := f.bundles[1]   // another batch
	tests := []struct {
		name   string
		tamper func(b *journal.Bundle)
		opt    audit.Options
		want   audit.Kind
	}{
		{"changed field", func(b *journal.Bundle) { b.Event.Data["amount"] = "999999" }, audit.Options{}, audit.ChangedEvent},
		{"changed time", func(b *journal.Bundle) { b.Event.TimeMs++ }, audit.Options{}, audit.ChangedEvent},
		{"changed field, hash recomputed", func(b *journal.Bundle) {
			b.Event.Data["amount"] = "1"
			b.Event.Hash, _ = journal.HashEvent(&b.Event)
			b.Canonical, _ = journal.Canonical(&b.Event)
		}, audit.Options{}, audit.SwappedEvent},
		{"swapped event", func(b *journal.Bundle) { b.Event, b.Canonical = other.Event, other.Canonical }, audit.Options{}, audit.SwappedEvent},
		{"swapped event and leaf", func(b *journal.Bundle) { b.Event, b.Canonical, b.Leaf = other.Event, other.Canonical, other.Leaf }, audit.Options{}, audit.WrongProof},
		{"event from another batch", func(b *journal.Bundle) { b.Event, b.Canonical, b.Leaf = far.Event, far.Canonical, far.Leaf }, audit.Options{}, audit.OutOfRange},
		{"wrong proof hash", func(b *journal.Bundle) { b.Proof[0][0] ^= 1 }, audit.Options{}, audit.WrongProof},
		{"truncated proof", func(b *journal.Bundle) { b.Proof = b.Proof[:len(b.Proof)-1] }, audit.Options{}, audit.WrongProof},
		{"another root", func(b *journal.Bundle) { b.Batch.Root = far.Batch.Root }, audit.Options{}, audit.WrongProof},
		{"wrong contract", func(b *journal.Bundle) { b.Anchor.Contract = f.c.Contracts.Escrow }, audit.Options{}, audit.WrongContract},
		{"unanchored batch (tx of another batch)", func(b *journal.Bundle) {
			b.Anchor.TxHash = far.Anchor.TxHash
			b.Anchor.BlockNumber, b.Anchor.BlockHash = far.Anchor.BlockNumber, far.Anchor.BlockHash
		}, audit.Options{}, audit.Unanchored},
		{"batch index", func(b *journal.Bundle) { b.Batch.Index = 7 }, audit.Options{}, audit.BatchMismatch},
		{"batch range", func(b *journal.Bundle) { b.Batch.FirstSeq, b.Batch.Count = 5, 3 }, audit.Options{}, audit.BatchMismatch},
		{"unknown tx", func(b *journal.Bundle) { b.Anchor.TxHash = common.HexToHash("0xdead") }, audit.Options{}, audit.TxNotFound},
		{"wrong block", func(b *journal.Bundle) { b.Anchor.BlockNumber++ }, audit.Options{}, audit.Reorged},
		{"wrong chain", func(b *journal.Bundle) { b.Anchor.ChainID = 1 }, audit.Options{}, audit.WrongChain},
		{"not enough confirmations", func(*journal.Bundle) {}, audit.Options{Confirmations: 1000}, audit.Unconfirmed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := clone(t, f.bundles[5])
			tt.tamper(b)
			_, err := audit.Verify(ctx, b, f.c.Client, tt.opt)
			if got := audit.KindOf(err); got != tt.want {
				t.Fatalf("got %v (%v), want %s", got, err, tt.want)
			}
			if !strings.Contains(err.Error(), string(tt.want)+": ") {
				t.Errorf("reason not precise: %v", err)
			}
		})
	}
}

func TestReorgedOutAnchor(t *testing.T) {
	t.Parallel()
	f := anchored(t, 3, 3)
	ctx := context.Background()
	b := f.bundles[0]
	if _, err := audit.Verify(ctx, b, f.c.Client, audit.Options{}); err != nil {
		t.Fatal(err)
	}
	f.stop() // souq is down: nobody re-sends the dropped transaction
	time.Sleep(50 * time.Millisecond)
	parent, err := f.c.Client.HeaderByNumber(ctx, bigU(b.Anchor.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		f.c.Sim.Rollback()
		f.c.Commit()
	}
	_, err = audit.Verify(ctx, b, f.c.Client, audit.Options{})
	if k := audit.KindOf(err); k != audit.TxNotFound {
		t.Fatalf("reorged-out anchor: %v (%v), want %s", k, err, audit.TxNotFound)
	}
}

var update = flag.Bool("update", false, "rewrite testdata/example_bundle.json")

// The committed example bundle (the format auditors receive) still parses and checks offline.
func TestExampleBundleFormat(t *testing.T) {
	t.Parallel()
	f, err := os.Open(filepath.Join("testdata", "example_bundle.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := audit.ParseBundle(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := audit.VerifyOffline(b); err != nil {
		t.Fatal(err)
	}
	b.Event.Data["amount"] = "0"
	if audit.KindOf(audit.VerifyOffline(b)) != audit.ChangedEvent {
		t.Fatal("tampered example verifies offline")
	}
}

func TestParseBundleRejectsOtherFormats(t *testing.T) {
	t.Parallel()
	tests := []string{`{"version":"souq.proof.v0"}`, `{"version":"souq.proof.v1","extra":1}`, `not json`}
	for _, in := range tests {
		if _, err := audit.ParseBundle(strings.NewReader(in)); audit.KindOf(err) != audit.BadFormat {
			t.Errorf("%s: %v", in, err)
		}
	}
}
