package bot

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"unicode"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/lang"
)

// Amounts as people write them.
//
// Digits may be ASCII, Arabic-Indic (٣٠) or Eastern Arabic-Indic (۳۰); ٫ is a decimal mark and ٬ a
// grouping mark wherever they appear. "," and "." are read by the writer's language:
//   - both present: the last one is the decimal mark, the other groups ("1.234,50", "1,234.50");
//   - one of them, more than once: grouping ("1.000.000" in pt, "1,000,000" in en);
//   - one of them, once, followed by exactly three digits after a non-zero whole part: grouping
//     if it is the language's grouping mark ("1.000" is one thousand in pt and it, "1,000" in en
//     and ar), otherwise decimal ("1.000" is one in en);
//   - otherwise decimal: "30,50" and "30.50" are thirty and a half in every language, since a
//     grouping mark is always followed by three digits.
//
// Groups must have three digits; anything else is refused, never guessed. The currency may come
// before or after the number, with or without a space: "30 USDC", "USDC 30", "R$30", "30 R$",
// "US$ 30", "€30". A fiat symbol means the one accepted token pegged to that currency (US$ →
// USDC when USDC is the only dollar token accepted); a fiat currency no accepted token is pegged
// to is refused with its name ("souq holds USDC, ETH; R$ is not one of them"). A bare number takes
// the merchant's default currency ("currency USDC"); without one the bot asks which currency.

// Errors of the amount reader (beside souq's ErrAmount…).
var (
	// ErrNoCurrency: a bare number and no default currency.
	ErrNoCurrency = errors.New("amount without a currency")
	// ErrFiatNotAccepted: a fiat currency with no accepted token pegged to it (or several).
	ErrFiatNotAccepted = errors.New("currency not held by souq")
)

// FiatError names the fiat currency a symbol stands for and the accepted tokens pegged to it.
type FiatError struct {
	Symbol string   // as written: "R$"
	Fiat   string   // ISO 4217: "BRL"
	Tokens []string // accepted tokens pegged to Fiat (several: the writer must pick one)
}

func (e *FiatError) Error() string {
	return fmt.Sprintf("%s (%s): %v", e.Symbol, e.Fiat, ErrFiatNotAccepted)
}

func (e *FiatError) Unwrap() error { return ErrFiatNotAccepted }

// fiatSymbols maps what people write for a currency to its ISO code.
var fiatSymbols = map[string]string{
	"R$": "BRL", "BRL": "BRL", "REAIS": "BRL", "REAL": "BRL",
	"$": "USD", "US$": "USD", "USD": "USD", "U$": "USD", "DOLLAR": "USD", "DOLLARS": "USD", "DÓLAR": "USD", "DÓLARES": "USD", "DOLLARI": "USD", "دولار": "USD",
	"€": "EUR", "EUR": "EUR", "EURO": "EUR", "EUROS": "EUR",
	"£": "GBP", "GBP": "GBP",
	"AED": "AED", "د.إ": "AED", "درهم": "AED",
	"SAR": "SAR", "ر.س": "SAR", "ريال": "SAR",
}

// normalizeDigits turns Arabic-Indic digits into ASCII and the Arabic decimal/grouping marks into
// the language's own (the rules above then apply unchanged).
func normalizeDigits(l Lang, s string) string {
	sep := lang.SeparatorsOf(l)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case r == '٫':
			b.WriteString(sep.Decimal)
		case r == '٬':
			b.WriteString(sep.Group)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isNumberRune: digits of any of the three scripts and the marks a number can contain.
func isNumberRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= '٠' && r <= '٩' || r >= '۰' && r <= '۹' || r == '.' || r == ',' || r == '٫' || r == '٬'
}

func isNumber(s string) bool {
	digit := false
	for _, r := range s {
		if !isNumberRune(r) {
			return false
		}
		digit = digit || unicode.IsDigit(r)
	}
	return digit
}

// parseAmount reads a number as l's writers write it into minor units with decimals places.
func parseAmount(l Lang, s string, decimals uint8) (*big.Int, error) {
	s = normalizeDigits(l, strings.TrimSpace(s))
	bad := fmt.Errorf("%q: %w", s, souq.ErrAmountFormat)
	if !isNumber(s) {
		return nil, bad
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	whole, frac := s, ""
	groupMark := ""
	switch {
	case dots > 0 && commas > 0:
		dec := "."
		if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
			dec = ","
		}
		if strings.Count(s, dec) != 1 {
			return nil, bad
		}
		whole, frac, _ = strings.Cut(s, dec)
		groupMark = map[string]string{".": ",", ",": "."}[dec]
	case dots+commas > 1:
		groupMark = "."
		if commas > 0 {
			groupMark = ","
		}
	case dots+commas == 1:
		mark := "."
		if commas == 1 {
			mark = ","
		}
		w, f, _ := strings.Cut(s, mark)
		if len(f) == 3 && w != "" && strings.TrimLeft(w, "0") != "" && mark == lang.SeparatorsOf(l).Group {
			groupMark = mark
		} else {
			whole, frac = w, f
		}
	}
	if groupMark != "" {
		parts := strings.Split(whole, groupMark)
		if len(parts[0]) == 0 || len(parts[0]) > 3 {
			return nil, bad
		}
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return nil, bad
			}
		}
		whole = strings.Join(parts, "")
	}
	canon := whole
	if frac != "" || strings.ContainsAny(s, ".,") && groupMark == "" {
		canon = whole + "." + frac
	}
	if whole == "" {
		canon = "0" + canon // ",50" is half
	}
	return souq.ParseAmount(canon, decimals)
}

