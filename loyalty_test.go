package souq

import (
	"math/big"
	"testing"
)

var (
	tUSDC = Asset{Symbol: "USDC", Decimals: 6, Token: "0x2222222222222222222222222222222222222222"}
	tETH  = Asset{Symbol: "ETH", Decimals: 18}
)

func tMoney(a Asset, s string) Money {
	v, err := ParseAmount(s, a.Decimals)
	if err != nil {
		panic(err)
	}
	return Money{Asset: a, Amount: v}
}

// The rule a USDC merchant set in issue 10: 1 point per 10 USDC.
var perTenUSDC = LoyaltyRule{Points: 1, Spend: tMoney(tUSDC, "10"), Currency: tUSDC}

func TestLoyaltyRuleEarns(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		rule  LoyaltyRule
		order Money
		want  int64
	}{
		{"35.50 USDC at 1 per 10 USDC", perTenUSDC, tMoney(tUSDC, "35.50"), 3},
		{"9.99 USDC earns nothing", perTenUSDC, tMoney(tUSDC, "9.99"), 0},
		// Issue 10: 0.002 ETH under a USDC rule gave 200,000,000 points.
		{"0.002 ETH under a USDC rule", perTenUSDC, tMoney(tETH, "0.002"), 0},
		{"2 ETH under a USDC rule", perTenUSDC, tMoney(tETH, "2"), 0},
		{"ETH rule, ETH order", LoyaltyRule{Points: 5, Spend: tMoney(tETH, "0.01"), Currency: tETH}, tMoney(tETH, "0.025"), 12},
		{"symbols match case-insensitively", LoyaltyRule{Points: 1, Spend: tMoney(tUSDC, "10"), Currency: Asset{Symbol: "usdc", Decimals: 6}}, tMoney(tUSDC, "20"), 2},
		{"stamps: the ledger counts", LoyaltyRule{Stamps: 5, Currency: tUSDC}, tMoney(tUSDC, "100"), 0},
		{"no currency: nothing", LoyaltyRule{Points: 1, Spend: tMoney(tUSDC, "10")}, tMoney(tUSDC, "100"), 0},
	}
	for _, tt := range tests {
		if got := tt.rule.Earns(tt.order); got != tt.want {
			t.Errorf("%s: Earns(%s) = %d, want %d", tt.name, tt.order, got, tt.want)
		}
	}
}

func TestLoyaltyRulePointValue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		rule LoyaltyRule
		want *big.Int // nil: a whole order
	}{
		{"1 per 10 USDC: 1 USDC", perTenUSDC, big.NewInt(1_000_000)},
		{"3 per 10 USDC: 0.333333 USDC, rounded down", LoyaltyRule{Points: 3, Spend: tMoney(tUSDC, "10"), Currency: tUSDC}, big.NewInt(333_333)},
		{"at least one minor unit (old stored rules)", LoyaltyRule{Points: 1, Spend: Money{tUSDC, big.NewInt(5)}, Currency: tUSDC}, big.NewInt(1)},
		{"stamps: the next order", LoyaltyRule{Stamps: 5, Currency: tUSDC}, nil},
	}
	for _, tt := range tests {
		got := tt.rule.PointValue()
		if got.Asset.Symbol != tt.rule.Currency.Symbol {
			t.Errorf("%s: PointValue in %q, want the rule's currency %q", tt.name, got.Asset.Symbol, tt.rule.Currency.Symbol)
		}
		if (got.Amount == nil) != (tt.want == nil) || got.Amount != nil && got.Amount.Cmp(tt.want) != 0 {
			t.Errorf("%s: PointValue = %v, want %v", tt.name, got.Amount, tt.want)
		}
	}
}

func TestVoucherDiscount(t *testing.T) {
	t.Parallel()
	usdcVoucher := func(s string) *Voucher { return &Voucher{Points: 1, Value: tMoney(tUSDC, s)} }
	tests := []struct {
		name  string
		v     *Voucher
		rule  Asset // the merchant's rule currency, for vouchers stored without one
		total Money
		want  string // discount in the order's currency, "" for none
	}{
		{"fits", usdcVoucher("3"), tUSDC, tMoney(tUSDC, "8"), "3"},
		// Issue 10: the next 50 USDC order cost 0.000001 USDC.
		{"worth more than the order: capped at the floor", usdcVoucher("200000000"), tUSDC, tMoney(tUSDC, "50"), "45"},
		{"small order: 10% floor", usdcVoucher("10"), tUSDC, tMoney(tUSDC, "2"), "1.80"},
		{"floor rounds up", usdcVoucher("10"), tUSDC, Money{tUSDC, big.NewInt(15)}, "0.000013"},
		{"one minor unit: nothing to take", usdcVoucher("10"), tUSDC, Money{tUSDC, big.NewInt(1)}, ""},
		{"USDC voucher on an ETH order", usdcVoucher("3"), tUSDC, tMoney(tETH, "1"), ""},
		{"stamp voucher: the order less the floor", &Voucher{Points: 1, Stamps: true, Value: Money{Asset: tUSDC}}, tUSDC, tMoney(tUSDC, "30"), "27"},
		{"stamp voucher in USDC on an ETH order", &Voucher{Points: 1, Stamps: true, Value: Money{Asset: tUSDC}}, tUSDC, tMoney(tETH, "1"), ""},
		{"old stamp voucher without a currency: the rule's", &Voucher{Points: 1, Stamps: true}, tUSDC, tMoney(tETH, "1"), ""},
		{"old stamp voucher without a currency, rule's currency", &Voucher{Points: 1, Stamps: true}, tUSDC, tMoney(tUSDC, "10"), "9"},
	}
	for _, tt := range tests {
		d := tt.v.discountFor(tt.total, tt.rule)
		if tt.want == "" {
			if d != nil {
				t.Errorf("%s: discount %v, want none", tt.name, d)
			}
			continue
		}
		want := tMoney(tt.total.Asset, tt.want).Amount
		if d == nil || d.Cmp(want) != 0 {
			t.Errorf("%s: discount %v, want %v", tt.name, d, want)
			continue
		}
		if pay := new(big.Int).Sub(tt.total.Amount, d); pay.Cmp(VoucherFloor(tt.total.Amount)) < 0 {
			t.Errorf("%s: the order costs %v, below the floor %v", tt.name, pay, VoucherFloor(tt.total.Amount))
		}
	}
}

func TestRuleOfMigratesStoredRules(t *testing.T) {
	t.Parallel()
	svc := &Service{cfg: Config{LoyaltyCurrency: Asset{Symbol: "TOKEN", Decimals: 2}}}
	tests := []struct {
		name string
		rule *LoyaltyRule
		want string
	}{
		{"no rule", nil, ""},
		{"points per spend without a currency: its spend's", &LoyaltyRule{Points: 1, Spend: tMoney(tETH, "0.01")}, "ETH"},
		{"stamps without a currency: the operator's token", &LoyaltyRule{Stamps: 5}, "TOKEN"},
		{"a currency kept", &LoyaltyRule{Stamps: 5, Currency: tUSDC}, "USDC"},
	}
	for _, tt := range tests {
		got := svc.ruleOf(&Merchant{Rule: tt.rule})
		if tt.rule == nil {
			if got != nil {
				t.Errorf("%s: %+v", tt.name, got)
			}
			continue
		}
		if got.Currency.Symbol != tt.want {
			t.Errorf("%s: currency %q, want %q", tt.name, got.Currency.Symbol, tt.want)
		}
		if err := got.Validate(); err != nil {
			t.Errorf("%s: migrated rule invalid: %v", tt.name, err)
		}
	}
}
