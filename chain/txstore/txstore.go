// Package txstore is the bbolt implementation of sender.IntentStore. It takes a *bbolt.DB and
// keeps to its own buckets, so souq's main store and the sender can share one database file.
//
// Layout: bucket "chain.intents" maps key → intent (JSON); bucket "chain.pending" indexes the
// non-final intents as from(20 bytes) ‖ created(8 bytes, big-endian ns) ‖ key → nothing, so
// ListPending is a prefix scan in creation order; bucket "chain.mined" indexes the final intents
// with a receipt as from ‖ block(8 bytes) ‖ key, so ListMined is a range scan by block (Compact
// takes out those mined too deep for a reorg to matter, with their signed bytes); bucket
// "chain.cursors" holds watcher cursors (next block, and the hash of the block before it).
package txstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/sender"
	bolt "go.etcd.io/bbolt"
)

var (
	bucketIntents = []byte("chain.intents")
	bucketPending = []byte("chain.pending")
	bucketMined   = []byte("chain.mined")
)

// Store is a bbolt-backed sender.IntentStore.
type Store struct {
	db *bolt.DB
}

var (
	_ sender.IntentStore = (*Store)(nil)
	_ sender.BatchStore  = (*Store)(nil)
	_ sender.MinedStore  = (*Store)(nil)
)

