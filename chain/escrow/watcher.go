package escrow

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/sirupsen/logrus"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/sender"
)

// Event is a confirmed Escrow event about an order, whoever sent the transaction.
type Event struct {
	Name     string           // Funded, Delivered, Disputed, Released, Refunded, Resolved
	Status   souq.OrderStatus // the order status the event moves the order to
	OrderID  souq.OrderID
	TxHash   common.Hash
	Block    uint64
	LogIndex uint
	// Exactly one of these is set, per Name: the decoded event.
	Funded    *escrowabi.EscrowFunded
	Delivered *escrowabi.EscrowDelivered
	Disputed  *escrowabi.EscrowDisputed
	Released  *escrowabi.EscrowReleased
	Refunded  *escrowabi.EscrowRefunded
	Resolved  *escrowabi.EscrowResolved
}

// ID identifies the event for idempotent handling: "<tx hash>:<log index>".
func (e Event) ID() string { return fmt.Sprintf("%s:%d", e.TxHash.Hex(), e.LogIndex) }

// Cursor durably remembers the next block a watcher must scan.
type Cursor interface {
	LoadCursor(ctx context.Context, name string) (next uint64, ok bool, err error)
	SaveCursor(ctx context.Context, name string, next uint64) error
}

// HashCursor is a Cursor that also keeps the hash of the block before next (txstore's does): the
// watcher then notices when the chain under its cursor changed (a reorg deeper than its
// confirmations). Without it, only a head that went back below the cursor is noticed.
type HashCursor interface {
	LoadCursorHash(ctx context.Context, name string) (next uint64, hash common.Hash, ok bool, err error)
	SaveCursorHash(ctx context.Context, name string, next uint64, hash common.Hash) error
}

// LogReader is the part of ethclient the watcher uses.
type LogReader interface {
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// WatcherConfig tunes a Watcher.
type WatcherConfig struct {
	Name          string // cursor name; default "escrow"
	FromBlock     uint64 // first block to scan when there is no cursor (the deploy block)
	Confirmations uint64 // a log is handled once its block has this many confirmations (≥1)
	Poll          time.Duration
	// StartRange is the first span asked of eth_getLogs (default 2000) and MaxRange the largest
	// (default 10,000): the span shrinks when the provider refuses it and grows back on success.
	StartRange uint64
	MaxRange   uint64
	// RewindDepth is how far back the watcher rescans when the chain went back under its cursor
	// (a node restored from an older disk, a reorg deeper than Confirmations); default 128. The
	// handler is idempotent, so rescanning what it saw costs only the calls.
	RewindDepth uint64
	// RPCTimeout bounds each call to the node; default sender.DefaultRPCTimeout.
	RPCTimeout time.Duration
	Log        logrus.FieldLogger
}

// Watcher turns confirmed Escrow logs into Events, in chain order, at least once: the cursor
// moves only after the handler succeeded for every event of a range, so a handler must be
// idempotent (Event.ID is a natural key). Only confirmed blocks are read, so reorgs shallower
// than Confirmations never reach the handler. When the chain goes back under the cursor anyway
// (its head below the cursor, or another block at the cursor), the watcher rewinds RewindDepth
// blocks and scans again, so the events of the chain as it now is reach the handler.
type Watcher struct {
	r      LogReader
	addr   common.Address
	cursor Cursor
	cfg    WatcherConfig
	handle func(context.Context, Event) error
	abi    *escrowabi.Escrow
	rng    *logRange
}

// NewWatcher returns a watcher of the escrow at addr.
func NewWatcher(r LogReader, addr common.Address, cursor Cursor, cfg WatcherConfig, handle func(context.Context, Event) error) *Watcher {
	if cfg.Name == "" {
		cfg.Name = "escrow"
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 10_000
	}
	if cfg.StartRange == 0 {
		cfg.StartRange = 2000
	}
	if cfg.RewindDepth == 0 {
		cfg.RewindDepth = 128
	}
	if cfg.RPCTimeout <= 0 {
		cfg.RPCTimeout = sender.DefaultRPCTimeout
	}
	if cfg.Log == nil {
		cfg.Log = logrus.StandardLogger()
	}
	return &Watcher{r: r, addr: addr, cursor: cursor, cfg: cfg, handle: handle, abi: escrowabi.NewEscrow(),
		rng: newLogRange(cfg.StartRange, cfg.MaxRange)}
}

// Run polls until ctx ends. Errors (RPC down, handler failing) are logged and retried.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		if _, err := w.Poll(ctx); err != nil && ctx.Err() == nil {
			w.cfg.Log.WithError(err).Warn("escrow watcher: retrying")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(w.cfg.Poll):
		}
	}
}

