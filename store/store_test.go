package store

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func openTest(t *testing.T, opts ...Option) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "souq.db")
	db, err := Open(path, append([]Option{WithNoSync()}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db, path
}

func TestSchemaVersionAndReopen(t *testing.T) {
	t.Parallel()
	db, path := openTest(t)
	v, err := db.SchemaVersion()
	if err != nil || v != len(migrations) {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, len(migrations))
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// A newer binary's migration runs once, on the next open.
	var runs int
	more := append(append([]Migration(nil), migrations...), Migration{Name: "test", Up: func(tx *bolt.Tx) error {
		runs++
		_, err := tx.CreateBucketIfNotExists([]byte("test"))
		return err
	}})
	for i := 0; i < 2; i++ {
		b, err := bolt.Open(path, 0o600, nil)
		if err != nil {
			t.Fatal(err)
		}
		db2 := &DB{bolt: b}
		if err := db2.migrate(more); err != nil {
			t.Fatal(err)
		}
		if v, _ := db2.SchemaVersion(); v != len(more) {
			t.Fatalf("version %d, want %d", v, len(more))
		}
		_ = b.Close()
	}
	if runs != 1 {
		t.Fatalf("migration ran %d times, want 1", runs)
	}
	// The older binary refuses the newer file instead of corrupting it.
	if _, err := Open(path); !errors.Is(err, ErrSchemaTooNew) {
		t.Fatalf("Open(newer file) = %v, want ErrSchemaTooNew", err)
	}
}

func TestInboxDedupeConcurrent(t *testing.T) {
	t.Parallel()
	db, _ := openTest(t)
	ctx := context.Background()
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// Every goroutine delivers the same two messages plus one of its own.
			n, err := db.InboxAppend(ctx, []Envelope{
				{Key: "m:wamid.A", Chat: "1", Data: []byte("a")},
				{Key: "m:wamid.B", Chat: "2", Data: []byte("b")},
				{Key: fmt.Sprintf("m:own.%d", i), Chat: "3", Data: []byte("c")},
				{Key: fmt.Sprintf("m:own.%d", i), Chat: "3", Data: []byte("c")},
			})
			if err != nil {
				t.Error(err)
			}
			total.Add(int64(n))
		}(i)
	}
	wg.Wait()
	if got := total.Load(); got != 66 {
		t.Fatalf("added %d, want 66", got)
	}
	p, err := db.InboxPending(ctx, 1000)
	if err != nil || len(p) != 66 {
		t.Fatalf("pending %d, %v", len(p), err)
	}
	for i := 1; i < len(p); i++ {
		if p[i].Seq <= p[i-1].Seq {
			t.Fatal("pending not in arrival order")
		}
	}
}

