package storetest

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// Customers, merchants, couriers, vouchers, tickets, payout totals and wallet owners read back
// as written; the record-specific rules hold.
func testRecords(t *testing.T, s *Subject) {
	c := &souq.Customer{WaID: cust, OptedIn: true, OptInAt: t0, CreatedAt: t0, Account: "971500000099"}
	m := &souq.Merchant{WaID: merch, Payout: "0x00000000000000000000000000000000000000e2", Couriers: []souq.WaID{courier},
		Name: "Souq Dates", MaxOrder: []souq.Money{{Asset: usdc, Amount: big.NewInt(5_000_000_000)}},
		Rule: &souq.LoyaltyRule{Currency: usdc, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Points: 1}, CreatedAt: t0}
	open := &souq.Voucher{ID: "v1", Customer: cust, Merchant: merch, Points: 3, Value: souq.Money{Asset: usdc, Amount: big.NewInt(3_000_000)}, CreatedAt: t0}
	ticket := &souq.TicketRecord{ID: "t1", User: cust, Reason: "help", OpenedAt: t0}
	totals := []souq.PayoutTotal{{Asset: usdc, Paid: new(big.Int).Lsh(big.NewInt(1), 70), Orders: 3}, {Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Paid: big.NewInt(7), Orders: 1}}
	const wallet = "0x00000000000000000000000000000000000000AbCd"
	update(t, s.Sales, func(tx souq.Tx) error {
		return errors.Join(tx.PutCustomer(c), tx.PutMerchant(m), tx.PutCourierMerchants(&souq.CourierRecord{Courier: courier, Merchants: []souq.WaID{merch, merch2}}),
			tx.PutVoucher(open), tx.PutTicket(ticket), tx.PutPayoutTotals(merch, totals), tx.PutWalletOwner(wallet, "971500000099"))
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		if got, err := tx.Customer(cust); err != nil || !same(t, got, c) {
			t.Errorf("customer = %+v, %v", got, err)
		}
		if _, err := tx.Customer(cust2); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("unknown customer: %v, want ErrNotFound", err)
		}
		if got, err := tx.Merchant(merch); err != nil || !same(t, got, m) {
			t.Errorf("merchant = %+v, %v", got, err)
		}
		if _, err := tx.Merchant(merch2); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("unknown merchant: %v, want ErrNotFound", err)
		}
		if got, err := tx.CourierMerchants(courier); err != nil || !slices.Equal(got.Merchants, []souq.WaID{merch, merch2}) {
			t.Errorf("courier's merchants = %+v, %v", got, err)
		}
		if got, err := tx.CourierMerchants(courier2); err != nil || got.Courier != courier2 || len(got.Merchants) != 0 {
			t.Errorf("unnamed courier = %+v, %v; want an empty record", got, err)
		}
		if got, err := tx.OpenVoucher(cust, merch); err != nil || !same(t, got, open) {
			t.Errorf("open voucher = %+v, %v", got, err)
		}
		if _, err := tx.OpenVoucher(cust, merch2); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("voucher with another merchant: %v, want ErrNotFound", err)
		}
		if got, err := tx.Ticket("t1"); err != nil || !same(t, got, ticket) {
			t.Errorf("ticket = %+v, %v", got, err)
		}
		if got, err := tx.PayoutTotals(merch); err != nil || !same(t, got, totals) {
			t.Errorf("payout totals = %+v, %v", got, err)
		}
		if got, err := tx.PayoutTotals(merch2); err != nil || len(got) != 0 {
			t.Errorf("payout totals of a merchant never paid = %+v, %v", got, err)
		}
		if got, err := tx.WalletOwner(strings.ToLower(wallet)); err != nil || got != "971500000099" {
			t.Errorf("wallet owner by lower-case address = %q, %v", got, err)
		}
		if got, err := tx.WalletOwner(strings.ToUpper("0x00000000000000000000000000000000000000abcd")); err != nil || got != "971500000099" {
			t.Errorf("wallet owner by upper-case address = %q, %v", got, err)
		}
		if _, err := tx.WalletOwner("0x00000000000000000000000000000000000000ef"); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("unknown wallet: %v, want ErrNotFound", err)
		}
		var addrs []string
		err := tx.WalletOwners(func(a string, _ souq.WaID) error { addrs = append(addrs, a); return nil })
		if !slices.Equal(addrs, []string{strings.ToLower(wallet)}) {
			t.Errorf("wallet owners = %v, want the address in lower case", addrs)
		}
		return err
	})
	// An applied voucher leaves the open set; a courier no merchant names any more is forgotten.
	used := *open
	used.Burned, used.UsedBy = true, oid(1)
	update(t, s.Sales, func(tx souq.Tx) error {
		return errors.Join(tx.PutVoucher(&used), tx.PutCourierMerchants(&souq.CourierRecord{Courier: courier}))
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		if got, err := tx.OpenVoucher(cust, merch); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("voucher after use = %+v, %v; want ErrNotFound", got, err)
		}
		if got, err := tx.CourierMerchants(courier); err != nil || len(got.Merchants) != 0 {
			t.Errorf("courier after removal = %+v, %v", got, err)
		}
		return nil
	})
}

