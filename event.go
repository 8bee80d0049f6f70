package souq

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// EventKind names a journal event.
type EventKind string

// Journal event kinds. Each order transition is "order.<status>"; the others are below.
const (
	EventCustomerOptIn   EventKind = "customer.opted_in"
	EventCustomerOptOut  EventKind = "customer.opted_out"
	EventMerchant        EventKind = "merchant.registered"
	EventLoyaltyRule     EventKind = "merchant.loyalty_rule"
	EventOfferCreated    EventKind = "order.offered"
	EventOfferShown      EventKind = "order.offer_shown"
	EventDeliverySubmit  EventKind = "order.delivery_submitted"
	EventEvidence        EventKind = "order.evidence"
	EventStatement       EventKind = "order.statement"
	EventIntent          EventKind = "intent.requested"
	EventIntentDone      EventKind = "intent.succeeded"
	EventIntentFailed    EventKind = "intent.failed"
	EventIntentRetry     EventKind = "intent.new_attempt" // refused for now: re-checked and sent again
	EventIntentStuck     EventKind = "intent.stuck"       // cannot proceed without help (see Service.Outbox)
	EventDeliveryResign  EventKind = "order.delivery_resigned"
	EventPointsEarned    EventKind = "loyalty.earned"
	EventPointsRedeemed  EventKind = "loyalty.redeemed"
	EventVoucherApplied  EventKind = "loyalty.voucher_applied"
	EventEscalated       EventKind = "support.escalated"
	EventHandedBack      EventKind = "support.handed_back"
	EventResolveDecision EventKind = "order.resolve_requested"
)

// orderEvent is the kind of the journal event for a move to status s.
func orderEvent(s OrderStatus) EventKind { return EventKind("order." + string(s)) }

// Event is one journal entry. Fields carry no personal data: people appear only as salted HMAC
// commitments (Committer), photos and free text only as sha256 hashes. The journal is hash-chained
// (PrevHash) and its events are anchored on-chain in Merkle batches.
type Event struct {
	Seq      uint64
	PrevHash [32]byte
	Kind     EventKind
	Order    OrderID // zero for non-order events
	At       time.Time
	Fields   map[string]string
	Hash     [32]byte // sha256 of Canonical()
}

// canonicalEvent fixes the byte layout: field order is the struct's, map keys are sorted by
// encoding/json, times are UTC with nanoseconds, hashes lower-case hex.
type canonicalEvent struct {
	V      int               `json:"v"`
	Seq    uint64            `json:"seq"`
	Prev   string            `json:"prev"`
	Kind   EventKind         `json:"kind"`
	Order  string            `json:"order,omitempty"`
	At     string            `json:"at"`
	Fields map[string]string `json:"fields"`
}

// Canonical returns the exact bytes the event's hash commits to. An auditor recomputes them from
// the event in a proof bundle.
func (e Event) Canonical() []byte {
	c := canonicalEvent{V: 1, Seq: e.Seq, Prev: hex.EncodeToString(e.PrevHash[:]), Kind: e.Kind,
		At: e.At.UTC().Format(time.RFC3339Nano), Fields: e.Fields}
	if !e.Order.IsZero() {
		c.Order = e.Order.String()
	}
	if c.Fields == nil {
		c.Fields = map[string]string{}
	}
	b, err := json.Marshal(c)
	if err != nil {
		// A struct of strings and a map[string]string always marshal.
		panic(fmt.Sprintf("souq: canonical event: %v", err))
	}
	return b
}

// Seal sets the sequence number, the link to the previous event and the hash.
func (e *Event) Seal(seq uint64, prev [32]byte) {
	e.Seq, e.PrevHash = seq, prev
	e.Hash = sha256.Sum256(e.Canonical())
}

// Verify reports whether the hash matches the content.
func (e Event) Verify() bool { return sha256.Sum256(e.Canonical()) == e.Hash }

// Committer turns identifiers into salted commitments: HMAC-SHA256 keyed with an operator secret,
// so a phone number cannot be recovered by hashing every number (as it could from a plain hash).
// An auditor given the preimage and the secret-derived key for one record can check it.
type Committer struct{ key []byte }

// NewCommitter returns a committer keyed with secret (at least 32 bytes).
func NewCommitter(secret []byte) (Committer, error) {
	if len(secret) < 32 {
		return Committer{}, fmt.Errorf("commitment secret: %d bytes, want at least 32: %w", len(secret), ErrInvalidRequest)
	}
	return Committer{key: append([]byte(nil), secret...)}, nil
}

// Commit returns the hex commitment of value in a domain (e.g. "wa", "name").
func (c Committer) Commit(domain, value string) string {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(domain))
	m.Write([]byte{0})
	m.Write([]byte(value))
	return hex.EncodeToString(m.Sum(nil))
}

// User returns the commitment of a chat user.
func (c Committer) User(w WaID) string { return c.Commit("wa", string(w)) }

// hashText is the sha256 of free text (a dispute reason) for the journal and the chain.
func hashText(s string) [32]byte { return sha256.Sum256([]byte(s)) }
