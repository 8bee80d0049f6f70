package devnode

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"
)

// clockFile keeps the dev chain's time-travel offset inside the data directory.
const clockFile = "souq-clock.json"

// chainNowLag is how far the newest block may lag the chain's clock before ChainNow seals one:
// at most one empty block a second or two however often ChainNow is asked.
const chainNowLag = 1

// ErrNegativeTime is returned for a negative AdjustTime: the chain's clock never goes back.
var ErrNegativeTime = errors.New("dev chain time cannot go back")

// sealer is the dev chain's block producer (in place of go-ethereum's SimulatedBeacon, whose
// timestamps are parent+1 at least on every seal and ignore any time offset). It seals a block
// at the chain's clock, wall clock + a persistent offset, whole seconds:
//   - with transactions pending, at once when the head is at least a second old, else at the
//     next second boundary, all pending transactions in one block: under load one block a second,
//     so block timestamps never run ahead of the clock;
//   - on ChainNow when the head lags the clock (time-based work never waits on a block that
//     will not come), on AdjustTime, and every Period if set.
//
// Every sealed block is durable before the call returns: the chain runs in archive mode (each
// block's state trie committed) and the key-value store's write-ahead log is synced.
type sealer struct {
	eth      *eth.Ethereum
	fee      common.Address
	period   time.Duration
	path     string // clock file; "" keeps the offset in memory
	quit     chan struct{}
	done     chan struct{}
	wallNow  func() time.Time
	observer func(sealed time.Duration) // test hook: latency of each seal (tx seen → block durable)

	mu     sync.Mutex   // serialises sealing and changes of the offset
	offset atomic.Int64 // seconds added to the wall clock
}

var big1 = big.NewInt(1)

type clockState struct {
	OffsetSeconds int64 `json:"offset_seconds"`
}

