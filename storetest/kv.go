package storetest

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/souqchain/souq/kv"
)

// The adapters' key-value port (kv.DB): what the chain packages rely on when they keep their own
// records there.

func kvUpdate(t *testing.T, db kv.DB, fn func(kv.Tx) error) {
	t.Helper()
	if err := db.Update(context.Background(), fn); err != nil {
		t.Fatal(err)
	}
}

func kvGet(t *testing.T, db kv.DB, space, key string) []byte {
	t.Helper()
	var v []byte
	if err := db.View(context.Background(), func(tx kv.Tx) error { v = tx.Get(space, []byte(key)); return nil }); err != nil {
		t.Fatal(err)
	}
	return v
}

// Values read back as written, per space; a missing key or space reads nil, an empty value does
// not; Get's result belongs to the caller; Delete is idempotent.
func testKVReadWrite(t *testing.T, s *Subject) {
	kvUpdate(t, s.KV, func(tx kv.Tx) error {
		return errors.Join(tx.Put("a", []byte("k"), []byte("v1")), tx.Put("b", []byte("k"), []byte("v2")),
			tx.Put("a", []byte("empty"), nil))
	})
	if v := kvGet(t, s.KV, "a", "k"); string(v) != "v1" {
		t.Errorf("a/k = %q", v)
	}
	if v := kvGet(t, s.KV, "b", "k"); string(v) != "v2" {
		t.Errorf("b/k = %q: spaces are not apart", v)
	}
	if v := kvGet(t, s.KV, "a", "empty"); v == nil || len(v) != 0 {
		t.Errorf("a key put with an empty value reads %v, want an empty non-nil value", v)
	}
	if v := kvGet(t, s.KV, "a", "missing"); v != nil {
		t.Errorf("missing key = %q", v)
	}
	if v := kvGet(t, s.KV, "never", "k"); v != nil {
		t.Errorf("key of a space never written = %q", v)
	}
	kvUpdate(t, s.KV, func(tx kv.Tx) error {
		v := tx.Get("a", []byte("k"))
		v[0] = 'X' // the caller's copy
		if got := tx.Get("a", []byte("k")); string(got) != "v1" {
			t.Errorf("changing Get's result changed the stored value: %q", got)
		}
		return errors.Join(tx.Delete("a", []byte("k")), tx.Delete("a", []byte("k")), tx.Delete("never", []byte("k")))
	})
	if v := kvGet(t, s.KV, "a", "k"); v != nil {
		t.Errorf("deleted key = %q", v)
	}
}

