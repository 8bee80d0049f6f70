package lang

import (
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Separators are a locale's decimal and grouping marks.
type Separators struct{ Decimal, Group string }

// SeparatorsOf reads l's marks from CLDR through x/text.
func SeparatorsOf(l Lang) Separators {
	s := message.NewPrinter(l.Tag()).Sprint(number.Decimal(1234.5))
	// "1,234.5" / "1.234,5": the mark after the first digit groups, the one before the last decimal.
	r := []rune(s)
	if len(r) != 7 {
		return Separators{Decimal: ".", Group: ","}
	}
	return Separators{Decimal: string(r[5]), Group: string(r[1])}
}

// Group inserts mark every three digits of a run of ASCII digits.
func Group(digits, mark string) string {
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

// FormatInt renders a whole number in l ("1.000" in pt, "1,000" in en).
func FormatInt(l Lang, n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = Group(strings.TrimPrefix(s, "-"), SeparatorsOf(l).Group)
	if neg {
		s = "-" + s
	}
	return s
}

// Forms are a counted noun's plural forms in one language, keyed by CLDR form; {n} is the
// formatted number. A missing form falls back to Other.
type Forms map[plural.Form]string

// Count renders n with its noun in l's plural form (CLDR's plural.Cardinal): "1 ponto",
// "2 pontos", "4 نقاط". English and Italian have one/other; Portuguese one for 0 and 1; Arabic
// six: zero, one, two, few for 3–10, many for 11–99, other for 100–102.
func Count(l Lang, n int64, forms Forms) string {
	abs := n
	if abs < 0 {
		abs = -abs
	}
	// MatchPlural takes an int; counts beyond it are "other" in every supported language.
	form := plural.Other
	if abs <= 1<<31-1 {
		form = plural.Cardinal.MatchPlural(l.Tag(), int(abs), 0, 0, 0, 0)
	}
	if l == Portuguese && n == 0 {
		// CLDR files 0 under pt's "one" (its rule is written for "0,5 hora"); a whole zero is
		// plural in Brazil: "0 pontos".
		form = plural.Other
	}
	msg, ok := forms[form]
	if !ok {
		msg = forms[plural.Other]
	}
	return strings.ReplaceAll(msg, "{n}", FormatInt(l, n))
}
