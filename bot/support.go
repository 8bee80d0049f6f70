package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// Human agents.
//
// "agent" opens a ticket (souq.Sales.Escalate) and pauses the assistant in that chat until the
// ticket is handed back. While it is paused:
//   - the customer's messages are kept in the ticket's transcript for the agent, and not answered
//     by the bot — except STOP (and its translations), which always opts the customer out;
//   - merchants' offers and opt-in requests to the customer are held, not sent, and delivered in
//     arrival order when the chat is handed back (a person is sorting out a problem with them;
//     a payment request in the middle of it would be noise, and it is not lost);
//   - every other notice about orders already under way (payment confirmed, shipped, refunded…)
//     is delivered as usual: it is news about money they already paid.
// A support agent lists open tickets with their transcript and the customer's orders, answers as
// a person (a free-form message, only inside the 24-hour window) and hands back through the
// service, whose NoticeHandBack clears the pause when the bot delivers it — a hand-back is an
// intent like any other, so it survives a restart.

// supportIndex is the chat-store record listing open tickets (chat ids are digits: no clash).
const supportIndex = "support/tickets"

var _ souq.Desk = (*Bot)(nil)

type openTicket struct {
	User     souq.WaID `json:"user"`
	Reason   string    `json:"reason,omitempty"`
	OpenedAt time.Time `json:"opened_at"`
}

func (b *Bot) tickets(ctx context.Context, f func(map[string]openTicket) error) error {
	return b.chats.UpdateChat(ctx, supportIndex, func(old []byte) ([]byte, error) {
		idx := map[string]openTicket{}
		if old != nil {
			if err := json.Unmarshal(old, &idx); err != nil {
				return nil, err
			}
		}
		if err := f(idx); err != nil {
			return nil, err
		}
		return json.Marshal(idx)
	})
}

func (b *Bot) openTicket(ctx context.Context, id string, user souq.WaID, reason string, at time.Time) error {
	if err := b.tickets(ctx, func(idx map[string]openTicket) error {
		idx[id] = openTicket{User: user, Reason: truncateRunes(reason, 500), OpenedAt: at}
		return nil
	}); err != nil {
		return fmt.Errorf("bot: open ticket: %w", err)
	}
	return nil
}

// whileAgent handles a message in a chat a person has: kept for them, STOP honoured, no reply.
func (c *conv) whileAgent() error {
	m := c.msg
	text := m.Text
	switch {
	case m.Reply != nil:
		text = m.Reply.Title
	case m.Type == whatsapp.TypeImage:
		text = "[photo] " + m.Image.Caption
	case m.Type == whatsapp.TypeLocation:
		text = "[location] " + m.Location.Latitude + "," + m.Location.Longitude
	case m.Type == whatsapp.TypeOrder:
		text = "[cart]"
	case text == "":
		text = "[" + m.Type + "]"
	}
	stop := false
	if cmd, err := c.b.parser.Parse(text); err == nil && cmd.Verb == VerbOptOut {
		stop = true
	} else if m.Reply != nil {
		if cmd, err := c.b.parser.Parse(m.Reply.ID); err == nil && cmd.Verb == VerbOptOut {
			stop = true
		}
	}
	at := c.b.now()
	if stop {
		if err := c.b.sales.OptOut(c.ctx, c.act); err != nil {
			c.fail(err, "")
		} else {
			c.say(kAgentStill, Args{"ticket": c.st.Ticket})
		}
	}
	_, err := c.b.updateState(c.ctx, c.user, func(s *State) {
		s.log(at, "customer", text)
		if stop && c.err == nil {
			s.OptedIn = false
			s.Held = nil // no offers after STOP
			s.log(at, "bot", T(s.Lang, kAgentStill, Args{"ticket": s.Ticket}))
		}
	})
	if err != nil {
		return err
	}
	return c.err
}

// onSystem acts on what WhatsApp says about the user. user_changed_number moves them (and the
// bot's memory of the chat) to the new number, where the service's notice tells them; nothing is
// said to the old number. Other system messages are recorded only.
func (b *Bot) onSystem(ctx context.Context, m *whatsapp.Message) error {
	if m.System == nil || m.System.Type != whatsapp.SystemChangedNumber {
		return nil
	}
	old, to := souq.WaID(m.From), souq.WaID(m.System.NewWaID)
	if !whatsapp.IsPhone(string(to)) || to == old {
		b.log.WithField("from", b.mask.Mask(old)).Warn("bot: number change without a usable new number; ignored")
		return nil
	}
	st, err := b.loadState(ctx, old)
	if err != nil {
		return err
	}
	if _, err := b.updateState(ctx, to, func(s *State) {
		notices := s.Notices
		*s = st
		s.Notices = append(notices, st.Notices...)
		if m.Timestamp.After(s.LastInbound) && !m.Timestamp.After(b.now()) {
			s.LastInbound = m.Timestamp
		}
	}); err != nil {
		return err
	}
	if st.Agent && st.Ticket != "" {
		if err := b.tickets(ctx, func(idx map[string]openTicket) error {
			if t, ok := idx[st.Ticket]; ok {
				t.User = to
				idx[st.Ticket] = t
			}
			return nil
		}); err != nil {
			return err
		}
	}
	if _, err := b.updateState(ctx, old, func(s *State) { *s = State{Notices: s.Notices} }); err != nil {
		return err
	}
	return b.sales.ChangeNumber(ctx, souq.Actor{User: old, MsgID: m.ID}, to)
}

