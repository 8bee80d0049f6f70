// Package sender sends souq's transactions exactly once, surviving crashes at any line.
//
// An intent (fund, release, refund, resolve, anchor…) is first written to an IntentStore under an
// idempotency key; only then does anything touch the chain. The sender owns one account's nonces:
// it estimates gas, prices with EIP-1559, assigns the next nonce, saves the signed transaction
// (hash and raw bytes) and only then broadcasts it. It waits for the configured confirmations and
// records the receipt. A stuck transaction is replaced with a higher tip under the same nonce.
//
// Exactly once: every signed transaction of an intent carries the intent's nonce, so at most one
// of them can be mined. After a crash a fresh sender reconciles from the store: a saved hash that
// was mined is recorded, one that was not is re-broadcast (the same bytes), and the nonce counter
// is re-derived from the saved transactions and the chain's pending nonce. An intent gets a new
// nonce only when its old one was consumed, at a confirmed depth, by a transaction that is none
// of its own — then none of its transactions can ever be mined. A reorg that drops a receipt sends
// the intent back to Sent and its transaction is re-broadcast.
//
// Submit never touches the chain, so an RPC outage never blocks a webhook: intents queue and the
// loop retries with exponential backoff. Every call to the node has a deadline (RPCTimeout).
//
// Failures: a contract revert at estimation ends the intent Reverted, unsent. Other errors are
// sorted by KindOf: transient ones (timeouts, connection refused, 5xx, rate limits, fees below the
// base fee, and anything unknown) are retried with backoff; a lack of funds (checked before a
// nonce is given: value + gas × max fee against the balance) and a transaction the node rejects
// are permanent for that transaction. An intent with Call.FailFast then ends Failed (after
// FundsGrace for funds), with Failure saying why and, for funds, Need and Have; any other intent
// waits, retrying, with Retrying saying why and since when, so a caller can call it stuck.
//
// The head going back: when the chain's head is lower than the last one seen, or another block
// stands at its height (a reorg deeper than the confirmations, a node restored from an older
// disk), final intents mined within ReorgWindow blocks whose block is gone are reopened (Sent) and
// their saved transactions sent again — same bytes, same nonce — so what souq carried out is
// carried out on the chain as it now is.
package sender

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/internal/backoff"
)

