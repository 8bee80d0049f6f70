package journal

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

var (
	bucketEvents  = []byte("journal.events")  // seq (8 bytes BE) → Event JSON
	bucketBatches = []byte("journal.batches") // index (8 bytes BE) → Batch JSON
	bucketMeta    = []byte("journal.meta")    // "head" → seq+1 ‖ hash of the last event; "cut" → next unbatched seq
)

// Journal is the append-only, hash-chained event journal in bbolt (its own buckets, so it can
// share souq's database file).
type Journal struct {
	db  *bolt.DB
	now func() time.Time
}

// Open prepares the journal's buckets.
func Open(db *bolt.DB) (*Journal, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketEvents, bucketBatches, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	return &Journal{db: db, now: time.Now}, nil
}

// Entry is what the sale service records; the journal adds seq, prev and hash.
type Entry struct {
	Type  string
	Order common.Hash
	Time  time.Time // zero = now
	Data  map[string]string
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// Append records entries in order, in one durable transaction, and returns the events.
func (j *Journal) Append(ctx context.Context, entries ...Entry) ([]Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Event
	err := j.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		meta := tx.Bucket(bucketMeta)
		next, prev := uint64(0), common.Hash{}
		if v := meta.Get([]byte("head")); len(v) == 40 {
			next, prev = binary.BigEndian.Uint64(v[:8]), common.BytesToHash(v[8:])
		}
		eb := tx.Bucket(bucketEvents)
		for _, en := range entries {
			t := en.Time
			if t.IsZero() {
				t = j.now()
			}
			e := Event{Seq: next, Prev: prev, TimeMs: uint64(t.UnixMilli()), Type: en.Type, Order: en.Order, Data: en.Data}
			if e.Data == nil {
				e.Data = map[string]string{}
			}
			h, err := HashEvent(&e)
			if err != nil {
				return err
			}
			e.Hash = h
			raw, err := json.Marshal(&e)
			if err != nil {
				return err
			}
			if err := eb.Put(u64(e.Seq), raw); err != nil {
				return err
			}
			out = append(out, e)
			next, prev = next+1, h
		}
		return meta.Put([]byte("head"), append(u64(next), prev[:]...))
	})
	if err != nil {
		return nil, fmt.Errorf("journal: append: %w", err)
	}
	return out, nil
}

// ErrNotFound is returned for an unknown event or batch.
var ErrNotFound = errors.New("journal: not found")

// Event returns the event with sequence number seq.
func (j *Journal) Event(ctx context.Context, seq uint64) (Event, error) {
	var e Event
	err := j.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketEvents).Get(u64(seq))
		if v == nil {
			return ErrNotFound
		}
		return json.Unmarshal(v, &e)
	})
	if err != nil {
		return Event{}, fmt.Errorf("journal: event %d: %w", seq, err)
	}
	return e, ctx.Err()
}

// Len is the number of events.
func (j *Journal) Len(ctx context.Context) (uint64, error) {
	var n uint64
	err := j.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get([]byte("head")); len(v) == 40 {
			n = binary.BigEndian.Uint64(v[:8])
		}
		return nil
	})
	return n, err
}

// VerifyChain checks the hash chain and every event hash from seq `from` to the end: a changed,
// removed or reordered event breaks it. It returns the first broken sequence number.
func (j *Journal) VerifyChain(ctx context.Context, from uint64) error {
	return j.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketEvents).Cursor()
		var prev *common.Hash
		expect := from
		for k, v := c.Seek(u64(from)); k != nil; k, v = c.Next() {
			var e Event
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("journal: event %d: %w", expect, err)
			}
			if e.Seq != expect {
				return fmt.Errorf("journal: event %d missing (found %d)", expect, e.Seq)
			}
			h, err := HashEvent(&e)
			if err != nil || h != e.Hash {
				return fmt.Errorf("journal: event %d does not match its hash", e.Seq)
			}
			if prev != nil && e.Prev != *prev {
				return fmt.Errorf("journal: event %d does not chain to event %d", e.Seq, e.Seq-1)
			}
			prev = &e.Hash
			expect++
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return nil
	})
}
