package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// This file implements souq.Store: the sale service's orders, customers, merchants, vouchers,
// processed message ids, outbox and event journal, all in one bbolt file so that a decision and
// everything it implies commit in one transaction.

var (
	bucketOrders     = []byte("orders")        // order id -> souq.Order (JSON, orderRecord)
	bucketUserOrders = []byte("orders.byuser") // wa id 0x00 created(8) id -> nil
	bucketActive     = []byte("orders.active") // order id -> nil, while not terminal
	bucketCustomers  = []byte("customers")     // wa id -> souq.Customer
	bucketMerchants  = []byte("merchants")     // wa id -> souq.Merchant
	bucketVouchers   = []byte("vouchers.open") // customer 0x00 merchant -> souq.Voucher
	bucketVoucherLog = []byte("vouchers.used") // voucher id -> souq.Voucher, once applied
	bucketProcessed  = []byte("processed")     // idempotency key -> result (JSON)
	bucketOutbox     = []byte("outbox")        // key -> souq.Intent
	bucketOutboxDue  = []byte("outbox.due")    // next-at(8) key -> kind, for pending intents
	bucketOutboxOpen = []byte("outbox.open")   // key -> nil, for pending and submitted intents
	bucketJournal    = []byte("journal")       // seq(8) -> souq.Event (journal.go)
	bucketCursors    = []byte("cursors")       // name -> uint64
	bucketTickets    = []byte("tickets")       // id -> souq.TicketRecord
	bucketCouriers   = []byte("couriers")      // courier wa id -> souq.CourierRecord (merchants naming it)
	bucketWallets    = []byte("wallets")       // custodial address (lower-case hex) -> customer account

	// Indexes Tick and the chat commands read instead of walking orders (migrateOrderIndexes).
	bucketUserActive = []byte("orders.byuser.active") // as orders.byuser, while the order is not terminal
	bucketUserIDs    = []byte("orders.byuser.id")     // wa id 0x00 id -> created(8)
	bucketDeadlines  = []byte("orders.deadline")      // clock(1) at(8) id -> nil (souq.Order.Deadline)
	bucketDeadlineOf = []byte("orders.deadline.of")   // id -> its key in orders.deadline
)

var salesBuckets = [][]byte{bucketOrders, bucketUserOrders, bucketActive, bucketCustomers, bucketMerchants,
	bucketVouchers, bucketVoucherLog, bucketProcessed, bucketOutbox, bucketOutboxDue, bucketJournal,
	bucketCursors, bucketTickets, bucketOutboxOpen}

// migrateSales is the migration adding the sale service's buckets.
func migrateSales(tx *bolt.Tx) error {
	for _, b := range salesBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// migrateOutboxOpen adds the index of open intents (so status and metrics do not walk every
// intent ever made) and writes each pending intent's kind into the due index (so a lane's query
// does not decode the intents of other lanes).
func migrateOutboxOpen(tx *bolt.Tx) error {
	open, err := tx.CreateBucketIfNotExists(bucketOutboxOpen)
	if err != nil {
		return err
	}
	due := tx.Bucket(bucketOutboxDue)
	return tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
		var in souq.Intent
		if err := json.Unmarshal(v, &in); err != nil {
			return fmt.Errorf("store: decode intent %q: %w", k, err)
		}
		if in.Status != souq.IntentPending && in.Status != souq.IntentSubmitted {
			return nil
		}
		if err := open.Put(k, nil); err != nil {
			return err
		}
		if in.Status == souq.IntentPending {
			return due.Put(dueKey(in.NextAt, in.Key), []byte(in.Kind))
		}
		return nil
	})
}

// Sales returns the souq.Store of the sale service on this database.
func (db *DB) Sales() souq.Store { return salesStore{db: db} }

type salesStore struct{ db *DB }

