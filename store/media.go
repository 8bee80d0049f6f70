package store

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucketMedia holds photos received as evidence (delivery proofs, dispute photos), keyed by
// their sha256: the chain only ever sees the hash, so the preimage must stay here for auditors.
var bucketMedia = []byte("media")

// ErrHashMismatch is returned when stored bytes do not hash to their key.
var ErrHashMismatch = errors.New("store: media bytes do not match their sha256")

type mediaRecord struct {
	MimeType string `json:"mime_type"`
	Bytes    []byte `json:"bytes"`
}

// PutMedia stores bytes under their sha256 (idempotent).
func (db *DB) PutMedia(ctx context.Context, sum [32]byte, mimeType string, b []byte) error {
	if sha256.Sum256(b) != sum {
		return ErrHashMismatch
	}
	raw, err := json.Marshal(mediaRecord{MimeType: mimeType, Bytes: b})
	if err != nil {
		return err
	}
	err = db.group(ctx, func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketMedia)
		if bk.Get(sum[:]) != nil {
			return nil
		}
		return bk.Put(sum[:], raw)
	})
	if err != nil {
		return fmt.Errorf("store: put media: %w", err)
	}
	return nil
}

// Media returns stored bytes and their mime type.
func (db *DB) Media(ctx context.Context, sum [32]byte) ([]byte, string, bool, error) {
	var rec mediaRecord
	var found bool
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMedia).Get(sum[:])
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &rec)
	})
	if err != nil {
		return nil, "", false, fmt.Errorf("store: media: %w", err)
	}
	return rec.Bytes, rec.MimeType, found, ctx.Err()
}
