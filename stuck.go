package souq

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// This file says which outbound work is stuck and what to do about it: for `souq status`, the
// stuck-intents metric and the operator.
//
// An open intent (pending or submitted) is stuck when
//   - it needs the operator (ClassOperator: gas, keys, configuration) — reason "operator";
//   - a payment waits for the customer to add funds — reason "funds";
//   - it failed stuckAttempts times or more in a row (transient errors or refusals) — "attempts";
//   - it has been open longer than its kind's limit (openLimit) — "age".

// Stuck reasons (the metric's reason label).
const (
	StuckOperator = "operator"
	StuckFunds    = "funds"
	StuckAttempts = "attempts"
	StuckAge      = "age"
)

// openLimit is how long an intent of the kind may stay open before it counts as stuck.
func openLimit(in *Intent) time.Duration {
	switch {
	case in.Kind == IntentNotify:
		return 10 * time.Minute
	case in.Kind.IsChain() && in.Status == IntentSubmitted:
		return 30 * time.Minute // sent: waiting for confirmations
	}
	return 15 * time.Minute
}

// WorkItem is one open piece of outbound work as `souq status` shows it.
type WorkItem struct {
	Key        string       `json:"key"` // the attempt key in flight
	Kind       IntentKind   `json:"kind"`
	Order      string       `json:"order,omitempty"`
	Status     IntentStatus `json:"status"`
	Attempt    int          `json:"attempt"`
	Attempts   int          `json:"attempts"`
	AgeSeconds int64        `json:"age_seconds"`
	NextAt     time.Time    `json:"next_at,omitzero"`
	LastError  string       `json:"last_error,omitempty"`
	Class      FailureClass `json:"class,omitempty"`
	Stuck      string       `json:"stuck,omitempty"` // one of the Stuck… reasons; "" if not stuck
	Action     string       `json:"action,omitempty"`
}

// system names what an intent kind talks to.
func system(k IntentKind) string {
	switch {
	case k.IsChain():
		return "the EVM JSON-RPC node and the sending accounts"
	case k == IntentNotify:
		return "the WhatsApp Graph API"
	}
	return "Horizon (the Stellar loyalty ledger)"
}

// Describe returns in as `souq status` shows it at now.
func Describe(in *Intent, now time.Time) WorkItem {
	it := WorkItem{Key: in.PortKey(), Kind: in.Kind, Status: in.Status, Attempt: in.Attempt, Attempts: in.Attempts,
		AgeSeconds: int64(now.Sub(in.CreatedAt) / time.Second), LastError: in.LastError, Class: in.Class}
	if !in.Order.IsZero() {
		it.Order = in.Order.String()
	}
	if in.Status == IntentPending {
		it.NextAt = in.NextAt
	}
	switch {
	case in.Class == ClassOperator:
		it.Stuck = StuckOperator
		it.Action = fmt.Sprintf("fix what the error names (gas or funds of an operator account, a key, the configuration of %s); souq tries again every %s", system(in.Kind), operatorRetry)
	case strings.HasPrefix(in.Stuck, "waiting for funds"):
		it.Stuck = StuckFunds
		it.Action = "the customer was told how much to add to their wallet; the payment goes through by itself once it is funded, or fails when the funding wait ends"
	case in.Stuck != "" || (in.LastError != "" && in.Attempts >= stuckAttempts):
		it.Stuck = StuckAttempts
		it.Action = fmt.Sprintf("souq keeps trying with backoff; check %s and the last error", system(in.Kind))
	case now.Sub(in.CreatedAt) > openLimit(in):
		it.Stuck = StuckAge
		if in.Status == IntentSubmitted {
			it.Action = "the transaction was handed to the sender but is not final: check that the chain seals blocks and the sender's log"
		} else {
			it.Action = fmt.Sprintf("no worker finished it: check souq's log and %s", system(in.Kind))
		}
	}
	return it
}

// OutboxReport lists the open intents of tx at now, stuck ones first, then oldest first.
func OutboxReport(tx Tx, now time.Time) ([]WorkItem, error) {
	var out []WorkItem
	err := tx.OpenIntents(func(in *Intent) error {
		out = append(out, Describe(in, now))
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Stuck != "") != (out[j].Stuck != "") {
			return out[i].Stuck != ""
		}
		return out[i].AgeSeconds > out[j].AgeSeconds
	})
	return out, err
}

// Outbox lists the open outbound work, stuck first (see OutboxReport).
func (s *Service) Outbox(ctx context.Context) ([]WorkItem, error) {
	var out []WorkItem
	err := s.view(ctx, func(tx Tx) error {
		var err error
		out, err = OutboxReport(tx, s.cfg.Clock.Now().UTC())
		return err
	})
	return out, err
}
