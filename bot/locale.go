package bot

import (
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

// Rounding says which way an amount with more precision than its display goes (lang.Rounding).
type Rounding = lang.Rounding

// Roundings (lang.Exact, lang.RoundUp).
const (
	Exact   = lang.Exact
	RoundUp = lang.RoundUp
)

// formatMoney renders an amount exactly from its minor units in l (lang.Money).
func formatMoney(l Lang, m souq.Money, r Rounding) string {
	return lang.Money(l, m.Amount, int(m.Asset.Decimals), m.Asset.Symbol, r)
}
