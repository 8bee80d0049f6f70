package souq_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// decodeCountingStore counts the orders read (decoded) through the store's transactions.
type decodeCountingStore struct {
	souq.Store
	n *atomic.Int64
}

func (s decodeCountingStore) Update(ctx context.Context, fn func(souq.Tx) error) error {
	return s.Store.Update(ctx, func(tx souq.Tx) error { return fn(decodeCountingTx{tx, s.n}) })
}

func (s decodeCountingStore) View(ctx context.Context, fn func(souq.Tx) error) error {
	return s.Store.View(ctx, func(tx souq.Tx) error { return fn(decodeCountingTx{tx, s.n}) })
}

type decodeCountingTx struct {
	souq.Tx
	n *atomic.Int64
}

func (t decodeCountingTx) Order(id souq.OrderID) (*souq.Order, error) {
	t.n.Add(1)
	return t.Tx.Order(id)
}

func (t decodeCountingTx) UserOrders(user souq.WaID, limit int) ([]*souq.Order, error) {
	os, err := t.Tx.UserOrders(user, limit)
	t.n.Add(int64(len(os)))
	return os, err
}

func (t decodeCountingTx) ActiveOrders(fn func(*souq.Order) error) error {
	return t.Tx.ActiveOrders(func(o *souq.Order) error { t.n.Add(1); return fn(o) })
}

func (t decodeCountingTx) EachUserOrder(user souq.WaID, active bool, fn func(*souq.Order) (bool, error)) error {
	return t.Tx.EachUserOrder(user, active, func(o *souq.Order) (bool, error) { t.n.Add(1); return fn(o) })
}

func (t decodeCountingTx) UserOrderByPrefix(user souq.WaID, prefix []byte) (*souq.Order, error) {
	t.n.Add(1)
	return t.Tx.UserOrderByPrefix(user, prefix)
}

// TestWorkScalesWithWhatIsDue: a tick reads as many orders with 10 open offers and 10 finished
// orders as with 400 of each: only orders whose deadline is due (none here). Chat commands (an
// order named by its short reference; the points balance) read as many with 10 finished orders as
// with 400: the orders they concern, and the user's active ones.
func TestWorkScalesWithWhatIsDue(t *testing.T) {
	t.Parallel()
	decoded := func(open, finished int) (tick, status, points int64) {
		var count atomic.Int64
		h := newHarness(t, func(c *souq.Config) { c.Store = decodeCountingStore{c.Store, &count} })
		h.setup(&souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc})
		var first souq.OrderID
		for i := range open + finished {
			id := h.offer(money(usdc, "5"))
			if i == 0 {
				first = id
			}
			if i%2 == 1 || i >= 2*open { // declined: a finished order
				_, err := h.svc.Decline(ctx(), actor(customer), ref(id))
				h.must(err)
			}
		}
		h.clock.Add(time.Hour) // nothing is due: offers last 72 h
		count.Store(0)
		changed, err := h.svc.Tick(ctx())
		h.must(err)
		if changed != 0 {
			t.Fatalf("tick changed %d orders; none is due", changed)
		}
		tick = count.Swap(0)
		// The oldest order, by its short reference: the newest-first walk of old read them all.
		if _, err := h.svc.Status(ctx(), actor(customer), souq.OrderRef(first.String()[2:10])); err != nil {
			t.Fatal(err)
		}
		status = count.Swap(0)
		if _, err := h.svc.Points(ctx(), actor(customer)); err != nil {
			t.Fatal(err)
		}
		return tick, status, count.Load()
	}
	t10, s10, p10 := decoded(10, 10)
	t400, _, _ := decoded(400, 400)
	_, s400, p400 := decoded(10, 400)
	t.Logf("orders decoded by a tick with 10 / 400 open offers and as many finished: %d / %d", t10, t400)
	t.Logf("orders decoded with 10 open offers and 10 / 400 finished orders: status %d / %d, points %d / %d", s10, s400, p10, p400)
	if t400 != t10 {
		t.Errorf("a tick's work grows with the orders: %d → %d", t10, t400)
	}
	if s400 != s10 || p400 != p10 {
		t.Errorf("a command's work grows with the finished orders: status %d → %d, points %d → %d", s10, s400, p10, p400)
	}
}
