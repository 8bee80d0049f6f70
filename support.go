package souq

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// This file holds what souq does for people rather than for orders: tickets for a human agent,
// a customer who changed their number, and a message WhatsApp could not deliver.

// ErrNoCatalog is CatalogOrder's answer when no catalog is connected to souq (the embedded
// default): the cart cannot be priced or tied to a merchant here.
var ErrNoCatalog = fmt.Errorf("no catalog is connected: %w", ErrUnavailable)

// Escalate opens a ticket for a human agent.
func (s *Service) Escalate(ctx context.Context, a Actor, reason string) (Ticket, error) {
	var res Ticket
	if len(reason) > maxText {
		reason = reason[:maxText]
	}
	err := s.do(ctx, a.MsgID, &res, func(w *work) error {
		salt, err := NewSalt()
		if err != nil {
			return err
		}
		t := &TicketRecord{ID: "T" + strings.ToUpper(hex.EncodeToString(salt[:4])), User: a.User, Reason: reason, OpenedAt: w.now}
		if err := w.tx.PutTicket(t); err != nil {
			return err
		}
		res = Ticket{ID: t.ID}
		return w.peopleEvent(EventEscalated, OrderID{}, map[string]string{"ticket": t.ID}, map[string]string{"user": string(a.User)})
	})
	return res, err
}

// HandBack closes a ticket and tells the user the bot is back. The NoticeHandBack it sends is
// what returns the chat to the bot (the bot clears its pause when it delivers it), so a hand-back
// survives a restart like any other intent.
func (s *Service) HandBack(ctx context.Context, ticketID string) error {
	return s.do(ctx, "", nil, func(w *work) error {
		t, err := w.tx.Ticket(ticketID)
		if err != nil {
			return err
		}
		if !t.ClosedAt.IsZero() {
			return nil
		}
		t.ClosedAt = w.now
		if err := w.tx.PutTicket(t); err != nil {
			return err
		}
		if err := w.event(EventHandedBack, OrderID{}, map[string]string{"ticket": t.ID}); err != nil {
			return err
		}
		n := Notice{To: t.User, Kind: NoticeHandBack, Text: t.ID, Key: "n/ticket/" + t.ID + "/hand_back"}
		return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
	})
}

// ChangeNumber follows a customer (or merchant, or courier) to the number WhatsApp says they moved
// to (system message user_changed_number): their orders, their consent and their merchant record
// go with them, and the new number keeps the old one's wallet and points account (Customer.Account),
// so nothing they paid or earned is left behind. They are told on the new number.
func (s *Service) ChangeNumber(ctx context.Context, a Actor, to WaID) error {
	if to == "" || to == a.User {
		return fmt.Errorf("change number to %q: %w", s.mask.Mask(to), ErrInvalidRequest)
	}
	return s.do(ctx, a.MsgID, nil, func(w *work) error {
		orders, err := w.tx.UserOrders(a.User, 0)
		if err != nil {
			return err
		}
		for _, o := range orders {
			moved := false
			if o.Customer == a.User {
				o.Customer, moved = to, true
			}
			if o.Merchant == a.User {
				o.Merchant, moved = to, true
			}
			if o.Delivery != nil && o.Delivery.Courier == a.User {
				o.Delivery.Courier, moved = to, true
			}
			if o.Courier == a.User {
				o.Courier, moved = to, true
			}
			if !moved {
				continue
			}
			if err := w.tx.PutOrder(o); err != nil {
				return err
			}
		}
		old, err := w.tx.Customer(a.User)
		switch {
		case errors.Is(err, ErrNotFound):
		case err != nil:
			return err
		default:
			c := *old
			c.WaID = to
			if c.Account == "" {
				c.Account = a.User
			}
			if err := w.tx.PutCustomer(&c); err != nil {
				return err
			}
			// The old number may be someone else's tomorrow: no offers go there, and whoever gets
			// it starts with a wallet and points account of their own.
			old.OptedIn = false
			old.MovedTo = to
			old.Account = WaID(fmt.Sprintf("retired:%s:%d", a.User, w.now.Unix()))
			if err := w.tx.PutCustomer(old); err != nil {
				return err
			}
		}
		if m, err := w.tx.Merchant(a.User); err == nil {
			nm := *m
			nm.WaID = to
			if err := w.tx.PutMerchant(&nm); err != nil {
				return err
			}
			// Its couriers now deliver for the new number.
			for _, c := range nm.Couriers {
				if err := w.renameIn(c, a.User, to); err != nil {
					return err
				}
			}
		} else if !errors.Is(err, ErrNotFound) {
			return err
		}
		if err := w.moveCourier(a.User, to); err != nil {
			return err
		}
		if err := w.peopleEvent(EventNumberChanged, OrderID{}, nil, map[string]string{"from": string(a.User), "to": string(to)}); err != nil {
			return err
		}
		n := Notice{To: to, Kind: NoticeNumberChanged, Points: int64(len(orders)), Key: "n/number/" + a.MsgID}
		return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
	})
}

