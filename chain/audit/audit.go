// Package audit verifies a journal proof bundle against the chain alone: it needs the bundle and
// an RPC URL, never souq's database. `souq audit verify <bundle>` calls VerifyFile.
//
// It recomputes the event's canonical bytes and hash, the leaf and the Merkle root; fetches the
// anchoring transaction's receipt; finds the EventAnchor Anchored log for the root; checks the
// contract, batch index, sequence range and confirmations; and finally asks the contract itself
// (EventAnchor.verify). Each kind of tampering fails with its own Kind.
package audit

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/journal"
)

// Kind classifies a verification failure.
type Kind string

// Failure kinds, one per kind of tampering or chain condition.
const (
	BadFormat       Kind = "bad-format"       // not a souq.proof.v1 bundle
	ChangedEvent    Kind = "changed-event"    // an event field no longer hashes to the event hash
	SwappedEvent    Kind = "swapped-event"    // the leaf does not commit to this event (seq, hash)
	OutOfRange      Kind = "out-of-range"     // the event's seq is not in the batch's range
	WrongProof      Kind = "wrong-proof"      // the Merkle proof does not lead from the leaf to the root
	WrongChain      Kind = "wrong-chain"      // the RPC serves another chain than the bundle names
	TxNotFound      Kind = "tx-not-found"     // the anchoring transaction is not on the chain (never mined, or reorged out)
	Reorged         Kind = "reorged"          // the transaction is now in another block than the bundle says
	TxFailed        Kind = "tx-failed"        // the anchoring transaction reverted
	WrongContract   Kind = "wrong-contract"   // the root was anchored by another contract than the bundle names
	Unanchored      Kind = "unanchored"       // the transaction anchored no batch with this root
	BatchMismatch   Kind = "batch-mismatch"   // the anchored batch's index or range differs from the bundle's
	Unconfirmed     Kind = "unconfirmed"      // fewer confirmations than required
	ContractRejects Kind = "contract-rejects" // EventAnchor.verify returned false
	RPC             Kind = "rpc"              // the chain could not be asked
)

// Error is a failed verification: its Kind and the precise reason.
type Error struct {
	Kind   Kind
	Reason string
}

func (e *Error) Error() string { return string(e.Kind) + ": " + e.Reason }

func fail(k Kind, format string, a ...any) *Error {
	return &Error{Kind: k, Reason: fmt.Sprintf(format, a...)}
}

// KindOf returns the Kind of a verification error, or "" for another error.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// Options tune verification.
type Options struct {
	// Confirmations required of the anchoring transaction (default 1).
	Confirmations uint64
}

// Chain is what verification asks the node (ethclient.Client implements it).
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Report is a successful verification.
type Report struct {
	Seq           uint64      `json:"seq"`
	EventHash     common.Hash `json:"eventHash"`
	Root          common.Hash `json:"root"`
	Batch         uint64      `json:"batch"`
	TxHash        common.Hash `json:"txHash"`
	BlockNumber   uint64      `json:"blockNumber"`
	BlockTime     uint64      `json:"blockTime"`
	Confirmations uint64      `json:"confirmations"`
	Checks        []string    `json:"checks"`
}

// ParseBundle reads a bundle strictly: unknown fields and other versions are rejected.
func ParseBundle(r io.Reader) (*journal.Bundle, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var b journal.Bundle
	if err := dec.Decode(&b); err != nil {
		return nil, fail(BadFormat, "not a proof bundle: %v", err)
	}
	if b.Version != journal.BundleVersion {
		return nil, fail(BadFormat, "version %q, want %q", b.Version, journal.BundleVersion)
	}
	return &b, nil
}

// VerifyFile verifies the bundle at path against the node at rpcURL.
func VerifyFile(ctx context.Context, path, rpcURL string, opt Options) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bundle: %w", err)
	}
	defer f.Close()
	b, err := ParseBundle(f)
	if err != nil {
		return nil, err
	}
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return nil, fail(RPC, "dial %s: %v", rpcURL, err)
	}
	defer c.Close()
	return Verify(ctx, b, c, opt)
}

// Verify checks b offline first (hashes, leaf, proof), then against the chain.
func Verify(ctx context.Context, b *journal.Bundle, c Chain, opt Options) (*Report, error) {
	if opt.Confirmations == 0 {
		opt.Confirmations = 1
	}
	r := &Report{Seq: b.Event.Seq, EventHash: b.Event.Hash, Root: b.Batch.Root, Batch: b.Batch.Index, TxHash: b.Anchor.TxHash}
	if err := verifyOffline(b, r); err != nil {
		return nil, err
	}
	return verifyChain(ctx, b, c, opt, r)
}

