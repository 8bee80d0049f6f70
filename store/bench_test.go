package store

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq/internal/cputime"
)

// BenchmarkInboxAppend records single-event envelopes from 256 concurrent callers into a
// durable (fsync on) inbox, keys shaped like Meta's scattered message ids, and reports the group
// commits' size and cost: the store's share of the webhook's acknowledgement path.
// cpu-us/append is the process's CPU time (user and system) per append.
func BenchmarkInboxAppend(b *testing.B) {
	const (
		callers = 256
		total   = 50000
	)
	data := []byte(`{"kind":"message","phone_number_id":"106540352242922","message":{"id":"wamid.x","from":"16505551234","name":"Bench","timestamp":"2025-06-08T20:59:43Z","type":"text","text":"status 3f2a1b0c"},"received":"2026-06-01T12:00:00Z"}`)
	for it := 0; it < b.N; it++ {
		db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(uint64(it), 7))
		keys := make([]string, total)
		for i := range keys {
			id := fmt.Appendf(nil, "1650555%04d\x15\x02\x00\x12\x18\x14%010X%010X", rng.IntN(10000), rng.Uint64()>>24, rng.Uint64()>>24)
			keys[i] = "m:wamid." + base64.StdEncoding.EncodeToString(id)
		}
		before := db.bolt.Stats()
		commits0 := db.commits.Load()
		cpu0 := cputime.Process()
		start := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < callers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= total {
						return
					}
					if _, err := db.InboxAppend(b.Context(), []Envelope{{Key: keys[i], Chat: "16505551234", Data: data}}); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		el := time.Since(start)
		after := db.bolt.Stats()
		st := after.Sub(&before)
		commits := float64(db.commits.Load() - commits0)
		_ = db.Close()
		cpu := cputime.Process() - cpu0
		b.ReportMetric(float64(total)/el.Seconds(), "appends/s")
		b.ReportMetric(float64(cpu.Nanoseconds())/1000/float64(total), "cpu-us/append")
		b.ReportMetric(float64(total)/commits, "appends/commit")
		b.ReportMetric(float64(st.TxStats.GetWrite())/commits, "page-writes/commit")
	}
}
