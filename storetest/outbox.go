package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// The same intent key enqueued twice is stored once: the first intent stands.
func testEnqueueOnce(t *testing.T, s *Subject) {
	first := newIntent("notify/1", souq.IntentNotify, t0)
	second := newIntent("notify/1", souq.IntentRelease, t0.Add(-time.Hour))
	second.Payload = []byte(`{"second":true}`)
	update(t, s.Sales, func(tx souq.Tx) error {
		if ok, err := tx.Enqueue(first); !ok || err != nil {
			t.Errorf("first enqueue = %v, %v; want true", ok, err)
		}
		return nil
	})
	update(t, s.Sales, func(tx souq.Tx) error {
		if ok, err := tx.Enqueue(second); ok || err != nil {
			t.Errorf("second enqueue = %v, %v; want false", ok, err)
		}
		if _, err := tx.Enqueue(&souq.Intent{Kind: souq.IntentNotify, Status: souq.IntentPending}); err == nil {
			t.Error("an intent without a key was enqueued")
		}
		return nil
	})
	// Even once finished, the key stays taken: the work is not done again.
	finish(t, s.Sales, "notify/1", souq.IntentDone)
	update(t, s.Sales, func(tx souq.Tx) error {
		if ok, err := tx.Enqueue(newIntent("notify/1", souq.IntentNotify, t0)); ok || err != nil {
			t.Errorf("enqueue of a finished key = %v, %v; want false", ok, err)
		}
		return nil
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		in, err := tx.Intent("notify/1")
		if err != nil {
			return err
		}
		if in.Kind != souq.IntentNotify || string(in.Payload) != string(first.Payload) || in.Status != souq.IntentDone {
			t.Errorf("stored intent = %+v, want the first one, done", in)
		}
		if due, _ := tx.DueIntents(t0.Add(time.Hour), 10); len(due) != 0 {
			t.Errorf("due after duplicates of a finished intent: %v", keys(due))
		}
		return nil
	})
}

