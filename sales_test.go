package souq

import (
	"errors"
	"math/big"
	"testing"
)

func TestParseWaID(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want WaID
		err  error
	}{
		{"+55 (11) 99999-8888", "5511999998888", nil},
		{"5511999998888", "5511999998888", nil},
		{"0039 06 1234 5678", "390612345678", nil},
		{"+1.650.555.1234", "16505551234", nil},
		{"1234567", "", ErrInvalidWaID},
		{"1234567890123456", "", ErrInvalidWaID},
		{"+55 11 9999x8888", "", ErrInvalidWaID},
		{"55+11999998888", "", ErrInvalidWaID},
		{"", "", ErrInvalidWaID},
		{"0123456789", "", ErrInvalidWaID},
	}
	for _, tt := range tests {
		got, err := ParseWaID(tt.in)
		if !errors.Is(err, tt.err) || got != tt.want {
			t.Errorf("ParseWaID(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestParseOrderRef(t *testing.T) {
	t.Parallel()
	var id OrderID
	id[0], id[1], id[2], id[3], id[31] = 0x3f, 0x2a, 0x1b, 0x0c, 0xff
	tests := []struct {
		in      string
		matches bool
		err     error
	}{
		{"3f2a1b0c", true, nil},
		{"#3F2A1B0C", true, nil},
		{id.String(), true, nil},
		{id.String()[2:], true, nil},
		{"3f2a1b0d", false, nil},
		{"3f2a1b0", false, ErrInvalidOrderRef},
		{"zzzzzzzz", false, ErrInvalidOrderRef},
		{"", false, ErrInvalidOrderRef},
	}
	for _, tt := range tests {
		r, err := ParseOrderRef(tt.in)
		if !errors.Is(err, tt.err) {
			t.Errorf("ParseOrderRef(%q) err = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if err == nil && r.Matches(id) != tt.matches {
			t.Errorf("ParseOrderRef(%q).Matches = %v, want %v", tt.in, !tt.matches, tt.matches)
		}
	}
	if id.Ref() != OrderRef(id.String()[2:]) || !id.Ref().Matches(id) {
		t.Fatal("Ref does not match its id")
	}
}

func TestLoyaltyRuleValidate(t *testing.T) {
	t.Parallel()
	usdc := Asset{Symbol: "USDC", Decimals: 6}
	tests := []struct {
		name string
		r    LoyaltyRule
		ok   bool
	}{
		{"points per spend", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(10_000_000)}, Currency: usdc}, true},
		{"stamps", LoyaltyRule{Stamps: 5, Currency: usdc}, true},
		{"both", LoyaltyRule{Stamps: 5, Points: 1, Spend: Money{usdc, big.NewInt(1)}, Currency: usdc}, false},
		{"none", LoyaltyRule{Currency: usdc}, false},
		{"zero spend", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(0)}, Currency: usdc}, false},
		{"negative stamps", LoyaltyRule{Stamps: -1, Currency: usdc}, false},
		{"stamps without a currency", LoyaltyRule{Stamps: 5}, false},
		{"points without a currency", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(10_000_000)}}, false},
		{"spend in another currency", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(10_000_000)}, Currency: Asset{Symbol: "ETH", Decimals: 18}}, false},
		{"currency in lower case", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(10_000_000)}, Currency: Asset{Symbol: "usdc"}}, true},
		{"point worth less than a unit", LoyaltyRule{Points: 1, Spend: Money{usdc, big.NewInt(9)}, Currency: usdc}, false},
		{"point worth exactly a unit", LoyaltyRule{Points: 3, Spend: Money{usdc, big.NewInt(30)}, Currency: usdc}, true},
	}
	for _, tt := range tests {
		err := tt.r.Validate()
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("%s: Validate() = %v", tt.name, err)
		}
	}
}
