package sandbox

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/network"
	"github.com/stellar/go-stellar-sdk/txnbuild"
	"github.com/stellar/go-stellar-sdk/xdr"
	"go.etcd.io/bbolt"
)

// NetworkPassphrase is the sandbox's default network passphrase. It differs from testnet's and the
// public network's on purpose: a transaction signed for the sandbox can never be replayed on a real
// Stellar network, and vice versa.
const NetworkPassphrase = "souq sandbox ; test ledger"

// Notice is what the root endpoint and the docs say about what this server is.
const Notice = "souq sandbox: a Horizon-compatible TEST LEDGER in a single process. It is not a Stellar node, " +
	"has no consensus, no history archives and no value; use it for local runs and tests only."

// Defaults of Config.
const (
	DefaultBaseFee         = 100              // stroops per operation, Stellar's minimum base fee
	DefaultBaseReserve     = 5_000_000        // stroops (0.5 XLM), Stellar's current base reserve
	DefaultFriendbotAmount = 10_000 * 1e7     // stroops (10,000 XLM), as testnet's friendbot gives
	DefaultMaxLedgerOps    = 1000             // operations per ledger, the public network's tx set size
	DefaultSubmitTimeout   = 30 * time.Second // how long POST /transactions waits for its ledger
	totalCoins             = math.MaxInt64 / 2
)

// Config configures a sandbox ledger. The zero value plus a DBPath is a working ledger whose
// ledgers close only when CloseLedger is called.
type Config struct {
	DBPath            string        // bbolt file; created if missing, state survives restarts
	NetworkPassphrase string        // default NetworkPassphrase
	BaseFee           int64         // default DefaultBaseFee
	BaseReserve       int64         // default DefaultBaseReserve
	LedgerInterval    time.Duration // close ledgers on a timer; 0 = only on CloseLedger
	MaxLedgerOps      int           // operations per ledger before try-again-later; default 1000
	FriendbotAmount   int64         // stroops given by /friendbot; default 10,000 XLM
	SubmitTimeout     time.Duration // default DefaultSubmitTimeout
	Now               func() time.Time
	NoSync            bool // skip fsync on commit (benchmarks only; a crash can lose the tail)
}

// Sandbox is a Horizon-compatible test ledger. It implements http.Handler.
type Sandbox struct {
	fbMu sync.Mutex // friendbot transactions share the root account's sequence
	cfg  Config
	db   *bbolt.DB
	mux  httpMux
	root *keypair.Full

	mu       sync.Mutex
	state    *ledgerState
	tlByAcct map[string]map[string]bool // account → trustline keys
	last     ledgerMeta                 // last closed ledger
	open     openLedger

	faultMu sync.Mutex
	faults  []int // HTTP statuses to answer the next submissions with (test hook)

	timerMu   sync.Mutex
	timerStop chan struct{}
	timerDone chan struct{}
}

// openLedger is the ledger transactions are currently being applied to.
type openLedger struct {
	txCount int32
	ops     int
	sources map[string]bool // one transaction per source account per ledger
	closed  chan struct{}   // closed when this ledger closes
}

