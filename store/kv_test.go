package store_test

import (
	"context"
	"encoding/binary"
	"path/filepath"
	"testing"

	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/store"
)

// A space that only grows at its end (the transparency log's hashes) is packed: its pages hold
// about what its keys and values take, not twice that, as bbolt's default half fill left them
// when the journal moved behind kv.DB.
func TestKVPacksAppendOnlySpaces(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const txs, per = 200, 100
	for i := range txs {
		err := db.KV().Update(context.Background(), func(tx kv.Tx) error {
			for j := range per {
				var h [32]byte
				h[0] = byte(j)
				if err := tx.Put("test.hashes", binary.BigEndian.AppendUint64(nil, uint64(i*per+j)), h[:]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	u, err := db.Usage()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range u.Buckets {
		if b.Name != "test.hashes" {
			continue
		}
		packed := b.Bytes + 16*int64(b.Keys) // bbolt's 16-byte element header per key
		if b.Keys != txs*per || float64(b.Pages) > 1.25*float64(packed) {
			t.Errorf("%d keys, %d bytes (%d packed) in %d bytes of pages: want pages within 1.25× of packed", b.Keys, b.Bytes, packed, b.Pages)
		}
		return
	}
	t.Fatal("no test.hashes bucket in the usage")
}
