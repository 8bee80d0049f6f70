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

// TestOrderIndexes: a user's orders newest first in pages (and only the active ones from their own
// index), order ids by prefix (the newest of two that share one; never another user's), and the
// deadline index following each order's status.
func TestOrderIndexes(t *testing.T) {
	t.Parallel()
	_, s := openSales(t)
	ctx := context.Background()
	const user, other = souq.WaID("551100000001"), souq.WaID("5511000000012") // other extends user
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	id := func(i int) souq.OrderID { return souq.OrderID{0xee, byte(i >> 8), byte(i), 0, byte(i)} }
	const n = 150
	err := s.Update(ctx, func(tx souq.Tx) error {
		for i := range n {
			o := &souq.Order{ID: id(i), Customer: user, Merchant: "551100000002", Status: souq.StatusOffered,
				CreatedAt: t0.Add(time.Duration(i) * time.Minute), OfferExpires: t0.Add(time.Duration(i) * time.Hour)}
			if i%3 != 0 {
				o.Status = souq.StatusDeclined
			}
			if err := tx.PutOrder(o); err != nil {
				return err
			}
		}
		// Shares order 0's first four bytes, newer than order 1's twin; and another user's twin.
		twin := souq.OrderID{0xee, 0, 1, 0, 0x77}
		if err := tx.PutOrder(&souq.Order{ID: twin, Customer: user, Merchant: "551100000002", Status: souq.StatusDeclined, CreatedAt: t0.Add(time.Hour * 1000)}); err != nil {
			return err
		}
		return tx.PutOrder(&souq.Order{ID: souq.OrderID{0xee, 0, 2, 0, 0x99}, Customer: other, Merchant: "551100000003", CreatedAt: t0.Add(time.Hour * 2000)})
	})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Update(ctx, func(tx souq.Tx) error {
		var all, active []time.Time
		if err := tx.EachUserOrder(user, false, func(o *souq.Order) (bool, error) { all = append(all, o.CreatedAt); return true, nil }); err != nil {
			return err
		}
		if len(all) != n+1 || !slices.IsSortedFunc(all, func(a, b time.Time) int { return b.Compare(a) }) {
			t.Errorf("all orders: %d, newest first %v", len(all), slices.IsSortedFunc(all, func(a, b time.Time) int { return b.Compare(a) }))
		}
		seen := 0
		if err := tx.EachUserOrder(user, false, func(*souq.Order) (bool, error) { seen++; return seen < 70, nil }); err != nil || seen != 70 {
			t.Errorf("stopped after %d, %v; want 70", seen, err)
		}
		if err := tx.EachUserOrder(user, true, func(o *souq.Order) (bool, error) {
			if o.Status != souq.StatusOffered {
				t.Errorf("active walk gave a %s order", o.Status)
			}
			active = append(active, o.CreatedAt)
			return true, nil
		}); err != nil {
			return err
		}
		if len(active) != n/3 || !slices.IsSortedFunc(active, func(a, b time.Time) int { return b.Compare(a) }) {
			t.Errorf("active orders: %d, want %d newest first", len(active), n/3)
		}
		if o, err := tx.UserOrderByPrefix(user, []byte{0xee, 0, 1, 0}); err != nil || o.ID[4] != 0x77 {
			t.Errorf("by prefix: %v, %v; want the newer twin", o, err)
		}
		if o, err := tx.UserOrderByPrefix(user, []byte{0xee, 0, 2, 0}); err != nil || o.ID != id(2) {
			t.Errorf("by prefix: %v, %v; want order 2, not the other user's", o, err)
		}
		if _, err := tx.UserOrderByPrefix(user, []byte{0xef, 0, 0, 0}); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("no such prefix: %v", err)
		}
		// Deadlines: offers 0, 3, 6 … expire at i hours; by 10 h, 0 3 6 9 are due.
		due, _, err := tx.DueOrders(souq.ClockWall, t0.Add(10*time.Hour), 100)
		if err != nil || !slices.Equal(due, []souq.OrderID{id(0), id(3), id(6), id(9)}) {
			t.Errorf("due offers %x, %v", due, err)
		}
		if _, waiting, _ := tx.DueOrders(souq.ClockChain, t0, 100); waiting {
			t.Error("waiting on the chain's clock with no escrow")
		}
		o, err := tx.Order(id(0))
		if err != nil {
			return err
		}
		o.Status, o.Terms.DeliverBy = souq.StatusPaid, t0.Add(48*time.Hour)
		if err := tx.PutOrder(o); err != nil {
			return err
		}
		if due, waiting, _ := tx.DueOrders(souq.ClockChain, t0.Add(49*time.Hour), 100); !waiting || !slices.Equal(due, []souq.OrderID{id(0)}) {
			t.Errorf("paid order's deadline: %x %v", due, waiting)
		}
		o.Pending = souq.IntentRefundExpired // an escrow action in flight: no deadline
		if err := tx.PutOrder(o); err != nil {
			return err
		}
		if _, waiting, _ := tx.DueOrders(souq.ClockChain, far(), 100); waiting {
			t.Error("a pending order left in the deadline index")
		}
		if due, _, _ := tx.DueOrders(souq.ClockWall, t0.Add(10*time.Hour), 100); !slices.Equal(due, []souq.OrderID{id(3), id(6), id(9)}) {
			t.Errorf("due offers after order 0 was paid: %x", due)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func far() time.Time { return time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC) }