// New opens (or creates) the ledger at cfg.DBPath. A new ledger starts with the network's root
// account holding all lumens; /friendbot pays out of it. If cfg.LedgerInterval > 0 the ledger
// closes on a timer until Close.
func New(cfg Config) (*Sandbox, error) {
	if cfg.DBPath == "" {
		return nil, errors.New("sandbox: Config.DBPath is required")
	}
	if cfg.NetworkPassphrase == "" {
		cfg.NetworkPassphrase = NetworkPassphrase
	}
	if cfg.BaseFee <= 0 {
		cfg.BaseFee = DefaultBaseFee
	}
	if cfg.BaseReserve <= 0 {
		cfg.BaseReserve = DefaultBaseReserve
	}
	if cfg.MaxLedgerOps <= 0 {
		cfg.MaxLedgerOps = DefaultMaxLedgerOps
	}
	if cfg.FriendbotAmount <= 0 {
		cfg.FriendbotAmount = DefaultFriendbotAmount
	}
	if cfg.SubmitTimeout <= 0 {
		cfg.SubmitTimeout = DefaultSubmitTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if err := os.MkdirAll(filepath.Dir(cfg.DBPath), 0o755); err != nil {
		return nil, fmt.Errorf("sandbox: %w", err)
	}
	db, err := bbolt.Open(cfg.DBPath, 0o600, &bbolt.Options{Timeout: 2 * time.Second, NoSync: cfg.NoSync})
	if err != nil {
		return nil, fmt.Errorf("sandbox: open %s: %w", cfg.DBPath, err)
	}
	st, meta, err := loadState(db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sandbox: load state: %w", err)
	}
	s := &Sandbox{cfg: cfg, db: db, state: st, last: meta, root: keypair.Root(cfg.NetworkPassphrase), tlByAcct: map[string]map[string]bool{}}
	for k, t := range st.trustlines {
		s.indexTrustline(t.Account, k, true)
	}
	if meta.Seq == 0 {
		if err := s.genesis(); err != nil {
			db.Close()
			return nil, fmt.Errorf("sandbox: genesis: %w", err)
		}
	}
	s.open = openLedger{sources: map[string]bool{}, closed: make(chan struct{})}
	s.mux = s.routes()
	if cfg.LedgerInterval > 0 {
		s.StartTimer(cfg.LedgerInterval)
	}
	return s, nil
}

// genesis creates ledger 1 with the root account holding every lumen, like a new network.
func (s *Sandbox) genesis() error {
	now := s.cfg.Now().UTC()
	root := &account{ID: s.root.Address(), Balance: totalCoins, Seq: 0, Thresholds: [4]byte{1, 0, 0, 0}, LastModified: 1}
	s.state.accounts[root.ID] = root
	h := sha256.Sum256([]byte(s.cfg.NetworkPassphrase))
	s.last = ledgerMeta{Seq: 1, Hash: hex.EncodeToString(h[:]), ClosedAt: now.Unix(), TotalXLM: totalCoins}
	return s.db.Update(func(tx *bbolt.Tx) error {
		if err := putJSON(tx.Bucket(bucketAccounts), []byte(root.ID), root); err != nil {
			return err
		}
		return putJSON(tx.Bucket(bucketMeta), keyLedger, s.last)
	})
}

// Close stops the timer and closes the database.
func (s *Sandbox) Close() error {
	s.StopTimer()
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.open.closed) // release waiting submitters; their transactions are already stored
	s.open.closed = make(chan struct{})
	return s.db.Close()
}

// StartTimer closes a ledger every interval until StopTimer (a running timer is replaced).
func (s *Sandbox) StartTimer(interval time.Duration) {
	s.StopTimer()
	s.timerMu.Lock()
	defer s.timerMu.Unlock()
	stop, done := make(chan struct{}), make(chan struct{})
	s.timerStop, s.timerDone = stop, done
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				_, _ = s.CloseLedger()
			}
		}
	}()
}

// StopTimer stops the ledger timer, if running; ledgers then close only on CloseLedger.
func (s *Sandbox) StopTimer() {
	s.timerMu.Lock()
	defer s.timerMu.Unlock()
	if s.timerStop != nil {
		close(s.timerStop)
		<-s.timerDone
		s.timerStop, s.timerDone = nil, nil
	}
}

// CloseLedger closes the open ledger now and returns its sequence number. Submissions waiting for
// it return their results.
func (s *Sandbox) CloseLedger() (uint32, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.cfg.Now().UTC()
	next := ledgerMeta{Seq: s.last.Seq + 1, PrevHash: s.last.Hash, ClosedAt: now.Unix(), TxCount: s.open.txCount,
		OpCount: int32(s.open.ops), FeePool: s.last.FeePool, TotalXLM: s.last.TotalXLM}
	if next.ClosedAt < s.last.ClosedAt {
		next.ClosedAt = s.last.ClosedAt
	}
	var buf [12]byte
	binary.BigEndian.PutUint32(buf[:4], next.Seq)
	binary.BigEndian.PutUint64(buf[4:], uint64(next.ClosedAt))
	h := sha256.Sum256(append([]byte(s.last.Hash), buf[:]...))
	next.Hash = hex.EncodeToString(h[:])
	if err := s.db.Update(func(tx *bbolt.Tx) error { return putJSON(tx.Bucket(bucketMeta), keyLedger, next) }); err != nil {
		return 0, fmt.Errorf("sandbox: close ledger: %w", err)
	}
	s.last = next
	close(s.open.closed)
	s.open = openLedger{sources: map[string]bool{}, closed: make(chan struct{})}
	return next.Seq, nil
}

// LatestLedger returns the last closed ledger's sequence.
func (s *Sandbox) LatestLedger() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last.Seq
}

