package txstore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

func open(t *testing.T, path string) (*store.DB, *txstore.Store) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := txstore.New(context.Background(), db.KV())
	if err != nil {
		t.Fatal(err)
	}
	return db, st
}

func TestIntentsSurviveReopen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "souq.db")
	db, st := open(t, path)
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	t0 := time.Unix(1_800_000_000, 0)
	// Concurrent puts of the same keys: exactly one wins per key.
	var wg sync.WaitGroup
	var created sync.Map
	for i := range 20 {
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				from := a
				if i%2 == 1 {
					from = b
				}
				_, ok, err := st.Put(ctx, &sender.Intent{Key: fmt.Sprint("k", i), From: from, State: sender.Queued, Created: t0.Add(time.Duration(i))})
				if err != nil {
					t.Error(err)
				}
				if ok {
					if _, dup := created.LoadOrStore(i, true); dup {
						t.Errorf("key %d created twice", i)
					}
				}
			}()
		}
	}
	wg.Wait()
	// Finishing an intent removes it from the pending index.
	if _, err := st.Update(ctx, "k0", func(in *sender.Intent) error { in.State = sender.Confirmed; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Update(ctx, "k2", func(in *sender.Intent) error { return errors.New("no") }); err == nil {
		t.Fatal("fn error not returned")
	}
	err := st.UpdateMany(ctx, map[string]func(*sender.Intent) error{
		"k4": func(in *sender.Intent) error { in.State = sender.Reverted; return nil },
		"k6": func(in *sender.Intent) error { in.State = sender.Signed; in.HasNonce = true; return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveCursor(ctx, "escrow", 42); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db, st = open(t, path)
	defer db.Close()
	pa, err := st.ListPending(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, in := range pa {
		if in.From != a {
			t.Errorf("%s from %s listed for %s", in.Key, in.From, a)
		}
		keys = append(keys, in.Key)
	}
	want := []string{"k2", "k6", "k8", "k10", "k12", "k14", "k16", "k18"} // creation order, k0 and k4 final
	if fmt.Sprint(keys) != fmt.Sprint(want) {
		t.Errorf("pending %v, want %v", keys, want)
	}
	if in, err := st.Get(ctx, "k6"); err != nil || in.State != sender.Signed || !in.HasNonce {
		t.Errorf("k6 = %+v, %v", in, err)
	}
	if _, err := st.Get(ctx, "nope"); !errors.Is(err, sender.ErrNotFound) {
		t.Errorf("missing key: %v", err)
	}
	if n, ok, err := st.LoadCursor(ctx, "escrow"); n != 42 || !ok || err != nil {
		t.Errorf("cursor %d %v %v", n, ok, err)
	}
	if _, ok, _ := st.LoadCursor(ctx, "other"); ok {
		t.Error("unknown cursor found")
	}
}

// ListMined finds final intents by their receipt's block, and only while they are final: an
// intent reopened (its block gone) leaves the index, and comes back under its new block.
func TestMinedIndexAndCursorHash(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, st := open(t, filepath.Join(t.TempDir(), "m.db"))
	defer db.Close()
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	for i, blk := range []uint64{5, 9, 7} {
		key := fmt.Sprint("m", i)
		if _, _, err := st.Put(ctx, &sender.Intent{Key: key, From: a, State: sender.Sent}); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Update(ctx, key, func(in *sender.Intent) error {
			in.State, in.Receipt = sender.Confirmed, &sender.Receipt{BlockNumber: blk}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := st.Put(ctx, &sender.Intent{Key: "other", From: b, State: sender.Confirmed, Receipt: &sender.Receipt{BlockNumber: 8}}); err != nil {
		t.Fatal(err)
	}
	keys := func(from common.Address, block uint64) string {
		t.Helper()
		got, err := st.ListMined(ctx, from, block)
		if err != nil {
			t.Fatal(err)
		}
		var ks []string
		for _, in := range got {
			ks = append(ks, in.Key)
		}
		return fmt.Sprint(ks)
	}
	if got := keys(b, 0); got != "[other]" {
		t.Errorf("mined of b: %s", got)
	}
	if got := keys(a, 6); got != "[m2 m1]" {
		t.Errorf("mined from block 6: %s, want [m2 m1] by block", got)
	}
	if _, err := st.Update(ctx, "m1", func(in *sender.Intent) error { in.State, in.Receipt = sender.Sent, nil; return nil }); err != nil {
		t.Fatal(err)
	}
	if got := keys(a, 0); got != "[m0 m2]" {
		t.Errorf("after reopening m1: %s, want [m0 m2]", got)
	}
	if _, err := st.Update(ctx, "m1", func(in *sender.Intent) error {
		in.State, in.Receipt = sender.Confirmed, &sender.Receipt{BlockNumber: 6}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := keys(a, 0); got != "[m0 m1 m2]" {
		t.Errorf("after re-mining m1 in block 6: %s", got)
	}

	h := common.HexToHash("0x1234")
	if err := st.SaveCursorHash(ctx, "w", 11, h); err != nil {
		t.Fatal(err)
	}
	if n, got, ok, err := st.LoadCursorHash(ctx, "w"); n != 11 || got != h || !ok || err != nil {
		t.Errorf("cursor hash %d %s %v %v", n, got, ok, err)
	}
	if n, ok, err := st.LoadCursor(ctx, "w"); n != 11 || !ok || err != nil {
		t.Errorf("plain cursor of a hashed one: %d %v %v", n, ok, err)
	}
}

// TestCompact: final intents mined below the given block lose their attempts (signed bytes) and
// call data (the state and the receipt with the transaction's hash stay) and leave the mined index; newer ones are untouched; a second
// call finds nothing.
func TestCompact(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, st := open(t, filepath.Join(t.TempDir(), "souq.db"))
	defer db.Close()
	from := common.HexToAddress("0xa")
	mk := func(key string, block uint64) {
		t.Helper()
		in := &sender.Intent{Key: key, From: from, State: sender.Confirmed, Call: sender.Call{Data: []byte("calldata")},
			Attempts: []sender.Attempt{{Hash: common.HexToHash("0x" + key), Raw: []byte("signed bytes")}},
			Receipt:  &sender.Receipt{TxHash: common.HexToHash("0x" + key), BlockNumber: block}}
		if _, _, err := st.Put(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	mk("01", 5)
	mk("02", 6)
	mk("03", 20)
	for i, want := range []int{1, 1, 0} { // limit 1 a call
		if n, err := st.Compact(ctx, 10, 1); err != nil || n != want {
			t.Fatalf("call %d: compacted %d, %v; want %d", i, n, err, want)
		}
	}
	old, err := st.Get(ctx, "01")
	if err != nil {
		t.Fatal(err)
	}
	if old.Key != "01" || old.Attempts != nil || old.Call.Data != nil || old.State != sender.Confirmed || old.Receipt == nil ||
		old.Receipt.BlockNumber != 5 || old.TxHash() != common.HexToHash("0x01") {
		t.Fatalf("compacted intent = %+v", old)
	}
	// Put of the same key answers the stored intent, its key restored.
	if got, created, err := st.Put(ctx, &sender.Intent{Key: "02", From: from}); err != nil || created || got.Key != "02" || got.Receipt.BlockNumber != 6 {
		t.Fatalf("put of a compacted key = %+v, %v, %v", got, created, err)
	}
	if recent, _ := st.Get(ctx, "03"); string(recent.Attempts[0].Raw) != "signed bytes" {
		t.Fatal("an intent above the block was compacted")
	}
	mined, err := st.ListMined(ctx, from, 0)
	if err != nil || len(mined) != 1 || mined[0].Key != "03" {
		t.Fatalf("mined after compacting = %d intents, %v; want only 03", len(mined), err)
	}
}
