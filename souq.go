// Package souq is the domain of souq: escrowed sales and loyalty tokens inside WhatsApp.
//
// The root package holds the types (orders, merchants, customers, money, events), the order state
// machine, the ports the sale needs (small interfaces implemented by the adapters in the
// sub-directories) and the service that drives a sale through them. Adapters depend on this
// package, never the other way round.
package souq

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
)

// OrderID identifies an order everywhere: in the store, in chat ("order 3f2a…") and on-chain,
// where the escrow contract keys orders by a bytes32 that commits to the order's terms.
type OrderID [32]byte

// String returns the 0x-prefixed hex form used on-chain and in the API.
func (id OrderID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// Short returns the first 8 hex digits, the form shown in chat.
func (id OrderID) Short() string { return hex.EncodeToString(id[:4]) }

// IsZero reports whether the id is unset.
func (id OrderID) IsZero() bool { return id == OrderID{} }

// ParseOrderID parses the 0x-prefixed (or bare) 64-digit hex form.
func ParseOrderID(s string) (OrderID, error) {
	var id OrderID
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	if len(s) != 64 {
		return id, fmt.Errorf("order id %q: %w", s, ErrInvalidOrderID)
	}
	if _, err := hex.Decode(id[:], []byte(s)); err != nil {
		return id, fmt.Errorf("order id %q: %w", s, ErrInvalidOrderID)
	}
	return id, nil
}

// ErrInvalidOrderID is returned for an order id that is not 32 bytes of hex.
var ErrInvalidOrderID = errors.New("invalid order id")

// NewSalt returns 32 random bytes, used to make order ids and commitments unguessable.
func NewSalt() ([32]byte, error) {
	var s [32]byte
	if _, err := rand.Read(s[:]); err != nil {
		return s, fmt.Errorf("salt: %w", err)
	}
	return s, nil
}