// VerifyOffline checks what needs no chain: the event hash, the leaf and the Merkle proof.
func VerifyOffline(b *journal.Bundle) error {
	return verifyOffline(b, &Report{})
}

func verifyOffline(b *journal.Bundle, r *Report) error {
	if b.Version != journal.BundleVersion {
		return fail(BadFormat, "version %q, want %q", b.Version, journal.BundleVersion)
	}
	// 1. The event's fields hash to its hash (and to the bundled canonical bytes).
	canon, err := journal.Canonical(&b.Event)
	if err != nil {
		return fail(ChangedEvent, "event cannot be encoded: %v", err)
	}
	if len(b.Canonical) > 0 && !bytes.Equal(canon, b.Canonical) {
		return fail(ChangedEvent, "event fields do not match the bundled canonical bytes (a field was changed)")
	}
	if got := crypto.Keccak256Hash(canon); got != b.Event.Hash {
		return fail(ChangedEvent, "event fields hash to %s, the event claims %s (a field was changed)", got, b.Event.Hash)
	}
	r.Checks = append(r.Checks, "event fields hash to the event hash")
	// 2. The leaf commits to this event.
	if leaf := journal.Leaf(b.Event.Seq, b.Event.Hash); leaf != b.Leaf {
		return fail(SwappedEvent, "leaf %s is not the leaf of event %d with hash %s (%s): the event was swapped", b.Leaf, b.Event.Seq, b.Event.Hash, leaf)
	}
	r.Checks = append(r.Checks, "leaf = keccak256(keccak256(abi.encode(seq, eventHash)))")
	// 3. The event lies in the batch, and the proof leads to the root.
	if b.Batch.Count == 0 || b.Event.Seq < b.Batch.FirstSeq || b.Event.Seq-b.Batch.FirstSeq >= b.Batch.Count {
		return fail(OutOfRange, "event %d is outside batch %d's range [%d, %d)", b.Event.Seq, b.Batch.Index, b.Batch.FirstSeq, b.Batch.FirstSeq+b.Batch.Count)
	}
	pos := b.Event.Seq - b.Batch.FirstSeq
	if b.Batch.Count < 1<<31 {
		if want := journal.ProofLen(int(b.Batch.Count), int(pos)); want != len(b.Proof) {
			return fail(WrongProof, "proof has %d hashes; event %d of a %d-event batch needs %d", len(b.Proof), pos, b.Batch.Count, want)
		}
	}
	if got := journal.ProcessProof(b.Proof, b.Leaf); got != b.Batch.Root {
		return fail(WrongProof, "the proof leads from the leaf to %s, not to the batch root %s (wrong proof, or an event that is not in the batch)", got, b.Batch.Root)
	}
	r.Checks = append(r.Checks, "Merkle proof leads from the leaf to the batch root")

	return nil
}

