package whatsapp

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrPayload is returned for a body that is not a WhatsApp webhook payload at all.
var ErrPayload = errors.New("not a WhatsApp webhook payload")

// Payload is the POST envelope.
type payload struct {
	Object string `json:"object"`
	Entry  []struct {
		Changes []struct {
			Field string          `json:"field"`
			Value json.RawMessage `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

type wireMessage struct {
	From      string `json:"from"`
	UserID    string `json:"user_id"`
	ID        string `json:"id"`
	Timestamp string `json:"timestamp"`
	Type      string `json:"type"`
	Context   *struct {
		From            string `json:"from"`
		ID              string `json:"id"`
		Forwarded       bool   `json:"forwarded"`
		FrequentlyFwd   bool   `json:"frequently_forwarded"`
		ReferredProduct *struct {
			CatalogID         string `json:"catalog_id"`
			ProductRetailerID string `json:"product_retailer_id"`
		} `json:"referred_product"`
	} `json:"context"`
	Text *struct {
		Body string `json:"body"`
	} `json:"text"`
	Interactive *struct {
		Type        string `json:"type"`
		ButtonReply *struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		} `json:"button_reply"`
		ListReply *struct {
			ID          string `json:"id"`
			Title       string `json:"title"`
			Description string `json:"description"`
		} `json:"list_reply"`
	} `json:"interactive"`
	Button *struct {
		Payload string `json:"payload"`
		Text    string `json:"text"`
	} `json:"button"`
	Image    *Media `json:"image"`
	Location *struct {
		Latitude  json.Number `json:"latitude"`
		Longitude json.Number `json:"longitude"`
		Name      string      `json:"name"`
		Address   string      `json:"address"`
		URL       string      `json:"url"`
	} `json:"location"`
	Order *struct {
		CatalogID    string `json:"catalog_id"`
		Text         string `json:"text"`
		ProductItems []struct {
			ProductRetailerID string      `json:"product_retailer_id"`
			Quantity          json.Number `json:"quantity"`
			ItemPrice         json.Number `json:"item_price"`
			Currency          string      `json:"currency"`
		} `json:"product_items"`
	} `json:"order"`
	Reaction *struct {
		MessageID string `json:"message_id"`
		Emoji     string `json:"emoji"`
	} `json:"reaction"`
	Sticker *Media `json:"sticker"`
	System  *struct {
		Body    string `json:"body"`
		Type    string `json:"type"`
		WaID    string `json:"wa_id"`
		NewWaID string `json:"new_wa_id"`
	} `json:"system"`
	Referral *Referral  `json:"referral"`
	Errors   []APIError `json:"errors"`
}

type wireStatus struct {
	ID              string     `json:"id"`
	Status          string     `json:"status"`
	Timestamp       string     `json:"timestamp"`
	RecipientID     string     `json:"recipient_id"`
	RecipientUserID string     `json:"recipient_user_id"`
	BizOpaque       string     `json:"biz_opaque_callback_data"`
	Type            string     `json:"type"`
	Errors          []APIError `json:"errors"`
}

// Problem is a part of a payload that was skipped (logged, acknowledged, not recorded).
type Problem struct {
	Where  string
	Reason string
}

// Parsed is what one POST carried.
type Parsed struct {
	Events   []Event
	Problems []Problem
	Ignored  []string // change fields souq does not subscribe to (logged, acknowledged)
}

// Parse turns a webhook body into events. It fails only when the body is not a JSON webhook
// envelope; a malformed message inside an otherwise good payload is skipped with a Problem, so
// one bad item never makes Meta retry (and re-deliver) the good ones. The envelope is decoded
// first and each item on its own, which isolates the bad items and keeps the raw JSON of message
// types souq does not act on. It is all encoding/json: a text message takes about 20 µs of the
// acknowledgement's 110 µs of CPU (README, "WhatsApp webhook").
func Parse(body []byte, received time.Time) (Parsed, error) {
	var out Parsed
	var p payload
	if err := json.Unmarshal(body, &p); err != nil {
		return out, fmt.Errorf("%w: %v", ErrPayload, err)
	}
	if p.Object != "whatsapp_business_account" {
		return out, fmt.Errorf("%w: object %q", ErrPayload, truncate(p.Object, 40))
	}
	for ei, entry := range p.Entry {
		for ci, ch := range entry.Changes {
			if ch.Field != "messages" {
				out.Ignored = append(out.Ignored, truncate(ch.Field, 60))
				continue
			}
			parseValue(fmt.Sprintf("entry[%d].changes[%d]", ei, ci), ch.Value, received, &out)
		}
	}
	return out, nil
}

type contact struct {
	Profile struct {
		Name string `json:"name"`
	} `json:"profile"`
	WaID   string `json:"wa_id"`
	UserID string `json:"user_id"`
}

// rawValue is a change value that keeps each item's JSON, to decode (and fail) one at a time.
type rawValue struct {
	MessagingProduct string `json:"messaging_product"`
	Metadata         struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	} `json:"metadata"`
	Contacts []contact         `json:"contacts"`
	Messages []json.RawMessage `json:"messages"`
	Statuses []json.RawMessage `json:"statuses"`
	Errors   []json.RawMessage `json:"errors"`
}

// profileName is the contact name Meta sent for a sender (by phone number, else by user id).
func profileName(contacts []contact, from, userID string) string {
	for _, id := range []string{from, userID} {
		for _, c := range contacts {
			if id != "" && (c.WaID == id || c.UserID == id) && c.Profile.Name != "" {
				return c.Profile.Name
			}
		}
	}
	return ""
}

// parseValue decodes a change value item by item: a bad item becomes a Problem at where, and a
// message of a type souq does not act on keeps its raw JSON.
func parseValue(where string, value []byte, received time.Time, out *Parsed) {
	var v rawValue
	if err := json.Unmarshal(value, &v); err != nil {
		out.Problems = append(out.Problems, Problem{where, "value: " + err.Error()})
		return
	}
	phoneID := v.Metadata.PhoneNumberID
	for i, raw := range v.Messages {
		var w wireMessage
		err := json.Unmarshal(raw, &w)
		var m Message
		if err == nil {
			m, err = messageFromWire(&w)
		}
		if err != nil {
			out.Problems = append(out.Problems, Problem{fmt.Sprintf("%s.messages[%d]", where, i), err.Error()})
			continue
		}
		m.Name = profileName(v.Contacts, m.From, m.UserID)
		ev := Event{Kind: KindMessage, PhoneNumberID: phoneID, Message: &m, Received: received}
		if !knownType(m.Type) {
			ev.Raw = raw
		}
		out.Events = append(out.Events, ev)
	}
	for i, raw := range v.Statuses {
		var w wireStatus
		err := json.Unmarshal(raw, &w)
		var s Status
		if err == nil {
			s, err = statusFromWire(&w)
		}
		if err != nil {
			out.Problems = append(out.Problems, Problem{fmt.Sprintf("%s.statuses[%d]", where, i), err.Error()})
			continue
		}
		out.Events = append(out.Events, Event{Kind: KindStatus, PhoneNumberID: phoneID, Status: &s, Received: received})
	}
	for i, raw := range v.Errors {
		var e APIError
		if err := json.Unmarshal(raw, &e); err != nil {
			out.Problems = append(out.Problems, Problem{fmt.Sprintf("%s.errors[%d]", where, i), err.Error()})
			continue
		}
		out.Events = append(out.Events, Event{Kind: KindError, PhoneNumberID: phoneID, Error: &e, Received: received})
	}
}

// messageFromWire validates a decoded message and normalises it.
func messageFromWire(w *wireMessage) (Message, error) {
	if w.ID == "" {
		return Message{}, errors.New("message without id")
	}
	if w.From == "" && w.UserID == "" {
		return Message{}, errors.New("message without sender")
	}
	ts, err := parseUnix(w.Timestamp)
	if err != nil {
		return Message{}, err
	}
	m := Message{ID: w.ID, From: NormalizePhone(w.From), UserID: w.UserID, Timestamp: ts, Type: w.Type, Errors: w.Errors, Referral: w.Referral}
	if w.Context != nil {
		m.Context = &MessageContext{From: w.Context.From, ID: w.Context.ID, Forwarded: w.Context.Forwarded || w.Context.FrequentlyFwd}
		if rp := w.Context.ReferredProduct; rp != nil {
			m.Context.CatalogID, m.Context.ProductRetailerID = rp.CatalogID, rp.ProductRetailerID
		}
	}
	missing := func() (Message, error) {
		return Message{}, fmt.Errorf("%s message without its %q object", w.Type, w.Type)
	}
	switch w.Type {
	case TypeText:
		if w.Text == nil {
			return missing()
		}
		m.Text = w.Text.Body
	case TypeInteractive:
		if w.Interactive == nil {
			return missing()
		}
		switch {
		case w.Interactive.Type == ReplyButton && w.Interactive.ButtonReply != nil:
			m.Reply = &Reply{Kind: ReplyButton, ID: w.Interactive.ButtonReply.ID, Title: w.Interactive.ButtonReply.Title}
		case w.Interactive.Type == ReplyList && w.Interactive.ListReply != nil:
			r := w.Interactive.ListReply
			m.Reply = &Reply{Kind: ReplyList, ID: r.ID, Title: r.Title, Description: r.Description}
		default:
			// nfm_reply (Flows) and future kinds: kept as an interactive message with no Reply.
		}
	case TypeButton:
		if w.Button == nil {
			return missing()
		}
		m.Reply = &Reply{Kind: ReplyTemplateButton, ID: w.Button.Payload, Title: w.Button.Text}
	case TypeImage:
		if w.Image == nil || w.Image.ID == "" {
			return Message{}, errors.New("image message without media id")
		}
		m.Image = w.Image
	case TypeLocation:
		l := w.Location
		if l == nil {
			return missing()
		}
		if !isDecimal(string(l.Latitude)) || !isDecimal(string(l.Longitude)) {
			return Message{}, errors.New("location without numeric latitude/longitude")
		}
		m.Location = &Location{Latitude: string(l.Latitude), Longitude: string(l.Longitude), Name: l.Name, Address: l.Address, URL: l.URL}
	case TypeOrder:
		o := w.Order
		if o == nil {
			return missing()
		}
		m.Order = &Order{CatalogID: o.CatalogID, Text: o.Text}
		for i, it := range o.ProductItems {
			q, err := strconv.Atoi(string(it.Quantity))
			if err != nil || q <= 0 {
				return Message{}, fmt.Errorf("order item %d: quantity %q", i, truncate(string(it.Quantity), 20))
			}
			if !isDecimal(string(it.ItemPrice)) || strings.HasPrefix(string(it.ItemPrice), "-") {
				return Message{}, fmt.Errorf("order item %d: price %q", i, truncate(string(it.ItemPrice), 20))
			}
			m.Order.Items = append(m.Order.Items, OrderItem{RetailerID: it.ProductRetailerID, Quantity: q, ItemPrice: string(it.ItemPrice), Currency: it.Currency})
		}
	case TypeReaction:
		if w.Reaction == nil {
			return missing()
		}
		// A removed reaction arrives without its emoji.
		m.Reaction = &Reaction{MessageID: w.Reaction.MessageID, Emoji: w.Reaction.Emoji}
	case TypeSticker:
		if w.Sticker == nil {
			return missing()
		}
		m.Image = w.Sticker
	case TypeSystem:
		if w.System == nil {
			return missing()
		}
		// new_wa_id is the documented member; older payloads carried the new number in wa_id.
		nw := w.System.NewWaID
		if nw == "" {
			nw = w.System.WaID
		}
		m.System = &System{Type: w.System.Type, Body: w.System.Body, NewWaID: NormalizePhone(nw)}
	}
	return m, nil
}

// statusFromWire validates a decoded status and normalises it.
func statusFromWire(w *wireStatus) (Status, error) {
	if w.ID == "" || w.Status == "" {
		return Status{}, errors.New("status without id or status")
	}
	ts, err := parseUnix(w.Timestamp)
	if err != nil {
		return Status{}, err
	}
	return Status{ID: w.ID, Status: w.Status, Timestamp: ts, RecipientID: NormalizePhone(w.RecipientID), RecipientUserID: w.RecipientUserID,
		BizOpaque: w.BizOpaque, Type: w.Type, Errors: w.Errors}, nil
}

// parseUnix reads Meta's timestamp: a string of Unix seconds.
func parseUnix(s string) (time.Time, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > 1<<40 {
		return time.Time{}, fmt.Errorf("timestamp %q is not Unix seconds", truncate(s, 30))
	}
	return time.Unix(n, 0).UTC(), nil
}

// isDecimal accepts what JSON numbers look like in these payloads: optional sign, digits,
// optional fraction, optional exponent (we keep the text; nobody does arithmetic on it here).
func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	_, err := strconv.ParseFloat(s, 64) // validation only; the value kept is the text
	return err == nil
}

// NormalizePhone writes a WhatsApp phone number as Meta's wa_id does: digits only, no '+'. Meta's
// own template quick-reply example sends "+16505551234" for the user whose wa_id is 16505551234.
// Anything else is returned unchanged (and fails IsPhone).
func NormalizePhone(s string) string {
	s = strings.TrimSpace(s)
	if d := strings.TrimPrefix(s, "+"); d != s && IsPhone(d) {
		return d
	}
	return s
}

// IsPhone reports whether s is a phone number as wa_id writes it: 8 to 15 digits, no leading 0.
func IsPhone(s string) bool {
	if len(s) < 8 || len(s) > 15 || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