// Processed keeps a message id's result byte for byte, tells an empty result from none, and
// hands out a copy that stays valid after the transaction.
func testProcessed(t *testing.T, s *Subject) {
	var kept []byte
	update(t, s.Sales, func(tx souq.Tx) error {
		if _, ok, err := tx.Processed("msg/unknown"); ok || err != nil {
			t.Errorf("unknown id: ok %v, err %v", ok, err)
		}
		if err := tx.MarkProcessed("msg/a", []byte(`{"order":"a"}`)); err != nil {
			return err
		}
		return tx.MarkProcessed("msg/empty", nil)
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		raw, ok, err := tx.Processed("msg/a")
		if !ok || err != nil || string(raw) != `{"order":"a"}` {
			t.Errorf("processed = %q, %v, %v", raw, ok, err)
		}
		kept = raw
		if raw, ok, _ := tx.Processed("msg/empty"); !ok || len(raw) != 0 {
			t.Errorf("empty result: %q, ok %v; want recorded and empty", raw, ok)
		}
		return nil
	})
	// Writes after the read (growing the database several times over) must not show through
	// the bytes handed out, nor take them away.
	for i := range 8 {
		update(t, s.Sales, func(tx souq.Tx) error {
			for j := range 64 {
				if err := tx.MarkProcessed(fmt.Sprintf("msg/%03d/%02d", i, j), make([]byte, 8<<10)); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if string(kept) != `{"order":"a"}` {
		t.Errorf("result read earlier changed to %q", kept)
	}
}

// Copies of one message racing (Meta's retries, two workers) act once: each checks Processed
// and records it in the same transaction, as Service.do does, so exactly one decision commits.
func testRacingMessage(t *testing.T, s *Subject) {
	const n = 8
	start(n, func(i int) {
		err := s.Sales.Update(context.Background(), func(tx souq.Tx) error {
			if _, ok, err := tx.Processed("msg/wamid.1"); err != nil || ok {
				return err
			}
			if err := tx.Append(newEvent("order.paid", t0, map[string]string{"copy": fmt.Sprint(i)})); err != nil {
				return err
			}
			return tx.MarkProcessed("msg/wamid.1", []byte(fmt.Sprint(i)))
		})
		if err != nil {
			t.Errorf("copy %d: %v", i, err)
		}
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		evs, err := tx.Events(0, 0)
		if err != nil {
			return err
		}
		if len(evs) != 1 {
			t.Fatalf("%d copies of one message recorded %d events, want 1", n, len(evs))
		}
		raw, _, _ := tx.Processed("msg/wamid.1")
		if evs[0].Fields["copy"] != string(raw) {
			t.Errorf("the recorded result (%s) is not the committed decision's (%s)", raw, evs[0].Fields["copy"])
		}
		return nil
	})
}

var errKeyReused = errors.New("storetest: Idempotency-Key reused")

// bind is server.StoreKeys.Bind: the first request binds the key, any other is refused.
func bind(ctx context.Context, st souq.Store, key string, fp [32]byte) error {
	return st.Update(ctx, func(tx souq.Tx) error {
		raw, ok, err := tx.Processed("idem/" + key)
		if err != nil {
			return err
		}
		if ok {
			if string(raw) != string(fp[:]) {
				return errKeyReused
			}
			return nil
		}
		return tx.MarkProcessed("idem/"+key, fp[:])
	})
}

// An API Idempotency-Key is bound to its first request even when different requests race with
// it: exactly one binds, the same request again passes, every other is refused.
func testAPIKeyBinding(t *testing.T, s *Subject) {
	const n = 8
	errs := make([]error, n)
	start(n, func(i int) { errs[i] = bind(context.Background(), s.Sales, "k1", [32]byte{byte(i + 1)}) })
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner >= 0:
			t.Errorf("requests %d and %d both bound the key", winner, i)
		case err == nil:
			winner = i
		case !errors.Is(err, errKeyReused):
			t.Errorf("request %d: %v", i, err)
		}
	}
	if winner < 0 {
		t.Fatal("no request bound the key")
	}
	if err := bind(context.Background(), s.Sales, "k1", [32]byte{byte(winner + 1)}); err != nil {
		t.Errorf("the first request again: %v", err)
	}
	if err := bind(context.Background(), s.Sales, "k1", [32]byte{byte(winner + 2)}); !errors.Is(err, errKeyReused) {
		t.Errorf("another request with the key: %v, want refused", err)
	}
	if err := bind(context.Background(), s.Sales, "k2", [32]byte{byte(winner + 2)}); err != nil {
		t.Errorf("another key: %v", err)
	}
}

// Due intents come earliest first (ties included, none lost), only when due, at most limit; an
// intent moved later leaves its old place.
func testDueOrder(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error {
		for _, in := range []*souq.Intent{
			newIntent("c", souq.IntentFund, t0.Add(2*time.Second)),
			newIntent("a", souq.IntentFund, t0),
			newIntent("b2", souq.IntentNotify, t0.Add(time.Second)),
			newIntent("b1", souq.IntentNotify, t0.Add(time.Second)), // same time as b2
			newIntent("later", souq.IntentFund, t0.Add(time.Hour)),
		} {
			if _, err := tx.Enqueue(in); err != nil {
				return err
			}
		}
		return nil
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		due, err := tx.DueIntents(t0.Add(2*time.Second), 10)
		if err != nil {
			return err
		}
		got := keys(due)
		if len(got) != 4 || got[0] != "a" || got[3] != "c" || !slices.Contains(got, "b1") || !slices.Contains(got, "b2") {
			t.Errorf("due at +2s = %v, want a, b1/b2, c", got)
		}
		if due, _ := tx.DueIntents(t0.Add(2*time.Second), 2); len(due) != 2 || due[0].Key != "a" {
			t.Errorf("limit 2: %v", keys(due))
		}
		if due, _ := tx.DueIntents(t0.Add(-time.Nanosecond), 10); len(due) != 0 {
			t.Errorf("due before the first: %v", keys(due))
		}
		if due, _ := tx.DueIntents(t0, 10); len(due) != 1 || due[0].Key != "a" {
			t.Errorf("due exactly at NextAt: %v, want a", keys(due))
		}
		return nil
	})
	// Postponed (as Service.postpone does): due at its new time only.
	update(t, s.Sales, func(tx souq.Tx) error {
		in, err := tx.Intent("a")
		if err != nil {
			return err
		}
		in.NextAt = t0.Add(10 * time.Second)
		return tx.PutIntent(in)
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		if due, _ := tx.DueIntents(t0.Add(2*time.Second), 10); slices.Contains(keys(due), "a") {
			t.Errorf("a postponed intent is still due at its old time: %v", keys(due))
		}
		due, _ := tx.DueIntents(t0.Add(10*time.Second), 10)
		if got := keys(due); len(got) != 4 || got[3] != "a" {
			t.Errorf("due at +10s = %v, want a last", got)
		}
		return nil
	})
}

// A lane asks for its kinds only, and a full lane of other kinds does not hide them.
func testLanes(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error {
		for i := range 20 { // earlier than the escrow work: a limit must not be spent on them
			if _, err := tx.Enqueue(newIntent(fmt.Sprintf("notify/%02d", i), souq.IntentNotify, t0.Add(time.Duration(i)))); err != nil {
				return err
			}
		}
		for _, in := range []*souq.Intent{
			newIntent("fund/1", souq.IntentFund, t0.Add(time.Second)),
			newIntent("earn/1", souq.IntentEarn, t0.Add(time.Second)),
			newIntent("release/1", souq.IntentRelease, t0.Add(2*time.Second)),
		} {
			if _, err := tx.Enqueue(in); err != nil {
				return err
			}
		}
		return nil
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		due, err := tx.DueIntents(t0.Add(time.Minute), 5, souq.IntentFund, souq.IntentRelease)
		if err != nil {
			return err
		}
		if got := keys(due); !slices.Equal(got, []string{"fund/1", "release/1"}) {
			t.Errorf("escrow lane = %v", got)
		}
		if due, _ := tx.DueIntents(t0.Add(time.Minute), 5, souq.IntentEarn); len(due) != 1 || due[0].Kind != souq.IntentEarn {
			t.Errorf("loyalty lane = %v", keys(due))
		}
		if due, _ := tx.DueIntents(t0.Add(time.Minute), 50); len(due) != 23 {
			t.Errorf("all lanes = %d intents, want 23", len(due))
		}
		return nil
	})
}