// FailNextSubmits makes the next n transaction submissions answer with the given HTTP status
// (429 rate limited, 503, 504 timeout) without looking at them. It is a test hook for clients'
// back-off paths; a real Horizon fails this way under load.
func (s *Sandbox) FailNextSubmits(status, n int) {
	s.faultMu.Lock()
	defer s.faultMu.Unlock()
	for i := 0; i < n; i++ {
		s.faults = append(s.faults, status)
	}
}

func (s *Sandbox) nextFault() int {
	s.faultMu.Lock()
	defer s.faultMu.Unlock()
	if len(s.faults) == 0 {
		return 0
	}
	f := s.faults[0]
	s.faults = s.faults[1:]
	return f
}

func (s *Sandbox) indexTrustline(acct, key string, add bool) {
	m := s.tlByAcct[acct]
	if add {
		if m == nil {
			m = map[string]bool{}
			s.tlByAcct[acct] = m
		}
		m[key] = true
	} else if m != nil {
		delete(m, key)
	}
}

// submitResult is the outcome of a submission: either a stored transaction (successful or failed
// at apply time, waiting for its ledger to close) or a problem found before the ledger.
type submitResult struct {
	rec     *txRecord
	problem *problemDoc
	wait    chan struct{}
}

// submit validates and applies a base64 envelope. Checks before the ledger (malformed, fee,
// bounds, sequence, signatures) change nothing; once a transaction passes them its fee and
// sequence number are consumed and its operations are applied all-or-nothing.
func (s *Sandbox) submit(b64 string, internal bool) submitResult {
	var env xdr.TransactionEnvelope
	if err := xdr.SafeUnmarshalBase64(b64, &env); err != nil {
		return submitResult{problem: malformed(b64, "The transaction envelope could not be decoded as XDR ("+err.Error()+"). "+
			"At most 100 operations fit in a transaction (MAX_OPS_PER_TX).")}
	}
	if env.Type != xdr.EnvelopeTypeEnvelopeTypeTx {
		return submitResult{problem: txProblem(b64, 0, txNotSupported, nil, "this test ledger accepts only v1 transaction envelopes (no v0, no fee bumps)")}
	}
	hash, err := network.HashTransactionInEnvelope(env, s.cfg.NetworkPassphrase)
	if err != nil {
		return submitResult{problem: malformed(b64, err.Error())}
	}
	hashHex := hexHash(hash)

	s.mu.Lock()
	defer s.mu.Unlock()
	if rec, err := s.txByHash(hashHex); err == nil && rec != nil {
		// Horizon returns the saved result of a transaction it has already seen.
		return submitResult{rec: rec, wait: s.waitFor(rec.Ledger)}
	}

	tx := env.V1.Tx
	ops := tx.Operations
	nops := int64(len(ops))
	fee := int64(tx.Fee)
	fail := func(code, detail string) submitResult {
		return submitResult{problem: txProblem(b64, 0, code, nil, detail)}
	}
	if nops == 0 {
		return fail(txMissingOperation, "a transaction needs at least one operation")
	}
	if nops > xdr.MaxOpsPerTx {
		return submitResult{problem: malformed(b64, fmt.Sprintf("%d operations; at most %d fit in a transaction", nops, xdr.MaxOpsPerTx))}
	}
	if fee < s.cfg.BaseFee*nops {
		return fail(txInsufficientFee, fmt.Sprintf("fee %d < base fee %d × %d operations", fee, s.cfg.BaseFee, nops))
	}
	now := s.cfg.Now().UTC()
	openSeq := s.last.Seq + 1
	var minT, maxT uint64
	if tb := env.TimeBounds(); tb != nil {
		minT, maxT = uint64(tb.MinTime), uint64(tb.MaxTime)
		if minT > 0 && uint64(now.Unix()) < minT {
			return fail(txTooEarly, "before the transaction's min time")
		}
		if maxT > 0 && uint64(now.Unix()) > maxT {
			return fail(txTooLate, "after the transaction's max time")
		}
	}
	if lb := env.LedgerBounds(); lb != nil {
		if uint32(lb.MinLedger) > openSeq {
			return fail(txTooEarly, "before the transaction's min ledger")
		}
		if lb.MaxLedger != 0 && openSeq >= uint32(lb.MaxLedger) {
			return fail(txTooLate, "after the transaction's max ledger")
		}
	}
	if env.MinSeqNum() != nil || env.MinSeqAge() != nil || env.MinSeqLedgerGap() != nil || len(env.ExtraSigners()) > 0 {
		return fail(txNotSupported, "this test ledger does not support min-sequence or extra-signer preconditions")
	}
	source := tx.SourceAccount.ToAccountId().Address()
	src := s.state.accounts[source]
	if src == nil {
		return fail(txNoSourceAccount, "the source account does not exist")
	}
	if int64(tx.SeqNum) != src.Seq+1 {
		return fail(txBadSeq, fmt.Sprintf("sequence %d, account is at %d", tx.SeqNum, src.Seq))
	}
	sigs := newSigChecker(hash, env.Signatures())
	if !sigs.authorized(source, src, levelLow) {
		return fail(txBadAuth, "signatures do not meet the source account's low threshold")
	}
	opCodes := make([]opResult, len(ops))
	badAuth := false
	for i, op := range ops {
		opCodes[i] = opResult{Type: op.Body.Type, Code: opSuccess}
		opSrc := source
		if op.SourceAccount != nil {
			opSrc = op.SourceAccount.ToAccountId().Address()
		}
		if !sigs.authorized(opSrc, s.state.accounts[opSrc], opThreshold(op)) {
			opCodes[i].Code = opBadAuth
			badAuth = true
		}
	}
	if badAuth {
		return submitResult{problem: txProblem(b64, 0, txFailed, opCodes, "an operation's source account did not sign with enough weight")}
	}
	if !sigs.allUsed() {
		return fail(txBadAuthExtra, "unused signatures")
	}
	feeCharged := s.cfg.BaseFee * nops
	ap := &applier{baseReserve: s.cfg.BaseReserve}
	if src.Balance-ap.minBalance(src) < feeCharged {
		return fail(txInsufficientBalance, "the source account cannot pay the fee")
	}
	if !internal {
		if s.open.sources[source] {
			return submitResult{problem: tryAgainLater("the source account already has a transaction in this ledger (one transaction per source account per ledger)")}
		}
		if s.open.ops+int(nops) > s.cfg.MaxLedgerOps {
			return submitResult{problem: tryAgainLater("the open ledger is full")}
		}
	}

	// From here the transaction is in the ledger: fee and sequence are consumed.
	s.open.sources[source] = true
	s.open.ops += int(nops)
	s.open.txCount++
	order := uint32(s.open.txCount)
	feeView := newView(s.state)
	fsrc := feeView.account(source)
	fsrc.Balance -= feeCharged
	fsrc.Seq = int64(tx.SeqNum)
	fsrc.SeqLedger = openSeq

	opView := newView(s.state)
	*ap = applier{v: opView, baseReserve: s.cfg.BaseReserve, now: now, ledger: openSeq, txSource: source, txSeq: int64(tx.SeqNum), sponsoring: map[string]string{}}
	// The op view must see the fee already charged.
	opView.accounts[source] = fsrc.clone()
	ok := true
	records := make([]any, len(ops))
	opAccts := make([][]string, len(ops))
	involved := map[string]bool{source: true}
	for i, op := range ops {
		r, rec, accts := ap.apply(i, op)
		opCodes[i] = r
		if !r.ok() {
			ok = false
			continue
		}
		records[i] = rec
		opAccts[i] = accts
		for _, a := range accts {
			involved[a] = true
		}
	}
	code := txSuccess
	if !ok {
		code = txFailed
	} else if len(ap.sponsoring) > 0 {
		code, ok = txBadSponsorship, false
	}
	rec := &txRecord{Hash: hashHex, Ledger: openSeq, Order: order, CreatedAt: now.Unix(), Source: source, Seq: int64(tx.SeqNum),
		FeeCharged: feeCharged, MaxFee: fee, OpCount: int32(nops), Envelope: b64, Result: resultXDR(feeCharged, code, opCodes),
		Successful: ok, MinTime: minT, MaxTime: maxT}
	if !ok {
		rec.Codes = append(rec.Codes, code)
		if code == txFailed {
			for _, r := range opCodes {
				rec.Codes = append(rec.Codes, r.Code)
			}
		}
	}
	err = s.db.Update(func(btx *bbolt.Tx) error {
		if err := feeView.commit(btx, openSeq); err != nil {
			return err
		}
		if ok {
			for k, t := range opView.trustlines {
				if t == nil {
					s.indexTrustline(k[:indexByte(k, '|')], k, false)
				} else {
					s.indexTrustline(t.Account, k, true)
				}
			}
			if err := opView.commit(btx, openSeq); err != nil {
				return err
			}
		}
		return s.storeTx(btx, rec, records, opAccts, involved, now)
	})
	if err != nil {
		return submitResult{problem: &problemDoc{Type: problemBase + "server_error", Title: "Internal Server Error", Status: 500, Detail: err.Error()}}
	}
	s.last.FeePool += feeCharged
	return submitResult{rec: rec, wait: s.open.closed}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return len(s)
}

