package journal

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/kv"
)

// State is where a checkpoint stands.
type State string

// Checkpoint states.
const (
	Pending  State = "pending"  // signed and submitted to the sender
	Anchored State = "anchored" // the anchoring transaction is confirmed
	Failed   State = "failed"   // the contract refused it (see Error)
)

// Record is a signed checkpoint and its anchoring.
type Record struct {
	Size        uint64      `json:"size"`
	Root        common.Hash `json:"root"`
	Note        string      `json:"note"`     // the signed checkpoint note
	PrevSize    uint64      `json:"prevSize"` // the last checkpoint not refused when this one was cut (0: none); this one is sent after it
	CutAt       time.Time   `json:"cutAt"`
	State       State       `json:"state"`
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
	// MaxBatch cuts a checkpoint as soon as this many events wait (default 1000).
	MaxBatch int
	// MaxAge cuts a checkpoint when its oldest new event has waited this long (default 1 minute).
	MaxAge time.Duration
	// Poll is the loop period (default 1s).
	Poll     time.Duration
	Explorer chain.Explorer
	Log      logrus.FieldLogger
	Now      func() time.Time // default time.Now
}

// Anchorer cuts signed checkpoints of the log and records each (size, root) in EventAnchor
// through the sender, whose account must be EventAnchor's anchorer.
type Anchorer struct {
	l   *Log
	s   *sender.Sender
	cfg AnchorConfig
	abi *eventanchor.EventAnchor
}

// NewAnchorer returns an anchorer of l's checkpoints.
func NewAnchorer(l *Log, s *sender.Sender, cfg AnchorConfig) *Anchorer {
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
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Anchorer{l: l, s: s, cfg: cfg, abi: eventanchor.NewEventAnchor()}
}

// Log is the log this anchorer witnesses.
func (a *Anchorer) Log() *Log { return a.l }

// Config is the anchorer's configuration.
func (a *Anchorer) Config() AnchorConfig { return a.cfg }

// Run cuts and anchors checkpoints until ctx ends.
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

// Step cuts a checkpoint if one is due (whenever the log grew, if flush), submits every pending
// checkpoint to the sender (idempotently: after a crash between cutting and submitting, this
// submits it) and records the ones whose transaction is confirmed.
func (a *Anchorer) Step(ctx context.Context, flush bool) error {
	if _, err := a.cut(ctx, flush); err != nil {
		return err
	}
	return a.sync(ctx)
}

func (a *Anchorer) intentKey(size uint64) string {
	return fmt.Sprintf("checkpoint/%s/%d", a.cfg.Contract.Hex(), size)
}

// lastRecord is the last checkpoint cut (nil before the first).
func lastRecord(tx kv.Tx) (*Record, error) {
	return lastWhere(tx, func(*Record) bool { return true })
}

// lastWhere is the last checkpoint cut that ok accepts (nil when none does).
func lastWhere(tx kv.Tx, ok func(*Record) bool) (*Record, error) {
	var out *Record
	err := tx.Descend(spaceCheckpoints, nil, func(k, v []byte) error {
		r, err := decodeRecord(v)
		if err != nil {
			return fmt.Errorf("checkpoint %x: %w", k, err)
		}
		if ok(&r) {
			out = &r
			return kv.ErrStop
		}
		return nil
	})
	return out, err
}

// cut signs and records a checkpoint of the whole log if one is due.
func (a *Anchorer) cut(ctx context.Context, flush bool) (*Record, error) {
	size, err := a.l.Size(ctx)
	if err != nil {
		return nil, err
	}
	var from, after uint64
	if err := a.l.db.View(ctx, func(tx kv.Tx) error {
		last, err := lastRecord(tx)
		if err != nil {
			return err
		}
		if last != nil {
			from = last.Size
		}
		// Chain after the last checkpoint not refused: a refused one (say, a transaction from a
		// rotated-out anchorer key) must not block every later one.
		prev, err := lastWhere(tx, func(r *Record) bool { return r.State != Failed })
		if prev != nil {
			after = prev.Size
		}
		return err
	}); err != nil {
		return nil, fmt.Errorf("anchorer: %w", err)
	}
	if size <= from {
		return nil, nil
	}
	if !flush && size-from < uint64(a.cfg.MaxBatch) {
		first, err := a.l.Event(ctx, from)
		if err != nil {
			return nil, err
		}
		// An event stamped later than now comes from a clock moved forward (time travel on the dev
		// chain moves the service's clock, not this one): it would never age, so it is cut now.
		if age := a.cfg.Now().Sub(first.At); age >= 0 && age < a.cfg.MaxAge {
			return nil, nil
		}
	}
	root, err := a.l.Root(ctx, size)
	if err != nil {
		return nil, err
	}
	signed, err := a.l.key.Sign(Checkpoint{Origin: a.l.key.Origin(), Size: size, Root: root})
	if err != nil {
		return nil, err
	}
	r := &Record{Size: size, Root: common.Hash(root), Note: string(signed), PrevSize: after, CutAt: a.cfg.Now().UTC(),
		State: Pending, IntentKey: a.intentKey(size)}
	raw, err := encodeRecord(r)
	if err != nil {
		return nil, err
	}
	err = a.l.db.Update(ctx, func(tx kv.Tx) error {
		last, err := lastRecord(tx)
		if err != nil {
			return err
		}
		if last != nil && last.Size >= size {
			return nil // cut meanwhile
		}
		return tx.Put(spaceCheckpoints, u64(size), raw)
	})
	if err != nil {
		return nil, fmt.Errorf("anchorer: cut: %w", err)
	}
	return r, nil
}

