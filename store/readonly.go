package store

import (
	"errors"
	"fmt"
	"io"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/souqchain/souq"
)

// ErrLocked is returned by OpenReadOnly when another process — a running souq — holds the file.
var ErrLocked = errors.New("store: the file is in use by another process")

// ReadOnly is the store's file opened read-only by a tool while no souq runs (souq status, backup,
// store usage): it takes no writer and runs no migration.
type ReadOnly struct{ bolt *bolt.DB }

// OpenReadOnly opens the file at path for reading; ErrLocked (after a second) when a running souq
// holds it.
func OpenReadOnly(path string) (*ReadOnly, error) {
	b, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &ReadOnly{bolt: b}, nil
}

// Close releases the file.
func (r *ReadOnly) Close() error { return r.bolt.Close() }

// ViewSales runs fn on the sale service's records in one read transaction.
func (r *ReadOnly) ViewSales(fn func(souq.Tx) error) error {
	return r.bolt.View(func(tx *bolt.Tx) error { return fn(salesTx{tx, time.Now}) })
}

// WriteTo writes a consistent copy of the whole file to w.
func (r *ReadOnly) WriteTo(w io.Writer) (int64, error) {
	var n int64
	err := r.bolt.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}

// Usage measures every top-level bucket, as DB.Usage does.
func (r *ReadOnly) Usage() (Usage, error) { return boltUsage(r.bolt) }
