package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// decide is one decision as the service makes it: the order's new state, its journal event, the
// intent it asks for and the message id it answers, in one transaction.
func decide(tx souq.Tx, o *souq.Order, key string) error {
	if err := tx.PutOrder(o); err != nil {
		return err
	}
	if err := tx.Append(newEvent("order."+souq.EventKind(o.Status), o.UpdatedAt, map[string]string{"order": "x"})); err != nil {
		return err
	}
	in := newIntent(key, souq.IntentFund, o.UpdatedAt)
	in.Order = o.ID
	if ok, err := tx.Enqueue(in); err != nil || !ok {
		return errors.Join(err, errors.New("enqueue: not new"))
	}
	return tx.MarkProcessed("msg/"+key, []byte(`{"ok":true}`))
}

// assertEmpty checks that no trace of the order, its event or its intent can be read, through
// any record or index.
func assertEmpty(t *testing.T, st souq.Store, o *souq.Order, key string) {
	t.Helper()
	view(t, st, func(tx souq.Tx) error {
		if _, err := tx.Order(o.ID); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("order after rollback: err = %v, want ErrNotFound", err)
		}
		if got, _ := tx.UserOrders(o.Customer, 0); len(got) != 0 {
			t.Errorf("customer's orders after rollback: %d", len(got))
		}
		if _, err := tx.UserOrderByPrefix(o.Customer, o.ID[:2]); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("short ref after rollback: err = %v, want ErrNotFound", err)
		}
		n := 0
		if err := tx.ActiveOrders(func(a *souq.Order) error {
			if a.ID == o.ID {
				n++
			}
			return nil
		}); err != nil {
			return err
		}
		if due, waiting, _ := tx.DueOrders(souq.ClockWall, o.OfferExpires.Add(time.Hour), 10); len(due) != 0 || waiting {
			t.Errorf("deadline index after rollback: due %d, waiting %v", len(due), waiting)
		}
		if n != 0 {
			t.Errorf("active orders after rollback: %d", n)
		}
		if evs, err := tx.Events(0, 0); err != nil || len(evs) != 0 {
			t.Errorf("journal after rollback: %d events, err %v", len(evs), err)
		}
		if _, err := tx.Intent(key); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("intent after rollback: err = %v, want ErrNotFound", err)
		}
		if due, _ := tx.DueIntents(o.UpdatedAt.Add(time.Hour), 10); slices.Contains(keys(due), key) {
			t.Errorf("due intents after rollback: %v", keys(due))
		}
		open := 0
		if err := tx.OpenIntents(func(in *souq.Intent) error {
			if in.Key == key {
				open++
			}
			return nil
		}); err != nil {
			return err
		}
		if open != 0 {
			t.Errorf("open intents after rollback: %d", open)
		}
		if _, ok, _ := tx.Processed("msg/" + key); ok {
			t.Error("message id processed after rollback")
		}
		return nil
	})
}

// A decision whose transaction fails leaves nothing, and Update returns fn's own error.
func testAtomicRollback(t *testing.T, s *Subject) {
	o := newOrder(oid(1), "971500000001", "971500000002", souq.StatusOffered, t0)
	err := s.Sales.Update(context.Background(), func(tx souq.Tx) error {
		if err := decide(tx, o, "fund/1"); err != nil {
			return err
		}
		return errDecision
	})
	if !errors.Is(err, errDecision) {
		t.Fatalf("Update = %v, want the decision's error", err)
	}
	assertEmpty(t, s.Sales, o, "fund/1")
	// The same decision made again after the failure goes through: nothing was left to collide with.
	update(t, s.Sales, func(tx souq.Tx) error { return decide(tx, o, "fund/1") })
}

