// Package kv is the port through which souq's adapters keep their own records — the sender's
// transactions, the transparency log's hashes and checkpoints, the custodial wallet book, the
// Stellar adapter's program state, the watchers' cursors: a transactional, ordered key-value
// database of named spaces. Each adapter owns its spaces and the encoding of what it puts there
// (versioned, with golden tests of the bytes, in the adapter); store/ implements the port on the
// same bbolt file as the domain's records, and storetest holds any implementation to it.
//
// It is a port in the style of go-ethereum's ethdb: the domain's own records go through the typed
// ports of package souq; the adapters' records, which the domain never reads, go through this one,
// so moving souq to another database means implementing souq's ports and this one, in one place.
package kv

import (
	"context"
	"errors"
)

// DB is a transactional key-value database. Every method checks ctx before it starts.
type DB interface {
	// View runs fn in a read-only transaction: a consistent snapshot.
	View(ctx context.Context, fn func(Tx) error) error
	// Update runs fn in a read-write transaction. Its writes commit together, durably, when fn
	// returns nil; none of them do when fn returns an error or panics.
	Update(ctx context.Context, fn func(Tx) error) error
	// Batch is Update that may share its commit with concurrent Batch calls (a group commit), for
	// writers that are many and small. fn may run more than once — when another call of the same
	// group fails, the others run again — so it must set its outputs from scratch each time.
	Batch(ctx context.Context, fn func(Tx) error) error
}

// Tx is one transaction. Keys are ordered bytewise within a space; a space exists once something is
// put in it, and reading a space that does not exist finds nothing.
type Tx interface {
	// Get returns a copy of the value of key, or nil when there is none.
	Get(space string, key []byte) []byte
	// Put sets key to value (a nil value stores an empty one). In a read-only transaction it
	// returns ErrReadOnly.
	Put(space string, key, value []byte) error
	// Delete removes key; removing a missing key is not an error. In a read-only transaction it
	// returns ErrReadOnly.
	Delete(space string, key []byte) error
	// Ascend calls fn for every key ≥ from (nil: from the first), in ascending order, until fn
	// returns an error; ErrStop ends the walk without one. The slices fn gets are valid only during
	// the call, and fn must not write to the space it walks.
	Ascend(space string, from []byte, fn func(key, value []byte) error) error
	// Descend calls fn for every key < before (nil: from the last), in descending order, with
	// Ascend's rules.
	Descend(space string, before []byte, fn func(key, value []byte) error) error
}

var (
	// ErrStop, returned by a walk's fn, ends the walk; Ascend and Descend then return nil.
	ErrStop = errors.New("kv: stop walking")
	// ErrReadOnly is returned by a write in a View.
	ErrReadOnly = errors.New("kv: write in a read-only transaction")
)
