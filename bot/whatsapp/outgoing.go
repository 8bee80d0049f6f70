package whatsapp

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Outgoing is a message to send. Exactly one of the content fields is set.
type Outgoing struct {
	To        string // WhatsApp id (digits) of the recipient
	ReplyTo   string // inbound message id to reply in context; ignored for templates
	BizOpaque string // echoed in status webhooks (e.g. an order id)

	Text            *Text
	Buttons         *Buttons
	List            *List
	CTA             *CTA
	Template        *Template
	LocationRequest *LocationRequest

	// Fallback is sent instead when WhatsApp refuses a free-form message because the recipient's
	// 24-hour window is closed (131047); nil uses Config.FallbackTemplate.
	Fallback *Template
}

// Text is a plain message.
type Text struct {
	Body       string
	PreviewURL bool
}

// Buttons is an interactive message with up to three reply buttons.
type Buttons struct {
	Header, Body, Footer string
	Buttons              []Button
}

// Button is a reply button; a tap comes back as a button_reply with this ID.
type Button struct{ ID, Title string }

// List is an interactive list message (up to 10 rows across up to 10 sections).
type List struct {
	Header, Body, Footer string
	Button               string // the label of the button that opens the list
	Sections             []Section
}

// Section groups list rows.
type Section struct {
	Title string
	Rows  []Row
}

// Row is a list entry; a pick comes back as a list_reply with this ID.
type Row struct{ ID, Title, Description string }

// CTA is a call-to-action URL button (a payment link). Taps produce no webhook.
type CTA struct {
	Header, Body, Footer string
	DisplayText, URL     string
}

// Template is an approved message template, the only kind allowed outside the 24-hour window.
type Template struct {
	Name         string
	Language     string   // "en_US", "pt_BR", "ar", "it"
	BodyParams   []string // positional {{1}}, {{2}}…
	QuickReplies []string // payloads for the template's quick-reply buttons, by index
}

// LocationRequest asks the user to share their location (the answer is a location message).
type LocationRequest struct{ Body string }

// Limits from Meta's message references. Text is counted in characters.
const (
	MaxTextBody       = 4096
	MaxButtons        = 3
	MaxButtonTitle    = 20
	MaxButtonID       = 256
	MaxInteractive    = 1024 // body of buttons and CTA messages
	MaxListBody       = 4096
	MaxHeader         = 60
	MaxFooter         = 60
	MaxListButton     = 20
	MaxSections       = 10
	MaxRows           = 10
	MaxSectionTitle   = 24
	MaxRowTitle       = 24
	MaxRowDescription = 72
	MaxRowID          = 200
	MaxCTAText        = 20
)

// ErrLimit is wrapped by every validation error, so callers can tell "we built a bad message"
// from a WhatsApp failure.
var ErrLimit = errors.New("whatsapp: message breaks a WhatsApp limit")

func limit(field string, s string, max int) error {
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("%s is %d characters, at most %d: %w", field, n, max, ErrLimit)
	}
	return nil
}

func required(field, s string) error {
	if s == "" {
		return fmt.Errorf("%s is empty: %w", field, ErrLimit)
	}
	return nil
}

// Kind names the content type, for logs and the sent-message record.
func (m Outgoing) Kind() string {
	switch {
	case m.Text != nil:
		return "text"
	case m.Buttons != nil:
		return "buttons"
	case m.List != nil:
		return "list"
	case m.CTA != nil:
		return "cta_url"
	case m.Template != nil:
		return "template"
	case m.LocationRequest != nil:
		return "location_request"
	}
	return ""
}

