package simulator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/bot/whatsapp"
)

func quiet() *logrus.Logger {
	l := logrus.New()
	l.SetOutput(io.Discard)
	return l
}

func TestMetaJSONEscapesLikeMeta(t *testing.T) {
	t.Parallel()
	b, err := MetaJSON(map[string]string{"body": "äöå @ https://x/y مرحبا 😀"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`\u00e4\u00f6\u00e5`, `https:\/\/x\/y`, `\u0645`, `\ud83d\ude00`} {
		if !strings.Contains(s, want) {
			t.Errorf("%s lacks %s", s, want)
		}
	}
	var back map[string]string
	if err := json.Unmarshal(b, &back); err != nil || back["body"] != "äöå @ https://x/y مرحبا 😀" {
		t.Fatalf("round trip %q %v", back["body"], err)
	}
	// Re-serialising changes the bytes, so the signature only verifies over the raw body.
	re, _ := json.Marshal(back)
	if whatsapp.VerifySignature(whatsapp.Sign(b, []byte("k")), re, []byte("k")) == nil {
		t.Fatal("signature verified over a re-serialised body")
	}
}

// TestWebhooksAreSignedAndParse: what the simulator posts is a Cloud API payload, signed with the
// app secret, that the real webhook accepts and parses.
func TestWebhooksAreSignedAndParse(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var got []whatsapp.Event
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := whatsapp.VerifySignature(r.Header.Get(whatsapp.SignatureHeader), body, []byte("secret")); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		p, err := whatsapp.Parse(body, time.Now())
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		mu.Lock()
		got = append(got, p.Events...)
		mu.Unlock()
	}))
	defer hook.Close()
	sim := New(Config{WebhookURL: hook.URL, AppSecret: "secret"}, quiet())
	srv := httptest.NewServer(sim.Handler())
	defer srv.Close()
	lat, lng := "-23.5", "-46.6"
	for _, m := range []UserMessage{
		{From: "16505551234", Text: "olá 😀"},
		{From: "16505551234", ButtonID: "pay:ab", Title: "Pay", Kind: "button_reply", ReplyTo: "wamid.x"},
		{From: "16505551234", ButtonID: "orders:", Title: "My orders", Kind: "list_reply"},
		{From: "16505551234", ButtonID: "optin:", Title: "YES", Kind: "quick_reply"},
		{From: "16505551234", Lat: &lat, Lng: &lng},
	} {
		b, _ := json.Marshal(m)
		resp, err := http.Post(srv.URL+"/sim/api/send", "application/json", strings.NewReader(string(b)))
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("send %+v: %v %v", m, err, resp)
		}
		resp.Body.Close()
	}
	if len(got) != 5 {
		t.Fatalf("%d events", len(got))
	}
	checks := []bool{
		got[0].Message.Text == "olá 😀",
		got[1].Message.Reply.Kind == whatsapp.ReplyButton && got[1].Message.Reply.ID == "pay:ab" && got[1].Message.Context.ID == "wamid.x",
		got[2].Message.Reply.Kind == whatsapp.ReplyList,
		got[3].Message.Type == "button" && got[3].Message.Reply.ID == "optin:",
		got[4].Message.Location.Latitude == "-23.5",
	}
	for i, ok := range checks {
		if !ok {
			t.Errorf("event %d: %+v", i, got[i].Message)
		}
	}
	// The page's bad input is refused before anything is sent.
	resp, _ := http.Post(srv.URL+"/sim/api/send", "application/json", strings.NewReader(`{"from":"12","text":"x"}`))
	if resp.StatusCode != 400 {
		t.Fatalf("bad number accepted: %d", resp.StatusCode)
	}
	resp.Body.Close()
}

