// Package store is souq's bbolt database: one file holding the webhook inbox, the per-chat
// dialogue state and (added by later migrations) orders, the outbox and the event journal.
//
// Writes that sit on a request path (recording an inbound webhook before answering 200) go
// through a group committer: concurrent callers queue, one writer goroutine commits everything
// queued in a single transaction, which shares its fdatasyncs. Under load a commit carries many
// requests, so throughput grows with concurrency while each caller still returns only once its
// data is on disk.
// Under load the writer may also wait a moment before committing, for more requests to join, as
// PostgreSQL's commit_delay does: each commit costs two fdatasyncs and its page writes whatever it
// carries, so fewer, fuller commits leave more time and CPU for the requests. But waiting only
// adds latency when the load is light, or when a few callers each wait for their commit before
// sending more. Rather than guess which case holds, the writer measures it (commitTuner): it
// commits a short while each way and keeps whichever committed more. bbolt's DB.Batch, which
// always waits, can stand in for the writer (withBoltBatch): the README's "WhatsApp webhook"
// section compares the two on the webhook's load.
package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrClosed is returned by writes after Close.
var ErrClosed = errors.New("store: closed")

var bucketMeta = []byte("meta")

var keySchemaVersion = []byte("schema_version")

// Migration is one step of the schema. Migrations run in order, each in its own transaction,
// and the schema version (the number of applied migrations) is stored in the meta bucket in the
// same transaction, so a crash leaves the schema at a whole step.
type Migration struct {
	Name string
	Up   func(tx *bolt.Tx) error
}

// migrations is the schema history. Append only: never edit or reorder a released step.
var migrations = []Migration{
	{Name: "inbox and chats", Up: func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketInboxKeys, bucketInboxEntries, bucketInboxData, bucketInboxPending, bucketChats, bucketSent} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}},
	{Name: "media", Up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketMedia)
		return err
	}},
	{Name: "orders, outbox and journal", Up: migrateSales},
	// Step 1 only gained inbox.data after some dev files were created; this adds it to those (idempotent).
	{Name: "inbox data bucket", Up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketInboxData)
		return err
	}},
	{Name: "one journal: the transparency log's numbering and hash", Up: migrateJournalV2},
	{Name: "outbox open index and kinds in the due index", Up: migrateOutboxOpen},
	{Name: "couriers named by merchants", Up: func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketCouriers)
		return err
	}},
	{Name: "custodial wallets' owners", Up: migrateWallets},
	// Records from before have no age: they count from the upgrade (the wall clock's, as a
	// migration has no other).
	{Name: "age indexes for pruning", Up: func(tx *bolt.Tx) error { return migratePruneIndexes(time.Now().UTC())(tx) }},
	{Name: "order indexes: users' active orders, order ids by user, deadlines", Up: migrateOrderIndexes},
	{Name: "merchants' payout totals, from the journal", Up: migratePayouts},
}

// DB is the open database.
type DB struct {
	bolt *bolt.DB
	now  func() time.Time

	reqs        chan *commitReq
	maxBatch    int
	commitDelay time.Duration
	commits     atomic.Uint64 // group commits written (benchmarks report commit sizes)
	pendingKeys *pendingKeyIndex
	boltBatch   bool           // group commits through bbolt's DB.Batch, not the writer (A/B benchmark)
	batchTx     *bolt.Tx       // the Batch transaction pendingKeys is staged for
	batchFailed bool           // one of batchTx's fns failed: bbolt rolls it back
	inflight    sync.WaitGroup // Batch calls under way (Close waits for them)
	quit        chan struct{}
	wg          sync.WaitGroup
	closeMu     sync.RWMutex
	closed      bool
}

type options struct {
	noSync      bool
	maxBatch    int
	commitDelay time.Duration
	now         func() time.Time
	timeout     time.Duration
	boltBatch   bool
}

// Option configures Open.
type Option func(*options)