// Validate enforces Meta's limits before anything is sent.
func (m Outgoing) Validate() error {
	n := 0
	for _, set := range []bool{m.Text != nil, m.Buttons != nil, m.List != nil, m.CTA != nil, m.Template != nil, m.LocationRequest != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return fmt.Errorf("message has %d content kinds, want exactly 1: %w", n, ErrLimit)
	}
	if err := required("to", m.To); err != nil {
		return err
	}
	errs := []error{}
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	switch {
	case m.Text != nil:
		add(required("text body", m.Text.Body))
		add(limit("text body", m.Text.Body, MaxTextBody))
	case m.Buttons != nil:
		b := m.Buttons
		add(required("body", b.Body))
		add(limit("body", b.Body, MaxInteractive))
		add(limit("header", b.Header, MaxHeader))
		add(limit("footer", b.Footer, MaxFooter))
		if len(b.Buttons) == 0 || len(b.Buttons) > MaxButtons {
			add(fmt.Errorf("%d buttons, want 1 to %d: %w", len(b.Buttons), MaxButtons, ErrLimit))
		}
		seen := map[string]bool{}
		for i, btn := range b.Buttons {
			add(required(fmt.Sprintf("button %d title", i+1), btn.Title))
			add(required(fmt.Sprintf("button %d id", i+1), btn.ID))
			add(limit(fmt.Sprintf("button %d title", i+1), btn.Title, MaxButtonTitle))
			add(limit(fmt.Sprintf("button %d id", i+1), btn.ID, MaxButtonID))
			if seen[btn.Title] {
				add(fmt.Errorf("button title %q repeated: %w", btn.Title, ErrLimit))
			}
			seen[btn.Title] = true
		}
	case m.List != nil:
		l := m.List
		add(required("body", l.Body))
		add(limit("body", l.Body, MaxListBody))
		add(limit("header", l.Header, MaxHeader))
		add(limit("footer", l.Footer, MaxFooter))
		add(required("list button", l.Button))
		add(limit("list button", l.Button, MaxListButton))
		if len(l.Sections) == 0 || len(l.Sections) > MaxSections {
			add(fmt.Errorf("%d sections, want 1 to %d: %w", len(l.Sections), MaxSections, ErrLimit))
		}
		rows := 0
		ids := map[string]bool{}
		for i, s := range l.Sections {
			if len(l.Sections) > 1 {
				add(required(fmt.Sprintf("section %d title", i+1), s.Title))
			}
			add(limit(fmt.Sprintf("section %d title", i+1), s.Title, MaxSectionTitle))
			for j, r := range s.Rows {
				rows++
				where := fmt.Sprintf("section %d row %d", i+1, j+1)
				add(required(where+" id", r.ID))
				add(required(where+" title", r.Title))
				add(limit(where+" id", r.ID, MaxRowID))
				add(limit(where+" title", r.Title, MaxRowTitle))
				add(limit(where+" description", r.Description, MaxRowDescription))
				if ids[r.ID] {
					add(fmt.Errorf("row id %q repeated: %w", r.ID, ErrLimit))
				}
				ids[r.ID] = true
			}
		}
		if rows == 0 || rows > MaxRows {
			add(fmt.Errorf("%d rows, want 1 to %d: %w", rows, MaxRows, ErrLimit))
		}
	case m.CTA != nil:
		c := m.CTA
		add(required("body", c.Body))
		add(limit("body", c.Body, MaxInteractive))
		add(limit("header", c.Header, MaxHeader))
		add(limit("footer", c.Footer, MaxFooter))
		add(required("display text", c.DisplayText))
		add(limit("display text", c.DisplayText, MaxCTAText))
		add(required("url", c.URL))
	case m.Template != nil:
		add(m.Template.validate())
	case m.LocationRequest != nil:
		add(required("body", m.LocationRequest.Body))
		add(limit("body", m.LocationRequest.Body, MaxInteractive))
	}
	if m.Fallback != nil {
		add(m.Fallback.validate())
	}
	return errors.Join(errs...)
}

func (t *Template) validate() error {
	if t.Name == "" || t.Language == "" {
		return fmt.Errorf("template needs a name and a language: %w", ErrLimit)
	}
	return nil
}

