package store

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// A store written by main at ed1f5d9 (testdata/sales_ed1f5d9.db, made by that code's service with
// the test harness: a 2.5% fee; 50 USDC released, 48.75 paid; 40 USDC resolved with 10 back to the
// customer, 29.25 paid; 20 USDC paid and waiting for delivery; a 5 USDC offer) opens and migrates:
// the payout totals come from its journal, the new indexes find its orders, its journal still
// verifies and grows in the new encoding.
func TestOpenMigratesSalesWrittenByOldMain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	raw, err := os.ReadFile("testdata/sales_ed1f5d9.db")
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
	if v, err := db.SchemaVersion(); err != nil || v != len(migrations) {
		t.Fatalf("schema %d, %v; want %d", v, err, len(migrations))
	}
	const merchant, customer = souq.WaID("5511900000001"), souq.WaID("5511900000002")
	far := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	err = db.Sales().Update(ctx, func(tx souq.Tx) error {
		totals, err := tx.PayoutTotals(merchant)
		if err != nil {
			return err
		}
		if len(totals) != 1 || totals[0].Asset.Symbol != "USDC" || totals[0].Paid.Cmp(big.NewInt(78_000_000)) != 0 || totals[0].Orders != 2 {
			t.Errorf("payout totals %+v; want 78 USDC over 2 orders", totals)
		}
		all, err := tx.UserOrders(customer, 0)
		if err != nil || len(all) != 4 {
			t.Fatalf("%d orders, %v", len(all), err)
		}
		byStatus := map[souq.OrderStatus]souq.OrderID{}
		for _, o := range all {
			byStatus[o.Status] = o.ID
		}
		offer, paid := byStatus[souq.StatusOffered], byStatus[souq.StatusPaid]
		if due, _, err := tx.DueOrders(souq.ClockWall, far, 10); err != nil || !slices.Equal(due, []souq.OrderID{offer}) {
			t.Errorf("offers due by 2100: %x, %v", due, err)
		}
		if due, waiting, err := tx.DueOrders(souq.ClockChain, far, 10); err != nil || !waiting || !slices.Equal(due, []souq.OrderID{paid}) {
			t.Errorf("escrow deadlines by 2100: %x %v, %v", due, waiting, err)
		}
		var active []souq.OrderID
		if err := tx.EachUserOrder(customer, true, func(o *souq.Order) (bool, error) { active = append(active, o.ID); return true, nil }); err != nil {
			return err
		}
		if len(active) != 2 || !slices.Contains(active, offer) || !slices.Contains(active, paid) {
			t.Errorf("active orders %x", active)
		}
		released := byStatus[souq.StatusReleased]
		if o, err := tx.UserOrderByPrefix(customer, released[:4]); err != nil || o.ID != released {
			t.Errorf("by prefix: %v, %v", o, err)
		}
		return tx.Append(&souq.Event{Kind: "k", At: far})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, broken, err := db.VerifyJournal(ctx); err != nil || broken != 0 || n < 10 {
		t.Fatalf("journal: %d events, broken at %d, %v", n, broken, err)
	}
}
