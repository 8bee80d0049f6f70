package stellar

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/souqchain/souq"
)

// Loyalty adapts the loyalty Service to the sale service's souq.Loyalty port. Merchants and
// customers arrive as commitments (HMAC hex), which become program and customer ids as they are:
// nothing personal reaches the ledger or this package's store.
type Loyalty struct {
	svc        *Service
	assetCode  string
	homeDomain string

	mu    sync.Mutex
	rules map[string]Rule // merchant → rule of the program as last set up in this process
}

// NewLoyalty returns the adapter. Every merchant's program issues assetCode (asset codes are per
// issuer, so merchants do not collide) under homeDomain.
func NewLoyalty(svc *Service, assetCode, homeDomain string) *Loyalty {
	return &Loyalty{svc: svc, assetCode: assetCode, homeDomain: homeDomain, rules: map[string]Rule{}}
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

// pointValue is the voucher value of one point recorded on the Stellar side, matching the sale
// service: a tenth of the spend that earns a point (at least one minor unit).
func pointValue(r souq.LoyaltyRule) *big.Int {
	if r.Stamps > 0 || r.Spend.Amount == nil || r.Points <= 0 {
		return big.NewInt(1)
	}
	v := new(big.Int).Quo(r.Spend.Amount, big.NewInt(10*r.Points))
	if v.Sign() == 0 {
		v.SetInt64(1)
	}
	return v
}

// ensure sets up (idempotently) the merchant's program with the rule, once per process per rule.
func (l *Loyalty) ensure(ctx context.Context, merchant string, r souq.LoyaltyRule, currency string) error {
	rule, err := RuleFrom(r)
	if err != nil {
		return err
	}
	l.mu.Lock()
	have, ok := l.rules[merchant]
	l.mu.Unlock()
	if ok && sameRule(have, rule) {
		return nil
	}
	_, err = l.svc.Setup(ctx, ProgramConfig{
		MerchantID: merchant, AssetCode: l.assetCode, Name: "souq points", HomeDomain: l.homeDomain,
		Description: "Loyalty points earned on souq escrowed sales",
		Rule:        rule, PointValue: pointValue(r), Currency: currency, RedeemMode: Burn,
	})
	if err != nil {
		return err
	}
	l.mu.Lock()
	l.rules[merchant] = rule
	l.mu.Unlock()
	return nil
}

func sameRule(a, b Rule) bool {
	eq := func(x, y *big.Int) bool { return x == nil && y == nil || x != nil && y != nil && x.Cmp(y) == 0 }
	return a.Kind == b.Kind && a.PointsPerUnit == b.PointsPerUnit && a.StampsPerReward == b.StampsPerReward &&
		a.RewardPoints == b.RewardPoints && eq(a.UnitAmount, b.UnitAmount) && eq(a.MinAmount, b.MinAmount)
}

// Earn issues the order's points; idempotent per order. The transaction's hash memo commits to the
// earn key and the order id.
func (l *Loyalty) Earn(ctx context.Context, key string, e souq.Earning) (int64, error) {
	if err := l.ensure(ctx, e.Merchant, e.Rule, e.Amount.Asset.Symbol); err != nil {
		return 0, fmt.Errorf("loyalty program: %w", err)
	}
	amount := e.Amount.Amount
	if amount == nil {
		amount = new(big.Int)
	}
	rec, err := l.svc.Earn(ctx, EarnRequest{
		MerchantID: e.Merchant, CustomerID: e.Customer, OrderID: e.Order.String(),
		EventHash: sha256.Sum256([]byte("souq/earn/" + key + "/" + e.Order.String())), Amount: amount,
	})
	if err != nil {
		return 0, err
	}
	if rec.State == "pending" {
		return 0, fmt.Errorf("earn %s: %w", key, ErrPending)
	}
	return rec.Points, nil
}

// Balance is the points the customer may redeem with the merchant (0 before the first earn).
func (l *Loyalty) Balance(ctx context.Context, customer, merchant string) (int64, error) {
	b, err := l.svc.Balance(ctx, merchant, customer)
	if errors.Is(err, ErrUnknownProgram) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return b.Available, nil
}

// Redeem burns points (paid back to the issuer); idempotent per key. The discount voucher itself is
// the sale service's; the Stellar-side voucher only records the burn.
func (l *Loyalty) Redeem(ctx context.Context, key string, customer, merchant string, points int64) error {
	_, err := l.svc.Redeem(ctx, RedeemRequest{MerchantID: merchant, CustomerID: customer, Key: key, Points: points})
	switch {
	case errors.Is(err, ErrInsufficientPoints):
		return fmt.Errorf("%w: %w", souq.ErrInsufficientPoints, err)
	case errors.Is(err, ErrUnknownProgram):
		return fmt.Errorf("%w: no points with this merchant yet", souq.ErrInsufficientPoints)
	}
	return err
}
