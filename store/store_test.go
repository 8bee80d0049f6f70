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