// A retry that arrives while the first copy is still pending is a duplicate too, also after a
// restart (the pending keys are rebuilt from the file), and a finished key stays one.
func TestInboxDedupePendingAcrossRestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "souq.db")
	db, err := Open(path, WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := db.InboxAppend(ctx, []Envelope{{Key: "m:a", Chat: "c"}, {Key: "m:b", Chat: "c"}}); n != 2 || err != nil {
		t.Fatalf("first append = %d, %v", n, err)
	}
	if n, _ := db.InboxAppend(ctx, []Envelope{{Key: "m:a", Chat: "c"}}); n != 0 {
		t.Fatal("pending message accepted again")
	}
	p, _ := db.InboxPending(ctx, 10)
	if err := db.InboxFinish(ctx, []InboxResult{{Seq: p[0].Seq}}); err != nil {
		t.Fatal(err)
	}
	_ = db.Close()
	db, err = Open(path, WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, err := db.InboxAppend(ctx, []Envelope{{Key: "m:a", Chat: "c"}, {Key: "m:b", Chat: "c"}, {Key: "m:c", Chat: "c"}})
	if n != 1 || err != nil {
		t.Fatalf("after restart: %d new (want only m:c), %v", n, err)
	}
	if p, _ := db.InboxPending(ctx, 10); len(p) != 2 || p[0].Key != "m:b" || p[1].Key != "m:c" {
		t.Fatalf("pending after restart = %+v", p)
	}
	if n, err := db.InboxPendingCount(); n != 2 || err != nil {
		t.Fatalf("InboxPendingCount = %d, %v; want 2", n, err)
	}
	if e, ok, _ := db.InboxGet("m:b"); !ok || e.State != InboxPending {
		t.Fatalf("InboxGet(pending m:b) = %+v, %v", e, ok)
	}
}

// Transactions that roll back (another request in the same group commit failed) leave no trace
// in the pending keys: every key lands exactly once, and a later copy of each is refused.
func TestInboxDedupeSurvivesRollbacks(t *testing.T) {
	t.Parallel()
	db, path := openTest(t)
	ctx := context.Background()
	errBoom := errors.New("boom")
	const keys = 200
	var wg sync.WaitGroup
	var added atomic.Int64
	for i := 0; i < keys; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			n, err := db.InboxAppend(ctx, []Envelope{{Key: fmt.Sprintf("m:%d", i), Chat: "c"}, {Key: fmt.Sprintf("m:%d", i%7), Chat: "c"}})
			if err != nil {
				t.Error(err)
			}
			added.Add(int64(n))
		}(i)
		go func() {
			defer wg.Done()
			err := db.group(ctx, func(tx *bolt.Tx) error {
				if err := tx.Bucket(bucketInboxPending).Put(u64(1<<60), nil); err != nil {
					return err
				}
				return errBoom // rolls the whole group back; the others run again without this one
			})
			if !errors.Is(err, errBoom) {
				t.Errorf("failing request: %v", err)
			}
		}()
	}
	wg.Wait()
	if got := added.Load(); got != keys {
		t.Fatalf("added %d, want %d", got, keys)
	}
	if n, _ := db.InboxAppend(ctx, []Envelope{{Key: "m:5"}, {Key: "m:150"}}); n != 0 {
		t.Fatalf("copies accepted after rollbacks: %d", n)
	}
	p, _ := db.InboxPending(ctx, 2*keys)
	if len(p) != keys {
		t.Fatalf("pending %d, want %d", len(p), keys)
	}
	// The index in memory matches the one rebuilt from the file.
	rebuilt := &DB{bolt: db.bolt}
	if err := rebuilt.reloadPendingKeys(); err != nil {
		t.Fatal(err)
	}
	if len(rebuilt.pendingKeys.keys) != keys || len(db.pendingKeys.keys) != keys {
		t.Fatalf("pending keys: %d in memory, %d in %s", len(db.pendingKeys.keys), len(rebuilt.pendingKeys.keys), path)
	}
}

func TestInboxPendingSurvivesRestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "souq.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.InboxAppend(ctx, []Envelope{{Key: "m:1", Chat: "c", Data: []byte(`{"x":1}`)}, {Key: "m:2", Chat: "c"}, {Key: "m:3", Chat: "c"}}); err != nil {
		t.Fatal(err)
	}
	p, _ := db.InboxPending(ctx, 10)
	if err := db.InboxFinish(ctx, []InboxResult{{Seq: p[0].Seq}, {Seq: p[1].Seq, Err: errors.New("boom")}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.InboxAppend(ctx, []Envelope{{Key: "m:4"}}); !errors.Is(err, ErrClosed) {
		t.Fatalf("append after close: %v", err)
	}
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err = db.InboxPending(ctx, 10)
	if err != nil || len(p) != 1 || p[0].Key != "m:3" {
		t.Fatalf("pending after restart = %+v, %v", p, err)
	}
	e, ok, err := db.InboxGet("m:2")
	if err != nil || !ok || e.State != InboxFailed || e.Error != "boom" {
		t.Fatalf("InboxGet(m:2) = %+v %v %v", e, ok, err)
	}
	e, ok, _ = db.InboxGet("m:1")
	if !ok || e.State != InboxDone || string(e.Data) != `{"x":1}` {
		t.Fatalf("InboxGet(m:1) = %+v", e)
	}
	// A retry of a processed message is still a duplicate.
	if n, _ := db.InboxAppend(ctx, []Envelope{{Key: "m:1"}}); n != 0 {
		t.Fatal("processed message accepted again")
	}
}

func TestInboxRejectsEmptyKeyWithoutHurtingOthers(t *testing.T) {
	t.Parallel()
	db, _ := openTest(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 20)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("m:%d", i)
			if i%5 == 0 {
				key = ""
			}
			_, errs[i] = db.InboxAppend(ctx, []Envelope{{Key: key}})
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if (i%5 == 0) != (err != nil) {
			t.Errorf("request %d: err = %v", i, err)
		}
	}
	if p, _ := db.InboxPending(ctx, 100); len(p) != 16 {
		t.Fatalf("pending %d, want 16", len(p))
	}
}

