package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// TestPrune walks every kind of record pruning touches through its retention: nothing goes early,
// each goes once its window is over, what an audit or a recovery needs stays, and a second pass
// finds nothing (idempotent).
func TestPrune(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db, _ := openTest(t, WithClock(func() time.Time { return now }))
	s := db.Sales()
	r := DefaultRetention()

	// Inbox: one done, one failed, one pending.
	if _, err := db.InboxAppend(ctx, []Envelope{{Key: "done", Data: []byte("body1")}, {Key: "failed", Data: []byte("body2")}, {Key: "pending", Data: []byte("body3")}}); err != nil {
		t.Fatal(err)
	}
	p, _ := db.InboxPending(ctx, 10)
	if err := db.InboxFinish(ctx, []InboxResult{{Seq: p[0].Seq}, {Seq: p[1].Seq, Err: errors.New("bad")}}); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordSent(ctx, SentMessage{ID: "wamid.out", To: "1"}); err != nil {
		t.Fatal(err)
	}
	var id souq.OrderID
	id[0] = 7
	fund := &souq.Intent{Key: "escrow.fund/x/1", Kind: souq.IntentFund, Order: id, Status: souq.IntentPending, Payload: []byte(`{"big":"payload"}`)}
	note := &souq.Intent{Key: "n/x/released/customer/5", Kind: souq.IntentNotify, Order: id, Status: souq.IntentPending, Payload: []byte(`{"notice":1}`)}
	open := &souq.Intent{Key: "escrow.release/x/2", Kind: souq.IntentRelease, Order: id, Status: souq.IntentPending}
	if err := s.Update(ctx, func(tx souq.Tx) error {
		for _, in := range []*souq.Intent{fund, note, open} {
			if _, err := tx.Enqueue(in); err != nil {
				return err
			}
		}
		fund.Status, fund.TxHash, note.Status = souq.IntentDone, "0xabc", souq.IntentDone
		if err := tx.PutIntent(fund); err != nil {
			return err
		}
		if err := tx.PutIntent(note); err != nil {
			return err
		}
		return tx.MarkProcessed("msg/m1", []byte(`{"r":1}`))
	}); err != nil {
		t.Fatal(err)
	}

	prune := func(at time.Time) PruneStats {
		t.Helper()
		st, err := db.Prune(ctx, at, r, 1000)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	if st := prune(now.Add(time.Minute)); st.Total() != 0 {
		t.Fatalf("pruned within every window: %+v", st)
	}
	// After an hour: the done entry's body goes; the failed one's stays for inspection, the
	// pending one's is still to be processed.
	if st := prune(now.Add(r.Bodies + time.Second)); st != (PruneStats{InboxBodies: 1}) {
		t.Fatalf("after the bodies' window: %+v", st)
	}
	for key, want := range map[string]string{"done": "", "failed": "body2", "pending": "body3"} {
		e, ok, err := db.InboxGet(key)
		if err != nil || !ok || string(e.Data) != want {
			t.Fatalf("inbox %s = %q %v %v; want body %q", key, e.Data, ok, err, want)
		}
	}
	// After a day: the finished intents are cut (the notice goes, the fund keeps a stub).
	if st := prune(now.Add(r.Outbox + time.Second)); st != (PruneStats{Intents: 2}) {
		t.Fatalf("after the outbox window: %+v", st)
	}
	if err := s.View(ctx, func(tx souq.Tx) error {
		if _, err := tx.Intent(note.Key); !errors.Is(err, souq.ErrNotFound) {
			t.Errorf("notice after pruning: %v", err)
		}
		got, err := tx.Intent(fund.Key)
		if err != nil {
			return err
		}
		if got.Status != souq.IntentDone || got.TxHash != "0xabc" || got.Order != id || got.Kind != souq.IntentFund || got.Payload != nil {
			t.Errorf("stub = %+v", got)
		}
		if got, err := tx.Intent(open.Key); err != nil || got.Status != souq.IntentPending {
			t.Errorf("open intent = %+v, %v", got, err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, func(tx souq.Tx) error {
		added, err := tx.Enqueue(&souq.Intent{Key: fund.Key, Kind: souq.IntentFund, Status: souq.IntentPending})
		if added {
			t.Error("Enqueue took the key of a pruned intent again")
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	// After 8 days: the inbox entries with their keys (not the pending one), processed ids and
	// message statuses go.
	if st := prune(now.Add(r.Dedupe + time.Second)); st != (PruneStats{InboxEntries: 2, Processed: 1, Sent: 1}) {
		t.Fatalf("after the dedupe window: %+v", st)
	}
	if _, ok, _ := db.InboxGet("done"); ok {
		t.Error("done entry kept after the dedupe window")
	}
	if _, ok, _ := db.InboxGet("pending"); !ok {
		t.Error("pending entry pruned")
	}
	if _, ok, _ := db.Sent(ctx, "wamid.out"); ok {
		t.Error("sent message kept after the dedupe window")
	}
	if st := prune(now.Add(30 * 24 * time.Hour)); st.Total() != 0 {
		t.Fatalf("second pass found more: %+v", st)
	}
}

// TestPruneBatch: a pass touches at most limit records of a kind; the next continues.
func TestPruneBatch(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db, _ := openTest(t, WithClock(func() time.Time { return now }))
	if err := db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range 25 {
			if err := tx.MarkProcessed("msg/"+string(rune('a'+i)), nil); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	later := now.Add(9 * 24 * time.Hour)
	for i, want := range []int{10, 10, 5, 0} {
		st, err := db.Prune(ctx, later, DefaultRetention(), 10)
		if err != nil || st.Processed != want {
			t.Fatalf("pass %d: %+v, %v; want %d", i, st, err, want)
		}
	}
}

// TestIntentStub: a stub reads back as the intent's kind, status, attempt, transaction and order,
// the order taken from the key when the key names it (and then not stored twice).
func TestIntentStub(t *testing.T) {
	t.Parallel()
	var id souq.OrderID
	id[0], id[31] = 0xab, 0x01
	for _, in := range []souq.Intent{
		{Key: "escrow.fund/" + id.String() + "/1", Kind: souq.IntentFund, Order: id, Status: souq.IntentDone, Attempt: 2, TxHash: "0x12"},
		{Key: "loyalty.earn/" + id.String(), Kind: souq.IntentEarn, Order: id, Status: souq.IntentFailed},
		{Key: "other/key", Kind: souq.IntentRelease, Order: id, Status: souq.IntentDone},
		{Key: "loyalty.redeem/v1", Kind: souq.IntentRedeem, Status: souq.IntentDone},
	} {
		raw := encodeStub(&in)
		if named := orderInKey(in.Key) == in.Order; named && strings.Contains(string(raw), `"o"`) {
			t.Errorf("%s: order stored though the key names it: %s", in.Key, raw[1:])
		}
		got, err := decodeIntent([]byte(in.Key), raw)
		if err != nil {
			t.Fatal(err)
		}
		if got.Key != in.Key || got.Kind != in.Kind || got.Order != in.Order || got.Status != in.Status || got.Attempt != in.Attempt ||
			got.TxHash != in.TxHash || got.Payload != nil {
			t.Errorf("%s: stub reads back as %+v", in.Key, got)
		}
	}
}

// TestOrderRecordWithoutID: an order is stored without its id (the key) and without its empty
// fields, and reads back whole, with them set or not.
func TestOrderRecordWithoutID(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db, _ := openTest(t)
	o := &souq.Order{Merchant: "1", Customer: "2", Status: souq.StatusReleased, CreatedAt: time.Unix(1, 0).UTC()}
	o.ID[0] = 0x42
	full := &souq.Order{Merchant: "1", Customer: "2", Status: souq.StatusResolved, CreatedAt: time.Unix(2, 0).UTC(),
		Voucher: &souq.Voucher{ID: "v", Points: 3}, MerchantName: "Cafe", Pending: souq.IntentResolve,
		ReleasableAt: time.Unix(3, 0).UTC(), Delivery: &souq.Delivery{Courier: "4"},
		Dispute: &souq.Dispute{Reason: "broken", BuyerAmount: big.NewInt(5)}, Refunded: big.NewInt(5)}
	full.ID[0] = 0x43
	if err := db.Sales().Update(ctx, func(tx souq.Tx) error {
		if err := tx.PutOrder(full); err != nil {
			return err
		}
		return tx.PutOrder(o)
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Sales().View(ctx, func(tx souq.Tx) error {
		got, err := tx.Order(full.ID)
		if err != nil {
			return err
		}
		a, _ := json.Marshal(full)
		b, _ := json.Marshal(got)
		if string(a) != string(b) {
			t.Errorf("read back\n%s\nwant\n%s", b, a)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var raw []byte
	_ = db.bolt.View(func(tx *bolt.Tx) error { raw = append(raw, tx.Bucket(bucketOrders).Get(o.ID[:])...); return nil })
	if strings.Contains(string(raw), `"ID"`) {
		t.Fatalf("stored order repeats its id: %s", raw)
	}
	if err := db.Sales().View(ctx, func(tx souq.Tx) error {
		got, err := tx.Order(o.ID)
		if err == nil && (got.ID != o.ID || got.Merchant != "1" || got.Status != souq.StatusReleased) {
			t.Errorf("read back %+v", got)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
}

// TestPrunerRunsInBatches: the background pruner works through a backlog a batch per transaction,
// pausing between, and stops with its context.
func TestPrunerRunsInBatches(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	db, _ := openTest(t, WithClock(func() time.Time { mu.Lock(); defer mu.Unlock(); return now }))
	if err := db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range 25 {
			if err := tx.MarkProcessed(fmt.Sprint("msg/", i), nil); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	now = now.Add(9 * 24 * time.Hour)
	mu.Unlock()
	passes := make(chan PruneStats, 100)
	p := &Pruner{DB: db, Retention: DefaultRetention(), Batch: 10, Pause: time.Millisecond, Every: time.Hour,
		Passed: func(st PruneStats, _ int) { passes <- st }}
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	var got []int
	for len(got) < 3 {
		got = append(got, (<-passes).Processed)
	}
	if !slices.Equal(got, []int{10, 10, 5}) {
		t.Fatalf("passes pruned %v; want 10, 10, 5", got)
	}
	cancel()
	<-done
}
