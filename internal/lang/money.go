package lang

import (
	"math/big"
	"strings"
)

// fiatOf is the fiat currency a token is pegged to, by symbol.
var fiatOf = map[string]string{
	"USDC": "USD", "USDT": "USD", "DAI": "USD", "PYUSD": "USD", "USDP": "USD",
	"EURC": "EUR", "EURE": "EUR", "EURT": "EUR",
	"BRZ": "BRL", "BRLA": "BRL", "BRL1": "BRL",
}

// FiatOf is the fiat currency the token symbol is pegged to ("USDC" → "USD"), if any.
func FiatOf(symbol string) (string, bool) {
	f, ok := fiatOf[strings.ToUpper(symbol)]
	return f, ok
}

// displayDecimals is how many decimals an amount of the asset is shown with. Tokens pegged to a
// currency people count in cents show two (USDC's six decimals are not what anyone reads); other
// assets (ETH) show up to six, trimmed of trailing zeros.
func displayDecimals(symbol string, decimals int) int {
	d := 6
	if _, pegged := FiatOf(symbol); pegged {
		d = 2
	}
	return min(d, decimals)
}

// Rounding says which way an amount with more precision than its display goes.
type Rounding int

// Roundings. Money souq tells about — a price, a fee, a payout after the fee, a refund split, a
// discount — is Exact: every digit it has, beyond the display decimals when the chain moved them
// ("30,195 USDC" after a 1% fee), so the text and the chain agree to the minor unit (issue 11: the
// customer reads the truth). An amount a person is asked to send is rounded up: sending it covers
// what is needed (the few minor units over stay in their wallet).
const (
	Exact Rounding = iota
	RoundUp
)

// Money renders an amount of minor units (decimals of them to the unit) with its symbol in l:
// "30,20 USDC" (pt, it), "30.20 USDC" (en, ar), "1.234,50 USDC", "0.015 ETH".
func Money(l Lang, v *big.Int, decimals int, symbol string, r Rounding) string {
	return Amount(l, v, decimals, symbol, r) + " " + symbol
}

// Amount is Money without the symbol.
func Amount(l Lang, v *big.Int, decimals int, symbol string, r Rounding) string {
	if v == nil {
		v = new(big.Int)
	}
	show := displayDecimals(symbol, decimals)
	drop := decimals - show
	q, rem := new(big.Int).Abs(v), new(big.Int)
	if drop > 0 {
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(drop)), nil)
		q.QuoRem(q, unit, rem)
		switch {
		case rem.Sign() == 0:
		case r == RoundUp:
			q.Add(q, big.NewInt(1))
		default:
			q, show = new(big.Int).Abs(v), decimals
		}
	}
	s := q.String()
	if len(s) <= show {
		s = strings.Repeat("0", show-len(s)+1) + s
	}
	whole, frac := s[:len(s)-show], s[len(s)-show:]
	// Trailing zeros beyond the cents go ("0.015 ETH", "12.00 ETH"), as souq.FormatAmount does.
	for len(frac) > 2 && strings.HasSuffix(frac, "0") {
		frac = frac[:len(frac)-1]
	}
	sep := SeparatorsOf(l)
	out := Group(whole, sep.Group)
	if frac != "" {
		out += sep.Decimal + frac
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return out
}
