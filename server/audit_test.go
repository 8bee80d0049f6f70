package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/souqchain/souq"
)

// fakeLog is the transparency log at the edge (the journal's anchorer in production), holding
// the documents in testdata/audit: the bytes a real log served. Like the real one it has events
// 0..size-1, of which those below anchored are covered by an anchored checkpoint; an event
// beyond is not anchored (ErrNotAnchored), one beyond size not found (souq.ErrNotFound).
type fakeLog struct {
	trust       json.RawMessage
	checkpoints []json.RawMessage
	note        string
	events      map[uint64]fakeEvent // by seq
	size        uint64
	anchored    uint64
	consistency map[[2]uint64]json.RawMessage // by (from, to): anchored checkpoint pairs
	fail        error                         // a store failure every call returns
}

type fakeEvent struct {
	order  string          // "" for an event of no order
	bundle json.RawMessage // its proof bundle (nil: not anchored)
}

// The fixture log: event 0 (merchant.registered), the events 4..17 of fixtureOrder, event 1 of
// an order whose reference is also fixtureOrder's (ambiguousRef), and event 18 of
// unanchoredOrder, cut after the anchored checkpoint of size 18.
const (
	fixtureOrder    = "0x207a1f7a145cf45ded0519baa0ac779a4bd786b2e6d665367e6b32627fa8422a"
	twinOrder       = "0x207a1f7a00000000000000000000000000000000000000000000000000000001"
	unanchoredOrder = "0x5e5e5e5e00000000000000000000000000000000000000000000000000000000"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "audit", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newFakeLog(t *testing.T) *fakeLog {
	t.Helper()
	l := &fakeLog{trust: readFixture(t, "trust.json"), note: string(readFixture(t, "checkpoint.txt")),
		events: map[uint64]fakeEvent{}, size: 19, anchored: 18,
		consistency: map[[2]uint64]json.RawMessage{{4, 10}: readFixture(t, "consistency.json")}}
	if err := json.Unmarshal(readFixture(t, "checkpoints.json"), &l.checkpoints); err != nil {
		t.Fatal(err)
	}
	var order struct {
		Order   string            `json:"order"`
		Bundles []json.RawMessage `json:"bundles"`
	}
	if err := json.Unmarshal(readFixture(t, "order.json"), &order); err != nil || order.Order != fixtureOrder {
		t.Fatalf("order.json: %v (order %s)", err, order.Order)
	}
	add := func(raw json.RawMessage) {
		var b struct {
			Event struct {
				Seq   uint64 `json:"seq"`
				Order string `json:"order"`
			} `json:"event"`
		}
		if err := json.Unmarshal(raw, &b); err != nil {
			t.Fatal(err)
		}
		o := b.Event.Order
		if o == "0x"+strings.Repeat("0", 64) {
			o = ""
		}
		l.events[b.Event.Seq] = fakeEvent{order: o, bundle: raw}
	}
	add(readFixture(t, "bundle.json"))
	for _, b := range order.Bundles {
		add(b)
	}
	// The twin: the order's first bundle, naming another order with the same reference.
	add(bytes.Replace(order.Bundles[0], []byte(`"seq": 4`), []byte(`"seq": 1`), 1))
	ev := l.events[1]
	ev.order, ev.bundle = twinOrder, bytes.ReplaceAll(ev.bundle, []byte(fixtureOrder), []byte(twinOrder))
	l.events[1] = ev
	l.events[18] = fakeEvent{order: unanchoredOrder}
	return l
}

func (l *fakeLog) TrustRoot() any { return l.trust }

func (l *fakeLog) Size(context.Context) (uint64, error) { return l.size, l.fail }

func (l *fakeLog) Latest(context.Context) (any, error) {
	if l.fail != nil {
		return nil, l.fail
	}
	if len(l.checkpoints) == 0 {
		return nil, fmt.Errorf("no checkpoint yet: %w", souq.ErrNotFound)
	}
	return l.checkpoints[len(l.checkpoints)-1], nil
}

func (l *fakeLog) Checkpoints(context.Context) ([]any, error) {
	if l.fail != nil {
		return nil, l.fail
	}
	var out []any // nil when there are none, as the journal answers
	for _, r := range l.checkpoints {
		out = append(out, r)
	}
	return out, nil
}

func (l *fakeLog) Bundle(_ context.Context, seq uint64) (any, error) {
	switch {
	case l.fail != nil:
		return nil, l.fail
	case seq >= l.size:
		return nil, fmt.Errorf("event %d: %w", seq, souq.ErrNotFound)
	case seq >= l.anchored:
		return nil, fmt.Errorf("event %d: %w", seq, ErrNotAnchored)
	}
	ev, ok := l.events[seq]
	if !ok {
		return nil, fmt.Errorf("fake log: no fixture for event %d", seq) // the tests ask for fixtures only
	}
	return ev.bundle, nil
}

func (l *fakeLog) Consistency(_ context.Context, from, to uint64) (any, error) {
	if l.fail != nil {
		return nil, l.fail
	}
	c, ok := l.consistency[[2]uint64{from, to}]
	if !ok {
		return nil, fmt.Errorf("checkpoint %d: %w", from, souq.ErrNotFound)
	}
	return c, nil
}

func (l *fakeLog) OrderBundles(ctx context.Context, match func(souq.OrderID) bool) ([]OrderBundle, error) {
	var out []OrderBundle
	for seq := range l.size {
		ev, ok := l.events[seq]
		if !ok || ev.order == "" {
			continue
		}
		id, err := souq.ParseOrderID(ev.order)
		if err != nil {
			return nil, err
		}
		if !match(id) {
			continue
		}
		b, err := l.Bundle(ctx, seq)
		if err != nil {
			return nil, err
		}
		out = append(out, OrderBundle{Order: ev.order, Bundle: b})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no events for this order: %w", souq.ErrNotFound)
	}
	return out, nil
}

// Tiles serves the checkpoint note; the fixture holds no tiles, so every tile is beyond it.
func (l *fakeLog) Tiles() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/checkpoint" {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			_, _ = w.Write([]byte(l.note))
			return
		}
		http.Error(w, "not found", http.StatusNotFound)
	})
}

