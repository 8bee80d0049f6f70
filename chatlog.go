package souq

import "time"

// The records below are the conversation's durable inbox and sent log. The WhatsApp webhook
// (bot/whatsapp) writes the inbox, the bot's runner (bot) reads it, and store/ keeps both: the
// types live here, where all three may import them, so neither WhatsApp adapter imports store.
// The interfaces over them are declared where they are used (whatsapp.Inbox, whatsapp.SentLog,
// bot.Inbox). The JSON tags are the stored encoding of store/; changing one changes stored bytes.

// Envelope is one inbound event to record: Key is its dedupe key (for WhatsApp, "m:"+message id
// or "s:"+message id+":"+status), Chat the user it concerns (processing is ordered per chat),
// Data the event as received.
type Envelope struct {
	Key  string
	Chat string
	Data []byte
}

// InboxState is where an inbox entry is in processing.
type InboxState string

// Inbox states.
const (
	InboxPending InboxState = "pending"
	InboxDone    InboxState = "done"
	InboxFailed  InboxState = "failed" // processed with an error, kept for inspection
)

// InboxEntry is a recorded inbound event.
type InboxEntry struct {
	Seq        uint64     `json:"-"`
	Key        string     `json:"key"`
	Chat       string     `json:"chat"`
	Data       []byte     `json:"-"`
	ReceivedAt time.Time  `json:"received_at"`
	State      InboxState `json:"state"`
	DoneAt     time.Time  `json:"done_at,omitzero"`
	Error      string     `json:"error,omitempty"`
}

// InboxResult is how handling an inbox entry ended.
type InboxResult struct {
	Seq uint64
	Err error // nil: done; otherwise recorded and, unless Retry, the entry is not handled again
	// Retry leaves the entry pending, to be handled again later (a reply the Graph API could not
	// take yet): nothing is marked done, and Err, if any, is recorded on the entry.
	Retry bool
}

// SentMessage is an outbound message and what WhatsApp said about it.
type SentMessage struct {
	ID        string    `json:"id"`
	To        string    `json:"to"`
	Kind      string    `json:"kind"`
	Status    string    `json:"status"` // accepted, sent, delivered, read, failed
	StatusAt  time.Time `json:"status_at"`
	ErrorCode int       `json:"error_code,omitempty"`
	Error     string    `json:"error,omitempty"`
}