// Update runs fn in one write transaction. It does not use the group committer: a sale decision
// is not on the webhook's latency path, and running alone keeps fn's retry semantics trivial.
func (s salesStore) Update(ctx context.Context, fn func(souq.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.db.closeMu.RLock()
	defer s.db.closeMu.RUnlock()
	if s.db.closed {
		return ErrClosed
	}
	return s.db.bolt.Update(func(tx *bolt.Tx) error { return fn(salesTx{tx, s.db.now}) })
}

func (s salesStore) View(ctx context.Context, fn func(souq.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.db.closeMu.RLock()
	defer s.db.closeMu.RUnlock()
	if s.db.closed {
		return ErrClosed
	}
	return s.db.bolt.View(func(tx *bolt.Tx) error { return fn(salesTx{tx, s.db.now}) })
}

// salesTx is one transaction; now stamps the age indexes pruning reads.
type salesTx struct {
	tx  *bolt.Tx
	now func() time.Time
}

var _ souq.Tx = salesTx{}

func (t salesTx) get(bucket, key []byte, what string, v any) error {
	raw := t.tx.Bucket(bucket).Get(key)
	if raw == nil {
		return fmt.Errorf("%s: %w", what, souq.ErrNotFound)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("store: decode %s: %w", what, err)
	}
	return nil
}

func (t salesTx) put(bucket, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode: %w", err)
	}
	return t.tx.Bucket(bucket).Put(key, raw)
}

func (t salesTx) Order(id souq.OrderID) (*souq.Order, error) {
	var o souq.Order
	if err := t.get(bucketOrders, id[:], "order", &o); err != nil {
		return nil, err
	}
	o.ID = id // the key; records written before orderRecord also hold it
	return &o, nil
}

// orderRecord is souq.Order as stored: its JSON without the ID, which is the key, and without
// the fields most orders leave empty. It is read back into souq.Order itself (an absent field is
// its zero value), so the fields here only shadow Order's on the way out.
type orderRecord struct {
	*souq.Order
	ID           *struct{}       `json:"ID,omitempty"` // always nil: hides Order.ID
	Voucher      *souq.Voucher   `json:",omitempty"`
	MerchantName string          `json:",omitempty"`
	Pending      souq.IntentKind `json:",omitempty"`
	ReleasableAt time.Time       `json:",omitzero"`
	Delivery     *souq.Delivery  `json:",omitempty"`
	Dispute      *souq.Dispute   `json:",omitempty"`
	Refunded     *big.Int        `json:",omitempty"`
}

func newOrderRecord(o *souq.Order) orderRecord {
	return orderRecord{Order: o, Voucher: o.Voucher, MerchantName: o.MerchantName, Pending: o.Pending,
		ReleasableAt: o.ReleasableAt, Delivery: o.Delivery, Dispute: o.Dispute, Refunded: o.Refunded}
}

func userKey(user souq.WaID, created time.Time, id souq.OrderID) []byte {
	k := make([]byte, 0, len(user)+1+8+32)
	k = append(k, user...)
	k = append(k, 0)
	k = binary.BigEndian.AppendUint64(k, uint64(created.UnixNano()))
	return append(k, id[:]...)
}

func (t salesTx) PutOrder(o *souq.Order) error {
	if err := t.put(bucketOrders, o.ID[:], newOrderRecord(o)); err != nil {
		return err
	}
	return indexOrder(t.tx, o)
}

// indexOrder writes the order's entries in every order index (idempotent).
func indexOrder(tx *bolt.Tx, o *souq.Order) error {
	idx, active, ids := tx.Bucket(bucketUserOrders), tx.Bucket(bucketUserActive), tx.Bucket(bucketUserIDs)
	users := []souq.WaID{o.Customer, o.Merchant}
	if o.Delivery != nil && o.Delivery.Courier != "" {
		users = append(users, o.Delivery.Courier)
	}
	if o.Courier != "" {
		users = append(users, o.Courier)
	}
	isActive := !o.Status.Terminal() || o.Pending != ""
	created := u64(uint64(o.CreatedAt.UnixNano()))
	for _, u := range users {
		k := userKey(u, o.CreatedAt, o.ID)
		if err := idx.Put(k, nil); err != nil {
			return err
		}
		if err := ids.Put(append(append([]byte(u), 0), o.ID[:]...), created); err != nil {
			return err
		}
		var err error
		if isActive {
			err = active.Put(k, nil)
		} else {
			err = active.Delete(k)
		}
		if err != nil {
			return err
		}
	}
	if err := indexDeadline(tx, o); err != nil {
		return err
	}
	if !isActive {
		return tx.Bucket(bucketActive).Delete(o.ID[:])
	}
	return tx.Bucket(bucketActive).Put(o.ID[:], nil)
}

// indexDeadline keeps the order's one entry in the deadline index.
func indexDeadline(tx *bolt.Tx, o *souq.Order) error {
	dl, of := tx.Bucket(bucketDeadlines), tx.Bucket(bucketDeadlineOf)
	var key []byte
	if clock, at, ok := o.Deadline(); ok {
		key = append(binary.BigEndian.AppendUint64([]byte{byte(clock)}, uint64(at.UnixNano())), o.ID[:]...)
	}
	old := of.Get(o.ID[:])
	if bytes.Equal(old, key) {
		return nil
	}
	if old != nil {
		if err := dl.Delete(old); err != nil {
			return err
		}
	}
	if key == nil {
		return of.Delete(o.ID[:])
	}
	if err := dl.Put(key, nil); err != nil {
		return err
	}
	return of.Put(o.ID[:], key)
}

func (t salesTx) DueOrders(clock souq.DeadlineClock, until time.Time, limit int) ([]souq.OrderID, bool, error) {
	var due []souq.OrderID
	c := t.tx.Bucket(bucketDeadlines).Cursor()
	k, _ := c.Seek([]byte{byte(clock)})
	waiting := k != nil && k[0] == byte(clock)
	for ; k != nil && k[0] == byte(clock) && len(due) < limit; k, _ = c.Next() {
		if binary.BigEndian.Uint64(k[1:9]) > uint64(until.UnixNano()) {
			break
		}
		var id souq.OrderID
		copy(id[:], k[9:])
		due = append(due, id)
	}
	return due, waiting, nil
}

func (t salesTx) EachUserOrder(user souq.WaID, active bool, fn func(*souq.Order) (bool, error)) error {
	b := bucketUserOrders
	if active {
		b = bucketUserActive
	}
	prefix := append([]byte(user), 0)
	c := t.tx.Bucket(b).Cursor()
	// Newest first: seek past the prefix, then step back.
	k, _ := c.Seek(append([]byte(user), 1))
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	var ids []souq.OrderID
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		var id souq.OrderID
		copy(id[:], k[len(k)-32:])
		ids = append(ids, id)
		if !active && len(ids) >= 64 {
			break // read in pages: fn usually stops early
		}
	}
	for len(ids) > 0 {
		for _, id := range ids {
			o, err := t.Order(id)
			if err != nil {
				return err
			}
			more, err := fn(o)
			if err != nil || !more {
				return err
			}
		}
		if active || len(ids) < 64 {
			return nil
		}
		// The next page: the keys below the last one read (fn may have written meanwhile, so
		// the cursor is not kept across calls).
		last, err := t.Order(ids[len(ids)-1])
		if err != nil {
			return err
		}
		from := userKey(user, last.CreatedAt, last.ID)
		ids = ids[:0]
		c := t.tx.Bucket(b).Cursor()
		c.Seek(from)
		for k, _ := c.Prev(); k != nil && bytes.HasPrefix(k, prefix) && len(ids) < 64; k, _ = c.Prev() {
			var id souq.OrderID
			copy(id[:], k[len(k)-32:])
			ids = append(ids, id)
		}
	}
	return nil
}

