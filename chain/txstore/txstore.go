// Package txstore is sender.IntentStore on a kv.DB. It keeps to its own spaces ("chain.*"), so
// souq's main store and the sender share one database.
//
// Layout (encoding.go has the bytes): space "chain.intents" maps key → intent (a version byte,
// then JSON); space "chain.pending" indexes the non-final intents as from(20 bytes) ‖ created(8
// bytes, big-endian ns) ‖ key → nothing, so ListPending is a prefix scan in creation order; space
// "chain.mined" indexes the final intents with a receipt as from ‖ block(8 bytes) ‖ key, so
// ListMined is a range scan by block (Compact takes out those mined too deep for a reorg to
// matter, with their signed bytes); space "chain.cursors" holds watcher cursors (next block, and
// the hash of the block before it).
package txstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/kv"
)

// Store is a sender.IntentStore on a kv.DB.
type Store struct {
	db kv.DB
}

var (
	_ sender.IntentStore = (*Store)(nil)
	_ sender.BatchStore  = (*Store)(nil)
	_ sender.MinedStore  = (*Store)(nil)
)

// New opens the store on db. A store from before the mined index gets it built: when the index
// is empty, the final intents with a receipt that are not compacted (exactly those it holds) are
// indexed, which finds nothing to add on any store written since.
func New(ctx context.Context, db kv.DB) (*Store, error) {
	err := db.Update(ctx, func(tx kv.Tx) error {
		if tx.Get(spaceMeta, keyMinedIndex) != nil {
			return nil
		}
		// A store from before the mined index, or one that has never mined anything: index the
		// final intents with a receipt once, then mark it done so no later start walks them all.
		var index [][]byte
		err := tx.Ascend(spaceIntents, nil, func(k, v []byte) error {
			in, compact, err := decodeIntent(k, v)
			if err != nil {
				return err
			}
			if mk := minedKey(in); mk != nil && !compact {
				index = append(index, mk)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, mk := range index { // after the walk: fn must not write to the space it walks
			if err := tx.Put(spaceMined, mk, nil); err != nil {
				return err
			}
		}
		return tx.Put(spaceMeta, keyMinedIndex, []byte{1})
	})
	if err != nil {
		return nil, fmt.Errorf("txstore: %w", err)
	}
	return &Store{db: db}, nil
}

// Put implements sender.IntentStore. Concurrent Puts are group-committed (kv Batch).
func (s *Store) Put(ctx context.Context, in *sender.Intent) (*sender.Intent, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	raw, err := encodeIntent(in, false)
	if err != nil {
		return nil, false, fmt.Errorf("txstore: encode: %w", err)
	}
	var existing []byte
	err = s.db.Batch(ctx, func(tx kv.Tx) error {
		existing = tx.Get(spaceIntents, []byte(in.Key)) // set from scratch: Batch may run fn again
		if existing != nil {
			return nil
		}
		if err := tx.Put(spaceIntents, []byte(in.Key), raw); err != nil {
			return err
		}
		if !in.State.Final() {
			return tx.Put(spacePending, pendingKey(in), nil)
		}
		if mk := minedKey(in); mk != nil {
			return tx.Put(spaceMined, mk, nil)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("txstore: put %s: %w", in.Key, err)
	}
	if existing != nil {
		got, _, err := decodeIntent([]byte(in.Key), existing)
		if err != nil {
			return nil, false, fmt.Errorf("txstore: decode %s: %w", in.Key, err)
		}
		return got, false, nil
	}
	cp := *in
	return &cp, true, nil
}

// Get implements sender.IntentStore.
func (s *Store) Get(ctx context.Context, key string) (*sender.Intent, error) {
	var in *sender.Intent
	err := s.db.View(ctx, func(tx kv.Tx) error {
		v := tx.Get(spaceIntents, []byte(key))
		if v == nil {
			return sender.ErrNotFound
		}
		var err error
		in, _, err = decodeIntent([]byte(key), v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("txstore: get %s: %w", key, err)
	}
	return in, nil
}

// Update implements sender.IntentStore.
func (s *Store) Update(ctx context.Context, key string, fn func(*sender.Intent) error) (*sender.Intent, error) {
	var out *sender.Intent
	err := s.db.Update(ctx, func(tx kv.Tx) error {
		var err error
		out, err = update(tx, key, fn)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("txstore: update %s: %w", key, err)
	}
	return out, nil
}

// UpdateMany implements sender.BatchStore: all updates in one transaction (one disk sync), or none.
func (s *Store) UpdateMany(ctx context.Context, updates map[string]func(*sender.Intent) error) error {
	err := s.db.Update(ctx, func(tx kv.Tx) error {
		for k, fn := range updates {
			if _, err := update(tx, k, fn); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("txstore: update: %w", err)
	}
	return nil
}

func update(tx kv.Tx, key string, fn func(*sender.Intent) error) (*sender.Intent, error) {
	v := tx.Get(spaceIntents, []byte(key))
	if v == nil {
		return nil, sender.ErrNotFound
	}
	in, _, err := decodeIntent([]byte(key), v)
	if err != nil {
		return nil, err
	}
	wasFinal, oldPK, oldMK := in.State.Final(), pendingKey(in), minedKey(in)
	if err := fn(in); err != nil {
		return nil, err
	}
	if in.Key != key {
		return nil, errors.New("update must not change the key")
	}
	raw, err := encodeIntent(in, false)
	if err != nil {
		return nil, err
	}
	if err := tx.Put(spaceIntents, []byte(key), raw); err != nil {
		return nil, err
	}
	if !wasFinal {
		if err := tx.Delete(spacePending, oldPK); err != nil {
			return nil, err
		}
	}
	if !in.State.Final() {
		if err := tx.Put(spacePending, pendingKey(in), nil); err != nil {
			return nil, err
		}
	}
	if newMK := minedKey(in); !bytes.Equal(oldMK, newMK) {
		if oldMK != nil {
			if err := tx.Delete(spaceMined, oldMK); err != nil {
				return nil, err
			}
		}
		if newMK != nil {
			if err := tx.Put(spaceMined, newMK, nil); err != nil {
				return nil, err
			}
		}
	}
	return in, nil
}

// ListMined implements sender.MinedStore: final intents of from whose receipt is in block
// fromBlock or later, by block.
func (s *Store) ListMined(ctx context.Context, from common.Address, fromBlock uint64) ([]*sender.Intent, error) {
	start := binary.BigEndian.AppendUint64(append([]byte{}, from.Bytes()...), fromBlock)
	out, err := s.list(ctx, spaceMined, from, start)
	if err != nil {
		return nil, fmt.Errorf("txstore: list mined: %w", err)
	}
	return out, nil
}

// ListPending implements sender.IntentStore.
func (s *Store) ListPending(ctx context.Context, from common.Address) ([]*sender.Intent, error) {
	out, err := s.list(ctx, spacePending, from, from.Bytes())
	if err != nil {
		return nil, fmt.Errorf("txstore: list pending: %w", err)
	}
	return out, nil
}

// list walks an index (from ‖ 8-byte position ‖ key) of from's intents from start, decoding each
// intent it names.
func (s *Store) list(ctx context.Context, index string, from common.Address, start []byte) ([]*sender.Intent, error) {
	var out []*sender.Intent
	err := s.db.View(ctx, func(tx kv.Tx) error {
		out = nil
		prefix := from.Bytes()
		return tx.Ascend(index, start, func(k, _ []byte) error {
			if !bytes.HasPrefix(k, prefix) {
				return kv.ErrStop
			}
			key := k[indexPrefix:]
			v := tx.Get(spaceIntents, key)
			if v == nil {
				return nil
			}
			in, _, err := decodeIntent(key, v)
			if err != nil {
				return err
			}
			out = append(out, in)
			return nil
		})
	})
	return out, err
}

// Compact cuts final intents mined below block (deep enough that no reorg the sender acts on can
// reach them) to what an audit needs: the attempts (with their signed bytes), the call data, the
// revert data and the receipt's logs go (the chain keeps them all); the state and the receipt
// (the mined transaction's hash, block, status and gas) stay. Their entries leave the mined index,
// which the sender reads only near the head. At most limit intents per call, in one transaction;
// it reports how many it cut. Idempotent: a cut intent is no longer indexed.
func (s *Store) Compact(ctx context.Context, below uint64, limit int) (int, error) {
	n := 0
	err := s.db.Update(ctx, func(tx kv.Tx) error {
		n = 0
		var done [][]byte
		err := tx.Ascend(spaceMined, nil, func(k, _ []byte) error {
			if len(done) >= limit {
				return kv.ErrStop
			}
			if binary.BigEndian.Uint64(k[common.AddressLength:indexPrefix]) < below {
				done = append(done, bytes.Clone(k)) // k is valid only during the call
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range done {
			key := k[indexPrefix:]
			if v := tx.Get(spaceIntents, key); v != nil {
				in, _, err := decodeIntent(key, v)
				if err != nil {
					return fmt.Errorf("%s: %w", key, err)
				}
				// The receipt names the transaction that was mined; the other attempts never were.
				if in.DataSHA256 == nil {
					sum := sha256.Sum256(in.Call.Data)
					in.DataSHA256 = &sum // a Submit of the key again is still checked against its call
				}
				in.Call.Data, in.RevertData, in.Attempts, in.Dropped = nil, nil, nil, nil
				if in.Receipt != nil {
					in.Receipt.Logs = nil // the chain has them; the watcher read them long ago
				}
				raw, err := encodeIntent(in, true)
				if err != nil {
					return err
				}
				if err := tx.Put(spaceIntents, key, raw); err != nil {
					return err
				}
				n++
			}
			if err := tx.Delete(spaceMined, k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("txstore: compact: %w", err)
	}
	return n, nil
}

// LoadCursor returns the next block a watcher named name must scan.
func (s *Store) LoadCursor(ctx context.Context, name string) (uint64, bool, error) {
	next, _, ok, err := s.LoadCursorHash(ctx, name)
	return next, ok, err
}

// SaveCursor records the next block a watcher named name must scan.
func (s *Store) SaveCursor(ctx context.Context, name string, next uint64) error {
	return s.saveCursor(ctx, name, encodeCursor(next, nil))
}

// LoadCursorHash returns the next block a watcher named name must scan and the hash of the block
// before it (zero if the cursor was saved without one).
func (s *Store) LoadCursorHash(ctx context.Context, name string) (uint64, common.Hash, bool, error) {
	var raw []byte
	err := s.db.View(ctx, func(tx kv.Tx) error {
		raw = tx.Get(spaceCursors, []byte(name))
		return nil
	})
	if err != nil {
		return 0, common.Hash{}, false, fmt.Errorf("txstore: cursor %s: %w", name, err)
	}
	next, h, ok := decodeCursor(raw)
	return next, h, ok, nil
}

// SaveCursorHash records the next block a watcher named name must scan and the hash of the block
// before it, in one write.
func (s *Store) SaveCursorHash(ctx context.Context, name string, next uint64, hash common.Hash) error {
	return s.saveCursor(ctx, name, encodeCursor(next, &hash))
}

func (s *Store) saveCursor(ctx context.Context, name string, v []byte) error {
	err := s.db.Update(ctx, func(tx kv.Tx) error { return tx.Put(spaceCursors, []byte(name), v) })
	if err != nil {
		return fmt.Errorf("txstore: save cursor %s: %w", name, err)
	}
	return nil
}
