package store

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/souqchain/souq"
)

// The journal's records (bucket "journal", seq(8) -> record). A record is souq.Event as JSON
// with four fields written differently, saving some 40% of the journal:
//
//   - Seq is the key, not repeated;
//   - PrevHash is not stored: it is the Hash of the record before, read when the journal is (so a
//     changed record still fails verification: its successor's hash covers the hash it had);
//   - Order and Hash are hex strings rather than arrays of 32 numbers (Order absent when zero).
//
// Every other field of souq.Event is written as encoding/json writes it, so a field added to
// Event is stored without a change here. The record starts with the byte journalV3; records written
// before (souq.Event's plain JSON, starting with '{') are read as they are and never rewritten.
const journalV3 = 0x03

type eventRecord struct {
	*souq.Event
	Seq      uint64    `json:"Seq,omitempty"`      // always zero here: the key
	PrevHash *struct{} `json:"PrevHash,omitempty"` // always nil here: the record before's Hash
	Order    string    `json:"Order,omitempty"`
	Hash     string    `json:"Hash"`
}

func encodeEvent(e *souq.Event) ([]byte, error) {
	r := eventRecord{Event: e, Hash: hex.EncodeToString(e.Hash[:])}
	if e.Order != (souq.OrderID{}) {
		r.Order = hex.EncodeToString(e.Order[:])
	}
	raw, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("store: encode event %d: %w", e.Seq, err)
	}
	return append([]byte{journalV3}, raw...), nil
}

// decodeEvent reads the record at key k; prev is the Hash of the record before it (zero for the
// first), which a record in the current encoding does not repeat.
func decodeEvent(k, raw []byte, prev [32]byte) (souq.Event, error) {
	var e souq.Event
	if len(raw) == 0 || raw[0] != journalV3 {
		if err := json.Unmarshal(raw, &e); err != nil {
			return e, fmt.Errorf("store: decode event %x: %w", k, err)
		}
		return e, nil
	}
	r := eventRecord{Event: &e}
	if err := json.Unmarshal(raw[1:], &r); err != nil {
		return e, fmt.Errorf("store: decode event %x: %w", k, err)
	}
	e.Seq, e.PrevHash = binary.BigEndian.Uint64(k), prev
	if err := unhex32(&e.Hash, r.Hash); err != nil {
		return e, fmt.Errorf("store: event %x hash: %w", k, err)
	}
	if r.Order != "" {
		if err := unhex32((*[32]byte)(&e.Order), r.Order); err != nil {
			return e, fmt.Errorf("store: event %x order: %w", k, err)
		}
	}
	return e, nil
}

func unhex32(dst *[32]byte, s string) error {
	b, err := hex.DecodeString(s)
	if err != nil {
		return err
	}
	if len(b) != 32 {
		return fmt.Errorf("%d bytes, want 32", len(b))
	}
	copy(dst[:], b)
	return nil
}
