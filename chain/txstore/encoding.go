package txstore

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/sender"
)

// The spaces txstore keeps in its kv.DB, and what their keys and values are. The names and the
// key bytes are those of the bbolt buckets of the same names before the kv port, so an existing
// souq.db reads as it is.
//
//	chain.intents  key: the intent's idempotency key (UTF-8)
//	               value: intentV1 ‖ JSON of sender.Intent (its json tags name the fields); a
//	               compacted intent (Compact) leaves out "key", which is the record's key. A value
//	               starting with '{' is the same JSON without the version byte (before v1).
//	chain.pending  key: from (20 bytes) ‖ created (8 bytes, big-endian Unix ns) ‖ intent key
//	               value: empty. The intents not final, in creation order per account.
//	chain.mined    key: from (20 bytes) ‖ receipt block (8 bytes, big-endian) ‖ intent key
//	               value: empty. The final intents with a receipt that are not compacted.
//	chain.cursors  key: the watcher's name (UTF-8)
//	               value: next block (8 bytes, big-endian) [‖ hash of the block before it (32
//	               bytes)]. Fixed binary, no version byte: a length of 8 or 40 is all there is.
//	chain.meta     key "mined-index" → 0x01 once chain.mined covers every intent (New builds the
//	               index once for a store from before it).
const (
	spaceIntents = "chain.intents"
	spacePending = "chain.pending"
	spaceMined   = "chain.mined"
	spaceCursors = "chain.cursors"
	spaceMeta    = "chain.meta"
)

var keyMinedIndex = []byte("mined-index")

// intentV1 is the version byte of an intent's JSON.
const intentV1 = 0x01

// indexPrefix is the length of an index key before the intent key: from ‖ 8-byte position.
const indexPrefix = common.AddressLength + 8

// encodeIntent is the stored value of in; a compacted intent leaves its key out.
func encodeIntent(in *sender.Intent, compact bool) ([]byte, error) {
	var v any = in
	if compact {
		v = compacted{Intent: in}
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append([]byte{intentV1}, raw...), nil
}

// compacted is a compacted intent as stored: without its key, which is the record's key.
type compacted struct {
	*sender.Intent
	Key *struct{} `json:"key,omitempty"` // always nil: hides Intent.Key
}

// decodeIntent reads the intent stored under key k; compact reports a compacted one (stored
// without its key, which decode restores).
func decodeIntent(k, v []byte) (in *sender.Intent, compact bool, err error) {
	if len(v) == 0 {
		return nil, false, fmt.Errorf("intent %q: empty value", k)
	}
	switch {
	case v[0] == '{': // before v1: the same JSON without a version byte
	case v[0] == intentV1:
		v = v[1:]
	default:
		return nil, false, fmt.Errorf("intent %q: unknown encoding version %d", k, v[0])
	}
	in = new(sender.Intent)
	if err := json.Unmarshal(v, in); err != nil {
		return nil, false, fmt.Errorf("intent %q: %w", k, err)
	}
	if in.Key == "" {
		in.Key, compact = string(k), true
	}
	return in, compact, nil
}

// minedKey indexes a final intent with a receipt as from ‖ block (8 bytes, big-endian) ‖ key, so
// ListMined is a range scan; nil when the intent is not indexed there.
func minedKey(in *sender.Intent) []byte {
	if !in.State.Final() || in.Receipt == nil {
		return nil
	}
	k := make([]byte, 0, indexPrefix+len(in.Key))
	k = append(k, in.From.Bytes()...)
	k = binary.BigEndian.AppendUint64(k, in.Receipt.BlockNumber)
	return append(k, in.Key...)
}

// pendingKey indexes a non-final intent as from ‖ created (8 bytes, big-endian ns) ‖ key.
func pendingKey(in *sender.Intent) []byte {
	k := make([]byte, 0, indexPrefix+len(in.Key))
	k = append(k, in.From.Bytes()...)
	k = binary.BigEndian.AppendUint64(k, uint64(in.Created.UnixNano()))
	return append(k, in.Key...)
}

// encodeCursor is a cursor's value: next, and the hash when there is one (hash non-nil).
func encodeCursor(next uint64, hash *common.Hash) []byte {
	v := binary.BigEndian.AppendUint64(make([]byte, 0, 8+common.HashLength), next)
	if hash != nil {
		v = append(v, hash.Bytes()...)
	}
	return v
}

// decodeCursor reads a cursor's value; ok is false when there is none (fewer than 8 bytes), and
// the hash is zero unless the value holds one.
func decodeCursor(v []byte) (next uint64, hash common.Hash, ok bool) {
	if len(v) < 8 {
		return 0, common.Hash{}, false
	}
	if len(v) == 8+common.HashLength {
		hash = common.BytesToHash(v[8:])
	}
	return binary.BigEndian.Uint64(v), hash, true
}