// WithNoSync turns fsync off. Only for tests that do not measure durability: an unsynced
// inbox can lose acknowledged webhooks on power loss.
func WithNoSync() Option { return func(o *options) { o.noSync = true } }

// WithMaxBatch bounds how many queued writes one group commit carries (default 2048).
func WithMaxBatch(n int) Option { return func(o *options) { o.maxBatch = n } }

// WithCommitDelay bounds how long a commit waits for more requests to join it when waiting pays
// (default 2 ms; 0 never waits).
func WithCommitDelay(d time.Duration) Option { return func(o *options) { o.commitDelay = d } }

// withBoltBatch makes group commits go through bbolt's DB.Batch (MaxBatchSize and MaxBatchDelay
// from WithMaxBatch and WithCommitDelay) instead of the tuned writer: the benchmarks' A/B.
func withBoltBatch() Option { return func(o *options) { o.boltBatch = true } }

// WithClock sets the clock used for timestamps (tests).
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// Open opens (creating if needed) the database at path and brings its schema up to date.
func Open(path string, opts ...Option) (*DB, error) {
	o := options{maxBatch: 2048, commitDelay: 2 * time.Millisecond, now: time.Now, timeout: 5 * time.Second}
	for _, f := range opts {
		f(&o)
	}
	// The freelist is rebuilt on open instead of written on every commit, and kept as a map:
	// both cut the per-commit cost of an insert-heavy inbox.
	b, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.timeout, NoSync: o.noSync, NoFreelistSync: true, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	b.MaxBatchSize, b.MaxBatchDelay = o.maxBatch, o.commitDelay
	db := &DB{bolt: b, now: o.now, reqs: make(chan *commitReq, 4096), maxBatch: o.maxBatch,
		commitDelay: o.commitDelay, boltBatch: o.boltBatch, quit: make(chan struct{})}
	if err := db.migrate(migrations); err != nil {
		_ = b.Close()
		return nil, err
	}
	if err := db.reloadPendingKeys(); err != nil {
		_ = b.Close()
		return nil, err
	}
	if !db.boltBatch {
		db.wg.Add(1)
		go db.writer()
	}
	return db, nil
}

// Commits returns how many group commits have been written since Open (write load divided by
// this is the mean commit size).
func (db *DB) Commits() uint64 { return db.commits.Load() }

// PagesWritten counts the pages written since Open: a read path that writes nothing keeps it
// still (tests hold the "a known customer is a read" rules to it).
func (db *DB) PagesWritten() int64 { st := db.bolt.Stats(); return st.TxStats.GetWrite() }

// Walk calls fn for every key of every bucket (space), in order, in one read transaction: for
// tests that compare the whole state before and after a request that must change nothing.
func (db *DB) Walk(fn func(space string, key, value []byte) error) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walkBucket(string(name), b, fn) })
	})
}

func walkBucket(space string, b *bolt.Bucket, fn func(space string, key, value []byte) error) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil && b.Bucket(k) != nil {
			return walkBucket(space+"/"+string(k), b.Bucket(k), fn)
		}
		return fn(space, k, v)
	})
}

// Close stops the group committer (after it finishes the queued writes) and closes the file.
func (db *DB) Close() error {
	db.closeMu.Lock()
	if db.closed {
		db.closeMu.Unlock()
		return nil
	}
	db.closed = true
	close(db.quit)
	db.closeMu.Unlock()
	db.wg.Wait()
	db.inflight.Wait()
	return db.bolt.Close()
}

// SchemaVersion returns the number of migrations applied.
func (db *DB) SchemaVersion() (int, error) {
	var v int
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v = readVersion(tx)
		return nil
	})
	return v, err
}

func readVersion(tx *bolt.Tx) int {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		return 0
	}
	raw := b.Get(keySchemaVersion)
	if len(raw) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(raw))
}

// ErrSchemaTooNew is returned when the file was written by a newer souq.
var ErrSchemaTooNew = errors.New("store: schema is newer than this binary")

