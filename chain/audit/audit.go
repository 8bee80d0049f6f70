// Package audit verifies souq's proof bundles against the chain and a pinned trust root alone:
// it needs the bundle, an RPC URL and the trust root the auditor pinned (the chain id, the
// EventAnchor contract's address, the log's origin and public key), never souq's database.
// `souq audit verify <bundle> --trust <file>` calls Run.
//
// The checks, in order (docs/audit/README.md states them for re-implementation):
//
//  1. the bundle names the pinned chain, contract, origin and key;
//  2. the event's fields give the bundled canonical bytes, whose record hash
//     SHA-256(0x00 ‖ canonical) is the event's hash;
//  3. the checkpoint note is signed by the pinned key and says the bundled origin, size and root;
//  4. the RFC 6962 inclusion proof leads from the record hash at index seq to that root;
//  5. the anchoring transaction succeeded in the named, canonical block, and the pinned contract
//     logged Checkpoint(size, root) in it; enough confirmations.
//
// Each kind of tampering fails with its own Kind.
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
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/journal"
)

// Kind classifies a verification failure.
type Kind string

// Failure kinds, one per kind of tampering or chain condition.
const (
	BadFormat          Kind = "bad-format"          // not a bundle of this version, or not a valid trust root
	WrongChain         Kind = "wrong-chain"         // the bundle or the RPC names another chain than the trust root
	WrongContract      Kind = "wrong-contract"      // the bundle names, or the checkpoint was logged by, another contract than the trust root's
	WrongKey           Kind = "wrong-key"           // the bundle names another log origin or key than the trust root's
	ChangedEvent       Kind = "changed-event"       // the event's fields do not give its canonical bytes and hash
	BadSignature       Kind = "bad-signature"       // the checkpoint note is not signed by the pinned key (a changed note)
	CheckpointMismatch Kind = "checkpoint-mismatch" // the bundle's size or root differ from the signed note's
	OutOfRange         Kind = "out-of-range"        // the event's seq is not below the checkpoint's size
	WrongProof         Kind = "wrong-proof"         // the inclusion proof does not lead from the record to the root
	TxNotFound         Kind = "tx-not-found"        // the anchoring transaction is not on the chain (never mined, or reorged out)
	WrongBlock         Kind = "wrong-block"         // the transaction is in another block than the bundle says (reorged, or a changed block)
	TxFailed           Kind = "tx-failed"           // the anchoring transaction reverted
	Unanchored         Kind = "unanchored"          // the transaction recorded no checkpoint of this size
	Forked             Kind = "forked"              // the chain witnessed another root at this size, or a consistency proof fails
	Shrunk             Kind = "shrunk"              // a later checkpoint is smaller than an earlier one
	Unconfirmed        Kind = "unconfirmed"         // fewer confirmations than required
	RPC                Kind = "rpc"                 // the chain could not be asked
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

// TrustRoot is what an auditor pins: souq publishes it at /.well-known/souq-trust.json and in
// its README, and the auditor keeps a copy obtained out of band.
type TrustRoot struct {
	ChainID  uint64         `json:"chainId"`
	Contract common.Address `json:"contract"` // EventAnchor
	Origin   string         `json:"origin"`   // the log's origin, the first line of its checkpoints
	Key      string         `json:"key"`      // the log's C2SP signed-note verifier key
	// Escrow is souq's Escrow contract, whose events `souq audit order` compares with the journal
	// (optional: proof bundles do not need it).
	Escrow *common.Address `json:"escrow,omitempty"`
}

// ParseTrustRoot reads a trust root strictly.
func ParseTrustRoot(r io.Reader) (TrustRoot, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var t TrustRoot
	if err := dec.Decode(&t); err != nil {
		return TrustRoot{}, fail(BadFormat, "not a trust root: %v", err)
	}
	if t.ChainID == 0 || t.Contract == (common.Address{}) || t.Origin == "" || !strings.HasPrefix(t.Key, t.Origin+"+") {
		return TrustRoot{}, fail(BadFormat, "trust root needs chainId, contract, origin and the origin's key")
	}
	return t, nil
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
}

// Report is a successful verification.
type Report struct {
	Seq           uint64      `json:"seq"`
	Kind          string      `json:"kind"`
	EventHash     common.Hash `json:"eventHash"`
	Size          uint64      `json:"size"`
	Root          common.Hash `json:"root"`
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
	if b.Proof == nil {
		return nil, fail(BadFormat, "proof must be an array")
	}
	return &b, nil
}

// Verify checks b against the trust root offline first (names, hashes, signature, proof), then
// against the chain.
func Verify(ctx context.Context, b *journal.Bundle, trust TrustRoot, c Chain, opt Options) (*Report, error) {
	r := &Report{Seq: b.Event.Seq, Kind: b.Event.Kind, EventHash: b.Event.Hash, Size: b.Checkpoint.Size, Root: b.Checkpoint.Root, TxHash: b.Anchor.TxHash}
	if err := verifyOffline(b, trust, r); err != nil {
		return nil, err
	}
	ref := journal.AnchoredCheckpoint{Checkpoint: b.Checkpoint, Anchor: b.Anchor}
	if err := verifyAnchor(ctx, ref, trust, c, opt, r); err != nil {
		return nil, err
	}
	return r, nil
}

// VerifyOffline checks what needs no chain: the names against the trust root, the event hash,
// the checkpoint's signature and the inclusion proof.
func VerifyOffline(b *journal.Bundle, trust TrustRoot) error {
	return verifyOffline(b, trust, &Report{})
}

// checkNames compares what a bundle names with the trust root: each mismatch its own reason.
func checkNames(log journal.LogRef, anchor journal.AnchorRef, trust TrustRoot) error {
	if anchor.ChainID != trust.ChainID {
		return fail(WrongChain, "the bundle names chain %d, the trust root chain %d", anchor.ChainID, trust.ChainID)
	}
	if anchor.Contract != trust.Contract {
		return fail(WrongContract, "the bundle names contract %s, the trust root %s: not souq's EventAnchor", lower(anchor.Contract), lower(trust.Contract))
	}
	if log.Origin != trust.Origin || log.Key != trust.Key {
		return fail(WrongKey, "the bundle names log %q with key %q, the trust root %q with key %q", log.Origin, log.Key, trust.Origin, trust.Key)
	}
	return nil
}

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

// openCheckpoint verifies the note with the pinned key and compares it with the bundled fields.
func openCheckpoint(cp journal.CheckpointRef, trust TrustRoot) error {
	c, err := journal.OpenCheckpoint([]byte(cp.Note), trust.Key)
	if err != nil {
		return fail(BadSignature, "checkpoint note: %v", err)
	}
	if c.Size != cp.Size || common.Hash(c.Root) != cp.Root {
		return fail(CheckpointMismatch, "the signed checkpoint says size %d root %s, the bundle size %d root %s", c.Size, common.Hash(c.Root), cp.Size, cp.Root)
	}
	return nil
}

func verifyOffline(b *journal.Bundle, trust TrustRoot, r *Report) error {
	if b.Version != journal.BundleVersion {
		return fail(BadFormat, "version %q, want %q", b.Version, journal.BundleVersion)
	}
	if err := checkNames(b.Log, b.Anchor, trust); err != nil {
		return err
	}
	r.Checks = append(r.Checks, fmt.Sprintf("the bundle names the pinned chain %d, contract %s and log %q", trust.ChainID, lower(trust.Contract), trust.Origin))
	// The event's fields give its canonical bytes and its hash.
	e, err := b.Event.Event()
	if err != nil {
		return fail(ChangedEvent, "%v", err)
	}
	canon := e.Canonical()
	if !bytes.Equal(canon, b.Canonical) {
		return fail(ChangedEvent, "the event's fields do not give the bundled canonical bytes (a field was changed)")
	}
	if got := souq.RecordHash(canon); got != e.Hash {
		return fail(ChangedEvent, "the canonical bytes hash to %s, the event claims %s (a field was changed)", common.Hash(got), b.Event.Hash)
	}
	r.Checks = append(r.Checks, "event fields → canonical bytes → record hash SHA-256(0x00 ‖ bytes) = the event hash")
	// The checkpoint is the log's, signed.
	if err := openCheckpoint(b.Checkpoint, trust); err != nil {
		return err
	}
	r.Checks = append(r.Checks, fmt.Sprintf("checkpoint (size %d, root %s) signed by the pinned log key", b.Checkpoint.Size, b.Checkpoint.Root))
	// The event is in the checkpoint's tree.
	if e.Seq >= b.Checkpoint.Size {
		return fail(OutOfRange, "event %d is not in a log of %d events", e.Seq, b.Checkpoint.Size)
	}
	proof := make(tlog.RecordProof, len(b.Proof))
	for i, h := range b.Proof {
		proof[i] = tlog.Hash(h)
	}
	if err := tlog.CheckRecord(proof, int64(b.Checkpoint.Size), tlog.Hash(b.Checkpoint.Root), int64(e.Seq), tlog.Hash(e.Hash)); err != nil {
		return fail(WrongProof, "the inclusion proof does not lead from event %d to the root of size %d: %v", e.Seq, b.Checkpoint.Size, err)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("RFC 6962 inclusion proof: event %d is in the log of size %d", e.Seq, b.Checkpoint.Size))
	return nil
}

// verifyAnchor checks that the pinned contract recorded the checkpoint in the named transaction.
func verifyAnchor(ctx context.Context, a journal.AnchoredCheckpoint, trust TrustRoot, c Chain, opt Options, r *Report) error {
	if opt.Confirmations == 0 {
		opt.Confirmations = 1
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return fail(RPC, "chain id: %v", err)
	}
	if !id.IsUint64() || id.Uint64() != trust.ChainID {
		return fail(WrongChain, "the RPC serves chain %s, the trust root names chain %d", id, trust.ChainID)
	}
	rc, err := c.TransactionReceipt(ctx, a.Anchor.TxHash)
	if errors.Is(err, ethereum.NotFound) {
		return fail(TxNotFound, "anchoring transaction %s is not on chain %d (never mined, or reorged out)", a.Anchor.TxHash, trust.ChainID)
	}
	if err != nil {
		return fail(RPC, "receipt: %v", err)
	}
	if rc.BlockNumber.Uint64() != a.Anchor.BlockNumber || rc.BlockHash != a.Anchor.BlockHash {
		return fail(WrongBlock, "transaction is in block %d (%s), the bundle says block %d (%s)",
			rc.BlockNumber, rc.BlockHash, a.Anchor.BlockNumber, a.Anchor.BlockHash)
	}
	hdr, err := c.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		return fail(RPC, "block %d: %v", rc.BlockNumber, err)
	}
	if hdr.Hash() != rc.BlockHash {
		return fail(WrongBlock, "block %d is now %s, not %s: the anchoring block was reorged", rc.BlockNumber, hdr.Hash(), rc.BlockHash)
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fail(TxFailed, "anchoring transaction %s reverted", a.Anchor.TxHash)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("transaction %s succeeded in canonical block %d", rc.TxHash, rc.BlockNumber))
	ea := eventanchor.NewEventAnchor()
	cpID := ea.GetABI().Events["Checkpoint"].ID
	var elsewhere []common.Address
	var otherRoot *common.Hash
	found := false
	for _, l := range rc.Logs {
		if len(l.Topics) != 3 || l.Topics[0] != cpID || new(big.Int).SetBytes(l.Topics[1][:]).Cmp(new(big.Int).SetUint64(a.Checkpoint.Size)) != 0 {
			continue
		}
		if l.Address != trust.Contract {
			elsewhere = append(elsewhere, l.Address)
			continue
		}
		if l.Topics[2] != a.Checkpoint.Root {
			h := l.Topics[2]
			otherRoot = &h
			continue
		}
		found = true
	}
	switch {
	case found:
	case otherRoot != nil:
		return fail(Forked, "the pinned contract recorded root %s at size %d, the signed checkpoint root %s: the log forked", *otherRoot, a.Checkpoint.Size, a.Checkpoint.Root)
	case len(elsewhere) > 0:
		return fail(WrongContract, "the checkpoint was recorded by contract %s, not by the pinned %s (a look-alike)", lower(elsewhere[0]), lower(trust.Contract))
	default:
		return fail(Unanchored, "transaction %s recorded no checkpoint of size %d in contract %s", a.Anchor.TxHash, a.Checkpoint.Size, lower(trust.Contract))
	}
	r.Checks = append(r.Checks, fmt.Sprintf("contract %s logged Checkpoint(size %d, root)", lower(trust.Contract), a.Checkpoint.Size))
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fail(RPC, "head: %v", err)
	}
	conf := uint64(0)
	if head.Number.Uint64() >= rc.BlockNumber.Uint64() {
		conf = head.Number.Uint64() - rc.BlockNumber.Uint64() + 1
	}
	if conf < opt.Confirmations {
		return fail(Unconfirmed, "%d confirmations, %d required", conf, opt.Confirmations)
	}
	r.Checks = append(r.Checks, fmt.Sprintf("%d confirmations (>= %d)", conf, opt.Confirmations))
	r.BlockNumber, r.BlockTime, r.Confirmations = rc.BlockNumber.Uint64(), hdr.Time, conf
	return nil
}

