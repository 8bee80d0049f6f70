package stellar

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/souqchain/souq"
)

// Loyalty adapts the loyalty Service to the sale service's souq.Loyalty port. Merchants and
// customers arrive as commitments (HMAC hex), which become program and customer ids as they are:
// nothing personal reaches the ledger or this package's store.
type Loyalty struct {
	svc        *Service
	assetCode  string
	homeDomain string
	// wait bounds how long one port call waits for its ledger close: after it the work stays
	// queued here, the call returns an error wrapping souq.ErrRetryLater, and the same key later
	// finds it (the outbox's worker is not held by a slow ledger).
	wait time.Duration

	mu    sync.Mutex
	rules map[string]setRule // merchant → rule of the program as last set up in this process
}

// NewLoyalty returns the adapter. Every merchant's program issues assetCode (asset codes are per
// issuer, so merchants do not collide) under homeDomain.
func NewLoyalty(svc *Service, assetCode, homeDomain string) *Loyalty {
	return &Loyalty{svc: svc, assetCode: assetCode, homeDomain: homeDomain, wait: 30 * time.Second, rules: map[string]setRule{}}
}

// WithWait sets how long a port call waits for its ledger close (default 30 s).
func (l *Loyalty) WithWait(d time.Duration) *Loyalty {
	l.wait = d
	return l
}

// ledgerKey is the key this package stores a souq intent under: souq's keys may hold any
// character (the outbox's are "loyalty.redeem/<voucher>", "#n" for a new attempt) while this
// package's ids are a narrow alphabet (idPattern). A hash of the whole key keeps every key —
// and so every attempt — distinct, and is the same after a crash, so a retried call finds the
// intent it recorded before.
func ledgerKey(kind, key string) string {
	h := sha256.Sum256([]byte("souq/stellar/key/v1\x00" + kind + "\x00" + key))
	return kind + "-" + hex.EncodeToString(h[:])
}

var _ souq.Loyalty = (*Loyalty)(nil)

// RuleFrom maps the sale service's rule: "Points per Spend" earns floor(amount × Points / Spend);
// "Stamps N" gives one point every N orders (buy N, get one free).
func RuleFrom(r souq.LoyaltyRule) (Rule, error) {
	if err := r.Validate(); err != nil {
		return Rule{}, err
	}
	if r.Stamps > 0 {
		return Rule{Kind: Stamps, StampsPerReward: int64(r.Stamps), RewardPoints: 1}, nil
	}
	return Rule{Kind: PerAmount, PointsPerUnit: r.Points, UnitAmount: new(big.Int).Set(r.Spend.Amount)}, nil
}

// pointValue is the voucher value of one point recorded on the Stellar side: the sale service's
// (souq.LoyaltyRule.PointValue); 0 for a stamp rule, whose point is a whole order.
func pointValue(r souq.LoyaltyRule) *big.Int {
	if v := r.PointValue().Amount; v != nil {
		return v
	}
	return new(big.Int)
}

// ensure sets up (idempotently) the merchant's program with the rule, once per process per rule.
func (l *Loyalty) ensure(ctx context.Context, merchant string, r souq.LoyaltyRule) error {
	rule, err := RuleFrom(r)
	if err != nil {
		return err
	}
	want := setRule{rule: rule, currency: r.Currency.Symbol}
	l.mu.Lock()
	have, ok := l.rules[merchant]
	l.mu.Unlock()
	if ok && sameRule(have.rule, rule) && have.currency == want.currency {
		return nil
	}
	_, err = l.svc.Setup(ctx, ProgramConfig{
		MerchantID: merchant, AssetCode: l.assetCode, Name: "souq points", HomeDomain: l.homeDomain,
		Description: "Loyalty points earned on souq escrowed sales",
		Rule:        rule, PointValue: pointValue(r), Currency: r.Currency.Symbol, RedeemMode: Burn,
	})
	if err != nil {
		return err
	}
	l.mu.Lock()
	l.rules[merchant] = want
	l.mu.Unlock()
	return nil
}

