package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/kv"
)

// This file adapts the Client to the sale service's ports: souq.Escrow (the outbox worker's calls),
// souq.Attester (delivery signatures), and the two feeds back into the service: confirmed contract
// events (ToChainEvent, for the Watcher) and the final outcome of each transaction (Tracker).

// KeySource finds the key of a custodial wallet (keys.Book).
type KeySource interface {
	KeyOf(addr common.Address) (*keys.Key, error)
}

// CustodialSenders is a sender pool that adds a custodial wallet's sender the first time one of its
// transactions is asked for.
type CustodialSenders struct {
	Pool *sender.Pool
	Keys KeySource
}

// Get implements Senders.
func (c CustodialSenders) Get(addr common.Address) (*sender.Sender, error) {
	if s, err := c.Pool.Get(addr); err == nil {
		return s, nil
	}
	k, err := c.Keys.KeyOf(addr)
	if err != nil {
		return nil, err
	}
	return c.Pool.Add(k), nil
}

// Port implements souq.Escrow over a Client. Every custodial act is sent by the Client's operator
// (the relayer) with the party's signature made with its key from Keys: a customer's or merchant's
// wallet never pays gas, except the buyer's own ETH funding (the value must come from it).
type Port struct {
	Client   *Client
	Senders  Senders // for legacy payouts from the merchant's custodial seller wallet
	Arbiter  common.Address
	Keys     KeySource // custodial keys: they sign permits and acts, the operator sends them
	Tracker  *Tracker
	PayBase  string                   // payment page base URL; the page is PayBase + "/" + order id
	TxLink   func(hash string) string // block-explorer link of a transaction ("" when none)
	Deadline func(t souq.Terms) uint64
}

var _ souq.Escrow = (*Port)(nil)

// ErrNoPayee refuses terms without a payee: an offer made by a souq from before payees, whose
// order id was computed without one. Funding it on this contract would create an order under
// another id than the one stored, so the offer must be made again.
var ErrNoPayee = fmt.Errorf("terms: no payee (an offer from before payees: make it again): %w: %w", souq.ErrInvalidRequest, souq.ErrRefused)

// ABITerms converts the service's terms to the contract's. Terms without a payee are refused
// (ErrNoPayee).
func ABITerms(t souq.Terms) (Terms, error) {
	if t.Payee == "" {
		return Terms{}, ErrNoPayee
	}
	return abiTerms(t)
}

