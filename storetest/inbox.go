package storetest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/souqchain/souq"
)

func env(key, chat, data string) souq.Envelope {
	return souq.Envelope{Key: key, Chat: chat, Data: []byte(data)}
}

func appendInbox(t *testing.T, in Inbox, envs ...souq.Envelope) int {
	t.Helper()
	n, err := in.InboxAppend(context.Background(), envs)
	if err != nil {
		t.Fatalf("inbox append: %v", err)
	}
	return n
}

func pending(t *testing.T, in Inbox) []souq.InboxEntry {
	t.Helper()
	es, err := in.InboxPending(context.Background(), 100)
	if err != nil {
		t.Fatalf("inbox pending: %v", err)
	}
	return es
}

// A key is recorded once: copies within one call and across calls are dropped; entries come
// back oldest first, with their bytes as received, up to limit.
func testInboxDedupe(t *testing.T, s *Subject) {
	if n := appendInbox(t, s.Inbox, env("m:1", "9711", `{"a":1}`), env("m:2", "9712", `{"b":2}`), env("m:1", "9711", `{"copy":1}`)); n != 2 {
		t.Errorf("first append added %d, want 2", n)
	}
	if n := appendInbox(t, s.Inbox, env("m:2", "9712", `{"retry":2}`), env("m:3", "9711", "\x00binary\xff")); n != 1 {
		t.Errorf("second append added %d, want 1 (m:2 is a retry)", n)
	}
	if _, err := s.Inbox.InboxAppend(context.Background(), []souq.Envelope{{Chat: "9711", Data: []byte("x")}}); err == nil {
		t.Error("an envelope without a key was recorded")
	}
	es := pending(t, s.Inbox)
	want := []souq.Envelope{env("m:1", "9711", `{"a":1}`), env("m:2", "9712", `{"b":2}`), env("m:3", "9711", "\x00binary\xff")}
	if len(es) != len(want) {
		t.Fatalf("%d pending, want %d", len(es), len(want))
	}
	for i, w := range want {
		e := es[i]
		if e.Key != w.Key || e.Chat != w.Chat || string(e.Data) != string(w.Data) || e.State != souq.InboxPending || e.ReceivedAt.IsZero() {
			t.Errorf("pending[%d] = %+v, want %s %s %q", i, e, w.Key, w.Chat, w.Data)
		}
		if i > 0 && e.Seq <= es[i-1].Seq {
			t.Errorf("pending not in arrival order: seq %d after %d", e.Seq, es[i-1].Seq)
		}
	}
	if es, err := s.Inbox.InboxPending(context.Background(), 2); err != nil || len(es) != 2 || es[0].Key != "m:1" {
		t.Errorf("limit 2: %d entries, %v", len(es), err)
	}
	// The bytes handed out are the caller's: later writes do not show through.
	data := es[0].Data
	for i := range 30 {
		appendInbox(t, s.Inbox, env("m:fill"+strconv.Itoa(i), "9713", fmt.Sprintf("%0500d", i)))
	}
	if string(data) != `{"a":1}` {
		t.Errorf("data read earlier changed to %q", data)
	}
}

// Copies of one event arriving at once (Meta sends to every webhook instance) are recorded once.
func testInboxConcurrent(t *testing.T, s *Subject) {
	const n = 8
	added := make([]int, n)
	start(n, func(i int) {
		a, err := s.Inbox.InboxAppend(context.Background(), []souq.Envelope{env("m:race", "9711", "x"), env(fmt.Sprintf("m:own%d", i), "9711", "y")})
		if err != nil {
			t.Errorf("copy %d: %v", i, err)
		}
		added[i] = a
	})
	total := 0
	for _, a := range added {
		total += a
	}
	if total != n+1 {
		t.Errorf("%d appends of one shared and one own key added %d, want %d", n, total, n+1)
	}
	races := 0
	for _, e := range pending(t, s.Inbox) {
		if e.Key == "m:race" {
			races++
		}
	}
	if races != 1 {
		t.Errorf("the shared key is pending %d times", races)
	}
}

// Finished entries (done or failed) leave the pending list and their keys stay deduplicated: a
// retry arriving after processing is not processed again.
func testInboxFinish(t *testing.T, s *Subject) {
	appendInbox(t, s.Inbox, env("m:1", "9711", "a"), env("m:2", "9711", "b"), env("m:3", "9712", "c"))
	es := pending(t, s.Inbox)
	if len(es) != 3 {
		t.Fatalf("%d pending", len(es))
	}
	err := s.Inbox.InboxFinish(context.Background(), []souq.InboxResult{{Seq: es[0].Seq}, {Seq: es[2].Seq, Err: errors.New("handler failed")}})
	if err != nil {
		t.Fatal(err)
	}
	left := pending(t, s.Inbox)
	if len(left) != 1 || left[0].Key != "m:2" {
		t.Errorf("pending after finishing m:1 and m:3 = %+v, want m:2", left)
	}
	if n := appendInbox(t, s.Inbox, env("m:1", "9711", "retry"), env("m:3", "9712", "retry"), env("m:2", "9711", "retry")); n != 0 {
		t.Errorf("retries of finished and pending keys added %d, want 0", n)
	}
	// Finishing twice (a runner retrying after an unknown outcome) is harmless.
	if err := s.Inbox.InboxFinish(context.Background(), []souq.InboxResult{{Seq: es[0].Seq}}); err != nil {
		t.Errorf("finishing again: %v", err)
	}
	if n := appendInbox(t, s.Inbox, env("m:1", "9711", "retry")); n != 0 {
		t.Errorf("retry after a second finish added %d", n)
	}
	if left := pending(t, s.Inbox); len(left) != 1 {
		t.Errorf("%d pending after the retries, want 1", len(left))
	}
}