// Poll handles every confirmed event not handled yet and returns how many it handled.
func (w *Watcher) Poll(ctx context.Context) (int, error) {
	next, mark, ok, err := w.load(ctx)
	if err != nil {
		return 0, err
	}
	if !ok {
		next = w.cfg.FromBlock
	}
	head, err := rpc(ctx, w.cfg.RPCTimeout, w.r.BlockNumber)
	if err != nil {
		return 0, fmt.Errorf("escrow watcher: head: %w", err)
	}
	if ok && next > w.cfg.FromBlock {
		back, why, err := w.wentBack(ctx, next, mark, head)
		if err != nil {
			return 0, err
		}
		if back {
			to := max(w.cfg.FromBlock, min(next, head+1)-min(min(next, head+1), w.cfg.RewindDepth))
			w.cfg.Log.WithFields(logrus.Fields{"cursor": next, "head": head, "rescan_from": to, "why": why}).Warn("escrow watcher: the chain went back under the cursor; rescanning")
			next = to
		}
	}
	if head+1 < w.cfg.Confirmations {
		return 0, nil
	}
	safe := head + 1 - w.cfg.Confirmations
	n := 0
	var ids []common.Hash
	for _, name := range watchedEvents {
		ids = append(ids, w.abi.GetABI().Events[name].ID)
	}
	topics := [][]common.Hash{ids}
	for next <= safe {
		to := min(safe, next+w.rng.Size()-1)
		end, err := w.header(ctx, to)
		if err != nil {
			return n, err
		}
		logs, err := rpc(ctx, w.cfg.RPCTimeout, func(ctx context.Context) ([]types.Log, error) {
			return w.r.FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
				Addresses: []common.Address{w.addr}, Topics: topics,
			})
		})
		if err != nil {
			if ctx.Err() == nil && w.rng.refused(to-next+1, err) {
				w.cfg.Log.WithFields(logrus.Fields{"from": next, "to": to, "now": w.rng.Size()}).WithError(err).Info("escrow watcher: provider refused the log range; asking for fewer blocks")
				continue
			}
			return n, fmt.Errorf("escrow watcher: logs %d-%d: %w", next, to, err)
		}
		w.rng.ok()
		// The range's last block must still be the one whose logs were read: else a reorg ran
		// under the call, and the range is read again next time.
		if again, err := w.header(ctx, to); err != nil {
			return n, err
		} else if again.Hash() != end.Hash() {
			return n, fmt.Errorf("escrow watcher: block %d changed while its logs were read", to)
		}
		for i := range logs {
			ev, err := w.decode(&logs[i])
			if err != nil {
				return n, err
			}
			if err := w.handle(ctx, ev); err != nil {
				return n, fmt.Errorf("escrow watcher: handle %s %s: %w", ev.Name, ev.ID(), err)
			}
			n++
		}
		if err := w.save(ctx, to+1, end.Hash()); err != nil {
			return n, err
		}
		next = to + 1
	}
	return n, nil
}

func (w *Watcher) load(ctx context.Context) (uint64, common.Hash, bool, error) {
	if hc, ok := w.cursor.(HashCursor); ok {
		return hc.LoadCursorHash(ctx, w.cfg.Name)
	}
	next, ok, err := w.cursor.LoadCursor(ctx, w.cfg.Name)
	return next, common.Hash{}, ok, err
}