// abiTerms converts terms, taking an empty payee as the seller's (legacy payouts only).
func abiTerms(t souq.Terms) (Terms, error) {
	payee := t.Payee
	if payee == "" {
		payee = t.Seller
	}
	for _, a := range []string{t.Seller, payee, t.Buyer, t.Attester} {
		if !common.IsHexAddress(a) {
			return Terms{}, fmt.Errorf("terms: %q is not an address: %w: %w", a, souq.ErrInvalidRequest, souq.ErrRefused)
		}
	}
	if t.Token != "" && !common.IsHexAddress(t.Token) {
		return Terms{}, fmt.Errorf("terms: token %q is not an address: %w: %w", t.Token, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	if t.Amount == nil || t.Amount.Sign() <= 0 {
		return Terms{}, fmt.Errorf("terms: amount must be positive: %w: %w", souq.ErrInvalidRequest, souq.ErrRefused)
	}
	secs := t.InspectionPeriod / time.Second
	if secs < 0 || secs > 1<<32-1 {
		return Terms{}, fmt.Errorf("terms: inspection period %s: %w: %w", t.InspectionPeriod, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	return Terms{
		Seller: common.HexToAddress(t.Seller), Payee: common.HexToAddress(payee), Buyer: common.HexToAddress(t.Buyer), Token: common.HexToAddress(t.Token),
		Amount: new(big.Int).Set(t.Amount), Attester: common.HexToAddress(t.Attester),
		DeliverBy: uint64(t.DeliverBy.Unix()), InspectionPeriod: uint32(secs), OfferHash: t.OfferHash,
	}, nil
}

// OrderID implements souq.Escrow.
func (p *Port) OrderID(t souq.Terms) (souq.OrderID, error) {
	at, err := ABITerms(t)
	if err != nil {
		return souq.OrderID{}, err
	}
	id, err := p.Client.OrderID(at)
	return souq.OrderID(id), err
}

// PayURL implements souq.Escrow: the payment page, which shows the EIP-681 link and wallet steps.
func (p *Port) PayURL(id souq.OrderID, _ souq.Terms) string {
	if p.PayBase == "" {
		return ""
	}
	return strings.TrimRight(p.PayBase, "/") + "/" + id.String()
}

// TxURL implements souq.Escrow.
func (p *Port) TxURL(hash string) string {
	if p.TxLink == nil || hash == "" {
		return ""
	}
	return p.TxLink(hash)
}

// The port's calls carry the service's attempt key (souq.AttemptKey): each becomes its own sender
// intent (IntentKey), so an attempt the chain refused is followed by a new transaction, and the
// Tracker reports the outcome under the same attempt key. Synchronous errors wrap the souq class
// sentinels: bad terms and a key reused for another call are refused for good, a missing key
// needs the operator, a store or RPC hiccup is retried.

// Fund implements souq.Escrow. An ERC-20 order: one transaction sent by the operator with the
// custodial buyer's order-bound permit — the wallet holds tokens only. An ETH order: fundETH from
// the buyer's custodial wallet, which must send the value itself and so pays its own gas (a lack
// of ETH comes back as a shortfall of amount + gas: the customer is told what to add).
func (p *Port) Fund(ctx context.Context, key string, t souq.Terms) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	if at.Token == (common.Address{}) {
		return p.track(ctx, key)(p.Client.FundETH(ctx, key, at.Buyer, at))
	}
	k, err := p.key("fund", at.Buyer)
	if err != nil {
		return err
	}
	// The permit is valid until the order's deliverBy: after it the contract refuses the terms.
	return p.track(ctx, key)(p.Client.FundTokenWithPermit(ctx, key, k, at, at.DeliverBy))
}

// key is the custodial key of a party's wallet, which signs the party's acts.
func (p *Port) key(action string, addr common.Address) (*keys.Key, error) {
	k, err := p.Keys.KeyOf(addr)
	if err != nil {
		return nil, fmt.Errorf("%s: no key for the custodial wallet %s: %w: %w", action, addr, err, souq.ErrNeedsOperator)
	}
	return k, nil
}

// Deliver implements souq.Escrow.
func (p *Port) Deliver(ctx context.Context, key string, t souq.Terms, a souq.Attestation) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(p.Client.Deliver(ctx, key, at, a.ProofHash, uint64(a.DeliveredAt.Unix()), a.Signature))
}

// ConfirmReceipt implements souq.Escrow: the custodial buyer's signature, sent by the operator.
func (p *Port) ConfirmReceipt(ctx context.Context, key string, t souq.Terms) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	k, err := p.key("confirm", at.Buyer)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(p.Client.ConfirmReceipt(ctx, key, k, at))
}

// Release implements souq.Escrow.
func (p *Port) Release(ctx context.Context, key string, t souq.Terms) error {
	return p.simple(ctx, key, t, p.Client.Release)
}

// Refund implements souq.Escrow: the merchant's custodial seller wallet signs, the operator sends,
// so a merchant refunds from chat with a wallet that holds no ETH.
func (p *Port) Refund(ctx context.Context, key string, t souq.Terms) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	k, err := p.key("refund", at.Seller)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(p.Client.Refund(ctx, key, k, at))
}

// RefundExpired implements souq.Escrow.
func (p *Port) RefundExpired(ctx context.Context, key string, t souq.Terms) error {
	return p.simple(ctx, key, t, p.Client.RefundExpired)
}

// RefundExpiredDispute implements souq.Escrow.
func (p *Port) RefundExpiredDispute(ctx context.Context, key string, t souq.Terms) error {
	return p.simple(ctx, key, t, p.Client.RefundExpiredDispute)
}

// Dispute implements souq.Escrow: the custodial buyer's signature, sent by the operator.
func (p *Port) Dispute(ctx context.Context, key string, t souq.Terms, reasonHash [32]byte) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	k, err := p.key("dispute", at.Buyer)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(p.Client.Dispute(ctx, key, k, at, reasonHash))
}

// Resolve implements souq.Escrow (from the arbiter's account).
func (p *Port) Resolve(ctx context.Context, key string, t souq.Terms, buyerAmount *big.Int) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(p.Client.Resolve(ctx, key, p.Arbiter, at, buyerAmount))
}

