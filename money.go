package souq

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// Asset is a currency souq can hold in escrow: ETH (Token is empty) or an ERC-20 token.
type Asset struct {
	Symbol   string // "ETH", "USDC"; matched case-insensitively when parsing
	Decimals uint8  // minor units per major unit = 10^Decimals
	Token    string // ERC-20 contract address (0x…); empty for the chain's native coin
}

// IsNative reports whether the asset is the chain's native coin (held as ETH in the escrow).
func (a Asset) IsNative() bool { return a.Token == "" }

// Money is an amount in an asset's minor units. Amounts are never floats.
type Money struct {
	Asset  Asset
	Amount *big.Int // minor units, >= 0
}

// Errors returned when parsing amounts. The bot turns them into a reply with the exact format.
var (
	ErrAmountFormat    = errors.New("amount must look like 30 or 30.50")
	ErrAmountPrecision = errors.New("amount has more decimals than the currency allows")
	ErrAmountNotPos    = errors.New("amount must be greater than zero")
	ErrAmountTooLarge  = errors.New("amount is too large")
	ErrUnknownAsset    = errors.New("unknown currency")
)

// maxAmountDigits bounds parsed input so a hostile message cannot make us allocate a huge integer;
// 2^256 has 78 decimal digits, the escrow's amount limit is lower still.
const maxAmountDigits = 40

// ParseAmount parses a decimal string such as "30", "30.5" or "30.50" into minor units of an asset
// with the given decimals, exactly. It rejects signs, exponents, separators, more decimals than the
// asset has, zero, and anything with more than 40 digits.
func ParseAmount(s string, decimals uint8) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" && frac == "" || hasDot && frac == "" || !allDigits(whole) || !allDigits(frac) {
		return nil, fmt.Errorf("%q: %w", s, ErrAmountFormat)
	}
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("%q has %d decimals, at most %d: %w", s, len(frac), decimals, ErrAmountPrecision)
	}
	if len(whole)+int(decimals) > maxAmountDigits {
		return nil, fmt.Errorf("%q: %w", s, ErrAmountTooLarge)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%q: %w", s, ErrAmountFormat)
	}
	if v.Sign() == 0 {
		return nil, fmt.Errorf("%q: %w", s, ErrAmountNotPos)
	}
	return v, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FormatAmount renders minor units with the asset's decimals, trimming trailing zeros but keeping
// at least two decimals for assets that have them ("30.50", "0.015", "12").
func FormatAmount(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= int(decimals) {
			s = strings.Repeat("0", int(decimals)-len(s)+1) + s
		}
		whole, frac := s[:len(s)-int(decimals)], s[len(s)-int(decimals):]
		frac = strings.TrimRight(frac, "0")
		for len(frac) < 2 && len(frac) < int(decimals) {
			frac += "0"
		}
		s = whole + "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// String renders money as "30.50 USDC".
func (m Money) String() string {
	return FormatAmount(m.Amount, m.Asset.Decimals) + " " + m.Asset.Symbol
}

// Assets is the set of currencies an operator accepts, keyed by upper-case symbol.
type Assets map[string]Asset

// Lookup finds an asset by symbol, case-insensitively.
func (as Assets) Lookup(symbol string) (Asset, error) {
	a, ok := as[strings.ToUpper(strings.TrimSpace(symbol))]
	if !ok {
		return Asset{}, fmt.Errorf("%q: %w", symbol, ErrUnknownAsset)
	}
	return a, nil
}

// ParseMoney parses "30.50 USDC" (amount, space, symbol) against the accepted assets.
func (as Assets) ParseMoney(s string) (Money, error) {
	fields := strings.Fields(s)
	if len(fields) != 2 {
		return Money{}, fmt.Errorf("%q: want \"<amount> <currency>\": %w", s, ErrAmountFormat)
	}
	a, err := as.Lookup(fields[1])
	if err != nil {
		return Money{}, err
	}
	v, err := ParseAmount(fields[0], a.Decimals)
	if err != nil {
		return Money{}, err
	}
	return Money{Asset: a, Amount: v}, nil
}
