package whatsapp

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

var received = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)

// TestParseGolden parses every payload fixture (shapes from Meta's webhook references) and
// compares the events with testdata/golden/<name>.json.
func TestParseGolden(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/*.json")
	if err != nil || len(files) < 10 {
		t.Fatalf("fixtures: %v %d", err, len(files))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(body, received)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				_ = os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update once)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
				t.Errorf("parse(%s) differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// TestParseKinds checks the fields the bot depends on, independent of the golden files.
func TestParseKinds(t *testing.T) {
	t.Parallel()
	load := func(name string) Parsed {
		body, err := os.ReadFile(filepath.Join("testdata", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(body, received)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		fixture string
		check   func(p Parsed) bool
	}{
		{"text", func(p Parsed) bool {
			m := p.Events[0].Message
			return m.Text == "Does it come in another color?" && m.From == "16505551234" && m.Name == "Sheena Nelson" &&
				m.Timestamp.Equal(time.Unix(1749416383, 0)) && p.Events[0].PhoneNumberID == "106540352242922"
		}},
		{"text_escaped", func(p Parsed) bool { return p.Events[0].Message.Text == "äöå @ / <b> 100% مرحبا" }},
		{"button_reply", func(p Parsed) bool {
			m := p.Events[0].Message
			return m.Reply.Kind == ReplyButton && m.Reply.ID == "change-button" && m.Context.ID != ""
		}},
		{"list_reply", func(p Parsed) bool {
			r := p.Events[0].Message.Reply
			return r.Kind == ReplyList && r.ID == "priority_express" && r.Description == "Next Day to 2 Days"
		}},
		{"template_button", func(p Parsed) bool {
			r := p.Events[0].Message.Reply
			return r.Kind == ReplyTemplateButton && r.ID == "optin:yes" && r.Title == "Yes"
		}},
		{"image", func(p Parsed) bool {
			im := p.Events[0].Message.Image
			return im.ID == "1003383421387256" && im.Caption == "order 3f2a1b0c" && im.MimeType == "image/jpeg"
		}},
		{"location", func(p Parsed) bool {
			l := p.Events[0].Message.Location
			return l.Latitude == "37.483253479003906" && l.Longitude == "-122.14960479736328" && l.Name == "Meta Headquarters"
		}},
		{"order", func(p Parsed) bool {
			o := p.Events[0].Message.Order
			return o.CatalogID == "194836987003835" && len(o.Items) == 2 && o.Items[0].ItemPrice == "7.99" &&
				o.Items[0].Quantity == 2 && o.Items[1].ItemPrice == "30"
		}},
		{"status_failed", func(p Parsed) bool {
			s := p.Events[0].Status
			return s.Status == "failed" && len(s.Errors) == 1 && errors.Is(&s.Errors[0], ErrWindowClosed) &&
				p.Events[0].Key() == "s:"+s.ID+":failed" && p.Events[0].Chat() == "16505551234"
		}},
		{"status_sent", func(p Parsed) bool { return p.Events[0].Status.BizOpaque == "order:3f2a1b0c" }},
		{"unsupported", func(p Parsed) bool {
			m := p.Events[0].Message
			return m.Type == "unsupported" && m.Errors[0].Code == 131051
		}},
		{"video", func(p Parsed) bool { return p.Events[0].Message.Type == "video" && len(p.Events[0].Raw) > 0 }},
		{"value_error", func(p Parsed) bool {
			e := p.Events[0]
			return e.Kind == KindError && errors.Is(e.Error, ErrThrottled) && strings.HasPrefix(e.Key(), "e:")
		}},
		{"batch", func(p Parsed) bool {
			// Three messages (one a duplicate id: the inbox drops it) and a status.
			return len(p.Events) == 4 && p.Events[0].Key() == p.Events[2].Key() && p.Events[1].Message.Name == "Ana" &&
				p.Events[3].Kind == KindStatus
		}},
		{"bsuid", func(p Parsed) bool { return p.Events[0].Chat() == "US.13491208655302741918" }},
		{"bad_items", func(p Parsed) bool {
			return len(p.Events) == 1 && p.Events[0].Message.ID == "wamid.good" && len(p.Problems) == 2
		}},
		{"other_field", func(p Parsed) bool {
			return len(p.Events) == 0 && len(p.Ignored) == 1 && p.Ignored[0] == "account_alerts"
		}},
	}
	for _, tt := range tests {
		if p := load(tt.fixture); len(p.Events) == 0 && tt.fixture != "other_field" || !tt.check(p) {
			t.Errorf("%s: unexpected parse %+v", tt.fixture, p)
		}
	}
}

func TestParseRejectsNonPayloads(t *testing.T) {
	t.Parallel()
	for _, body := range []string{``, `[]`, `{"object":"page","entry":[]}`, `{"object":`, `null`, `"x"`} {
		if _, err := Parse([]byte(body), received); !errors.Is(err, ErrPayload) {
			t.Errorf("Parse(%q) = %v, want ErrPayload", body, err)
		}
	}
}
