package whatsapp

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/souqchain/souq/store"
)

// benchPayloads returns n signed single-message webhooks with distinct message ids.
func benchPayloads(n int, tag string) (bodies [][]byte, sigs []string) {
	for i := 0; i < n; i++ {
		b := fmt.Appendf(nil, `{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Bench"},"wa_id":"1650555%04d"}],"messages":[{"from":"1650555%04d","id":"wamid.%s.%d","timestamp":"1749416383","type":"text","text":{"body":"status 3f2a1b0c"}}]}}]}]}`, i%10000, i%10000, tag, i)
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
		http.Error(w, "bad signature", 403)
		return
	}
	_, _ = io.WriteString(w, `{}`)
}

type loadResult struct {
	perSec   float64
	p50, p99 time.Duration
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
	var next atomic.Int64
	lat := make([]time.Duration, len(bodies))
	var wg sync.WaitGroup
	start := time.Now()
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
	el := time.Since(start)
	return summarise(lat, float64(len(bodies))/el.Seconds())
}

// paced posts at a fixed rate (open loop: each request at its scheduled time, whatever the
// previous ones are doing) and measures ack latency.
func paced(b *testing.B, url string, bodies [][]byte, sigs []string, rate int) loadResult {
	c := newBenchClient(256)
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
// throughput of both and their ratio, then ack latency at a steady 1,000 messages/s.
// One iteration is the whole workload (make bench runs -benchtime 1x).
func BenchmarkWebhookAck(b *testing.B) {
	const (
		workers = 256
		total   = 20000
		rate    = 1000
		steady  = 5 * time.Second
	)
	for it := 0; it < b.N; it++ {
		db, err := store.Open(filepath.Join(b.TempDir(), "bench.db")) // fsync on
		if err != nil {
			b.Fatal(err)
		}
		wh, err := NewWebhook(Config{AppSecret: testSecret, VerifyToken: "v"}, db, WithWebhookLogger(quietLogger()))
		if err != nil {
			b.Fatal(err)
		}
		durable := httptest.NewServer(wh)
		bare := httptest.NewServer(bareHandler{})

		bodies, sigs := benchPayloads(total, fmt.Sprint("sat", it))
		bareRes := saturate(b, bare.URL, bodies, sigs, workers)
		durRes := saturate(b, durable.URL, bodies, sigs, workers)
		pb, ps := benchPayloads(rate*int(steady/time.Second), fmt.Sprint("paced", it))
		pacedRes := paced(b, durable.URL, pb, ps, rate)

		if p, _ := db.InboxPending(b.Context(), total+len(pb)+1); len(p) != total+len(pb) {
			b.Fatalf("inbox holds %d, want %d", len(p), total+len(pb))
		}
		durable.Close()
		bare.Close()
		_ = db.Close()

		b.ReportMetric(durRes.perSec, "acks/s")
		b.ReportMetric(bareRes.perSec, "bare-acks/s")
		b.ReportMetric(durRes.perSec/bareRes.perSec, "ratio")
		b.ReportMetric(float64(durRes.p99.Microseconds())/1000, "sat-p99-ms")
		b.ReportMetric(pacedRes.perSec, "paced-msg/s")
		b.ReportMetric(float64(pacedRes.p50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(pacedRes.p99.Microseconds())/1000, "p99-ms")
	}
}
