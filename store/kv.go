package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq/kv"
)

// KV returns the adapters' key-value port on this database: a space is a bbolt bucket of the same
// name, so the buckets the chain packages kept themselves before are read as they are. The spaces
// must not be the store's own buckets; adapters prefix theirs ("chain.", "tlog.", "stellar/"…).
func (db *DB) KV() kv.DB { return kvDB{db} }

type kvDB struct{ db *DB }

var _ kv.DB = kvDB{}

func (k kvDB) View(ctx context.Context, fn func(kv.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return k.db.bolt.View(func(tx *bolt.Tx) error { return fn(&kvTx{tx: tx}) })
}

func (k kvDB) Update(ctx context.Context, fn func(kv.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return k.db.bolt.Update(func(tx *bolt.Tx) error { return fn(&kvTx{tx: tx}) })
}

// Batch joins the store's group commit, the one the inbox and the sale decisions share.
func (k kvDB) Batch(ctx context.Context, fn func(kv.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return k.db.group(ctx, func(tx *bolt.Tx) error { return fn(&kvTx{tx: tx}) })
}

type kvTx struct {
	tx *bolt.Tx
	// mixed are the spaces this transaction put a key into before their last key.
	mixed map[string]bool
}

// packAppends fills b's pages to the brim while every put of this transaction lands after its last
// key — the transparency log's hashes and the sender's indexes only grow, and bbolt's default half
// fill would double their pages — and keeps the default once one does not.
func (t *kvTx) packAppends(space string, b *bolt.Bucket, key []byte) {
	if t.mixed[space] {
		return
	}
	if last, _ := b.Cursor().Last(); last == nil || bytes.Compare(key, last) > 0 {
		b.FillPercent = 1
		return
	}
	if t.mixed == nil {
		t.mixed = map[string]bool{}
	}
	t.mixed[space] = true
	b.FillPercent = bolt.DefaultFillPercent
}

func (t *kvTx) Get(space string, key []byte) []byte {
	b := t.tx.Bucket([]byte(space))
	if b == nil {
		return nil
	}
	if v := b.Get(key); v != nil {
		return append([]byte{}, v...)
	}
	return nil
}

func (t *kvTx) Put(space string, key, value []byte) error {
	if !t.tx.Writable() {
		return kv.ErrReadOnly
	}
	b, err := t.tx.CreateBucketIfNotExists([]byte(space))
	if err != nil {
		return fmt.Errorf("kv: space %q: %w", space, err)
	}
	if value == nil {
		value = []byte{}
	}
	t.packAppends(space, b, key)
	if err := b.Put(key, value); err != nil {
		return fmt.Errorf("kv: put in %q: %w", space, err)
	}
	return nil
}

func (t *kvTx) Delete(space string, key []byte) error {
	if !t.tx.Writable() {
		return kv.ErrReadOnly
	}
	b := t.tx.Bucket([]byte(space))
	if b == nil {
		return nil
	}
	if err := b.Delete(key); err != nil {
		return fmt.Errorf("kv: delete in %q: %w", space, err)
	}
	return nil
}

func (t *kvTx) Ascend(space string, from []byte, fn func(key, value []byte) error) error {
	b := t.tx.Bucket([]byte(space))
	if b == nil {
		return nil
	}
	c := b.Cursor()
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	for ; k != nil; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return stopped(err)
		}
	}
	return nil
}

func (t *kvTx) Descend(space string, before []byte, fn func(key, value []byte) error) error {
	b := t.tx.Bucket([]byte(space))
	if b == nil {
		return nil
	}
	c := b.Cursor()
	k, v := c.Last()
	if before != nil {
		// The first key ≥ before, and the walk starts below it; with none, at the last key.
		if at, _ := c.Seek(before); at != nil {
			k, v = c.Prev()
		} else {
			k, v = c.Last()
		}
	}
	for ; k != nil; k, v = c.Prev() {
		if err := fn(k, v); err != nil {
			return stopped(err)
		}
	}
	return nil
}

func stopped(err error) error {
	if errors.Is(err, kv.ErrStop) {
		return nil
	}
	return err
}
