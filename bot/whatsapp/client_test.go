package whatsapp

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/souqchain/souq/store"
)

func TestOutgoingLimits(t *testing.T) {
	t.Parallel()
	long := func(n int) string { return strings.Repeat("x", n) }
	btn := func(n int) []Button {
		out := make([]Button, n)
		for i := range out {
			out[i] = Button{ID: fmt.Sprint("b", i), Title: fmt.Sprint("B", i)}
		}
		return out
	}
	rows := func(n int) []Row {
		out := make([]Row, n)
		for i := range out {
			out[i] = Row{ID: fmt.Sprint("r", i), Title: fmt.Sprint("R", i)}
		}
		return out
	}
	tests := []struct {
		name string
		m    Outgoing
		ok   bool
	}{
		{"text", Outgoing{To: "1", Text: &Text{Body: "hi"}}, true},
		{"text 4096 runes of arabic", Outgoing{To: "1", Text: &Text{Body: strings.Repeat("م", 4096)}}, true},
		{"text too long", Outgoing{To: "1", Text: &Text{Body: long(4097)}}, false},
		{"empty text", Outgoing{To: "1", Text: &Text{}}, false},
		{"no recipient", Outgoing{Text: &Text{Body: "x"}}, false},
		{"two kinds", Outgoing{To: "1", Text: &Text{Body: "x"}, CTA: &CTA{}}, false},
		{"no kind", Outgoing{To: "1"}, false},
		{"3 buttons", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Buttons: btn(3)}}, true},
		{"4 buttons", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Buttons: btn(4)}}, false},
		{"button title 21", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Buttons: []Button{{ID: "a", Title: long(21)}}}}, false},
		{"button title 20", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Buttons: []Button{{ID: "a", Title: long(20)}}}}, true},
		{"duplicate titles", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Buttons: []Button{{ID: "a", Title: "x"}, {ID: "b", Title: "x"}}}}, false},
		{"button body 1025", Outgoing{To: "1", Buttons: &Buttons{Body: long(1025), Buttons: btn(1)}}, false},
		{"footer 61", Outgoing{To: "1", Buttons: &Buttons{Body: "b", Footer: long(61), Buttons: btn(1)}}, false},
		{"list 10 rows", Outgoing{To: "1", List: &List{Body: "b", Button: "Open", Sections: []Section{{Rows: rows(10)}}}}, true},
		{"list 11 rows", Outgoing{To: "1", List: &List{Body: "b", Button: "Open", Sections: []Section{{Title: "a", Rows: rows(6)}, {Title: "b", Rows: rows(5)[:5]}}}}, false},
		{"row title 25", Outgoing{To: "1", List: &List{Body: "b", Button: "Open", Sections: []Section{{Rows: []Row{{ID: "a", Title: long(25)}}}}}}, false},
		{"row description 73", Outgoing{To: "1", List: &List{Body: "b", Button: "Open", Sections: []Section{{Rows: []Row{{ID: "a", Title: "t", Description: long(73)}}}}}}, false},
		{"list button 21", Outgoing{To: "1", List: &List{Body: "b", Button: long(21), Sections: []Section{{Rows: rows(1)}}}}, false},
		{"cta", Outgoing{To: "1", CTA: &CTA{Body: "Pay", DisplayText: "Pay now", URL: "https://pay.example/x"}}, true},
		{"cta text 21", Outgoing{To: "1", CTA: &CTA{Body: "Pay", DisplayText: long(21), URL: "https://x"}}, false},
		{"template", Outgoing{To: "1", Template: &Template{Name: "optin", Language: "en_US"}}, true},
		{"template without language", Outgoing{To: "1", Template: &Template{Name: "optin"}}, false},
		{"bad fallback", Outgoing{To: "1", Text: &Text{Body: "x"}, Fallback: &Template{}}, false},
	}
	for _, tt := range tests {
		err := tt.m.Validate()
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrLimit) {
			t.Errorf("%s: Validate() = %v", tt.name, err)
		}
	}
}

