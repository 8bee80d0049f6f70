package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/souqchain/souq"
)

// Idempotency-Key, as Stripe documents it (https://docs.stripe.com/api/idempotent_requests):
//
//   - A POST or PUT may carry a key of 1 to MaxIdempotencyKey characters; a longer or empty one is
//     refused with 400 idempotency_key_invalid (never ignored, which would turn a retry into a
//     duplicate).
//   - The first request with a key binds the key (per merchant) to that request: its method, path
//     and body as decoded (so whitespace and key order do not matter). The same key with any other
//     request is refused with 422 idempotency_key_reused and nothing is done.
//   - The same request again returns the result recorded the first time (the service keeps it
//     under the key), not a fresh one.
//   - Keys expire with the store's processed ids, after 8 days (store.DefaultRetention; Stripe
//     prunes after 24 hours); GET requests ignore the header, as Stripe's do. The arbiter's
//     routes refuse it: they are not replayable by key.

// MaxIdempotencyKey is the longest Idempotency-Key accepted.
const MaxIdempotencyKey = 128

// ErrKeyReused is an Idempotency-Key sent again with a different request.
var ErrKeyReused = errors.New("Idempotency-Key already used with a different request")

// Keys binds idempotency keys to the request they first came with.
type Keys interface {
	// Bind records fingerprint under key the first time; afterwards it returns nil for the same
	// fingerprint and ErrKeyReused for any other.
	Bind(ctx context.Context, key string, fingerprint [32]byte) error
}

// StoreKeys keeps the bindings in the sale store, next to the results they guard.
type StoreKeys struct{ Store souq.Store }

// Bind implements Keys in one store transaction, so two racing first uses bind once.
func (k StoreKeys) Bind(ctx context.Context, key string, fp [32]byte) error {
	return k.Store.Update(ctx, func(tx souq.Tx) error {
		raw, ok, err := tx.Processed("idem/" + key)
		if err != nil {
			return err
		}
		if ok {
			if !bytes.Equal(raw, fp[:]) {
				return ErrKeyReused
			}
			return nil
		}
		return tx.MarkProcessed("idem/"+key, fp[:])
	})
}

// fingerprint names a request: method, path and the decoded body re-encoded (canonical).
func fingerprint(method, path string, body any) ([32]byte, error) {
	var canon []byte
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return [32]byte{}, fmt.Errorf("fingerprint: %w", err)
		}
		canon = b
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%d\n", method, path, len(canon))
	h.Write(canon)
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out, nil
}
