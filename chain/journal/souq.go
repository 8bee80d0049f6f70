package journal

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
)

// SouqAnchorer adapts the Journal to the sale service's souq.Anchorer port. Both journals number
// events from 0. Each anchored event carries the service event's own sha256 ("souq_sha256"), tying the two chains
// of hashes together: an auditor holding the service's record can match it to the anchored one.
type SouqAnchorer struct {
	J *Journal
}

var _ souq.Anchorer = SouqAnchorer{}

// Append implements souq.Anchorer, idempotent per Seq: an event already anchored is skipped, and a
// gap (an event handed over out of order) is an error, so nothing is ever anchored out of place.
func (a SouqAnchorer) Append(ctx context.Context, e souq.Event) error {
	have, err := a.J.Len(ctx)
	if err != nil {
		return err
	}
	want := e.Seq
	switch {
	case want < have:
		return nil // anchored before a crash; the service's cursor had not moved yet
	case want > have:
		return fmt.Errorf("journal: service event %d handed over before event %d", e.Seq, have)
	}
	data := make(map[string]string, len(e.Fields)+1)
	for k, v := range e.Fields {
		data[k] = v
	}
	data["souq_sha256"] = hex.EncodeToString(e.Hash[:])
	_, err = a.J.Append(ctx, Entry{Type: string(e.Kind), Order: common.Hash(e.Order), Time: e.At, Data: data})
	return err
}
