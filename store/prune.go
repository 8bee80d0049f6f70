package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// Pruning keeps what an audit or a recovery needs and drops the rest once it can no longer be
// asked for. Each record that expires has an index by age, so a pass reads only what is due and
// never walks the history:
//
//   - the webhook inbox: a processed event's body after Retention.Bodies (a failed one's stays for
//     inspection), and the entry with its dedupe key after Retention.Dedupe: Meta retries a
//     webhook for up to 7 days, so a key must outlive that;
//   - processed message ids and API idempotency keys with their recorded results, after
//     Retention.Dedupe (a copy that late is refused by the state it would change: an order that
//     moved on is stale);
//   - outbound message statuses (sent) after Retention.Dedupe: status webhooks are retried the same 7 days;
//   - finished outbox intents after Retention.Outbox: a notice goes (its key names the order's step,
//     which cannot be taken again), an intent that moves money or points is cut to a stub (kind,
//     status, order, attempt, transaction), so Enqueue still refuses its key and the journal's
//     events still have their intent.
//
// Orders, the journal, customers, merchants, vouchers, tickets and media (evidence whose hash the
// chain holds) are kept. Every step runs in its own short write transaction of at most a batch of
// records, in the background (Pruner), never inside a decision's transaction; each is idempotent
// and derives what to do from what is stored, so a crash between steps loses nothing.

var (
	bucketProcessedAt = []byte("processed.at") // recorded(8) key -> nil, processed keys by age
	bucketOutboxDone  = []byte("outbox.done")  // finished(8) key -> nil, finished intents by age
	bucketSentAt      = []byte("sent.at")      // recorded(8) message id -> nil, outbound messages by age
)

// keyPruneBodies (meta) is the next inbox seq whose body the pruner has not looked at.
var keyPruneBodies = []byte("prune.inbox_bodies")

// Retention is how long finished records stay whole.
type Retention struct {
	Bodies time.Duration // processed inbox bodies
	Dedupe time.Duration // inbox keys and entries, processed ids, outbound message statuses
	Outbox time.Duration // finished outbox intents
}

// DefaultRetention: bodies for an hour (enough to look into a fresh incident), dedupe for 8 days
// (Meta's 7 days of webhook retries and a day of margin), finished intents for a day.
func DefaultRetention() Retention {
	return Retention{Bodies: time.Hour, Dedupe: 8 * 24 * time.Hour, Outbox: 24 * time.Hour}
}

// PruneStats counts what one pass removed or cut, by kind.
type PruneStats struct {
	InboxBodies, InboxEntries, Processed, Sent, Intents int
}

// Total is the number of records touched.
func (s PruneStats) Total() int {
	return s.InboxBodies + s.InboxEntries + s.Processed + s.Sent + s.Intents
}

// Prune runs one pass: each kind of record in its own transaction, at most limit records each, as
// of now. It reports what it did; a kind that reached limit has more to do.
func (db *DB) Prune(ctx context.Context, now time.Time, r Retention, limit int) (PruneStats, error) {
	var st PruneStats
	steps := []struct {
		n  *int
		fn func(tx *bolt.Tx) (int, error)
	}{
		{&st.InboxBodies, func(tx *bolt.Tx) (int, error) { return pruneInboxBodies(tx, now.Add(-r.Bodies), limit) }},
		{&st.InboxEntries, func(tx *bolt.Tx) (int, error) { return pruneInbox(tx, now.Add(-r.Dedupe), limit) }},
		{&st.Processed, func(tx *bolt.Tx) (int, error) {
			return pruneByAge(tx, bucketProcessedAt, bucketProcessed, now.Add(-r.Dedupe), limit)
		}},
		{&st.Sent, func(tx *bolt.Tx) (int, error) {
			return pruneByAge(tx, bucketSentAt, bucketSent, now.Add(-r.Dedupe), limit)
		}},
		{&st.Intents, func(tx *bolt.Tx) (int, error) { return pruneIntents(tx, now.Add(-r.Outbox), limit) }},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return st, err
		}
		err := db.write(func(tx *bolt.Tx) error {
			n, err := s.fn(tx)
			*s.n = n
			return err
		})
		if err != nil {
			return st, fmt.Errorf("store: prune: %w", err)
		}
	}
	return st, nil
}

// write runs fn in its own write transaction (not the group commit: pruning is off every
// request path and must not make a request's commit wait on its work).
func (db *DB) write(fn func(tx *bolt.Tx) error) error {
	db.closeMu.RLock()
	defer db.closeMu.RUnlock()
	if db.closed {
		return ErrClosed
	}
	return db.bolt.Update(fn)
}

