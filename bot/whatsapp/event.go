package whatsapp

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// EventKind says what an inbound event is.
type EventKind string

// Event kinds.
const (
	KindMessage EventKind = "message" // a user sent something
	KindStatus  EventKind = "status"  // what happened to a message we sent
	KindError   EventKind = "error"   // an error WhatsApp reported outside a message or status
)

// Event is one unit of an inbound webhook, as recorded in the inbox: a POST carries any number
// of them, and each is deduplicated and processed on its own.
type Event struct {
	Kind          EventKind       `json:"kind"`
	PhoneNumberID string          `json:"phone_number_id"`
	Message       *Message        `json:"message,omitempty"`
	Status        *Status         `json:"status,omitempty"`
	Error         *APIError       `json:"error,omitempty"`
	Received      time.Time       `json:"received"`
	Raw           json.RawMessage `json:"raw,omitempty"` // a message of a type souq does not act on, as Meta sent it
}

// Key is the inbox dedupe key: a message is processed once whatever its retries; each status of
// a message once; a reported error once per identical report.
func (e Event) Key() string {
	switch {
	case e.Kind == KindMessage && e.Message != nil:
		return "m:" + e.Message.ID
	case e.Kind == KindStatus && e.Status != nil:
		return "s:" + e.Status.ID + ":" + e.Status.Status
	}
	// Hash the decoded error, not its bytes as received: the key must survive the inbox's
	// re-encoding.
	norm, _ := json.Marshal(e.Error)
	sum := sha256.Sum256(append([]byte(e.PhoneNumberID+"\x00"), norm...))
	return "e:" + hex.EncodeToString(sum[:16])
}

// Chat is the WhatsApp id the event concerns (the sender of a message, the recipient of a status).
func (e Event) Chat() string {
	switch {
	case e.Message != nil:
		if e.Message.From != "" {
			return e.Message.From
		}
		return e.Message.UserID
	case e.Status != nil:
		if e.Status.RecipientID != "" {
			return e.Status.RecipientID
		}
		return e.Status.RecipientUserID
	}
	return ""
}

// Message types souq understands; anything else arrives with its Type and Raw and is answered
// with what the bot can read.
const (
	TypeText        = "text"
	TypeInteractive = "interactive" // Reply holds a button_reply or list_reply
	TypeButton      = "button"      // template quick-reply button; Reply holds it
	TypeImage       = "image"
	TypeLocation    = "location"
	TypeOrder       = "order"
	TypeReaction    = "reaction" // an emoji on one of our messages; acknowledged, never answered
	TypeSticker     = "sticker"  // acknowledged, never answered
	TypeSystem      = "system"   // user_changed_number and the like: acted on, never answered as chat
)

// SystemChangedNumber is the system message saying the user moved to NewWaID.
const SystemChangedNumber = "user_changed_number"

// Message is an inbound user message, normalised from the per-type payloads.
type Message struct {
	ID        string          `json:"id"`
	From      string          `json:"from"`
	UserID    string          `json:"user_id,omitempty"` // business-scoped user id, when Meta sends one
	Name      string          `json:"name,omitempty"`    // the contact's profile name
	Timestamp time.Time       `json:"timestamp"`
	Type      string          `json:"type"`
	Context   *MessageContext `json:"context,omitempty"`
	Text      string          `json:"text,omitempty"`
	Reply     *Reply          `json:"reply,omitempty"`
	Image     *Media          `json:"image,omitempty"`
	Location  *Location       `json:"location,omitempty"`
	Order     *Order          `json:"order,omitempty"`
	Reaction  *Reaction       `json:"reaction,omitempty"`
	System    *System         `json:"system,omitempty"`
	Referral  *Referral       `json:"referral,omitempty"` // the ad or post the user came from (Click-to-WhatsApp)
	Errors    []APIError      `json:"errors,omitempty"`
}

// FromPhone reports whether the sender is known by a phone number souq can answer (not only by a
// business-scoped user id, not garbage).
func (m *Message) FromPhone() bool { return IsPhone(m.From) }

// Reaction is an emoji put on (or, with an empty Emoji, taken off) one of our messages.
type Reaction struct {
	MessageID string `json:"message_id"`
	Emoji     string `json:"emoji,omitempty"`
}

// System is a message WhatsApp itself sends about the user.
type System struct {
	Type    string `json:"type"`
	Body    string `json:"body,omitempty"`
	NewWaID string `json:"new_wa_id,omitempty"`
}

// Referral is where a user came from when they tapped an ad or a post.
type Referral struct {
	SourceURL  string `json:"source_url,omitempty"`
	SourceID   string `json:"source_id,omitempty"`
	SourceType string `json:"source_type,omitempty"`
	Headline   string `json:"headline,omitempty"`
	Body       string `json:"body,omitempty"`
	MediaType  string `json:"media_type,omitempty"`
	CtwaClid   string `json:"ctwa_clid,omitempty"`
}

// MessageContext links a message to the business message it answers (or the product it asks about).
type MessageContext struct {
	From              string `json:"from,omitempty"`
	ID                string `json:"id,omitempty"`
	Forwarded         bool   `json:"forwarded,omitempty"`
	CatalogID         string `json:"catalog_id,omitempty"`
	ProductRetailerID string `json:"product_retailer_id,omitempty"`
}

// Reply kinds.
const (
	ReplyButton         = "button_reply"
	ReplyList           = "list_reply"
	ReplyTemplateButton = "quick_reply" // template quick-reply: ID is the button's payload
)

// Reply is a tap on one of our buttons or list rows.
type Reply struct {
	Kind        string `json:"kind"`
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
}

// Media is an inbound photo (or other media) reference; the bytes are fetched with DownloadMedia.
type Media struct {
	ID       string `json:"id"`
	MimeType string `json:"mime_type,omitempty"`
	SHA256   string `json:"sha256,omitempty"` // as Meta sent it (base64 or hex)
	Caption  string `json:"caption,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Location is a shared location; coordinates are kept as the decimal text received.
type Location struct {
	Latitude  string `json:"latitude"`
	Longitude string `json:"longitude"`
	Name      string `json:"name,omitempty"`
	Address   string `json:"address,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Order is a cart sent from a catalog.
type Order struct {
	CatalogID string      `json:"catalog_id"`
	Text      string      `json:"text,omitempty"`
	Items     []OrderItem `json:"items"`
}

// OrderItem is one cart line; ItemPrice is the decimal text received (never a float).
type OrderItem struct {
	RetailerID string `json:"product_retailer_id"`
	Quantity   int    `json:"quantity"`
	ItemPrice  string `json:"item_price"`
	Currency   string `json:"currency"`
}

// Status is what WhatsApp reports about a message we sent.
type Status struct {
	ID              string     `json:"id"`
	Status          string     `json:"status"` // sent, delivered, read, failed, played, …
	Timestamp       time.Time  `json:"timestamp"`
	RecipientID     string     `json:"recipient_id,omitempty"`
	RecipientUserID string     `json:"recipient_user_id,omitempty"`
	BizOpaque       string     `json:"biz_opaque_callback_data,omitempty"`
	Type            string     `json:"type,omitempty"` // "payment" for payment statuses
	Errors          []APIError `json:"errors,omitempty"`
}
