package stellar

import (
	"bytes"
	"context"
	"fmt"

	"go.etcd.io/bbolt"
)

// Store is where the loyalty program keeps its intents, transaction hashes, stamps and vouchers.
// It is a tiny transactional key-value interface so the main store can provide it later; BoltStore
// implements it on a *bbolt.DB in its own buckets.
type Store interface {
	Update(ctx context.Context, fn func(StoreTx) error) error
	View(ctx context.Context, fn func(StoreTx) error) error
}

// StoreTx is one store transaction. Buckets are created on first use.
type StoreTx interface {
	Get(bucket, key string) []byte
	Put(bucket, key string, val []byte) error
	Delete(bucket, key string) error
	// ForEach calls fn for keys with the prefix, in key order, until fn returns an error.
	ForEach(bucket, prefix string, fn func(key string, val []byte) error) error
}

// BoltStore is a Store on bbolt; its buckets are named "stellar/<bucket>".
type BoltStore struct{ DB *bbolt.DB }

// OpenBoltStore opens (or creates) a bbolt file for the loyalty program alone.
func OpenBoltStore(path string) (*BoltStore, error) {
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		return nil, fmt.Errorf("stellar store %s: %w", path, err)
	}
	return &BoltStore{DB: db}, nil
}

// Update runs fn in a read-write transaction.
func (s *BoltStore) Update(ctx context.Context, fn func(StoreTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.DB.Update(func(tx *bbolt.Tx) error { return fn(boltTx{tx}) })
}

// View runs fn in a read-only transaction.
func (s *BoltStore) View(ctx context.Context, fn func(StoreTx) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.DB.View(func(tx *bbolt.Tx) error { return fn(boltTx{tx}) })
}

type boltTx struct{ tx *bbolt.Tx }

func bucketName(b string) []byte { return []byte("stellar/" + b) }

func (t boltTx) Get(bucket, key string) []byte {
	b := t.tx.Bucket(bucketName(bucket))
	if b == nil {
		return nil
	}
	v := b.Get([]byte(key))
	if v == nil {
		return nil
	}
	return append([]byte(nil), v...)
}

func (t boltTx) Put(bucket, key string, val []byte) error {
	b, err := t.tx.CreateBucketIfNotExists(bucketName(bucket))
	if err != nil {
		return err
	}
	return b.Put([]byte(key), val)
}

func (t boltTx) Delete(bucket, key string) error {
	b := t.tx.Bucket(bucketName(bucket))
	if b == nil {
		return nil
	}
	return b.Delete([]byte(key))
}

func (t boltTx) ForEach(bucket, prefix string, fn func(string, []byte) error) error {
	b := t.tx.Bucket(bucketName(bucket))
	if b == nil {
		return nil
	}
	c := b.Cursor()
	p := []byte(prefix)
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		if err := fn(string(k), append([]byte(nil), v...)); err != nil {
			return err
		}
	}
	return nil
}