// New creates the buckets if needed. A store from before the mined index gets it built once.
func New(db *bolt.DB) (*Store, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		fresh := tx.Bucket(bucketMined) == nil
		for _, b := range [][]byte{bucketIntents, bucketPending, bucketCursors, bucketMined} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if !fresh {
			return nil
		}
		m := tx.Bucket(bucketMined)
		return tx.Bucket(bucketIntents).ForEach(func(k, v []byte) error {
			in, err := decode(k, v)
			if err != nil {
				return err
			}
			if mk := minedKey(in); mk != nil {
				return m.Put(mk, nil)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("txstore: %w", err)
	}
	return &Store{db: db}, nil
}

// minedKey indexes a final intent with a receipt as from ‖ block (8 bytes, big-endian) ‖ key, so
// ListMined is a range scan; nil when the intent is not indexed there.
func minedKey(in *sender.Intent) []byte {
	if !in.State.Final() || in.Receipt == nil {
		return nil
	}
	k := make([]byte, 0, 28+len(in.Key))
	k = append(k, in.From.Bytes()...)
	k = binary.BigEndian.AppendUint64(k, in.Receipt.BlockNumber)
	return append(k, in.Key...)
}

func pendingKey(in *sender.Intent) []byte {
	k := make([]byte, 0, 28+len(in.Key))
	k = append(k, in.From.Bytes()...)
	k = binary.BigEndian.AppendUint64(k, uint64(in.Created.UnixNano()))
	return append(k, in.Key...)
}

// Put implements sender.IntentStore. Concurrent Puts are group-committed (bbolt Batch).
func (s *Store) Put(ctx context.Context, in *sender.Intent) (*sender.Intent, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, false, fmt.Errorf("txstore: encode: %w", err)
	}
	var existing []byte
	err = s.db.Batch(func(tx *bolt.Tx) error {
		existing = nil
		b := tx.Bucket(bucketIntents)
		if v := b.Get([]byte(in.Key)); v != nil {
			existing = append([]byte(nil), v...)
			return nil
		}
		if err := b.Put([]byte(in.Key), raw); err != nil {
			return err
		}
		if !in.State.Final() {
			return tx.Bucket(bucketPending).Put(pendingKey(in), nil)
		}
		if mk := minedKey(in); mk != nil {
			return tx.Bucket(bucketMined).Put(mk, nil)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("txstore: put %s: %w", in.Key, err)
	}
	if existing != nil {
		got, err := decode([]byte(in.Key), existing)
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
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var in *sender.Intent
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketIntents).Get([]byte(key))
		if v == nil {
			return sender.ErrNotFound
		}
		var err error
		in, err = decode([]byte(key), v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("txstore: get %s: %w", key, err)
	}
	return in, nil
}

// Update implements sender.IntentStore.
func (s *Store) Update(ctx context.Context, key string, fn func(*sender.Intent) error) (*sender.Intent, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out *sender.Intent
	err := s.db.Update(func(tx *bolt.Tx) error {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
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

func update(tx *bolt.Tx, key string, fn func(*sender.Intent) error) (*sender.Intent, error) {
	b := tx.Bucket(bucketIntents)
	v := b.Get([]byte(key))
	if v == nil {
		return nil, sender.ErrNotFound
	}
	in, err := decode([]byte(key), v)
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
	raw, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	if err := b.Put([]byte(key), raw); err != nil {
		return nil, err
	}
	p := tx.Bucket(bucketPending)
	if !wasFinal {
		if err := p.Delete(oldPK); err != nil {
			return nil, err
		}
	}
	if !in.State.Final() {
		if err := p.Put(pendingKey(in), nil); err != nil {
			return nil, err
		}
	}
	m := tx.Bucket(bucketMined)
	if newMK := minedKey(in); !bytes.Equal(oldMK, newMK) {
		if oldMK != nil {
			if err := m.Delete(oldMK); err != nil {
				return nil, err
			}
		}
		if newMK != nil {
			if err := m.Put(newMK, nil); err != nil {
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
	out, err := s.list(ctx, bucketMined, from, start)
	if err != nil {
		return nil, fmt.Errorf("txstore: list mined: %w", err)
	}
	return out, nil
}

// ListPending implements sender.IntentStore.
func (s *Store) ListPending(ctx context.Context, from common.Address) ([]*sender.Intent, error) {
	out, err := s.list(ctx, bucketPending, from, from.Bytes())
	if err != nil {
		return nil, fmt.Errorf("txstore: list pending: %w", err)
	}
	return out, nil
}

// list walks an index (from ‖ 8-byte position ‖ key) of from's intents from start, decoding each
// intent it names.
func (s *Store) list(ctx context.Context, index []byte, from common.Address, start []byte) ([]*sender.Intent, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []*sender.Intent
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(index).Cursor()
		ib := tx.Bucket(bucketIntents)
		prefix := from.Bytes()
		for k, _ := c.Seek(start); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			v := ib.Get(k[28:])
			if v == nil {
				continue
			}
			in, err := decode(k[28:], v)
			if err != nil {
				return err
			}
			out = append(out, in)
		}
		return nil
	})
	return out, err
}

// Compact cuts final intents mined below block (deep enough that no reorg the sender acts on can
// reach them) to what an audit needs: the attempts (with their signed bytes), the call data, the
// revert data and the receipt's logs go (the chain keeps them all); the state and the receipt
// (the mined transaction's hash, block, status and gas) stay. Their entries leave the mined index, which the sender reads only
// near the head. At most limit intents per call, in one transaction; it reports
// how many it cut. Idempotent: a cut intent is no longer indexed.
func (s *Store) Compact(ctx context.Context, below uint64, limit int) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n := 0
	err := s.db.Update(func(tx *bolt.Tx) error {
		n = 0
		m, ib := tx.Bucket(bucketMined), tx.Bucket(bucketIntents)
		var done [][]byte
		c := m.Cursor()
		for k, _ := c.First(); k != nil && len(done) < limit; k, _ = c.Next() {
			if binary.BigEndian.Uint64(k[20:28]) < below {
				done = append(done, k)
			}
		}
		for _, k := range done {
			if v := ib.Get(k[28:]); v != nil {
				in, err := decode(k[28:], v)
				if err != nil {
					return fmt.Errorf("%s: %w", k[28:], err)
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
				raw, err := json.Marshal(compacted{Intent: in})
				if err != nil {
					return err
				}
				if err := ib.Put(k[28:], raw); err != nil {
					return err
				}
				n++
			}
			if err := m.Delete(k); err != nil {
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

// compacted is a compacted intent as stored: without its key, which is the record's key.
type compacted struct {
	*sender.Intent
	Key *struct{} `json:"key,omitempty"` // always nil: hides Intent.Key
}

// decode reads the intent stored under key k (a compacted one does not repeat its key).
func decode(k, v []byte) (*sender.Intent, error) {
	in := new(sender.Intent)
	if err := json.Unmarshal(v, in); err != nil {
		return nil, err
	}
	if in.Key == "" {
		in.Key = string(k)
	}
	return in, nil
}

var bucketCursors = []byte("chain.cursors")

// LoadCursor returns the next block a watcher named name must scan.
func (s *Store) LoadCursor(ctx context.Context, name string) (uint64, bool, error) {
	if err := ctx.Err(); err != nil {
		return 0, false, err
	}
	var v uint64
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCursors)
		if raw := b.Get([]byte(name)); len(raw) >= 8 {
			v, ok = binary.BigEndian.Uint64(raw), true
		}
		return nil
	})
	if err != nil {
		return 0, false, fmt.Errorf("txstore: cursor %s: %w", name, err)
	}
	return v, ok, nil
}

// SaveCursor records the next block a watcher named name must scan.
func (s *Store) SaveCursor(ctx context.Context, name string, next uint64) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCursors).Put([]byte(name), binary.BigEndian.AppendUint64(nil, next))
	})
	if err != nil {
		return fmt.Errorf("txstore: save cursor %s: %w", name, err)
	}
	return nil
}

// LoadCursorHash returns the next block a watcher named name must scan and the hash of the block
// before it (zero if the cursor was saved without one).
func (s *Store) LoadCursorHash(ctx context.Context, name string) (uint64, common.Hash, bool, error) {
	if err := ctx.Err(); err != nil {
		return 0, common.Hash{}, false, err
	}
	var v uint64
	var h common.Hash
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketCursors).Get([]byte(name))
		if len(raw) >= 8 {
			v, ok = binary.BigEndian.Uint64(raw), true
		}
		if len(raw) == 8+common.HashLength {
			h = common.BytesToHash(raw[8:])
		}
		return nil
	})
	if err != nil {
		return 0, common.Hash{}, false, fmt.Errorf("txstore: cursor %s: %w", name, err)
	}
	return v, h, ok, nil
}

// SaveCursorHash records the next block a watcher named name must scan and the hash of the block
// before it, in one write.
func (s *Store) SaveCursorHash(ctx context.Context, name string, next uint64, hash common.Hash) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	v := binary.BigEndian.AppendUint64(make([]byte, 0, 8+common.HashLength), next)
	v = append(v, hash.Bytes()...)
	err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketCursors).Put([]byte(name), v) })
	if err != nil {
		return fmt.Errorf("txstore: save cursor %s: %w", name, err)
	}
	return nil
}
