package journal

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/sender"
	bolt "go.etcd.io/bbolt"
)

// BatchState is where a batch stands.
type BatchState string

// Batch states.
const (
	BatchPending  BatchState = "pending"  // cut and submitted to the sender
	BatchAnchored BatchState = "anchored" // the anchoring transaction is confirmed
	BatchFailed   BatchState = "failed"   // the contract rejected it (see Error)
)

// Batch is a run of consecutive events anchored under one Merkle root.
type Batch struct {
	Index       uint64      `json:"index"`
	FirstSeq    uint64      `json:"firstSeq"`
	Count       uint64      `json:"count"`
	Root        common.Hash `json:"root"`
	CutAt       time.Time   `json:"cutAt"`
	State       BatchState  `json:"state"`
	IntentKey   string      `json:"intentKey"`
	TxHash      common.Hash `json:"txHash,omitzero"`
	BlockNumber uint64      `json:"blockNumber,omitempty"`
	BlockHash   common.Hash `json:"blockHash,omitzero"`
	GasUsed     uint64      `json:"gasUsed,omitempty"`
	Error       string      `json:"error,omitempty"`
}

// AnchorConfig configures an Anchorer.
type AnchorConfig struct {
	ChainID  uint64
	Contract common.Address // EventAnchor
	// MaxBatch cuts a batch as soon as this many events wait (default 1000).
	MaxBatch int
	// MaxAge cuts a batch when its oldest event has waited this long (default 1 minute).
	MaxAge time.Duration
	// Poll is the loop period (default 1s).
	Poll     time.Duration
	Explorer chain.Explorer
	Log      logrus.FieldLogger
}

// Anchorer cuts batches from the journal and anchors their roots through the sender, whose
// account must be EventAnchor's anchorer.
type Anchorer struct {
	j   *Journal
	s   *sender.Sender
	cfg AnchorConfig
	abi *eventanchor.EventAnchor
}

// NewAnchorer returns an anchorer of j's events.
func NewAnchorer(j *Journal, s *sender.Sender, cfg AnchorConfig) *Anchorer {
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 1000
	}
	if cfg.MaxAge == 0 {
		cfg.MaxAge = time.Minute
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.Log == nil {
		cfg.Log = logrus.StandardLogger()
	}
	return &Anchorer{j: j, s: s, cfg: cfg, abi: eventanchor.NewEventAnchor()}
}

// Run cuts and anchors batches until ctx ends.
func (a *Anchorer) Run(ctx context.Context) error {
	for {
		if err := a.Step(ctx, false); err != nil && ctx.Err() == nil {
			a.cfg.Log.WithError(err).Warn("anchorer: retrying")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(a.cfg.Poll):
		}
	}
}

// Step cuts every due batch (all waiting events if flush), submits every pending batch to the
// sender (idempotently: after a crash between cutting and submitting, this submits it) and
// records the ones whose transaction is confirmed.
func (a *Anchorer) Step(ctx context.Context, flush bool) error {
	for {
		b, err := a.cut(ctx, flush)
		if err != nil {
			return err
		}
		if b == nil {
			break
		}
	}
	return a.sync(ctx)
}

func (a *Anchorer) intentKey(index uint64) string {
	return fmt.Sprintf("anchor/%s/%d", a.cfg.Contract.Hex(), index)
}

// cut makes one batch if one is due.
func (a *Anchorer) cut(ctx context.Context, flush bool) (*Batch, error) {
	var out *Batch
	err := a.j.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		var head, cut, nb uint64
		if v := meta.Get([]byte("head")); len(v) == 40 {
			head = binary.BigEndian.Uint64(v[:8])
		}
		if v := meta.Get([]byte("cut")); len(v) == 16 {
			cut, nb = binary.BigEndian.Uint64(v[:8]), binary.BigEndian.Uint64(v[8:])
		}
		waiting := head - cut
		if waiting == 0 {
			return nil
		}
		n := min(waiting, uint64(a.cfg.MaxBatch))
		eb := tx.Bucket(bucketEvents)
		if n < uint64(a.cfg.MaxBatch) && !flush {
			var first Event
			if err := json.Unmarshal(eb.Get(u64(cut)), &first); err != nil {
				return err
			}
			// An event stamped later than now comes from a clock moved forward (time travel on the
			// dev chain moves the service's clock, not this one): it would never age, so cut it now.
			if age := a.j.now().Sub(time.UnixMilli(int64(first.TimeMs))); age >= 0 && age < a.cfg.MaxAge {
				return nil
			}
		}
		leaves := make([]common.Hash, 0, n)
		c := eb.Cursor()
		for k, v := c.Seek(u64(cut)); k != nil && uint64(len(leaves)) < n; k, v = c.Next() {
			var e Event
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			leaves = append(leaves, Leaf(e.Seq, e.Hash))
		}
		b := &Batch{Index: nb, FirstSeq: cut, Count: n, Root: NewTree(leaves).Root(), CutAt: a.j.now().UTC(),
			State: BatchPending, IntentKey: a.intentKey(nb)}
		raw, err := json.Marshal(b)
		if err != nil {
			return err
		}
		if err := tx.Bucket(bucketBatches).Put(u64(nb), raw); err != nil {
			return err
		}
		out = b
		return meta.Put([]byte("cut"), append(u64(cut+n), u64(nb+1)...))
	})
	if err != nil {
		return nil, fmt.Errorf("anchorer: cut: %w", err)
	}
	return out, ctx.Err()
}