// Backend is the part of ethclient.Client the sender uses.
type Backend interface {
	ethereum.GasEstimator
	ethereum.GasPricer1559
	ethereum.TransactionSender
	ethereum.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Signer signs for the sender's account (keys.Key implements it).
type Signer interface {
	Address() common.Address
	SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
}

// ErrorDecoder turns revert data into a contract's custom error (the bindings' UnpackError).
type ErrorDecoder func(data []byte) (any, error)

// Hooks are called at the points where a crash is most dangerous; an error from a hook stops Run
// at once with ErrAborted, as if the process had died there. Tests use them to prove recovery.
type Hooks struct {
	AfterSigned func(*Intent) error // the signed transaction is saved, not yet broadcast
	AfterSent   func(*Intent) error // the node accepted it; "sent" is not yet recorded
	AfterMined  func(*Intent) error // a receipt exists; it is not yet recorded
}

// ErrAborted is returned by Run when a hook stopped it.
var ErrAborted = errors.New("sender aborted by hook")

// ErrKeyConflict is returned when an idempotency key is reused for a different call.
var ErrKeyConflict = errors.New("idempotency key already used for a different call")

// Config tunes a Sender.
type Config struct {
	ChainID *big.Int
	// Confirmations: blocks from the receipt's block to the head inclusive (1 = mined is final).
	Confirmations uint64
	// Poll is how often receipts are checked; default 1s.
	Poll time.Duration
	// Rebroadcast re-sends the same signed bytes of a transaction not mined after this long (a node
	// restart or a reorg may have dropped it from the pool); default 10s.
	Rebroadcast time.Duration
	// StuckAfter replaces a transaction not mined after this long with a higher tip; default 30s.
	StuckAfter time.Duration
	// FundsGrace is how long a FailFast intent short of funds keeps retrying before it fails: a
	// deposit or top-up already sent usually lands within a few blocks; default 5s.
	FundsGrace time.Duration
	// ReorgWindow is how many blocks below the head the sender re-checks final intents when the
	// head went back (with a MinedStore); default 128.
	ReorgWindow uint64
	// MaxBackoff bounds the retry delay while the RPC fails; default 30s.
	MaxBackoff time.Duration
	// RPCTimeout bounds every call to the node (default DefaultRPCTimeout): a node that accepts
	// a request and never answers costs one timeout, then the round is retried with backoff.
	RPCTimeout time.Duration
	// MaxFeeCap caps the fee per gas of any transaction (nil = no cap), and MaxTxFee what one
	// transaction may cost in fees (gas limit × fee per gas; nil = no cap). A transaction the
	// network's base fee does not let through under them is refused (FailFeeCap), and a stuck one
	// whose replacement would cost more is held up, saying so (Intent.Retrying): never silently.
	MaxFeeCap *big.Int
	MaxTxFee  *big.Int
	// Decoders turn revert data into custom errors, tried in order.
	Decoders []ErrorDecoder
	// Mine is called after transactions were broadcast: a simulated backend seals a block there.
	Mine  func()
	Hooks Hooks
	Log   logrus.FieldLogger
	Now   func() time.Time
}

// Sender sends the intents of one account.
type Sender struct {
	b      Backend
	store  IntentStore
	signer Signer
	cfg    Config

	kick chan struct{}

	mu      sync.Mutex
	changed chan struct{} // closed and replaced whenever an intent becomes final

	// loop state (Run's goroutine only)
	nextNonce   uint64
	nonceReady  bool
	retryAt     map[string]time.Time
	tries       map[string]int
	lastSent    map[string]time.Time
	rebroadcast bool
	lastHead    *types.Header // the head of the previous round: a head that went back is noticed
	checkFinal  bool          // re-check recent final intents against the chain (at start)
	idleCheck   time.Time     // when an idle sender last looked at the head

	healthMu     sync.Mutex
	failingSince time.Time // first failed round of the current run of failures; zero when healthy
	lastErr      error
}

// New returns a sender for signer's account; call Run to start it.
func New(b Backend, store IntentStore, signer Signer, cfg Config) *Sender {
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.Poll == 0 {
		cfg.Poll = time.Second
	}
	if cfg.StuckAfter == 0 {
		cfg.StuckAfter = 30 * time.Second
	}
	if cfg.Rebroadcast == 0 {
		cfg.Rebroadcast = 10 * time.Second
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = 30 * time.Second
	}
	if cfg.FundsGrace == 0 {
		cfg.FundsGrace = 5 * time.Second
	}
	if cfg.ReorgWindow == 0 {
		cfg.ReorgWindow = 128
	}
	if cfg.Log == nil {
		l := logrus.New()
		l.SetLevel(logrus.WarnLevel)
		cfg.Log = l
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Sender{
		b: WithTimeout(b, cfg.RPCTimeout), store: store, signer: signer, cfg: cfg, checkFinal: true,
		kick: make(chan struct{}, 1), changed: make(chan struct{}),
		retryAt: map[string]time.Time{}, tries: map[string]int{}, lastSent: map[string]time.Time{},
	}
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.signer.Address() }

// Submit durably records an intent and returns at once; the chain is not touched. Submitting the
// same key again returns the stored intent (in whatever state it is), or ErrKeyConflict if the
// call differs.
func (s *Sender) Submit(ctx context.Context, key, kind string, call Call) (*Intent, error) {
	if key == "" {
		return nil, errors.New("sender: empty idempotency key")
	}
	now := s.cfg.Now().UTC()
	in := &Intent{Key: key, Kind: kind, From: s.signer.Address(), Call: call, State: Queued, Created: now, Updated: now}
	got, created, err := s.store.Put(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("sender: submit %s: %w", key, err)
	}
	if !created && !sameCall(got, in) {
		return got, fmt.Errorf("sender: %s: %w", key, ErrKeyConflict)
	}
	s.Kick()
	return got, nil
}

func sameCall(a, b *Intent) bool {
	bv := func(v *big.Int) *big.Int {
		if v == nil {
			return new(big.Int)
		}
		return v
	}
	sameData := string(a.Call.Data) == string(b.Call.Data)
	if a.DataSHA256 != nil { // a compacted intent keeps only the digest of its data
		sameData = *a.DataSHA256 == sha256.Sum256(b.Call.Data)
	}
	return a.From == b.From && a.Kind == b.Kind && (a.Call.To == nil) == (b.Call.To == nil) &&
		(a.Call.To == nil || *a.Call.To == *b.Call.To) && sameData &&
		bv(a.Call.Value).Cmp(bv(b.Call.Value)) == 0 && a.Call.Gas == b.Call.Gas && a.Call.After == b.Call.After &&
		a.Call.FailFast == b.Call.FailFast
}

// Health reports whether the sender's rounds fail (the node unreachable or erroring): since when,
// and the last error; a zero time when the last round went through.
func (s *Sender) Health() (failingSince time.Time, lastErr error) {
	s.healthMu.Lock()
	defer s.healthMu.Unlock()
	return s.failingSince, s.lastErr
}

func (s *Sender) setHealth(err error) {
	s.healthMu.Lock()
	defer s.healthMu.Unlock()
	if err == nil {
		s.failingSince, s.lastErr = time.Time{}, nil
		return
	}
	if s.failingSince.IsZero() {
		s.failingSince = s.cfg.Now()
	}
	s.lastErr = err
}

// ErrNotRetryable is returned by Retry for an intent that is not Reverted or Failed.
var ErrNotRetryable = errors.New("only a reverted or failed intent can be retried")

// Retry queues a Reverted or Failed intent again under the same key (e.g. a release refused while
// the inspection window ran). Neither had an effect on-chain, so this cannot double one.
func (s *Sender) Retry(ctx context.Context, key string) (*Intent, error) {
	in, err := s.store.Update(ctx, key, func(x *Intent) error {
		if x.State != Reverted && x.State != Failed {
			return fmt.Errorf("%s is %s: %w", key, x.State, ErrNotRetryable)
		}
		x.Dropped = append(x.Dropped, x.Attempts...)
		x.Attempts, x.HasNonce, x.Nonce, x.Gas, x.Receipt = nil, false, 0, 0, nil
		x.State, x.Revert, x.RevertData, x.Failure = Queued, "", nil, nil
		x.Updated = s.cfg.Now().UTC()
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sender: retry: %w", err)
	}
	s.Kick()
	return in, nil
}

// Kick wakes the loop (Submit does it).
func (s *Sender) Kick() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// Get returns the stored intent.
func (s *Sender) Get(ctx context.Context, key string) (*Intent, error) { return s.store.Get(ctx, key) }

// Wait blocks until the intent is final (Confirmed or Reverted) or ctx ends.
func (s *Sender) Wait(ctx context.Context, key string) (*Intent, error) {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		in, err := s.store.Get(ctx, key)
		if err != nil {
			return nil, err
		}
		if in.State.Final() {
			return in, nil
		}
		t := time.NewTimer(s.cfg.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return in, ctx.Err()
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
}

func (s *Sender) notify() {
	s.mu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// Run processes intents until ctx ends (returning nil) or a hook aborts (ErrAborted). RPC errors
// never end it: it backs off and retries.
func (s *Sender) Run(ctx context.Context) error {
	s.rebroadcast = true // the node may have lost its pool while we were away
	// Failures in a row: the wait doubles with each, from twice Poll up to MaxBackoff.
	failures := 0
	for {
		err := s.step(ctx)
		if errors.Is(err, ErrAborted) {
			return err
		}
		if ctx.Err() == nil {
			s.setHealth(err)
		}
		wait := s.cfg.Poll
		if err != nil && ctx.Err() == nil {
			s.cfg.Log.WithError(err).WithField("account", s.signer.Address().Hex()).Warn("sender: retrying")
			failures++
			wait = backoff.Delay(s.cfg.Poll, 2, failures, s.cfg.MaxBackoff)
		} else {
			failures = 0
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-s.kick:
		case <-t.C:
		}
		t.Stop()
	}
}

// step does one round: reconcile signed intents with the chain, then sign and send queued ones.
func (s *Sender) step(ctx context.Context) error {
	pending, err := s.store.ListPending(ctx, s.signer.Address())
	if err != nil {
		return fmt.Errorf("list pending: %w", err)
	}
	ms, _ := s.store.(MinedStore)
	if len(pending) == 0 {
		return s.idle(ctx, ms)
	}
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if reopened, err := s.checkHead(ctx, ms, head); err != nil || reopened {
		return err // reopened intents are handled next round, from a fresh list
	}
	if !s.nonceReady {
		if err := s.initNonce(ctx, pending); err != nil {
			return err
		}
	}
	sort.SliceStable(pending, func(i, j int) bool {
		a, b := pending[i], pending[j]
		if a.HasNonce != b.HasNonce {
			return a.HasNonce
		}
		if a.HasNonce {
			return a.Nonce < b.Nonce
		}
		return false // creation order from the store
	})
	var firstErr error
	keep := func(err error) {
		if firstErr == nil {
			firstErr = err
		}
	}
	r := &round{head: head, updates: map[string]func(*Intent) error{}}
	rebroadcast := s.rebroadcast
	for _, in := range pending {
		if err := ctx.Err(); err != nil {
			return nil
		}
		if !in.HasNonce {
			continue
		}
		err := s.reconcile(ctx, r, in, rebroadcast)
		if errors.Is(err, ErrAborted) {
			return err
		}
		if err != nil {
			kind := FailureKind("")
			switch KindOf(err) {
			case Funds:
				kind = FailFunds
			case Rejected:
				kind = FailRejected
			}
			s.noteRetrying(ctx, in, err, kind)
			keep(fmt.Errorf("%s: %w", in.Key, err))
		}
	}
	if err := s.flush(ctx, r); err != nil {
		return err
	}
	if firstErr == nil {
		s.rebroadcast = false
	}
	var queued []*Intent
	for _, in := range pending {
		if in.HasNonce || ctx.Err() != nil || !s.nonceReady {
			continue
		}
		if t, ok := s.retryAt[in.Key]; ok && s.cfg.Now().Before(t) {
			continue
		}
		queued = append(queued, in)
	}
	if len(queued) > 0 {
		// What the account's transactions in flight may still spend counts against its balance.
		r.spent = new(big.Int)
		for _, in := range pending {
			if in.HasNonce && (in.State == Signed || in.State == Sent) && len(in.Attempts) > 0 {
				r.spent.Add(r.spent, cost(in.Call, in.Gas, in.Attempts[len(in.Attempts)-1].GasFeeCap))
			}
		}
		err := s.signAndSend(ctx, r, queued)
		if errors.Is(err, ErrAborted) {
			return err
		}
		keep(err)
	}
	if err := s.flush(ctx, r); err != nil {
		return err
	}
	if r.sent && s.cfg.Mine != nil {
		s.cfg.Mine()
	}
	return firstErr
}

// idle looks at the head now and then while the account has nothing pending, when some of its
// intents were mined recently: a head that went back must be noticed even when nothing is sent.
func (s *Sender) idle(ctx context.Context, ms MinedStore) error {
	if ms == nil || s.cfg.Now().Sub(s.idleCheck) < s.cfg.Rebroadcast {
		return nil
	}
	s.idleCheck = s.cfg.Now()
	from := uint64(0)
	if s.lastHead != nil && s.lastHead.Number.Uint64() > s.cfg.ReorgWindow {
		from = s.lastHead.Number.Uint64() - s.cfg.ReorgWindow
	}
	recent, err := ms.ListMined(ctx, s.signer.Address(), from)
	if err != nil || len(recent) == 0 {
		if err == nil {
			s.checkFinal = false
		}
		return err
	}
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	_, err = s.checkHead(ctx, ms, head)
	return err
}

// checkHead notices a head that went back since the last round (lower, or another block at the
// last head's height) and then, and once at start, re-checks the final intents mined within
// ReorgWindow blocks of the head: one whose block is no longer on the chain goes back to Sent,
// and its saved transaction is sent again (same bytes, same nonce), so what souq carried out is
// carried out again on the chain as it now is. It reports whether it reopened any.
func (s *Sender) checkHead(ctx context.Context, ms MinedStore, head *types.Header) (bool, error) {
	if ms == nil {
		return false, nil
	}
	back, why := s.checkFinal, "start"
	if last := s.lastHead; !back && last != nil {
		hn, ln := head.Number.Uint64(), last.Number.Uint64()
		switch {
		case head.Hash() == last.Hash():
		case hn == ln+1 && head.ParentHash == last.Hash():
		case hn < ln:
			back, why = true, fmt.Sprintf("head %d is below the last one seen, %d", hn, ln)
		case hn == ln:
			back, why = true, fmt.Sprintf("head %d changed", hn)
		default:
			h, err := s.b.HeaderByNumber(ctx, last.Number)
			if err != nil {
				return false, fmt.Errorf("header %d: %w", ln, err)
			}
			if h.Hash() != last.Hash() {
				back, why = true, fmt.Sprintf("block %d changed", ln)
			}
		}
	}
	if !back {
		s.lastHead = head
		return false, nil
	}
	from := uint64(0)
	if hn := head.Number.Uint64(); hn > s.cfg.ReorgWindow {
		from = hn - s.cfg.ReorgWindow
	}
	mined, err := ms.ListMined(ctx, s.signer.Address(), from)
	if err != nil {
		return false, err
	}
	// A head more than ReorgWindow below what we saw is no reorg: a chain reset, or a disk
	// restored from long ago, where our contracts may not even exist. Sending history again
	// there could pay an empty address: that is for the operator to decide.
	top := uint64(0)
	if s.lastHead != nil {
		top = s.lastHead.Number.Uint64()
	}
	for _, in := range mined {
		top = max(top, in.Receipt.BlockNumber)
	}
	if hn := head.Number.Uint64(); top > hn+s.cfg.ReorgWindow {
		s.cfg.Log.WithFields(logrus.Fields{"head": hn, "seen": top, "account": s.signer.Address().Hex()}).
			Error("sender: the chain's head is far below blocks our transactions were mined in (a reset chain, or a node restored from long ago): not sending them again; check the node")
		s.checkFinal, s.lastHead = false, head
		return false, nil
	}
	canon := map[uint64]common.Hash{}
	var gone []*Intent
	for _, in := range mined {
		n := in.Receipt.BlockNumber
		if n <= head.Number.Uint64() {
			h, ok := canon[n]
			if !ok {
				hdr, err := s.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
				if err != nil {
					return false, fmt.Errorf("header %d: %w", n, err)
				}
				h = hdr.Hash()
				canon[n] = h
			}
			if h == in.Receipt.BlockHash {
				continue
			}
		}
		gone = append(gone, in)
	}
	for _, in := range gone {
		was := in.Receipt.BlockHash
		_, err := s.store.Update(ctx, in.Key, func(x *Intent) error {
			if !x.State.Final() || x.Receipt == nil || x.Receipt.BlockHash != was {
				return nil // changed meanwhile
			}
			if x.State == Reverted {
				// Its revert is gone with its block; sent again, it must fill its nonce.
				x.Revert, x.RevertData = "", nil
			}
			x.State, x.Receipt = Sent, nil
			x.Reorgs++
			x.Updated = s.cfg.Now().UTC()
			return nil
		})
		if err != nil {
			return false, err
		}
		s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "kind": in.Kind, "block": in.Receipt.BlockNumber, "why": why}).
			Warn("sender: a final transaction's block is no longer on the chain; sending it again")
	}
	s.checkFinal, s.lastHead = false, head
	if len(gone) > 0 {
		s.rebroadcast, s.nonceReady = true, false
		s.Kick()
	}
	return len(gone) > 0, nil
}

// round carries what one step learned and the store writes it will make in one transaction.
type round struct {
	head     *types.Header
	tip, fee *big.Int // fee suggestion, fetched once
	nonceAt  *uint64  // the account's nonce at confirmed depth, fetched once
	balance  *big.Int // the account's balance, fetched once
	spent    *big.Int // value + gas × max fee of the transactions in flight and signed so far this round
	updates  map[string]func(*Intent) error
	final    bool
	sent     bool
}

// flush writes a round's collected updates in one store transaction.
func (s *Sender) flush(ctx context.Context, r *round) error {
	if len(r.updates) == 0 {
		return nil
	}
	err := updateMany(ctx, s.store, r.updates)
	r.updates = map[string]func(*Intent) error{}
	if err != nil {
		return fmt.Errorf("save: %w", err)
	}
	if r.final {
		r.final = false
		s.notify()
	}
	return nil
}

// BatchStore is an IntentStore that can apply several updates in one transaction (txstore does):
// the sender then pays one disk sync per round instead of one per intent.
type BatchStore interface {
	UpdateMany(ctx context.Context, updates map[string]func(*Intent) error) error
}

func updateMany(ctx context.Context, st IntentStore, updates map[string]func(*Intent) error) error {
	if bs, ok := st.(BatchStore); ok {
		return bs.UpdateMany(ctx, updates)
	}
	for k, fn := range updates {
		if _, err := st.Update(ctx, k, fn); err != nil {
			return err
		}
	}
	return nil
}

// chain adds an update for key after any already collected.
func (r *round) add(key string, fn func(*Intent) error) {
	if prev, ok := r.updates[key]; ok {
		r.updates[key] = func(x *Intent) error {
			if err := prev(x); err != nil {
				return err
			}
			return fn(x)
		}
		return
	}
	r.updates[key] = fn
}

func (s *Sender) backoff(key string) {
	n := s.tries[key] + 1
	s.tries[key] = n
	s.retryAt[key] = s.cfg.Now().Add(backoff.Delay(s.cfg.Poll, 2, min(n, 10), s.cfg.MaxBackoff))
}

// initNonce re-derives the next nonce from the chain's pending nonce and the saved transactions.
func (s *Sender) initNonce(ctx context.Context, pending []*Intent) error {
	n, err := s.b.PendingNonceAt(ctx, s.signer.Address())
	if err != nil {
		return fmt.Errorf("pending nonce: %w", err)
	}
	for _, in := range pending {
		if in.HasNonce && in.Nonce+1 > n {
			n = in.Nonce + 1
		}
	}
	s.nextNonce, s.nonceReady = n, true
	return nil
}

// reconcile brings a signed intent up to date with the chain and (re)broadcasts it when needed.
func (s *Sender) reconcile(ctx context.Context, r *round, in *Intent, rebroadcast bool) error {
	// A mined attempt?
	for i := len(in.Attempts) - 1; i >= 0; i-- {
		rc, err := s.b.TransactionReceipt(ctx, in.Attempts[i].Hash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("receipt: %w", err) // includes "indexing in progress": try later
		}
		return s.recordReceipt(ctx, r, in, rc)
	}
	if in.State == Mined {
		// Our receipt vanished: a reorg dropped the block. Back to Sent, and re-broadcast.
		s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "tx": in.TxHash().Hex()}).Warn("sender: receipt dropped by reorg")
		r.add(in.Key, func(x *Intent) error {
			x.State, x.Receipt = Sent, nil
			x.Reorgs++
			x.Updated = s.cfg.Now().UTC()
			return nil
		})
		rebroadcast = true
	}
	// Is our nonce gone at a confirmed depth, with none of our transactions mined?
	depth := max(s.cfg.Confirmations, 2)
	if r.head.Number.Uint64() >= depth {
		if r.nonceAt == nil {
			at := new(big.Int).SetUint64(r.head.Number.Uint64() - depth + 1)
			n, err := s.b.NonceAt(ctx, s.signer.Address(), at)
			if err != nil {
				return fmt.Errorf("nonce: %w", err)
			}
			r.nonceAt = &n
		}
		if *r.nonceAt > in.Nonce {
			if again, err := s.anyMined(ctx, in); err != nil || again {
				return err
			}
			s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "nonce": in.Nonce}).Warn("sender: nonce taken by a foreign transaction; re-queueing")
			s.nonceReady = false // someone else uses this account: re-derive the next nonce
			r.add(in.Key, func(x *Intent) error {
				x.Dropped = append(x.Dropped, x.Attempts...)
				x.Attempts, x.HasNonce, x.Nonce, x.State = nil, false, 0, Queued
				x.Updated = s.cfg.Now().UTC()
				return nil
			})
			return nil
		}
	}
	last := in.Attempts[len(in.Attempts)-1]
	now := s.cfg.Now()
	switch {
	case in.State == Signed || rebroadcast || now.Sub(s.lastSent[in.Key]) >= s.cfg.Rebroadcast && now.Sub(last.At) < s.cfg.StuckAfter:
		return s.broadcast(ctx, r, in, last)
	case now.Sub(last.At) >= s.cfg.StuckAfter:
		return s.bump(ctx, r, in)
	}
	return nil
}