func TestFakeGraphAPI(t *testing.T) {
	t.Parallel()
	sim := New(Config{Token: "tok", AppSecret: "s", WebhookURL: "http://127.0.0.1:1"}, quiet())
	srv := httptest.NewServer(sim.Handler())
	defer srv.Close()
	cfg := sim.GraphConfig(srv.URL)
	cfg.MaxRetries = 1
	c, err := whatsapp.NewClient(cfg, whatsapp.WithLogger(quiet()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	id, err := c.Send(ctx, whatsapp.Outgoing{To: "16505551234", Text: &whatsapp.Text{Body: "hello"}})
	if err != nil || !strings.HasPrefix(id, "wamid.") {
		t.Fatalf("send: %q %v", id, err)
	}
	if e := sim.Messages("16505551234", 0); len(e) != 1 || e[0].ID != id || !strings.Contains(string(e[0].Body), `"body":"hello"`) {
		t.Fatalf("recorded %+v", e)
	}
	tests := []struct {
		fault Fault
		want  error
	}{
		{Fault{Code: 131026, Count: 1}, whatsapp.ErrUndeliverable},
		{Fault{Code: 130429, Count: 2}, whatsapp.ErrThrottled}, // more than the retries allow
		{Fault{Code: 131047, Count: 1}, whatsapp.ErrWindowClosed},
		{Fault{Code: 131000, HTTPStatus: 500, Count: 2}, whatsapp.ErrTemporary},
	}
	for _, tt := range tests {
		sim.AddFault(tt.fault)
		if _, err := c.Send(ctx, whatsapp.Outgoing{To: "16505551234", Text: &whatsapp.Text{Body: "x"}}); !errors.Is(err, tt.want) {
			t.Errorf("fault %d: err %v, want %v", tt.fault.Code, err, tt.want)
		}
	}
	if err := c.MarkRead(ctx, "wamid.in"); err != nil {
		t.Fatal(err)
	}
	// Media: an uploaded photo is served through the two-step Graph download.
	sim.mu.Lock()
	sim.media["42"] = media{bytes: []byte("jpeg"), mime: "image/jpeg"}
	sim.mu.Unlock()
	m, err := c.DownloadMedia(ctx, "42")
	if err != nil || string(m.Bytes) != "jpeg" {
		t.Fatalf("media %q %v", m.Bytes, err)
	}
	if _, err := c.DownloadMedia(ctx, "43"); err == nil {
		t.Fatal("missing media served")
	}
	// The page and its assets are served.
	for _, p := range []string{"/sim/", "/sim/app.js", "/sim/style.css"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET %s: %v %v", p, err, resp)
		}
		resp.Body.Close()
	}
}

// The simulator sends every other kind Meta documents, in shapes souq's parser reads, and plays a
// delivery failure as Meta does: the send is accepted, then a `failed` status arrives.
func TestSimulatorSendsEveryKind(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var got []whatsapp.Event
	var raw [][]byte
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := whatsapp.VerifySignature(r.Header.Get(whatsapp.SignatureHeader), body, []byte("secret")); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		p, err := whatsapp.Parse(body, time.Now())
		if err != nil || len(p.Problems) > 0 {
			http.Error(w, fmt.Sprint(err, p.Problems), 400)
			return
		}
		mu.Lock()
		got = append(got, p.Events...)
		raw = append(raw, body)
		mu.Unlock()
	}))
	defer hook.Close()
	sim := New(Config{WebhookURL: hook.URL, AppSecret: "secret"}, quiet())
	srv := httptest.NewServer(sim.Handler())
	defer srv.Close()
	const from = "16505551234"
	for _, m := range []UserMessage{
		{From: from, Type: "reaction", ReplyTo: "wamid.x", Emoji: "👍"},
		{From: from, Type: "reaction", ReplyTo: "wamid.x"},
		{From: from, Type: "sticker"},
		{From: from, Type: "contacts", Contact: "Ana Souza", Text: "+55 11 98888-7777"},
		{From: from, Type: "system", NewNumber: "+1 219 555 5358"},
		{From: from, Type: "referral", Text: "Is it still available?"},
		{From: from, Type: "order", Text: "for Friday", Items: []CartItem{{RetailerID: "di9ozbzfi4", Quantity: 2, Price: "7.99", Currency: "USD"}}},
	} {
		b, _ := json.Marshal(m)
		resp, err := http.Post(srv.URL+"/sim/api/send", "application/json", strings.NewReader(string(b)))
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("send %+v: %v %v", m, err, resp)
		}
		resp.Body.Close()
	}
	mu.Lock()
	if len(got) != 7 {
		t.Fatalf("%d events", len(got))
	}
	checks := []bool{
		got[0].Message.Reaction != nil && got[0].Message.Reaction.Emoji == "👍" && got[0].Message.Reaction.MessageID == "wamid.x",
		got[1].Message.Reaction != nil && got[1].Message.Reaction.Emoji == "",
		got[2].Message.Type == whatsapp.TypeSticker && got[2].Message.Image.MimeType == "image/webp",
		got[3].Message.Type == "contacts" && got[3].Raw != nil && strings.Contains(string(got[3].Raw), "5511988887777"),
		got[4].Message.System != nil && got[4].Message.System.NewWaID == "12195555358" && !strings.Contains(string(raw[4]), `"contacts"`),
		got[5].Message.Referral != nil && got[5].Message.Referral.SourceType == "ad" && got[5].Message.Text == "Is it still available?",
		got[6].Message.Order != nil && got[6].Message.Order.Items[0].ItemPrice == "7.99" && got[6].Message.Order.Items[0].Quantity == 2,
	}
	mu.Unlock()
	for i, ok := range checks {
		if !ok {
			t.Errorf("event %d: %+v", i, got[i].Message)
		}
	}
	// A 131026 played asynchronously: the send succeeds, the failure follows as a status.
	sim.AddFault(Fault{Code: 131026, Count: 1, To: from, Async: true})
	body := `{"messaging_product":"whatsapp","to":"` + from + `","type":"text","text":{"body":"offer"},"biz_opaque_callback_data":"0xabc"}`
	resp, err := http.Post(srv.URL+"/graph/v24.0/106540352242922/messages", "application/json", strings.NewReader(body))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("send: %v %v", err, resp)
	}
	resp.Body.Close()
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		var st *whatsapp.Status
		for _, e := range got {
			if e.Status != nil {
				st = e.Status
			}
		}
		mu.Unlock()
		if st != nil {
			if st.Status != "failed" || st.BizOpaque != "0xabc" || len(st.Errors) != 1 || st.Errors[0].Code != 131026 || st.RecipientID != from {
				t.Fatalf("status %+v", st)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no failed status")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
