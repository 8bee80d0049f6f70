package souq

import (
	"errors"
	"testing"
)

func TestParseAmount(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals uint8
		want     string
		err      error
	}{
		{"30", 6, "30000000", nil},
		{"30.5", 6, "30500000", nil},
		{"30.50", 6, "30500000", nil},
		{"0.000001", 6, "1", nil},
		{" 1.25 ", 2, "125", nil},
		{"1", 18, "1000000000000000000", nil},
		{".5", 6, "500000", nil},
		{"0.0000001", 6, "", ErrAmountPrecision},
		{"30.", 6, "", ErrAmountFormat},
		{"", 6, "", ErrAmountFormat},
		{".", 6, "", ErrAmountFormat},
		{"-1", 6, "", ErrAmountFormat},
		{"+1", 6, "", ErrAmountFormat},
		{"1e6", 6, "", ErrAmountFormat},
		{"1,000", 6, "", ErrAmountFormat},
		{"1.2.3", 6, "", ErrAmountFormat},
		{"٣٠", 6, "", ErrAmountFormat},
		{"0", 6, "", ErrAmountNotPos},
		{"0.000000", 6, "", ErrAmountNotPos},
		{"12345678901234567890123456789012345", 6, "", ErrAmountTooLarge},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in, tt.decimals)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("ParseAmount(%q, %d) error = %v, want %v", tt.in, tt.decimals, err, tt.err)
			}
			continue
		}
		if err != nil || got.String() != tt.want {
			t.Errorf("ParseAmount(%q, %d) = %v, %v; want %s", tt.in, tt.decimals, got, err, tt.want)
		}
	}
}

func TestFormatAmountRoundTrip(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals uint8
		want     string
	}{
		{"30.50", 6, "30.50"},
		{"30", 6, "30.00"},
		{"0.015", 6, "0.015"},
		{"0.000001", 6, "0.000001"},
		{"12", 0, "12"},
		{"1.5", 1, "1.5"},
	}
	for _, tt := range tests {
		v, err := ParseAmount(tt.in, tt.decimals)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatAmount(v, tt.decimals); got != tt.want {
			t.Errorf("FormatAmount(ParseAmount(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseMoney(t *testing.T) {
	t.Parallel()
	assets := Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x01"}, "ETH": {Symbol: "ETH", Decimals: 18}}
	m, err := assets.ParseMoney("30.50 usdc")
	if err != nil || m.Amount.String() != "30500000" || m.Asset.Symbol != "USDC" {
		t.Fatalf("ParseMoney = %v, %v", m, err)
	}
	if m.String() != "30.50 USDC" {
		t.Errorf("String() = %q", m.String())
	}
	if _, err := assets.ParseMoney("30 DOGE"); !errors.Is(err, ErrUnknownAsset) {
		t.Errorf("unknown asset: %v", err)
	}
	if _, err := assets.ParseMoney("30USDC"); !errors.Is(err, ErrAmountFormat) {
		t.Errorf("no space: %v", err)
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"30.50", "0", "1e9", ".5", "99999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s, 6)
		if err != nil {
			return
		}
		if v.Sign() <= 0 {
			t.Fatalf("ParseAmount(%q) = %v, not positive", s, v)
		}
		back, err := ParseAmount(FormatAmount(v, 6), 6)
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}