func (s *Sender) anyMined(ctx context.Context, in *Intent) (bool, error) {
	for _, a := range in.Attempts {
		_, err := s.b.TransactionReceipt(ctx, a.Hash)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return false, err
		}
	}
	return false, nil
}

func (s *Sender) recordReceipt(ctx context.Context, r *round, in *Intent, rc *types.Receipt) error {
	conf := uint64(0)
	if hn := r.head.Number.Uint64(); hn >= rc.BlockNumber.Uint64() {
		conf = hn - rc.BlockNumber.Uint64() + 1
	}
	final := conf >= s.cfg.Confirmations
	if !final && in.State == Mined && in.Receipt != nil && in.Receipt.BlockHash == rc.BlockHash {
		return nil // already recorded; waiting for confirmations
	}
	if in.Receipt == nil || in.Receipt.BlockHash != rc.BlockHash {
		if h := s.cfg.Hooks.AfterMined; h != nil {
			if err := h(in); err != nil {
				return fmt.Errorf("%w: after mined: %v", ErrAborted, err)
			}
		}
	}
	var revert string
	var revertData []byte
	if final && rc.Status != types.ReceiptStatusSuccessful {
		revertData, revert = s.replayRevert(ctx, in, rc)
	}
	rec := &Receipt{
		TxHash: rc.TxHash, BlockNumber: rc.BlockNumber.Uint64(), BlockHash: rc.BlockHash, Status: rc.Status,
		GasUsed: rc.GasUsed, EffectiveGasPrice: rc.EffectiveGasPrice, ContractAddress: rc.ContractAddress, Logs: rc.Logs,
	}
	r.add(in.Key, func(x *Intent) error {
		if x.Receipt != nil && x.Receipt.BlockHash != rc.BlockHash {
			x.Reorgs++
		}
		x.Receipt, x.Retrying = rec, nil
		x.State = Mined
		if final {
			x.State = Confirmed
			if rc.Status != types.ReceiptStatusSuccessful {
				x.State, x.Revert, x.RevertData = Reverted, revert, revertData
			}
		}
		x.Updated = s.cfg.Now().UTC()
		return nil
	})
	r.final = r.final || final
	return nil
}

