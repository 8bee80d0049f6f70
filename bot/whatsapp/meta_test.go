package whatsapp

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Meta's documented payloads (testdata/meta) parse to what the bot acts on; the end-to-end
// reaction to each is asserted in bot/contract_test.go.
func TestParseMetaExamples(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file  string
		check func(m *Message) bool
	}{
		{"template_quick_reply", func(m *Message) bool { return m.From == "16505551234" && m.FromPhone() && m.Reply.ID == "Unsubscribe" }},
		{"reaction", func(m *Message) bool { return m.Reaction != nil && m.Reaction.Emoji == "👍" }},
		{"reaction_removed", func(m *Message) bool {
			return m.Reaction != nil && m.Reaction.Emoji == "" && m.Reaction.MessageID != ""
		}},
		{"sticker", func(m *Message) bool {
			return m.Type == TypeSticker && m.Image != nil && m.Image.MimeType == "image/webp"
		}},
		{"system_user_changed_number", func(m *Message) bool {
			return m.System != nil && m.System.Type == SystemChangedNumber && m.System.NewWaID == "12195555358"
		}},
		{"referral", func(m *Message) bool { return m.Referral != nil && m.Referral.SourceType == "ad" && m.Text != "" }},
		{"bsuid_only", func(m *Message) bool { return m.From == "" && !m.FromPhone() && m.UserID != "" }},
		{"contacts", func(m *Message) bool { return m.Type == "contacts" }},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join("testdata", "meta", tt.file+".json"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(b, time.Now())
		if err != nil || len(p.Events) != 1 || p.Events[0].Message == nil || !tt.check(p.Events[0].Message) {
			t.Errorf("%s: %+v %v", tt.file, p, err)
		}
	}
}

// Finding 2: '+' and no '+' are one person; anything but a phone number is not answerable.
func TestNormalizePhone(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"+16505551234": "16505551234", "16505551234": "16505551234", "abc": "abc", "+abc": "+abc", "": ""} {
		if got := NormalizePhone(in); got != want {
			t.Errorf("NormalizePhone(%q) = %q, want %q", in, got, want)
		}
	}
	for in, ok := range map[string]bool{"16505551234": true, "abc": false, "US.13491208655302741918": false, "0123456789": false, "1234567": false} {
		if IsPhone(in) != ok {
			t.Errorf("IsPhone(%q) != %v", in, ok)
		}
	}
}

// Finding 1: events for another business number on the same app are acknowledged, not recorded.
func TestWebhookIgnoresOtherNumbers(t *testing.T) {
	t.Parallel()
	w, db := newTestWebhook(t)
	w.phoneID = "106540352242922"
	for _, f := range []string{"text_other_number", "text"} {
		b, err := os.ReadFile(filepath.Join("testdata", "meta", f+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if rec := post(w, b, Sign(b, []byte(testSecret))); rec.Code != 200 {
			t.Fatalf("%s: %d", f, rec.Code)
		}
	}
	if n := pending(t, db); n != 1 || w.Foreign() != 1 {
		t.Fatalf("recorded %d, foreign %d", n, w.Foreign())
	}
}
