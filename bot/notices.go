package bot

import (
	"context"

	"github.com/souqchain/souq"
)

// Notices is the part of the bot the sale service speaks through: its souq.Notifier port. Telling
// a user something needs the messenger and the chat store (language, 24-hour window, notices
// already sent, a person holding the chat), never the service, so Notices is built first and
// handed to souq.NewService, and the conversation (New) is built after, with the service: no
// slot is filled in later. It shares the chat store with the conversation, so a notice sent
// through either is sent once.
type Notices struct{ b *Bot }

// NewNotices returns the service's notifier.
func NewNotices(msgr Messenger, st Storage, o Options) *Notices {
	return &Notices{b: New(nil, msgr, st, o)} // the notice path never calls the service
}

// Notify renders and sends a service notice (see Bot.Notify).
func (n *Notices) Notify(ctx context.Context, x souq.Notice) error { return n.b.Notify(ctx, x) }

var _ souq.Notifier = (*Notices)(nil)
