package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/souqchain/souq"
)

// State is what the bot remembers about one chat between messages.
type State struct {
	Lang       Lang   `json:"lang"`
	LangChosen bool   `json:"lang_chosen,omitempty"` // set by "lang xx"; otherwise from what they write (detect.go), then the number
	OptedIn    bool   `json:"opted_in,omitempty"`    // mirror of the service's consent, for prompts only
	Agent      bool   `json:"agent,omitempty"`       // a human has the chat; the bot stays quiet
	Ticket     string `json:"ticket,omitempty"`
	// Currency is the merchant's default currency for prices written without one ("currency USDC").
	Currency string `json:"currency,omitempty"`
	// Roles are the parts the person was seen playing here (registered as a merchant, delivered an
	// order), for the menu; their orders tell the rest.
	Roles       []souq.Role `json:"roles,omitempty"`
	Pending     *Pending    `json:"pending,omitempty"`
	LastInbound time.Time   `json:"last_inbound,omitzero"` // opens the 24-hour customer-service window
	Notices     []string    `json:"notices,omitempty"`     // keys of the last notices sent (Notify is idempotent)
	// Sending are notices handed to the Graph API whose answer was not recorded yet: after a crash
	// in that window a notice is in doubt until a status webhook names it or inDoubtWait passes.
	Sending []Sending `json:"sending,omitempty"`
	// Replies are keys of the replies already sent to inbound messages (message id and ordinal),
	// so an inbound message handled again after a crash is not answered twice.
	Replies []string `json:"replies,omitempty"`
	// Held are offers that arrived while a person had the chat: delivered when it is handed back.
	Held []souq.Notice `json:"held,omitempty"`
	// Transcript is the conversation since the ticket opened, for the support agent.
	Transcript []Line `json:"transcript,omitempty"`
}

// Sending is one notice whose send was started.
type Sending struct {
	Key string    `json:"key"`
	Tag string    `json:"tag"` // carried in biz_opaque_callback_data, echoed by status webhooks
	At  time.Time `json:"at"`
}

// sent records a notice key as delivered to the Graph API (and no longer in doubt).
func (s *State) sent(key string) {
	s.Sending = slices.DeleteFunc(s.Sending, func(x Sending) bool { return x.Key == key })
	if !slices.Contains(s.Notices, key) {
		s.Notices = append(s.Notices, key)
	}
	if len(s.Notices) > maxNoticeKeys {
		s.Notices = s.Notices[len(s.Notices)-maxNoticeKeys:]
	}
}

// replied records a reply key as sent.
func (s *State) replied(key string) {
	s.Replies = append(s.Replies, key)
	if len(s.Replies) > maxReplyKeys {
		s.Replies = s.Replies[len(s.Replies)-maxReplyKeys:]
	}
}

// Line is one message of a ticket's conversation.
type Line struct {
	At   time.Time `json:"at"`
	From string    `json:"from"` // "customer", "agent" or "bot"
	Text string    `json:"text"`
}

// maxTranscript bounds a ticket's kept conversation.
const maxTranscript = 100

func (s *State) log(at time.Time, from, text string) {
	s.Transcript = append(s.Transcript, Line{At: at, From: from, Text: truncateRunes(text, 1000)})
	if len(s.Transcript) > maxTranscript {
		s.Transcript = s.Transcript[len(s.Transcript)-maxTranscript:]
	}
}

// Pending is multi-step input the bot is waiting for.
type Pending struct {
	Kind     PendingKind    `json:"kind"`
	Order    souq.OrderRef  `json:"order"`
	Location *souq.Location `json:"location,omitempty"`
	Until    time.Time      `json:"until"`
	// ID and Withdraw: a withdrawal waiting for its Yes (ID is the request's message id, the
	// withdrawal's idempotency key).
	ID       string              `json:"id,omitempty"`
	Withdraw *souq.WithdrawQuote `json:"withdraw,omitempty"`
}

// PendingKind names the awaited input.
type PendingKind string

// Pending kinds.
const (
	PendingReason   PendingKind = "dispute_reason" // the next text is a dispute's reason
	PendingEvidence PendingKind = "evidence"       // the next photo is dispute evidence
	PendingDelivery PendingKind = "delivery"       // the next location/photo is delivery proof
	PendingWithdraw PendingKind = "withdraw"       // a withdrawal waits for Yes (wok:<id>) or No
)

// pendingFor is how long multi-step input is awaited.
const pendingFor = 30 * time.Minute

// window is WhatsApp's customer-service window.
const window = 24 * time.Hour

// InWindow reports whether free-form messages may be sent to the chat at now.
func (s State) InWindow(now time.Time) bool {
	return !s.LastInbound.IsZero() && now.Sub(s.LastInbound) < window
}

// ChatStore persists dialogue state; *store.DB implements it.
type ChatStore interface {
	Chat(ctx context.Context, id string) ([]byte, error)
	UpdateChat(ctx context.Context, id string, fn func(old []byte) ([]byte, error)) error
}

func (b *Bot) loadState(ctx context.Context, id souq.WaID) (State, error) {
	raw, err := b.chats.Chat(ctx, string(id))
	if err != nil {
		return State{}, fmt.Errorf("bot: load state: %w", err)
	}
	var s State
	if raw != nil {
		if err := json.Unmarshal(raw, &s); err != nil {
			return State{}, fmt.Errorf("bot: decode state: %w", err)
		}
	}
	if s.Lang == "" {
		s.Lang = LangForNumber(string(id))
	}
	return s, nil
}

func (b *Bot) updateState(ctx context.Context, id souq.WaID, f func(*State)) (State, error) {
	var out State
	err := b.chats.UpdateChat(ctx, string(id), func(old []byte) ([]byte, error) {
		var s State
		if old != nil {
			if err := json.Unmarshal(old, &s); err != nil {
				return nil, err
			}
		}
		if s.Lang == "" {
			s.Lang = LangForNumber(string(id))
		}
		f(&s)
		out = s
		return json.Marshal(s)
	})
	if err != nil {
		return State{}, fmt.Errorf("bot: save state: %w", err)
	}
	return out, nil
}

// ChatLang is the language the bot speaks with user ("en", "pt", "it", "ar"): the one they chose,
// else their number's. The payment page speaks it too.
func (b *Bot) ChatLang(ctx context.Context, user souq.WaID) (string, error) {
	st, err := b.loadState(ctx, user)
	if err != nil {
		return "", err
	}
	return string(st.Lang), nil
}