// Runners claiming at once never get the same intent, and together get all that are due.
func testClaimExclusive(t *testing.T, s *Subject) {
	const total, runners = 40, 6
	update(t, s.Sales, func(tx souq.Tx) error {
		for i := range total {
			if _, err := tx.Enqueue(newIntent(fmt.Sprintf("fund/%02d", i), souq.IntentFund, t0.Add(time.Duration(i)*time.Millisecond))); err != nil {
				return err
			}
		}
		return nil
	})
	now := t0.Add(time.Second)
	got := make([][]*souq.Intent, runners)
	start(runners, func(r int) {
		for range total + 1 { // each round claims at least one, or the runner stops
			c, err := claim(context.Background(), s.Sales, fmt.Sprintf("run-%d", r), now, 3)
			if err != nil {
				t.Errorf("runner %d: %v", r, err)
				return
			}
			if len(c) == 0 {
				return
			}
			got[r] = append(got[r], c...)
		}
		t.Errorf("runner %d still finds due intents after claiming %d", r, len(got[r]))
	})
	owner := map[string]int{}
	for r, cs := range got {
		for _, in := range cs {
			if o, ok := owner[in.Key]; ok {
				t.Errorf("%s claimed by runners %d and %d", in.Key, o, r)
			}
			owner[in.Key] = r
		}
	}
	if len(owner) != total {
		t.Errorf("claimed %d of %d due intents", len(owner), total)
	}
	view(t, s.Sales, func(tx souq.Tx) error {
		for key, r := range owner {
			in, err := tx.Intent(key)
			if err != nil {
				return err
			}
			if in.Run != fmt.Sprintf("run-%d", r) || in.Attempts != 1 || !in.NextAt.Equal(now.Add(lease)) {
				t.Errorf("%s stored as run %q, %d attempts, next %v", key, in.Run, in.Attempts, in.NextAt)
			}
		}
		return nil
	})
}