func (a *Anchorer) records(ctx context.Context, state State) ([]Record, error) {
	var out []Record
	err := a.l.db.View(ctx, func(tx kv.Tx) error {
		return tx.Ascend(spaceCheckpoints, nil, func(k, v []byte) error {
			r, err := decodeRecord(v)
			if err != nil {
				return fmt.Errorf("checkpoint %x: %w", k, err)
			}
			if state == "" || r.State == state {
				out = append(out, r)
			}
			return nil
		})
	})
	return out, err
}

func (a *Anchorer) sync(ctx context.Context) error {
	pending, err := a.records(ctx, Pending)
	if err != nil {
		return fmt.Errorf("anchorer: %w", err)
	}
	for _, r := range pending {
		call := sender.Call{To: &a.cfg.Contract, Data: a.abi.PackAnchor(r.Size, r.Root)}
		if r.PrevSize > 0 {
			// Checkpoints must land in order (EventAnchor refuses a size that does not grow).
			call.After = a.intentKey(r.PrevSize)
		}
		in, err := a.s.Submit(ctx, r.IntentKey, "anchor", call)
		if err != nil {
			return fmt.Errorf("anchorer: checkpoint %d: %w", r.Size, err)
		}
		switch in.State {
		case sender.Confirmed:
			r.State, r.TxHash, r.BlockNumber, r.BlockHash, r.GasUsed = Anchored, in.Receipt.TxHash, in.Receipt.BlockNumber, in.Receipt.BlockHash, in.Receipt.GasUsed
		case sender.Reverted:
			r.State, r.Error = Failed, in.Revert
			a.cfg.Log.WithFields(logrus.Fields{"size": r.Size, "revert": in.Revert}).Error("anchorer: checkpoint refused")
		default:
			continue
		}
		raw, err := encodeRecord(&r)
		if err != nil {
			return err
		}
		if err := a.l.db.Update(ctx, func(tx kv.Tx) error { return tx.Put(spaceCheckpoints, u64(r.Size), raw) }); err != nil {
			return err
		}
	}
	return nil
}

// Checkpoint returns the checkpoint record of size.
func (a *Anchorer) Checkpoint(ctx context.Context, size uint64) (Record, error) {
	var r Record
	err := a.l.db.View(ctx, func(tx kv.Tx) error {
		v := tx.Get(spaceCheckpoints, u64(size))
		if v == nil {
			return ErrNotFound
		}
		var err error
		r, err = decodeRecord(v)
		return err
	})
	if err != nil {
		return Record{}, fmt.Errorf("anchorer: checkpoint %d: %w", size, err)
	}
	return r, nil
}

// Latest returns the last checkpoint cut, anchored or not; ErrNotFound before the first.
func (a *Anchorer) Latest(ctx context.Context) (Record, error) {
	var r *Record
	err := a.l.db.View(ctx, func(tx kv.Tx) error {
		var err error
		r, err = lastRecord(tx)
		return err
	})
	if err != nil {
		return Record{}, err
	}
	if r == nil {
		return Record{}, fmt.Errorf("no checkpoint yet: %w", ErrNotFound)
	}
	return *r, nil
}

// Checkpoints lists every checkpoint record, smallest first.
func (a *Anchorer) Checkpoints(ctx context.Context) ([]Record, error) { return a.records(ctx, "") }

// firstAnchored is the first anchored checkpoint whose size is above seq.
func (a *Anchorer) firstAnchored(ctx context.Context, seq uint64) (*Record, error) {
	var out *Record
	err := a.l.db.View(ctx, func(tx kv.Tx) error {
		return tx.Ascend(spaceCheckpoints, u64(seq+1), func(k, v []byte) error {
			r, err := decodeRecord(v)
			if err != nil {
				return fmt.Errorf("checkpoint %x: %w", k, err)
			}
			if r.State == Anchored {
				out = &r
				return kv.ErrStop
			}
			return nil
		})
	})
	return out, err
}

// ErrNotAnchored is returned for an event no anchored checkpoint covers yet.
var ErrNotAnchored = errors.New("journal: event not anchored yet")

// Lag is how long the oldest event no anchored checkpoint covers has waited (0 when every
// event is covered): the anchoring lag an operator alerts on.
func (a *Anchorer) Lag(ctx context.Context, now time.Time) (time.Duration, error) {
	var next uint64
	err := a.l.db.View(ctx, func(tx kv.Tx) error {
		r, err := lastWhere(tx, func(r *Record) bool { return r.State == Anchored })
		if r != nil {
			next = r.Size
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	e, err := a.l.Event(ctx, next) // from the journal: events not yet handed to the log wait too
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return max(now.Sub(e.At), 0), nil
}
