package journal

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// BundleVersion names the proof bundle format.
const BundleVersion = "souq.proof.v1"

// Bundle is a self-contained proof that one journal event was anchored on-chain. It is JSON
// (see the field tags), versioned by Version, and all an auditor needs besides an RPC URL.
//
//	{
//	  "version": "souq.proof.v1",
//	  "event": {"seq": 7, "prev": "0x…", "timeMs": 1767225600000, "type": "order.paid",
//	            "order": "0x…", "data": {"amount": "30500000", …}, "hash": "0x…"},
//	  "canonical": "0x…",            // the event's canonical bytes (convenience; recomputed)
//	  "leaf": "0x…",                 // EventAnchor.leaf(seq, hash)
//	  "proof": ["0x…", …],           // siblings from the leaf up (OpenZeppelin MerkleProof)
//	  "batch": {"index": 2, "firstSeq": 5, "count": 4, "root": "0x…"},
//	  "anchor": {"chainId": 1337, "contract": "0x…", "txHash": "0x…", "blockNumber": 42,
//	             "blockHash": "0x…"},
//	  "links": {"tx": "https://…/tx/0x…", "contract": "https://…/address/0x…", "block": "…"}
//	}
type Bundle struct {
	Version   string        `json:"version"`
	Event     Event         `json:"event"`
	Canonical hexutil.Bytes `json:"canonical"`
	Leaf      common.Hash   `json:"leaf"`
	Proof     []common.Hash `json:"proof"`
	Batch     BatchRef      `json:"batch"`
	Anchor    AnchorRef     `json:"anchor"`
	Links     Links         `json:"links"`
}

// BatchRef identifies the batch an event belongs to.
type BatchRef struct {
	Index    uint64      `json:"index"`
	FirstSeq uint64      `json:"firstSeq"`
	Count    uint64      `json:"count"`
	Root     common.Hash `json:"root"`
}

// AnchorRef is where the batch's root was recorded.
type AnchorRef struct {
	ChainID     uint64         `json:"chainId"`
	Contract    common.Address `json:"contract"`
	TxHash      common.Hash    `json:"txHash"`
	BlockNumber uint64         `json:"blockNumber"`
	BlockHash   common.Hash    `json:"blockHash"`
}

// Links are explorer links (empty on chains without an explorer).
type Links struct {
	Tx       string `json:"tx,omitempty"`
	Contract string `json:"contract,omitempty"`
	Block    string `json:"block,omitempty"`
}
