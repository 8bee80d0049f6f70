package journal

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	bolt "go.etcd.io/bbolt"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// golden is the language-independent test vector of the canonical bytes (testdata).
type golden struct {
	Event     Event         `json:"event"`
	Canonical hexutil.Bytes `json:"canonical"`
	Hash      common.Hash   `json:"hash"`
	Leaf      common.Hash   `json:"leaf"`
}

func TestCanonicalGoldenVector(t *testing.T) {
	t.Parallel()
	e := Event{Seq: 7, Prev: common.HexToHash("0x11"), TimeMs: 1767225600123, Type: "order.paid",
		Order: common.HexToHash("0xabc"), Data: map[string]string{"amount": "30500000", "asset": "USDC", "buyer": "0x" + "22"}}
	canon, err := Canonical(&e)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := HashEvent(&e)
	got := golden{Event: e, Canonical: canon, Hash: h, Leaf: Leaf(e.Seq, h)}
	got.Event.Hash = h
	path := filepath.Join("testdata", "canonical_v1.json")
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		os.WriteFile(path, append(b, '\n'), 0o644)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want golden
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if string(want.Canonical) != string(got.Canonical) || want.Hash != got.Hash || want.Leaf != got.Leaf {
		t.Fatalf("canonical bytes changed: a new format needs a new version (souq.event.v2)\n got %x\nwant %x", got.Canonical, want.Canonical)
	}
	// Re-hashing the fixture's own event (as an auditor would) gives its hash.
	if h2, _ := HashEvent(&want.Event); h2 != want.Hash {
		t.Fatal("fixture event does not hash to its hash")
	}
}

func TestCanonicalIsOrderIndependentAndFieldSensitive(t *testing.T) {
	t.Parallel()
	base := Event{Seq: 1, TimeMs: 5, Type: "t", Data: map[string]string{"a": "1", "b": "2"}}
	h0, _ := HashEvent(&base)
	tests := []struct {
		name string
		mut  func(e *Event)
		same bool
	}{
		{"same data other map order", func(e *Event) { e.Data = map[string]string{"b": "2", "a": "1"} }, true},
		{"seq", func(e *Event) { e.Seq = 2 }, false},
		{"prev", func(e *Event) { e.Prev[0] = 1 }, false},
		{"time", func(e *Event) { e.TimeMs++ }, false},
		{"type", func(e *Event) { e.Type = "u" }, false},
		{"order", func(e *Event) { e.Order[31] = 1 }, false},
		{"value", func(e *Event) { e.Data = map[string]string{"a": "1", "b": "3"} }, false},
		{"key moved to value", func(e *Event) { e.Data = map[string]string{"a": "1b", "": "2"} }, false},
		{"extra field", func(e *Event) { e.Data = map[string]string{"a": "1", "b": "2", "c": ""} }, false},
	}
	for _, tt := range tests {
		e := base
		tt.mut(&e)
		h, err := HashEvent(&e)
		if err != nil {
			if tt.same {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if (h == h0) != tt.same {
			t.Errorf("%s: same hash = %v, want %v", tt.name, h == h0, tt.same)
		}
	}
}

func TestMerkleProofsMatchContract(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	ea := eventanchor.NewEventAnchor()
	inst := ea.Instance(c.Client, c.Contracts.EventAnchor)
	auth := bind.NewKeyedTransactor(c.Operator.Key, c.ChainID)
	next := uint64(0)
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := make([]common.Hash, n)
			hashes := make([]common.Hash, n)
			for i := range n {
				hashes[i] = common.BigToHash(big.NewInt(int64(1000*n + i)))
				leaves[i] = Leaf(next+uint64(i), hashes[i])
			}
			// Our Leaf equals the contract's.
			cl, err := bind.Call(inst, nil, ea.PackLeaf(next, hashes[0]), ea.UnpackLeaf)
			if err != nil || common.Hash(cl) != leaves[0] {
				t.Fatalf("leaf %x, contract %x (%v)", leaves[0], cl, err)
			}
			tree := NewTree(leaves)
			tx, err := bind.Transact(inst, auth, ea.PackAnchor(tree.Root(), next, uint64(n)))
			if err != nil {
				t.Fatal(err)
			}
			c.Mine(t, tx.Hash())
			for i := range n {
				p := tree.Proof(i)
				if len(p) != ProofLen(n, i) {
					t.Errorf("leaf %d: proof len %d, ProofLen %d", i, len(p), ProofLen(n, i))
				}
				if ProcessProof(p, leaves[i]) != tree.Root() {
					t.Errorf("leaf %d: proof does not reach root", i)
				}
				pp := make([][32]byte, len(p))
				for k := range p {
					pp[k] = p[k]
				}
				ok, err := bind.Call(inst, nil, ea.PackVerify(tree.Root(), next+uint64(i), hashes[i], pp), ea.UnpackVerify)
				if err != nil || !ok {
					t.Errorf("contract rejects leaf %d of %d: %v", i, n, err)
				}
			}
			next += uint64(n)
		})
	}
}