func (db *DB) migrate(ms []Migration) error {
	var have int
	if err := db.bolt.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bucketMeta); err != nil {
			return err
		}
		have = readVersion(tx)
		return nil
	}); err != nil {
		return fmt.Errorf("store: meta: %w", err)
	}
	if have > len(ms) {
		return fmt.Errorf("store: file at version %d, binary knows %d: %w", have, len(ms), ErrSchemaTooNew)
	}
	for i := have; i < len(ms); i++ {
		m := ms[i]
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			if err := m.Up(tx); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put(keySchemaVersion, u64(uint64(i+1)))
		})
		if err != nil {
			return fmt.Errorf("store: migration %d (%s): %w", i+1, m.Name, err)
		}
	}
	return nil
}

// commitReq is one caller's share of a group commit.
type commitReq struct {
	fn   func(tx *bolt.Tx) error
	done chan error
}

// group runs fn inside the next group commit and returns once that commit is durable. fn must
// not keep references to tx, and must set its outputs from scratch each time it runs: when another
// request in the same group fails, the transaction is rolled back and the others run again.
func (db *DB) group(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	db.closeMu.RLock()
	if db.closed {
		db.closeMu.RUnlock()
		return ErrClosed
	}
	if db.boltBatch {
		db.inflight.Add(1)
		db.closeMu.RUnlock()
		return db.batch(ctx, fn)
	}
	r := &commitReq{fn: fn, done: make(chan error, 1)}
	select {
	case db.reqs <- r:
	case <-ctx.Done():
		db.closeMu.RUnlock()
		return ctx.Err()
	}
	db.closeMu.RUnlock()
	select {
	case err := <-r.done:
		return err
	case <-ctx.Done():
		// The write may still commit; callers treat this as "unknown" and rely on idempotency.
		return ctx.Err()
	}
}

