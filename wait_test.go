package souq_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// waitingNotifier answers the first waits calls with a WaitError (a notice in doubt after a crash,
// again and again), then hands over to the recorder.
type waitingNotifier struct {
	souq.Notifier
	waits atomic.Int32
	clock func() time.Time
}

func (n *waitingNotifier) Notify(ctx context.Context, x souq.Notice) error {
	if n.waits.Add(-1) >= 0 {
		return &souq.WaitError{Until: n.clock().Add(30 * time.Second), Reason: "in doubt"}
	}
	return n.Notifier.Notify(ctx, x)
}

// A port that says when to come back (WaitError) is not failing: however often it says so, the
// work is tried again at that time, never made stuck, never given up (the separate-chain long soak:
// a notice in doubt after kill after kill backed off for minutes and the customer never heard the
// payment was confirmed).
func TestWaitIsNotAFailure(t *testing.T) {
	t.Parallel()
	var wn *waitingNotifier
	h := newHarness(t, func(c *souq.Config) {
		wn = &waitingNotifier{Notifier: c.Notifier, clock: c.Clock.Now}
		wn.waits.Store(40) // more than MaxAttempts (16) and the stuck threshold
		c.Notifier = wn
	})
	h.setup(nil)
	id := h.offer(money(usdc, "1"))
	for range 60 {
		h.settle()
		var stuck, failed bool
		var next time.Time
		now := h.clock.Now()
		_ = h.db.Sales().View(ctx(), func(tx souq.Tx) error {
			return tx.OpenIntents(func(in *souq.Intent) error {
				if in.Kind == souq.IntentNotify {
					stuck = stuck || in.Stuck != ""
					failed = failed || in.Status == souq.IntentFailed
					if next.IsZero() || in.NextAt.Before(next) {
						next = in.NextAt
					}
				}
				return nil
			})
		})
		if stuck || failed {
			t.Fatalf("a notice waiting as told became stuck (%v) or failed (%v)", stuck, failed)
		}
		if !next.IsZero() && next.Sub(now) > 31*time.Second {
			t.Fatalf("next try in %s: a wait grew into a backoff", next.Sub(now))
		}
		h.clock.Add(31 * time.Second)
	}
	if got := h.notices(customer, souq.NoticeOffer); len(got) != 1 || got[0].Order.ID != id {
		t.Fatalf("offer notices after the waits: %d", len(got))
	}
}
