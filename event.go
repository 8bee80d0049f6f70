package souq

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// EventKind names a journal event.
type EventKind string

// Journal event kinds. Each order transition is "order.<status>"; the others are below.
const (
	EventCustomerOptIn    EventKind = "customer.opted_in"
	EventCustomerOptOut   EventKind = "customer.opted_out"
	EventMerchant         EventKind = "merchant.registered"
	EventLoyaltyRule      EventKind = "merchant.loyalty_rule"
	EventOfferCreated     EventKind = "order.offered"
	EventOfferShown       EventKind = "order.offer_shown"
	EventDeliverySubmit   EventKind = "order.delivery_submitted"
	EventEvidence         EventKind = "order.evidence"
	EventStatement        EventKind = "order.statement"
	EventIntent           EventKind = "intent.requested"
	EventIntentDone       EventKind = "intent.succeeded"
	EventIntentFailed     EventKind = "intent.failed"
	EventIntentRetry      EventKind = "intent.new_attempt" // refused for now: re-checked and sent again
	EventIntentStuck      EventKind = "intent.stuck"       // cannot proceed without help (see Service.Outbox)
	EventDeliveryResign   EventKind = "order.delivery_resigned"
	EventPointsEarned     EventKind = "loyalty.earned"
	EventPointsRedeemed   EventKind = "loyalty.redeemed"
	EventVoucherApplied   EventKind = "loyalty.voucher_applied"
	EventEscalated        EventKind = "support.escalated"
	EventHandedBack       EventKind = "support.handed_back"
	EventNumberChanged    EventKind = "user.number_changed"
	EventDeposit          EventKind = "wallet.deposit"  // money arrived in a custodial wallet
	EventWithdraw         EventKind = "wallet.withdraw" // a customer asked to withdraw (confirmed)
	EventOfferUndelivered EventKind = "order.offer_undelivered"
	EventResolveDecision  EventKind = "order.resolve_requested"
	EventCourier          EventKind = "merchant.courier"       // a courier named or removed
	EventCourierAssigned  EventKind = "order.courier_assigned" // the courier an order is given to
)

// orderEvent is the kind of the journal event for a move to status s.
func orderEvent(s OrderStatus) EventKind { return EventKind("order." + string(s)) }

// Event is one journal entry and one record of souq's transparency log (a C2SP tlog): the
// domain's journal IS the log an auditor checks, with one numbering (Seq, from 0, the record's
// index in the log), one encoding (Canonical) and one hash (the RFC 6962 record hash). Fields
// carry no personal data: people appear only as salted HMAC commitments (Committer), photos and
// free text only as sha256 hashes.
type Event struct {
	Seq      uint64
	PrevHash [32]byte // Hash of event Seq-1 (zero for event 0): a hash chain inside the log
	Kind     EventKind
	Order    OrderID // zero for non-order events
	At       time.Time
	Fields   map[string]string
	Hash     [32]byte // RecordHash(Canonical())
}

// CanonicalMagic opens an event's canonical bytes: the format and its version.
const CanonicalMagic = "souq.event.v2\n"

// Canonical returns the exact bytes the event's hash commits to; they are also the log entry
// served in tlog-tiles entry bundles. Version 2, all integers big-endian:
//
//	"souq.event.v2\n"                      14 bytes, the format and its version
//	seq                                     uint64, the record's index in the log, from 0
//	prev                                    32 bytes, Hash of event seq-1 (zeros for seq 0)
//	at                                      int64, Unix time in nanoseconds (UTC)
//	str(kind)                               e.g. "order.paid"
//	order                                   32 bytes, the order id (zeros when none)
//	count                                   uint32, the number of fields
//	str(key) str(value) per field           sorted by key, bytewise ascending; keys unique
//
// where str(s) is uint32 len(s) followed by the bytes of s (UTF-8 as recorded, no escaping).
// Amounts are decimal integers in minor units, hashes lower-case hex. Python re-implements it in
// a few lines with struct.pack(">Q32sq", …); testdata/canonical_v2.json has worked vectors.
func (e Event) Canonical() []byte {
	keys := make([]string, 0, len(e.Fields))
	n := len(CanonicalMagic) + 8 + 32 + 8 + 4 + len(e.Kind) + 32 + 4
	for k, v := range e.Fields {
		keys = append(keys, k)
		n += 8 + len(k) + len(v)
	}
	sort.Strings(keys) // Go compares strings bytewise
	b := make([]byte, 0, n)
	b = append(b, CanonicalMagic...)
	b = binary.BigEndian.AppendUint64(b, e.Seq)
	b = append(b, e.PrevHash[:]...)
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.UnixNano()))
	b = appendStr(b, string(e.Kind))
	b = append(b, e.Order[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(keys)))
	for _, k := range keys {
		b = appendStr(appendStr(b, k), e.Fields[k])
	}
	return b
}

