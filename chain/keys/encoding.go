package keys

import (
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// The custodial wallet book's records, in three kv spaces (the bbolt buckets of the same names
// before the kv port, so a souq.db written before reads as it is). Every value is fixed-width
// binary; none has ever had another form, so none carries a version byte:
//
//	custodial/by_customer  key: the customer's commitment (its string bytes)
//	                       value: wallet index, 4 bytes, uint32 big-endian
//	custodial/by_address   key: the wallet's address, 20 bytes
//	                       value: wallet index, 4 bytes, uint32 big-endian
//	custodial/meta         key "next": the next index to hand out, 4 bytes, uint32 big-endian
//
// A new encoding of any of them must change its width or take a version byte, and decodeIndex
// must keep reading the 4-byte form.
const (
	spaceByCustomer = "custodial/by_customer"
	spaceByAddress  = "custodial/by_address"
	spaceMeta       = "custodial/meta"
)

var keyNext = []byte("next")

// encodeIndex is the stored form of a wallet index (a value of by_customer, by_address and
// meta/next).
func encodeIndex(i uint32) []byte { return binary.BigEndian.AppendUint32(nil, i) }

// decodeIndex reads encodeIndex's bytes.
func decodeIndex(v []byte) (uint32, error) {
	if len(v) != 4 {
		return 0, fmt.Errorf("custodial book: wallet index of %d bytes, want 4", len(v))
	}
	return binary.BigEndian.Uint32(v), nil
}

// addressKey is an address's key in by_address.
func addressKey(a common.Address) []byte { return a.Bytes() }