func (w *Watcher) save(ctx context.Context, next uint64, hash common.Hash) error {
	if hc, ok := w.cursor.(HashCursor); ok {
		return hc.SaveCursorHash(ctx, w.cfg.Name, next, hash)
	}
	return w.cursor.SaveCursor(ctx, w.cfg.Name, next)
}

// wentBack reports whether the chain no longer holds the block the cursor was saved after.
func (w *Watcher) wentBack(ctx context.Context, next uint64, mark common.Hash, head uint64) (bool, string, error) {
	if next-1 > head {
		return true, fmt.Sprintf("head %d is below the last block scanned, %d", head, next-1), nil
	}
	if mark == (common.Hash{}) {
		return false, "", nil
	}
	h, err := w.header(ctx, next-1)
	if err != nil {
		return false, "", err
	}
	if h.Hash() != mark {
		return true, fmt.Sprintf("block %d is now %s, was %s", next-1, h.Hash().Hex(), mark.Hex()), nil
	}
	return false, "", nil
}

func (w *Watcher) header(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := rpc(ctx, w.cfg.RPCTimeout, func(ctx context.Context) (*types.Header, error) {
		return w.r.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	})
	if err != nil {
		return nil, fmt.Errorf("escrow watcher: header %d: %w", n, err)
	}
	return h, nil
}

// rpc runs one node call under its own deadline: a node that never answers cannot hang the
// watcher.
func rpc[T any](ctx context.Context, d time.Duration, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	return f(ctx)
}

var watchedEvents = [...]string{"Funded", "Delivered", "Disputed", "Released", "Refunded", "Resolved"}

func (w *Watcher) decode(l *types.Log) (Event, error) {
	ev, ok, err := decodeEvent(w.abi, l)
	if err == nil && !ok {
		err = fmt.Errorf("escrow watcher: unexpected log topics %v", l.Topics)
	}
	return ev, err
}

// decodeEvent decodes one of the escrow's order events (watchedEvents); ok is false for the
// contract's other events. The watcher and the transaction page both read events through it.
func decodeEvent(abi *escrowabi.Escrow, l *types.Log) (ev Event, ok bool, err error) {
	ev = Event{TxHash: l.TxHash, Block: l.BlockNumber, LogIndex: l.Index}
	if len(l.Topics) == 0 {
		return ev, false, nil
	}
	if len(l.Topics) > 1 {
		ev.OrderID = souq.OrderID(l.Topics[1])
	}
	events := abi.GetABI().Events
	switch l.Topics[0] {
	case events["Funded"].ID:
		ev.Name, ev.Status = "Funded", souq.StatusPaid
		ev.Funded, err = abi.UnpackFundedEvent(l)
	case events["Delivered"].ID:
		ev.Name, ev.Status = "Delivered", souq.StatusDelivered
		ev.Delivered, err = abi.UnpackDeliveredEvent(l)
	case events["Disputed"].ID:
		ev.Name, ev.Status = "Disputed", souq.StatusDisputed
		ev.Disputed, err = abi.UnpackDisputedEvent(l)
	case events["Released"].ID:
		ev.Name, ev.Status = "Released", souq.StatusReleased
		ev.Released, err = abi.UnpackReleasedEvent(l)
	case events["Refunded"].ID:
		ev.Name, ev.Status = "Refunded", souq.StatusRefunded
		ev.Refunded, err = abi.UnpackRefundedEvent(l)
	case events["Resolved"].ID:
		ev.Name, ev.Status = "Resolved", souq.StatusResolved
		ev.Resolved, err = abi.UnpackResolvedEvent(l)
	default:
		return ev, false, nil
	}
	if err != nil {
		return ev, false, fmt.Errorf("escrow: decode %s: %w", ev.Name, err)
	}
	return ev, true, nil
}