// RevertStateChanged is the Revert of a mined transaction that failed while its replay on the
// parent block passes: the state changed between estimation and mining.
const RevertStateChanged = "reverted on-chain (the state changed between estimation and mining)"

// replayRevert re-executes a failed transaction on its parent block to learn why it reverted.
func (s *Sender) replayRevert(ctx context.Context, in *Intent, r *types.Receipt) ([]byte, string) {
	msg := ethereum.CallMsg{From: in.From, To: in.Call.To, Data: in.Call.Data, Value: in.Call.Value, Gas: in.Gas}
	_, err := s.b.CallContract(ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err == nil {
		return nil, RevertStateChanged
	}
	data, ok := revertData(err)
	if !ok {
		return nil, "reverted on-chain: " + err.Error()
	}
	return data, DecodeRevert(data, s.cfg.Decoders)
}

func (s *Sender) broadcast(ctx context.Context, r *round, in *Intent, a Attempt) error {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		return fmt.Errorf("decode saved tx: %w", err)
	}
	err := s.b.SendTransaction(ctx, tx)
	switch {
	case err == nil, isKnown(err):
	case isNonceTooLow(err):
		// Mined already (we will see the receipt) or taken by another transaction (reconcile
		// re-queues once that is confirmed). Either way, nothing to send.
		return nil
	default:
		return fmt.Errorf("send: %w", err)
	}
	s.lastSent[in.Key] = s.cfg.Now()
	r.sent = true
	if h := s.cfg.Hooks.AfterSent; h != nil {
		if err := h(in); err != nil {
			return fmt.Errorf("%w: after sent: %v", ErrAborted, err)
		}
	}
	if in.State == Signed {
		r.add(in.Key, func(x *Intent) error {
			if x.State == Signed {
				x.State = Sent
				x.Updated = s.cfg.Now().UTC()
			}
			return nil
		})
	}
	return nil
}