// ParseConsistency reads a consistency bundle strictly.
func ParseConsistency(r io.Reader) (*journal.Consistency, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var b journal.Consistency
	if err := dec.Decode(&b); err != nil {
		return nil, fail(BadFormat, "not a consistency bundle: %v", err)
	}
	if b.Version != journal.ConsistencyVersion {
		return nil, fail(BadFormat, "version %q, want %q", b.Version, journal.ConsistencyVersion)
	}
	if b.Proof == nil {
		return nil, fail(BadFormat, "proof must be an array")
	}
	return &b, nil
}

// VerifyConsistency checks that the log only grew between two checkpoints: both signed by the
// pinned key and recorded by the pinned contract, the later one not smaller, and the RFC 6962
// consistency proof leading from the older root to the newer.
func VerifyConsistency(ctx context.Context, b *journal.Consistency, trust TrustRoot, c Chain, opt Options) ([]string, error) {
	var checks []string
	for _, a := range []journal.AnchoredCheckpoint{b.Old, b.New} {
		if err := checkNames(b.Log, a.Anchor, trust); err != nil {
			return nil, err
		}
		if err := openCheckpoint(a.Checkpoint, trust); err != nil {
			return nil, err
		}
	}
	checks = append(checks, "both checkpoints are signed by the pinned log key")
	oldSize, newSize := b.Old.Checkpoint.Size, b.New.Checkpoint.Size
	if newSize < oldSize {
		return nil, fail(Shrunk, "the later checkpoint has %d events, the earlier %d: a log never shrinks", newSize, oldSize)
	}
	proof := make(tlog.TreeProof, len(b.Proof))
	for i, h := range b.Proof {
		proof[i] = tlog.Hash(h)
	}
	if err := tlog.CheckTree(proof, int64(newSize), tlog.Hash(b.New.Checkpoint.Root), int64(oldSize), tlog.Hash(b.Old.Checkpoint.Root)); err != nil {
		return nil, fail(Forked, "the log of size %d does not extend the log of size %d: %v (history was rewritten)", newSize, oldSize, err)
	}
	checks = append(checks, fmt.Sprintf("RFC 6962 consistency proof: the log of %d events extends the log of %d", newSize, oldSize))
	for _, a := range []journal.AnchoredCheckpoint{b.Old, b.New} {
		r := &Report{}
		if err := verifyAnchor(ctx, a, trust, c, opt, r); err != nil {
			return nil, err
		}
		checks = append(checks, r.Checks...)
	}
	return checks, nil
}

