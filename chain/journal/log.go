// Package journal makes souq's event journal a transparency log and has the chain witness it.
//
// The journal is the sale service's (souq.Event, kept in souq's store): one numbering (Seq, from
// 0), one encoding (souq.Event.Canonical, documented there) and one hash (the RFC 6962 record
// hash SHA-256(0x00 ‖ canonical bytes)). This package adds what makes it a C2SP transparency log
// (https://c2sp.org/tlog-checkpoint, https://c2sp.org/tlog-tiles):
//
//   - the Merkle tree of the records, RFC 6962 §2.1 (golang.org/x/mod/sumdb/tlog, whose stored
//     hashes this package keeps in its spaces of a kv.DB, laid out in encoding.go): inclusion
//     proofs for any event, consistency proofs between any two sizes;
//   - checkpoints — (origin, size, root) — signed as C2SP signed notes with the log's Ed25519 key
//     (golang.org/x/mod/sumdb/note);
//   - tiles and entry bundles served over HTTP (Handler), so standard tlog tooling follows it;
//   - an Anchorer that records each checkpoint's (size, root) in the EventAnchor contract, whose
//     sizes only grow, through the exactly-once sender;
//   - proof bundles (Bundle, docs/audit/proof-bundle.schema.json) that package audit checks against
//     the chain and a pinned trust root alone.
package journal

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/kv"
)

// ErrNotFound is returned for an event, checkpoint or tile that does not exist (yet).
var ErrNotFound = errors.New("journal: not found")

// ErrForked is returned when an event handed over again differs from the record logged at its
// sequence number: the journal was rewritten.
var ErrForked = errors.New("journal: the journal differs from the log")

// ErrBadEvent is returned for an event whose hash does not match its content.
var ErrBadEvent = errors.New("journal: invalid event")

// Source reads the journal's events (souq's store: StoreSource).
type Source interface {
	Events(ctx context.Context, from uint64, limit int) ([]souq.Event, error)
}

// StoreSource reads events from the sale service's store.
type StoreSource struct{ Store souq.Store }

// Events lists up to limit events from seq from on (limit <= 0: all).
func (s StoreSource) Events(ctx context.Context, from uint64, limit int) ([]souq.Event, error) {
	var out []souq.Event
	err := s.Store.View(ctx, func(tx souq.Tx) error {
		var err error
		out, err = tx.Events(from, limit)
		return err
	})
	return out, err
}

// Log is the transparency log over the journal: the tree's stored hashes in a kv.DB (its own
// spaces, so it can share souq's database), the journal's events in Source.
type Log struct {
	db  kv.DB
	src Source
	key *Key
}

// Open returns the log kept in db, checking that what db holds of it reads. key signs checkpoints.
func Open(ctx context.Context, db kv.DB, src Source, key *Key) (*Log, error) {
	if err := db.View(ctx, func(tx kv.Tx) error { _, err := logSize(tx); return err }); err != nil {
		return nil, fmt.Errorf("journal: open: %w", err)
	}
	return &Log{db: db, src: src, key: key}, nil
}

// Key is the log's signing key.
func (l *Log) Key() *Key { return l.key }

// hashReader reads stored hashes inside a transaction.
func hashReader(tx kv.Tx) tlog.HashReader {
	return tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			v := tx.Get(spaceHashes, u64(uint64(x)))
			if v == nil {
				return nil, fmt.Errorf("journal: stored hash %d missing", x)
			}
			h, err := decodeHash(v)
			if err != nil {
				return nil, fmt.Errorf("journal: stored hash %d: %w", x, err)
			}
			out[i] = h
		}
		return out, nil
	})
}

// logSize is the number of records in the log (0 before the first).
func logSize(tx kv.Tx) (uint64, error) {
	v := tx.Get(spaceMeta, keySize)
	if v == nil {
		return 0, nil
	}
	n, err := decodeU64(v)
	if err != nil {
		return 0, fmt.Errorf("journal: log size: %w", err)
	}
	return n, nil
}

