package stellar

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/sirupsen/logrus"
	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	hProtocol "github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/txnbuild"

	"github.com/souqchain/souq/kv"
)

// Config connects the loyalty service to a Stellar network. Pointing it at testnet or the public
// network instead of the sandbox is configuration only.
type Config struct {
	HorizonURL        string // e.g. https://horizon-testnet.stellar.org/ or the sandbox's URL
	NetworkPassphrase string
	KeySeed           []byte // secret every Stellar key is derived from; from config/env, never logged
	Friendbot         bool   // fund the operator from Horizon's /friendbot (testnet, sandbox)
	Channels          int    // channel accounts (parallel transactions per ledger); default 4
	BaseFee           int64  // stroops per operation; default 100
	MaxBaseFee        int64  // ceiling when tx_insufficient_fee raises the fee; default 10,000
	TxTimeout         time.Duration
	ChannelStroops    int64 // starting balance of each channel account; default 20 XLM
	MerchantStroops   int64 // starting balance of issuer and distribution accounts; default 5 XLM
	PollInterval      time.Duration
	MaxAttempts       int // submissions of one intent before it fails; default 20
	MaxOpsPerTx       int // default and maximum 100
	HTTP              *http.Client
	Log               logrus.FieldLogger
}

func (c *Config) defaults() {
	if c.Channels <= 0 {
		c.Channels = 4
	}
	if c.BaseFee <= 0 {
		c.BaseFee = txnbuild.MinBaseFee
	}
	if c.MaxBaseFee < c.BaseFee {
		c.MaxBaseFee = 100 * c.BaseFee
	}
	if c.TxTimeout <= 0 {
		c.TxTimeout = 60 * time.Second
	}
	if c.ChannelStroops <= 0 {
		c.ChannelStroops = 20 * 10_000_000
	}
	if c.MerchantStroops <= 0 {
		c.MerchantStroops = 5 * 10_000_000
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 20
	}
	if c.MaxOpsPerTx <= 0 || c.MaxOpsPerTx > 100 {
		c.MaxOpsPerTx = 100
	}
	if c.HTTP == nil {
		c.HTTP = &http.Client{Timeout: 60 * time.Second}
	}
	if c.Log == nil {
		l := logrus.New()
		l.SetLevel(logrus.WarnLevel)
		c.Log = l
	}
	if !strings.HasSuffix(c.HorizonURL, "/") {
		c.HorizonURL += "/"
	}
}

// RedeemMode is how redeemed points leave the customer's account.
type RedeemMode string

// Redeem modes.
const (
	// Burn: the customer's custodial account pays the points back to the issuer, which destroys
	// them. Explorers show an ordinary payment.
	Burn RedeemMode = "burn"
	// Clawback: the issuer claws the points back (CAP-35); no customer signature involved.
	Clawback RedeemMode = "clawback"
)

// ProgramConfig is a merchant's loyalty program.
type ProgramConfig struct {
	MerchantID  string
	AssetCode   string // 1-12 letters/digits, chosen by the merchant
	Name        string // shown by wallets and explorers (stellar.toml, at most 20 characters)
	Description string
	HomeDomain  string // where souq serves /.well-known/stellar.toml for this asset
	Rule        Rule
	PointValue  *big.Int // voucher discount per point, in the sale currency's minor units
	Currency    string   // the sale currency's symbol, for vouchers
	RedeemMode  RedeemMode
	FloatPoints int64 // points minted to the distribution account at setup; default 1e9
}

// Program is a set-up program with its accounts.
type Program struct {
	ProgramConfig
	Issuer       string
	Distribution string
}

var (
	idPattern    = regexp.MustCompile(`^[A-Za-z0-9._:@+=-]{1,128}$`)
	assetPattern = regexp.MustCompile(`^[A-Za-z0-9]{1,12}$`)
)

func (pc *ProgramConfig) validate() error {
	switch {
	case !idPattern.MatchString(pc.MerchantID):
		return fmt.Errorf("%w: merchant id", ErrInvalidProgram)
	case !assetPattern.MatchString(pc.AssetCode):
		return fmt.Errorf("%w: asset code must be 1-12 letters or digits", ErrInvalidProgram)
	case len(pc.HomeDomain) > 32:
		return fmt.Errorf("%w: home domain longer than 32 characters", ErrInvalidProgram)
	case pc.PointValue == nil || pc.PointValue.Sign() < 0:
		return fmt.Errorf("%w: point value must be >= 0", ErrInvalidProgram)
	}
	if pc.RedeemMode == "" {
		pc.RedeemMode = Burn
	}
	if pc.RedeemMode != Burn && pc.RedeemMode != Clawback {
		return fmt.Errorf("%w: redeem mode %q", ErrInvalidProgram, pc.RedeemMode)
	}
	if pc.FloatPoints <= 0 {
		pc.FloatPoints = 1_000_000_000
	}
	if pc.FloatPoints > MaxPoints {
		return fmt.Errorf("%w: float too large", ErrInvalidProgram)
	}
	return pc.Rule.Validate()
}

