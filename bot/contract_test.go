package bot

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// TestMetaPayloadsContract replays Meta's documented example of every inbound kind (testdata/meta,
// see its README) through the real webhook with a real signature, then the inbox runner and the
// bot, and asserts what souq does: who is answered and with what, and who is not.
func TestMetaPayloadsContract(t *testing.T) {
	t.Parallel()
	const user = "16505551234"
	tests := []struct {
		file     string
		setup    func(h *harness) map[string]string // fixture substitutions
		replyTo  string                             // "" : nobody is answered
		want     []string
		recorded int // events the webhook records
		check    func(t *testing.T, h *harness)
	}{
		{file: "text", replyTo: user, want: []string{"didn't understand", "Does it come in another"}, recorded: 1},
		{file: "text_other_number", recorded: 0},
		{file: "interactive_button_reply", replyTo: user, want: []string{"didn't understand", "Change"}, recorded: 1},
		{file: "interactive_list_reply", replyTo: user, want: []string{"didn't understand", "Priority Mail Express"}, recorded: 1},
		{file: "template_quick_reply", recorded: 1, replyTo: user, want: []string{"you won't get offers"},
			setup: func(h *harness) map[string]string {
				h.text(merchant, "register "+payout)
				h.text(user, "yes")
				return nil
			},
			check: func(t *testing.T, h *harness) {
				// "+16505551234" is 16505551234: offers to them stop.
				h.expect(h.text(merchant, "sell 1 tea 5 USDC to 16505551234"), merchant, "ainda não aceitou")
			}},
		{file: "image", replyTo: user, want: []string{"Which order is this photo for"}, recorded: 1},
		{file: "location", replyTo: user, recorded: 1},
		{file: "order", replyTo: user, want: []string{"2× di9ozbzfi4", "1× nqryix03ez", "nothing was charged"}, recorded: 1},
		{file: "reaction", recorded: 1},
		{file: "reaction_removed", recorded: 1},
		{file: "sticker", recorded: 1},
		{file: "contacts", replyTo: user, want: []string{"not this kind of message"}, recorded: 1},
		{file: "system_user_changed_number", replyTo: "12195555358", want: []string{"new number", "Your 1 order,"}, recorded: 1,
			setup: func(h *harness) map[string]string {
				h.text(merchant, "register "+payout)
				h.text(user, "yes")
				h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
				return nil
			},
			check: func(t *testing.T, h *harness) {
				if hist, _ := h.sale.Service.History(context.Background(), souq.Actor{User: "12195555358"}, 5); len(hist) != 1 {
					t.Errorf("orders on the new number: %v", hist)
				}
			}},
		{file: "referral", replyTo: user, want: []string{"didn't understand"}, recorded: 1},
		{file: "status_failed_131026", replyTo: merchant, want: []string{"não chegou ao cliente", "o WhatsApp disse “Message undeliverable” (131026)"}, recorded: 1,
			setup: func(h *harness) map[string]string {
				h.text(merchant, "register "+payout)
				h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
				orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: merchant}, 1)
				return map[string]string{"<BUSINESS_OPAQUE_DATA>": orders[0].ID.String()}
			}},
		{file: "bsuid_only", recorded: 1},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			payload, err := os.ReadFile(filepath.Join("whatsapp", "testdata", "meta", tt.file+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if tt.setup != nil {
				for k, v := range tt.setup(h) {
					payload = bytes.ReplaceAll(payload, []byte(k), []byte(v))
				}
			}
			h.newSent()
			reads := len(h.msgr.reads)
			log := logrus.New()
			log.SetOutput(io.Discard)
			wh, err := whatsapp.NewWebhook(whatsapp.Config{AppSecret: "meta-secret", VerifyToken: "v", PhoneNumberID: "106540352242922"}, h.db,
				whatsapp.WithWebhookLogger(log))
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest(http.MethodPost, "/webhooks/whatsapp", bytes.NewReader(payload))
			req.Header.Set(whatsapp.SignatureHeader, whatsapp.Sign(payload, []byte("meta-secret")))
			rec := httptest.NewRecorder()
			wh.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("webhook answered %d %s", rec.Code, rec.Body)
			}
			// Meta's examples are dated 2025: the bot's clock is after them, so the window is theirs.
			h.sale.Clock.Set(time.Unix(1739321024, 0).Add(time.Minute))
			n, err := NewRunner(h.db, h.bot.Handle, log, 2).Drain(context.Background())
			if err != nil || n != tt.recorded {
				t.Fatalf("runner handled %d events (want %d): %v; ack %s", n, tt.recorded, err, rec.Body)
			}
			h.sale.Settle()
			if tt.file == "text_other_number" && wh.Foreign() != 1 {
				t.Fatalf("foreign events counted %d", wh.Foreign())
			}
			out := h.newSent()
			if tt.replyTo == "" {
				if len(out) != 0 || len(h.msgr.reads) != reads {
					t.Fatalf("answered: %v (reads %d→%d)", out, reads, len(h.msgr.reads))
				}
				return
			}
			for _, m := range out {
				if m.To != tt.replyTo {
					t.Fatalf("message to %s, want only %s: %q", m.To, tt.replyTo, body(m))
				}
				if strings.Contains(body(m), "went wrong") {
					t.Fatalf("failure reply: %q", body(m))
				}
			}
			h.expect(out, tt.replyTo, tt.want...)
			if tt.check != nil {
				tt.check(t, h)
			}
		})
	}
}