// A claimed intent is not due while its lease runs, and due again once it expires.
func testLeaseExpiry(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error {
		_, err := tx.Enqueue(newIntent("fund/1", souq.IntentFund, t0))
		return err
	})
	c, err := claim(context.Background(), s.Sales, "run-1", t0, 10)
	if err != nil || len(c) != 1 {
		t.Fatalf("claim = %v, %v", keys(c), err)
	}
	if c, _ := claim(context.Background(), s.Sales, "run-2", t0.Add(lease-time.Nanosecond), 10); len(c) != 0 {
		t.Fatalf("claimed again inside the lease: %v", keys(c))
	}
	c, err = claim(context.Background(), s.Sales, "run-2", t0.Add(lease), 10)
	if err != nil || len(c) != 1 || c[0].Attempts != 2 || c[0].Run != "run-2" {
		t.Fatalf("claim after the lease = %+v, %v; want fund/1 on its second attempt", c, err)
	}
	view(t, s.Sales, func(tx souq.Tx) error {
		n := 0
		err := tx.OpenIntents(func(in *souq.Intent) error {
			n++
			if in.Run != "run-2" {
				t.Errorf("open intent held by %q", in.Run)
			}
			return nil
		})
		if n != 1 {
			t.Errorf("%d open intents, want 1", n)
		}
		return err
	})
}

// Done and failed intents are never due again, whatever the time; submitted ones wait for their
// result (open, not due); a failed one made pending again (an operator's fix) is due again.
func testFinishedNeverDue(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error {
		for _, k := range []string{"done", "failed", "submitted", "pending"} {
			if _, err := tx.Enqueue(newIntent(k, souq.IntentRelease, t0)); err != nil {
				return err
			}
		}
		return nil
	})
	if c, err := claim(context.Background(), s.Sales, "run-1", t0, 10); err != nil || len(c) != 4 {
		t.Fatalf("claim = %v, %v", keys(c), err)
	}
	finish(t, s.Sales, "done", souq.IntentDone)
	finish(t, s.Sales, "failed", souq.IntentFailed)
	finish(t, s.Sales, "submitted", souq.IntentSubmitted)
	far := t0.Add(365 * 24 * time.Hour)
	c, err := claim(context.Background(), s.Sales, "run-2", far, 10)
	if err != nil || !slices.Equal(keys(c), []string{"pending"}) {
		t.Errorf("claim a year on = %v, %v; want only the pending one", keys(c), err)
	}
	view(t, s.Sales, func(tx souq.Tx) error {
		var open []string
		err := tx.OpenIntents(func(in *souq.Intent) error { open = append(open, in.Key); return nil })
		slices.Sort(open)
		if !slices.Equal(open, []string{"pending", "submitted"}) {
			t.Errorf("open intents = %v, want pending and submitted", open)
		}
		return err
	})
	update(t, s.Sales, func(tx souq.Tx) error {
		in, err := tx.Intent("failed")
		if err != nil {
			return err
		}
		in.Status, in.Attempt, in.NextAt = souq.IntentPending, in.Attempt+1, far
		return tx.PutIntent(in)
	})
	if c, _ := claim(context.Background(), s.Sales, "run-2", far, 10); !slices.Equal(keys(c), []string{"failed"}) {
		t.Errorf("a retried intent: claim = %v", keys(c))
	}
}