// Service is the loyalty program on Stellar: it sets up merchants' assets, issues points for
// completed orders, and redeems and exports them, through horizonclient and txnbuild.
//
// Every change starts as an intent in the store. A dispatcher batches queued intents into
// transactions (up to 100 operations, 20 signatures), sends each from one of the channel accounts
// (one transaction per source account per ledger), and saves the transaction's hash and envelope
// before submitting it. After a crash the saved hash is looked up, and the envelope resubmitted,
// before anything is rebuilt; a transaction is rebuilt only once Horizon has rejected it or its
// time bounds have passed, so an order never earns twice and a redemption is never lost.
type Service struct {
	// setupMu runs one program setup at a time: two setups of a new merchant would each create its
	// accounts, and the second transaction would fail with op_already_exists.
	setupMu  sync.Mutex
	cfg      Config
	keys     keyring
	hc       *horizonclient.Client
	store    kv.DB
	log      logrus.FieldLogger
	explorer Explorer

	mu           sync.Mutex
	channels     []bool          // busy flags
	claimed      map[string]bool // intent keys in a batch being sent
	inflight     map[string]bool // tx hashes being sent
	changed      chan struct{}   // closed and replaced when any intent changes state
	backoffUntil time.Time
	backoffs     int // setBackoff calls since the last resetBackoff
	fee          int64

	redeemMu sync.Mutex // serializes balance checks of redemptions and exports
	kick     chan struct{}
	cancel   context.CancelFunc
	done     chan struct{}
	wg       sync.WaitGroup
	hooks    hooks
	now      func() time.Time // clock for time bounds; fixed in golden tests
}

// hooks let crash tests stop a submission at the worst moments.
type hooks struct {
	afterSave   func(hash string) error // after the hash is stored, before submitting
	afterSubmit func(hash string) error // after Horizon answered, before the outcome is stored
}

var errCrash = errors.New("simulated crash")

// New creates the service on store (souq's store; see store.go for its spaces). Call Start
// before use and Close after.
func New(cfg Config, store kv.DB) (*Service, error) {
	cfg.defaults()
	keys, err := newKeyring(cfg.KeySeed)
	if err != nil {
		return nil, err
	}
	if cfg.NetworkPassphrase == "" || cfg.HorizonURL == "/" {
		return nil, fmt.Errorf("%w: Horizon URL and network passphrase are required", ErrInvalidRequest)
	}
	if store == nil {
		return nil, fmt.Errorf("%w: store is required", ErrInvalidRequest)
	}
	s := &Service{cfg: cfg, keys: keys, store: store, log: cfg.Log,
		hc:       &horizonclient.Client{HorizonURL: cfg.HorizonURL, HTTP: cfg.HTTP},
		explorer: NewExplorer(cfg.NetworkPassphrase, cfg.HorizonURL),
		channels: make([]bool, cfg.Channels), claimed: map[string]bool{}, inflight: map[string]bool{},
		changed: make(chan struct{}), kick: make(chan struct{}, 1), fee: cfg.BaseFee, now: time.Now}
	return s, nil
}

// Explorer returns the link builder for this network.
func (s *Service) Explorer() Explorer { return s.explorer }

// OperatorAddress is the platform account that funds channels and merchant accounts and sponsors
// customer reserves. On the public network fund it before Start.
func (s *Service) OperatorAddress() string { return s.keys.operator().Address() }