// pruneInboxBodies drops the bodies of entries processed before cutoff, in arrival order from where
// the last pass stopped; it stops at an entry still pending or finished later than cutoff.
func pruneInboxBodies(tx *bolt.Tx, cutoff time.Time, limit int) (int, error) {
	meta, data := tx.Bucket(bucketMeta), tx.Bucket(bucketInboxData)
	pending := tx.Bucket(bucketInboxPending)
	var next uint64
	if v := meta.Get(keyPruneBodies); len(v) == 8 {
		next = binary.BigEndian.Uint64(v)
	}
	var drop [][]byte
	n := 0
	c := tx.Bucket(bucketInboxEntries).Cursor()
	for k, v := c.Seek(u64(next)); k != nil && n < limit; k, v = c.Next() {
		if pending.Get(k) != nil {
			break
		}
		e, err := decodeEntry(k, v)
		if err != nil {
			return 0, err
		}
		if e.DoneAt.After(cutoff) {
			break
		}
		if e.State == InboxDone && data.Get(k) != nil {
			drop = append(drop, k)
		}
		next = e.Seq + 1
		n++
	}
	for _, k := range drop {
		if err := data.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(drop), meta.Put(keyPruneBodies, u64(next))
}

// pruneInbox deletes processed entries received before cutoff, with their bodies and dedupe keys,
// oldest first (seq order is arrival order). Pending entries stay.
func pruneInbox(tx *bolt.Tx, cutoff time.Time, limit int) (int, error) {
	keys, data := tx.Bucket(bucketInboxKeys), tx.Bucket(bucketInboxData)
	entries, pending := tx.Bucket(bucketInboxEntries), tx.Bucket(bucketInboxPending)
	var drop []InboxEntry
	seen := 0
	c := entries.Cursor()
	for k, v := c.First(); k != nil && seen < limit; k, v = c.Next() {
		seen++
		if pending.Get(k) != nil {
			continue
		}
		e, err := decodeEntry(k, v)
		if err != nil {
			return 0, err
		}
		if !e.ReceivedAt.Before(cutoff) {
			break
		}
		drop = append(drop, e)
	}
	// Deleted after the walk: a bbolt cursor may skip the key after one it deleted.
	for _, e := range drop {
		sk := u64(e.Seq)
		if v := keys.Get([]byte(e.Key)); v != nil && bytes.Equal(v, sk) {
			if err := keys.Delete([]byte(e.Key)); err != nil {
				return 0, err
			}
		}
		if err := data.Delete(sk); err != nil {
			return 0, err
		}
		if err := entries.Delete(sk); err != nil {
			return 0, err
		}
	}
	return len(drop), nil
}

// putAge indexes key by time in the age index idx. The index grows at its end (times only go
// forward, give or take a clock step) and is cut from its start: its pages are packed full.
func putAge(tx *bolt.Tx, idx []byte, at time.Time, key []byte) error {
	b := tx.Bucket(idx)
	b.FillPercent = 1
	return b.Put(ageKey(at, key), nil)
}

// ageKey is an index key: the time (8 bytes, big-endian ns) and then the record's key.
func ageKey(at time.Time, key []byte) []byte {
	return append(binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(key)), uint64(at.UnixNano())), key...)
}

