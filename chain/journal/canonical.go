// Package journal keeps souq's event journal and anchors it on-chain.
//
// Every event (order offered, paid, delivered, refunded…) gets a sequence number, names the hash
// of the previous event (a hash chain: nothing can be inserted, removed or reordered unnoticed),
// and is hashed over its canonical bytes. Consecutive events are batched (by size or age) into a
// Merkle tree compatible with OpenZeppelin's MerkleProof, and each batch's root is recorded by
// the EventAnchor contract through the exactly-once sender. A proof bundle lets anyone check one
// event against the chain alone (package audit).
//
// # Canonical bytes, version 1
//
// An event's canonical bytes are the Solidity ABI encoding (abi.encode, not packed) of
//
//	(string magic, uint64 seq, bytes32 prev, uint64 timeMs, string type, bytes32 order,
//	 string[] keys, string[] values)
//
// where magic is the constant "souq.event.v1" (domain separation and version); seq is the
// event's position in the journal from 0; prev is the previous event's hash (32 zero bytes for
// seq 0); timeMs is the event time in Unix milliseconds (UTC); type is the event type such as
// "order.paid"; order is the order id (32 zero bytes when the event concerns no order); keys and
// values are the event's data fields, sorted by key in ascending byte order, keys unique and
// non-empty, all strings UTF-8 as stored. Amounts are decimal integers in minor units, hashes and
// addresses 0x-prefixed lower-case hex. No personal data appears in an event: identities are
// salted commitments (HMAC with an operator secret) and photos their sha256.
//
// The event hash is keccak256(canonical bytes). Any Ethereum toolkit recomputes it, e.g. with
// ethers v6:
//
//	keccak256(AbiCoder.defaultAbiCoder().encode(
//	  ["string","uint64","bytes32","uint64","string","bytes32","string[]","string[]"],
//	  ["souq.event.v1", seq, prev, timeMs, type, order, keys, values]))
//
// The Merkle leaf of an event is keccak256(bytes.concat(keccak256(abi.encode(uint64 seq,
// bytes32 eventHash)))) — EventAnchor.leaf — and inner nodes hash their two children in sorted
// order (OpenZeppelin's commutative keccak256). A level with an odd number of nodes carries its
// last node up unchanged. A batch of one event has its leaf as root.
package journal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Magic is the first field of the canonical bytes: the format and its version.
const Magic = "souq.event.v1"

// Event is one journal entry. Its JSON form is the one in proof bundles.
type Event struct {
	Seq    uint64            `json:"seq"`
	Prev   common.Hash       `json:"prev"`
	TimeMs uint64            `json:"timeMs"`
	Type   string            `json:"type"`
	Order  common.Hash       `json:"order"`
	Data   map[string]string `json:"data"`
	// Hash is keccak256 of the canonical bytes; set by the journal, recomputed by auditors.
	Hash common.Hash `json:"hash"`
}

var canonicalArgs = func() abi.Arguments {
	t := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	return abi.Arguments{{Type: t("string")}, {Type: t("uint64")}, {Type: t("bytes32")}, {Type: t("uint64")},
		{Type: t("string")}, {Type: t("bytes32")}, {Type: t("string[]")}, {Type: t("string[]")}}
}()

// ErrBadEvent is returned for an event that cannot be encoded (empty type, empty data key).
var ErrBadEvent = errors.New("journal: invalid event")

// Canonical returns the event's canonical bytes (version 1, see the package documentation).
func Canonical(e *Event) ([]byte, error) {
	if e.Type == "" {
		return nil, fmt.Errorf("%w: empty type", ErrBadEvent)
	}
	keys := make([]string, 0, len(e.Data))
	for k := range e.Data {
		if k == "" {
			return nil, fmt.Errorf("%w: empty data key", ErrBadEvent)
		}
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return bytes.Compare([]byte(keys[i]), []byte(keys[j])) < 0 })
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = e.Data[k]
	}
	b, err := canonicalArgs.Pack(Magic, e.Seq, [32]byte(e.Prev), e.TimeMs, e.Type, [32]byte(e.Order), keys, vals)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadEvent, err)
	}
	return b, nil
}

// HashEvent returns keccak256 of the event's canonical bytes.
func HashEvent(e *Event) (common.Hash, error) {
	b, err := Canonical(e)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// Leaf is EventAnchor.leaf(seq, eventHash): keccak256(bytes.concat(keccak256(abi.encode(seq, eventHash)))).
func Leaf(seq uint64, eventHash common.Hash) common.Hash {
	var enc [64]byte
	binary.BigEndian.PutUint64(enc[24:32], seq)
	copy(enc[32:], eventHash[:])
	return crypto.Keccak256Hash(crypto.Keccak256(enc[:]))
}
