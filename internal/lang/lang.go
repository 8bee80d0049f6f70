// Package lang holds the language rules souq's chat (bot) and web pages (server) share, so the
// two say the same thing the same way: the supported languages and their CLDR tags, the {name}
// renderer that isolates inserted values in right-to-left text, plural forms and digit grouping
// from CLDR (golang.org/x/text), and the words both show — order status names, the escrow's
// refund reasons and durations. Each side keeps its own message table for everything else.
package lang

import (
	"strings"

	"golang.org/x/text/language"
)

// Lang is a supported language, by its ISO 639-1 code.
type Lang string

// Supported languages. Portuguese is Brazilian Portuguese ("pt").
const (
	English    Lang = "en"
	Arabic     Lang = "ar"
	Portuguese Lang = "pt"
	Italian    Lang = "it"
)

// All lists the supported languages in menu order.
var All = []Lang{English, Arabic, Portuguese, Italian}

// Parse accepts a language code: "ar", "pt", "pt-BR", "pt_br", "IT".
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s, _, _ = strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	for _, l := range All {
		if string(l) == s {
			return l, true
		}
	}
	return "", false
}

// RTL reports whether the language is written right to left.
func (l Lang) RTL() bool { return l == Arabic }

// Tag is the CLDR locale l is formatted with; an unknown language is formatted as English.
//
// Arabic is formatted as ar-AE: Latin digits with "." for decimals and "," for thousands. CLDR
// itself makes Latin digits the default for the Gulf locales (ar-AE, ar-SA), order numbers,
// phone numbers and currency symbols in the same line are Latin, and Gulf shopping and banking
// apps show amounts that way.
func (l Lang) Tag() language.Tag {
	switch l {
	case Portuguese:
		return language.BrazilianPortuguese
	case Italian:
		return language.Italian
	case Arabic:
		return arabicTag
	}
	return language.English
}

var arabicTag = language.MustParse("ar-AE")

// matcher matches a browser's languages against ours by base language (pt-PT reads pt).
var matcher = language.NewMatcher([]language.Tag{language.English, language.Portuguese, language.Italian, language.Arabic})

// Negotiate picks the supported language an Accept-Language header prefers, if any.
func Negotiate(acceptLanguage string) (Lang, bool) {
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return "", false
	}
	t, _, conf := matcher.Match(tags...)
	if conf == language.No {
		return "", false
	}
	base, _ := t.Base()
	return Parse(base.String())
}
