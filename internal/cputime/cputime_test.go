//go:build unix

package cputime

import (
	"testing"
	"time"
)

func TestProcessGrowsWithWork(t *testing.T) {
	before := Process()
	x := 0
	for start := time.Now(); time.Since(start) < 30*time.Millisecond; {
		x++
	}
	if after := Process(); after <= before || x == 0 {
		t.Fatalf("CPU time %v then %v after 30 ms of work", before, after)
	}
}