func appendStr(b []byte, s string) []byte {
	return append(binary.BigEndian.AppendUint32(b, uint32(len(s))), s...)
}

// RecordHash is the log's hash of one record: SHA-256(0x00 ‖ data), RFC 6962 §2.1's leaf hash.
func RecordHash(data []byte) [32]byte { return tlog.RecordHash(data) }

// Seal sets the sequence number, the link to the previous event and the hash.
func (e *Event) Seal(seq uint64, prev [32]byte) {
	e.Seq, e.PrevHash = seq, prev
	e.Hash = RecordHash(e.Canonical())
}

// Verify reports whether the hash matches the content.
func (e Event) Verify() bool { return RecordHash(e.Canonical()) == e.Hash }

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

// User returns the commitment of a chat user: stable per person, so it is never written to the
// journal (events written before CommitScheme did carry it). It keys what must stay stable per
// person: the custodial wallet's index and the Stellar program's customer id.
func (c Committer) User(w WaID) string { return c.Commit("wa", string(w)) }

// CommitScheme marks (in the field "commit") an event whose commitments are scoped: to its order,
// or, for an event of no order, to its own random "nonce" field. An event without it was
// written before and carries per-person commitments (Committer.User). docs/audit/README.md §3.
const CommitScheme = "souq.commit.v2"

// scopeDomain separates scope keys from every Commit domain (those never contain a '/').
const scopeDomain = "souq/commit/v2"

// ScopeKey is the key of the commitments of one scope (an order id, or an event's nonce):
// HMAC-SHA256(secret, "souq/commit/v2" ‖ 0x00 ‖ scope). Handing it to an auditor opens that
// scope's commitments and no other's: HMAC is a pseudo-random function, so one scope's key says
// nothing of another's.
func (c Committer) ScopeKey(scope [32]byte) [32]byte {
	m := hmac.New(sha256.New, c.key)
	m.Write([]byte(scopeDomain))
	m.Write([]byte{0})
	m.Write(scope[:])
	return [32]byte(m.Sum(nil))
}

// ScopedCommit is the commitment of value in one role (the event field's name: "customer",
// "merchant", "user", "from", "to", "name") under a scope key: hex HMAC-SHA256(key, role ‖ 0x00 ‖
// value). An auditor given the key checks an opening with it.
func ScopedCommit(key [32]byte, role, value string) string {
	m := hmac.New(sha256.New, key[:])
	m.Write([]byte(role))
	m.Write([]byte{0})
	m.Write([]byte(value))
	return hex.EncodeToString(m.Sum(nil))
}

// scoped returns the journal fields of one scope's people, with the scheme marker: each role's
// commitment under the scope key.
func (c Committer) scoped(scope [32]byte, people map[string]string) map[string]string {
	k := c.ScopeKey(scope)
	f := make(map[string]string, len(people)+1)
	for role, v := range people {
		f[role] = ScopedCommit(k, role, v)
	}
	f["commit"] = CommitScheme
	return f
}

// accountRe matches what names an account across orders: an EVM address (40 hex digits, not a
// 64-digit hash) and a Stellar account or muxed account id.
var accountRe = regexp.MustCompile(`\b0x[0-9a-fA-F]{40}\b|\b[GM][A-Z2-7]{55}(?:[A-Z2-7]{13})?\b`)

// PublicReason is a failure reason as the public journal records it: the chain's and Horizon's
// messages can name the custodial wallet or a Stellar account ("insufficient funds … address
// 0x…"), which would link a customer's orders, so accounts become "<account>".
func PublicReason(s string) string { return accountRe.ReplaceAllString(s, "<account>") }

// hashText is the sha256 of free text (a dispute reason) for the journal and the chain.
func hashText(s string) [32]byte { return sha256.Sum256([]byte(s)) }
