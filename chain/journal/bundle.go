package journal

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/souqchain/souq"
)

// BundleVersion names the proof bundle format (docs/audit/proof-bundle.schema.json).
const BundleVersion = "souq.proof.v2"

// Bundle is a self-contained proof that one journal event is in souq's log at a checkpoint the
// chain witnessed. It is JSON, versioned by Version, and all an auditor needs besides an RPC URL
// and the pinned trust root. Hashes are 0x-prefixed lower-case hex of 32 bytes, addresses
// 0x-prefixed lower-case hex of 20 bytes, byte strings 0x-prefixed lower-case hex.
type Bundle struct {
	Version    string        `json:"version"`
	Log        LogRef        `json:"log"`
	Event      EventJSON     `json:"event"`
	Canonical  hexutil.Bytes `json:"canonical"`
	Proof      []common.Hash `json:"proof"` // RFC 6962 inclusion proof of the event in the checkpoint's tree; [] when size is 1
	Checkpoint CheckpointRef `json:"checkpoint"`
	Anchor     AnchorRef     `json:"anchor"`
	Links      Links         `json:"links"`
}

// LogRef names the log: its origin and the verifier key of the key that signs its checkpoints.
type LogRef struct {
	Origin string `json:"origin"`
	Key    string `json:"key"`
}

// EventJSON is a souq.Event in a bundle.
type EventJSON struct {
	Seq    uint64            `json:"seq"`
	Prev   common.Hash       `json:"prev"`
	Kind   string            `json:"kind"`
	Order  common.Hash       `json:"order"` // zeros when the event concerns no order
	At     string            `json:"at"`    // RFC 3339, UTC, nanoseconds without trailing zeros
	Fields map[string]string `json:"fields"`
	Hash   common.Hash       `json:"hash"`
}

// ToEventJSON is e's bundle form.
func ToEventJSON(e souq.Event) EventJSON {
	f := e.Fields
	if f == nil {
		f = map[string]string{}
	}
	return EventJSON{Seq: e.Seq, Prev: e.PrevHash, Kind: string(e.Kind), Order: common.Hash(e.Order),
		At: e.At.UTC().Format(time.RFC3339Nano), Fields: f, Hash: e.Hash}
}

// Event is the souq.Event a bundle's event stands for.
func (j EventJSON) Event() (souq.Event, error) {
	at, err := time.Parse(time.RFC3339Nano, j.At)
	if err != nil {
		return souq.Event{}, fmt.Errorf("event time: %w", err)
	}
	return souq.Event{Seq: j.Seq, PrevHash: j.Prev, Kind: souq.EventKind(j.Kind), Order: souq.OrderID(j.Order),
		At: at, Fields: j.Fields, Hash: j.Hash}, nil
}

// CheckpointRef is the checkpoint the proof leads to: its size and root, and the signed note
// (C2SP tlog-checkpoint) they are read from.
type CheckpointRef struct {
	Size uint64      `json:"size"`
	Root common.Hash `json:"root"`
	Note string      `json:"note"`
}

// AnchorRef is where the checkpoint was recorded.
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

func (a *Anchorer) anchorRef(r *Record) AnchorRef {
	return AnchorRef{ChainID: a.cfg.ChainID, Contract: a.cfg.Contract, TxHash: r.TxHash, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash}
}

func (a *Anchorer) links(r *Record) Links {
	return Links{Tx: a.cfg.Explorer.TxURL(r.TxHash), Contract: a.cfg.Explorer.AddressURL(a.cfg.Contract), Block: a.cfg.Explorer.BlockURL(r.BlockNumber)}
}

