package sender

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// State is where an intent stands. Queued → Signed → Sent → Mined → Confirmed | Reverted, or
// Queued → Failed. A reorg that drops a Mined transaction sends it back to Sent, and so does a
// head that went back under a Confirmed one (a deep reorg, a node restored from an older disk):
// its saved transaction is sent again. A nonce taken by a transaction that is not ours sends it
// back to Queued (none of its signed transactions can be mined any more).
type State string

// Intent states.
const (
	Queued    State = "queued"    // durable, no nonce yet
	Signed    State = "signed"    // nonce assigned, signed transaction saved; maybe not broadcast
	Sent      State = "sent"      // broadcast accepted by the node
	Mined     State = "mined"     // a receipt exists; waiting for confirmations
	Confirmed State = "confirmed" // final: succeeded with enough confirmations
	Reverted  State = "reverted"  // final: rejected by the contract (at estimation, or mined and failed)
	// Failed is final: never signed, because the node refused it for a reason that sending the
	// same transaction again cannot fix (its account lacks the funds, the node rejects the
	// transaction itself). Only intents with Call.FailFast end so; others keep retrying with
	// backoff, and Intent.Retrying says why. See Intent.Failure.
	Failed State = "failed"
)

// Final reports whether the state never changes again (but see State: a head that goes back
// below a Confirmed intent's block re-opens it).
func (s State) Final() bool { return s == Confirmed || s == Reverted || s == Failed }

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
	// FailFast ends the intent as Failed on a permanent refusal before signing (the account
	// short of funds, the node rejecting the transaction) instead of retrying it: for callers
	// that try again themselves under a new key (the escrow port's attempts). Without it the
	// intent waits, retrying with backoff (an anchor batch waits for the relayer's top-up).
	FailFast bool `json:"failFast,omitempty"`
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
	RevertData []byte `json:"revertData,omitempty"`
	Reorgs     int    `json:"reorgs,omitempty"`
	// Failure says why a Failed intent was not sent.
	Failure *Failure `json:"failure,omitempty"`
	// Retrying is set while the intent cannot make progress (RPC errors, funds missing): since
	// when, and the last error. A caller calls it stuck when Since is old enough.
	Retrying *Retrying `json:"retrying,omitempty"`
	// DataSHA256 is the sha256 of Call.Data once a store compacted the intent and dropped the data
	// (txstore.Compact): a Submit of the same key is still checked against the call it made.
	DataSHA256 *[32]byte `json:"dataSha256,omitempty"`
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

// FailureKind sorts the refusals that end or hold up an intent before it is signed.
type FailureKind string

// Failure kinds.
const (
	// FailFunds: the account cannot pay value + gas × max fee (Need and Have are set).
	FailFunds FailureKind = "funds"
	// FailRejected: the node rejects the transaction itself (intrinsic gas, over the block gas
	// limit, a fee cap it refuses): a misconfiguration, not a condition that passes.
	FailRejected FailureKind = "rejected"
	// FailFeeCap: the fees the network asks exceed the relayer's caps (Config.MaxFeeCap,
	// MaxTxFee): the operator raises them, or fees fall.
	FailFeeCap FailureKind = "fee_cap"
)

// Failure is why an intent was not sent.
type Failure struct {
	Kind  FailureKind `json:"kind"`
	Error string      `json:"error"`
	// Need and Have are in wei of the native coin, read from the chain (FailFunds only): Need is
	// value + gas limit × max fee per gas, Have the account's balance.
	Need *big.Int `json:"need,omitempty"`
	Have *big.Int `json:"have,omitempty"`
}

// Retrying records an intent that has been failing to progress.
type Retrying struct {
	Since time.Time   `json:"since"`
	Error string      `json:"error"`
	Kind  FailureKind `json:"kind,omitempty"` // set when the error is a refusal, not the RPC
}

// MinedStore is an IntentStore that indexes final intents by the block of their receipt
// (txstore does). With it the sender re-checks them when the chain's head goes back (a reorg
// deeper than the confirmations, a node restored from an older disk) and sends again those whose
// block is gone.
type MinedStore interface {
	// ListMined returns the final intents of from with a receipt in block fromBlock or later.
	ListMined(ctx context.Context, from common.Address, fromBlock uint64) ([]*Intent, error)
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