func TestInboxPrune(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	db, _ := openTest(t, WithClock(func() time.Time { return now }))
	ctx := context.Background()
	_, _ = db.InboxAppend(ctx, []Envelope{{Key: "old-done"}, {Key: "old-pending"}})
	p, _ := db.InboxPending(ctx, 10)
	_ = db.InboxFinish(ctx, []InboxResult{{Seq: p[0].Seq}})
	now = now.Add(10 * 24 * time.Hour)
	_, _ = db.InboxAppend(ctx, []Envelope{{Key: "new"}})
	n, err := db.InboxPrune(ctx, now.Add(-8*24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("pruned %d, %v", n, err)
	}
	if _, ok, _ := db.InboxGet("old-done"); ok {
		t.Fatal("old processed entry kept")
	}
	if _, ok, _ := db.InboxGet("old-pending"); !ok {
		t.Fatal("pending entry pruned")
	}
}

func TestUpdateChat(t *testing.T) {
	t.Parallel()
	db, _ := openTest(t)
	ctx := context.Background()
	if v, err := db.Chat(ctx, "1"); v != nil || err != nil {
		t.Fatalf("new chat = %q, %v", v, err)
	}
	for i := 0; i < 3; i++ {
		if err := db.UpdateChat(ctx, "1", func(old []byte) ([]byte, error) { return append(old, 'x'), nil }); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := db.Chat(ctx, "1"); string(v) != "xxx" {
		t.Fatalf("chat = %q", v)
	}
	boom := errors.New("boom")
	if err := db.UpdateChat(ctx, "1", func([]byte) ([]byte, error) { return []byte("y"), boom }); !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if v, _ := db.Chat(ctx, "1"); string(v) != "xxx" {
		t.Fatalf("failed update changed state: %q", v)
	}
	_ = db.UpdateChat(ctx, "1", func([]byte) ([]byte, error) { return nil, nil })
	if v, _ := db.Chat(ctx, "1"); v != nil {
		t.Fatal("nil did not delete")
	}
}

func TestSentStatusMonotonic(t *testing.T) {
	t.Parallel()
	db, _ := openTest(t)
	ctx := context.Background()
	at := time.Unix(1750030073, 0)
	_ = db.RecordSent(ctx, SentMessage{ID: "wamid.1", To: "1", Kind: "text"})
	steps := []struct {
		status string
		want   string
	}{{"read", "read"}, {"delivered", "read"}, {"sent", "read"}, {"failed", "failed"}}
	for _, s := range steps {
		if err := db.RecordStatus(ctx, "wamid.1", s.status, at, 131047, "Re-engagement message"); err != nil {
			t.Fatal(err)
		}
		m, _, _ := db.Sent(ctx, "wamid.1")
		if m.Status != s.want {
			t.Fatalf("after %s: status %s, want %s", s.status, m.Status, s.want)
		}
	}
	m, _, _ := db.Sent(ctx, "wamid.1")
	if m.ErrorCode != 131047 || m.To != "1" {
		t.Fatalf("sent = %+v", m)
	}
	// A status for a message we never recorded (sent by another instance) is kept too.
	_ = db.RecordStatus(ctx, "wamid.2", "delivered", at, 0, "")
	if m, ok, _ := db.Sent(ctx, "wamid.2"); !ok || m.Status != "delivered" {
		t.Fatalf("unknown message status = %+v %v", m, ok)
	}
}

func TestMedia(t *testing.T) {
	t.Parallel()
	db, _ := openTest(t)
	ctx := context.Background()
	photo := []byte("jpeg bytes")
	sum := sha256.Sum256(photo)
	if err := db.PutMedia(ctx, sum, "image/jpeg", []byte("other")); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("mismatch accepted: %v", err)
	}
	if err := db.PutMedia(ctx, sum, "image/jpeg", photo); err != nil {
		t.Fatal(err)
	}
	b, mt, ok, err := db.Media(ctx, sum)
	if err != nil || !ok || string(b) != string(photo) || mt != "image/jpeg" {
		t.Fatalf("Media = %q %q %v %v", b, mt, ok, err)
	}
	if _, _, ok, _ := db.Media(ctx, sha256.Sum256(nil)); ok {
		t.Fatal("found missing media")
	}
}

// The tuner keeps whichever way committed more in its trials, prefers not waiting on a tie, and
// starts over after an idle spell.
func TestCommitTuner(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// run drives the tuner with one commit every step carrying perCommit(waiting) requests, for
	// d, and returns how many of those commits waited.
	run := func(tu *commitTuner, now *time.Time, d, step time.Duration, perCommit func(bool) int) (waited, commits int) {
		for end := now.Add(d); now.Before(end); *now = now.Add(step) {
			w := tu.waiting(*now)
			if w {
				waited++
			}
			commits++
			tu.committed(perCommit(w))
		}
		return waited, commits
	}
	tests := []struct {
		name      string
		perCommit func(waiting bool) int
		wantWait  bool
	}{
		{"waiting gathers twice as much", func(w bool) int {
			if w {
				return 20
			}
			return 10
		}, true},
		{"light load: the same either way", func(bool) int { return 1 }, false},
		{"moderate load: the same either way", func(bool) int { return 6 }, false},
		{"waiting gathers only 5% more", func(w bool) int {
			if w {
				return 21
			}
			return 20
		}, false},
		{"closed loop: waiting loses", func(w bool) int {
			if w {
				return 4
			}
			return 16
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tu := commitTuner{trial: 50 * time.Millisecond, keep: time.Second}
			now := start
			// Both trials (100 ms), then well into the kept phase.
			run(&tu, &now, 100*time.Millisecond, time.Millisecond, tt.perCommit)
			waited, commits := run(&tu, &now, 500*time.Millisecond, time.Millisecond, tt.perCommit)
			if got := waited == commits; got != tt.wantWait || (!tt.wantWait && waited != 0) {
				t.Fatalf("kept phase: %d of %d commits waited, want waiting %v", waited, commits, tt.wantWait)
			}
		})
	}
	t.Run("a light load never waits, not even on trial", func(t *testing.T) {
		t.Parallel()
		tu := commitTuner{trial: 50 * time.Millisecond, keep: time.Second}
		now := start
		if waited, _ := run(&tu, &now, 5*time.Second, time.Millisecond, func(bool) int { return 2 }); waited != 0 {
			t.Fatalf("%d commits waited under a light load", waited)
		}
	})
	t.Run("trials again after the kept phase, and after an idle spell", func(t *testing.T) {
		t.Parallel()
		tu := commitTuner{trial: 50 * time.Millisecond, keep: time.Second}
		now := start
		twice := func(w bool) int {
			if w {
				return 20
			}
			return 10
		}
		run(&tu, &now, 1100*time.Millisecond, time.Millisecond, twice)
		if tu.waiting(now) || tu.phase != tunerTrialNoWait {
			t.Fatalf("phase %d after trial and keep, want the no-wait trial again", tu.phase)
		}
		now = now.Add(time.Hour) // idle: the trial stretched over it is worthless
		if tu.waiting(now) || tu.phase != tunerTrialNoWait || !tu.since.Equal(now) {
			t.Fatalf("after an idle hour: phase %d since %v", tu.phase, tu.since)
		}
	})
}
