package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

var (
	bucketInboxKeys    = []byte("inbox.keys")    // dedupe key -> seq, once the entry is finished (pending keys: DB.pendingKeys)
	bucketInboxEntries = []byte("inbox.entries") // seq -> entry metadata (JSON, without Data)
	bucketInboxData    = []byte("inbox.data")    // seq -> the event bytes as received (kept apart: no base64, no re-encoding)
	bucketInboxPending = []byte("inbox.pending") // seq -> nil, while not processed
)

// The inbox's records are souq's (chatlog.go), so the WhatsApp adapters need not import store.
type (
	Envelope    = souq.Envelope
	InboxState  = souq.InboxState
	InboxEntry  = souq.InboxEntry
	InboxResult = souq.InboxResult
)

// Inbox states.
const (
	InboxPending = souq.InboxPending
	InboxDone    = souq.InboxDone
	InboxFailed  = souq.InboxFailed
)

// InboxAppend records the envelopes whose keys were never seen, in one durable transaction shared
// with concurrent callers, and returns how many were new. Duplicates, within the call or across
// calls (Meta's retries, copies arriving at once), are dropped: every check and insert runs on the
// group's single writer, against the processed keys (the inbox.keys bucket, read only) and the
// pending ones (an index in memory). So the acknowledgement path only appends, at the end of
// buckets keyed by arrival: the key index, whose inserts land on random pages, is written when an
// entry is finished, off that path.
func (db *DB) InboxAppend(ctx context.Context, envs []Envelope) (int, error) {
	if len(envs) == 0 {
		return 0, nil
	}
	// Encode outside the transaction: the group's single writer runs only the lookups and puts.
	now := db.now().UTC()
	metas := make([][]byte, len(envs))
	for i, e := range envs {
		if e.Key == "" {
			return 0, fmt.Errorf("store: inbox envelope %d without key", i)
		}
		raw, err := json.Marshal(InboxEntry{Key: e.Key, Chat: e.Chat, ReceivedAt: now, State: InboxPending})
		if err != nil {
			return 0, fmt.Errorf("store: inbox append: %w", err)
		}
		metas[i] = raw
	}
	var added int
	err := db.group(ctx, func(tx *bolt.Tx) error {
		added = 0
		keys := tx.Bucket(bucketInboxKeys)
		entries := tx.Bucket(bucketInboxEntries)
		data := tx.Bucket(bucketInboxData)
		pending := tx.Bucket(bucketInboxPending)
		// Appended at the end and never rewritten: pack their pages full.
		data.FillPercent, pending.FillPercent = 1, 1
		processed := keys.Cursor() // one cursor for all lookups: Bucket.Get allocates one per call
		for i, e := range envs {
			if db.pendingKeys.has(e.Key) {
				continue
			}
			if k, _ := processed.Seek([]byte(e.Key)); k != nil && string(k) == e.Key {
				continue
			}
			seq, err := entries.NextSequence()
			if err != nil {
				return err
			}
			sk := u64(seq)
			if err := entries.Put(sk, metas[i]); err != nil {
				return err
			}
			if err := data.Put(sk, e.Data); err != nil {
				return err
			}
			if err := pending.Put(sk, nil); err != nil {
				return err
			}
			db.pendingKeys.add(e.Key)
			added++
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: inbox append: %w", err)
	}
	return added, nil
}

// InboxPending returns up to limit unprocessed entries, oldest first. After a restart this is
// where processing resumes: an entry stays pending until InboxFinish.
func (db *DB) InboxPending(ctx context.Context, limit int) ([]InboxEntry, error) {
	var out []InboxEntry
	err := db.bolt.View(func(tx *bolt.Tx) error {
		data := tx.Bucket(bucketInboxData)
		return eachPending(tx, func(e InboxEntry) (bool, error) {
			if len(out) == limit {
				return false, nil
			}
			e.Data = append([]byte(nil), data.Get(u64(e.Seq))...)
			out = append(out, e)
			return true, nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: inbox pending: %w", err)
	}
	return out, ctx.Err()
}

// InboxPendingCount is how many entries await processing (the bot's backlog).
func (db *DB) InboxPendingCount() (int, error) {
	var n int
	err := db.bolt.View(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketInboxPending).Stats().KeyN
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: inbox pending count: %w", err)
	}
	return n, nil
}

// InboxFinish marks entries processed (done, or failed with the error recorded).
func (db *DB) InboxFinish(ctx context.Context, results []InboxResult) error {
	now := db.now().UTC()
	err := db.group(ctx, func(tx *bolt.Tx) error {
		keys := tx.Bucket(bucketInboxKeys)
		entries := tx.Bucket(bucketInboxEntries)
		pending := tx.Bucket(bucketInboxPending)
		for _, r := range results {
			sk := u64(r.Seq)
			e, err := decodeEntry(sk, entries.Get(sk))
			if err != nil {
				return err
			}
			if r.Retry {
				if pending.Get(sk) == nil || r.Err == nil {
					continue // finished already, or nothing to record: it stays as it is
				}
				e.Error = r.Err.Error()
				raw, err := json.Marshal(e)
				if err != nil {
					return err
				}
				if err := entries.Put(sk, raw); err != nil {
					return err
				}
				continue
			}
			if pending.Get(sk) != nil {
				// The key moves from the pending index to the processed one in this transaction.
				if err := keys.Put([]byte(e.Key), sk); err != nil {
					return err
				}
				db.pendingKeys.remove(e.Key)
			}
			e.State, e.DoneAt, e.Error = InboxDone, now, ""
			if r.Err != nil {
				e.State, e.Error = InboxFailed, r.Err.Error()
			}
			raw, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if err := entries.Put(sk, raw); err != nil {
				return err
			}
			if err := pending.Delete(sk); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: inbox finish: %w", err)
	}
	return nil
}

// InboxGet returns the entry recorded under a dedupe key (a pending one is found by scanning the
// pending entries: this is for tests and inspection, not a hot path).
func (db *DB) InboxGet(key string) (InboxEntry, bool, error) {
	var (
		e     InboxEntry
		found bool
	)
	err := db.bolt.View(func(tx *bolt.Tx) error {
		sk := tx.Bucket(bucketInboxKeys).Get([]byte(key))
		if sk == nil {
			err := eachPending(tx, func(p InboxEntry) (bool, error) {
				if p.Key == key {
					sk = u64(p.Seq)
				}
				return sk == nil, nil
			})
			if err != nil {
				return err
			}
		}
		if sk == nil {
			return nil
		}
		var err error
		e, err = decodeEntry(sk, tx.Bucket(bucketInboxEntries).Get(sk))
		e.Data = append([]byte(nil), tx.Bucket(bucketInboxData).Get(sk)...)
		found = err == nil
		return err
	})
	return e, found, err
}

// InboxPrune deletes processed entries received before cutoff, with their dedupe keys, in one
// transaction (the Pruner does the same in bounded steps). Keep cutoff older than Meta's 7-day
// retry horizon, or a late retry would be processed again.
func (db *DB) InboxPrune(ctx context.Context, cutoff time.Time) (int, error) {
	var n int
	err := db.write(func(tx *bolt.Tx) error {
		var err error
		n, err = pruneInbox(tx, cutoff, math.MaxInt)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: inbox prune: %w", err)
	}
	return n, ctx.Err()
}

// eachPending calls fn with the pending entries (without Data), oldest first, until it returns
// false or an error.
func eachPending(tx *bolt.Tx, fn func(InboxEntry) (more bool, err error)) error {
	entries := tx.Bucket(bucketInboxEntries)
	c := tx.Bucket(bucketInboxPending).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		e, err := decodeEntry(k, entries.Get(k))
		if err != nil {
			return err
		}
		if more, err := fn(e); err != nil || !more {
			return err
		}
	}
	return nil
}

func decodeEntry(k, v []byte) (InboxEntry, error) {
	var e InboxEntry
	if v == nil {
		return e, fmt.Errorf("store: inbox entry %x missing", k)
	}
	if err := json.Unmarshal(v, &e); err != nil {
		return e, fmt.Errorf("store: inbox entry %x: %w", k, err)
	}
	e.Seq = binary.BigEndian.Uint64(k)
	return e, nil
}

// pendingKeyIndex is the set of keys of pending inbox entries, in memory: with the processed keys
// in inbox.keys it is what an append is checked against. Only the group's writer goroutine uses
// it, inside a transaction: changes are staged, made visible when that transaction commits
// (apply) and dropped when it rolls back (begin of the next attempt), so the set always matches
// the pending bucket on disk. Open rebuilds it from that bucket.
type pendingKeyIndex struct {
	keys    map[string]struct{}
	added   map[string]struct{}
	removed map[string]struct{}
}

func newPendingKeyIndex() *pendingKeyIndex {
	return &pendingKeyIndex{keys: map[string]struct{}{}, added: map[string]struct{}{}, removed: map[string]struct{}{}}
}

// begin starts a transaction attempt: whatever an earlier attempt staged is dropped.
func (ix *pendingKeyIndex) begin() {
	clear(ix.added)
	clear(ix.removed)
}

// apply makes the committed transaction's changes visible.
func (ix *pendingKeyIndex) apply() {
	for k := range ix.removed {
		delete(ix.keys, k)
	}
	for k := range ix.added {
		ix.keys[k] = struct{}{}
	}
	ix.begin()
}

func (ix *pendingKeyIndex) has(k string) bool {
	if _, ok := ix.added[k]; ok {
		return true
	}
	if _, ok := ix.removed[k]; ok {
		return false
	}
	_, ok := ix.keys[k]
	return ok
}

func (ix *pendingKeyIndex) add(k string) {
	delete(ix.removed, k)
	ix.added[k] = struct{}{}
}

func (ix *pendingKeyIndex) remove(k string) {
	delete(ix.added, k)
	ix.removed[k] = struct{}{}
}

// reloadPendingKeys rebuilds the index from the pending bucket: at Open, before the writer
// starts, and on the writer after a commit failed.
func (db *DB) reloadPendingKeys() error { return db.bolt.View(db.loadPendingKeys) }

// loadPendingKeys rebuilds the index from the pending bucket as tx sees it.
func (db *DB) loadPendingKeys(tx *bolt.Tx) error {
	ix := newPendingKeyIndex()
	err := eachPending(tx, func(e InboxEntry) (bool, error) {
		ix.keys[e.Key] = struct{}{}
		return true, nil
	})
	if err != nil {
		return fmt.Errorf("store: pending inbox keys: %w", err)
	}
	db.pendingKeys = ix
	return nil
}