// pruneByAge deletes the records of bucket whose entries in the age index idx are older than cutoff.
func pruneByAge(tx *bolt.Tx, idx, bucket []byte, cutoff time.Time, limit int) (int, error) {
	ix, b := tx.Bucket(idx), tx.Bucket(bucket)
	var drop [][]byte
	c := ix.Cursor()
	for k, _ := c.First(); k != nil && len(drop) < limit; k, _ = c.Next() {
		if int64(binary.BigEndian.Uint64(k[:8])) >= cutoff.UnixNano() {
			break
		}
		drop = append(drop, k)
	}
	for _, k := range drop {
		if err := b.Delete(k[8:]); err != nil {
			return 0, err
		}
		if err := ix.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(drop), nil
}

// pruneIntents cuts intents finished before cutoff to a stub, or deletes them (notices).
func pruneIntents(tx *bolt.Tx, cutoff time.Time, limit int) (int, error) {
	ix, out := tx.Bucket(bucketOutboxDone), tx.Bucket(bucketOutbox)
	var due [][]byte
	c := ix.Cursor()
	for k, _ := c.First(); k != nil && len(due) < limit; k, _ = c.Next() {
		if int64(binary.BigEndian.Uint64(k[:8])) >= cutoff.UnixNano() {
			break
		}
		due = append(due, k)
	}
	n := 0
	for _, k := range due {
		key := k[8:]
		if raw := out.Get(key); raw != nil && !isStub(raw) {
			in, err := decodeIntent(key, raw)
			if err != nil {
				return 0, err
			}
			// An intent reopened since (an operator's retry) is indexed again when it finishes.
			if in.Status == souq.IntentDone || in.Status == souq.IntentFailed {
				if in.Kind == souq.IntentNotify {
					err = out.Delete(key)
				} else {
					err = out.Put(key, encodeStub(in))
				}
				if err != nil {
					return 0, err
				}
				n++
			}
		}
		if err := ix.Delete(k); err != nil {
			return 0, err
		}
	}
	return n, nil
}

// intentStub is what stays of a finished intent: enough for Enqueue to refuse its key again, for
// a late result to be recognised as reported, and for an auditor to find its transaction.
type intentStub struct {
	Kind    souq.IntentKind   `json:"k"`
	Status  souq.IntentStatus `json:"s"`
	Order   string            `json:"o,omitempty"` // hex, without 0x; absent when the key names it
	Attempt int               `json:"a,omitempty"`
	TxHash  string            `json:"t,omitempty"`
}

// stubMark starts a stub's value (an intent's JSON starts with '{').
const stubMark = 0x01

func isStub(raw []byte) bool { return len(raw) > 0 && raw[0] == stubMark }

func encodeStub(in *souq.Intent) []byte {
	s := intentStub{Kind: in.Kind, Status: in.Status, Attempt: in.Attempt, TxHash: in.TxHash}
	if in.Order != (souq.OrderID{}) && orderInKey(in.Key) != in.Order {
		s.Order = in.Order.String()[2:]
	}
	raw, _ := json.Marshal(s) // strings and ints only: cannot fail
	return append([]byte{stubMark}, raw...)
}

// decodeIntent reads an intent or its stub.
func decodeIntent(key, raw []byte) (*souq.Intent, error) {
	var in souq.Intent
	if !isStub(raw) {
		if err := json.Unmarshal(raw, &in); err != nil {
			return nil, fmt.Errorf("store: decode intent %q: %w", key, err)
		}
		return &in, nil
	}
	var s intentStub
	if err := json.Unmarshal(raw[1:], &s); err != nil {
		return nil, fmt.Errorf("store: decode intent stub %q: %w", key, err)
	}
	in = souq.Intent{Key: string(key), Kind: s.Kind, Status: s.Status, Attempt: s.Attempt, TxHash: s.TxHash}
	in.Order = orderInKey(in.Key)
	if s.Order != "" {
		id, err := souq.ParseOrderID("0x" + s.Order)
		if err != nil {
			return nil, fmt.Errorf("store: intent stub %q: %w", key, err)
		}
		in.Order = id
	}
	return &in, nil
}

// orderInKey is the order id an intent key names ("escrow.fund/0x…/1", "n/0x…/released/…"),
// zero if none.
func orderInKey(key string) souq.OrderID {
	for _, part := range strings.Split(key, "/") {
		if len(part) == 66 && strings.HasPrefix(part, "0x") {
			if id, err := souq.ParseOrderID(part); err == nil {
				return id
			}
		}
	}
	return souq.OrderID{}
}

// migratePruneIndexes adds the age indexes pruning reads. Records from before have no age: they
// are indexed as of the migration, so they expire one retention period after the upgrade.
func migratePruneIndexes(now time.Time) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		pa, err := tx.CreateBucketIfNotExists(bucketProcessedAt)
		if err != nil {
			return err
		}
		od, err := tx.CreateBucketIfNotExists(bucketOutboxDone)
		if err != nil {
			return err
		}
		sa, err := tx.CreateBucketIfNotExists(bucketSentAt)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketProcessed).ForEach(func(k, _ []byte) error { return pa.Put(ageKey(now, k), nil) }); err != nil {
			return err
		}
		if err := tx.Bucket(bucketSent).ForEach(func(k, _ []byte) error { return sa.Put(ageKey(now, k), nil) }); err != nil {
			return err
		}
		return tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
			in, err := decodeIntent(k, v)
			if err != nil {
				return err
			}
			if in.Status == souq.IntentDone || in.Status == souq.IntentFailed {
				return od.Put(ageKey(now, k), nil)
			}
			return nil
		})
	}
}

// Pruner runs Prune in the background at a bounded rate: at most Batch records of each kind per
// transaction, a pause of Pause between passes that found more to do, Every between the others.
type Pruner struct {
	DB        *DB
	Retention Retention
	Batch     int           // default 256
	Pause     time.Duration // default 200 ms
	Every     time.Duration // default 1 minute
	// Extra steps run after each pass with the same batch (the chain sender's store compaction);
	// each returns how many records it touched.
	Extra []func(ctx context.Context, limit int) (int, error)
	// Report is told of each pass's error (nil: ignored).
	Report func(error)
	// Passed, when set, is called after every pass with what it did (tests, benchmarks).
	Passed func(PruneStats, int)
}

// Run prunes until ctx ends.
func (p *Pruner) Run(ctx context.Context) {
	batch, pause, every := p.Batch, p.Pause, p.Every
	if batch <= 0 {
		batch = 256
	}
	if pause <= 0 {
		pause = 200 * time.Millisecond
	}
	if every <= 0 {
		every = time.Minute
	}
	for {
		more, err := p.pass(ctx, batch)
		if err != nil && ctx.Err() == nil && p.Report != nil && !errors.Is(err, ErrClosed) {
			p.Report(err)
		}
		wait := every
		if more {
			wait = pause
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

func (p *Pruner) pass(ctx context.Context, batch int) (more bool, err error) {
	st, err := p.DB.Prune(ctx, p.DB.now(), p.Retention, batch)
	more = st.InboxBodies >= batch || st.InboxEntries >= batch || st.Processed >= batch || st.Sent >= batch || st.Intents >= batch
	extra := 0
	for _, f := range p.Extra {
		if err != nil {
			break
		}
		var n int
		n, err = f(ctx, batch)
		extra += n
		more = more || n >= batch
	}
	if p.Passed != nil {
		p.Passed(st, extra)
	}
	return more, err
}
