package escrow

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// The spaces the escrow package keeps in its kv.DB, and what their keys and values are. The names
// and key bytes are those of the bbolt buckets of the same names before the kv port, so an
// existing souq.db reads as it is. Values are a version byte, then JSON; a value starting with
// '{' is the same JSON without the version byte (written before v1). (The watchers' cursors are
// the senders' store's: chain/txstore.)
//
//	deposits.eth  key: a custodial wallet's address, lower-case 0x hex (42 bytes)
//	              value: recordV1 ‖ JSON of ethMark: the wallet's ETH balance last seen, and the
//	              confirmed block it was read at.
//	escrow.track  key: the service's attempt key (UTF-8)
//	              value: recordV1 ‖ JSON of tracked: the sender intent the attempt waits on.
const (
	spaceDepositETH = "deposits.eth"
	spaceTrack      = "escrow.track"
)

// recordV1 is the version byte of the escrow package's JSON records.
const recordV1 = 0x01

// ethMark is the ETH balance of a wallet last seen by the deposit watcher.
type ethMark struct {
	Balance *big.Int `json:"balance"` // wei
	Block   uint64   `json:"block"`   // the confirmed block it was read at
}

// tracked is the sender intent a service attempt waits on (Tracker).
type tracked struct {
	From      common.Address `json:"from"`
	SenderKey string         `json:"senderKey"`
	// Operator: From is souq's own account (operator, arbiter): its shortfall needs the operator.
	Operator bool `json:"operator,omitempty"`
}

// encodeRecord is the stored value of an escrow record (ethMark, tracked).
func encodeRecord(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return append([]byte{recordV1}, raw...), nil
}

// decodeRecord reads a stored value written by encodeRecord, or before v1, into v.
func decodeRecord(b []byte, v any) error {
	switch {
	case len(b) == 0:
		return fmt.Errorf("empty value")
	case b[0] == '{': // before v1: the same JSON without a version byte
	case b[0] == recordV1:
		b = b[1:]
	default:
		return fmt.Errorf("unknown encoding version %d", b[0])
	}
	return json.Unmarshal(b, v)
}
