package whatsapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"

	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/store"
)

const testSecret = "app-secret-for-tests"

func quietLogger() *logrus.Logger {
	l := logrus.New()
	l.SetOutput(io.Discard)
	return l
}

func newTestWebhook(t *testing.T) (*Webhook, *store.DB) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	w, err := NewWebhook(Config{AppSecret: testSecret, VerifyToken: "verify-me"}, db, WithWebhookLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	return w, db
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func post(h http.Handler, body []byte, sig string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/webhook", bytes.NewReader(body))
	if sig != "" {
		req.Header.Set(SignatureHeader, sig)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func pending(t *testing.T, db *store.DB) int {
	t.Helper()
	p, err := db.InboxPending(context.Background(), 10_000)
	if err != nil {
		t.Fatal(err)
	}
	return len(p)
}

func TestVerifyHandshake(t *testing.T) {
	t.Parallel()
	w, _ := newTestWebhook(t)
	tests := []struct {
		query  string
		status int
		body   string
	}{
		{"hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me", 200, "1158201444"},
		{"hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=wrong", 403, ""},
		{"hub.mode=subscribe&hub.challenge=1158201444", 403, ""},
		{"hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=verify-me", 403, ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		// No signature on the GET: the handshake must not require one.
		w.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/webhook?"+tt.query, nil))
		if rec.Code != tt.status || tt.status == 200 && rec.Body.String() != tt.body {
			t.Errorf("GET ?%s = %d %q, want %d %q", tt.query, rec.Code, rec.Body.String(), tt.status, tt.body)
		}
	}
}

func TestWebhookSignatures(t *testing.T) {
	t.Parallel()
	body := fixture(t, "text_escaped")
	var v any
	_ = json.Unmarshal(body, &v)
	reserialised, _ := json.Marshal(v)
	tests := []struct {
		name   string
		body   []byte
		sig    string
		status int
	}{
		{"missing", body, "", 401},
		{"wrong", body, Sign([]byte("other body"), []byte(testSecret)), 403},
		{"other secret", body, Sign(body, []byte("someone-elses-secret")), 403},
		{"sha1 style", body, "sha1=" + strings.Repeat("a", 40), 403},
		{"truncated", body, Sign(body, []byte(testSecret))[:60], 403},
		{"not hex", body, "sha256=" + strings.Repeat("z", 64), 403},
		// The signature is over Meta's escaped bytes; the same JSON re-serialised is another body.
		{"re-serialised body", reserialised, Sign(body, []byte(testSecret)), 403},
		{"good", body, Sign(body, []byte(testSecret)), 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w, db := newTestWebhook(t)
			rec := post(w, tt.body, tt.sig)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d (%s)", rec.Code, tt.status, rec.Body)
			}
			want := 0
			if tt.status == 200 {
				want = 1
			}
			if n := pending(t, db); n != want {
				t.Fatalf("recorded %d events, want %d", n, want)
			}
		})
	}
}

func TestWebhookDedupeAcrossRetriesAndConcurrentCopies(t *testing.T) {
	t.Parallel()
	w, db := newTestWebhook(t)
	notified := 0
	var mu sync.Mutex
	w.notify = func() { mu.Lock(); notified++; mu.Unlock() }
	body := fixture(t, "batch")
	sig := Sign(body, []byte(testSecret))
	var wg sync.WaitGroup
	codes := make([]int, 32)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			codes[i] = post(w, body, sig).Code
		}(i)
	}
	wg.Wait()
	for _, c := range codes {
		if c != 200 {
			t.Fatalf("status %d", c)
		}
	}
	// batch.json: 2 distinct messages (one id twice) + 1 status.
	if n := pending(t, db); n != 3 {
		t.Fatalf("recorded %d, want 3", n)
	}
	if notified != 1 {
		t.Fatalf("notified %d times, want once (only the copy that added events)", notified)
	}
	rec := post(w, body, sig)
	var ack ackBody
	_ = json.Unmarshal(rec.Body.Bytes(), &ack)
	if ack.New != 0 || ack.Received != 4 {
		t.Fatalf("retry ack = %+v", ack)
	}
}