// currency resolves what someone wrote for a currency: an accepted asset's symbol, or a fiat
// symbol with exactly one accepted token pegged to it.
func currency(assets souq.Assets, tok string) (souq.Asset, error) {
	if a, err := assets.Lookup(tok); err == nil {
		return a, nil
	}
	fiat, ok := fiatSymbols[strings.ToUpper(strings.TrimSpace(tok))]
	if !ok {
		return souq.Asset{}, fmt.Errorf("%q: %w", tok, souq.ErrUnknownAsset)
	}
	var pegged []souq.Asset
	for _, a := range assets {
		if f, _ := lang.FiatOf(a.Symbol); f == fiat {
			pegged = append(pegged, a)
		}
	}
	if len(pegged) == 1 {
		return pegged[0], nil
	}
	fe := &FiatError{Symbol: tok, Fiat: fiat}
	for _, a := range pegged {
		fe.Tokens = append(fe.Tokens, a.Symbol)
	}
	sort.Strings(fe.Tokens)
	return souq.Asset{}, fe
}

func isCurrency(assets souq.Assets, tok string) bool {
	_, err := currency(assets, tok)
	return err == nil || errors.Is(err, ErrFiatNotAccepted)
}

// splitAttached splits "R$30", "30€" or "30USDC" into number and currency; a plain number has no
// currency, a word no number.
func splitAttached(tok string) (num, cur string) {
	rs := []rune(tok)
	if len(rs) == 0 {
		return "", ""
	}
	if isNumberRune(rs[0]) {
		i := 0
		for i < len(rs) && isNumberRune(rs[i]) {
			i++
		}
		return string(rs[:i]), string(rs[i:])
	}
	i := len(rs)
	for i > 0 && isNumberRune(rs[i-1]) {
		i--
	}
	if i == len(rs) {
		return "", tok
	}
	return string(rs[i:]), string(rs[:i])
}

// moneyTail reads the price at the end of toks: "30 USDC", "USDC 30", "R$ 30", "R$30", "30,50"
// (with def, the default currency, when set). It returns the money and how many tokens it took.
// Errors carry the input as "<amount> <currency>" for the reply.
func (p Parser) moneyTail(toks []string) (souq.Money, int, error) {
	n := len(toks)
	if n == 0 {
		return souq.Money{}, 0, ErrUsage
	}
	build := func(num, cur string, used int) (souq.Money, int, error) {
		input := strings.TrimSpace(num + " " + cur)
		var a souq.Asset
		if cur == "" {
			if p.Currency.Symbol == "" {
				return souq.Money{}, used, &ParseError{Verb: VerbSell, Input: num, Err: ErrNoCurrency}
			}
			a = p.Currency
		} else {
			var err error
			if a, err = currency(p.Assets, cur); err != nil {
				return souq.Money{}, used, &ParseError{Verb: VerbSell, Input: input, Err: err}
			}
		}
		v, err := parseAmount(p.Lang, num, a.Decimals)
		if err != nil {
			return souq.Money{}, used, &ParseError{Verb: VerbSell, Input: input, Err: err}
		}
		return souq.Money{Asset: a, Amount: v}, used, nil
	}
	last := toks[n-1]
	if n >= 2 {
		prev := toks[n-2]
		switch {
		case isNumber(prev) && !isNumber(last):
			return build(prev, last, 2) // "30 USDC", "30 XYZ" (an unknown currency, said so)
		case isNumber(last) && isCurrency(p.Assets, prev):
			return build(last, prev, 2) // "R$ 30", "USDC 30"
		case isCurrency(p.Assets, last) && !isNumber(prev):
			return souq.Money{}, 2, &ParseError{Verb: VerbSell, Input: prev + " " + last, Err: souq.ErrAmountFormat}
		}
	}
	num, cur := splitAttached(last)
	if num == "" {
		if strings.IndexFunc(last, unicode.IsDigit) >= 0 {
			return souq.Money{}, 1, &ParseError{Verb: VerbSell, Input: last, Err: souq.ErrAmountFormat}
		}
		return souq.Money{}, 0, ErrUsage // no price at all
	}
	return build(num, cur, 1)
}
