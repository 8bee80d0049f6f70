package souq

import (
	"context"
	"encoding/hex"
	"fmt"
)

// Opening opens the commitments of one order's journal events, and of no other order: the
// order's scope key (Committer.ScopeKey of the order id) and what each role commits to. An
// auditor checks each commitment field c of the order's events (those marked "commit":
// CommitScheme) as c = ScopedCommit(key, role, people[role]); the key is a pseudo-random function
// of the operator's secret and this order id, so it opens nothing else.
type Opening struct {
	ID     string `json:"order"`  // the order id, 0x + 64 hex digits
	Scheme string `json:"scheme"` // CommitScheme
	Key    string `json:"key"`    // the scope key, 64 lower-case hex digits
	// People maps each role to the value committed, as fixed at the offer (Order.Committed):
	// "merchant" → the merchant's WhatsApp id then (digits), "customer" → the customer's account,
	// their first WhatsApp id (kept when they change number). All of an order's events commit to
	// these, whatever numbers the people have since.
	People map[string]string `json:"people"`
}

// OpenOrder returns the opening of one order's commitments. It names people, so it is the
// arbiter's (GET /api/v1/audit/orders/{id}/opening with the arbiter key), handed to one auditor for
// one order. ErrNotFound when there is no such order.
func (s *Service) OpenOrder(ctx context.Context, id OrderID) (Opening, error) {
	var op Opening
	err := s.view(ctx, func(tx Tx) error {
		o, err := tx.Order(id)
		if err != nil {
			return err
		}
		w := &work{s: s, tx: tx}
		k := s.commit.ScopeKey(id)
		op = Opening{ID: id.String(), Scheme: CommitScheme, Key: hex.EncodeToString(k[:]),
			People: map[string]string{"customer": w.committed(o, "customer"), "merchant": w.committed(o, "merchant")}}
		return nil
	})
	if err != nil {
		return Opening{}, fmt.Errorf("open order %s: %w", id.Short(), err)
	}
	return op, nil
}

// committed is what the order's commitments name in a role: as recorded at the offer, or for an
// order made before that was recorded, the customer's account and the merchant's number now.
func (w *work) committed(o *Order, role string) string {
	if v, ok := o.Committed[role]; ok {
		return v
	}
	if role == "customer" {
		return string(w.account(o.Customer))
	}
	return string(o.Merchant)
}