// Payout implements souq.Escrow for orders from before payees only (terms without Payee, released
// to the seller wallet by an older contract): a plain transfer of the seller's share from the
// merchant's custodial seller wallet to the payout address, with the wallet paying its own gas.
// Orders with a payee need none: the escrow pays the payee in the release itself.
func (p *Port) Payout(ctx context.Context, key string, t souq.Terms, to string, amount *big.Int) error {
	at, err := abiTerms(t)
	if err != nil {
		return err
	}
	if !common.IsHexAddress(to) || amount == nil || amount.Sign() <= 0 {
		return fmt.Errorf("payout to %q of %v: %w: %w", to, amount, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	id, err := p.Client.OrderID(at)
	if err != nil {
		return err
	}
	dest := common.HexToAddress(to)
	call := sender.Call{To: &dest, Value: new(big.Int).Set(amount)}
	if at.Token != (common.Address{}) {
		token := at.Token
		call = sender.Call{To: &token, Data: p.Client.token.PackTransfer(dest, amount)}
	}
	s, err := p.Senders.Get(at.Seller)
	if err != nil {
		return fmt.Errorf("payout: no key for the seller wallet %s: %w: %w", at.Seller, err, souq.ErrNeedsOperator)
	}
	// One payout transaction per attempt, like every other action; FailFast as they are.
	call.FailFast = true
	in, err := s.Submit(ctx, IntentKey("payout", id, key), "payout", call)
	if errors.Is(err, sender.ErrKeyConflict) {
		err = fmt.Errorf("payout: %w: %w", err, souq.ErrRefused)
	}
	return p.track(ctx, key)(in, err)
}

func (p *Port) simple(ctx context.Context, key string, t souq.Terms, f func(context.Context, string, Terms) (*sender.Intent, error)) error {
	at, err := ABITerms(t)
	if err != nil {
		return err
	}
	return p.track(ctx, key)(f(ctx, key, at))
}

// track returns a function recording that the service's attempt key waits on the sender intent.
func (p *Port) track(ctx context.Context, key string) func(*sender.Intent, error) error {
	return func(in *sender.Intent, err error) error {
		if err != nil {
			if souq.Classify(err) == souq.ClassRetry && !errors.Is(err, souq.ErrRetryLater) {
				err = fmt.Errorf("%w: %w", err, souq.ErrRetryLater)
			}
			return err
		}
		if p.Tracker == nil {
			return nil
		}
		return p.Tracker.Watch(ctx, key, in.From, in.Key, p.isOperator(in.From))
	}
}

// Open lists the attempts the port accepted whose transactions are not final yet, oldest first
// (see Tracker.Open): what `souq status` shows as open, and as stuck when old.
func (p *Port) Open(ctx context.Context) ([]OpenAttempt, error) {
	if p.Tracker == nil {
		return nil, nil
	}
	return p.Tracker.Open(ctx)
}

// isOperator reports whether from is one of souq's own accounts (operator, arbiter), whose lack
// of funds only the operator can fix — unlike a customer's or merchant's custodial wallet.
func (p *Port) isOperator(from common.Address) bool {
	return from == p.Client.operator || from == p.Arbiter
}

// Attester signs Delivery attestations with a key (the operator's attester or a courier's).
type Attester struct {
	Client *Client
	Key    PermitSigner
}

var _ souq.Attester = Attester{}

// Address implements souq.Attester.
func (a Attester) Address() string { return a.Key.Address().Hex() }

// SignDelivery implements souq.Attester.
func (a Attester) SignDelivery(_ context.Context, id souq.OrderID, proofHash [32]byte, deliveredAt time.Time) ([]byte, error) {
	return a.Client.SignDelivery(a.Key, id, proofHash, uint64(deliveredAt.Unix()))
}

// ToChainEvent turns a confirmed contract event into the service's form.
func ToChainEvent(e Event) (souq.ChainEvent, error) {
	ce := souq.ChainEvent{Order: e.OrderID, TxHash: e.TxHash.Hex(), LogIndex: e.LogIndex}
	switch {
	case e.Funded != nil:
		ce.Kind, ce.Amount, ce.Funder = souq.ChainFunded, e.Funded.Amount, e.Funded.Funder.Hex()
	case e.Delivered != nil:
		ce.Kind, ce.ProofHash = souq.ChainDelivered, e.Delivered.ProofHash
		ce.DeliveredAt = time.Unix(int64(e.Delivered.DeliveredAt), 0).UTC()
		ce.ReleasableAt = time.Unix(int64(e.Delivered.ReleasableAt), 0).UTC()
	case e.Released != nil:
		ce.Kind, ce.Amount, ce.Fee, ce.ByBuyer = souq.ChainReleased, e.Released.SellerAmount, e.Released.Fee, e.Released.ByBuyer
	case e.Refunded != nil:
		ce.Kind, ce.Amount = souq.ChainRefunded, e.Refunded.Amount
		ce.Late = e.Refunded.Reason == RefundLateDelivery
		ce.DisputeExpired = e.Refunded.Reason == RefundDisputeExpired
	case e.Disputed != nil:
		ce.Kind, ce.DecideBy = souq.ChainDisputed, time.Unix(int64(e.Disputed.DecideBy), 0).UTC()
	case e.Resolved != nil:
		ce.Kind, ce.Amount, ce.SellerAmount, ce.Fee = souq.ChainResolved, e.Resolved.BuyerAmount, e.Resolved.SellerAmount, e.Resolved.Fee
	default:
		return ce, fmt.Errorf("escrow event %s: not an order event", e.Name)
	}
	return ce, nil
}

// Tracker reports the final outcome of each transaction the service asked for, once, even across
// restarts: it keeps attempt key → (account, sender key) in the store until the report is taken.
// A failure is reported with its class and, for a lack of funds, the shortfall (see Result).
type Tracker struct {
	db      kv.DB
	senders Senders
	report  func(context.Context, souq.IntentResult) error
	wake    chan struct{}
}

// NewTracker keeps what it tracks in db (space escrow.track); report is Service.OnIntentResult.
func NewTracker(db kv.DB, senders Senders, report func(context.Context, souq.IntentResult) error) *Tracker {
	return &Tracker{db: db, senders: senders, report: report, wake: make(chan struct{}, 1)}
}

// Watch records that the service's attempt key waits on the sender intent senderKey of account
// from; operator says from is souq's own account rather than a custodial wallet.
func (t *Tracker) Watch(ctx context.Context, key string, from common.Address, senderKey string, operator bool) error {
	raw, err := encodeRecord(tracked{From: from, SenderKey: senderKey, Operator: operator})
	if err != nil {
		return fmt.Errorf("escrow tracker: %w", err)
	}
	if err := t.db.Update(ctx, func(tx kv.Tx) error { return tx.Put(spaceTrack, []byte(key), raw) }); err != nil {
		return fmt.Errorf("escrow tracker: %w: %w", err, souq.ErrRetryLater)
	}
	select {
	case t.wake <- struct{}{}:
	default:
	}
	return nil
}

func (t *Tracker) tracked(ctx context.Context) (map[string]tracked, error) {
	var pending map[string]tracked
	err := t.db.View(ctx, func(tx kv.Tx) error {
		pending = map[string]tracked{}
		return tx.Ascend(spaceTrack, nil, func(k, v []byte) error {
			var tr tracked
			if err := decodeRecord(v, &tr); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			pending[string(k)] = tr
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("escrow tracker: %w", err)
	}
	return pending, nil
}

// Step reports every tracked transaction that became final and returns how many.
func (t *Tracker) Step(ctx context.Context) (int, error) {
	pending, err := t.tracked(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	var errs []error
	for key, tr := range pending {
		s, err := t.senders.Get(tr.From)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		in, err := s.Get(ctx, tr.SenderKey)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !in.State.Final() {
			continue
		}
		if err := t.report(ctx, Result(key, in, tr.Operator)); err != nil && !errors.Is(err, souq.ErrNotFound) {
			errs = append(errs, err)
			continue
		}
		if err := t.db.Update(ctx, func(tx kv.Tx) error { return tx.Delete(spaceTrack, []byte(key)) }); err != nil {
			errs = append(errs, err)
			continue
		}
		n++
	}
	return n, errors.Join(errs...)
}

// OpenAttempt is a tracked transaction not final yet, for `souq status` and stuck-work metrics.
type OpenAttempt struct {
	Key       string // the service's attempt key
	SenderKey string
	From      common.Address
	State     sender.State
	// Since is when it began waiting: when it started retrying (Retrying.Since), else when it
	// was submitted. Error is the last reason it is held up, if any.
	Since time.Time
	Error string
}

// Open lists the tracked transactions that are not final, oldest first: an attempt open long
// is stuck (the node unreachable, a custodial send held up, a transaction never mined).
func (t *Tracker) Open(ctx context.Context) ([]OpenAttempt, error) {
	pending, err := t.tracked(ctx)
	if err != nil {
		return nil, err
	}
	var out []OpenAttempt
	for key, tr := range pending {
		s, err := t.senders.Get(tr.From)
		if err != nil {
			return nil, err
		}
		in, err := s.Get(ctx, tr.SenderKey)
		if err != nil {
			return nil, err
		}
		if in.State.Final() {
			continue
		}
		o := OpenAttempt{Key: key, SenderKey: in.Key, From: in.From, State: in.State, Since: in.Created}
		if in.Retrying != nil {
			o.Since, o.Error = in.Retrying.Since, in.Retrying.Error
		}
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Since.Before(out[j].Since) })
	return out, nil
}

// Run reports outcomes until ctx ends, polling every `every` and at once after a Watch.
func (t *Tracker) Run(ctx context.Context, every time.Duration, onErr func(error)) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		if _, err := t.Step(ctx); err != nil && onErr != nil && ctx.Err() == nil {
			onErr(err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		case <-t.wake:
		}
	}
}
