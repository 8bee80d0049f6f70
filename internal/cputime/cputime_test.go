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

func TestMaxRSSCoversLiveHeap(t *testing.T) {
	buf := make([]byte, 64<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	if got := MaxRSS(); got < uint64(len(buf)) {
		t.Fatalf("MaxRSS %d bytes with %d bytes touched", got, len(buf))
	}
	_ = buf[len(buf)-1]
}