// waitFor returns a channel that is closed once ledger seq has closed.
func (s *Sandbox) waitFor(seq uint32) chan struct{} {
	if seq <= s.last.Seq {
		c := make(chan struct{})
		close(c)
		return c
	}
	return s.open.closed
}

// storeTx writes the transaction, its operations and the per-account indexes.
func (s *Sandbox) storeTx(btx *bbolt.Tx, rec *txRecord, records []any, opAccts [][]string, involved map[string]bool, now time.Time) error {
	txID := toid(rec.Ledger, rec.Order, 0)
	if rec.Successful {
		for i, r := range records {
			id := toid(rec.Ledger, rec.Order, i+1)
			rec.OpRecordIDs = append(rec.OpRecordIDs, id)
			op, typ := fillOpBase(r, id, rec, now)
			data, err := json.Marshal(op)
			if err != nil {
				return err
			}
			if err := btx.Bucket(bucketOps).Put(idKey(id), data); err != nil {
				return err
			}
			seen := map[string]bool{}
			for _, a := range opAccts[i] {
				if seen[a] {
					continue
				}
				seen[a] = true
				k := append([]byte(a+"|"), idKey(id)...)
				if err := btx.Bucket(bucketAcctOps).Put(k, []byte{byte(typ)}); err != nil {
					return err
				}
			}
		}
		for a := range involved {
			rec.Accounts = append(rec.Accounts, a)
			k := append([]byte(a+"|"), idKey(txID)...)
			if err := btx.Bucket(bucketAcctTxs).Put(k, []byte(rec.Hash)); err != nil {
				return err
			}
		}
	}
	if err := btx.Bucket(bucketTxByID).Put(idKey(txID), []byte(rec.Hash)); err != nil {
		return err
	}
	return putJSON(btx.Bucket(bucketTxs), []byte(rec.Hash), rec)
}