// wire is the JSON body for POST /{phone-id}/messages.
func (m Outgoing) wire() map[string]any {
	body := map[string]any{"messaging_product": "whatsapp", "recipient_type": "individual", "to": m.To}
	if m.ReplyTo != "" && m.Template == nil {
		body["context"] = map[string]string{"message_id": m.ReplyTo}
	}
	if m.BizOpaque != "" {
		body["biz_opaque_callback_data"] = m.BizOpaque
	}
	opt := func(obj map[string]any, key, text string) {
		if text != "" {
			obj[key] = map[string]string{"text": text}
		}
	}
	header := func(obj map[string]any, text string) {
		if text != "" {
			obj["header"] = map[string]string{"type": "text", "text": text}
		}
	}
	switch {
	case m.Text != nil:
		body["type"] = "text"
		body["text"] = map[string]any{"body": m.Text.Body, "preview_url": m.Text.PreviewURL}
	case m.Buttons != nil:
		btns := make([]map[string]any, len(m.Buttons.Buttons))
		for i, b := range m.Buttons.Buttons {
			btns[i] = map[string]any{"type": "reply", "reply": map[string]string{"id": b.ID, "title": b.Title}}
		}
		in := map[string]any{"type": "button", "body": map[string]string{"text": m.Buttons.Body}, "action": map[string]any{"buttons": btns}}
		header(in, m.Buttons.Header)
		opt(in, "footer", m.Buttons.Footer)
		body["type"], body["interactive"] = "interactive", in
	case m.List != nil:
		secs := make([]map[string]any, len(m.List.Sections))
		for i, s := range m.List.Sections {
			rows := make([]map[string]string, len(s.Rows))
			for j, r := range s.Rows {
				rows[j] = map[string]string{"id": r.ID, "title": r.Title}
				if r.Description != "" {
					rows[j]["description"] = r.Description
				}
			}
			sec := map[string]any{"rows": rows}
			if s.Title != "" {
				sec["title"] = s.Title
			}
			secs[i] = sec
		}
		in := map[string]any{"type": "list", "body": map[string]string{"text": m.List.Body},
			"action": map[string]any{"button": m.List.Button, "sections": secs}}
		header(in, m.List.Header)
		opt(in, "footer", m.List.Footer)
		body["type"], body["interactive"] = "interactive", in
	case m.CTA != nil:
		in := map[string]any{"type": "cta_url", "body": map[string]string{"text": m.CTA.Body},
			"action": map[string]any{"name": "cta_url", "parameters": map[string]string{"display_text": m.CTA.DisplayText, "url": m.CTA.URL}}}
		header(in, m.CTA.Header)
		opt(in, "footer", m.CTA.Footer)
		body["type"], body["interactive"] = "interactive", in
	case m.LocationRequest != nil:
		body["type"] = "interactive"
		body["interactive"] = map[string]any{"type": "location_request_message", "body": map[string]string{"text": m.LocationRequest.Body},
			"action": map[string]string{"name": "send_location"}}
	case m.Template != nil:
		body["type"] = "template"
		body["template"] = m.Template.wire()
	}
	return body
}

func (t *Template) wire() map[string]any {
	tpl := map[string]any{"name": t.Name, "language": map[string]string{"code": t.Language}}
	var comps []map[string]any
	if len(t.BodyParams) > 0 {
		ps := make([]map[string]string, len(t.BodyParams))
		for i, p := range t.BodyParams {
			ps[i] = map[string]string{"type": "text", "text": p}
		}
		comps = append(comps, map[string]any{"type": "body", "parameters": ps})
	}
	for i, p := range t.QuickReplies {
		comps = append(comps, map[string]any{"type": "button", "sub_type": "quick_reply", "index": fmt.Sprint(i),
			"parameters": []map[string]string{{"type": "payload", "payload": p}}})
	}
	if comps != nil {
		tpl["components"] = comps
	}
	return tpl
}

// MarshalJSON renders the Graph API request body.
func (m Outgoing) MarshalJSON() ([]byte, error) { return json.Marshal(m.wire()) }
