package journal

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// openFixture opens a copy of chain/testdata/souq_b1c9294.db, a souq.db written by `souq demo`
// at b1c9294, when the log kept its records in bbolt buckets of its own.
func openFixture(t *testing.T) *store.DB {
	return souqtest.OpenStoreCopy(t, filepath.Join("..", "testdata", "souq_b1c9294.db"))
}

// The log b1c9294 wrote (48 events, 94 stored hashes, checkpoints at 45, 47 and 48, all anchored,
// stored as bare JSON) reads through the kv port: its size, its checkpoints, whose roots are the
// tree's and whose notes say so, proofs of its old events, and it grows on.
func TestMigrateFromB1c9294(t *testing.T) {
	ctx := context.Background()
	db := openFixture(t)
	// The demo's log key is not in the fixture: a key of the same origin signs new checkpoints.
	const origin = "souq/1337/0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"
	skey, _, err := GenerateKey(origin)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ParseKey(skey)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Open(ctx, db.KV(), StoreSource{Store: db.Sales()}, key)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnchorer(l, nil, AnchorConfig{Contract: common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")})

	size, err := l.Size(ctx)
	if err != nil || size != 48 {
		t.Fatalf("size %d (%v), want 48", size, err)
	}
	var hashes int
	if err := db.KV().View(ctx, func(tx kv.Tx) error {
		return tx.Ascend(spaceHashes, nil, func(_, _ []byte) error { hashes++; return nil })
	}); err != nil || hashes != 94 {
		t.Fatalf("%d stored hashes (%v), want 94 (2·48 − popcount 48)", hashes, err)
	}

	cps, err := a.Checkpoints(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []uint64
	for _, r := range cps {
		sizes = append(sizes, r.Size)
		if r.State != Anchored || r.TxHash == (common.Hash{}) || r.BlockNumber == 0 {
			t.Errorf("checkpoint %d: %+v, want anchored with its transaction", r.Size, r)
		}
		root, err := l.Root(ctx, r.Size)
		if err != nil || common.Hash(root) != r.Root {
			t.Errorf("checkpoint %d: root %x, the log's %x (%v)", r.Size, r.Root, root, err)
		}
		// The note's text (before the signature) is the checkpoint of the record.
		text, _, ok := strings.Cut(r.Note, "\n\n")
		c, err := ParseCheckpoint(text + "\n")
		if !ok || err != nil || c != (Checkpoint{Origin: origin, Size: r.Size, Root: tlog.Hash(r.Root)}) {
			t.Errorf("checkpoint %d: note says %+v (%v)", r.Size, c, err)
		}
	}
	if want := []uint64{45, 47, 48}; !slices.Equal(sizes, want) {
		t.Fatalf("checkpoints %v, want %v", sizes, want)
	}
	if cps[2].PrevSize != 47 || cps[2].BlockNumber != 17 || cps[2].GasUsed != 28851 {
		t.Errorf("checkpoint 48: %+v", cps[2])
	}
	if r, err := a.Checkpoint(ctx, 47); err != nil || r.PrevSize != 45 || r.BlockNumber != 16 {
		t.Errorf("checkpoint 47: %+v (%v)", r, err)
	}
	if r, err := a.Latest(ctx); err != nil || r.Size != 48 {
		t.Errorf("latest: %+v (%v)", r, err)
	}
	// Each checkpoint's tree extends the one before.
	for i := 1; i < len(cps); i++ {
		old, cur := cps[i-1], cps[i]
		p, err := l.ConsistencyProof(ctx, old.Size, cur.Size)
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckTree(p, int64(cur.Size), tlog.Hash(cur.Root), int64(old.Size), tlog.Hash(old.Root)); err != nil {
			t.Errorf("%d → %d: %v", old.Size, cur.Size, err)
		}
	}

	// An old event's inclusion proof checks against the anchored roots, and its bundle names the
	// first anchored checkpoint covering it.
	ev, err := l.Event(ctx, 3)
	if err != nil || !ev.Verify() {
		t.Fatalf("event 3: %+v (%v)", ev, err)
	}
	for _, r := range cps {
		p, err := l.InclusionProof(ctx, r.Size, 3)
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckRecord(p, int64(r.Size), tlog.Hash(r.Root), 3, tlog.Hash(ev.Hash)); err != nil {
			t.Errorf("event 3 in %d: %v", r.Size, err)
		}
	}
	b, err := a.Bundle(ctx, 3)
	if err != nil || b.Checkpoint.Size != 45 || b.Anchor.BlockNumber != 15 {
		t.Fatalf("bundle of event 3: %+v (%v)", b, err)
	}
	if lag, err := a.Lag(ctx, time.Now()); err != nil || lag != 0 {
		t.Errorf("lag %v (%v), want 0: every event is anchored", lag, err)
	}

	// The next event appends to the old tree, and the next checkpoint is cut after the old ones,
	// stored with the version byte next to their bare JSON.
	next := souq.Event{Kind: "order.paid", Order: souq.OrderID{7}, At: time.Now().UTC(), Fields: map[string]string{"amount": "1000"}}
	if err := db.Sales().Update(ctx, func(tx souq.Tx) error { return tx.Append(&next) }); err != nil {
		t.Fatal(err)
	}
	if next.Seq != 48 {
		t.Fatalf("the journal's next event is %d, want 48", next.Seq)
	}
	if err := l.Append(ctx, next); err != nil {
		t.Fatal(err)
	}
	root49, err := l.Root(ctx, 49)
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.ConsistencyProof(ctx, 48, 49)
	if err != nil {
		t.Fatal(err)
	}
	if err := tlog.CheckTree(p, 49, root49, 48, tlog.Hash(cps[2].Root)); err != nil {
		t.Errorf("48 → 49: %v", err)
	}
	r, err := a.cut(ctx, true)
	if err != nil || r == nil || r.Size != 49 || r.PrevSize != 48 || r.State != Pending || r.Root != common.Hash(root49) {
		t.Fatalf("cut: %+v (%v)", r, err)
	}
	if _, err := OpenCheckpoint([]byte(r.Note), key.VerifierKey()); err != nil {
		t.Error(err)
	}
	var old, cur []byte
	if err := db.KV().View(ctx, func(tx kv.Tx) error {
		old, cur = tx.Get(spaceCheckpoints, u64(48)), tx.Get(spaceCheckpoints, u64(49))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(old, []byte("{")) || !bytes.HasPrefix(cur, []byte{recordV1, '{'}) {
		t.Errorf("stored checkpoints 48 %q…, 49 %q…: want the old bare, the new versioned", old[:min(len(old), 2)], cur[:min(len(cur), 2)])
	}
	if cps, err := a.Checkpoints(ctx); err != nil || len(cps) != 4 || cps[3].Size != 49 {
		t.Errorf("checkpoints after the cut: %d (%v), want 4 ending at 49", len(cps), err)
	}
}