// fill writes a bit of everything, claims one intent under run "run-1" and leaves it unfinished,
// and fails one decision; it returns the orders written.
func fill(t *testing.T, s *Subject) []*souq.Order {
	ctx := context.Background()
	all := []*souq.Order{
		newOrder(oid(1), cust, merch, souq.StatusOffered, t0),
		newOrder(oid(2), cust, merch, souq.StatusPaid, t0.Add(time.Minute)),
		newOrder(oid(3), cust2, merch2, souq.StatusReleased, t0.Add(2*time.Minute)),
	}
	for i, o := range all {
		update(t, s.Sales, func(tx souq.Tx) error { return decide(tx, o, "fund/"+string(rune('a'+i))) })
	}
	update(t, s.Sales, func(tx souq.Tx) error { return tx.SetCursor("anchor", 2) })
	finish(t, s.Sales, "fund/c", souq.IntentDone)
	if c, err := claim(ctx, s.Sales, "run-1", t0.Add(time.Minute), 1); err != nil || len(c) != 1 || c[0].Key != "fund/a" {
		t.Fatalf("claim = %v, %v", keys(c), err)
	}
	bad := newOrder(oid(9), cust, merch, souq.StatusOffered, t0)
	if err := s.Sales.Update(ctx, func(tx souq.Tx) error {
		return errors.Join(decide(tx, bad, "fund/bad"), errDecision)
	}); err == nil {
		t.Fatal("the failing decision committed")
	}
	appendInbox(t, s.Inbox, env("m:1", "9711", "one"), env("m:2", "9711", "two"))
	es := pending(t, s.Inbox)
	if err := s.Inbox.InboxFinish(ctx, []souq.InboxResult{{Seq: es[0].Seq}}); err != nil {
		t.Fatal(err)
	}
	if err := s.Chats.UpdateChat(ctx, "9711", func([]byte) ([]byte, error) { return []byte("state"), nil }); err != nil {
		t.Fatal(err)
	}
	return all
}

