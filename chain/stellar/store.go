package stellar

import (
	"bytes"
	"context"

	"github.com/souqchain/souq/kv"
)

// The loyalty program keeps its intents, transactions, stamps, vouchers and programs in souq's
// store through the kv port, in spaces named "stellar/<bucket>" — the names of the bbolt buckets
// it kept before, so a souq.db written then reads as it is. Keys are strings; the values and their
// versions are written down in encoding.go.

// space is the kv space of one of the program's buckets.
func space(bucket string) string { return "stellar/" + bucket }

// storeTx is a kv transaction seen as the program's buckets with string keys.
type storeTx struct{ tx kv.Tx }

func (t storeTx) Get(bucket, key string) []byte { return t.tx.Get(space(bucket), []byte(key)) }

func (t storeTx) Put(bucket, key string, val []byte) error {
	return t.tx.Put(space(bucket), []byte(key), val)
}

func (t storeTx) Delete(bucket, key string) error { return t.tx.Delete(space(bucket), []byte(key)) }

// ForEach calls fn for the keys with the prefix, in key order, until fn returns an error. val is
// valid only during the call, and fn must not write to the bucket it walks.
func (t storeTx) ForEach(bucket, prefix string, fn func(key string, val []byte) error) error {
	p := []byte(prefix)
	return t.tx.Ascend(space(bucket), p, func(k, v []byte) error {
		if !bytes.HasPrefix(k, p) {
			return kv.ErrStop
		}
		return fn(string(k), v)
	})
}

func (s *Service) view(ctx context.Context, fn func(storeTx) error) error {
	return s.store.View(ctx, func(tx kv.Tx) error { return fn(storeTx{tx}) })
}

func (s *Service) update(ctx context.Context, fn func(storeTx) error) error {
	return s.store.Update(ctx, func(tx kv.Tx) error { return fn(storeTx{tx}) })
}
