package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// t0 is the suite's wall-clock origin: whole nanoseconds in UTC, as records are read back.
var t0 = time.Date(2026, 3, 1, 10, 0, 0, 123456789, time.UTC)

const lease = time.Minute // as the service's outbox lease

var errDecision = errors.New("storetest: the decision fails")

func update(t *testing.T, st souq.Store, fn func(souq.Tx) error) {
	t.Helper()
	if err := st.Update(context.Background(), fn); err != nil {
		t.Fatalf("update: %v", err)
	}
}

func view(t *testing.T, st souq.Store, fn func(souq.Tx) error) {
	t.Helper()
	if err := st.View(context.Background(), fn); err != nil {
		t.Fatalf("view: %v", err)
	}
}

// oid is an order id whose first bytes are prefix, then n.
func oid(n byte, prefix ...byte) souq.OrderID {
	var id souq.OrderID
	copy(id[:], prefix)
	id[len(prefix)] = n
	id[31] = 0x5a // not all zero whatever the prefix
	return id
}

var usdc = souq.Asset{Symbol: "USDC", Decimals: 6, Token: "0x00000000000000000000000000000000000000c1"}

// newOrder is an order with every kind of field set, so a lost field shows in a round trip.
func newOrder(id souq.OrderID, customer, merchant souq.WaID, status souq.OrderStatus, created time.Time) *souq.Order {
	return &souq.Order{
		ID: id, Customer: customer, Merchant: merchant,
		Items:        []souq.Item{{Name: "Dates 1kg", RetailerID: "sku-7", Quantity: 2}},
		Total:        souq.Money{Asset: usdc, Amount: big.NewInt(25_000_000)},
		Discount:     souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)},
		MerchantName: "Souq Dates",
		FeeBps:       150,
		Committed:    map[string]string{"customer": "c-commit", "merchant": "m-commit"},
		Terms: souq.Terms{Seller: "0x00000000000000000000000000000000000000e1", Buyer: "0x00000000000000000000000000000000000000b1",
			Token: usdc.Token, Amount: big.NewInt(24_000_000), Attester: "0x00000000000000000000000000000000000000a7",
			DeliverBy: created.Add(72 * time.Hour), InspectionPeriod: 48 * time.Hour, OfferHash: [32]byte{1, 2, 3}},
		Status: status, Intents: 1, Shown: true, Method: souq.PayCustodial,
		CreatedAt: created, UpdatedAt: created, OfferExpires: created.Add(time.Hour),
		Steps: []souq.Step{{Status: souq.StatusOffered, At: created}},
	}
}

func newIntent(key string, kind souq.IntentKind, at time.Time) *souq.Intent {
	return &souq.Intent{Key: key, Kind: kind, Order: oid(1), Status: souq.IntentPending, NextAt: at, CreatedAt: t0,
		Payload: json.RawMessage(`{"key":"` + key + `"}`)}
}

func newEvent(kind souq.EventKind, at time.Time, fields map[string]string) *souq.Event {
	return &souq.Event{Kind: kind, Order: oid(9), At: at, Fields: fields}
}

// same reports whether two records encode alike (JSON: every exported field, *big.Int by value).
func same(t *testing.T, got, want any) bool {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	return string(g) == string(w)
}

func keys(ins []*souq.Intent) []string {
	out := make([]string, len(ins))
	for i, in := range ins {
		out[i] = in.Key
	}
	return out
}

func ids(os []*souq.Order) []souq.OrderID {
	out := make([]souq.OrderID, len(os))
	for i, o := range os {
		out[i] = o.ID
	}
	return out
}

// claim takes due intents under a lease of run, as Service.claim does: one transaction reads
// the due intents and writes each back with the lease in NextAt.
func claim(ctx context.Context, st souq.Store, run string, now time.Time, limit int, kinds ...souq.IntentKind) ([]*souq.Intent, error) {
	var got []*souq.Intent
	err := st.Update(ctx, func(tx souq.Tx) error {
		got = got[:0]
		due, err := tx.DueIntents(now, limit, kinds...)
		if err != nil {
			return err
		}
		for _, in := range due {
			in.Attempts++
			in.Run, in.NextAt = run, now.Add(lease)
			if err := tx.PutIntent(in); err != nil {
				return err
			}
			got = append(got, in)
		}
		return nil
	})
	return got, err
}

// finish records an intent's end as the service does after its port call.
func finish(t *testing.T, st souq.Store, key string, status souq.IntentStatus) {
	t.Helper()
	update(t, st, func(tx souq.Tx) error {
		in, err := tx.Intent(key)
		if err != nil {
			return err
		}
		in.Status, in.Run = status, ""
		return tx.PutIntent(in)
	})
}

// start releases n goroutines at once and waits for them.
func start(n int, fn func(i int)) {
	gate := make(chan struct{})
	done := make(chan struct{}, n)
	for i := range n {
		go func() {
			defer func() { done <- struct{}{} }()
			<-gate
			fn(i)
		}()
	}
	close(gate)
	for range n {
		<-done
	}
}
