package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/souqchain/souq"
)

// A store written by main at c0d2cff (testdata/journal_c0d2cff.db, made by that code: three
// events numbered from 1 and hashed with sha256 over JSON, a second keccak journal, the cursor at
// 3) opens, and its journal becomes the log: numbered from 0, re-sealed, content kept, the
// hand-over cursor back at 0.
func TestOpenMigratesJournalWrittenByOldMain(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/journal_c0d2cff.db")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "souq.db")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(path, WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	n, broken, err := db.VerifyJournal(ctx)
	if err != nil || n != 3 || broken != 0 {
		t.Fatalf("verify: %d events, broken %d, %v", n, broken, err)
	}
	var evs []souq.Event
	var cursor uint64
	err = db.Sales().View(ctx, func(tx souq.Tx) error {
		if evs, err = tx.Events(0, 0); err != nil {
			return err
		}
		cursor, err = tx.Cursor("anchored")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if cursor != 0 {
		t.Fatalf("hand-over cursor %d, want 0 (the log is rebuilt)", cursor)
	}
	wantKinds := []souq.EventKind{souq.EventMerchant, souq.EventOfferCreated, "order.paid"}
	for i, e := range evs {
		if e.Seq != uint64(i) || e.Kind != wantKinds[i] || !e.Verify() {
			t.Fatalf("event %d: %+v", i, e)
		}
		if i > 0 && e.PrevHash != evs[i-1].Hash {
			t.Fatalf("event %d does not chain", i)
		}
	}
	if evs[1].Fields["amount"] != "30500000" || evs[1].Order != (souq.OrderID{7}) {
		t.Fatalf("content changed: %+v", evs[1])
	}
	// The next event continues the numbering.
	err = db.Sales().Update(ctx, func(tx souq.Tx) error { return tx.Append(&souq.Event{Kind: "k", At: evs[2].At}) })
	if err != nil {
		t.Fatal(err)
	}
	if n, broken, err := db.VerifyJournal(ctx); err != nil || n != 4 || broken != 0 {
		t.Fatalf("after append: %d %d %v", n, broken, err)
	}
}
