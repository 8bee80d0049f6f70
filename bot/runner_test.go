package bot

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/souqchain/souq"

	"github.com/souqchain/souq/bot/whatsapp"
)

func signedText(id, from, text string) []byte {
	return fmt.Appendf(nil, `{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"2"},"contacts":[{"profile":{"name":"A"},"wa_id":"%s"}],"messages":[{"from":"%s","id":"%s","timestamp":"1780315200","type":"text","text":{"body":%q}}]}}]}]}`, from, from, id, text)
}

// TestWebhookToBotOnce: Meta's retries and concurrent copies of a message reach the bot once,
// in order per chat, and what was pending at a "crash" is handled after it.
func TestWebhookToBotOnce(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	runner := NewRunner(h.db, h.bot.Handle, nil, 4)
	wh, err := whatsapp.NewWebhook(whatsapp.Config{AppSecret: "s", VerifyToken: "v"}, h.db, whatsapp.WithNotify(runner.Wake))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(wh)
	defer srv.Close()
	post := func(body []byte) {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(body))
		req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(body, []byte("s")))
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("post: %v %v", err, resp)
			return
		}
		resp.Body.Close()
	}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ { // ten copies of each, concurrently
		wg.Add(2)
		go func() { defer wg.Done(); post(signedText("wamid.A", customer, "yes")) }()
		go func() { defer wg.Done(); post(signedText("wamid.B", merchant, "ajuda lojista")) }()
	}
	wg.Wait()
	n, err := runner.Drain(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("drained %d, %v; want 2", n, err)
	}
	out := h.newSent()
	if len(to(out, customer)) != 1 || len(to(out, merchant)) != 1 {
		t.Fatalf("replies %v", out)
	}
	post(signedText("wamid.A", customer, "yes")) // a late retry
	if n, _ := runner.Drain(context.Background()); n != 0 {
		t.Fatalf("retry processed again (%d)", n)
	}
	// Pending entries survive a "crash": a cancelled drain leaves them, the next one handles them.
	post(signedText("wamid.C", customer, "points"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _ = runner.Drain(ctx)
	if n, _ := runner.Drain(context.Background()); n != 1 {
		t.Fatalf("after restart drained %d, want 1", n)
	}
	h.expect(h.newSent(), customer, "You have 0 points")
}

func TestRunnerRecordsFailuresAndPanics(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	calls := 0
	r := NewRunner(h.db, func(ctx context.Context, ev whatsapp.Event) error {
		calls++
		if ev.Message.Text == "panic" {
			panic("boom")
		}
		return nil
	}, nil, 1)
	wh, _ := whatsapp.NewWebhook(whatsapp.Config{AppSecret: "s", VerifyToken: "v"}, h.db)
	for i, text := range []string{"panic", "fine"} {
		body := signedText(fmt.Sprint("wamid.", i), customer, text)
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(body, []byte("s")))
		wh.ServeHTTP(httptest.NewRecorder(), req)
	}
	if n, err := r.Drain(context.Background()); n != 2 || err != nil || calls != 2 {
		t.Fatalf("drained %d %v calls %d", n, err, calls)
	}
	e, _, _ := h.db.InboxGet("m:wamid.0")
	if e.State != "failed" || e.Error == "" {
		t.Fatalf("panicking entry %+v", e)
	}
}

