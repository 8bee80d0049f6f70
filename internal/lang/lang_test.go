package lang

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"golang.org/x/text/feature/plural"
)

func TestParseAndNegotiate(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Lang{"ar": Arabic, "PT-BR": Portuguese, "pt_br": Portuguese, " it ": Italian, "en-GB": English} {
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"fr", "", "português"} {
		if got, ok := Parse(in); ok {
			t.Errorf("Parse(%q) = %q", in, got)
		}
	}
	for in, want := range map[string]Lang{"pt-PT,pt;q=0.9": Portuguese, "ar-EG": Arabic, "it-IT,en;q=0.5": Italian, "fr-FR,en;q=0.5": English} {
		if got, ok := Negotiate(in); !ok || got != want {
			t.Errorf("Negotiate(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "ja-JP", ";;;"} {
		if got, ok := Negotiate(in); ok {
			t.Errorf("Negotiate(%q) = %q", in, got)
		}
	}
}

func TestRender(t *testing.T) {
	t.Parallel()
	args := map[string]string{"order": "3f2a1b0c", "empty": ""}
	for _, tt := range []struct {
		lang     Lang
		msg, out string
	}{
		{English, "Order {order}.", "Order 3f2a1b0c."},
		{English, "Order {order} {missing}{empty}.", "Order 3f2a1b0c {missing}."},
		{Arabic, "الطلب {order}{empty}", "الطلب " + FSI + "3f2a1b0c" + PDI},
		{English, "unclosed {order", "unclosed {order"},
	} {
		if got := Render(tt.lang, tt.msg, args); got != tt.out {
			t.Errorf("Render(%s, %q) = %q, want %q", tt.lang, tt.msg, got, tt.out)
		}
	}
	if got := Placeholders("{b} and {a} then {b}"); !slices.Equal(got, []string{"a", "b", "b"}) {
		t.Errorf("Placeholders = %v", got)
	}
}

func TestCount(t *testing.T) {
	t.Parallel()
	points := map[Lang]Forms{
		English:    {plural.One: "{n} point", plural.Other: "{n} points"},
		Portuguese: {plural.One: "{n} ponto", plural.Other: "{n} pontos"},
		Arabic:     {plural.Zero: "{n} نقطة", plural.One: "نقطة واحدة", plural.Two: "نقطتين", plural.Few: "{n} نقاط", plural.Many: "{n} نقطة", plural.Other: "{n} نقطة"},
	}
	for _, tt := range []struct {
		lang Lang
		n    int64
		want string
	}{
		{English, 1, "1 point"}, {English, 1000, "1,000 points"}, {English, -2, "-2 points"},
		{Portuguese, 0, "0 pontos"}, {Portuguese, 1, "1 ponto"}, {Portuguese, 1000, "1.000 pontos"},
		{Arabic, 2, "نقطتين"}, {Arabic, 103, "103 نقاط"}, {Arabic, 100, "100 نقطة"}, {Arabic, 1000, "1,000 نقطة"},
	} {
		if got := Count(tt.lang, tt.n, points[tt.lang]); got != tt.want {
			t.Errorf("Count(%s, %d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

// One rule for the chat's offer and the payment page: whole days in days, whole hours in hours,
// the rest in minutes.
func TestDuration(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang Lang
		d    time.Duration
		want string
	}{
		{English, 24 * time.Hour, "1 day"}, {English, 48 * time.Hour, "2 days"}, {English, 36 * time.Hour, "36 hours"},
		{English, time.Hour, "1 hour"}, {English, 90 * time.Minute, "90 minutes"}, {English, 0, "0 minutes"},
		{Portuguese, 48 * time.Hour, "2 dias"}, {Portuguese, 0, "0 minutos"}, {Italian, 90 * time.Minute, "90 minuti"}, {Italian, time.Hour, "1 ora"},
		{Arabic, 24 * time.Hour, "يوم واحد"}, {Arabic, 48 * time.Hour, "يومين"}, {Arabic, 72 * time.Hour, "3 أيام"},
		{Arabic, 11 * time.Hour, "11 ساعة"}, {Arabic, 2 * time.Hour, "ساعتين"}, {Arabic, 15 * 24 * time.Hour, "15 يومًا"},
		{Arabic, 100 * 24 * time.Hour, "100 يوم"}, {Arabic, 3 * time.Minute, "3 دقائق"},
		{Lang("xx"), 48 * time.Hour, "2 days"},
	} {
		if got := Duration(tt.lang, tt.d); got != tt.want {
			t.Errorf("Duration(%s, %s) = %q, want %q", tt.lang, tt.d, got, tt.want)
		}
	}
}

// Every word has every language, and the tables know only the supported languages.
func TestWordsComplete(t *testing.T) {
	t.Parallel()
	for name, table := range map[string]map[Lang]map[string]string{"status": statusNames, "refund reason": refundReasons} {
		if len(table) != len(All) {
			t.Errorf("%s: %d languages, want %d", name, len(table), len(All))
		}
		for _, l := range All {
			for k := range table[English] {
				if table[l][k] == "" {
					t.Errorf("%s %s: no word for %q", name, l, k)
				}
			}
			if len(table[l]) != len(table[English]) {
				t.Errorf("%s %s: %d words, English %d", name, l, len(table[l]), len(table[English]))
			}
		}
	}
	if len(durationUnits) != len(All) {
		t.Errorf("durations: %d languages", len(durationUnits))
	}
	if w, ok := StatusName(Lang("xx"), "paid"); !ok || w != "paid (in escrow)" {
		t.Errorf("StatusName(xx, paid) = %q %v", w, ok)
	}
	if w, ok := RefundReason(Italian, "nope"); ok {
		t.Errorf("RefundReason(it, nope) = %q", w)
	}
}

func TestMoney(t *testing.T) {
	for _, tt := range []struct {
		l        Lang
		v        int64
		decimals int
		symbol   string
		r        Rounding
		want     string
	}{
		{Portuguese, 30_195_000, 6, "USDC", Exact, "30,195 USDC"},
		{English, 30_195_000, 6, "USDC", Exact, "30.195 USDC"},
		{Italian, 1_234_500_000, 6, "USDC", Exact, "1.234,50 USDC"},
		{Arabic, 12_500_000, 6, "USDC", Exact, "12.50 USDC"},
		{English, 30_195_000, 6, "USDC", RoundUp, "30.20 USDC"},
		{English, 15_000_000_000_000_000, 18, "ETH", Exact, "0.015 ETH"},
		{Portuguese, 0, 6, "USDC", Exact, "0,00 USDC"},
		{English, -2_500_000, 6, "EURC", Exact, "-2.50 EURC"},
	} {
		if got := Money(tt.l, big.NewInt(tt.v), tt.decimals, tt.symbol, tt.r); got != tt.want {
			t.Errorf("Money(%s, %d, %d, %s) = %q, want %q", tt.l, tt.v, tt.decimals, tt.symbol, got, tt.want)
		}
	}
	if f, ok := FiatOf("usdc"); !ok || f != "USD" {
		t.Errorf("FiatOf(usdc) = %q, %v", f, ok)
	}
}