func (t salesTx) UserOrderByPrefix(user souq.WaID, p []byte) (*souq.Order, error) {
	prefix := append(append([]byte(user), 0), p...)
	var best []byte // created(8) id of the newest match
	c := t.tx.Bucket(bucketUserIDs).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		cand := append(append([]byte(nil), v...), k[len(k)-32:]...)
		if bytes.Compare(cand, best) > 0 {
			best = cand
		}
	}
	if best == nil {
		return nil, fmt.Errorf("order: %w", souq.ErrNotFound)
	}
	var id souq.OrderID
	copy(id[:], best[8:])
	return t.Order(id)
}

// migrateOrderIndexes builds the indexes of users' active orders and order ids, and of deadlines,
// from the orders there are.
func migrateOrderIndexes(tx *bolt.Tx) error {
	for _, b := range [][]byte{bucketUserActive, bucketUserIDs, bucketDeadlines, bucketDeadlineOf} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketOrders).ForEach(func(k, v []byte) error {
		var o souq.Order
		if err := json.Unmarshal(v, &o); err != nil {
			return fmt.Errorf("store: decode order %x: %w", k, err)
		}
		copy(o.ID[:], k)
		return indexOrder(tx, &o)
	})
}

func (t salesTx) UserOrders(user souq.WaID, limit int) ([]*souq.Order, error) {
	prefix := append([]byte(user), 0)
	c := t.tx.Bucket(bucketUserOrders).Cursor()
	// Walk the user's keys backwards (newest first): seek past the prefix, then step back.
	end := append(append([]byte(nil), prefix[:len(prefix)-1]...), 1)
	k, _ := c.Seek(end)
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	var out []*souq.Order
	for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
		if limit > 0 && len(out) >= limit {
			break
		}
		var id souq.OrderID
		copy(id[:], k[len(k)-32:])
		o, err := t.Order(id)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

func (t salesTx) ActiveOrders(fn func(*souq.Order) error) error {
	return t.tx.Bucket(bucketActive).ForEach(func(k, _ []byte) error {
		var id souq.OrderID
		copy(id[:], k)
		o, err := t.Order(id)
		if err != nil {
			return err
		}
		return fn(o)
	})
}

func (t salesTx) Customer(w souq.WaID) (*souq.Customer, error) {
	var c souq.Customer
	if err := t.get(bucketCustomers, []byte(w), "customer", &c); err != nil {
		return nil, err
	}
	return &c, nil
}

func (t salesTx) PutCustomer(c *souq.Customer) error {
	return t.put(bucketCustomers, []byte(c.WaID), c)
}

func (t salesTx) Merchant(w souq.WaID) (*souq.Merchant, error) {
	var m souq.Merchant
	if err := t.get(bucketMerchants, []byte(w), "merchant", &m); err != nil {
		return nil, err
	}
	return &m, nil
}

func (t salesTx) PutMerchant(m *souq.Merchant) error {
	return t.put(bucketMerchants, []byte(m.WaID), m)
}

func (t salesTx) CourierMerchants(c souq.WaID) (*souq.CourierRecord, error) {
	var r souq.CourierRecord
	err := t.get(bucketCouriers, []byte(c), "courier", &r)
	if errors.Is(err, souq.ErrNotFound) {
		return &souq.CourierRecord{Courier: c}, nil
	}
	if err != nil {
		return nil, err
	}
	return &r, nil
}

func (t salesTx) PutCourierMerchants(r *souq.CourierRecord) error {
	if len(r.Merchants) == 0 {
		return t.tx.Bucket(bucketCouriers).Delete([]byte(r.Courier))
	}
	return t.put(bucketCouriers, []byte(r.Courier), r)
}

func voucherKey(customer, merchant souq.WaID) []byte {
	return append(append(append([]byte(customer), 0), merchant...), 0)
}

func (t salesTx) OpenVoucher(customer, merchant souq.WaID) (*souq.Voucher, error) {
	var v souq.Voucher
	if err := t.get(bucketVouchers, voucherKey(customer, merchant), "voucher", &v); err != nil {
		return nil, err
	}
	return &v, nil
}

// PutVoucher writes an open voucher under its customer and merchant; an applied one (UsedBy set)
// leaves the open set for the log of used vouchers.
func (t salesTx) PutVoucher(v *souq.Voucher) error {
	k := voucherKey(v.Customer, v.Merchant)
	if v.UsedBy.IsZero() {
		if err := t.tx.Bucket(bucketVoucherLog).Delete([]byte(v.ID)); err != nil {
			return err
		}
		return t.put(bucketVouchers, k, v)
	}
	if err := t.tx.Bucket(bucketVouchers).Delete(k); err != nil {
		return err
	}
	return t.put(bucketVoucherLog, []byte(v.ID), v)
}

func (t salesTx) Processed(key string) ([]byte, bool, error) {
	v := t.tx.Bucket(bucketProcessed).Get([]byte(key))
	if v == nil {
		return nil, false, nil
	}
	return append([]byte(nil), v...), true, nil
}

func (t salesTx) MarkProcessed(key string, result []byte) error {
	if result == nil {
		result = []byte{}
	}
	b := t.tx.Bucket(bucketProcessed)
	if b.Get([]byte(key)) == nil {
		if err := putAge(t.tx, bucketProcessedAt, t.now(), []byte(key)); err != nil {
			return err
		}
	}
	return b.Put([]byte(key), result)
}

func dueKey(at time.Time, key string) []byte {
	k := binary.BigEndian.AppendUint64(nil, uint64(at.UnixNano()))
	return append(k, key...)
}

func (t salesTx) Enqueue(in *souq.Intent) (bool, error) {
	if in.Key == "" {
		return false, fmt.Errorf("store: intent without key")
	}
	if t.tx.Bucket(bucketOutbox).Get([]byte(in.Key)) != nil {
		return false, nil
	}
	return true, t.PutIntent(in)
}

func (t salesTx) Intent(key string) (*souq.Intent, error) {
	raw := t.tx.Bucket(bucketOutbox).Get([]byte(key))
	if raw == nil {
		return nil, fmt.Errorf("intent: %w", souq.ErrNotFound)
	}
	return decodeIntent([]byte(key), raw)
}

func final(s souq.IntentStatus) bool { return s == souq.IntentDone || s == souq.IntentFailed }

// PutIntent writes the intent and keeps the due index: only pending intents are in it.
func (t salesTx) PutIntent(in *souq.Intent) error {
	due := t.tx.Bucket(bucketOutboxDue)
	wasFinal := false
	if old, err := t.Intent(in.Key); err == nil {
		if err := due.Delete(dueKey(old.NextAt, old.Key)); err != nil {
			return err
		}
		wasFinal = final(old.Status)
	} else if !errors.Is(err, souq.ErrNotFound) {
		return err
	}
	if final(in.Status) && !wasFinal {
		// Indexed by when it finished, for pruning (pruneIntents).
		if err := putAge(t.tx, bucketOutboxDone, t.now(), []byte(in.Key)); err != nil {
			return err
		}
	}
	if err := t.put(bucketOutbox, []byte(in.Key), in); err != nil {
		return err
	}
	open := t.tx.Bucket(bucketOutboxOpen)
	switch in.Status {
	case souq.IntentPending:
		if err := open.Put([]byte(in.Key), nil); err != nil {
			return err
		}
		return due.Put(dueKey(in.NextAt, in.Key), []byte(in.Kind))
	case souq.IntentSubmitted:
		return open.Put([]byte(in.Key), nil)
	}
	return open.Delete([]byte(in.Key))
}

// DueIntents walks the due index in time order; the kind stored with each entry lets a lane skip
// other lanes' intents without decoding them.
func (t salesTx) DueIntents(now time.Time, limit int, kinds ...souq.IntentKind) ([]*souq.Intent, error) {
	var out []*souq.Intent
	c := t.tx.Bucket(bucketOutboxDue).Cursor()
	until := uint64(now.UnixNano())
	for k, v := c.First(); k != nil && len(out) < limit; k, v = c.Next() {
		if binary.BigEndian.Uint64(k[:8]) > until {
			break
		}
		if len(kinds) > 0 && len(v) > 0 && !slices.Contains(kinds, souq.IntentKind(v)) {
			continue
		}
		in, err := t.Intent(string(k[8:]))
		if err != nil {
			return nil, err
		}
		if len(kinds) > 0 && !slices.Contains(kinds, in.Kind) {
			continue
		}
		out = append(out, in)
	}
	return out, nil
}

func (t salesTx) OpenIntents(fn func(*souq.Intent) error) error {
	open := t.tx.Bucket(bucketOutboxOpen)
	if open == nil { // a store not yet migrated, opened read-only (souq status)
		return t.tx.Bucket(bucketOutbox).ForEach(func(_, v []byte) error {
			var in souq.Intent
			if err := json.Unmarshal(v, &in); err != nil {
				return fmt.Errorf("store: decode intent: %w", err)
			}
			if in.Status != souq.IntentPending && in.Status != souq.IntentSubmitted {
				return nil
			}
			return fn(&in)
		})
	}
	return open.ForEach(func(k, _ []byte) error {
		in, err := t.Intent(string(k))
		if err != nil {
			return err
		}
		return fn(in)
	})
}

// Append seals e as the next journal event (hash-chained to the last one) and stores it.
func (t salesTx) Append(e *souq.Event) error {
	b := t.tx.Bucket(bucketJournal)
	var prev [32]byte
	var seq uint64 // the log numbers records from 0
	if k, v := b.Cursor().Last(); k != nil {
		last, err := decodeEvent(k, v, [32]byte{}) // only its hash is needed
		if err != nil {
			return fmt.Errorf("store: journal tail: %w", err)
		}
		prev, seq = last.Hash, binary.BigEndian.Uint64(k)+1
	}
	e.Seal(seq, prev)
	raw, err := encodeEvent(e)
	if err != nil {
		return err
	}
	b.FillPercent = 1 // appended at the end and never rewritten: pack its pages full
	return b.Put(u64(seq), raw)
}

func (t salesTx) Events(from uint64, limit int) ([]souq.Event, error) {
	var out []souq.Event
	b := t.tx.Bucket(bucketJournal)
	var prev [32]byte
	if from > 0 {
		if v := b.Get(u64(from - 1)); v != nil {
			e, err := decodeEvent(u64(from-1), v, [32]byte{})
			if err != nil {
				return nil, err
			}
			prev = e.Hash
		}
	}
	c := b.Cursor()
	for k, v := c.Seek(u64(from)); k != nil && (limit <= 0 || len(out) < limit); k, v = c.Next() {
		e, err := decodeEvent(k, v, prev)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
		prev = e.Hash
	}
	return out, nil
}

func (t salesTx) Cursor(name string) (uint64, error) {
	v := t.tx.Bucket(bucketCursors).Get([]byte(name))
	if len(v) != 8 {
		return 0, nil
	}
	return binary.BigEndian.Uint64(v), nil
}

func (t salesTx) SetCursor(name string, v uint64) error {
	return t.tx.Bucket(bucketCursors).Put([]byte(name), u64(v))
}

func (t salesTx) Ticket(id string) (*souq.TicketRecord, error) {
	var r souq.TicketRecord
	if err := t.get(bucketTickets, []byte(id), "ticket", &r); err != nil {
		return nil, err
	}
	return &r, nil
}

func (t salesTx) PutTicket(r *souq.TicketRecord) error {
	return t.put(bucketTickets, []byte(r.ID), r)
}

// VerifyJournal walks the whole journal and checks every hash and link; it returns the number of
// events and 1 + the sequence number of the first broken event (0 if none; events count from 0).
func (db *DB) VerifyJournal(ctx context.Context) (n uint64, broken uint64, err error) {
	err = db.bolt.View(func(tx *bolt.Tx) error {
		var prev [32]byte
		return tx.Bucket(bucketJournal).ForEach(func(k, v []byte) error {
			e, err := decodeEvent(k, v, prev)
			if err != nil {
				return err
			}
			if broken == 0 && (e.Seq != n || e.PrevHash != prev || !e.Verify()) {
				broken = n + 1
			}
			n++
			prev = e.Hash
			return ctx.Err()
		})
	})
	return n, broken, err
}

// Backup writes a consistent copy of the whole database to path while souq keeps running (a
// read transaction sees a stable snapshot). It writes to a temporary file in the same directory,
// syncs and renames, so path is either the old backup or the complete new one.
func (db *DB) Backup(ctx context.Context, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	err = db.bolt.View(func(tx *bolt.Tx) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return nil
}

// sortIntents is used by tests and tools that list the outbox in key order.
func sortIntents(in []*souq.Intent) {
	sort.Slice(in, func(i, j int) bool { return in[i].Key < in[j].Key })
}

// Outbox lists every intent (for operators and tests), by key.
func (db *DB) Outbox(ctx context.Context) ([]*souq.Intent, error) {
	var out []*souq.Intent
	err := db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
			in, err := decodeIntent(k, v)
			if err != nil {
				return err
			}
			out = append(out, in)
			return nil
		})
	})
	sortIntents(out)
	return out, err
}

