package whatsapp

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// pacer is a token bucket (golang.org/x/time/rate) per key: burst tokens, one more every
// interval. Meta's pair rate limit (1 message per 6 s to one user, bursts up to 45) is enforced
// here, before WhatsApp has to answer 131056.
//
// Memory stays bounded by the recipients active lately: a limiter whose bucket has refilled
// behaves exactly like a new one, so such limiters are dropped in sweeps, each run when the map
// has doubled since the last one (amortised O(1) per message).
type pacer struct {
	limit rate.Limit
	burst int
	now   func() time.Time

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
	sweepAt  int // sweep idle limiters when the map reaches this size
}

// minSweep is the map size below which no sweep runs.
const minSweep = 1024

func newPacer(burst int, interval time.Duration) *pacer {
	return &pacer{limit: rate.Every(interval), burst: burst, now: time.Now,
		limiters: map[string]*rate.Limiter{}, sweepAt: minSweep}
}

// reserve takes a token for key and returns how long to wait before using it, and a function
// that gives the token back (when the wait is abandoned).
func (p *pacer) reserve(key string) (time.Duration, func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	l := p.limiters[key]
	if l == nil {
		if len(p.limiters) >= p.sweepAt {
			p.sweep(now)
		}
		l = rate.NewLimiter(p.limit, p.burst)
		p.limiters[key] = l
	}
	r := l.ReserveN(now, 1)
	return r.DelayFrom(now), func() { r.CancelAt(p.now()) }
}

// sweep drops the limiters whose buckets are full again.
func (p *pacer) sweep(now time.Time) {
	for k, l := range p.limiters {
		if l.TokensAt(now) >= float64(p.burst) {
			delete(p.limiters, k)
		}
	}
	p.sweepAt = max(minSweep, 2*len(p.limiters))
}

func (p *pacer) wait(ctx context.Context, key string, sleep func(context.Context, time.Duration) error) error {
	d, cancel := p.reserve(key)
	if d <= 0 {
		return nil
	}
	if err := sleep(ctx, d); err != nil {
		cancel()
		return err
	}
	return nil
}