// bump replaces a stuck transaction: same nonce, tip and fee cap raised by at least 12.5% (nodes
// require 10%), never below what the network now suggests.
func (s *Sender) bump(ctx context.Context, r *round, in *Intent) error {
	last := in.Attempts[len(in.Attempts)-1]
	tip, fee, err := s.roundFees(ctx, r)
	if err != nil {
		return err
	}
	raise := func(old, now *big.Int) *big.Int {
		v := new(big.Int).Mul(old, big.NewInt(9))
		v.Div(v, big.NewInt(8))
		v.Add(v, big.NewInt(1))
		if now.Cmp(v) > 0 {
			return now
		}
		return v
	}
	tip = raise(last.GasTipCap, tip)
	fee = raise(last.GasFeeCap, fee)
	if fee.Cmp(tip) < 0 {
		fee = new(big.Int).Set(tip)
	}
	if lim := s.feeLimit(in.Gas); lim != nil && fee.Cmp(lim) > 0 {
		// A replacement would pay more than the cap: keep waiting, visibly (the operator raises
		// the cap or the network's fees fall).
		err := &FeeCapError{Need: fee, Cap: lim, Gas: in.Gas, Replacement: true}
		if in.Retrying == nil || in.Retrying.Error != err.Error() {
			s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "nonce": in.Nonce}).Warn("sender: " + err.Error())
		}
		s.noteRetrying(ctx, in, err, FailFeeCap)
		return nil
	}
	a, err := s.sign(in, in.Nonce, in.Gas, tip, fee)
	if err != nil {
		return err
	}
	// Saved before sent, as always.
	up, err := s.store.Update(ctx, in.Key, func(x *Intent) error {
		x.Attempts = append(x.Attempts, a)
		x.Updated = s.cfg.Now().UTC()
		return nil
	})
	if err != nil {
		return err
	}
	s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "nonce": in.Nonce, "tip": tip.String()}).Info("sender: replacing stuck transaction")
	return s.broadcast(ctx, r, up, a)
}