// batch runs fn through bbolt's DB.Batch. bbolt serialises its transactions, so the pending-key
// index is staged per transaction as the writer stages it; what decides the staging's fate is
// known at the next transaction's first fn: bbolt rolls back a transaction whose fn failed, and
// commits one whose fns all succeeded (a commit that fails instead is caught below, and the
// index re-read). bbolt's commit hooks run only after its lock is released, too late for this.
func (db *DB) batch(ctx context.Context, fn func(tx *bolt.Tx) error) error {
	done := make(chan error, 1)
	go func() {
		defer db.inflight.Done()
		fnFailed := false
		err := db.bolt.Batch(func(tx *bolt.Tx) error {
			if db.batchTx != tx {
				if db.batchFailed {
					db.pendingKeys.begin()
				} else {
					db.pendingKeys.apply()
				}
				db.batchTx, db.batchFailed = tx, false
				tx.OnCommit(func() { db.commits.Add(1) })
			}
			err := fn(tx)
			fnFailed = err != nil
			db.batchFailed = db.batchFailed || fnFailed
			return err
		})
		if err != nil && !fnFailed {
			// The commit failed (disk full, I/O error) and may have left the file either way:
			// re-read the index, serialised with the batches that use it.
			_ = db.bolt.Update(db.loadPendingKeys)
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		// The write may still commit; callers treat this as "unknown" and rely on idempotency.
		return ctx.Err()
	}
}

func (db *DB) writer() {
	defer db.wg.Done()
	batch := make([]*commitReq, 0, db.maxBatch)
	delay := time.NewTimer(time.Hour)
	delay.Stop()
	tune := commitTuner{trial: 50 * time.Millisecond, keep: time.Second}
	for {
		var first *commitReq
		select {
		case first = <-db.reqs:
		case <-db.quit:
			// Drain what is queued so no acknowledged caller is left hanging.
			for {
				select {
				case r := <-db.reqs:
					db.commit([]*commitReq{r})
				default:
					return
				}
			}
		}
		batch = append(batch[:0], first)
	drain:
		for len(batch) < db.maxBatch {
			select {
			case r := <-db.reqs:
				batch = append(batch, r)
			default:
				break drain
			}
		}
		if db.commitDelay > 0 && tune.waiting(time.Now()) {
			delay.Reset(db.commitDelay)
		gather:
			for len(batch) < db.maxBatch {
				select {
				case r := <-db.reqs:
					batch = append(batch, r)
				case <-delay.C:
					break gather
				}
			}
			delay.Stop()
		}
		db.commit(batch)
		tune.committed(len(batch))
	}
}

// commitTuner decides whether loaded commits wait for fuller batches by trying both: a trial
// without waiting, a trial with, then the winner is kept for a while and the trials run again.
// Waiting has to commit at least 10% more to win, so equal results keep latency low. When the
// commits without waiting carry fewer than minTrialBatch requests on average, the load is light
// and waiting is not even tried.
type commitTuner struct {
	trial, keep time.Duration
	phase       int // tunerTrialNoWait, tunerTrialWait, tunerKeep
	since       time.Time
	count       int      // requests committed in this phase
	commits     int      // commits in this phase
	trials      [2]int64 // requests committed per second in each trial (wait = 1)
	wait        bool     // the choice kept
}

const minTrialBatch = 4

const (
	tunerTrialNoWait = iota
	tunerTrialWait
	tunerKeep
)

// waiting reports whether the commit starting now should wait for more requests, moving to the
// next phase when this one is over.
func (t *commitTuner) waiting(now time.Time) bool {
	length := t.keep
	if t.phase != tunerKeep {
		length = t.trial
	}
	switch elapsed := now.Sub(t.since); {
	case t.since.IsZero() || elapsed > 4*length && t.phase != tunerKeep:
		// First use, or a trial stretched by an idle spell says nothing: start over.
		t.phase, t.since, t.count, t.commits = tunerTrialNoWait, now, 0, 0
	case elapsed >= length:
		next := (t.phase + 1) % 3
		switch t.phase {
		case tunerTrialNoWait:
			t.trials[tunerTrialNoWait] = int64(t.count) * int64(time.Second) / int64(elapsed)
			if t.count < minTrialBatch*t.commits {
				next, t.wait = tunerKeep, false // light load: nothing to gain
			}
		case tunerTrialWait:
			t.trials[tunerTrialWait] = int64(t.count) * int64(time.Second) / int64(elapsed)
			t.wait = t.trials[tunerTrialWait]*100 >= t.trials[tunerTrialNoWait]*110
		}
		t.phase, t.since, t.count, t.commits = next, now, 0, 0
	}
	switch t.phase {
	case tunerTrialNoWait:
		return false
	case tunerTrialWait:
		return true
	}
	return t.wait
}

// committed counts a commit and the requests it carried.
func (t *commitTuner) committed(n int) { t.count, t.commits = t.count+n, t.commits+1 }

// commit runs the batch in one transaction. If one request's fn fails, the transaction is rolled
// back, that request gets its error, and the rest are committed again without it.
func (db *DB) commit(batch []*commitReq) {
	db.commits.Add(1)
	for len(batch) > 0 {
		failed := -1
		var ferr error
		err := db.bolt.Update(func(tx *bolt.Tx) error {
			db.pendingKeys.begin()
			for i, r := range batch {
				if err := r.fn(tx); err != nil {
					failed, ferr = i, err
					return err
				}
			}
			return nil
		})
		if failed < 0 {
			if err == nil {
				db.pendingKeys.apply()
			} else {
				// A failed commit (disk full, I/O error) may leave the file either way: re-read it
				// (if even that fails, the index stays as it was before this commit).
				_ = db.reloadPendingKeys()
			}
			for _, r := range batch {
				r.done <- err
			}
			return
		}
		batch[failed].done <- ferr
		batch = append(batch[:failed:failed], batch[failed+1:]...)
	}
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}