// Exit codes of Run.
const (
	ExitOK       = 0 // the bundle verifies
	ExitTampered = 1 // the bundle does not verify: see the reason
	ExitError    = 2 // the bundle could not be read, or the chain could not be asked
)

// ReadTrustRoot reads the trust root file at path.
func ReadTrustRoot(path string) (TrustRoot, error) {
	f, err := os.Open(path)
	if err != nil {
		return TrustRoot{}, fail(BadFormat, "trust root: %v", err)
	}
	defer f.Close()
	return ParseTrustRoot(f)
}

// Run is `souq audit verify <bundle>`: it verifies a proof bundle (or a consistency bundle) with
// the node at rpcURL against trust, prints the checks or the precise reason of a failure to w,
// and returns the process exit code.
func Run(ctx context.Context, w io.Writer, path, rpcURL string, trust TrustRoot, opt Options) int {
	code, err := run(ctx, w, path, rpcURL, trust, opt)
	if err != nil {
		fmt.Fprintf(w, "FAIL %s: %v\n", path, err)
	}
	return code
}

func run(ctx context.Context, w io.Writer, path, rpcURL string, trust TrustRoot, opt Options) (int, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return ExitError, err
	}
	var head struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return ExitError, fail(BadFormat, "not JSON: %v", err)
	}
	c, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return ExitError, fail(RPC, "dial %s: %v", rpcURL, err)
	}
	defer c.Close()
	code := func(err error) int {
		switch KindOf(err) {
		case "", RPC, BadFormat:
			return ExitError
		}
		return ExitTampered
	}
	if head.Version == journal.ConsistencyVersion {
		b, err := ParseConsistency(bytes.NewReader(raw))
		if err != nil {
			return code(err), err
		}
		checks, err := VerifyConsistency(ctx, b, trust, c, opt)
		if err != nil {
			return code(err), err
		}
		fmt.Fprintf(w, "OK the log of %d events extends the log of %d; both checkpoints are on chain %d\n", b.New.Checkpoint.Size, b.Old.Checkpoint.Size, trust.ChainID)
		for _, s := range checks {
			fmt.Fprintf(w, "  ✓ %s\n", s)
		}
		return ExitOK, nil
	}
	b, err := ParseBundle(bytes.NewReader(raw))
	if err != nil {
		return code(err), err
	}
	r, err := Verify(ctx, b, trust, c, opt)
	if err != nil {
		return code(err), err
	}
	fmt.Fprintf(w, "OK event %d (%s) is in souq's log of %d events, witnessed by tx %s in block %d (%d confirmations)\n",
		r.Seq, r.Kind, r.Size, r.TxHash, r.BlockNumber, r.Confirmations)
	for _, s := range r.Checks {
		fmt.Fprintf(w, "  ✓ %s\n", s)
	}
	return ExitOK, nil
}