// Append implements souq.Anchorer: it adds the events' record hashes to the tree, in order, in
// one transaction. It is idempotent per Seq (an event already logged is checked, not added again:
// one that differs is ErrForked) and refuses a gap, so nothing is ever logged out of place.
func (l *Log) Append(ctx context.Context, evs ...souq.Event) error {
	err := l.db.Update(ctx, func(tx kv.Tx) error {
		size, err := logSize(tx)
		if err != nil {
			return err
		}
		r := hashReader(tx)
		for _, e := range evs {
			if !e.Verify() {
				return fmt.Errorf("%w: event %d does not match its hash", ErrBadEvent, e.Seq)
			}
			switch {
			case e.Seq < size:
				if h, err := decodeHash(tx.Get(spaceHashes, u64(uint64(tlog.StoredHashIndex(0, int64(e.Seq)))))); err != nil || h != tlog.Hash(e.Hash) {
					return fmt.Errorf("%w: event %d", ErrForked, e.Seq)
				}
				continue
			case e.Seq > size:
				return fmt.Errorf("journal: event %d handed over before event %d", e.Seq, size)
			}
			hs, err := tlog.StoredHashesForRecordHash(int64(size), tlog.Hash(e.Hash), r)
			if err != nil {
				return err
			}
			base := tlog.StoredHashIndex(0, int64(size))
			for i, h := range hs {
				if err := tx.Put(spaceHashes, u64(uint64(base)+uint64(i)), h[:]); err != nil {
					return err
				}
			}
			size++
		}
		return tx.Put(spaceMeta, keySize, u64(size))
	})
	if err != nil {
		return fmt.Errorf("journal: append: %w", err)
	}
	return nil
}

// Adapter is the log as the sale service's souq.Anchorer port.
type Adapter struct{ Log *Log }

var _ souq.Anchorer = Adapter{}

// Append implements souq.Anchorer: the batch in one transaction of the log.
func (a Adapter) Append(ctx context.Context, evs []souq.Event) error {
	return a.Log.Append(ctx, evs...)
}

// Size is the number of records in the log.
func (l *Log) Size(ctx context.Context) (uint64, error) {
	var n uint64
	err := l.db.View(ctx, func(tx kv.Tx) error {
		var err error
		n, err = logSize(tx)
		return err
	})
	return n, err
}

// Root is the tree hash of the log's first size records.
func (l *Log) Root(ctx context.Context, size uint64) (tlog.Hash, error) {
	var h tlog.Hash
	err := l.db.View(ctx, func(tx kv.Tx) error {
		n, err := logSize(tx)
		if err != nil {
			return err
		}
		if size > n {
			return fmt.Errorf("size %d: %w", size, ErrNotFound)
		}
		h, err = tlog.TreeHash(int64(size), hashReader(tx))
		return err
	})
	return h, err
}

// InclusionProof proves that record seq is in the tree of size records (RFC 6962 §2.1.1).
func (l *Log) InclusionProof(ctx context.Context, size, seq uint64) (tlog.RecordProof, error) {
	var p tlog.RecordProof
	err := l.db.View(ctx, func(tx kv.Tx) error {
		n, err := logSize(tx)
		if err != nil {
			return err
		}
		if seq >= size || size > n {
			return fmt.Errorf("record %d in size %d: %w", seq, size, ErrNotFound)
		}
		p, err = tlog.ProveRecord(int64(size), int64(seq), hashReader(tx))
		return err
	})
	return p, err
}

// ConsistencyProof proves that the tree of size oldSize is a prefix of the tree of newSize
// (RFC 6962 §2.1.2).
func (l *Log) ConsistencyProof(ctx context.Context, oldSize, newSize uint64) (tlog.TreeProof, error) {
	var p tlog.TreeProof
	err := l.db.View(ctx, func(tx kv.Tx) error {
		n, err := logSize(tx)
		if err != nil {
			return err
		}
		if oldSize > newSize || newSize > n {
			return fmt.Errorf("sizes %d..%d: %w", oldSize, newSize, ErrNotFound)
		}
		p, err = tlog.ProveTree(int64(newSize), int64(oldSize), hashReader(tx))
		return err
	})
	return p, err
}

// Event returns the journal's event seq.
func (l *Log) Event(ctx context.Context, seq uint64) (souq.Event, error) {
	evs, err := l.src.Events(ctx, seq, 1)
	if err != nil {
		return souq.Event{}, err
	}
	if len(evs) == 0 || evs[0].Seq != seq {
		return souq.Event{}, fmt.Errorf("event %d: %w", seq, ErrNotFound)
	}
	return evs[0], nil
}
