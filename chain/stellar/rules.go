package stellar

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// StroopsPerPoint: a loyalty point is one whole token, 10^7 stroops (Stellar amounts have 7
// decimals). The stellar.toml says display_decimals = 0.
const StroopsPerPoint = 10_000_000

// MaxPoints bounds any single earn, redeem or export so stroop amounts fit in int64.
const MaxPoints = math.MaxInt64 / StroopsPerPoint

// RuleKind selects how a merchant's program earns points.
type RuleKind string

// Earn rules.
const (
	// PerAmount earns floor(amount × PointsPerUnit / UnitAmount) points: with UnitAmount = 1000
	// (10.00 in a 2-decimal currency) and PointsPerUnit = 1, 25.99 earns 2 points. Rounding is
	// always down and remainders are not carried to the next order.
	PerAmount RuleKind = "per_amount"
	// Stamps gives one stamp per order of at least MinAmount and RewardPoints points each time
	// StampsPerReward stamps are collected: "buy 5, get 1 free" is StampsPerReward 5,
	// RewardPoints 1, with the voucher for 1 point worth the free item (PointValue).
	Stamps RuleKind = "stamps"
)

// Rule is a merchant's earn rule. Amounts are in the sale currency's minor units.
type Rule struct {
	Kind            RuleKind
	PointsPerUnit   int64    // PerAmount
	UnitAmount      *big.Int // PerAmount
	MinAmount       *big.Int // Stamps: orders below this earn no stamp (nil: any order)
	StampsPerReward int64    // Stamps
	RewardPoints    int64    // Stamps
}

// Validate reports a rule that cannot earn sensibly.
func (r Rule) Validate() error {
	switch r.Kind {
	case PerAmount:
		if r.PointsPerUnit <= 0 || r.UnitAmount == nil || r.UnitAmount.Sign() <= 0 {
			return fmt.Errorf("%w: per-amount rule needs PointsPerUnit > 0 and UnitAmount > 0", ErrInvalidProgram)
		}
	case Stamps:
		if r.StampsPerReward <= 0 || r.RewardPoints <= 0 || r.RewardPoints > MaxPoints || r.MinAmount != nil && r.MinAmount.Sign() < 0 {
			return fmt.Errorf("%w: stamp rule needs StampsPerReward > 0 and RewardPoints > 0", ErrInvalidProgram)
		}
	default:
		return fmt.Errorf("%w: unknown rule kind %q", ErrInvalidProgram, r.Kind)
	}
	return nil
}

// earn applies the rule to an order amount given the customer's stamps so far. It returns the
// points earned and the new stamp count (stamps restart after each reward).
func (r Rule) earn(amount *big.Int, stamps int64) (points, newStamps int64, err error) {
	if amount == nil || amount.Sign() < 0 {
		return 0, stamps, fmt.Errorf("%w: order amount must be >= 0", ErrInvalidRequest)
	}
	switch r.Kind {
	case PerAmount:
		p := new(big.Int).Mul(amount, big.NewInt(r.PointsPerUnit))
		p.Quo(p, r.UnitAmount) // both non-negative: truncation is floor
		if !p.IsInt64() || p.Int64() > MaxPoints {
			return 0, stamps, fmt.Errorf("%w: order earns more than %d points", ErrInvalidRequest, int64(MaxPoints))
		}
		return p.Int64(), stamps, nil
	case Stamps:
		if r.MinAmount != nil && amount.Cmp(r.MinAmount) < 0 {
			return 0, stamps, nil
		}
		stamps++
		if stamps >= r.StampsPerReward {
			return r.RewardPoints, 0, nil
		}
		return 0, stamps, nil
	}
	return 0, stamps, fmt.Errorf("%w: unknown rule kind %q", ErrInvalidProgram, r.Kind)
}

// ParsePoints parses a customer's "redeem N" argument: a whole number of points, 1..MaxPoints.
// Anything else ("abc", "0", "-3", "1.5", "1e3") is ErrInvalidAmount.
func ParsePoints(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("%q: %w", s, ErrInvalidAmount)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > MaxPoints {
		return 0, fmt.Errorf("%q: %w", s, ErrInvalidAmount)
	}
	return n, nil
}
