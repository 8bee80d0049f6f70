package whatsapp

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq/internal/cputime"
	"github.com/souqchain/souq/store"
)

// benchPayloads returns n signed single-message webhooks with distinct message ids shaped like
// Meta's (base64 of the sender's number and 20 random hex digits), from 10,000 senders: the
// inbox's dedupe index sees keys as scattered as in production, not a sorted counter.
func benchPayloads(n int, seed uint64) (bodies [][]byte, sigs []string) {
	rng := rand.New(rand.NewPCG(seed, 0x50a7))
	for i := 0; i < n; i++ {
		from := fmt.Sprintf("1650555%04d", rng.IntN(10000))
		id := fmt.Appendf([]byte{0x1c, 0x18, 0x0b}, "%s\x15\x02\x00\x12\x18\x14%010X%010X\x00", from, rng.Uint64()>>24, rng.Uint64()>>24)
		b := fmt.Appendf(nil, `{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Bench"},"wa_id":"%s"}],"messages":[{"from":"%s","id":"wamid.%s","timestamp":"1749416383","type":"text","text":{"body":"status 3f2a1b0c"}}]}}]}]}`,
			from, from, base64.StdEncoding.EncodeToString(id))
		bodies = append(bodies, b)
		sigs = append(sigs, Sign(b, []byte(testSecret)))
	}
	return bodies, sigs
}

// bareHandler only checks the HMAC and answers 200: the ceiling for the durable webhook.
type bareHandler struct{}

func (bareHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxPayload))
	if err != nil {
		http.Error(w, "bad", 400)
		return
	}
	if VerifySignature(r.Header.Get(SignatureHeader), body, []byte(testSecret)) != nil {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	_, _ = io.WriteString(w, `{}`)
}

type loadResult struct {
	perSec    float64
	cpuPer    time.Duration // process CPU time (user+system, both ends of the loopback) per request
	p50, p99  time.Duration
	perCommit float64 // acks per group commit (durable runs)
}

func newBenchClient(conns int) *http.Client {
	return &http.Client{Transport: &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns}}
}

func postSigned(c *http.Client, url string, body []byte, sig string) error {
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set(SignatureHeader, sig)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("status %d", resp.StatusCode)
	}
	return nil
}

