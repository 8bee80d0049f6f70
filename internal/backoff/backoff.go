// Package backoff is the one rule souq's retry loops compute their delays by: capped exponential
// growth, without jitter (each loop retries one thing of its own, so there is no herd to spread,
// and tests assert the delays exactly). Each loop keeps its own count of failures and its own
// policy; the domain at the root, which imports no souq package, keeps its outbox schedule as a
// pure function of the same shape (souq.backoff).
package backoff

import "time"

// Delay is base·factor^n, capped at limit; n below 0 counts as 0, and a factor below 2 does not
// grow. It never overflows: the growth stops at the cap.
func Delay(base time.Duration, factor, n int, limit time.Duration) time.Duration {
	d := base
	for i := 0; i < n && d < limit && factor > 1; i++ {
		if d > limit/time.Duration(factor) {
			return limit
		}
		d *= time.Duration(factor)
	}
	return min(d, limit)
}