// A failing or panicking Update writes nothing; a View cannot write; a cancelled context starts
// nothing.
func testKVAtomic(t *testing.T, s *Subject) {
	kvUpdate(t, s.KV, func(tx kv.Tx) error { return tx.Put("a", []byte("k"), []byte("before")) })
	boom := errors.New("boom")
	err := s.KV.Update(context.Background(), func(tx kv.Tx) error {
		if err := errors.Join(tx.Put("a", []byte("k"), []byte("after")), tx.Put("b", []byte("new"), []byte("x")), tx.Delete("a", []byte("k"))); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("Update returned %v, want fn's error", err)
	}
	func() {
		defer func() { _ = recover() }()
		_ = s.KV.Update(context.Background(), func(tx kv.Tx) error {
			_ = tx.Put("a", []byte("k"), []byte("panicked"))
			panic("boom")
		})
	}()
	if v := kvGet(t, s.KV, "a", "k"); string(v) != "before" {
		t.Errorf("after a failed and a panicking update a/k = %q, want before", v)
	}
	if v := kvGet(t, s.KV, "b", "new"); v != nil {
		t.Errorf("a failed update's put is there: %q", v)
	}
	err = s.KV.View(context.Background(), func(tx kv.Tx) error {
		if err := tx.Put("a", []byte("k"), []byte("x")); !errors.Is(err, kv.ErrReadOnly) {
			t.Errorf("Put in a View = %v, want ErrReadOnly", err)
		}
		if err := tx.Delete("a", []byte("k")); !errors.Is(err, kv.ErrReadOnly) {
			t.Errorf("Delete in a View = %v, want ErrReadOnly", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	for _, run := range []func(context.Context, func(kv.Tx) error) error{s.KV.View, s.KV.Update, s.KV.Batch} {
		if err := run(ctx, func(kv.Tx) error { ran = true; return nil }); !errors.Is(err, context.Canceled) {
			t.Errorf("a transaction on a cancelled context = %v, want context.Canceled", err)
		}
	}
	if ran {
		t.Error("a transaction ran on a cancelled context")
	}
}

// Walks go in byte order from where they are asked to start, stop on ErrStop without an error,
// and pass any other error through.
func testKVOrder(t *testing.T, s *Subject) {
	keys := []string{"a", "b\x00", "b\x01", "ba", "c", "\xff"}
	kvUpdate(t, s.KV, func(tx kv.Tx) error {
		for _, k := range slices.Backward(keys) {
			if err := tx.Put("o", []byte(k), []byte("v"+k)); err != nil {
				return err
			}
		}
		return tx.Put("other", []byte("b"), nil)
	})
	walk := func(desc bool, start []byte, limit int) []string {
		var got []string
		err := s.KV.View(context.Background(), func(tx kv.Tx) error {
			fn := func(k, v []byte) error {
				if string(v) != "v"+string(k) {
					t.Errorf("walk gave %q = %q", k, v)
				}
				got = append(got, string(k))
				if len(got) == limit {
					return kv.ErrStop
				}
				return nil
			}
			if desc {
				return tx.Descend("o", start, fn)
			}
			return tx.Ascend("o", start, fn)
		})
		if err != nil {
			t.Errorf("walk: %v", err)
		}
		return got
	}
	tests := []struct {
		name  string
		desc  bool
		start []byte
		limit int
		want  []string
	}{
		{"ascend all", false, nil, 0, keys},
		{"ascend from a key", false, []byte("b\x01"), 0, keys[2:]},
		{"ascend from between keys", false, []byte("b\x00\x00"), 0, keys[2:]},
		{"ascend past the end", false, []byte("\xff\x00"), 0, nil},
		{"ascend stops", false, []byte("b"), 2, keys[1:3]},
		{"descend all", true, nil, 0, slices.Collect(func(yield func(string) bool) {
			for _, k := range slices.Backward(keys) {
				if !yield(k) {
					return
				}
			}
		})},
		{"descend below a key", true, []byte("ba"), 0, []string{"b\x01", "b\x00", "a"}},
		{"descend below between keys", true, []byte("b\x00\x00"), 0, []string{"b\x00", "a"}},
		{"descend below everything", true, []byte("a"), 0, nil},
		{"descend from beyond the end", true, []byte("\xff\xff"), 0, []string{"\xff", "c", "ba", "b\x01", "b\x00", "a"}},
		{"descend stops", true, nil, 1, []string{"\xff"}},
	}
	for _, tt := range tests {
		if got := walk(tt.desc, tt.start, tt.limit); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	boom := errors.New("boom")
	err := s.KV.View(context.Background(), func(tx kv.Tx) error {
		return tx.Ascend("o", nil, func(k, v []byte) error { return boom })
	})
	if !errors.Is(err, boom) {
		t.Errorf("a walk's error came back as %v", err)
	}
	err = s.KV.View(context.Background(), func(tx kv.Tx) error {
		return tx.Ascend("never", nil, func(k, v []byte) error { return fmt.Errorf("a space never written has %q", k) })
	})
	if err != nil {
		t.Error(err)
	}
}

// Concurrent read-modify-writes through Batch and Update all land: none is lost to another.
func testKVConcurrent(t *testing.T, s *Subject) {
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			run := s.KV.Batch
			if i%4 == 0 {
				run = s.KV.Update
			}
			errs <- run(context.Background(), func(tx kv.Tx) error {
				var c uint64
				if v := tx.Get("c", []byte("count")); v != nil {
					c = binary.BigEndian.Uint64(v)
				}
				return errors.Join(tx.Put("c", []byte("count"), binary.BigEndian.AppendUint64(nil, c+1)),
					tx.Put("c", fmt.Appendf(nil, "w%02d", i), []byte{byte(i)}))
			})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if v := kvGet(t, s.KV, "c", "count"); len(v) != 8 || binary.BigEndian.Uint64(v) != n {
		t.Errorf("counter after %d concurrent increments = %x", n, v)
	}
	seen := 0
	_ = s.KV.View(context.Background(), func(tx kv.Tx) error {
		return tx.Ascend("c", []byte("w"), func(k, v []byte) error { seen++; return nil })
	})
	if seen != n {
		t.Errorf("%d of %d writers' keys are there", seen, n)
	}
}

// What committed survives a reopen and a crash; a transaction open when the process dies does not.
func testKVRecovery(t *testing.T, s *Subject) {
	kvUpdate(t, s.KV, func(tx kv.Tx) error { return tx.Put("r", []byte("k"), []byte("committed")) })
	if err := s.KV.Batch(context.Background(), func(tx kv.Tx) error { return tx.Put("r", []byte("b"), []byte("batched")) }); err != nil {
		t.Fatal(err)
	}
	inside, release := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- s.KV.Update(context.Background(), func(tx kv.Tx) error {
			if err := tx.Put("r", []byte("k"), []byte("uncommitted")); err != nil {
				return err
			}
			close(inside)
			<-release
			return nil
		})
	}()
	<-inside
	crashed := s.Crash(t)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*Subject{"crash": crashed, "reopen": s.Reopen(t)} {
		if r.KV == nil {
			t.Fatalf("%s: no KV", name)
		}
		want := map[string]string{"k": "committed", "b": "batched"}
		if name == "reopen" {
			want["k"] = "uncommitted" // it committed after the crash copy was taken
		}
		for k, w := range want {
			if v := kvGet(t, r.KV, "r", k); !bytes.Equal(v, []byte(w)) {
				t.Errorf("%s: r/%s = %q, want %q", name, k, v, w)
			}
		}
	}
}