// TestOutgoingWire checks the request bodies against the shapes in Meta's send references.
func TestOutgoingWire(t *testing.T) {
	t.Parallel()
	tests := []struct {
		m    Outgoing
		want string
	}{
		{Outgoing{To: "16505551234", ReplyTo: "wamid.in", Text: &Text{Body: "hi"}},
			`{"context":{"message_id":"wamid.in"},"messaging_product":"whatsapp","recipient_type":"individual","text":{"body":"hi","preview_url":false},"to":"16505551234","type":"text"}`},
		{Outgoing{To: "1", Buttons: &Buttons{Body: "Pay?", Footer: "f", Buttons: []Button{{ID: "pay:1", Title: "Pay"}}}},
			`{"interactive":{"action":{"buttons":[{"reply":{"id":"pay:1","title":"Pay"},"type":"reply"}]},"body":{"text":"Pay?"},"footer":{"text":"f"},"type":"button"},"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"interactive"}`},
		{Outgoing{To: "1", List: &List{Header: "h", Body: "b", Button: "Orders", Sections: []Section{{Title: "s", Rows: []Row{{ID: "r", Title: "t", Description: "d"}}}}}},
			`{"interactive":{"action":{"button":"Orders","sections":[{"rows":[{"description":"d","id":"r","title":"t"}],"title":"s"}]},"body":{"text":"b"},"header":{"text":"h","type":"text"},"type":"list"},"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"interactive"}`},
		{Outgoing{To: "1", CTA: &CTA{Body: "b", DisplayText: "Pay", URL: "https://p/x"}},
			`{"interactive":{"action":{"name":"cta_url","parameters":{"display_text":"Pay","url":"https://p/x"}},"body":{"text":"b"},"type":"cta_url"},"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"interactive"}`},
		{Outgoing{To: "1", ReplyTo: "ignored", BizOpaque: "order:1", Template: &Template{Name: "offer", Language: "pt_BR", BodyParams: []string{"30 USDC"}, QuickReplies: []string{"optin:yes"}}},
			`{"biz_opaque_callback_data":"order:1","messaging_product":"whatsapp","recipient_type":"individual","template":{"components":[{"parameters":[{"text":"30 USDC","type":"text"}],"type":"body"},{"index":"0","parameters":[{"payload":"optin:yes","type":"payload"}],"sub_type":"quick_reply","type":"button"}],"language":{"code":"pt_BR"},"name":"offer"},"to":"1","type":"template"}`},
		{Outgoing{To: "1", LocationRequest: &LocationRequest{Body: "where?"}},
			`{"interactive":{"action":{"name":"send_location"},"body":{"text":"where?"},"type":"location_request_message"},"messaging_product":"whatsapp","recipient_type":"individual","to":"1","type":"interactive"}`},
	}
	for _, tt := range tests {
		got, err := json.Marshal(tt.m)
		if err != nil || string(got) != tt.want {
			t.Errorf("wire(%s):\n got %s\nwant %s", tt.m.Kind(), got, tt.want)
		}
	}
}

// fakeGraph answers /messages with scripted errors, then success; it records bodies.
type fakeGraph struct {
	mu      sync.Mutex
	script  []string // error bodies to return first, each "status:code"
	bodies  []map[string]any
	auth    []string
	media   []byte
	mediaSH string
	urlHits int
	expire  bool
}

func (f *fakeGraph) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	switch {
	case strings.HasSuffix(r.URL.Path, "/messages"):
		var body map[string]any
		_ = json.NewDecoder(r.Body).Decode(&body)
		f.bodies = append(f.bodies, body)
		if len(f.script) > 0 {
			var status, code int
			fmt.Sscanf(f.script[0], "%d:%d", &status, &code)
			f.script = f.script[1:]
			w.WriteHeader(status)
			fmt.Fprintf(w, `{"error":{"message":"(#%d) scripted","type":"OAuthException","code":%d,"error_data":{"messaging_product":"whatsapp","details":"scripted failure"},"fbtrace_id":"Az8or2"}}`, code, code)
			return
		}
		if body["status"] == "read" {
			fmt.Fprint(w, `{"success":true}`)
			return
		}
		fmt.Fprintf(w, `{"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],"messages":[{"id":"wamid.out%d"}]}`, body["to"], body["to"], len(f.bodies))
	case strings.HasSuffix(r.URL.Path, "/v24.0/media123"):
		if r.URL.Query().Get("phone_number_id") != "106540352242922" {
			http.Error(w, "no phone id", 400)
			return
		}
		fmt.Fprintf(w, `{"messaging_product":"whatsapp","url":"http://%s/lookaside/media123","mime_type":"image/jpeg","sha256":"%s","file_size":%d,"id":"media123"}`, r.Host, f.mediaSH, len(f.media))
	case r.URL.Path == "/lookaside/media123":
		f.urlHits++
		if f.expire && f.urlHits == 1 {
			http.NotFound(w, r)
			return
		}
		if r.Header.Get("Authorization") != "Bearer tok" {
			http.Error(w, "no auth", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "image/jpeg")
		_, _ = w.Write(f.media)
	default:
		http.NotFound(w, r)
	}
}

