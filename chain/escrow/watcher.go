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

// LogReader is the part of ethclient the watcher uses.
type LogReader interface {
	ethereum.LogFilterer
	BlockNumber(ctx context.Context) (uint64, error)
}

// WatcherConfig tunes a Watcher.
type WatcherConfig struct {
	Name          string // cursor name; default "escrow"
	FromBlock     uint64 // first block to scan when there is no cursor (the deploy block)
	Confirmations uint64 // a log is handled once its block has this many confirmations (≥1)
	Poll          time.Duration
	MaxRange      uint64 // blocks per eth_getLogs; default 2000
	Log           logrus.FieldLogger
}

// Watcher turns confirmed Escrow logs into Events, in chain order, at least once: the cursor
// moves only after the handler succeeded for every event of a range, so a handler must be
// idempotent (Event.ID is a natural key). Only confirmed blocks are read, so reorgs shallower
// than Confirmations never reach the handler.
type Watcher struct {
	r      LogReader
	addr   common.Address
	cursor Cursor
	cfg    WatcherConfig
	handle func(context.Context, Event) error
	abi    *escrowabi.Escrow
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
		cfg.MaxRange = 2000
	}
	if cfg.Log == nil {
		cfg.Log = logrus.StandardLogger()
	}
	return &Watcher{r: r, addr: addr, cursor: cursor, cfg: cfg, handle: handle, abi: escrowabi.NewEscrow()}
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
	next, ok, err := w.cursor.LoadCursor(ctx, w.cfg.Name)
	if err != nil {
		return 0, err
	}
	if !ok {
		next = w.cfg.FromBlock
	}
	head, err := w.r.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("escrow watcher: head: %w", err)
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
		to := min(safe, next+w.cfg.MaxRange-1)
		logs, err := w.r.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.addr}, Topics: topics,
		})
		if err != nil {
			return n, fmt.Errorf("escrow watcher: logs %d-%d: %w", next, to, err)
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
		if err := w.cursor.SaveCursor(ctx, w.cfg.Name, to+1); err != nil {
			return n, err
		}
		next = to + 1
	}
	return n, nil
}

var watchedEvents = [...]string{"Funded", "Delivered", "Disputed", "Released", "Refunded", "Resolved"}

func (w *Watcher) decode(l *types.Log) (Event, error) {
	ev := Event{TxHash: l.TxHash, Block: l.BlockNumber, LogIndex: l.Index}
	if len(l.Topics) > 1 {
		ev.OrderID = souq.OrderID(l.Topics[1])
	}
	var err error
	events := w.abi.GetABI().Events
	switch l.Topics[0] {
	case events["Funded"].ID:
		ev.Name, ev.Status = "Funded", souq.StatusPaid
		ev.Funded, err = w.abi.UnpackFundedEvent(l)
	case events["Delivered"].ID:
		ev.Name, ev.Status = "Delivered", souq.StatusDelivered
		ev.Delivered, err = w.abi.UnpackDeliveredEvent(l)
	case events["Disputed"].ID:
		ev.Name, ev.Status = "Disputed", souq.StatusDisputed
		ev.Disputed, err = w.abi.UnpackDisputedEvent(l)
	case events["Released"].ID:
		ev.Name, ev.Status = "Released", souq.StatusReleased
		ev.Released, err = w.abi.UnpackReleasedEvent(l)
	case events["Refunded"].ID:
		ev.Name, ev.Status = "Refunded", souq.StatusRefunded
		ev.Refunded, err = w.abi.UnpackRefundedEvent(l)
	case events["Resolved"].ID:
		ev.Name, ev.Status = "Resolved", souq.StatusResolved
		ev.Resolved, err = w.abi.UnpackResolvedEvent(l)
	default:
		return ev, fmt.Errorf("escrow watcher: unexpected log topic %s", l.Topics[0])
	}
	if err != nil {
		return ev, fmt.Errorf("escrow watcher: decode %s: %w", ev.Name, err)
	}
	return ev, nil
}