// Start checks the network, funds the operator (friendbot) if configured, creates missing channel
// accounts, reconciles transactions left in flight by a previous run, and starts the dispatcher.
func (s *Service) Start(ctx context.Context) error {
	root, err := s.hc.Root()
	if err != nil {
		return fmt.Errorf("stellar: horizon %s: %w", s.cfg.HorizonURL, err)
	}
	if root.NetworkPassphrase != s.cfg.NetworkPassphrase {
		return fmt.Errorf("%w: horizon serves network %q, configured %q", ErrInvalidRequest, root.NetworkPassphrase, s.cfg.NetworkPassphrase)
	}
	op := s.keys.operator()
	if _, err := s.account(op.Address()); err != nil {
		if !horizonclient.IsNotFoundError(err) {
			return fmt.Errorf("stellar: operator account: %w", err)
		}
		if !s.cfg.Friendbot {
			return fmt.Errorf("stellar: operator %s: %w", op.Address(), ErrNotFunded)
		}
		if _, err := s.hc.Fund(op.Address()); err != nil {
			return fmt.Errorf("stellar: friendbot for operator: %w", err)
		}
	}
	if err := s.ensureChannels(ctx); err != nil {
		return err
	}
	lctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.done = cancel, make(chan struct{})
	s.reconcile(ctx)
	go s.loop(lctx)
	return nil
}

// Close stops the dispatcher and waits for submissions in flight.
func (s *Service) Close() error {
	if s.cancel != nil {
		s.cancel()
		<-s.done
	}
	s.wg.Wait()
	return nil
}

func (s *Service) account(addr string) (hProtocol.Account, error) {
	return s.hc.AccountDetail(horizonclient.AccountRequest{AccountID: addr})
}

// ensureChannels creates the channel accounts that do not exist yet, in one operator transaction.
func (s *Service) ensureChannels(ctx context.Context) error {
	var ops []txnbuild.Operation
	for i := 0; i < s.cfg.Channels; i++ {
		addr := s.keys.channel(i).Address()
		if _, err := s.account(addr); err == nil {
			continue
		} else if !horizonclient.IsNotFoundError(err) {
			return fmt.Errorf("stellar: channel account: %w", err)
		}
		ops = append(ops, &txnbuild.CreateAccount{Destination: addr, Amount: amount.StringFromInt64(s.cfg.ChannelStroops)})
	}
	for len(ops) > 0 {
		n := min(len(ops), s.cfg.MaxOpsPerTx)
		if _, err := s.sendDirect(ctx, s.keys.operator(), ops[:n], nil, [32]byte{}); err != nil {
			return fmt.Errorf("stellar: create channel accounts: %w", err)
		}
		ops = ops[n:]
	}
	return nil
}

// sendDirect submits operations now from the given source (retrying rebuilds and back-offs) for
// setup work that is idempotent by inspection of the ledger: channels and program accounts.
func (s *Service) sendDirect(ctx context.Context, src *keypair.Full, ops []txnbuild.Operation, signers []*keypair.Full, memo [32]byte) (hProtocol.Transaction, error) {
	var last error
	for attempt := 0; attempt < s.cfg.MaxAttempts; attempt++ {
		acct, err := s.account(src.Address())
		if err != nil {
			return hProtocol.Transaction{}, err
		}
		tx, err := s.buildTx(src.Address(), acct.Sequence, ops, memo, append([]*keypair.Full{src}, signers...))
		if err != nil {
			return hProtocol.Transaction{}, err
		}
		b64, _ := tx.Base64()
		res, err := s.hc.SubmitTransactionXDR(b64)
		class, rc := Classify(err)
		switch class {
		case ClassOK:
			return res, nil
		case ClassRebuild, ClassBackoff, ClassUnknown:
			last = err
			if hash, herr := tx.HashHex(s.cfg.NetworkPassphrase); herr == nil && class == ClassUnknown {
				if got, derr := s.hc.TransactionDetail(hash); derr == nil && got.Successful {
					return got, nil
				}
			}
			s.bumpFee(rc)
			if err := sleepCtx(ctx, time.Duration(attempt+1)*200*time.Millisecond); err != nil {
				return hProtocol.Transaction{}, err
			}
		default:
			return hProtocol.Transaction{}, fmt.Errorf("%w: %w", ErrRejected, err)
		}
	}
	return hProtocol.Transaction{}, fmt.Errorf("%w: gave up after %d attempts: %w", ErrRejected, s.cfg.MaxAttempts, last)
}

func (s *Service) bumpFee(rc *hProtocol.TransactionResultCodes) {
	if rc == nil || rc.TransactionCode != "tx_insufficient_fee" {
		return
	}
	s.mu.Lock()
	s.fee = min(s.fee*2, s.cfg.MaxBaseFee)
	s.mu.Unlock()
}