// account is the identity a customer's custodial wallet and points are kept under: their first
// number, so a changed number keeps both.
func (w *work) account(c WaID) WaID {
	if cu, err := w.tx.Customer(c); err == nil && cu.Account != "" {
		return cu.Account
	}
	return c
}

// accountOf is account outside a transaction (a store failure falls back to the number itself,
// which is right for every customer who never changed number).
func (s *Service) accountOf(ctx context.Context, c WaID) WaID {
	acc := c
	_ = s.cfg.Store.View(ctx, func(tx Tx) error {
		if cu, err := tx.Customer(c); err == nil && cu.Account != "" {
			acc = cu.Account
		}
		return nil
	})
	return acc
}

// MessageFailed is WhatsApp saying a message souq sent about an order never reached to (a
// `failed` status, e.g. 131026 "receiver incapable"). An offer that did not reach its customer
// is not left waiting in silence: the merchant is told, with WhatsApp's reason, and can reach the
// customer another way or let the offer lapse. Other failures are only logged by the caller.
func (s *Service) MessageFailed(ctx context.Context, id OrderID, to WaID, code int, reason string) error {
	if len(reason) > maxText {
		reason = reason[:maxText]
	}
	return s.do(ctx, "", nil, func(w *work) error {
		o, err := w.tx.Order(id)
		if err != nil {
			return err
		}
		if o.Status != StatusOffered || to != o.Customer {
			return nil
		}
		if err := w.event(EventOfferUndelivered, o.ID, map[string]string{"code": fmt.Sprint(code)}); err != nil {
			return err
		}
		return w.notify(o, o.Merchant, NoticeOfferUndelivered, func(n *Notice) {
			n.Text = reason
			n.Points = int64(code)
			n.Key = fmt.Sprintf("n/%s/%s", o.ID, NoticeOfferUndelivered)
		})
	})
}

// OpenTicket is an open ticket as a support agent sees it: the conversation since it opened and
// the customer's latest orders.
type OpenTicket struct {
	ID       string
	User     WaID
	Reason   string
	OpenedAt time.Time
	InWindow bool   // the customer wrote in the last 24 hours: a person's reply can be sent now
	Lang     string // the language the customer is answered in
	Messages []TicketLine
	Orders   []OrderView
}

// TicketLine is one message of a ticket's conversation.
type TicketLine struct {
	At   time.Time
	From string // "customer", "agent" or "bot"
	Text string
}

// Desk is what support agents work at: the open tickets, and answering a customer as a person.
// The bot implements it (it holds the conversation); HandBack is the service's.
type Desk interface {
	OpenTickets(ctx context.Context) ([]OpenTicket, error)
	// AgentReply sends a person's words to the ticket's customer; it returns the message id.
	AgentReply(ctx context.Context, ticket, agent, text string) (string, error)
}

// Desk errors.
var (
	ErrTicketClosed = fmt.Errorf("ticket is not open: %w", ErrNotFound)
	// ErrWindowClosed: the customer last wrote more than 24 hours ago; WhatsApp then accepts only
	// templates, and a person's words are not one.
	ErrWindowClosed = errors.New("the customer's 24-hour window is closed")
)

// renameIn replaces merchant from by to among the merchants naming courier.
func (w *work) renameIn(courier, from, to WaID) error {
	rec, err := w.tx.CourierMerchants(courier)
	if err != nil {
		return err
	}
	for i, m := range rec.Merchants {
		if m == from {
			rec.Merchants[i] = to
		}
	}
	return w.tx.PutCourierMerchants(rec)
}

// moveCourier follows a courier to its new number: the merchants naming the old one name the new.
func (w *work) moveCourier(from, to WaID) error {
	old, err := w.tx.CourierMerchants(from)
	if err != nil || len(old.Merchants) == 0 {
		return err
	}
	rec, err := w.tx.CourierMerchants(to)
	if err != nil {
		return err
	}
	for _, mw := range old.Merchants {
		m, err := w.tx.Merchant(mw)
		if err != nil {
			return err
		}
		m.Couriers = slices.DeleteFunc(m.Couriers, func(c WaID) bool { return c == from || c == to })
		m.Couriers = append(m.Couriers, to)
		if err := w.tx.PutMerchant(m); err != nil {
			return err
		}
		if !slices.Contains(rec.Merchants, mw) {
			rec.Merchants = append(rec.Merchants, mw)
		}
	}
	if err := w.tx.PutCourierMerchants(rec); err != nil {
		return err
	}
	return w.tx.PutCourierMerchants(&CourierRecord{Courier: from}) // empty: deleted
}