// FeeCapError says a transaction would pay more fees than the relayer's cap allows.
type FeeCapError struct {
	Need *big.Int // fee per gas the network asks (its base fee; for a replacement, the raised fee)
	Cap  *big.Int // fee per gas the caps allow for this transaction
	Gas  uint64
	// Replacement: a sent transaction is not mined and replacing it would pass the cap.
	Replacement bool
}

func (e *FeeCapError) Error() string {
	what := "the network's base fee is"
	if e.Replacement {
		what = "replacing the stuck transaction would pay"
	}
	return fmt.Sprintf("fee cap reached: %s %s wei per gas, the relayer's cap allows %s for this transaction (%d gas; --max-fee-per-gas, --max-tx-fee): raise the cap or wait for lower fees",
		what, e.Need, e.Cap, e.Gas)
}

// feeLimit is the highest fee per gas a transaction of gas may pay under the caps (nil: none).
func (s *Sender) feeLimit(gas uint64) *big.Int {
	lim := s.cfg.MaxFeeCap
	if s.cfg.MaxTxFee != nil && gas > 0 {
		perGas := new(big.Int).Div(s.cfg.MaxTxFee, new(big.Int).SetUint64(gas))
		if lim == nil || perGas.Cmp(lim) < 0 {
			lim = perGas
		}
	}
	return lim
}

// capFees lowers the fees to the caps; a transaction the head's base fee would not let through
// under them is a FeeCapError (nothing is signed).
func (s *Sender) capFees(head *types.Header, gas uint64, tip, fee *big.Int) (*big.Int, *big.Int, error) {
	lim := s.feeLimit(gas)
	if lim == nil {
		return tip, fee, nil
	}
	if fee.Cmp(lim) > 0 {
		fee = new(big.Int).Set(lim)
	}
	if tip.Cmp(fee) > 0 {
		tip = new(big.Int).Set(fee)
	}
	if head != nil && head.BaseFee != nil && head.BaseFee.Cmp(fee) >= 0 && head.BaseFee.Sign() > 0 {
		return nil, nil, &FeeCapError{Need: new(big.Int).Set(head.BaseFee), Cap: lim, Gas: gas}
	}
	return tip, fee, nil
}

// roundFees fetches the fee suggestion once per round.
func (s *Sender) roundFees(ctx context.Context, r *round) (*big.Int, *big.Int, error) {
	if r.tip == nil {
		tip, fee, err := s.fees(ctx, r.head)
		if err != nil {
			return nil, nil, err
		}
		r.tip, r.fee = tip, fee
	}
	return new(big.Int).Set(r.tip), new(big.Int).Set(r.fee), nil
}

func (s *Sender) fees(ctx context.Context, head *types.Header) (*big.Int, *big.Int, error) {
	tip, err := s.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("tip: %w", err)
	}
	fee := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		fee.Add(fee, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	}
	if s.cfg.MaxFeeCap != nil && fee.Cmp(s.cfg.MaxFeeCap) > 0 {
		fee = new(big.Int).Set(s.cfg.MaxFeeCap)
		if tip.Cmp(fee) > 0 {
			tip = new(big.Int).Set(fee)
		}
	}
	return tip, fee, nil
}

func (s *Sender) sign(in *Intent, nonce, gas uint64, tip, fee *big.Int) (Attempt, error) {
	value := in.Call.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := s.signer.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: s.cfg.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: gas,
		To: in.Call.To, Value: value, Data: in.Call.Data,
	}), s.cfg.ChainID)
	if err != nil {
		return Attempt{}, fmt.Errorf("sign: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return Attempt{}, fmt.Errorf("encode tx: %w", err)
	}
	return Attempt{Hash: tx.Hash(), Raw: raw, GasTipCap: tip, GasFeeCap: fee, At: s.cfg.Now().UTC()}, nil
}

