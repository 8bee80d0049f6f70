package whatsapp

import (
	"bytes"
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
		ID      string `json:"id"`
		Changes []struct {
			Field string          `json:"field"`
			Value json.RawMessage `json:"value"`
		} `json:"changes"`
	} `json:"entry"`
}

type changeValue struct {
	MessagingProduct string `json:"messaging_product"`
	Metadata         struct {
		DisplayPhoneNumber string `json:"display_phone_number"`
		PhoneNumberID      string `json:"phone_number_id"`
	} `json:"metadata"`
	Contacts []struct {
		Profile struct {
			Name string `json:"name"`
		} `json:"profile"`
		WaID   string `json:"wa_id"`
		UserID string `json:"user_id"`
	} `json:"contacts"`
	Messages []json.RawMessage `json:"messages"`
	Statuses []json.RawMessage `json:"statuses"`
	Errors   []json.RawMessage `json:"errors"`
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
	Errors []APIError `json:"errors"`
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
// one bad item never makes Meta retry (and re-deliver) the good ones.
func Parse(body []byte, received time.Time) (Parsed, error) {
	var out Parsed
	var p payload
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&p); err != nil {
		return out, fmt.Errorf("%w: %v", ErrPayload, err)
	}
	if p.Object != "whatsapp_business_account" {
		return out, fmt.Errorf("%w: object %q", ErrPayload, truncate(p.Object, 40))
	}
	for ei, entry := range p.Entry {
		for ci, ch := range entry.Changes {
			where := fmt.Sprintf("entry[%d].changes[%d]", ei, ci)
			if ch.Field != "messages" {
				out.Ignored = append(out.Ignored, truncate(ch.Field, 60))
				continue
			}
			var v changeValue
			if err := json.Unmarshal(ch.Value, &v); err != nil {
				out.Problems = append(out.Problems, Problem{where, "value: " + err.Error()})
				continue
			}
			names := map[string]string{}
			for _, c := range v.Contacts {
				if c.WaID != "" {
					names[c.WaID] = c.Profile.Name
				}
				if c.UserID != "" {
					names[c.UserID] = c.Profile.Name
				}
			}
			phoneID := v.Metadata.PhoneNumberID
			for i, raw := range v.Messages {
				w := fmt.Sprintf("%s.messages[%d]", where, i)
				m, err := parseMessage(raw)
				if err != nil {
					out.Problems = append(out.Problems, Problem{w, err.Error()})
					continue
				}
				m.Name = names[m.From]
				if m.Name == "" {
					m.Name = names[m.UserID]
				}
				out.Events = append(out.Events, Event{Kind: KindMessage, PhoneNumberID: phoneID, Message: &m, Received: received, Raw: raw})
			}
			for i, raw := range v.Statuses {
				s, err := parseStatus(raw)
				if err != nil {
					out.Problems = append(out.Problems, Problem{fmt.Sprintf("%s.statuses[%d]", where, i), err.Error()})
					continue
				}
				out.Events = append(out.Events, Event{Kind: KindStatus, PhoneNumberID: phoneID, Status: &s, Received: received, Raw: raw})
			}
			for i, raw := range v.Errors {
				var e APIError
				if err := json.Unmarshal(raw, &e); err != nil {
					out.Problems = append(out.Problems, Problem{fmt.Sprintf("%s.errors[%d]", where, i), err.Error()})
					continue
				}
				out.Events = append(out.Events, Event{Kind: KindError, PhoneNumberID: phoneID, Error: &e, Received: received, Raw: raw})
			}
		}
	}
	return out, nil
}

func parseMessage(raw []byte) (Message, error) {
	var w wireMessage
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&w); err != nil {
		return Message{}, err
	}
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
	m := Message{ID: w.ID, From: w.From, UserID: w.UserID, Timestamp: ts, Type: w.Type, Errors: w.Errors}
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
	}
	return m, nil
}

func parseStatus(raw []byte) (Status, error) {
	var w wireStatus
	if err := json.Unmarshal(raw, &w); err != nil {
		return Status{}, err
	}
	if w.ID == "" || w.Status == "" {
		return Status{}, errors.New("status without id or status")
	}
	ts, err := parseUnix(w.Timestamp)
	if err != nil {
		return Status{}, err
	}
	return Status{ID: w.ID, Status: w.Status, Timestamp: ts, RecipientID: w.RecipientID, RecipientUserID: w.RecipientUserID,
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

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