// After a restart (clean, or a crash) everything committed is there, nothing of the failed
// decision is, the claimed intent is due again once its lease ends, the inbox resumes where it
// stopped and still dedupes, and the journal goes on from where it was.
func testRecovery(t *testing.T, s *Subject, restart func(t *testing.T) *Subject) {
	all := fill(t, s)
	var before []souq.Event
	view(t, s.Sales, func(tx souq.Tx) error {
		var err error
		before, err = tx.Events(0, 0)
		return err
	})
	r := restart(t)
	ctx := context.Background()
	checkIndexes(t, r.Sales, all, everyone)
	view(t, r.Sales, func(tx souq.Tx) error {
		if _, err := tx.Order(oid(9)); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("the failed decision's order after restart: %v", err)
		}
		if _, err := tx.Intent("fund/bad"); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("the failed decision's intent after restart: %v", err)
		}
		if _, ok, _ := tx.Processed("msg/fund/bad"); ok {
			t.Error("the failed decision's message id is processed after restart")
		}
		for _, o := range all {
			if got, err := tx.Order(o.ID); err != nil || !same(t, got, o) {
				t.Errorf("order %x after restart: %v", o.ID[:1], err)
			}
		}
		evs, err := tx.Events(0, 0)
		if err != nil {
			return err
		}
		if len(evs) != len(before) {
			t.Fatalf("%d events after restart, want %d", len(evs), len(before))
		}
		for i := range evs {
			if evs[i].Hash != before[i].Hash || evs[i].Seq != before[i].Seq {
				t.Errorf("event %d changed across the restart", i)
			}
		}
		if v, _ := tx.Cursor("anchor"); v != 2 {
			t.Errorf("cursor after restart = %d", v)
		}
		if _, ok, _ := tx.Processed("msg/fund/b"); !ok {
			t.Error("processed id lost")
		}
		if in, err := tx.Intent("fund/c"); err != nil || in.Status != souq.IntentDone {
			t.Errorf("finished intent after restart: %+v, %v", in, err)
		}
		return nil
	})
	// The claimed intent waits out its lease (the new run voids it sooner, through PutIntent).
	leased := t0.Add(time.Minute)
	if c, _ := claim(ctx, r.Sales, "run-2", leased.Add(lease-time.Nanosecond), 10); !slices.Equal(keys(c), []string{"fund/b"}) {
		t.Errorf("claim inside fund/a's lease after restart = %v, want fund/b only", keys(c))
	}
	if c, _ := claim(ctx, r.Sales, "run-2", leased.Add(lease), 10); !slices.Equal(keys(c), []string{"fund/a"}) || c[0].Attempts != 2 {
		t.Errorf("claim after the lease = %+v, want fund/a on its second attempt", c)
	}
	update(t, r.Sales, func(tx souq.Tx) error {
		e := newEvent("order.paid", t0, nil)
		if err := tx.Append(e); err != nil {
			return err
		}
		if e.Seq != uint64(len(before)) || e.PrevHash != before[len(before)-1].Hash {
			t.Errorf("first event after restart: Seq %d, linked %v", e.Seq, e.PrevHash == before[len(before)-1].Hash)
		}
		return nil
	})
	left := pending(t, r.Inbox)
	if len(left) != 1 || left[0].Key != "m:2" || string(left[0].Data) != "two" {
		t.Errorf("pending after restart = %+v, want m:2", left)
	}
	if n := appendInbox(t, r.Inbox, env("m:1", "9711", "retry"), env("m:2", "9711", "retry"), env("m:3", "9711", "three")); n != 1 {
		t.Errorf("after restart, retries of a finished and a pending key and a new one added %d, want 1", n)
	}
	if got, _ := r.Chats.Chat(ctx, "9711"); string(got) != "state" {
		t.Errorf("chat state after restart = %q", got)
	}
}

// A crash in the middle of a transaction leaves none of it: the writes made before the crash, not
// committed, are not in the file opened after it.
func testCrashMidTransaction(t *testing.T, s *Subject) {
	o := newOrder(oid(1), cust, merch, souq.StatusOffered, t0)
	putOrders(t, s.Sales, newOrder(oid(2), cust2, merch2, souq.StatusPaid, t0))
	wrote, resume := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		done <- s.Sales.Update(context.Background(), func(tx souq.Tx) error {
			if err := decide(tx, o, "fund/1"); err != nil {
				return err
			}
			for i := range 200 { // enough to spill pages, should an implementation write early
				if err := tx.MarkProcessed("msg/pad/"+string(rune('a'+i%26))+string(rune('a'+i/26)), make([]byte, 512)); err != nil {
					return err
				}
			}
			close(wrote)
			<-resume
			return errDecision
		})
	}()
	<-wrote
	r := s.Crash(t)
	close(resume)
	if err := <-done; !errors.Is(err, errDecision) {
		t.Errorf("the interrupted transaction returned %v", err)
	}
	assertEmpty(t, r.Sales, o, "fund/1")
	checkIndexes(t, r.Sales, []*souq.Order{newOrder(oid(2), cust2, merch2, souq.StatusPaid, t0)}, everyone)
}
