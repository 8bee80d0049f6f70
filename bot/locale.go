package bot

import (
	"math/big"
	"strings"

	"golang.org/x/text/feature/plural"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/lang"
)

// Locale formatting: counts with their plural forms and amounts with the reader's separators.
//
// The CLDR rules (plural forms, decimal and grouping marks, Arabic formatted as ar-AE with Latin
// digits) are internal/lang's, shared with the web pages; the counted nouns only the chat says
// are here. go-i18n would add a dependency and a second message-file format for the same CLDR rules;
// the hand-written message table stays, and only counted words go through this layer. Arabic-Indic digits
// are still read when people write them.

// Unit is a counted noun.
type Unit string

// Counted nouns.
const (
	uPoints Unit = "points"
	uOrders Unit = "orders"
)

// units are each noun's plural forms (lang.Forms). Arabic writes 1 and 2 without the digit (the
// dual is the number), 3–10 with the plural, 11–99 and 100+ with the singular (accusative for
// 11–99). The dual is written in its oblique form (نقطتين), as chat and shop apps do in every
// position, rather than varying by case.
var units = map[Lang]map[Unit]lang.Forms{
	English: {
		uPoints: {plural.One: "{n} point", plural.Other: "{n} points"},
		uOrders: {plural.One: "{n} order", plural.Other: "{n} orders"},
	},
	Portuguese: {
		uPoints: {plural.One: "{n} ponto", plural.Other: "{n} pontos"},
		uOrders: {plural.One: "{n} pedido", plural.Other: "{n} pedidos"},
	},
	Italian: {
		uPoints: {plural.One: "{n} punto", plural.Other: "{n} punti"},
		uOrders: {plural.One: "{n} ordine", plural.Other: "{n} ordini"},
	},
	Arabic: {
		uPoints: {plural.Zero: "{n} نقطة", plural.One: "نقطة واحدة", plural.Two: "نقطتين", plural.Few: "{n} نقاط", plural.Many: "{n} نقطة", plural.Other: "{n} نقطة"},
		uOrders: {plural.Zero: "{n} طلب", plural.One: "طلب واحد", plural.Two: "طلبين", plural.Few: "{n} طلبات", plural.Many: "{n} طلبًا", plural.Other: "{n} طلب"},
	},
}

// count renders n with its noun in l's plural form: "1 ponto", "2 pontos", "4 نقاط", "11 نقطةً".
func count(l Lang, u Unit, n int64) string {
	forms, ok := units[l]
	if !ok {
		l, forms = English, units[English]
	}
	return lang.Count(l, n, forms[u])
}

// displayDecimals is how many decimals an amount of the asset is shown with. Tokens pegged to a
// currency people count in cents show two (USDC's six decimals are not what anyone reads); other
// assets (ETH) show up to six, trimmed of trailing zeros.
func displayDecimals(a souq.Asset) int {
	d := 6
	if _, pegged := fiatOf[strings.ToUpper(a.Symbol)]; pegged {
		d = 2
	}
	return min(d, int(a.Decimals))
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

// formatMoney renders an amount exactly from its minor units in l, with the asset's display
// decimals: "30,20 USDC" (pt, it), "30.20 USDC" (en, ar), "1.234,50 USDC", "0.015 ETH".
func formatMoney(l Lang, m souq.Money, r Rounding) string {
	return formatAmount(l, m.Amount, m.Asset, r) + " " + m.Asset.Symbol
}

func formatAmount(l Lang, v *big.Int, a souq.Asset, r Rounding) string {
	if v == nil {
		v = new(big.Int)
	}
	show := displayDecimals(a)
	drop := int(a.Decimals) - show
	q, rem := new(big.Int).Abs(v), new(big.Int)
	approx := ""
	if drop > 0 {
		unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(drop)), nil)
		q.QuoRem(q, unit, rem)
		switch {
		case rem.Sign() == 0:
		case r == RoundUp:
			q.Add(q, big.NewInt(1))
		default:
			q, show = new(big.Int).Abs(v), int(a.Decimals)
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
	sep := lang.SeparatorsOf(l)
	out := lang.Group(whole, sep.Group)
	if frac != "" {
		out += sep.Decimal + frac
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return approx + out
}