type recordingLog struct {
	mu   sync.Mutex
	msgs []store.SentMessage
}

func (r *recordingLog) RecordSent(_ context.Context, m store.SentMessage) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, m)
	return nil
}

func newTestClient(t *testing.T, g *fakeGraph, cfg Config) (*Client, *[]time.Duration, *recordingLog) {
	t.Helper()
	srv := httptest.NewServer(g)
	t.Cleanup(srv.Close)
	cfg.GraphBaseURL, cfg.Token, cfg.PhoneNumberID = srv.URL, "tok", "106540352242922"
	var sleeps []time.Duration
	var mu sync.Mutex
	log := &recordingLog{}
	c, err := NewClient(cfg, WithLogger(quietLogger()), WithSentLog(log), WithSleep(func(_ context.Context, d time.Duration) error {
		mu.Lock()
		sleeps = append(sleeps, d)
		mu.Unlock()
		return nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	return c, &sleeps, log
}

func TestSendRetriesAndFallbacks(t *testing.T) {
	t.Parallel()
	text := Outgoing{To: "5511999998888", Text: &Text{Body: "your order shipped"}}
	tests := []struct {
		name      string
		script    []string
		cfg       Config
		msg       Outgoing
		wantErr   error
		wantPosts int
		wantSleep []time.Duration
		lastType  string
	}{
		{"ok", nil, Config{}, text, nil, 1, nil, "text"},
		{"throttled twice", []string{"400:130429", "400:131056"}, Config{}, text, nil, 3, []time.Duration{time.Second, 4 * time.Second}, "text"},
		{"5xx then ok", []string{"503:0"}, Config{}, text, nil, 2, []time.Duration{time.Second}, "text"},
		// A Graph API outage is not a rate limit: back as soon as it is (1, 2, 4 s), not 1, 4, 16 s.
		{"5xx three times", []string{"503:0", "500:131000", "503:0"}, Config{}, text, nil, 4, []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, "text"},
		{"throttled beyond retries", []string{"400:130429", "400:130429", "400:130429"}, Config{MaxRetries: 2}, text, ErrThrottled, 3, []time.Duration{time.Second, 4 * time.Second}, "text"},
		{"window closed -> config template", []string{"400:131047"}, Config{FallbackTemplate: &Template{Name: "souq_update", Language: "en_US"}}, text, nil, 2, nil, "template"},
		{"window closed -> message's own template", []string{"400:131047"}, Config{FallbackTemplate: &Template{Name: "x", Language: "en"}},
			Outgoing{To: "1", Text: &Text{Body: "x"}, Fallback: &Template{Name: "offer_arrived", Language: "pt_BR"}}, nil, 2, nil, "template"},
		{"window closed, no template", []string{"400:131047"}, Config{}, text, ErrWindowClosed, 1, nil, "text"},
		{"undeliverable is permanent", []string{"400:131026"}, Config{}, text, ErrUndeliverable, 1, nil, "text"},
		{"bad parameter is permanent", []string{"400:100"}, Config{}, text, ErrInvalidMessage, 1, nil, "text"},
		{"expired token", []string{"401:190"}, Config{}, text, ErrAuth, 1, nil, "text"},
		{"limit checked before sending", nil, Config{}, Outgoing{To: "1", Buttons: &Buttons{Body: "b"}}, ErrLimit, 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g := &fakeGraph{script: tt.script}
			c, sleeps, log := newTestClient(t, g, tt.cfg)
			id, err := c.Send(context.Background(), tt.msg)
			if !errors.Is(err, tt.wantErr) || (err == nil) != (tt.wantErr == nil) {
				t.Fatalf("Send err = %v, want %v", err, tt.wantErr)
			}
			if len(g.bodies) != tt.wantPosts {
				t.Fatalf("%d posts, want %d", len(g.bodies), tt.wantPosts)
			}
			if fmt.Sprint(*sleeps) != fmt.Sprint(tt.wantSleep) {
				t.Fatalf("sleeps %v, want %v", *sleeps, tt.wantSleep)
			}
			if tt.wantPosts > 0 && g.bodies[len(g.bodies)-1]["type"] != tt.lastType {
				t.Fatalf("last type %v, want %s", g.bodies[len(g.bodies)-1]["type"], tt.lastType)
			}
			if tt.wantPosts > 0 && g.auth[0] != "Bearer tok" {
				t.Fatalf("auth %q", g.auth[0])
			}
			switch {
			case err == nil:
				if id == "" || len(log.msgs) != 1 || log.msgs[0].ID != id || log.msgs[0].Status != "accepted" {
					t.Fatalf("id %q, log %+v", id, log.msgs)
				}
			case tt.wantPosts > 0:
				if len(log.msgs) != 1 || log.msgs[0].Status != "failed" || log.msgs[0].ErrorCode == 0 && tt.name != "5xx then ok" {
					t.Fatalf("permanent error not recorded: %+v", log.msgs)
				}
			}
		})
	}
}

func TestPairPacing(t *testing.T) {
	t.Parallel()
	g := &fakeGraph{}
	c, sleeps, _ := newTestClient(t, g, Config{PairBurst: 2, PairInterval: 6 * time.Second, Throughput: 1000})
	now := time.Unix(0, 0)
	c.pair.now = func() time.Time { return now }
	for i := 0; i < 3; i++ {
		if _, err := c.Send(context.Background(), Outgoing{To: "1", Text: &Text{Body: "x"}}); err != nil {
			t.Fatal(err)
		}
	}
	// Another recipient is not slowed by the first one's pacing.
	if _, err := c.Send(context.Background(), Outgoing{To: "2", Text: &Text{Body: "x"}}); err != nil {
		t.Fatal(err)
	}
	if len(*sleeps) != 1 || (*sleeps)[0] != 6*time.Second {
		t.Fatalf("sleeps %v, want one 6s wait", *sleeps)
	}
}

func TestMarkRead(t *testing.T) {
	t.Parallel()
	g := &fakeGraph{}
	c, _, _ := newTestClient(t, g, Config{})
	if err := c.MarkRead(context.Background(), "wamid.in"); err != nil {
		t.Fatal(err)
	}
	if b := g.bodies[0]; b["status"] != "read" || b["message_id"] != "wamid.in" || b["messaging_product"] != "whatsapp" {
		t.Fatalf("body %v", b)
	}
}

func TestDownloadMedia(t *testing.T) {
	t.Parallel()
	photo := []byte("\xff\xd8\xff\xe0 a delivery photo")
	sum := sha256.Sum256(photo)
	tests := []struct {
		name    string
		sha     string
		expire  bool
		wantErr error
		hits    int
	}{
		{"hex hash", fmt.Sprintf("%x", sum), false, nil, 1},
		{"base64 hash", base64.StdEncoding.EncodeToString(sum[:]), false, nil, 1},
		{"no hash announced", "", false, nil, 1},
		{"expired url refreshed", "", true, nil, 2},
		{"tampered bytes", fmt.Sprintf("%x", sha256.Sum256([]byte("other"))), false, ErrMediaIntegrity, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			g := &fakeGraph{media: photo, mediaSH: tt.sha, expire: tt.expire}
			c, _, _ := newTestClient(t, g, Config{})
			m, err := c.DownloadMedia(context.Background(), "media123")
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if g.urlHits != tt.hits {
				t.Fatalf("url hits %d, want %d", g.urlHits, tt.hits)
			}
			if err == nil && (m.SHA256 != sum || string(m.Bytes) != string(photo) || m.MimeType != "image/jpeg") {
				t.Fatalf("media %+v", m)
			}
		})
	}
	g := &fakeGraph{}
	c, _, _ := newTestClient(t, g, Config{})
	if _, err := c.DownloadMedia(context.Background(), "missing"); err == nil {
		t.Fatal("missing media downloaded")
	}

}
