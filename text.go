package souq

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CleanText is the rule for every text a person types that souq shows to someone else (item
// names, merchant names, dispute reasons, statements, the arbiter's note). A merchant must not be
// able to lay out the message a customer reads: an item named "tea.\nTotal to pay: 0.01 USDC"
// would forge a line, and bidi controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) can reorder
// the digits of an amount. So, after Unicode NFC normalisation:
//
//   - control characters (Cc, line breaks and tabs included), format characters (Cf: bidi
//     controls, zero-width space, BOM, soft hyphen, tag characters) except the zero-width joiner
//     and non-joiner (needed to spell Arabic, Persian and emoji sequences, and unable to move
//     text), line and paragraph separators (Zl, Zp), private-use and unassigned code points and
//     invalid UTF-8 are removed or, if they separate words, become a space;
//   - every run of white space becomes one space, and the ends are trimmed;
//   - the result is cut to max characters (runes), ending in "…" when cut.
//
// The character classes are the standard library's Unicode tables (unicode.Cc, Cf, Zl, Zp, Co),
// normalisation is golang.org/x/text/unicode/norm.
func CleanText(s string, max int) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, " "))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\u200c' || r == '\u200d':
			// ZWNJ/ZWJ: kept (see above).
		case unicode.IsSpace(r) || unicode.In(r, unicode.Cc, unicode.Zl, unicode.Zp):
			space = b.Len() > 0
			continue
		case r == utf8.RuneError || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S):
			continue // Cf, Co, Cs and unassigned code points: removed
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	out := b.String()
	if max > 0 && utf8.RuneCountInString(out) > max {
		runes := []rune(out)
		out = strings.TrimRight(string(runes[:max-1]), " ") + "…"
	}
	return out
}