// auditContracts are the contracts the fixture log's trust root names.
var auditContracts = Contracts{ChainID: 1337, Confirmations: 1, RPCURL: "http://127.0.0.1:8545",
	Escrow:      ContractRef{Address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"},
	EventAnchor: ContractRef{Address: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"}}

// failingOpenings is a service whose store fails.
type failingOpenings struct{}

func (failingOpenings) OpenOrder(context.Context, souq.OrderID) (souq.Opening, error) {
	return souq.Opening{}, errors.New("store: read: disk I/O error")
}

// TestAuditAPI checks each audit route's answers, statuses and error codes over the fixture log.
func TestAuditAPI(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	fixture := readFixture(t, "order.json")
	var wantOrder map[string]any
	_ = json.Unmarshal(fixture, &wantOrder)
	tests := []struct {
		name, path, key string
		status          int
		code            string // the error's code, or "" for a success
		check           func(t *testing.T, body []byte, hdr http.Header)
	}{
		{name: "trust root", path: "/.well-known/souq-trust.json", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			assertSameJSON(t, body, readFixture(t, "trust.json"))
		}},
		{name: "contracts", path: "/api/v1/audit/contracts", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			want := `{"chain_id":1337,"confirmations":1,"escrow":{"address":"0x5FbDB2315678afecb367f032d93F642f64180aa3","explorer":""},"event_anchor":{"address":"0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512","explorer":""},"rpc_url":"http://127.0.0.1:8545"}`
			if string(body) != want {
				t.Errorf("contracts %s\nwant     %s", body, want)
			}
		}},
		{name: "head", path: "/api/v1/audit/head", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			var head struct {
				Size       uint64          `json:"size"`
				Trust      json.RawMessage `json:"trust"`
				Checkpoint struct {
					Size uint64 `json:"size"`
				} `json:"checkpoint"`
			}
			if err := json.Unmarshal(body, &head); err != nil || head.Size != 19 || head.Checkpoint.Size != 18 {
				t.Errorf("head %s (%v)", body, err)
			}
			assertSameJSON(t, head.Trust, readFixture(t, "trust.json"))
		}},
		{name: "checkpoints", path: "/api/v1/audit/checkpoints", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			assertSameJSON(t, body, []byte(`{"checkpoints":`+string(readFixture(t, "checkpoints.json"))+`}`))
		}},
		{name: "bundle", path: "/api/v1/audit/events/0/bundle", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			assertSameJSON(t, body, readFixture(t, "bundle.json"))
		}},
		{name: "bundle beyond the log", path: "/api/v1/audit/events/19/bundle", status: 404, code: "not_found"},
		{name: "bundle not anchored yet", path: "/api/v1/audit/events/18/bundle", status: 503, code: "not_anchored", check: func(t *testing.T, _ []byte, hdr http.Header) {
			if hdr.Get("Retry-After") != "10" {
				t.Errorf("Retry-After %q", hdr.Get("Retry-After"))
			}
		}},
		{name: "bundle of no seq", path: "/api/v1/audit/events/-1/bundle", status: 400, code: "bad_seq"},
		{name: "consistency", path: "/api/v1/audit/consistency?from=4&to=10", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			assertSameJSON(t, body, readFixture(t, "consistency.json"))
		}},
		{name: "consistency of no checkpoints", path: "/api/v1/audit/consistency?from=4&to=99", status: 404, code: "not_found"},
		{name: "consistency without sizes", path: "/api/v1/audit/consistency?from=4", status: 400, code: "bad_size"},
		{name: "order by id", path: "/api/v1/audit/orders/" + fixtureOrder + "/bundles", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			assertSameJSON(t, body, fixture)
		}},
		{name: "order by id without 0x, upper case", path: "/api/v1/audit/orders/" + strings.ToUpper(fixtureOrder[2:]) + "/bundles", status: 200},
		{name: "reference of two orders", path: "/api/v1/audit/orders/207a1f7a/bundles", status: 409, code: "ambiguous_ref"},
		{name: "twin by id", path: "/api/v1/audit/orders/" + twinOrder + "/bundles", status: 200, check: func(t *testing.T, body []byte, _ http.Header) {
			var doc struct {
				Order   string            `json:"order"`
				Bundles []json.RawMessage `json:"bundles"`
			}
			if err := json.Unmarshal(body, &doc); err != nil || doc.Order != twinOrder || len(doc.Bundles) != 1 {
				t.Errorf("twin %s (%v)", body, err)
			}
		}},
		{name: "order not anchored yet", path: "/api/v1/audit/orders/5e5e5e5e/bundles", status: 503, code: "not_anchored"},
		{name: "order of no events", path: "/api/v1/audit/orders/" + strings.Repeat("ab", 32) + "/bundles", status: 404, code: "not_found"},
		{name: "order of no id", path: "/api/v1/audit/orders/xyz/bundles", status: 400, code: "bad_order_id"},
		{name: "opening without the arbiter key", path: "/api/v1/audit/orders/" + fixtureOrder + "/opening", status: 401, code: "unauthorized"},
		{name: "opening with a merchant key", path: "/api/v1/audit/orders/" + fixtureOrder + "/opening", key: merchantKeyStr, status: 401, code: "unauthorized"},
		{name: "opening of no order", path: "/api/v1/audit/orders/" + fixtureOrder + "/opening", key: arbiterKeyStr, status: 404, code: "not_found"},
		{name: "opening of no id", path: "/api/v1/audit/orders/207a1f7a/opening", key: arbiterKeyStr, status: 400, code: "bad_order_id"},
		{name: "log checkpoint", path: "/log/checkpoint", status: 200, check: func(t *testing.T, body []byte, hdr http.Header) {
			if string(body) != string(readFixture(t, "checkpoint.txt")) || !strings.HasPrefix(hdr.Get("Content-Type"), "text/plain") {
				t.Errorf("checkpoint %q (%s)", body, hdr.Get("Content-Type"))
			}
		}},
		{name: "log tile beyond the checkpoint", path: "/log/tile/0/x001/000", status: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hdr http.Header
			if tt.key != "" {
				hdr = http.Header{"Authorization": {"Bearer " + tt.key}}
			}
			rec := do(t, h, "GET", tt.path, hdr)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.code != "" {
				if got := jsonField(t, rec.Body.Bytes(), "code"); got != tt.code {
					t.Errorf("code %q, want %q: %s", got, tt.code, rec.Body)
				}
			}
			if tt.check != nil {
				tt.check(t, rec.Body.Bytes(), rec.Header())
			}
		})
	}

	// The opening of a real order, from the service itself.
	id := offerOne(t, h)
	rec := do(t, h, "GET", "/api/v1/audit/orders/"+id+"/opening", http.Header{"Authorization": {"Bearer " + arbiterKeyStr}})
	var op souq.Opening
	if err := json.Unmarshal(rec.Body.Bytes(), &op); rec.Code != 200 || err != nil || op.ID != id || op.Scheme != souq.CommitScheme || op.People["customer"] != customerNumber {
		t.Fatalf("opening %d %s (%v)", rec.Code, rec.Body, err)
	}
}

