package server

import (
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// Support agents' routes (arbiter key): the open tickets with their conversation and the
// customer's orders, a person's reply to the customer, and the hand-back (api.go).

// TicketJSON is an open ticket as the arbiter API shows it.
type TicketJSON struct {
	ID       string           `json:"id"`
	Customer string           `json:"customer"`
	Reason   string           `json:"reason,omitempty"`
	OpenedAt time.Time        `json:"opened_at"`
	InWindow bool             `json:"in_window"`
	Lang     string           `json:"lang"`
	Messages []TicketLineJSON `json:"messages"`
	Orders   []OrderJSON      `json:"orders"`
}

// TicketLineJSON is one message of a ticket's conversation.
type TicketLineJSON struct {
	At   time.Time `json:"at"`
	From string    `json:"from"`
	Text string    `json:"text"`
}

func (a *API) desk(c *gin.Context) bool {
	if a.Desk == nil {
		Error(c, http.StatusServiceUnavailable, "unavailable", "no support desk is configured")
		return false
	}
	return true
}

func (a *API) listTickets(c *gin.Context) {
	if !a.desk(c) {
		return
	}
	ts, err := a.Desk.OpenTickets(c.Request.Context())
	if err != nil {
		fail(c, err)
		return
	}
	out := make([]TicketJSON, 0, len(ts))
	for _, t := range ts {
		tj := TicketJSON{ID: t.ID, Customer: "+" + string(t.User), Reason: t.Reason, OpenedAt: t.OpenedAt, InWindow: t.InWindow,
			Lang: t.Lang, Messages: make([]TicketLineJSON, 0, len(t.Messages)), Orders: make([]OrderJSON, 0, len(t.Orders))}
		for _, l := range t.Messages {
			tj.Messages = append(tj.Messages, TicketLineJSON(l))
		}
		for _, o := range t.Orders {
			tj.Orders = append(tj.Orders, orderJSON(o))
		}
		out = append(out, tj)
	}
	c.JSON(http.StatusOK, gin.H{"tickets": out})
}

type agentMessageBody struct {
	Text  string `json:"text"`
	Agent string `json:"agent"`
}

func (b *agentMessageBody) validate() error {
	if n := utf8.RuneCountInString(b.Text); n == 0 || n > 4096 {
		return errors.New("text must be 1 to 4096 characters")
	}
	if utf8.RuneCountInString(b.Agent) > 40 {
		return errors.New("agent must be at most 40 characters")
	}
	return nil
}

func (a *API) agentMessage(c *gin.Context) {
	var b agentMessageBody
	if !bind(c, &b) {
		return
	}
	if strings.TrimSpace(b.Text) == "" {
		Error(c, http.StatusBadRequest, "bad_request", "text is empty")
		return
	}
	if !a.desk(c) {
		return
	}
	id, err := a.Desk.AgentReply(c.Request.Context(), c.Param("id"), b.Agent, b.Text)
	switch {
	case errors.Is(err, souq.ErrTicketClosed):
		Error(c, http.StatusNotFound, "not_found", "no such open ticket")
	case errors.Is(err, souq.ErrWindowClosed):
		Error(c, http.StatusConflict, "window_closed", "the customer last wrote more than 24 hours ago: WhatsApp accepts only templates now")
	case err != nil:
		fail(c, err)
	default:
		c.JSON(http.StatusCreated, gin.H{"id": id})
	}
}