// A reply the Graph API could not take for now is not lost: the message stays pending, the chat's
// next message waits behind it, and the next poll answers both, in order, once each. Before, the
// event was marked failed and the customer never heard back (the soak: "redeem" unanswered through
// a Graph API outage). A refusal for good is not retried, and a reply failing for too long is
// given up.
func TestRunnerRetriesARefusedReplyInOrder(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	r := NewRunner(h.db, h.bot.Handle, nil, 2)
	wh, _ := whatsapp.NewWebhook(whatsapp.Config{AppSecret: "s", VerifyToken: "v"}, h.db)
	post := func(id, text string) {
		body := signedText(id, customer, text)
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(body, []byte("s")))
		wh.ServeHTTP(httptest.NewRecorder(), req)
	}
	outage := &whatsapp.APIError{HTTPStatus: 503, Code: 131000, Message: "Something went wrong"}
	h.msgr.mu.Lock()
	h.msgr.failTo = map[string]error{customer: outage}
	h.msgr.mu.Unlock()
	post("wamid.R1", "points")
	post("wamid.R2", "help")
	if n, err := r.Drain(context.Background()); n != 0 || err != nil {
		t.Fatalf("drained %d, %v during the outage; want nothing finished", n, err)
	}
	if e, _, _ := h.db.InboxGet("m:wamid.R1"); e.State != souq.InboxPending || !strings.Contains(e.Error, "131000") {
		t.Fatalf("the unanswered message %+v, want pending with the Graph API's error", e)
	}
	h.msgr.mu.Lock()
	h.msgr.failTo = nil
	h.msgr.mu.Unlock()
	if n, err := r.Drain(context.Background()); n != 2 || err != nil {
		t.Fatalf("drained %d, %v after the outage; want both", n, err)
	}
	out := to(h.newSent(), customer)
	if len(out) < 2 || !strings.Contains(body(out[0]), "0 points") || !strings.Contains(body(out[len(out)-1]), "What you can say") {
		t.Fatalf("replies after the outage %v, want the points answer first, then help", out)
	}
	if n, _ := r.Drain(context.Background()); n != 0 || len(h.newSent()) != 0 {
		t.Fatal("answered again")
	}

	// A refusal for good (a malformed message) fails at once; an outage longer than retryFor is
	// given up, failed, and the chat moves on.
	h.msgr.mu.Lock()
	h.msgr.failTo = map[string]error{customer: &whatsapp.APIError{HTTPStatus: 400, Code: 131009, Message: "Parameter value is not valid"}}
	h.msgr.mu.Unlock()
	post("wamid.R3", "points")
	if n, _ := r.Drain(context.Background()); n != 1 {
		t.Fatalf("a refusal for good drained %d, want 1 (failed)", n)
	}
	h.msgr.mu.Lock()
	h.msgr.failTo = map[string]error{customer: outage}
	h.msgr.mu.Unlock()
	clock := time.Now()
	r.now = func() time.Time { return clock }
	post("wamid.R4", "points")
	if n, _ := r.Drain(context.Background()); n != 0 {
		t.Fatalf("drained %d at the outage's start", n)
	}
	clock = clock.Add(retryFor)
	if n, _ := r.Drain(context.Background()); n != 1 {
		t.Fatalf("drained %d after retryFor, want the message given up", n)
	}
	if e, _, _ := h.db.InboxGet("m:wamid.R4"); e.State != souq.InboxFailed {
		t.Fatalf("after retryFor %+v, want failed", e)
	}
}

// A failure the bot answered itself ("Something went wrong… try again in a minute") is not handled
// again: the person was told, and a second run that succeeded would take the reply slot already
// used for that answer, leaving them told the opposite of what happened (the separate-chain soak:
// "went wrong", then the points burned without a word).
func TestRunnerDoesNotRetryAnAnsweredFailure(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	calls := 0
	r := NewRunner(h.db, func(ctx context.Context, ev whatsapp.Event) error {
		calls++
		return fmt.Errorf("redeem: %w", souq.ErrUnavailable)
	}, nil, 1)
	wh, _ := whatsapp.NewWebhook(whatsapp.Config{AppSecret: "s", VerifyToken: "v"}, h.db)
	body := signedText("wamid.U1", customer, "redeem")
	req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(body, []byte("s")))
	wh.ServeHTTP(httptest.NewRecorder(), req)
	if n, _ := r.Drain(context.Background()); n != 1 {
		t.Fatalf("drained %d, want the message finished", n)
	}
	if n, _ := r.Drain(context.Background()); n != 0 || calls != 1 {
		t.Fatalf("handled %d times, want once", calls)
	}
	if e, _, _ := h.db.InboxGet("m:wamid.U1"); e.State != souq.InboxFailed {
		t.Fatalf("%+v, want failed", e)
	}
}