func (s *Sandbox) txByHash(hash string) (*txRecord, error) {
	var rec *txRecord
	err := s.db.View(func(tx *bbolt.Tx) error {
		v := tx.Bucket(bucketTxs).Get([]byte(hash))
		if v == nil {
			return nil
		}
		rec = new(txRecord)
		return json.Unmarshal(v, rec)
	})
	return rec, err
}

// friendbot funds a new account from the root account, as testnet's friendbot does.
func (s *Sandbox) friendbot(addr string) submitResult {
	if _, err := keypair.ParseAddress(addr); err != nil {
		return submitResult{problem: badRequest("addr", "not a valid Stellar account address")}
	}
	s.fbMu.Lock()
	defer s.fbMu.Unlock()
	s.mu.Lock()
	seq := s.state.accounts[s.root.Address()].Seq
	s.mu.Unlock()
	tx, err := txnbuild.NewTransaction(txnbuild.TransactionParams{
		SourceAccount:        &txnbuild.SimpleAccount{AccountID: s.root.Address(), Sequence: seq},
		IncrementSequenceNum: true,
		BaseFee:              s.cfg.BaseFee,
		Preconditions:        txnbuild.Preconditions{TimeBounds: txnbuild.NewInfiniteTimeout()},
		Operations:           []txnbuild.Operation{&txnbuild.CreateAccount{Destination: addr, Amount: amount.StringFromInt64(s.cfg.FriendbotAmount)}},
	})
	if err == nil {
		tx, err = tx.Sign(s.cfg.NetworkPassphrase, s.root)
	}
	var b64 string
	if err == nil {
		b64, err = tx.Base64()
	}
	if err != nil {
		return submitResult{problem: &problemDoc{Type: problemBase + "server_error", Title: "Internal Server Error", Status: 500, Detail: err.Error()}}
	}
	return s.submit(b64, true)
}

func base64Sigs(sigs []xdr.DecoratedSignature) []string {
	out := make([]string, len(sigs))
	for i, s := range sigs {
		out[i] = base64.StdEncoding.EncodeToString(s.Signature)
	}
	return out
}