// A decision that commits leaves the order (with its indexes), the event and the intent.
func testAtomicCommit(t *testing.T, s *Subject) {
	o := newOrder(oid(1), "971500000001", "971500000002", souq.StatusOffered, t0)
	update(t, s.Sales, func(tx souq.Tx) error { return decide(tx, o, "fund/1") })
	view(t, s.Sales, func(tx souq.Tx) error {
		got, err := tx.Order(o.ID)
		if err != nil || !same(t, got, o) {
			t.Errorf("order = %+v, %v; want %+v", got, err, o)
		}
		if us, _ := tx.UserOrders(o.Merchant, 0); len(us) != 1 || us[0].ID != o.ID {
			t.Errorf("merchant's orders = %x", ids(us))
		}
		if evs, _ := tx.Events(0, 0); len(evs) != 1 || evs[0].Kind != "order.offered" {
			t.Errorf("journal = %+v", evs)
		}
		if in, err := tx.Intent("fund/1"); err != nil || in.Order != o.ID || in.Status != souq.IntentPending {
			t.Errorf("intent = %+v, %v", in, err)
		}
		if due, _ := tx.DueIntents(t0, 10); len(due) != 1 {
			t.Errorf("due intents = %v", keys(due))
		}
		if raw, ok, _ := tx.Processed("msg/fund/1"); !ok || string(raw) != `{"ok":true}` {
			t.Errorf("processed = %q, %v", raw, ok)
		}
		return nil
	})
}

// A decision that panics rolls back and releases the store: the next transaction runs (a leaked
// write lock would hang it).
func testPanicRollsBack(t *testing.T, s *Subject) {
	o := newOrder(oid(1), "971500000001", "971500000002", souq.StatusOffered, t0)
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic did not reach the caller")
			}
		}()
		_ = s.Sales.Update(context.Background(), func(tx souq.Tx) error {
			if err := decide(tx, o, "fund/1"); err != nil {
				return err
			}
			panic("storetest: the decision panics")
		})
	}()
	done := make(chan struct{})
	go func() {
		defer close(done)
		assertEmpty(t, s.Sales, o, "fund/1")
		update(t, s.Sales, func(tx souq.Tx) error { return decide(tx, o, "fund/1") })
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the store is stuck after a panicking transaction")
	}
}

// Inside a transaction, reads see its own writes: the service reads back what it just decided
// (an order put then looked up, an intent enqueued then enqueued again, an event appended then
// the journal's tail).
func testReadsOwnWrites(t *testing.T, s *Subject) {
	o := newOrder(oid(1), "971500000001", "971500000002", souq.StatusOffered, t0)
	update(t, s.Sales, func(tx souq.Tx) error {
		if err := decide(tx, o, "fund/1"); err != nil {
			return err
		}
		if got, err := tx.Order(o.ID); err != nil || got.Status != o.Status {
			t.Errorf("order in its own transaction: %v, %v", got, err)
		}
		if got, _ := tx.UserOrders(o.Customer, 0); len(got) != 1 {
			t.Errorf("user index in its own transaction: %d orders", len(got))
		}
		if ok, err := tx.Enqueue(newIntent("fund/1", souq.IntentFund, t0)); ok || err != nil {
			t.Errorf("enqueue again in the same transaction = %v, %v; want false", ok, err)
		}
		if due, _ := tx.DueIntents(t0, 10); len(due) != 1 {
			t.Errorf("due index in its own transaction: %v", keys(due))
		}
		if _, ok, _ := tx.Processed("msg/fund/1"); !ok {
			t.Error("processed id not visible in its own transaction")
		}
		e := newEvent("order.paid", t0, nil)
		if err := tx.Append(e); err != nil {
			return err
		}
		if e.Seq != 1 {
			t.Errorf("second event in one transaction has Seq %d, want 1", e.Seq)
		}
		evs, err := tx.Events(0, 0)
		if err != nil || len(evs) != 2 || evs[1].Hash != e.Hash {
			t.Errorf("journal in its own transaction: %d events, %v", len(evs), err)
		}
		return nil
	})
}
