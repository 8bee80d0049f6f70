package storetest

import (
	"errors"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// checkIndexes holds every index the domain reads against the order records in all (every order
// in the store):
//   - UserOrders and EachUserOrder list each order a user takes part in, once, newest first
//     (an order's former courier may stay listed: the service filters by Role);
//   - their active variants and ActiveOrders hold every order not in a terminal status, and no
//     terminal one unless an escrow action is still pending on it;
//   - DueOrders answers from each order's Deadline exactly, earliest first.
func checkIndexes(t *testing.T, st souq.Store, all []*souq.Order, users []souq.WaID) {
	t.Helper()
	byID := map[souq.OrderID]*souq.Order{}
	for _, o := range all {
		byID[o.ID] = o
	}
	activeOK := func(o *souq.Order) bool { return !o.Status.Terminal() || o.Pending != "" }
	view(t, st, func(tx souq.Tx) error {
		for _, u := range users {
			listed, err := tx.UserOrders(u, 0)
			if err != nil {
				return err
			}
			var each, eachActive []*souq.Order
			if err := tx.EachUserOrder(u, false, func(o *souq.Order) (bool, error) { each = append(each, o); return true, nil }); err != nil {
				return err
			}
			if err := tx.EachUserOrder(u, true, func(o *souq.Order) (bool, error) { eachActive = append(eachActive, o); return true, nil }); err != nil {
				return err
			}
			if !slices.Equal(ids(listed), ids(each)) {
				t.Errorf("user %s: UserOrders and EachUserOrder disagree (%d vs %d orders)", u, len(listed), len(each))
			}
			seen := map[souq.OrderID]bool{}
			for i, o := range listed {
				want, ok := byID[o.ID]
				switch {
				case !ok:
					t.Errorf("user %s: lists an order that was never stored", u)
					continue
				case seen[o.ID]:
					t.Errorf("user %s: lists order %x twice", u, o.ID[:4])
				case !same(t, o, want):
					t.Errorf("user %s: order %x read through the index differs from the record", u, o.ID[:4])
				}
				seen[o.ID] = true
				if i > 0 && o.CreatedAt.After(listed[i-1].CreatedAt) {
					t.Errorf("user %s: not newest first at %d", u, i)
				}
			}
			for _, o := range all {
				if o.Role(u) != "" && !seen[o.ID] {
					t.Errorf("user %s: order %x (%s) missing from the user's orders", u, o.ID[:4], o.Role(u))
				}
			}
			activeSeen := map[souq.OrderID]bool{}
			for i, o := range eachActive {
				if rec, ok := byID[o.ID]; !ok || !activeOK(rec) || !seen[o.ID] {
					t.Errorf("user %s: active list holds order %x (%s)", u, o.ID[:4], o.Status)
				}
				if i > 0 && o.CreatedAt.After(eachActive[i-1].CreatedAt) {
					t.Errorf("user %s: active orders not newest first at %d", u, i)
				}
				activeSeen[o.ID] = true
			}
			for _, o := range all {
				if o.Role(u) != "" && !o.Status.Terminal() && !activeSeen[o.ID] {
					t.Errorf("user %s: active order %x missing from the user's active orders", u, o.ID[:4])
				}
			}
			if len(listed) > 3 {
				top, err := tx.UserOrders(u, 3)
				if err != nil || !slices.Equal(ids(top), ids(listed[:3])) {
					t.Errorf("user %s: UserOrders(3) is not the newest three", u)
				}
			}
		}
		active := map[souq.OrderID]bool{}
		if err := tx.ActiveOrders(func(o *souq.Order) error {
			if active[o.ID] {
				t.Errorf("ActiveOrders lists %x twice", o.ID[:4])
			}
			active[o.ID] = true
			if rec, ok := byID[o.ID]; !ok || !activeOK(rec) {
				t.Errorf("ActiveOrders lists %x in %s", o.ID[:4], o.Status)
			}
			return nil
		}); err != nil {
			return err
		}
		for _, o := range all {
			if !o.Status.Terminal() && !active[o.ID] {
				t.Errorf("ActiveOrders misses %x in %s", o.ID[:4], o.Status)
			}
		}
		for _, clock := range []souq.DeadlineClock{souq.ClockWall, souq.ClockChain} {
			var want []deadline
			for _, o := range all {
				if c, at, ok := o.Deadline(); ok && c == clock {
					want = append(want, deadline{o.ID, at})
				}
			}
			sort.SliceStable(want, func(i, j int) bool { return want[i].at.Before(want[j].at) })
			for _, until := range []time.Time{t0.Add(-time.Hour), t0.Add(90 * time.Minute), t0.Add(100 * time.Hour), t0.Add(1000 * time.Hour)} {
				due, waiting, err := tx.DueOrders(clock, until, 1000)
				if err != nil {
					return err
				}
				var exp []souq.OrderID
				for _, d := range want {
					if !d.at.After(until) {
						exp = append(exp, d.id)
					}
				}
				if !sameDue(due, exp, want) {
					t.Errorf("DueOrders(%c, %v) = %d orders, want %d", clock, until.Sub(t0), len(due), len(exp))
				}
				if waiting != (len(want) > 0) {
					t.Errorf("DueOrders(%c): waiting = %v with %d deadlines on the clock", clock, waiting, len(want))
				}
				if len(exp) > 1 {
					if first, _, _ := tx.DueOrders(clock, until, 1); len(first) != 1 || first[0] != exp[0] {
						t.Errorf("DueOrders(%c, limit 1) is not the earliest", clock)
					}
				}
			}
		}
		return nil
	})
}

type deadline struct {
	id souq.OrderID
	at time.Time
}

// sameDue compares due with exp, allowing orders with equal deadlines in either order.
func sameDue(due, exp []souq.OrderID, deadlines []deadline) bool {
	if len(due) != len(exp) {
		return false
	}
	at := map[souq.OrderID]time.Time{}
	for _, d := range deadlines {
		at[d.id] = d.at
	}
	for i := range due {
		if due[i] != exp[i] && !at[due[i]].Equal(at[exp[i]]) {
			return false
		}
	}
	return true
}

func putOrders(t *testing.T, st souq.Store, os ...*souq.Order) {
	t.Helper()
	update(t, st, func(tx souq.Tx) error {
		for _, o := range os {
			if err := tx.PutOrder(o); err != nil {
				return err
			}
		}
		return nil
	})
}

const (
	cust     souq.WaID = "971500000001"
	cust2    souq.WaID = "971500000011"
	merch    souq.WaID = "971500000002"
	merch2   souq.WaID = "971500000022"
	courier  souq.WaID = "971500000003"
	courier2 souq.WaID = "971500000033"
)

var everyone = []souq.WaID{cust, cust2, merch, merch2, courier, courier2, "971599999999"}

// The user indexes follow orders through their lives: many orders (more than a page), status
// changes to and from terminal, couriers assigned and replaced.
func testUserOrders(t *testing.T, s *Subject) {
	var all []*souq.Order
	for i := range 70 {
		m := merch
		if i%3 == 0 {
			m = merch2
		}
		// Created out of id order, so newest first is not id order.
		o := newOrder(oid(byte(i), byte(100-i)), cust, m, souq.StatusPaid, t0.Add(time.Duration((i*37)%70)*time.Minute))
		all = append(all, o)
	}
	all = append(all, newOrder(oid(0, 0xee), cust2, merch, souq.StatusOffered, t0.Add(5*time.Minute)))
	putOrders(t, s.Sales, all...)
	checkIndexes(t, s.Sales, all, everyone)

	// Some end; one gets a courier, then another; one ends with an escrow action still pending.
	for i, o := range all[:30] {
		o.Status = souq.StatusReleased
		if i%2 == 0 {
			o.Status = souq.StatusRefunded
		}
	}
	all[40].Courier = courier
	all[41].Courier = courier
	all[41].Delivery = &souq.Delivery{Courier: courier, TakenAt: t0, By: souq.RoleCourier}
	all[41].Status = souq.StatusDelivered
	all[42].Status, all[42].Pending = souq.StatusReleased, souq.IntentPayout
	putOrders(t, s.Sales, all...)
	checkIndexes(t, s.Sales, all, everyone)

	all[40].Courier = courier2
	all[0].Status = souq.StatusDisputed // back from terminal (as a test of the index, not the domain)
	putOrders(t, s.Sales, all[40], all[0])
	checkIndexes(t, s.Sales, all, everyone)

	// Stopping early stops: EachUserOrder calls fn no more after it says so.
	view(t, s.Sales, func(tx souq.Tx) error {
		calls := 0
		err := tx.EachUserOrder(cust, false, func(*souq.Order) (bool, error) { calls++; return calls < 5, nil })
		if calls != 5 {
			t.Errorf("EachUserOrder called fn %d times after it said stop at 5", calls)
		}
		errStop := errors.New("stop")
		if err := tx.EachUserOrder(cust, true, func(*souq.Order) (bool, error) { return true, errStop }); !errors.Is(err, errStop) {
			t.Errorf("EachUserOrder = %v, want fn's error", err)
		}
		return err
	})
}

// The deadline index and the active set follow each order's Deadline and status.
func testActiveAndDeadlines(t *testing.T, s *Subject) {
	// Deadlines on the wall clock only: the chain's clock has none waiting.
	putOrders(t, s.Sales, newOrder(oid(1), cust, merch, souq.StatusOffered, t0))
	checkIndexes(t, s.Sales, []*souq.Order{newOrder(oid(1), cust, merch, souq.StatusOffered, t0)}, everyone)

	offered := newOrder(oid(1), cust, merch, souq.StatusOffered, t0)                  // wall: offer expiry t0+1h
	offered2 := newOrder(oid(2), cust2, merch, souq.StatusOffered, t0.Add(time.Hour)) // wall: t0+2h
	paid := newOrder(oid(3), cust, merch, souq.StatusPaid, t0)                        // chain: deliver-by t0+72h
	delivered := newOrder(oid(4), cust, merch, souq.StatusDelivered, t0)              // chain: releasable
	delivered.ReleasableAt = t0.Add(80 * time.Hour)
	pendingPay := newOrder(oid(5), cust, merch, souq.StatusPaying, t0)
	pendingPay.Pending = souq.IntentFund // no deadline while an escrow action is pending
	all := []*souq.Order{offered, offered2, paid, delivered, pendingPay}
	putOrders(t, s.Sales, all...)
	checkIndexes(t, s.Sales, all, everyone)

	// The offer is paid: its deadline moves from the wall clock to the chain's.
	offered.Status, offered.Pending = souq.StatusPaid, ""
	// The delivered order's inspection ends: released, no deadline.
	delivered.Status = souq.StatusReleased
	// The pending one is confirmed and now waits for delivery.
	pendingPay.Status, pendingPay.Pending = souq.StatusPaid, ""
	pendingPay.Terms.DeliverBy = t0.Add(10 * time.Minute)
	putOrders(t, s.Sales, offered, delivered, pendingPay)
	checkIndexes(t, s.Sales, all, everyone)

	// The other offer expires, and the paid ones get a release intent pending: nothing is due.
	offered2.Status = souq.StatusExpired
	paid.Pending, offered.Pending, pendingPay.Pending = souq.IntentRefundExpired, souq.IntentRefundExpired, souq.IntentRefundExpired
	putOrders(t, s.Sales, offered2, paid, offered, pendingPay)
	checkIndexes(t, s.Sales, all, everyone)
	view(t, s.Sales, func(tx souq.Tx) error {
		for _, c := range []souq.DeadlineClock{souq.ClockWall, souq.ClockChain} {
			if due, waiting, _ := tx.DueOrders(c, t0.Add(1000*time.Hour), 10); len(due) != 0 || waiting {
				t.Errorf("clock %c: %d due, waiting %v; want none", c, len(due), waiting)
			}
		}
		return nil
	})
}

// A short reference finds the user's newest order whose id starts with it, among the user's
// orders only.
func testShortRef(t *testing.T, s *Subject) {
	// The newest of the customer's matches is neither the first nor the last by id.
	older := newOrder(oid(0x01, 0xab, 0xcd), cust, merch, souq.StatusPaid, t0)
	newer := newOrder(oid(0x00, 0xab, 0xcd), cust, merch, souq.StatusPaid, t0.Add(time.Hour))
	middle := newOrder(oid(0xff, 0xab, 0xcd), cust, merch, souq.StatusPaid, t0.Add(time.Minute))
	oldest := newOrder(oid(0x00, 0xab, 0x00), cust, merch, souq.StatusPaid, t0.Add(-time.Hour))
	other := newOrder(oid(0x02, 0xab, 0xcd), cust2, merch2, souq.StatusPaid, t0.Add(2*time.Hour))
	putOrders(t, s.Sales, older, newer, middle, oldest, other)
	tests := []struct {
		user   souq.WaID
		prefix []byte
		want   *souq.Order // nil: not found
	}{
		{cust, []byte{0xab}, newer},
		{cust, []byte{0xab, 0xcd}, newer},
		{cust, []byte{0xab, 0xcd, 0x01}, older},
		{cust2, []byte{0xab}, other},
		{merch, []byte{0xab, 0xcd}, newer},
		{merch, []byte{0xab, 0xcd, 0x02}, nil}, // another merchant's order
		{cust, []byte{0xab, 0xcd, 0x02}, nil},  // another customer's order
		{cust, []byte{0xac}, nil},
		{courier, []byte{0xab}, nil},
	}
	check := func() {
		view(t, s.Sales, func(tx souq.Tx) error {
			for _, tt := range tests {
				got, err := tx.UserOrderByPrefix(tt.user, tt.prefix)
				switch {
				case tt.want == nil && !errors.Is(err, souq.ErrNotFound):
					t.Errorf("%s %x: %v, %v; want ErrNotFound", tt.user, tt.prefix, got, err)
				case tt.want != nil && (err != nil || got.ID != tt.want.ID || !same(t, got, tt.want)):
					t.Errorf("%s %x: %v, %v; want order %x", tt.user, tt.prefix, got, err, tt.want.ID[:3])
				}
			}
			return nil
		})
	}
	check()
	// A courier assigned later finds it too; the status does not matter.
	older.Courier, older.Status = courier, souq.StatusReleased
	putOrders(t, s.Sales, older)
	tests[8].want = older
	check()
}