// buildTx builds and signs a transaction with the next sequence number after seq, a hash memo
// (unless zero) and time bounds that make it expire: after TxTimeout it can never be included, so
// a transaction not found by then is safe to rebuild.
func (s *Service) buildTx(source string, seq int64, ops []txnbuild.Operation, memo [32]byte, signers []*keypair.Full) (*txnbuild.Transaction, error) {
	s.mu.Lock()
	fee := s.fee
	s.mu.Unlock()
	params := txnbuild.TransactionParams{
		SourceAccount:        &txnbuild.SimpleAccount{AccountID: source, Sequence: seq},
		IncrementSequenceNum: true,
		BaseFee:              fee,
		Operations:           ops,
		Preconditions:        txnbuild.Preconditions{TimeBounds: txnbuild.NewTimebounds(0, s.now().Add(s.cfg.TxTimeout).Unix())},
	}
	if memo != ([32]byte{}) {
		params.Memo = txnbuild.MemoHash(memo)
	}
	tx, err := txnbuild.NewTransaction(params)
	if err != nil {
		return nil, fmt.Errorf("build transaction: %w", err)
	}
	tx, err = tx.Sign(s.cfg.NetworkPassphrase, dedupe(signers)...)
	if err != nil {
		return nil, fmt.Errorf("sign transaction: %w", err)
	}
	return tx, nil
}

