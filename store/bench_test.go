package store

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq/internal/cputime"
)

// BenchmarkInboxAppend records single-event envelopes into a durable (fsync on) inbox, keys
// shaped like Meta's scattered message ids, and reports the group commits' size and cost: the
// store's share of the webhook's acknowledgement path. Each committer (the tuned writer and
// bbolt's DB.Batch) runs two loads: 256 concurrent callers as fast as they are answered
// (saturated), and appends at a steady 1,000/s, the most Meta sends one number (paced), where
// latency and CPU are what count. cpu-us/append is the process's CPU time (user and system) per
// append.
func BenchmarkInboxAppend(b *testing.B) {
	const (
		callers = 256
		total   = 50000
		rate    = 1000
		steady  = 3 * time.Second
	)
	data := []byte(`{"kind":"message","phone_number_id":"106540352242922","message":{"id":"wamid.x","from":"16505551234","name":"Bench","timestamp":"2025-06-08T20:59:43Z","type":"text","text":"status 3f2a1b0c"},"received":"2026-06-01T12:00:00Z"}`)
	for _, mode := range []struct {
		name string
		opts []Option
	}{{"writer", nil}, {"bolt-batch", []Option{withBoltBatch()}}} {
		b.Run(mode.name, func(b *testing.B) {
			for it := 0; it < b.N; it++ {
				db, err := Open(filepath.Join(b.TempDir(), "bench.db"), mode.opts...)
				if err != nil {
					b.Fatal(err)
				}
				rng := rand.New(rand.NewPCG(uint64(it), 7))
				keys := make([]string, total+rate*int(steady/time.Second))
				for i := range keys {
					id := fmt.Appendf(nil, "1650555%04d\x15\x02\x00\x12\x18\x14%010X%010X", rng.IntN(10000), rng.Uint64()>>24, rng.Uint64()>>24)
					keys[i] = "m:wamid." + base64.StdEncoding.EncodeToString(id)
				}
				appendOne := func(i int) {
					if _, err := db.InboxAppend(b.Context(), []Envelope{{Key: keys[i], Chat: "16505551234", Data: data}}); err != nil {
						b.Error(err)
					}
				}

				before := db.bolt.Stats()
				commits0 := db.commits.Load()
				cpu0 := cputime.Process()
				start := time.Now()
				var next atomic.Int64
				var wg sync.WaitGroup
				for w := 0; w < callers; w++ {
					wg.Go(func() {
						for i := int(next.Add(1)) - 1; i < total; i = int(next.Add(1)) - 1 {
							appendOne(i)
						}
					})
				}
				wg.Wait()
				el := time.Since(start)
				cpu := cputime.Process() - cpu0
				after := db.bolt.Stats()
				st := after.Sub(&before)
				commits := float64(db.commits.Load() - commits0)

				// Paced: each append at its scheduled time, whatever the earlier ones are doing.
				lat := make([]time.Duration, rate*int(steady/time.Second))
				interval := time.Second / rate
				commits0, cpu0, start = db.commits.Load(), cputime.Process(), time.Now()
				for i := range lat {
					if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
						time.Sleep(d)
					}
					wg.Go(func() {
						t0 := time.Now()
						appendOne(total + i)
						lat[i] = time.Since(t0)
					})
				}
				wg.Wait()
				pacedCPU := cputime.Process() - cpu0
				pacedCommits := float64(db.commits.Load() - commits0)
				_ = db.Close()
				slices.Sort(lat)

				b.ReportMetric(float64(total)/el.Seconds(), "appends/s")
				b.ReportMetric(float64(cpu.Nanoseconds())/1000/float64(total), "cpu-us/append")
				b.ReportMetric(float64(total)/commits, "appends/commit")
				b.ReportMetric(float64(st.TxStats.GetWrite())/commits, "page-writes/commit")
				b.ReportMetric(float64(pacedCPU.Nanoseconds())/1000/float64(len(lat)), "paced-cpu-us/append")
				b.ReportMetric(float64(len(lat))/pacedCommits, "paced-appends/commit")
				b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "paced-p50-ms")
				b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "paced-p99-ms")
			}
		})
	}
}