// migrateWallets adds the custodial wallets' owners and fills it from the orders so far (each
// order's buyer is its customer's wallet), so deposits to wallets handed out before are seen.
func migrateWallets(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketWallets)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketOrders).ForEach(func(_, v []byte) error {
		var o souq.Order
		if err := json.Unmarshal(v, &o); err != nil {
			return fmt.Errorf("store: decode order: %w", err)
		}
		if o.Terms.Buyer == "" || b.Get([]byte(strings.ToLower(o.Terms.Buyer))) != nil {
			return nil
		}
		owner := o.Customer
		if raw := tx.Bucket(bucketCustomers).Get([]byte(owner)); raw != nil {
			var c souq.Customer
			if json.Unmarshal(raw, &c) == nil && c.Account != "" {
				owner = c.Account
			}
		}
		return b.Put([]byte(strings.ToLower(o.Terms.Buyer)), []byte(owner))
	})
}

func (t salesTx) WalletOwner(addr string) (souq.WaID, error) {
	v := t.tx.Bucket(bucketWallets).Get([]byte(strings.ToLower(addr)))
	if v == nil {
		return "", fmt.Errorf("wallet %s: %w", addr, souq.ErrNotFound)
	}
	return souq.WaID(v), nil
}

func (t salesTx) PutWalletOwner(addr string, account souq.WaID) error {
	if addr == "" || account == "" {
		return fmt.Errorf("store: wallet owner: empty address or account")
	}
	return t.tx.Bucket(bucketWallets).Put([]byte(strings.ToLower(addr)), []byte(account))
}

func (t salesTx) WalletOwners(fn func(addr string, account souq.WaID) error) error {
	return t.tx.Bucket(bucketWallets).ForEach(func(k, v []byte) error { return fn(string(k), souq.WaID(v)) })
}