func (a *Anchorer) pending(ctx context.Context) ([]Batch, error) {
	var out []Batch
	err := a.j.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBatches).ForEach(func(_, v []byte) error {
			var b Batch
			if err := json.Unmarshal(v, &b); err != nil {
				return err
			}
			if b.State == BatchPending {
				out = append(out, b)
			}
			return nil
		})
	})
	return out, err
}

func (a *Anchorer) sync(ctx context.Context) error {
	batches, err := a.pending(ctx)
	if err != nil {
		return fmt.Errorf("anchorer: %w", err)
	}
	for _, b := range batches {
		call := sender.Call{To: &a.cfg.Contract, Data: a.abi.PackAnchor(b.Root, b.FirstSeq, b.Count)}
		if b.Index > 0 {
			// Batches must land in order (EventAnchor checks firstSeq == nextSeq).
			call.After = a.intentKey(b.Index - 1)
		}
		in, err := a.s.Submit(ctx, b.IntentKey, "anchor", call)
		if err != nil {
			return fmt.Errorf("anchorer: batch %d: %w", b.Index, err)
		}
		switch in.State {
		case sender.Confirmed:
			b.State, b.TxHash, b.BlockNumber, b.BlockHash, b.GasUsed = BatchAnchored, in.Receipt.TxHash, in.Receipt.BlockNumber, in.Receipt.BlockHash, in.Receipt.GasUsed
		case sender.Reverted:
			b.State, b.Error = BatchFailed, in.Revert
			a.cfg.Log.WithFields(logrus.Fields{"batch": b.Index, "revert": in.Revert}).Error("anchorer: batch rejected")
		default:
			continue
		}
		if err := a.putBatch(b); err != nil {
			return err
		}
	}
	return nil
}

func (a *Anchorer) putBatch(b Batch) error {
	raw, err := json.Marshal(b)
	if err != nil {
		return err
	}
	return a.j.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketBatches).Put(u64(b.Index), raw) })
}

// Batch returns batch index.
func (a *Anchorer) Batch(ctx context.Context, index uint64) (Batch, error) {
	var b Batch
	err := a.j.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketBatches).Get(u64(index))
		if v == nil {
			return ErrNotFound
		}
		return json.Unmarshal(v, &b)
	})
	if err != nil {
		return Batch{}, fmt.Errorf("anchorer: batch %d: %w", index, err)
	}
	return b, ctx.Err()
}

// ErrNotAnchored is returned for a bundle of an event whose batch is not anchored yet.
var ErrNotAnchored = errors.New("journal: event not anchored yet")

// Bundle builds the proof bundle of event seq.
func (a *Anchorer) Bundle(ctx context.Context, seq uint64) (*Bundle, error) {
	var b *Batch
	err := a.j.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketBatches).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			var x Batch
			if err := json.Unmarshal(v, &x); err != nil {
				return err
			}
			if seq >= x.FirstSeq && seq < x.FirstSeq+x.Count {
				b = &x
				return nil
			}
			if x.FirstSeq+x.Count <= seq {
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("anchorer: bundle %d: %w", seq, err)
	}
	if b == nil || b.State != BatchAnchored {
		return nil, fmt.Errorf("event %d: %w", seq, ErrNotAnchored)
	}
	leaves := make([]common.Hash, 0, b.Count)
	var ev Event
	for s := b.FirstSeq; s < b.FirstSeq+b.Count; s++ {
		e, err := a.j.Event(ctx, s)
		if err != nil {
			return nil, err
		}
		if s == seq {
			ev = e
		}
		leaves = append(leaves, Leaf(e.Seq, e.Hash))
	}
	tree := NewTree(leaves)
	if tree.Root() != b.Root {
		return nil, fmt.Errorf("anchorer: batch %d no longer matches its root: the journal was altered", b.Index)
	}
	canon, err := Canonical(&ev)
	if err != nil {
		return nil, err
	}
	return &Bundle{
		Version:   BundleVersion,
		Event:     ev,
		Canonical: canon,
		Leaf:      Leaf(ev.Seq, ev.Hash),
		Proof:     tree.Proof(int(seq - b.FirstSeq)),
		Batch:     BatchRef{Index: b.Index, FirstSeq: b.FirstSeq, Count: b.Count, Root: b.Root},
		Anchor:    AnchorRef{ChainID: a.cfg.ChainID, Contract: a.cfg.Contract, TxHash: b.TxHash, BlockNumber: b.BlockNumber, BlockHash: b.BlockHash},
		Links: Links{Tx: a.cfg.Explorer.TxURL(b.TxHash), Contract: a.cfg.Explorer.AddressURL(a.cfg.Contract),
			Block: a.cfg.Explorer.BlockURL(b.BlockNumber)},
	}, nil
}
