package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

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

// A lane's due query returns only its kinds; the open index holds pending and submitted intents;
// and a store written before the index (kinds not in the due index, no open index) is migrated.
func TestOutboxKindsAndOpenIndex(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	intents := []*souq.Intent{
		{Key: "n/1", Kind: souq.IntentNotify, Status: souq.IntentPending, NextAt: now.Add(-3 * time.Second)},
		{Key: "escrow.fund/1", Kind: souq.IntentFund, Status: souq.IntentPending, NextAt: now.Add(-2 * time.Second)},
		{Key: "loyalty.earn/1", Kind: souq.IntentEarn, Status: souq.IntentPending, NextAt: now.Add(-time.Second)},
		{Key: "escrow.release/1", Kind: souq.IntentRelease, Status: souq.IntentSubmitted},
		{Key: "n/2", Kind: souq.IntentNotify, Status: souq.IntentDone},
	}
	check := func(t *testing.T, s souq.Store) {
		t.Helper()
		if err := s.View(ctx, func(tx souq.Tx) error {
			for _, tt := range []struct {
				kinds []souq.IntentKind
				want  []string
			}{
				{nil, []string{"n/1", "escrow.fund/1", "loyalty.earn/1"}},
				{[]souq.IntentKind{souq.IntentNotify}, []string{"n/1"}},
				{[]souq.IntentKind{souq.IntentFund, souq.IntentRelease}, []string{"escrow.fund/1"}},
				{[]souq.IntentKind{souq.IntentEarn, souq.IntentRedeem}, []string{"loyalty.earn/1"}},
			} {
				due, err := tx.DueIntents(now, 10, tt.kinds...)
				if err != nil {
					return err
				}
				var got []string
				for _, in := range due {
					got = append(got, in.Key)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("due %v = %v, want %v", tt.kinds, got, tt.want)
				}
			}
			var open []string
			if err := tx.OpenIntents(func(in *souq.Intent) error { open = append(open, in.Key); return nil }); err != nil {
				return err
			}
			slices.Sort(open)
			if want := []string{"escrow.fund/1", "escrow.release/1", "loyalty.earn/1", "n/1"}; !slices.Equal(open, want) {
				t.Errorf("open %v, want %v", open, want)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("new store", func(t *testing.T) {
		_, s := openSales(t)
		if err := s.Update(ctx, func(tx souq.Tx) error {
			for _, in := range intents {
				if _, err := tx.Enqueue(in); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		check(t, s)
		// Done leaves the open index.
		if err := s.Update(ctx, func(tx souq.Tx) error {
			in, err := tx.Intent("escrow.release/1")
			if err != nil {
				return err
			}
			in.Status = souq.IntentDone
			return tx.PutIntent(in)
		}); err != nil {
			t.Fatal(err)
		}
		if err := s.View(ctx, func(tx souq.Tx) error {
			return tx.OpenIntents(func(in *souq.Intent) error {
				if in.Key == "escrow.release/1" {
					t.Error("a done intent is still open")
				}
				return nil
			})
		}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("migrated store", func(t *testing.T) {
		db, s := openSales(t)
		// Write the outbox as the schema before the index did: no kinds in the due index, no open
		// index; then migrate.
		if err := db.bolt.Update(func(tx *bolt.Tx) error {
			if err := tx.DeleteBucket(bucketOutboxOpen); err != nil {
				return err
			}
			for _, in := range intents {
				if err := (salesTx{tx, time.Now}).put(bucketOutbox, []byte(in.Key), in); err != nil {
					return err
				}
				if in.Status == souq.IntentPending {
					if err := tx.Bucket(bucketOutboxDue).Put(dueKey(in.NextAt, in.Key), nil); err != nil {
						return err
					}
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		check(t, s) // read as it is (souq status on a file not yet migrated)
		if err := db.bolt.Update(migrateOutboxOpen); err != nil {
			t.Fatal(err)
		}
		check(t, s)
	})
}
