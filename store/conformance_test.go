package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/souqchain/souq/store"
	"github.com/souqchain/souq/storetest"
)

// The store is held to the conformance suite every implementation of souq's persistence ports
// must pass (storetest), on a temporary file with fsync on, as souq runs.
func TestConformance(t *testing.T) {
	for _, mode := range []struct {
		name string
		opts []store.Option
	}{{"writer", nil}, {"bolt-batch", []store.Option{store.WithBoltBatch()}}} {
		t.Run(mode.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) *storetest.Subject {
				return openSubject(t, filepath.Join(t.TempDir(), "souq.db"), mode.opts...)
			})
		})
	}
}

func openSubject(t *testing.T, path string, opts ...store.Option) *storetest.Subject {
	t.Helper()
	db, err := store.Open(path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	t.Cleanup(func() {
		if !closed {
			_ = db.Close()
		}
	})
	return &storetest.Subject{
		Sales: db.Sales(), Inbox: db, Chats: db, KV: db.KV(),
		Reopen: func(t *testing.T) *storetest.Subject {
			closed = true
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			return openSubject(t, path, opts...)
		},
		// A crash leaves the file as the last commit wrote it: a copy taken now, with this
		// instance left open, is what the next process would find.
		Crash: func(t *testing.T) *storetest.Subject {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			copyPath := filepath.Join(t.TempDir(), "crashed.db")
			if err := os.WriteFile(copyPath, raw, 0o600); err != nil {
				t.Fatal(err)
			}
			return openSubject(t, copyPath, opts...)
		},
	}
}