func verifyChain(ctx context.Context, b *journal.Bundle, c Chain, opt Options, r *Report) (*Report, error) {
	// 4. The chain.
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, fail(RPC, "chain id: %v", err)
	}
	if !id.IsUint64() || id.Uint64() != b.Anchor.ChainID {
		return nil, fail(WrongChain, "the RPC serves chain %s, the bundle names chain %d", id, b.Anchor.ChainID)
	}
	rc, err := c.TransactionReceipt(ctx, b.Anchor.TxHash)
	if errors.Is(err, ethereum.NotFound) {
		return nil, fail(TxNotFound, "anchoring transaction %s is not on chain %d (never mined, or reorged out)", b.Anchor.TxHash, b.Anchor.ChainID)
	}
	if err != nil {
		return nil, fail(RPC, "receipt: %v", err)
	}
	if rc.BlockNumber.Uint64() != b.Anchor.BlockNumber || (b.Anchor.BlockHash != common.Hash{} && rc.BlockHash != b.Anchor.BlockHash) {
		return nil, fail(Reorged, "transaction is in block %d (%s), the bundle says block %d (%s): the anchoring block was reorged",
			rc.BlockNumber, rc.BlockHash, b.Anchor.BlockNumber, b.Anchor.BlockHash)
	}
	hdr, err := c.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		return nil, fail(RPC, "block %d: %v", rc.BlockNumber, err)
	}
	if hdr.Hash() != rc.BlockHash {
		return nil, fail(Reorged, "block %d is now %s, not %s", rc.BlockNumber, hdr.Hash(), rc.BlockHash)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return nil, fail(TxFailed, "anchoring transaction %s reverted", b.Anchor.TxHash)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("transaction %s succeeded in canonical block %d", rc.TxHash, rc.BlockNumber))
	ea := eventanchor.NewEventAnchor()
	anchoredID := ea.GetABI().Events["Anchored"].ID
	var found *eventanchor.EventAnchorAnchored
	var elsewhere []common.Address
	for _, l := range rc.Logs {
		if len(l.Topics) < 2 || l.Topics[0] != anchoredID || l.Topics[1] != b.Batch.Root {
			continue
		}
		if l.Address != b.Anchor.Contract {
			elsewhere = append(elsewhere, l.Address)
			continue
		}
		ev, err := ea.UnpackAnchoredEvent(l)
		if err != nil {
			return nil, fail(Unanchored, "undecodable Anchored log: %v", err)
		}
		found = ev
	}
	if found == nil {
		if len(elsewhere) > 0 {
			return nil, fail(WrongContract, "root %s was anchored by contract %s, the bundle names %s", b.Batch.Root, elsewhere[0], b.Anchor.Contract)
		}
		return nil, fail(Unanchored, "transaction %s anchored no batch with root %s", b.Anchor.TxHash, b.Batch.Root)
	}
	if found.Index.Cmp(new(big.Int).SetUint64(b.Batch.Index)) != 0 || found.FirstSeq != b.Batch.FirstSeq || found.Count != b.Batch.Count {
		return nil, fail(BatchMismatch, "the chain recorded batch %s covering [%d, %d), the bundle claims batch %d covering [%d, %d)",
			found.Index, found.FirstSeq, found.FirstSeq+found.Count, b.Batch.Index, b.Batch.FirstSeq, b.Batch.FirstSeq+b.Batch.Count)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("contract %s logged Anchored(root, batch %d, events %d..%d)", b.Anchor.Contract, b.Batch.Index, b.Batch.FirstSeq, b.Batch.FirstSeq+b.Batch.Count-1))
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fail(RPC, "head: %v", err)
	}
	conf := uint64(0)
	if head.Number.Uint64() >= rc.BlockNumber.Uint64() {
		conf = head.Number.Uint64() - rc.BlockNumber.Uint64() + 1
	}
	if conf < opt.Confirmations {
		return nil, fail(Unconfirmed, "%d confirmations, %d required", conf, opt.Confirmations)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("%d confirmations (>= %d)", conf, opt.Confirmations))
	// 5. The contract agrees (it also proves the root is in its storage, not only in a log).
	proof := make([][32]byte, len(b.Proof))
	for i, p := range b.Proof {
		proof[i] = p
	}
	contract := b.Anchor.Contract
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &contract, Data: ea.PackVerify(b.Batch.Root, b.Event.Seq, b.Event.Hash, proof)}, nil)
	if err != nil {
		return nil, fail(RPC, "EventAnchor.verify: %v", err)
	}
	ok, err := ea.UnpackVerify(out)
	if err != nil {
		return nil, fail(ContractRejects, "EventAnchor.verify: undecodable answer: %v", err)
	}
	if !ok {
		return nil, fail(ContractRejects, "EventAnchor.verify(root, %d, hash, proof) returned false", b.Event.Seq)
	}
	r.Checks = append(r.Checks, "EventAnchor.verify(root, seq, eventHash, proof) = true")
	r.BlockNumber, r.BlockTime, r.Confirmations = rc.BlockNumber.Uint64(), hdr.Time, conf
	return r, nil
}

// Exit codes of Run.
const (
	ExitOK       = 0 // the bundle verifies
	ExitTampered = 1 // the bundle does not verify: see the reason
	ExitError    = 2 // the bundle could not be read, or the chain could not be asked
)

// Run is `souq audit verify <bundle> --rpc <url>`: it prints the checks (or the precise reason
// of a failure) to w and returns the process exit code.
func Run(ctx context.Context, w io.Writer, path, rpcURL string, opt Options) int {
	r, err := VerifyFile(ctx, path, rpcURL, opt)
	if err != nil {
		fmt.Fprintf(w, "FAIL %s: %v\n", path, err)
		switch KindOf(err) {
		case "", RPC, BadFormat:
			return ExitError
		}
		return ExitTampered
	}
	fmt.Fprintf(w, "OK event %d (%s) is in batch %d anchored by tx %s in block %d (%d confirmations)\n",
		r.Seq, r.EventHash, r.Batch, r.TxHash, r.BlockNumber, r.Confirmations)
	for _, c := range r.Checks {
		fmt.Fprintf(w, "  ✓ %s\n", c)
	}
	return ExitOK
}