// TestAuditAPIUnavailable: a log or service whose store fails answers 503 unavailable with the
// reason, and a log without checkpoints an empty list and a head without one.
func TestAuditAPIUnavailable(t *testing.T) {
	t.Parallel()
	log := newFakeLog(t)
	log.fail = errors.New("journal: read: disk I/O error")
	s, _ := newTestServer(t, Config{})
	(&Audit{Log: log, Openings: failingOpenings{}, Contracts: auditContracts, Auth: testAuth()}).Register(s.Engine())
	arbiter := http.Header{"Authorization": {"Bearer " + arbiterKeyStr}}
	for _, p := range []string{"/api/v1/audit/head", "/api/v1/audit/checkpoints", "/api/v1/audit/events/0/bundle",
		"/api/v1/audit/consistency?from=4&to=10", "/api/v1/audit/orders/" + fixtureOrder + "/bundles", "/api/v1/audit/orders/" + fixtureOrder + "/opening"} {
		rec := do(t, s.Handler(), "GET", p, arbiter)
		if rec.Code != 503 || jsonField(t, rec.Body.Bytes(), "code") != "unavailable" || !strings.Contains(jsonField(t, rec.Body.Bytes(), "message"), "disk I/O error") {
			t.Errorf("%s: %d %s, want 503 unavailable naming the failure", p, rec.Code, rec.Body)
		}
	}

	empty := newFakeLog(t)
	empty.checkpoints = nil
	s, _ = newTestServer(t, Config{})
	(&Audit{Log: empty, Contracts: auditContracts, Auth: testAuth()}).Register(s.Engine())
	if rec := do(t, s.Handler(), "GET", "/api/v1/audit/checkpoints", nil); rec.Code != 200 || rec.Body.String() != `{"checkpoints":[]}` {
		t.Errorf("checkpoints of a new log: %d %s", rec.Code, rec.Body)
	}
	rec := do(t, s.Handler(), "GET", "/api/v1/audit/head", nil)
	if rec.Code != 200 || strings.Contains(rec.Body.String(), `"checkpoint"`) || !strings.Contains(rec.Body.String(), `"size":19`) {
		t.Errorf("head of a log without checkpoints: %d %s", rec.Code, rec.Body)
	}
}

// assertSameJSON compares two JSON documents by value.
func assertSameJSON(t *testing.T, got, want []byte) {
	t.Helper()
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatalf("%s: %v", got, err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	gb, _ := json.Marshal(g)
	wb, _ := json.Marshal(w)
	if !bytes.Equal(gb, wb) {
		t.Errorf("got  %s\nwant %s", short(string(gb)), short(string(wb)))
	}
}
