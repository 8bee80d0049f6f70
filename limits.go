package souq

import (
	"errors"
	"fmt"
	"math/big"
)

// Order limits. Every offer's total (before any discount) is checked against the merchant's limit
// in its currency: the one the merchant set (SetMerchantProfile), else the operator's default
// (Config.MaxOrder, default DefaultMaxOrder whole units), and never above the hard limit
// (Config.HardMaxOrder, default HardMaxOrder whole units), which no merchant setting can raise.
// A typo or a hostile "sell 1 x 10^33 USDC" is refused before any order exists.
const (
	DefaultMaxOrder = 10_000    // whole units of the currency (10,000 USDC; 10,000 ETH is the hard cap's business)
	HardMaxOrder    = 1_000_000 // whole units
)

// ErrOverLimit is a total above the merchant's per-order limit. It wraps ErrAmountTooLarge.
var ErrOverLimit = fmt.Errorf("over the per-order limit: %w", ErrAmountTooLarge)

// LimitError says which limit an amount broke; it wraps ErrOverLimit.
type LimitError struct {
	Total Money
	Limit Money
	Hard  bool // the operator's hard limit (a merchant setting above it)
}

func (e *LimitError) Error() string {
	which := "this merchant's limit"
	if e.Hard {
		which = "the hard limit"
	}
	return fmt.Sprintf("%s is over %s of %s per order", e.Total, which, e.Limit)
}

func (e *LimitError) Unwrap() error { return ErrOverLimit }

// wholeUnits is n whole units of a in minor units.
func wholeUnits(a Asset, n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(a.Decimals)), nil))
}

// MaxOrderFor is the limit on one order's total in asset a for merchant m (nil: defaults).
func MaxOrderFor(m *Merchant, a Asset, def, hard int64) Money {
	limit := Money{Asset: a, Amount: wholeUnits(a, def)}
	if m != nil {
		for _, l := range m.MaxOrder {
			if l.Asset.Symbol == a.Symbol && l.Amount != nil {
				limit.Amount = new(big.Int).Set(l.Amount)
			}
		}
	}
	if h := wholeUnits(a, hard); limit.Amount.Cmp(h) > 0 {
		limit.Amount = h
	}
	return limit
}

// CheckOrderLimit refuses a total above the merchant's limit (or the hard one) with a *LimitError.
func CheckOrderLimit(m *Merchant, total Money, def, hard int64) error {
	if total.Amount == nil {
		return fmt.Errorf("total: %w", ErrAmountNotPos)
	}
	if h := wholeUnits(total.Asset, hard); total.Amount.Cmp(h) > 0 {
		return &LimitError{Total: total, Limit: Money{Asset: total.Asset, Amount: h}, Hard: true}
	}
	if limit := MaxOrderFor(m, total.Asset, def, hard); total.Amount.Cmp(limit.Amount) > 0 {
		return &LimitError{Total: total, Limit: limit}
	}
	return nil
}

// MerchantProfile is what a merchant shows and allows: the name customers see with every offer,
// and per-currency limits on one order's total (at most the hard limit).
type MerchantProfile struct {
	Name     string
	MaxOrder []Money
}

// maxMerchantName bounds the display name (characters, after CleanText).
const maxMerchantName = 60

// errNoName is a profile whose name is empty once cleaned.
var errNoName = errors.New("a merchant name needs at least one visible character")
