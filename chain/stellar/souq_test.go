package stellar

import (
	"errors"
	"math/big"
	"testing"

	"github.com/souqchain/souq"
)

func TestSouqLoyaltyAdapter(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	l := NewLoyalty(e.svc, "POINTS", "")
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	rule := souq.LoyaltyRule{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}} // 1 point per 10 USDC
	merchant, customer := "m-3f2a9c", "c-77b1e0"
	var order souq.OrderID
	order[0] = 1
	earning := souq.Earning{Order: order, Customer: customer, Merchant: merchant,
		Amount: souq.Money{Asset: usdc, Amount: big.NewInt(35_500_000)}, Rule: rule}

	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 0 {
		t.Fatalf("balance before any program = %d, %v; want 0", b, err)
	}
	pts, err := l.Earn(ctxT(t), "earn-1", earning)
	if err != nil || pts != 3 {
		t.Fatalf("Earn = %d, %v; want 3 (35.50 USDC at 1 per 10, rounded down)", pts, err)
	}
	// The same order again earns nothing more.
	if pts, err := l.Earn(ctxT(t), "earn-1", earning); err != nil || pts != 3 {
		t.Fatalf("repeated Earn = %d, %v", pts, err)
	}
	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 3 {
		t.Fatalf("balance = %d, %v; want 3", b, err)
	}
	if err := l.Redeem(ctxT(t), "redeem-1", customer, merchant, 4); !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("redeeming 4 of 3: %v, want souq.ErrInsufficientPoints", err)
	}
	if err := l.Redeem(ctxT(t), "redeem-2", customer, merchant, 2); err != nil {
		t.Fatal(err)
	}
	if err := l.Redeem(ctxT(t), "redeem-2", customer, merchant, 2); err != nil {
		t.Fatalf("repeated redeem: %v", err)
	}
	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 1 {
		t.Fatalf("balance after redeeming 2 once = %d, %v; want 1", b, err)
	}
	if err := l.Redeem(ctxT(t), "redeem-3", customer, "m-unknown", 1); !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("redeem with a merchant never earned from: %v", err)
	}
}

func TestRuleFrom(t *testing.T) {
	t.Parallel()
	usd := souq.Asset{Symbol: "USDC", Decimals: 6}
	r, err := RuleFrom(souq.LoyaltyRule{Stamps: 5})
	if err != nil || r.Kind != Stamps || r.StampsPerReward != 5 || r.RewardPoints != 1 {
		t.Fatalf("stamps: %+v, %v", r, err)
	}
	r, err = RuleFrom(souq.LoyaltyRule{Points: 2, Spend: souq.Money{Asset: usd, Amount: big.NewInt(5_000_000)}})
	if err != nil || r.Kind != PerAmount || r.PointsPerUnit != 2 || r.UnitAmount.Int64() != 5_000_000 {
		t.Fatalf("per amount: %+v, %v", r, err)
	}
	if _, err := RuleFrom(souq.LoyaltyRule{}); !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("empty rule: %v", err)
	}
}