func TestWebhookAcknowledgesWhatItDoesNotAct(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"video", "unsupported", "other_field", "value_error", "bad_items", "status_failed"} {
		w, _ := newTestWebhook(t)
		body := fixture(t, name)
		if rec := post(w, body, Sign(body, []byte(testSecret))); rec.Code != 200 {
			t.Errorf("%s: status %d", name, rec.Code)
		}
	}
}

func TestWebhookBadBodies(t *testing.T) {
	t.Parallel()
	w, db := newTestWebhook(t)
	big := bytes.Repeat([]byte(" "), MaxPayload+1)
	tests := []struct {
		name   string
		body   []byte
		status int
	}{
		{"not json", []byte("hello"), 400},
		{"other object", []byte(`{"object":"page","entry":[]}`), 400},
		{"over 3 MB", big, 413},
	}
	for _, tt := range tests {
		if rec := post(w, tt.body, Sign(tt.body, []byte(testSecret))); rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.name, rec.Code, tt.status)
		}
	}
	// A 3 MB payload (the documented maximum) is accepted: pad a real one with whitespace.
	body := append(fixture(t, "text"), bytes.Repeat([]byte(" "), MaxPayload-len(fixture(t, "text")))...)
	if rec := post(w, body, Sign(body, []byte(testSecret))); rec.Code != 200 {
		t.Fatalf("3 MB payload: status %d", rec.Code)
	}
	if n := pending(t, db); n != 1 {
		t.Fatalf("recorded %d", n)
	}
	// Chunked (no Content-Length) over the limit is cut off too.
	req := httptest.NewRequest(http.MethodPost, "/webhook", io.MultiReader(bytes.NewReader(big)))
	req.ContentLength = -1
	req.Header.Set(SignatureHeader, Sign(big, []byte(testSecret)))
	rec := httptest.NewRecorder()
	w.ServeHTTP(rec, req)
	if rec.Code != 413 {
		t.Fatalf("chunked oversize: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	w.ServeHTTP(rec, httptest.NewRequest(http.MethodPut, "/webhook", nil))
	if rec.Code != 405 {
		t.Fatalf("PUT: %d", rec.Code)
	}
}

type failingInbox struct{}

func (failingInbox) InboxAppend(context.Context, []store.Envelope) (int, error) {
	return 0, errors.New("disk full")
}

func TestWebhookNotDurableIsNot200(t *testing.T) {
	t.Parallel()
	w, err := NewWebhook(Config{AppSecret: testSecret, VerifyToken: "v"}, failingInbox{}, WithWebhookLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	body := fixture(t, "text")
	if rec := post(w, body, Sign(body, []byte(testSecret))); rec.Code != 503 {
		t.Fatalf("status %d, want 503 so Meta retries", rec.Code)
	}
	if _, err := NewWebhook(Config{}, failingInbox{}); !errors.Is(err, ErrConfig) {
		t.Fatalf("empty config: %v", err)
	}
}

func TestRegisterOnGin(t *testing.T) {
	t.Parallel()
	gin.SetMode(gin.ReleaseMode)
	w, db := newTestWebhook(t)
	r := gin.New()
	Register(r, "/webhooks/whatsapp", w)
	srv := httptest.NewServer(r)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=42&hub.verify_token=verify-me")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "42" {
		t.Fatalf("challenge = %q", b)
	}
	body := fixture(t, "image")
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/webhooks/whatsapp", bytes.NewReader(body))
	req.Header.Set(SignatureHeader, Sign(body, []byte(testSecret)))
	resp, err = http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("POST: %v %v", err, resp)
	}
	resp.Body.Close()
	e, ok, _ := db.InboxGet("m:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=")
	if !ok {
		t.Fatal("not in inbox")
	}
	ev, err := DecodeEvent(e.Data)
	if err != nil || ev.Message.Image.ID != "1003383421387256" || e.Chat != "16505551234" {
		t.Fatalf("inbox event = %+v %v", ev, err)
	}
}
