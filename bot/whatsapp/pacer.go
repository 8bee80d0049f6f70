package whatsapp

import (
	"context"
	"sync"
	"time"
)

// pacer is a token bucket per key: burst tokens, one more every interval. Meta's pair rate limit
// (1 message per 6 s to one user, bursts up to 45) is enforced here, before WhatsApp has to
// answer 131056.
type pacer struct {
	burst    float64
	interval time.Duration
	now      func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newPacer(burst int, interval time.Duration) *pacer {
	return &pacer{burst: float64(burst), interval: interval, now: time.Now, buckets: map[string]*bucket{}}
}

// reserve takes a token for key and returns how long to wait before using it.
func (p *pacer) reserve(key string) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	b := p.buckets[key]
	if b == nil {
		if len(p.buckets) > 100_000 {
			p.gc(now)
		}
		b = &bucket{tokens: p.burst, at: now}
		p.buckets[key] = b
	}
	b.tokens = min(p.burst, b.tokens+float64(now.Sub(b.at))/float64(p.interval))
	b.at = now
	b.tokens--
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens * float64(p.interval))
}

// gc drops buckets that have refilled completely (they behave exactly like new ones).
func (p *pacer) gc(now time.Time) {
	for k, b := range p.buckets {
		if b.tokens+float64(now.Sub(b.at))/float64(p.interval) >= p.burst {
			delete(p.buckets, k)
		}
	}
}

func (p *pacer) wait(ctx context.Context, key string, sleep func(context.Context, time.Duration) error) error {
	if d := p.reserve(key); d > 0 {
		return sleep(ctx, d)
	}
	return nil
}