func newSealer(e *eth.Ethereum, fee common.Address, period time.Duration, path string) (*sealer, error) {
	s := &sealer{eth: e, fee: fee, period: period, path: path, quit: make(chan struct{}), done: make(chan struct{}), wallNow: time.Now}
	if path != "" {
		b, err := os.ReadFile(path)
		switch {
		case err == nil:
			var st clockState
			if err := json.Unmarshal(b, &st); err != nil {
				return nil, fmt.Errorf("dev node: %s: %w", path, err)
			}
			s.offset.Store(st.OffsetSeconds)
		case !errors.Is(err, os.ErrNotExist):
			return nil, fmt.Errorf("dev node: %w", err)
		}
	}
	// A head later than the clock (a clock file lost, a chain from before offsets were kept,
	// the wall clock set back) would stall sealing: move the clock up to the head.
	if head := int64(e.BlockChain().CurrentBlock().Time); head > s.now().Unix() {
		s.offset.Add(head - s.now().Unix())
		log.Warn("Dev chain head is ahead of its clock; moving the clock forward", "head", head, "offset", s.offset.Load())
		if err := s.saveOffset(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// now is the chain's clock: wall clock plus the time-travel offset.
func (s *sealer) now() time.Time {
	return s.wallNow().Add(time.Duration(s.offset.Load()) * time.Second)
}

func (s *sealer) saveOffset() error {
	if s.path == "" {
		return nil
	}
	b, _ := json.Marshal(clockState{OffsetSeconds: s.offset.Load()})
	if err := writeFileSync(s.path, append(b, '\n')); err != nil {
		return fmt.Errorf("dev node: keep clock offset: %w", err)
	}
	return nil
}

// writeFileSync replaces path with data durably (temp file, fsync, rename, fsync of the directory).
func writeFileSync(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Start and Stop make the sealer a node.Lifecycle: it stops before the chain it seals.
func (s *sealer) Start() error { go s.loop(); return nil }

func (s *sealer) Stop() error {
	close(s.quit)
	<-s.done
	return nil
}

// chainNow returns the newest block's timestamp, after sealing a block (pending transactions
// included) when it lags the chain's clock by more than chainNowLag seconds.
func (s *sealer) chainNow(ctx context.Context) (time.Time, error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, err
	}
	if s.now().Unix()-int64(s.eth.BlockChain().CurrentBlock().Time) > chainNowLag {
		if _, err := s.seal(ctx, false); err != nil {
			return time.Time{}, err
		}
	}
	return time.Unix(int64(s.eth.BlockChain().CurrentBlock().Time), 0).UTC(), nil
}

// adjustTime seals what is pending at the current time, moves the clock d forward (whole
// seconds) durably, and seals a block at the new time.
func (s *sealer) adjustTime(ctx context.Context, d time.Duration) (*types.Block, error) {
	if d < 0 {
		return nil, ErrNegativeTime
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sealNow := func() (*types.Block, error) {
		ts := max(uint64(s.now().Unix()), s.eth.BlockChain().CurrentBlock().Time+1)
		return s.sealLocked(ctx, ts)
	}
	// A transaction just accepted may still wait in the pool's queue for its promotion to pending;
	// Sync lets that finish so it is sealed before the jump, not after.
	if err := s.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("dev node: txpool sync: %w", err)
	}
	if executable, _ := s.eth.TxPool().Stats(); executable > 0 {
		if _, err := sealNow(); err != nil {
			return nil, err
		}
	}
	secs := int64(d / time.Second)
	if secs == 0 {
		return s.eth.BlockChain().GetBlock(s.eth.BlockChain().CurrentBlock().Hash(), s.eth.BlockChain().CurrentBlock().Number.Uint64()), nil
	}
	// The offset is on disk before any block carries it, so a restart never finds the head
	// ahead of the clock.
	s.offset.Add(secs)
	if err := s.saveOffset(); err != nil {
		s.offset.Add(-secs)
		return nil, err
	}
	return sealNow()
}

// loop seals pending transactions as they arrive, by the rule in sealer's doc. The pool's events
// are drained by their own goroutine: the pool's feed blocks its sender until every subscriber
// takes the event, and sealing waits on the pool (TxPool.Sync), so a busy sealer must never be
// the one receiving.
func (s *sealer) loop() {
	defer close(s.done)
	txs := make(chan core.NewTxsEvent, 16)
	sub := s.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	wake := make(chan struct{}, 1)
	var (
		seenMu sync.Mutex
		seen   time.Time // when the oldest unsealed transaction was announced
	)
	go func() {
		for {
			select {
			case <-s.quit:
				return
			case <-sub.Err():
				return
			case <-txs:
				seenMu.Lock()
				if seen.IsZero() {
					seen = time.Now()
				}
				seenMu.Unlock()
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		}
	}()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var idle <-chan time.Time
	if s.period > 0 {
		t := time.NewTicker(s.period)
		defer t.Stop()
		idle = t.C
	}
	for {
		select {
		case <-s.quit:
			return
		case <-wake:
		case <-timer.C:
		case <-idle:
			if _, err := s.seal(context.Background(), false); err != nil {
				log.Warn("Dev chain: periodic seal failed", "err", err)
			}
			continue
		}
		seenMu.Lock()
		first := seen
		seenMu.Unlock()
		wait, sealed, err := s.sealPending()
		if err != nil {
			log.Warn("Dev chain: sealing failed", "err", err)
			wait = time.Second
		}
		if sealed {
			if s.observer != nil && !first.IsZero() {
				s.observer(time.Since(first))
			}
			seenMu.Lock()
			if seen == first {
				seen = time.Time{}
			}
			seenMu.Unlock()
		}
		if wait > 0 {
			timer.Reset(wait)
		}
	}
}

// sealPending seals the pending transactions if the head is at least a second old, and says how
// long to wait before trying again (0: nothing left to seal) and whether it sealed.
func (s *sealer) sealPending() (time.Duration, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if executable, _ := s.eth.TxPool().Stats(); executable == 0 {
		return 0, false, nil
	}
	head := s.eth.BlockChain().CurrentBlock()
	now := s.now()
	if next := time.Unix(int64(head.Time)+1, 0); now.Before(next) {
		return next.Sub(now), false, nil
	}
	b, err := s.sealLocked(context.Background(), uint64(now.Unix()))
	if err != nil {
		return 0, false, err
	}
	executable, _ := s.eth.TxPool().Stats()
	if executable == 0 || len(b.Transactions()) == 0 {
		// Nothing left, or nothing the miner will take (a fee below the base fee): wait for
		// new transactions rather than seal empty blocks every second.
		return 0, true, nil
	}
	return time.Unix(int64(b.Time())+1, 0).Sub(s.now()), true, nil
}

// seal seals a block (pending transactions included) at the chain's clock; unless lead, it waits
// for the next second boundary when the head is from the current second.
func (s *sealer) seal(ctx context.Context, lead bool) (*types.Block, error) {
	for {
		s.mu.Lock()
		head := s.eth.BlockChain().CurrentBlock()
		now := s.now()
		ts := uint64(now.Unix())
		if ts <= head.Time {
			if !lead {
				wait := time.Unix(int64(head.Time)+1, 0).Sub(now)
				s.mu.Unlock()
				select {
				case <-time.After(wait):
					continue
				case <-ctx.Done():
					return nil, ctx.Err()
				}
			}
			ts = head.Time + 1
		}
		b, err := s.sealLocked(ctx, ts)
		s.mu.Unlock()
		return b, err
	}
}

// sealLocked builds a block at timestamp ts on the head with the pending transactions, inserts it,
// makes it the head, safe and final, and syncs the database. s.mu is held.
func (s *sealer) sealLocked(ctx context.Context, ts uint64) (*types.Block, error) {
	bc := s.eth.BlockChain()
	if err := s.eth.TxPool().Sync(); err != nil {
		return nil, fmt.Errorf("dev node: txpool sync: %w", err)
	}
	parent := bc.CurrentBlock()
	var random common.Hash
	_, _ = rand.Read(random[:])
	args := &miner.BuildPayloadArgs{
		Parent: parent.Hash(), Timestamp: ts, FeeRecipient: s.fee, Random: random,
		Withdrawals: types.Withdrawals{}, BeaconRoot: &common.Hash{}, Version: engine.PayloadV3,
	}
	if bc.Config().IsAmsterdam(new(big.Int).Add(parent.Number, big1), ts) {
		slot := uint64(0)
		args.SlotNum, args.Version = &slot, engine.PayloadV4
	}
	payload, err := s.eth.Miner().BuildPayload(ctx, args, false)
	if err != nil {
		return nil, fmt.Errorf("dev node: build block: %w", err)
	}
	if payload.ResolveFull() == nil {
		return nil, errors.New("dev node: block building stopped")
	}
	block, _, _, _ := payload.FullBlockAndReceipts()
	if _, err := bc.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return nil, fmt.Errorf("dev node: insert block %d: %w", block.NumberU64(), err)
	}
	// The block and its state are written; sync them before the head names the block, so a
	// head on disk always has its state (a crash in between leaves a block above the head, which
	// adoptOrphanHeads takes back at the next start).
	if err := s.eth.ChainDb().SyncKeyValue(); err != nil {
		return nil, fmt.Errorf("dev node: sync: %w", err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return nil, fmt.Errorf("dev node: set head %d: %w", block.NumberU64(), err)
	}
	bc.SetSafe(block.Header())
	bc.SetFinalized(block.Header())
	if err := s.eth.ChainDb().SyncKeyValue(); err != nil {
		return nil, fmt.Errorf("dev node: sync: %w", err)
	}
	return block, nil
}

// adoptOrphanHeads makes a block above the head canonical when its state is on disk: a block
// whose head pointer did not reach the disk before a crash.
func adoptOrphanHeads(e *eth.Ethereum) error {
	bc := e.BlockChain()
	for {
		head := bc.CurrentBlock()
		hashes := rawdb.ReadAllHashes(e.ChainDb(), head.Number.Uint64()+1)
		var next *types.Block
		for _, h := range hashes {
			if b := bc.GetBlock(h, head.Number.Uint64()+1); b != nil && b.ParentHash() == head.Hash() && bc.HasState(b.Root()) {
				next = b
				break
			}
		}
		if next == nil {
			return nil
		}
		if _, err := bc.SetCanonical(next); err != nil {
			return fmt.Errorf("dev node: adopt block %d: %w", next.NumberU64(), err)
		}
		log.Info("Dev chain: adopted a sealed block above the head", "number", next.NumberU64())
	}
}