// signAndSend gives queued intents their nonces, saves all their signed transactions in one
// store transaction, and only then broadcasts them.
func (s *Sender) signAndSend(ctx context.Context, r *round, queued []*Intent) error {
	type prep struct {
		in    *Intent
		a     Attempt
		gas   uint64
		nonce uint64
	}
	var preps []prep
	var firstErr error
	for _, in := range queued {
		gas, ok, err := s.prepare(ctx, r, in)
		if err != nil {
			s.backoff(in.Key)
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %w", in.Key, err)
			}
			continue
		}
		if !ok {
			continue
		}
		tip, fee, err := s.roundFees(ctx, r)
		if err != nil {
			return err
		}
		var capErr error
		if tip, fee, capErr = s.capFees(r.head, gas, tip, fee); capErr != nil {
			f := &Failure{Kind: FailFeeCap, Error: capErr.Error()}
			if in.Call.FailFast {
				if err := s.finishFailed(ctx, in, f); err != nil && firstErr == nil {
					firstErr = fmt.Errorf("%s: %w", in.Key, err)
				}
				continue
			}
			s.backoff(in.Key)
			s.noteRetrying(ctx, in, capErr, FailFeeCap)
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %w", in.Key, capErr)
			}
			continue
		}
		// Check the account can pay before giving out a nonce: a transaction the node refuses
		// for funds would hold up every later nonce of the account.
		if r.balance == nil {
			if r.balance, err = s.b.BalanceAt(ctx, s.signer.Address(), nil); err != nil {
				return fmt.Errorf("balance: %w", err)
			}
		}
		if r.spent == nil {
			r.spent = new(big.Int)
		}
		c := cost(in.Call, gas, fee)
		if need := new(big.Int).Add(r.spent, c); need.Cmp(r.balance) > 0 {
			f := &Failure{Kind: FailFunds, Need: need, Have: new(big.Int).Set(r.balance),
				Error: fmt.Sprintf("insufficient funds for gas * price + value: have %s want %s", r.balance, need)}
			if in.Call.FailFast && s.graceOver(in, f) {
				if err := s.finishFailed(ctx, in, f); err != nil && firstErr == nil {
					firstErr = fmt.Errorf("%s: %w", in.Key, err)
				}
				continue
			}
			s.backoff(in.Key)
			s.noteRetrying(ctx, in, errors.New(f.Error), FailFunds)
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %s", in.Key, f.Error)
			}
			continue
		}
		r.spent.Add(r.spent, c)
		nonce := s.nextNonce + uint64(len(preps))
		a, err := s.sign(in, nonce, gas, tip, fee)
		if err != nil {
			return err
		}
		delete(s.retryAt, in.Key)
		delete(s.tries, in.Key)
		preps = append(preps, prep{in, a, gas, nonce})
	}
	if len(preps) == 0 {
		return firstErr
	}
	updates := make(map[string]func(*Intent) error, len(preps))
	for _, p := range preps {
		updates[p.in.Key] = func(x *Intent) error {
			if x.HasNonce || x.State != Queued {
				return errors.New("intent changed under the sender") // a second sender on this account?
			}
			x.HasNonce, x.Nonce, x.Gas, x.State = true, p.nonce, p.gas, Signed
			x.Attempts, x.Retrying = append(x.Attempts, p.a), nil
			x.Updated = s.cfg.Now().UTC()
			return nil
		}
	}
	if err := updateMany(ctx, s.store, updates); err != nil {
		return fmt.Errorf("save signed txs: %w", err)
	}
	s.nextNonce += uint64(len(preps))
	for _, p := range preps {
		p.in.HasNonce, p.in.Nonce, p.in.Gas, p.in.State = true, p.nonce, p.gas, Signed
		p.in.Attempts = append(p.in.Attempts, p.a)
		if h := s.cfg.Hooks.AfterSigned; h != nil {
			if err := h(p.in); err != nil {
				return fmt.Errorf("%w: after signed: %v", ErrAborted, err)
			}
		}
		if err := s.broadcast(ctx, r, p.in, p.a); err != nil {
			if errors.Is(err, ErrAborted) {
				return err
			}
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %w", p.in.Key, err) // stays Signed: re-sent next round
			}
		}
	}
	return firstErr
}

// prepare checks a queued intent's dependency and estimates its gas; ok is false when it must
// wait, or was finished (reverted or failed).
func (s *Sender) prepare(ctx context.Context, r *round, in *Intent) (uint64, bool, error) {
	if in.Call.After != "" {
		dep, err := s.store.Get(ctx, in.Call.After)
		if err != nil {
			return 0, false, fmt.Errorf("after %s: %w", in.Call.After, err)
		}
		switch dep.State {
		case Confirmed:
		case Reverted:
			// The dependency's revert data goes along, so a caller can classify this one by it.
			return 0, false, s.finishReverted(ctx, in, dep.RevertData, "not sent: "+in.Call.After+" reverted: "+dep.Revert)
		case Failed:
			return 0, false, s.finishFailed(ctx, in, dep.Failure)
		default:
			return 0, false, nil // wait
		}
	}
	if in.Call.Gas != 0 {
		return in.Call.Gas, true, nil
	}
	est, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: in.From, To: in.Call.To, Data: in.Call.Data, Value: in.Call.Value})
	if err != nil {
		if data, ok := revertData(err); ok || isRevert(err) {
			return 0, false, s.finishReverted(ctx, in, data, DecodeRevert(data, s.cfg.Decoders))
		}
		return 0, false, s.refused(ctx, r, in, fmt.Errorf("estimate gas: %w", err), 0)
	}
	return est + est/5, true, nil
}

// fallbackGas stands in for the gas of a call whose estimate failed for lack of funds, to say
// how much the account is short: a plain transfer's 21,000, else a generous contract call.
func fallbackGas(c Call) uint64 {
	if len(c.Data) == 0 {
		return 21_000
	}
	return 200_000
}

// refused handles an error that stops a queued intent before signing. A transient one is retried
// with backoff; a refusal (funds, a rejected transaction) ends a FailFast intent as Failed and
// holds up any other, visibly (Intent.Retrying). It returns the error (the caller backs off),
// or nil when the intent is finished.
func (s *Sender) refused(ctx context.Context, r *round, in *Intent, err error, gas uint64) error {
	var f *Failure
	switch KindOf(err) {
	case Funds:
		if gas == 0 {
			gas = fallbackGas(in.Call)
		}
		f = &Failure{Kind: FailFunds, Error: err.Error()}
		var serr error
		if f.Need, f.Have, serr = s.shortfall(ctx, r, in, gas); serr != nil {
			return serr // the caller backs off
		}
	case Rejected:
		f = &Failure{Kind: FailRejected, Error: err.Error()}
	}
	if f != nil && in.Call.FailFast && s.graceOver(in, f) {
		return s.finishFailed(ctx, in, f)
	}
	kind := FailureKind("")
	if f != nil {
		kind = f.Kind
	}
	s.noteRetrying(ctx, in, err, kind)
	return err
}

