package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

func openSales(t *testing.T) (*DB, souq.Store) {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "s.db"), WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db, db.Sales()
}

func TestUserOrdersNewestFirstAndActiveSet(t *testing.T) {
	t.Parallel()
	_, s := openSales(t)
	ctx := context.Background()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := s.Update(ctx, func(tx souq.Tx) error {
		for i := range 3 {
			o := &souq.Order{ID: souq.OrderID{byte(i + 1)}, Customer: "551100000001", Merchant: "551100000002",
				Status: souq.StatusOffered, CreatedAt: t0.Add(time.Duration(i) * time.Hour)}
			if i == 0 {
				o.Status = souq.StatusReleased
			}
			if err := tx.PutOrder(o); err != nil {
				return err
			}
		}
		// A user whose id extends another's must not leak into it.
		return tx.PutOrder(&souq.Order{ID: souq.OrderID{9}, Customer: "5511000000012", Merchant: "551100000003", CreatedAt: t0.Add(9 * time.Hour)})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.View(ctx, func(tx souq.Tx) error {
		got, err := tx.UserOrders("551100000001", 0)
		if err != nil {
			return err
		}
		if len(got) != 3 || got[0].ID[0] != 3 || got[2].ID[0] != 1 {
			t.Fatalf("orders %v", got)
		}
		if two, _ := tx.UserOrders("551100000001", 2); len(two) != 2 {
			t.Fatalf("limit: %d", len(two))
		}
		var active int
		if err := tx.ActiveOrders(func(*souq.Order) error { active++; return nil }); err != nil {
			return err
		}
		if active != 3 { // two offered for the first customer, one for the other
			t.Fatalf("active %d", active)
		}
		if _, err := tx.Order(souq.OrderID{42}); !errors.Is(err, souq.ErrNotFound) {
			t.Fatalf("missing order: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOutboxDueIndexAndJournalChain(t *testing.T) {
	t.Parallel()
	db, s := openSales(t)
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	err := s.Update(ctx, func(tx souq.Tx) error {
		for i, at := range []time.Time{now.Add(time.Minute), now, now.Add(-time.Minute)} {
			added, err := tx.Enqueue(&souq.Intent{Key: string(rune('a' + i)), Status: souq.IntentPending, NextAt: at})
			if err != nil || !added {
				t.Fatalf("enqueue: %v %v", added, err)
			}
		}
		if added, _ := tx.Enqueue(&souq.Intent{Key: "a", Status: souq.IntentPending, NextAt: now}); added {
			t.Fatal("duplicate key enqueued")
		}
		for range 3 {
			if err := tx.Append(&souq.Event{Kind: "k", At: now}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx souq.Tx) error {
		due, err := tx.DueIntents(now, 10)
		if err != nil {
			return err
		}
		if len(due) != 2 || due[0].Key != "c" || due[1].Key != "b" {
			t.Fatalf("due %v", due)
		}
		due[0].Status = souq.IntentDone
		if err := tx.PutIntent(due[0]); err != nil {
			return err
		}
		due[1].NextAt = now.Add(time.Hour)
		if err := tx.PutIntent(due[1]); err != nil {
			return err
		}
		if again, _ := tx.DueIntents(now, 10); len(again) != 0 {
			t.Fatalf("stale due index: %v", again)
		}
		evs, err := tx.Events(1, 0) // from event 1: the second and third
		if err != nil {
			return err
		}
		if len(evs) != 2 || evs[0].Seq != 1 || evs[1].PrevHash != evs[0].Hash {
			t.Fatalf("events %v", evs)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, broken, err := db.VerifyJournal(ctx); err != nil || n != 3 || broken != 0 {
		t.Fatalf("verify: %d %d %v", n, broken, err)
	}
}

func TestBackupIsAUsableCopy(t *testing.T) {
	t.Parallel()
	db, s := openSales(t)
	ctx := context.Background()
	if err := s.Update(ctx, func(tx souq.Tx) error {
		return tx.PutMerchant(&souq.Merchant{WaID: "551100000002", Payout: "0xabc"})
	}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	cp, err := Open(path, WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if err := cp.Sales().View(ctx, func(tx souq.Tx) error {
		m, err := tx.Merchant("551100000002")
		if err != nil || m.Payout != "0xabc" {
			t.Fatalf("merchant in backup: %+v %v", m, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(ctx, filepath.Join(t.TempDir(), "missing", "x.db")); err == nil {
		t.Fatal("backup to a missing directory succeeded")
	}
}
