package audit

import (
	"encoding/hex"
	"fmt"
	"io"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/journal"
)

// Kinds of an opening check.
const (
	OpeningMismatch Kind = "opening-mismatch" // a commitment of the order does not open to the revealed person
	WrongOrder      Kind = "wrong-order"      // the opening is of another order than the bundles
)

// OpenedField is one commitment of an order's events and what it opened to.
type OpenedField struct {
	Seq    uint64 `json:"seq"`
	Kind   string `json:"kind"`
	Role   string `json:"role"`
	Value  string `json:"value,omitempty"`  // the person it names; empty when it could not be opened
	Legacy bool   `json:"legacy,omitempty"` // written before per-order commitments: per person, not openable per order
}

// CheckOpening checks an opening (souq.Opening, from the arbiter) against the bundles of its
// order: every commitment field of a role the opening names, in every event marked "commit":
// souq.CommitScheme, must equal ScopedCommit(key, role, value) (docs/audit/README.md §9). Events
// written before per-order commitments carry per-person ones, which no per-order key opens: they
// are listed as Legacy. The bundles are assumed verified (Verify, VerifyOrder).
func CheckOpening(bundles []*journal.Bundle, op souq.Opening) ([]OpenedField, error) {
	if op.Scheme != souq.CommitScheme {
		return nil, fail(BadFormat, "opening scheme %q, want %q", op.Scheme, souq.CommitScheme)
	}
	raw, err := hex.DecodeString(op.Key)
	if err != nil || len(raw) != 32 {
		return nil, fail(BadFormat, "opening key: 64 hex digits")
	}
	key := [32]byte(raw)
	order := common.HexToHash(op.ID)
	roles := make([]string, 0, len(op.People))
	for r := range op.People {
		roles = append(roles, r)
	}
	sort.Strings(roles)
	var out []OpenedField
	for _, b := range bundles {
		if b.Event.Order != order {
			return nil, fail(WrongOrder, "event %d is of order %s; the opening is of %s", b.Event.Seq, b.Event.Order, order)
		}
		f := b.Event.Fields
		for _, role := range roles {
			c, ok := f[role]
			if !ok {
				continue
			}
			line := OpenedField{Seq: b.Event.Seq, Kind: b.Event.Kind, Role: role}
			if f["commit"] != souq.CommitScheme {
				line.Legacy = true
				out = append(out, line)
				continue
			}
			if souq.ScopedCommit(key, role, op.People[role]) != c {
				return out, fail(OpeningMismatch, "event %d (%s): the %s commitment %s does not open to the revealed %s", b.Event.Seq, b.Event.Kind, role, c, role)
			}
			line.Value = op.People[role]
			out = append(out, line)
		}
	}
	return out, nil
}

// PrintOpening writes what each commitment of the order opened to.
func PrintOpening(w io.Writer, fields []OpenedField) {
	opened := 0
	for _, l := range fields {
		if l.Legacy {
			fmt.Fprintf(w, "  - event %-6d %-26s %s: a per-person commitment (written before per-order ones); no per-order key opens it\n", l.Seq, l.Kind, l.Role)
			continue
		}
		opened++
		fmt.Fprintf(w, "  ✓ event %-6d %-26s %s is %s\n", l.Seq, l.Kind, l.Role, l.Value)
	}
	fmt.Fprintf(w, "Opening: %d commitment(s) of this order open to the people revealed; the key opens no other order.\n", opened)
}
