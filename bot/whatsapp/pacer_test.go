package whatsapp

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// clock is a settable time for pacers.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestPacerWaits(t *testing.T) {
	t.Parallel()
	type step struct {
		after time.Duration // clock advance before the message
		to    string
		wait  time.Duration
	}
	tests := []struct {
		name  string
		burst int
		steps []step
	}{
		{"burst then one per interval", 2, []step{{0, "a", 0}, {0, "a", 0}, {0, "a", 6 * time.Second}, {0, "a", 12 * time.Second}}},
		{"refill over time", 2, []step{{0, "a", 0}, {0, "a", 0}, {6 * time.Second, "a", 0}, {0, "a", 6 * time.Second}}},
		{"refill caps at burst", 2, []step{{0, "a", 0}, {time.Hour, "a", 0}, {0, "a", 0}, {0, "a", 6 * time.Second}}},
		{"recipients are independent", 1, []step{{0, "a", 0}, {0, "b", 0}, {0, "a", 6 * time.Second}, {0, "b", 6 * time.Second}}},
		{"partial refill", 1, []step{{0, "a", 0}, {2 * time.Second, "a", 4 * time.Second}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clk := &clock{t: time.Unix(1_700_000_000, 0)}
			p := newPacer(tt.burst, 6*time.Second)
			p.now = clk.now
			for i, s := range tt.steps {
				clk.advance(s.after)
				if d, _ := p.reserve(s.to); d != s.wait {
					t.Fatalf("step %d (%s): wait %v, want %v", i, s.to, d, s.wait)
				}
			}
		})
	}
}

// TestPacerAbandonedWaitGivesBack: a send whose wait is cancelled (shutdown, request context)
// does not use the recipient's turn; the old bucket kept the token, delaying the next message by
// a whole interval more.
func TestPacerAbandonedWaitGivesBack(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	p := newPacer(1, 6*time.Second)
	p.now = clk.now
	noSleep := func(context.Context, time.Duration) error { return nil }
	if err := p.wait(context.Background(), "a", noSleep); err != nil {
		t.Fatal(err)
	}
	cancelled := func(context.Context, time.Duration) error { return context.Canceled }
	if err := p.wait(context.Background(), "a", cancelled); err != context.Canceled {
		t.Fatalf("err %v", err)
	}
	if d, _ := p.reserve("a"); d != 6*time.Second {
		t.Fatalf("after an abandoned wait the next message waits %v, want 6s", d)
	}
}

// TestPacerMemoryBounded: a stream of new recipients (a broadcast, a busy day) keeps only the
// limiters of recent ones; a recipient still being paced keeps its limiter.
func TestPacerMemoryBounded(t *testing.T) {
	t.Parallel()
	clk := &clock{t: time.Unix(1_700_000_000, 0)}
	p := newPacer(2, 6*time.Second)
	p.now = clk.now
	const perRound, rounds = 3000, 20
	peak := 0
	for r := 0; r < rounds; r++ {
		// "busy" is paced in every round: three messages in a burst of two leaves it in debt.
		for range 3 {
			p.reserve("busy")
		}
		for i := range perRound {
			p.reserve(fmt.Sprintf("r%d-%d", r, i))
			peak = max(peak, len(p.limiters))
		}
		clk.advance(6 * time.Second) // everyone but "busy" has refilled
	}
	if peak > 2*perRound+2 {
		t.Fatalf("%d limiters at peak for %d recipients a round: idle ones are kept", peak, perRound)
	}
	if _, ok := p.limiters["r0-0"]; ok {
		t.Fatal("an idle limiter from the first round is still kept")
	}
	// busy's debt survived every sweep: 2 tokens, 3 messages and one refill a round leave it 38
	// messages in debt, so the next one waits 39 intervals (a fresh limiter would send at once).
	if d, _ := p.reserve("busy"); d != 39*6*time.Second {
		t.Fatalf("busy recipient's wait %v, want %v: its limiter was swept", d, 39*6*time.Second)
	}
}
