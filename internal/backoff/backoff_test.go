package backoff

import (
	"math"
	"testing"
	"time"
)

func TestDelay(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		base        time.Duration
		factor, n   int
		limit, want time.Duration
	}{
		{"first try waits the base", time.Second, 2, 0, time.Minute, time.Second},
		{"a negative count is the first", time.Second, 2, -3, time.Minute, time.Second},
		{"doubling", time.Second, 2, 3, time.Minute, 8 * time.Second},
		{"quadrupling (Graph API rate limits: 1, 4, 16 s)", time.Second, 4, 2, time.Minute, 16 * time.Second},
		{"capped", 50 * time.Millisecond, 2, 10, 2 * time.Second, 2 * time.Second},
		{"a base above the cap is capped", time.Minute, 2, 0, time.Second, time.Second},
		{"a huge count does not overflow", time.Second, 2, math.MaxInt, 5 * time.Minute, 5 * time.Minute},
		{"a cap near the largest duration", time.Second, 4, 100, math.MaxInt64, math.MaxInt64},
		{"a factor of 1 does not grow", time.Second, 1, 5, time.Minute, time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Delay(tt.base, tt.factor, tt.n, tt.limit); got != tt.want {
				t.Errorf("Delay(%v, %d, %d, %v) = %v, want %v", tt.base, tt.factor, tt.n, tt.limit, got, tt.want)
			}
		})
	}
}