// graceOver reports whether a refusal ends a FailFast intent now: at once for a rejected
// transaction, after FundsGrace of retrying for a lack of funds.
func (s *Sender) graceOver(in *Intent, f *Failure) bool {
	if f.Kind != FailFunds {
		return true
	}
	return in.Retrying != nil && in.Retrying.Kind == FailFunds && s.cfg.Now().Sub(in.Retrying.Since) >= s.cfg.FundsGrace
}

// shortfall reads what the account holds and what the intent needs (value + gas × max fee).
func (s *Sender) shortfall(ctx context.Context, r *round, in *Intent, gas uint64) (need, have *big.Int, err error) {
	_, fee, err := s.roundFees(ctx, r)
	if err != nil {
		return nil, nil, err
	}
	have, err = s.b.BalanceAt(ctx, in.From, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("balance: %w", err)
	}
	return cost(in.Call, gas, fee), have, nil
}

func cost(c Call, gas uint64, fee *big.Int) *big.Int {
	v := new(big.Int).Mul(new(big.Int).SetUint64(gas), fee)
	if c.Value != nil {
		v.Add(v, c.Value)
	}
	return v
}

// noteRetrying records on the intent that it is held up, when it first is and when the reason
// changes (not every round: a write per round would cost a disk sync each).
func (s *Sender) noteRetrying(ctx context.Context, in *Intent, err error, kind FailureKind) {
	msg := err.Error()
	if in.Retrying != nil && in.Retrying.Error == msg {
		return
	}
	since := s.cfg.Now().UTC()
	if in.Retrying != nil {
		since = in.Retrying.Since
	}
	rt := &Retrying{Since: since, Error: msg, Kind: kind}
	if _, uerr := s.store.Update(ctx, in.Key, func(x *Intent) error {
		if x.State.Final() {
			return nil
		}
		x.Retrying = rt
		return nil
	}); uerr == nil {
		in.Retrying = rt
	}
}

func (s *Sender) finishFailed(ctx context.Context, in *Intent, f *Failure) error {
	if f == nil {
		f = &Failure{Kind: FailRejected, Error: "failed"}
	}
	_, err := s.store.Update(ctx, in.Key, func(x *Intent) error {
		if x.HasNonce || x.State != Queued {
			return errors.New("intent changed under the sender")
		}
		x.State, x.Failure, x.Retrying = Failed, f, nil
		x.Updated = s.cfg.Now().UTC()
		return nil
	})
	if err == nil {
		delete(s.retryAt, in.Key)
		delete(s.tries, in.Key)
		s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "kind": in.Kind, "failure": f.Kind, "error": f.Error}).Warn("sender: intent failed before sending")
		s.notify()
	}
	return err
}

func (s *Sender) finishReverted(ctx context.Context, in *Intent, data []byte, reason string) error {
	_, err := s.store.Update(ctx, in.Key, func(x *Intent) error {
		x.State, x.Revert, x.RevertData = Reverted, reason, data
		x.Updated = s.cfg.Now().UTC()
		return nil
	})
	if err == nil {
		s.cfg.Log.WithFields(logrus.Fields{"key": in.Key, "kind": in.Kind, "revert": reason}).Info("sender: intent reverted")
		s.notify()
	}
	return err
}

// RevertError is a contract revert, decoded when a decoder knows the error.
type RevertError struct {
	Data    []byte // raw revert data
	Decoded any    // the bindings' error struct (e.g. *escrow.EscrowWrongStatus), or nil
	Reason  string // human-readable form
}

func (e *RevertError) Error() string { return "execution reverted: " + e.Reason }

// DecodeRevert renders revert data: a custom error as Name{fields} via the decoders, Error(string)
// and Panic(uint256) as Solidity defines them, else the raw hex.
func DecodeRevert(data []byte, decoders []ErrorDecoder) string {
	if len(data) == 0 {
		return "reverted without data"
	}
	if len(data) >= 4 {
		for _, d := range decoders {
			if v, err := d(data); err == nil && v != nil {
				return FormatError(v)
			}
		}
	}
	if msg, err := abi.UnpackRevert(data); err == nil {
		return msg
	}
	return hexutil.Encode(data)
}

// AsRevert decodes an error returned by a node call (eth_call, eth_estimateGas) into a
// RevertError when it is a revert.
func AsRevert(err error, decoders []ErrorDecoder) (*RevertError, bool) {
	data, ok := revertData(err)
	if !ok && !isRevert(err) {
		return nil, false
	}
	re := &RevertError{Data: data, Reason: DecodeRevert(data, decoders)}
	for _, d := range decoders {
		if len(data) >= 4 {
			if v, err := d(data); err == nil {
				re.Decoded = v
				break
			}
		}
	}
	return re, true
}

// FormatError renders a decoded custom error struct as Name{Field: value, …}: integers in
// decimal, byte arrays and addresses in 0x-hex.
func FormatError(v any) string {
	rv := reflect.Indirect(reflect.ValueOf(v))
	if rv.Kind() != reflect.Struct {
		return fmt.Sprint(v)
	}
	var b strings.Builder
	b.WriteString(rv.Type().Name())
	b.WriteByte('{')
	for i := range rv.NumField() {
		if !rv.Type().Field(i).IsExported() {
			continue
		}
		if b.Len() > len(rv.Type().Name())+1 {
			b.WriteString(", ")
		}
		b.WriteString(rv.Type().Field(i).Name + ": ")
		switch f := rv.Field(i).Interface().(type) {
		case *big.Int:
			b.WriteString(f.String())
		case [32]byte:
			b.WriteString(hexutil.Encode(f[:]))
		case common.Address:
			b.WriteString(f.Hex())
		default:
			fmt.Fprint(&b, f)
		}
	}
	b.WriteByte('}')
	return b.String()
}

func revertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return b, true
}

func isRevert(err error) bool {
	return err != nil && strings.Contains(err.Error(), "execution reverted")
}

func isKnown(err error) bool {
	m := err.Error()
	return strings.Contains(m, "already known") || strings.Contains(m, "known transaction")
}

func isNonceTooLow(err error) bool { return strings.Contains(err.Error(), "nonce too low") }
