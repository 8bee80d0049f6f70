package sender

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// State is where an intent stands. Queued → Signed → Sent → Mined → Confirmed | Reverted.
// A reorg that drops a Mined transaction sends it back to Sent; a nonce taken by a transaction
// that is not ours sends it back to Queued (none of its signed transactions can be mined any more).
type State string

// Intent states.
const (
	Queued    State = "queued"    // durable, no nonce yet
	Signed    State = "signed"    // nonce assigned, signed transaction saved; maybe not broadcast
	Sent      State = "sent"      // broadcast accepted by the node
	Mined     State = "mined"     // a receipt exists; waiting for confirmations
	Confirmed State = "confirmed" // final: succeeded with enough confirmations
	Reverted  State = "reverted"  // final: rejected by the contract (at estimation, or mined and failed)
)

// Final reports whether the state never changes again.
func (s State) Final() bool { return s == Confirmed || s == Reverted }

// Call is the transaction an intent asks for.
type Call struct {
	To    *common.Address `json:"to,omitempty"` // nil deploys Data as a contract
	Data  []byte          `json:"data,omitempty"`
	Value *big.Int        `json:"value,omitempty"`
	// Gas is the gas limit; 0 estimates it (with a 20% margin) just before signing.
	Gas uint64 `json:"gas,omitempty"`
	// After names an intent of the same sender that must be Confirmed before this one is signed
	// (approve before fund); if it reverts, this one reverts too without being sent.
	After string `json:"after,omitempty"`
}

// Attempt is one signed transaction of an intent. All attempts of an intent share its nonce, so
// at most one of them can ever be mined: that is what makes an intent act exactly once.
type Attempt struct {
	Hash      common.Hash `json:"hash"`
	Raw       []byte      `json:"raw"` // the signed transaction, re-broadcast after a crash
	GasTipCap *big.Int    `json:"gasTipCap"`
	GasFeeCap *big.Int    `json:"gasFeeCap"`
	At        time.Time   `json:"at"`
}

// Receipt is what souq keeps of a mined transaction.
type Receipt struct {
	TxHash            common.Hash    `json:"txHash"`
	BlockNumber       uint64         `json:"blockNumber"`
	BlockHash         common.Hash    `json:"blockHash"`
	Status            uint64         `json:"status"`
	GasUsed           uint64         `json:"gasUsed"`
	EffectiveGasPrice *big.Int       `json:"effectiveGasPrice,omitempty"`
	ContractAddress   common.Address `json:"contractAddress,omitzero"`
	Logs              []*types.Log   `json:"logs,omitempty"`
}

// Intent is a durable request to send one transaction from one account, identified by an
// idempotency key chosen by the caller (e.g. "fund/<orderId>", "anchor/<batch>").
type Intent struct {
	Key      string         `json:"key"`
	Kind     string         `json:"kind"` // fund, release, refund, resolve, anchor…: for people and metrics
	From     common.Address `json:"from"`
	Call     Call           `json:"call"`
	State    State          `json:"state"`
	Nonce    uint64         `json:"nonce"`
	HasNonce bool           `json:"hasNonce"`
	Gas      uint64         `json:"gas,omitempty"` // the gas limit signed
	Attempts []Attempt      `json:"attempts,omitempty"`
	// Dropped are attempts whose nonce was taken by a transaction that is not ours.
	Dropped []Attempt `json:"dropped,omitempty"`
	Receipt *Receipt  `json:"receipt,omitempty"`
	// Revert is the decoded reason of a Reverted intent ("Escrow.WrongStatus(…)").
	Revert string `json:"revert,omitempty"`
	// RevertData is the raw revert data, for callers that decode it themselves.
	RevertData []byte    `json:"revertData,omitempty"`
	Reorgs     int       `json:"reorgs,omitempty"`
	Created    time.Time `json:"created"`
	Updated    time.Time `json:"updated"`
}

// TxHash is the hash of the mined attempt, else of the latest one, else zero.
func (in *Intent) TxHash() common.Hash {
	if in.Receipt != nil {
		return in.Receipt.TxHash
	}
	if n := len(in.Attempts); n > 0 {
		return in.Attempts[n-1].Hash
	}
	return common.Hash{}
}

// ErrNotFound is returned by an IntentStore for an unknown key.
var ErrNotFound = errors.New("intent not found")

// IntentStore keeps intents durably. Every method must be safe for concurrent use, and a write
// must be on disk when it returns: the sender relies on "saved before sent".
type IntentStore interface {
	// Put stores in if no intent has its key and returns (in, true); otherwise it returns the
	// stored intent and false, changing nothing.
	Put(ctx context.Context, in *Intent) (*Intent, bool, error)
	// Get returns the intent with key, or ErrNotFound.
	Get(ctx context.Context, key string) (*Intent, error)
	// Update applies fn to the stored intent atomically and stores the result; an error from fn
	// aborts the update and is returned.
	Update(ctx context.Context, key string, fn func(*Intent) error) (*Intent, error)
	// ListPending returns the intents of from that are not final, in creation order.
	ListPending(ctx context.Context, from common.Address) ([]*Intent, error)
}
