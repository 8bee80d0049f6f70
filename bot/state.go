package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/souqchain/souq"
)

// State is what the bot remembers about one chat between messages.
type State struct {
	Lang        Lang      `json:"lang"`
	LangChosen  bool      `json:"lang_chosen,omitempty"` // set by "lang xx"; otherwise from the number
	OptedIn     bool      `json:"opted_in,omitempty"`    // mirror of the service's consent, for prompts only
	Agent       bool      `json:"agent,omitempty"`       // a human has the chat; the bot stays quiet
	Ticket      string    `json:"ticket,omitempty"`
	Pending     *Pending  `json:"pending,omitempty"`
	LastInbound time.Time `json:"last_inbound,omitzero"` // opens the 24-hour customer-service window
	Notices     []string  `json:"notices,omitempty"`     // keys of the last notices sent (Notify is idempotent)
	// Held are offers that arrived while a person had the chat: delivered when it is handed back.
	Held []souq.Notice `json:"held,omitempty"`
	// Transcript is the conversation since the ticket opened, for the support agent.
	Transcript []Line `json:"transcript,omitempty"`
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