func dedupe(kps []*keypair.Full) []*keypair.Full {
	seen := map[string]bool{}
	out := kps[:0:0]
	for _, k := range kps {
		if !seen[k.Address()] {
			seen[k.Address()] = true
			out = append(out, k)
		}
	}
	return out
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Setup creates or completes a merchant's program, idempotently: issuer and distribution accounts
// funded by the operator; the issuer's flags (AUTH_REVOCABLE and AUTH_CLAWBACK_ENABLED, never
// AUTH_IMMUTABLE) and home domain set in the same transaction before the distribution account's
// trustline, so every trustline is clawback-enabled; and a float of points minted to distribution.
//
// A setup transaction the ledger refuses (a previous attempt landed while its answer was lost, so
// an account already exists) is built again from the ledger's state, up to three times.
func (s *Service) Setup(ctx context.Context, pc ProgramConfig) (Program, error) {
	if err := pc.validate(); err != nil {
		return Program{}, err
	}
	s.setupMu.Lock()
	defer s.setupMu.Unlock()
	var p Program
	var err error
	for range 3 {
		if p, err = s.setupOnce(ctx, pc); !errors.Is(err, errSetupRefused) {
			return p, err
		}
		s.log.WithError(err).WithField("merchant", pc.MerchantID).Info("stellar: setup refused; building it again from the ledger's state")
	}
	return p, err
}

// errSetupRefused marks a setup transaction the ledger refused.
var errSetupRefused = errors.New("setup transaction refused")

func (s *Service) setupOnce(ctx context.Context, pc ProgramConfig) (Program, error) {
	iss, dist := s.keys.issuer(pc.MerchantID), s.keys.distrib(pc.MerchantID)
	p := Program{ProgramConfig: pc, Issuer: iss.Address(), Distribution: dist.Address()}
	asset := txnbuild.CreditAsset{Code: pc.AssetCode, Issuer: iss.Address()}
	var ops []txnbuild.Operation
	var signers []*keypair.Full
	issAcct, err := s.account(iss.Address())
	issExists := err == nil
	if err != nil && !horizonclient.IsNotFoundError(err) {
		return p, fmt.Errorf("stellar setup: %w", err)
	}
	distAcct, err := s.account(dist.Address())
	distExists := err == nil
	if err != nil && !horizonclient.IsNotFoundError(err) {
		return p, fmt.Errorf("stellar setup: %w", err)
	}
	op := s.keys.operator()
	if !issExists {
		ops = append(ops, &txnbuild.CreateAccount{Destination: iss.Address(), Amount: amount.StringFromInt64(s.cfg.MerchantStroops), SourceAccount: op.Address()})
		signers = append(signers, op)
	}
	if !distExists {
		ops = append(ops, &txnbuild.CreateAccount{Destination: dist.Address(), Amount: amount.StringFromInt64(s.cfg.MerchantStroops), SourceAccount: op.Address()})
		signers = append(signers, op)
	}
	if issAcct.Flags.AuthImmutable {
		return p, fmt.Errorf("%w: issuer %s is AUTH_IMMUTABLE", ErrInvalidProgram, iss.Address())
	}
	if !issAcct.Flags.AuthRevocable || !issAcct.Flags.AuthClawbackEnabled || issAcct.HomeDomain != pc.HomeDomain {
		so := &txnbuild.SetOptions{SetFlags: []txnbuild.AccountFlag{txnbuild.AuthRevocable, txnbuild.AuthClawbackEnabled}, SourceAccount: iss.Address()}
		if pc.HomeDomain != "" {
			so.HomeDomain = txnbuild.NewHomeDomain(pc.HomeDomain)
		}
		ops = append(ops, so)
		signers = append(signers, iss)
	}
	hasTrust, float := false, int64(0)
	for _, b := range distAcct.Balances {
		if b.Code == pc.AssetCode && b.Issuer == iss.Address() {
			hasTrust = true
			float, _ = amount.ParseInt64(b.Balance)
		}
	}
	if !hasTrust {
		line, _ := asset.ToChangeTrustAsset()
		ops = append(ops, &txnbuild.ChangeTrust{Line: line, SourceAccount: dist.Address()})
		signers = append(signers, dist)
	}
	want := pc.FloatPoints * StroopsPerPoint
	if float < want/2 {
		ops = append(ops, &txnbuild.Payment{Destination: dist.Address(), Asset: asset, Amount: amount.StringFromInt64(want - float), SourceAccount: iss.Address()})
		signers = append(signers, iss)
	}
	if len(ops) > 0 {
		ch, err := s.acquireChannel(ctx)
		if err != nil {
			return p, err
		}
		_, err = s.sendDirect(ctx, s.keys.channel(ch), ops, signers, sha256.Sum256([]byte("souq/stellar/setup/"+pc.MerchantID)))
		s.releaseChannel(ch)
		if err != nil {
			if isTxRefused(err) {
				err = fmt.Errorf("%w: %w", errSetupRefused, err)
			}
			return p, fmt.Errorf("stellar setup %s: %w", pc.MerchantID, err)
		}
	}
	data, err := encodeProgram(p)
	if err != nil {
		return p, fmt.Errorf("stellar setup: save program: %w", err)
	}
	if err := s.update(ctx, func(tx storeTx) error { return tx.Put("programs", pc.MerchantID, data) }); err != nil {
		return p, fmt.Errorf("stellar setup: save program: %w", err)
	}
	return p, nil
}

// Program returns a set-up program.
func (s *Service) Program(ctx context.Context, merchantID string) (Program, error) {
	var p Program
	err := s.view(ctx, func(tx storeTx) error {
		v := tx.Get("programs", merchantID)
		if v == nil {
			return fmt.Errorf("merchant %q: %w", merchantID, ErrUnknownProgram)
		}
		var err error
		p, err = decodeProgram(v)
		return err
	})
	return p, err
}

// Programs lists every set-up program.
func (s *Service) Programs(ctx context.Context) ([]Program, error) {
	var ps []Program
	err := s.view(ctx, func(tx storeTx) error {
		return tx.ForEach("programs", "", func(_ string, v []byte) error {
			p, err := decodeProgram(v)
			if err != nil {
				return err
			}
			ps = append(ps, p)
			return nil
		})
	})
	return ps, err
}

// CustomerAccount is the custodial account holding a customer's points. Its address is derived
// from the key seed and the customer id, so it reveals nothing about the customer.
func (s *Service) CustomerAccount(customerID string) string {
	return s.keys.customer(customerID).Address()
}

func (s *Service) acquireChannel(ctx context.Context) (int, error) {
	for {
		s.mu.Lock()
		for i, busy := range s.channels {
			if !busy {
				s.channels[i] = true
				s.mu.Unlock()
				return i, nil
			}
		}
		s.mu.Unlock()
		if err := sleepCtx(ctx, 20*time.Millisecond); err != nil {
			return 0, err
		}
	}
}

func (s *Service) tryAcquireChannel() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, busy := range s.channels {
		if !busy {
			s.channels[i] = true
			return i, true
		}
	}
	return 0, false
}

func (s *Service) releaseChannel(i int) {
	s.mu.Lock()
	s.channels[i] = false
	s.mu.Unlock()
	s.poke()
}

func (s *Service) poke() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// notify wakes everyone waiting for an intent to change.
func (s *Service) notify() {
	s.mu.Lock()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

func (s *Service) changedCh() chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

func hashHex(b [32]byte) string { return hex.EncodeToString(b[:]) }

// isTxRefused reports whether a transaction reached the ledger and an operation failed
// (tx_failed): building it again from the ledger's state may pass.
func isTxRefused(err error) bool {
	class, _ := Classify(err)
	return class == ClassOpFailed
}
