package bot

import (
	"math/big"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/souqchain/souq"
)

// Locale formatting: counts with their plural forms and amounts with the reader's separators.
//
// golang.org/x/text (already a dependency) supplies the CLDR data: plural.Cardinal picks the form
// (English and Italian one/other; Portuguese one for 0 and 1; Arabic's six: zero, one, two, few
// for 3–10, many for 11–99, other for 100–102), and message/number give each locale's decimal and
// grouping separators. go-i18n would add a dependency and a second catalogue format for the same
// CLDR rules; the hand catalogue stays, and only counted words go through this layer.
//
// Arabic is formatted as ar-AE: Latin digits with "." for decimals and "," for thousands. CLDR
// itself makes Latin digits the default for the Gulf locales (ar-AE, ar-SA), order numbers,
// phone numbers and currency symbols in the same line are Latin, and Gulf shopping and banking
// apps show amounts that way. Arabic-Indic digits are still read when people write them.

// tag is the CLDR locale each chat language is formatted with.
func (l Lang) tag() language.Tag {
	switch l {
	case Portuguese:
		return language.BrazilianPortuguese
	case Italian:
		return language.Italian
	case Arabic:
		return language.MustParse("ar-AE")
	}
	return language.English
}

// separators are a locale's decimal and grouping marks, read from CLDR through x/text.
type separators struct{ decimal, group string }

func (l Lang) separators() separators {
	s := message.NewPrinter(l.tag()).Sprint(number.Decimal(1234.5))
	// "1,234.5" / "1.234,5": the mark after the first digit groups, the one before the last decimal.
	r := []rune(s)
	if len(r) != 7 {
		return separators{decimal: ".", group: ","}
	}
	return separators{decimal: string(r[5]), group: string(r[1])}
}

// group inserts the grouping mark every three digits of a run of ASCII digits.
func group(digits, mark string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(mark)
		}
		b.WriteRune(d)
	}
	return b.String()
}

// formatCount renders a whole number in l ("1.000" in pt, "1,000" in en).
func formatCount(l Lang, n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = group(strings.TrimPrefix(s, "-"), l.separators().group)
	if neg {
		s = "-" + s
	}
	return s
}

// Unit is a counted noun.
type Unit string

// Counted nouns.
const (
	uPoints Unit = "points"
	uOrders Unit = "orders"
	uHours  Unit = "hours"
)

// units are each noun's plural forms, keyed by CLDR form; {n} is the formatted number. A missing
// form falls back to Other. Arabic writes 1 and 2 without the digit (the dual is the number), 3–10
// with the plural, 11–99 and 100+ with the singular (accusative for 11–99). The dual is written in
// its oblique form (نقطتين), as chat and shop apps do in every position, rather than varying by case.
var units = map[Lang]map[Unit]map[plural.Form]string{
	English: {
		uPoints: {plural.One: "{n} point", plural.Other: "{n} points"},
		uOrders: {plural.One: "{n} order", plural.Other: "{n} orders"},
		uHours:  {plural.One: "{n} hour", plural.Other: "{n} hours"},
	},
	Portuguese: {
		uPoints: {plural.One: "{n} ponto", plural.Other: "{n} pontos"},
		uOrders: {plural.One: "{n} pedido", plural.Other: "{n} pedidos"},
		uHours:  {plural.One: "{n} hora", plural.Other: "{n} horas"},
	},
	Italian: {
		uPoints: {plural.One: "{n} punto", plural.Other: "{n} punti"},
		uOrders: {plural.One: "{n} ordine", plural.Other: "{n} ordini"},
		uHours:  {plural.One: "{n} ora", plural.Other: "{n} ore"},
	},
	Arabic: {
		uPoints: {plural.Zero: "{n} نقطة", plural.One: "نقطة واحدة", plural.Two: "نقطتين", plural.Few: "{n} نقاط", plural.Many: "{n} نقطة", plural.Other: "{n} نقطة"},
		uOrders: {plural.Zero: "{n} طلب", plural.One: "طلب واحد", plural.Two: "طلبين", plural.Few: "{n} طلبات", plural.Many: "{n} طلبًا", plural.Other: "{n} طلب"},
		uHours:  {plural.Zero: "{n} ساعة", plural.One: "ساعة واحدة", plural.Two: "ساعتين", plural.Few: "{n} ساعات", plural.Many: "{n} ساعة", plural.Other: "{n} ساعة"},
	},
}

// count renders n with its noun in l's plural form: "1 ponto", "2 pontos", "4 نقاط", "11 نقطةً".
func count(l Lang, u Unit, n int64) string {
	forms, ok := units[l]
	if !ok {
		l, forms = English, units[English]
	}
	abs := n
	if abs < 0 {
		abs = -abs
	}
	// MatchPlural takes an int; counts beyond it are "other" in every supported language.
	form := plural.Other
	if abs <= 1<<31-1 {
		form = plural.Cardinal.MatchPlural(l.tag(), int(abs), 0, 0, 0, 0)
	}
	if l == Portuguese && n == 0 {
		// CLDR files 0 under pt's "one" (its rule is written for "0,5 hora"); a whole zero is
		// plural in Brazil: "0 pontos".
		form = plural.Other
	}
	msg, ok := forms[u][form]
	if !ok {
		msg = forms[u][plural.Other]
	}
	return strings.ReplaceAll(msg, "{n}", formatCount(l, n))
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
	sep := l.separators()
	out := group(whole, sep.group)
	if frac != "" {
		out += sep.decimal + frac
	}
	if v.Sign() < 0 {
		out = "-" + out
	}
	return approx + out
}
