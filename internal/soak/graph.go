package soak

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/whatsapp/simulator"
)

// Graph-side identities shared by the fake Graph API and souq's flags.
const (
	graphToken    = "soak-graph-token"
	appSecret     = "soak-app-secret"
	verifyToken   = "soak-verify-token"
	phoneNumberID = "106540352242922"
	graphVersion  = "v24.0"
)

// graph is the WhatsApp side, in the harness process: the simulator's fake Graph API records what
// souq sends (so the record survives souq being killed) and signs the webhooks people send. A fault
// window makes it answer 5xx or hang, as Meta does on a bad day.
type graph struct {
	sim *simulator.Sim
	url string // base URL of the fake Graph API, for --graph-url
	srv *http.Server

	mu       sync.Mutex
	faultEnd time.Time
	hang     bool // true: hang then fail; false: answer 503 at once
	faulted  int  // requests answered with a fault
}

func startGraph(webhookURL string, log logrus.FieldLogger) (*graph, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	base := "http://" + ln.Addr().String()
	g := &graph{url: base + "/graph"}
	g.sim = simulator.New(simulator.Config{WebhookURL: webhookURL, AppSecret: appSecret, Token: graphToken,
		PhoneNumberID: phoneNumberID, PublicURL: base, StatusDelay: 300 * time.Millisecond, WebhookRetry: 10 * time.Minute}, log)
	g.srv = &http.Server{Handler: g.withFaults(g.sim.Handler()), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = g.srv.Serve(ln) }()
	return g, nil
}

func (g *graph) close() { _ = g.srv.Close() }

// fault makes sends fail for d: 503 (Meta's code 131000) or, with hang, no answer for 30 s.
func (g *graph) fault(d time.Duration, hang bool) {
	g.mu.Lock()
	g.faultEnd, g.hang = time.Now().Add(d), hang
	g.mu.Unlock()
}

func (g *graph) withFaults(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages") {
			g.mu.Lock()
			on, hang := time.Now().Before(g.faultEnd), g.hang
			if on {
				g.faulted++
			}
			g.mu.Unlock()
			if on {
				if hang {
					select {
					case <-time.After(30 * time.Second):
					case <-r.Context().Done():
						return
					}
				}
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusServiceUnavailable)
				_, _ = w.Write([]byte(`{"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000}}`))
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// outMsg is one message souq sent, decoded from the Graph request the simulator recorded.
type outMsg struct {
	Seq     int
	At      time.Time
	To      string
	Order   string // biz_opaque_callback_data: the full order id on notices
	Text    string // body text (text, interactive body or template parameters)
	Buttons []button
	WAMID   string
}

type button struct{ ID, Title string }

func decodeOut(e simulator.Entry) outMsg {
	var b struct {
		To        string `json:"to"`
		BizOpaque string `json:"biz_opaque_callback_data"`
		Text      struct {
			Body string `json:"body"`
		} `json:"text"`
		Interactive struct {
			Body struct {
				Text string `json:"text"`
			} `json:"body"`
			Action struct {
				Buttons []struct {
					Reply struct {
						ID    string `json:"id"`
						Title string `json:"title"`
					} `json:"reply"`
				} `json:"buttons"`
			} `json:"action"`
		} `json:"interactive"`
		Template struct {
			Components []struct {
				Type       string `json:"type"`
				Parameters []struct {
					Text string `json:"text"`
				} `json:"parameters"`
			} `json:"components"`
		} `json:"template"`
	}
	_ = json.Unmarshal(e.Body, &b)
	order, _ := bot.SplitOpaque(b.BizOpaque)
	m := outMsg{Seq: e.Seq, At: e.At, To: b.To, Order: order, WAMID: e.ID}
	switch {
	case b.Text.Body != "":
		m.Text = b.Text.Body
	case b.Interactive.Body.Text != "":
		m.Text = b.Interactive.Body.Text
	default:
		var parts []string
		for _, c := range b.Template.Components {
			for _, p := range c.Parameters {
				parts = append(parts, p.Text)
			}
		}
		m.Text = strings.Join(parts, " ")
	}
	for _, x := range b.Interactive.Action.Buttons {
		m.Buttons = append(m.Buttons, button{ID: x.Reply.ID, Title: x.Reply.Title})
	}
	return m
}

// outbox returns every message souq sent after seq, decoded.
func (g *graph) outbox(after int) []outMsg {
	var out []outMsg
	for _, e := range g.sim.Messages("", after) {
		if e.Dir == "out" {
			out = append(out, decodeOut(e))
		}
	}
	return out
}

// waitFor waits until souq sends chat a message after seq that ok accepts, and returns it.
func (g *graph) waitFor(ctx context.Context, chat string, after int, what string, ok func(outMsg) bool) (outMsg, error) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		for _, e := range g.sim.Messages(chat, after) {
			if e.Dir != "out" {
				continue
			}
			if m := decodeOut(e); ok(m) {
				return m, nil
			}
		}
		select {
		case <-ctx.Done():
			return outMsg{}, fmt.Errorf("waiting for %s to +%s: %w", what, chat, ctx.Err())
		case <-t.C:
		}
	}
}

// lastSeq is the newest record's sequence number.
func (g *graph) lastSeq() int {
	all := g.sim.Messages("", 0)
	if len(all) == 0 {
		return 0
	}
	return all[len(all)-1].Seq
}

// writeMessages keeps the record of every message souq sent (logs/messages.jsonl): what each
// person was told, for reading a violation.
func (h *harness) writeMessages() {
	if h.g == nil {
		return
	}
	f, err := os.Create(filepath.Join(h.dir, "logs", "messages.jsonl"))
	if err != nil {
		return
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, m := range h.g.outbox(0) {
		_ = enc.Encode(struct {
			Seq   int       `json:"seq"`
			At    time.Time `json:"at"`
			To    string    `json:"to"`
			Order string    `json:"order,omitempty"`
			Text  string    `json:"text"`
		}{m.Seq, m.At, m.To, m.Order, m.Text})
	}
}
