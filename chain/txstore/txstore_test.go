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
	bolt "go.etcd.io/bbolt"
)

func open(t *testing.T, path string) (*bolt.DB, *txstore.Store) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := txstore.New(db)
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