// saturate posts all bodies with `workers` concurrent clients as fast as they are answered.
func saturate(b *testing.B, url string, bodies [][]byte, sigs []string, workers int) loadResult {
	c := newBenchClient(workers)
	defer c.CloseIdleConnections() // idle connections' goroutines would tax every later run's GC
	var next atomic.Int64
	lat := make([]time.Duration, len(bodies))
	var wg sync.WaitGroup
	cpu0, start := cputime.Process(), time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(bodies) {
					return
				}
				t0 := time.Now()
				if err := postSigned(c, url, bodies[i], sigs[i]); err != nil {
					b.Error(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	res := summarise(lat, float64(len(bodies))/time.Since(start).Seconds())
	res.cpuPer = (cputime.Process() - cpu0) / time.Duration(len(bodies))
	return res
}

// paced posts at a fixed rate (open loop: each request at its scheduled time, whatever the
// previous ones are doing) and measures ack latency.
func paced(b *testing.B, url string, bodies [][]byte, sigs []string, rate int) loadResult {
	c := newBenchClient(256)
	defer c.CloseIdleConnections()
	lat := make([]time.Duration, len(bodies))
	interval := time.Second / time.Duration(rate)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range bodies {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			time.Sleep(d)
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			t0 := time.Now()
			if err := postSigned(c, url, bodies[i], sigs[i]); err != nil {
				b.Error(err)
			}
			lat[i] = time.Since(t0)
		}(i)
	}
	wg.Wait()
	return summarise(lat, float64(len(bodies))/time.Since(start).Seconds())
}

func summarise(lat []time.Duration, perSec float64) loadResult {
	s := slices.Clone(lat)
	slices.Sort(s)
	return loadResult{perSec: perSec, p50: s[len(s)/2], p99: s[len(s)*99/100]}
}

// BenchmarkWebhookAck measures signed webhooks accepted durably (fsync on, group commit) by the
// real webhook on loopback, against a bare handler that only checks the HMAC: saturated
// throughput of both and their ratio, then ack latency at a steady 1,000 messages/s. The inbox
// starts with 100,000 processed messages, so the duplicate check reads a realistic index.
// Bare and durable runs alternate for several rounds, and the ratio reported is the median of the
// rounds' ratios: a burst of load elsewhere on the machine skews one round, not the result.
// cpu-us/ack is the whole process's CPU per request (load generator and server).
// One iteration is the whole workload (make bench runs -benchtime 1x).
func BenchmarkWebhookAck(b *testing.B) {
	const (
		workers   = 256
		perRun    = 20000
		rounds    = 5
		rate      = 1000
		steady    = 5 * time.Second
		processed = 100000
	)
	for it := 0; it < b.N; it++ {
		db, err := store.Open(filepath.Join(b.TempDir(), "bench.db")) // fsync on
		if err != nil {
			b.Fatal(err)
		}
		prefillProcessed(b, db, processed)
		wh, err := NewWebhook(Config{AppSecret: testSecret, VerifyToken: "v"}, db, WithWebhookLogger(quietLogger()))
		if err != nil {
			b.Fatal(err)
		}
		durable := httptest.NewServer(wh)
		bare := httptest.NewServer(bareHandler{})

		var bareRuns, durRuns []loadResult
		var ratios []float64
		recorded := 0
		for r := 0; r < rounds; r++ {
			bodies, sigs := benchPayloads(perRun, uint64(it*100+r))
			bareRes := saturate(b, bare.URL, bodies, sigs, workers)
			c0 := db.Commits()
			durRes := saturate(b, durable.URL, bodies, sigs, workers)
			durRes.perCommit = float64(len(bodies)) / float64(db.Commits()-c0)
			recorded += len(bodies)
			bareRuns, durRuns = append(bareRuns, bareRes), append(durRuns, durRes)
			ratios = append(ratios, durRes.perSec/bareRes.perSec)
			b.Logf("round %d: durable %.0f acks/s (%.1f µs CPU each), bare %.0f acks/s (%.1f µs), ratio %.2f",
				r, durRes.perSec, us(durRes.cpuPer), bareRes.perSec, us(bareRes.cpuPer), ratios[r])
		}
		pb, ps := benchPayloads(rate*int(steady/time.Second), uint64(it*100+99))
		pacedRes := paced(b, durable.URL, pb, ps, rate)
		recorded += len(pb)

		if p, _ := db.InboxPending(b.Context(), recorded+1); len(p) != recorded {
			b.Fatalf("inbox holds %d pending, want %d", len(p), recorded)
		}
		durable.Close()
		bare.Close()
		_ = db.Close()

		bareRes, durRes := median(bareRuns), median(durRuns)
		slices.Sort(ratios)
		b.ReportMetric(durRes.perSec, "acks/s")
		b.ReportMetric(bareRes.perSec, "bare-acks/s")
		b.ReportMetric(ratios[len(ratios)/2], "ratio")
		b.ReportMetric(us(durRes.cpuPer), "cpu-us/ack")
		b.ReportMetric(us(bareRes.cpuPer), "bare-cpu-us/ack")
		b.ReportMetric(durRes.perCommit, "acks/commit")
		b.ReportMetric(float64(durRes.p99.Microseconds())/1000, "sat-p99-ms")
		b.ReportMetric(pacedRes.perSec, "paced-msg/s")
		b.ReportMetric(float64(pacedRes.p50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(pacedRes.p99.Microseconds())/1000, "p99-ms")
	}
}

// prefillProcessed records and finishes n messages, as a running server's inbox holds them.
func prefillProcessed(b *testing.B, db *store.DB, n int) {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	for done := 0; done < n; done += 1000 {
		envs := make([]store.Envelope, 0, 1000)
		for i := 0; i < 1000; i++ {
			envs = append(envs, store.Envelope{Key: fmt.Sprintf("m:wamid.%016x%016x", rng.Uint64(), rng.Uint64()), Chat: "16505551234", Data: []byte(`{}`)})
		}
		if _, err := db.InboxAppend(b.Context(), envs); err != nil {
			b.Fatal(err)
		}
		pending, err := db.InboxPending(b.Context(), 1000)
		if err != nil {
			b.Fatal(err)
		}
		results := make([]store.InboxResult, len(pending))
		for i, e := range pending {
			results[i] = store.InboxResult{Seq: e.Seq}
		}
		if err := db.InboxFinish(b.Context(), results); err != nil {
			b.Fatal(err)
		}
	}
}

func us(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1000 }

// median returns the run with the median throughput.
func median(runs []loadResult) loadResult {
	s := slices.Clone(runs)
	slices.SortFunc(s, func(a, b loadResult) int { return cmp.Compare(a.perSec, b.perSec) })
	return s[len(s)/2]
}

// BenchmarkParse is the decoding share of an acknowledgement: one text message parsed into an
// event and encoded for the inbox.
func BenchmarkParse(b *testing.B) {
	bodies, _ := benchPayloads(1, 1)
	received := time.Now()
	b.ReportAllocs()
	for b.Loop() {
		p, err := Parse(bodies[0], received)
		if err != nil || len(p.Events) != 1 {
			b.Fatalf("parse: %v, %d events", err, len(p.Events))
		}
		if _, err := json.Marshal(p.Events[0]); err != nil {
			b.Fatal(err)
		}
	}
}