// setRule is a program's rule as last set up in this process.
type setRule struct {
	rule     Rule
	currency string
}

func sameRule(a, b Rule) bool {
	eq := func(x, y *big.Int) bool { return x == nil && y == nil || x != nil && y != nil && x.Cmp(y) == 0 }
	return a.Kind == b.Kind && a.PointsPerUnit == b.PointsPerUnit && a.StampsPerReward == b.StampsPerReward &&
		a.RewardPoints == b.RewardPoints && eq(a.UnitAmount, b.UnitAmount) && eq(a.MinAmount, b.MinAmount)
}

// Earn issues the order's points; idempotent per key. The transaction's hash memo commits to the
// earn key and the order id. An order in another currency than the rule's is refused: souq never
// asks for it (it earns nothing, see souq's loyalty.go), and the ledger must not count it.
func (l *Loyalty) Earn(ctx context.Context, key string, e souq.Earning) (souq.Earned, error) {
	if !e.Rule.In(e.Amount.Asset) {
		return souq.Earned{}, fmt.Errorf("earn %s: order in %q, rule in %q: %w: %w", key, e.Amount.Asset.Symbol, e.Rule.Currency.Symbol, ErrInvalidRequest, souq.ErrRefused)
	}
	if err := l.ensure(ctx, e.Merchant, e.Rule); err != nil {
		return souq.Earned{}, classified(fmt.Errorf("loyalty program: %w", err))
	}
	amount := e.Amount.Amount
	if amount == nil {
		amount = new(big.Int)
	}
	ctx, cancel := context.WithTimeout(ctx, l.wait)
	defer cancel()
	rec, err := l.svc.Earn(ctx, EarnRequest{
		MerchantID: e.Merchant, CustomerID: e.Customer, OrderID: e.Order.String(),
		EventHash: sha256.Sum256([]byte("souq/earn/" + key + "/" + e.Order.String())), Amount: amount,
	})
	if err != nil {
		return souq.Earned{}, classified(fmt.Errorf("earn %s: %w", key, err))
	}
	if rec.State == "pending" {
		return souq.Earned{}, classified(fmt.Errorf("earn %s: %w", key, ErrPending))
	}
	return souq.Earned{Points: rec.Points, TxURL: rec.TxURL}, nil
}

// Balance is the points the customer may redeem with the merchant (0 before the first earn).
func (l *Loyalty) Balance(ctx context.Context, customer, merchant string) (int64, error) {
	b, err := l.svc.Balance(ctx, merchant, customer)
	if errors.Is(err, ErrUnknownProgram) {
		return 0, nil
	}
	if err != nil {
		return 0, classified(err)
	}
	return b.Available, nil
}

// Redeem burns points (paid back to the issuer), exactly once per key: the key is hashed into this
// package's redemption key (ledgerKey), so the outbox's keys are accepted as they are and a retry
// after a crash finds the burn it asked for. It returns nil once the burn is in a closed ledger; a
// burn still under way returns an error wrapping souq.ErrRetryLater. The discount voucher itself
// is the sale service's; the Stellar-side voucher only records the burn.
func (l *Loyalty) Redeem(ctx context.Context, key string, customer, merchant string, points int64) error {
	ctx, cancel := context.WithTimeout(ctx, l.wait)
	defer cancel()
	_, err := l.svc.Redeem(ctx, RedeemRequest{MerchantID: merchant, CustomerID: customer, Key: ledgerKey(kindRedeem, key), Points: points})
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrInsufficientPoints):
		return fmt.Errorf("redeem %s: %w: %w: %w", key, souq.ErrInsufficientPoints, souq.ErrRefused, err)
	case errors.Is(err, ErrUnknownProgram):
		return fmt.Errorf("redeem %s: %w: %w: no points with this merchant yet", key, souq.ErrInsufficientPoints, souq.ErrRefused)
	}
	return classified(fmt.Errorf("redeem %s: %w", key, err))
}