// OpenTickets lists the open tickets, oldest first, each with its conversation and the
// customer's latest orders.
func (b *Bot) OpenTickets(ctx context.Context) ([]souq.OpenTicket, error) {
	var idx map[string]openTicket
	raw, err := b.chats.Chat(ctx, supportIndex)
	if err != nil {
		return nil, fmt.Errorf("bot: tickets: %w", err)
	}
	if raw != nil {
		if err := json.Unmarshal(raw, &idx); err != nil {
			return nil, fmt.Errorf("bot: tickets: %w", err)
		}
	}
	out := make([]souq.OpenTicket, 0, len(idx))
	for id, t := range idx {
		st, err := b.loadState(ctx, t.User)
		if err != nil {
			return nil, err
		}
		orders, err := b.sales.History(ctx, souq.Actor{User: t.User}, 5)
		if err != nil {
			return nil, err
		}
		lines := make([]souq.TicketLine, 0, len(st.Transcript))
		for _, l := range st.Transcript {
			lines = append(lines, souq.TicketLine(l))
		}
		out = append(out, souq.OpenTicket{ID: id, User: t.User, Reason: t.Reason, OpenedAt: t.OpenedAt, InWindow: st.InWindow(b.now()),
			Lang: string(st.Lang), Messages: lines, Orders: orders})
	}
	slices.SortFunc(out, func(a, b souq.OpenTicket) int { return a.OpenedAt.Compare(b.OpenedAt) })
	return out, nil
}

// AgentReply sends a support agent's words to the ticket's customer, as from a person, and keeps
// them in the transcript. It returns the WhatsApp message id.
func (b *Bot) AgentReply(ctx context.Context, ticket, agent, text string) (string, error) {
	raw, err := b.chats.Chat(ctx, supportIndex)
	if err != nil {
		return "", fmt.Errorf("bot: agent reply: %w", err)
	}
	var idx map[string]openTicket
	if raw != nil {
		if err := json.Unmarshal(raw, &idx); err != nil {
			return "", fmt.Errorf("bot: agent reply: %w", err)
		}
	}
	t, ok := idx[ticket]
	if !ok {
		return "", fmt.Errorf("ticket %q: %w", truncateRunes(ticket, 20), souq.ErrTicketClosed)
	}
	st, err := b.loadState(ctx, t.User)
	if err != nil {
		return "", err
	}
	if !st.InWindow(b.now()) {
		return "", souq.ErrWindowClosed
	}
	if agent == "" {
		agent = "Support"
	}
	body := T(st.Lang, kAgentMsg, Args{"name": truncateRunes(agent, 40), "ticket": ticket, "text": truncateRunes(text, 3000)})
	id, err := b.msgr.Send(ctx, whatsapp.Outgoing{To: string(t.User), Text: &whatsapp.Text{Body: body}})
	if err != nil {
		return "", fmt.Errorf("bot: agent reply: %w", err)
	}
	_, err = b.updateState(ctx, t.User, func(s *State) { s.log(b.now(), "agent", text) })
	return id, err
}

// handBack returns the chat to the bot (on the service's NoticeHandBack): the pause is cleared,
// the ticket leaves the open list, and the offers held meanwhile are delivered.
func (b *Bot) handBack(ctx context.Context, n souq.Notice) (held []souq.Notice, err error) {
	if _, err := b.updateState(ctx, n.To, func(s *State) {
		held = s.Held
		s.Agent, s.Ticket, s.Held, s.Transcript = false, "", nil, nil
	}); err != nil {
		return nil, err
	}
	if err := b.tickets(ctx, func(idx map[string]openTicket) error {
		for id, t := range idx {
			if id == n.Text || (n.Text == "" && t.User == n.To) {
				delete(idx, id)
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	b.log.WithFields(logrus.Fields{"to": b.mask.Mask(n.To), "held": len(held)}).Info("bot: chat handed back")
	return held, nil
}