func openDB(t testing.TB) *bolt.DB {
	t.Helper()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "souq.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestHashChainDetectsEdits(t *testing.T) {
	t.Parallel()
	db := openDB(t)
	j, _ := Open(db)
	ctx := context.Background()
	for i := range 5 {
		if _, err := j.Append(ctx, Entry{Type: "order.offered", Data: map[string]string{"i": fmt.Sprint(i)}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.VerifyChain(ctx, 0); err != nil {
		t.Fatal(err)
	}
	e2, _ := j.Event(ctx, 2)
	e1, _ := j.Event(ctx, 1)
	if e2.Prev != e1.Hash {
		t.Fatal("event 2 does not name event 1's hash")
	}
	// Edit event 2 behind the journal's back, with a consistent hash: the chain breaks at 3.
	e2.Data["i"] = "x"
	e2.Hash, _ = HashEvent(&e2)
	raw, _ := json.Marshal(e2)
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketEvents).Put(u64(2), raw) })
	if err := j.VerifyChain(ctx, 0); err == nil {
		t.Fatal("edited journal verifies")
	}
}

// A service whose clock was moved forward (the demo's or a soak's time travel) stamps events later
// than the journal's own clock: they must still be cut (on the old code they never aged, and the
// last events of `souq demo` stayed unanchored once the demo took longer than MaxAge).
func TestAnchorerCutsEventsStampedInTheFuture(t *testing.T) {
	t.Parallel()
	now := time.Unix(1_800_000_000, 0)
	tests := []struct {
		name string
		at   time.Time
		cut  bool
	}{
		{"young event waits", now.Add(-time.Second), false},
		{"old event is cut", now.Add(-2 * time.Minute), true},
		{"event from a clock 10 days ahead is cut", now.Add(240 * time.Hour), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			j, _ := Open(openDB(t))
			j.now = func() time.Time { return now }
			ctx := context.Background()
			a := NewAnchorer(j, nil, AnchorConfig{ChainID: 1337, MaxBatch: 4, MaxAge: time.Minute})
			if _, err := j.Append(ctx, Entry{Type: "e", Time: tt.at}); err != nil {
				t.Fatal(err)
			}
			b, err := a.cut(ctx, false)
			if err != nil {
				t.Fatal(err)
			}
			if (b != nil) != tt.cut {
				t.Fatalf("cut %+v, want a batch: %v", b, tt.cut)
			}
		})
	}
}

func TestAnchorerBatchesBySizeAndAgeAndSurvivesRestart(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 15*time.Millisecond)
	db := openDB(t)
	st, _ := txstore.New(db)
	j, _ := Open(db)
	now := time.Unix(1_800_000_000, 0)
	j.now = func() time.Time { return now }
	s := sender.New(c.Client, st, keys.NewKey(c.Operator.Key), sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	cfg := AnchorConfig{ChainID: 1337, Contract: c.Contracts.EventAnchor, MaxBatch: 4, MaxAge: time.Minute}
	a := NewAnchorer(j, s, cfg)
	for i := range 10 {
		j.Append(ctx, Entry{Type: "e", Data: map[string]string{"i": fmt.Sprint(i)}})
	}
	// Size: two full batches of 4; the last 2 events are young and wait.
	if err := a.Step(ctx, false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Batch(ctx, 2); err == nil {
		t.Fatal("a batch of young events was cut before MaxAge")
	}
	// Age: a minute later they are cut — but "crash" right after cutting, before submitting.
	now = now.Add(2 * time.Minute)
	if b, err := a.cut(ctx, false); err != nil || b == nil || b.Count != 2 {
		t.Fatalf("age cut: %+v %v", b, err)
	}
	// A new anchorer (restart) submits it and everything gets anchored in order.
	a2 := NewAnchorer(j, s, cfg)
	deadline := time.Now().Add(20 * time.Second)
	for {
		if err := a2.Step(ctx, false); err != nil {
			t.Fatal(err)
		}
		b, _ := a2.Batch(ctx, 2)
		if b.State == BatchAnchored {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("batch 2 still %s", b.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
	ea := eventanchor.NewEventAnchor()
	nextSeq, _ := bind.Call(ea.Instance(c.Client, c.Contracts.EventAnchor), nil, ea.PackNextSeq(), ea.UnpackNextSeq)
	count, _ := bind.Call(ea.Instance(c.Client, c.Contracts.EventAnchor), nil, ea.PackBatchCount(), ea.UnpackBatchCount)
	if nextSeq != 10 || count != 3 {
		t.Fatalf("contract nextSeq %d batches %d, want 10 and 3 (each batch anchored once)", nextSeq, count)
	}
	for seq := range uint64(10) {
		bu, err := a2.Bundle(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		if ProcessProof(bu.Proof, bu.Leaf) != bu.Batch.Root || bu.Anchor.TxHash == (common.Hash{}) {
			t.Fatalf("bundle %d inconsistent", seq)
		}
	}
}

func TestAnchorLagOfAnEmptyJournalIsZero(t *testing.T) {
	t.Parallel()
	db, err := bolt.Open(filepath.Join(t.TempDir(), "j.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	j, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnchorer(j, nil, AnchorConfig{})
	if lag, err := a.Lag(context.Background(), time.Now()); err != nil || lag != 0 {
		t.Fatalf("lag = %v, %v", lag, err)
	}
	at := time.Now().Add(-time.Minute).Truncate(time.Millisecond)
	if _, err := j.Append(context.Background(), Entry{Type: "order.offered", Time: at, Data: map[string]string{"k": "v"}}); err != nil {
		t.Fatal(err)
	}
	lag, err := a.Lag(context.Background(), at.Add(90*time.Second))
	if err != nil || lag != 90*time.Second {
		t.Fatalf("lag of an unanchored event = %v, %v; want 1m30s", lag, err)
	}
}