// Bundle builds the proof bundle of event seq against the first anchored checkpoint covering it.
// It is ErrNotFound for an event the journal does not hold and ErrNotAnchored for one no
// anchored checkpoint covers yet.
func (a *Anchorer) Bundle(ctx context.Context, seq uint64) (*Bundle, error) {
	ev, err := a.l.Event(ctx, seq)
	if err != nil {
		return nil, err
	}
	r, err := a.firstAnchored(ctx, seq)
	if err != nil {
		return nil, fmt.Errorf("anchorer: bundle %d: %w", seq, err)
	}
	if r == nil {
		return nil, fmt.Errorf("event %d: %w", seq, ErrNotAnchored)
	}
	if root, err := a.l.Root(ctx, r.Size); err != nil || common.Hash(root) != r.Root {
		return nil, fmt.Errorf("anchorer: the log no longer matches checkpoint %d (%v): it was altered", r.Size, err)
	}
	if !ev.Verify() {
		return nil, fmt.Errorf("anchorer: event %d no longer matches its hash: the journal was altered", seq)
	}
	p, err := a.l.InclusionProof(ctx, r.Size, seq)
	if err != nil {
		return nil, err
	}
	proof := make([]common.Hash, len(p))
	for i, h := range p {
		proof[i] = common.Hash(h)
	}
	return &Bundle{
		Version:    BundleVersion,
		Log:        LogRef{Origin: a.l.key.Origin(), Key: a.l.key.VerifierKey()},
		Event:      ToEventJSON(ev),
		Canonical:  ev.Canonical(),
		Proof:      proof,
		Checkpoint: CheckpointRef{Size: r.Size, Root: r.Root, Note: r.Note},
		Anchor:     a.anchorRef(r),
		Links:      a.links(r),
	}, nil
}

// ConsistencyVersion names the consistency bundle format.
const ConsistencyVersion = "souq.consistency.v1"

// AnchoredCheckpoint is a checkpoint and where the chain recorded it.
type AnchoredCheckpoint struct {
	Checkpoint CheckpointRef `json:"checkpoint"`
	Anchor     AnchorRef     `json:"anchor"`
}

// Consistency proves that the log at New extends the log at Old: nothing recorded at Old was
// changed, removed or reordered.
type Consistency struct {
	Version string             `json:"version"`
	Log     LogRef             `json:"log"`
	Old     AnchoredCheckpoint `json:"old"`
	New     AnchoredCheckpoint `json:"new"`
	Proof   []common.Hash      `json:"proof"` // RFC 6962 consistency proof; [] when the sizes are equal or old is 0
}

// Consistency builds the consistency proof between the anchored checkpoints of sizes oldSize and
// newSize (ErrNotFound when either is not an anchored checkpoint).
func (a *Anchorer) Consistency(ctx context.Context, oldSize, newSize uint64) (*Consistency, error) {
	var refs [2]AnchoredCheckpoint
	for i, size := range []uint64{oldSize, newSize} {
		r, err := a.Checkpoint(ctx, size)
		if err != nil {
			return nil, err
		}
		if r.State != Anchored {
			return nil, fmt.Errorf("checkpoint %d: %w", size, ErrNotAnchored)
		}
		refs[i] = AnchoredCheckpoint{Checkpoint: CheckpointRef{Size: r.Size, Root: r.Root, Note: r.Note}, Anchor: a.anchorRef(&r)}
	}
	if oldSize > newSize {
		return nil, fmt.Errorf("checkpoint %d is older than %d: %w", newSize, oldSize, ErrNotFound)
	}
	p, err := a.l.ConsistencyProof(ctx, oldSize, newSize)
	if err != nil {
		return nil, err
	}
	proof := make([]common.Hash, len(p))
	for i, h := range p {
		proof[i] = common.Hash(h)
	}
	return &Consistency{Version: ConsistencyVersion, Log: LogRef{Origin: a.l.key.Origin(), Key: a.l.key.VerifierKey()},
		Old: refs[0], New: refs[1], Proof: proof}, nil
}

// MarshalIndent is the bundle's canonical file form (two-space indented JSON).
func MarshalIndent(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }

// OrderBundles returns the proof bundles of every event of the orders match accepts, in journal
// order (a scan of the journal: the audit of one order is rare next to appends). An event not yet
// covered by an anchored checkpoint is ErrNotAnchored; no event at all, ErrNotFound.
func (a *Anchorer) OrderBundles(ctx context.Context, match func(souq.OrderID) bool) ([]*Bundle, error) {
	const page = 1024
	var out []*Bundle
	for from := uint64(0); ; from += page {
		evs, err := a.l.src.Events(ctx, from, page)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if e.Order.IsZero() || !match(e.Order) {
				continue
			}
			b, err := a.Bundle(ctx, e.Seq)
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
		if len(evs) < page {
			break
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no events for this order: %w", ErrNotFound)
	}
	return out, nil
}
