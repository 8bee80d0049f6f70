package journal

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/mod/sumdb/tlog"
)

// What the log keeps in its kv.DB, in three spaces (the bbolt buckets of the same names before the
// kv port, so a souq.db written then reads as it is):
//
//	tlog.hashes       key: stored hash index (tlog.StoredHashIndex), 8 bytes big-endian
//	                  value: the 32-byte SHA-256 hash, raw (fixed width: no version byte)
//	tlog.meta         key: "size"
//	                  value: the number of records in the log, 8 bytes big-endian
//	tlog.checkpoints  key: the checkpoint's size, 8 bytes big-endian
//	                  value: 0x01 ‖ the Record as JSON (its json tags are the field names);
//	                  the legacy form, bare JSON starting with '{', reads as version 1
const (
	spaceHashes      = "tlog.hashes"
	spaceMeta        = "tlog.meta"
	spaceCheckpoints = "tlog.checkpoints"
)

// keySize is tlog.meta's one key.
var keySize = []byte("size")

// recordV1 is the version byte of a checkpoint record's encoding.
const recordV1 = 0x01

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// decodeU64 reads an 8-byte big-endian number (a key or tlog.meta's size).
func decodeU64(v []byte) (uint64, error) {
	if len(v) != 8 {
		return 0, fmt.Errorf("journal: stored number is %d bytes, not 8", len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// decodeHash reads a stored hash of tlog.hashes.
func decodeHash(v []byte) (tlog.Hash, error) {
	if len(v) != tlog.HashSize {
		return tlog.Hash{}, fmt.Errorf("journal: stored hash is %d bytes, not %d", len(v), tlog.HashSize)
	}
	return tlog.Hash(v), nil
}

// encodeRecord is a checkpoint record's stored bytes: 0x01 ‖ JSON.
func encodeRecord(r *Record) ([]byte, error) {
	raw, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("journal: encode checkpoint %d: %w", r.Size, err)
	}
	return append([]byte{recordV1}, raw...), nil
}

// decodeRecord reads a checkpoint record's stored bytes, version 1 or legacy (bare JSON).
func decodeRecord(v []byte) (Record, error) {
	var r Record
	switch {
	case len(v) == 0:
		return r, errors.New("journal: empty checkpoint record")
	case v[0] == '{':
		// Written before the version byte: the same JSON.
	case v[0] == recordV1:
		v = v[1:]
	default:
		return r, fmt.Errorf("journal: checkpoint record version %d unknown", v[0])
	}
	if err := json.Unmarshal(v, &r); err != nil {
		return Record{}, fmt.Errorf("journal: decode checkpoint record: %w", err)
	}
	return r, nil
}