// An entry finished with Retry stays pending with its error recorded, still dedupes its key, and
// is finished later as any other.
func testInboxRetry(t *testing.T, s *Subject) {
	ctx := context.Background()
	appendInbox(t, s.Inbox, env("m:1", "9711", "a"), env("m:2", "9711", "b"))
	es := pending(t, s.Inbox)
	if err := s.Inbox.InboxFinish(ctx, []souq.InboxResult{{Seq: es[0].Seq, Err: errors.New("reply not sent"), Retry: true}, {Seq: es[1].Seq, Retry: true}}); err != nil {
		t.Fatal(err)
	}
	left := pending(t, s.Inbox)
	if len(left) != 2 || left[0].Key != "m:1" || left[0].State != souq.InboxPending || left[0].Error != "reply not sent" || left[1].Error != "" {
		t.Fatalf("after a retry: %+v, want both pending, in order, m:1 with its error", left)
	}
	if n := appendInbox(t, s.Inbox, env("m:1", "9711", "again")); n != 0 {
		t.Errorf("a copy of an entry waiting for its retry was added (%d)", n)
	}
	if err := s.Inbox.InboxFinish(ctx, []souq.InboxResult{{Seq: es[0].Seq}, {Seq: es[1].Seq}}); err != nil {
		t.Fatal(err)
	}
	if left := pending(t, s.Inbox); len(left) != 0 {
		t.Errorf("%d pending after the retried entries finished", len(left))
	}
	// A late Retry of a finished entry changes nothing.
	if err := s.Inbox.InboxFinish(ctx, []souq.InboxResult{{Seq: es[0].Seq, Err: errors.New("late"), Retry: true}}); err != nil {
		t.Fatal(err)
	}
	if left := pending(t, s.Inbox); len(left) != 0 {
		t.Errorf("a Retry after the finish made the entry pending again")
	}
}

// Dialogue state: nil for a new chat, fn sees the stored state, nil deletes it, a failing fn
// changes nothing and its error comes back, and concurrent updates of one chat all count.
func testChats(t *testing.T, s *Subject) {
	ctx := context.Background()
	if got, err := s.Chats.Chat(ctx, "9711"); got != nil || err != nil {
		t.Errorf("new chat = %q, %v", got, err)
	}
	if err := s.Chats.UpdateChat(ctx, "9711", func(old []byte) ([]byte, error) {
		if old != nil {
			t.Errorf("fn got %q for a new chat", old)
		}
		return []byte(`{"lang":"ar"}`), nil
	}); err != nil {
		t.Fatal(err)
	}
	err := s.Chats.UpdateChat(ctx, "9711", func(old []byte) ([]byte, error) { return []byte("half"), errDecision })
	if !errors.Is(err, errDecision) {
		t.Errorf("failing update = %v, want its error wrapped", err)
	}
	if got, _ := s.Chats.Chat(ctx, "9711"); string(got) != `{"lang":"ar"}` {
		t.Errorf("state after a failed update = %q", got)
	}
	const n = 16
	start(n, func(int) {
		err := s.Chats.UpdateChat(ctx, "count", func(old []byte) ([]byte, error) {
			v, _ := strconv.Atoi(string(old))
			return []byte(strconv.Itoa(v + 1)), nil
		})
		if err != nil {
			t.Error(err)
		}
	})
	if got, _ := s.Chats.Chat(ctx, "count"); string(got) != strconv.Itoa(n) {
		t.Errorf("%d concurrent increments left %q", n, got)
	}
	if err := s.Chats.UpdateChat(ctx, "9711", func([]byte) ([]byte, error) { return nil, nil }); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Chats.Chat(ctx, "9711"); got != nil {
		t.Errorf("deleted state = %q", got)
	}
	if got, _ := s.Chats.Chat(ctx, "count"); string(got) != strconv.Itoa(n) {
		t.Errorf("another chat changed: %q", got)
	}
}

// Writes that share a commit with a failing one are not lost or doubled: an implementation
// that batches concurrent writers (group commit) must roll back only the failing one.
func testInboxWithFailingNeighbours(t *testing.T, s *Subject) {
	ctx := context.Background()
	const n = 24
	added := make([]int, n)
	start(n, func(i int) {
		switch i % 3 {
		case 0: // fails after writing
			err := s.Chats.UpdateChat(ctx, "count", func(old []byte) ([]byte, error) { return []byte("999"), errDecision })
			if !errors.Is(err, errDecision) {
				t.Errorf("failing update %d: %v", i, err)
			}
		case 1:
			if err := s.Chats.UpdateChat(ctx, "count", func(old []byte) ([]byte, error) {
				v, _ := strconv.Atoi(string(old))
				return []byte(strconv.Itoa(v + 1)), nil
			}); err != nil {
				t.Errorf("update %d: %v", i, err)
			}
		default: // one key of its own, one shared by all
			a, err := s.Inbox.InboxAppend(ctx, []souq.Envelope{env(fmt.Sprintf("m:%d", i), "9711", "x"), env("m:shared", "9711", "y")})
			if err != nil {
				t.Errorf("append %d: %v", i, err)
			}
			added[i] = a
		}
	})
	total := 0
	for _, a := range added {
		total += a
	}
	if total != n/3+1 {
		t.Errorf("appends added %d, want %d", total, n/3+1)
	}
	if es := pending(t, s.Inbox); len(es) != n/3+1 {
		t.Errorf("%d pending, want %d", len(es), n/3+1)
	}
	if got, _ := s.Chats.Chat(ctx, "count"); string(got) != strconv.Itoa(n/3) {
		t.Errorf("%d increments beside failing updates left %q", n/3, got)
	}
}
