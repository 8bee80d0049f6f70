package bot

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/souqchain/souq/internal/lang"
)

func TestMessagesComplete(t *testing.T) {
	t.Parallel()
	keys := allKeys()
	if len(keys) < 100 {
		t.Fatalf("only %d keys", len(keys))
	}
	for _, l := range Langs {
		for _, k := range keys {
			msg, ok := messages[l][k]
			if !ok || msg == "" {
				t.Errorf("%s: missing %s", l, k)
				continue
			}
			if got, want := lang.Placeholders(msg), lang.Placeholders(messages[English][k]); !slices.Equal(got, want) {
				t.Errorf("%s %s: placeholders %v, English has %v", l, k, got, want)
			}
			limit := 0
			switch {
			case strings.HasPrefix(string(k), "b_"):
				limit = 20
			case strings.HasPrefix(string(k), "r_"), strings.HasPrefix(string(k), "h_"):
				limit = 24
			}
			if limit > 0 && utf8.RuneCountInString(msg) > limit {
				t.Errorf("%s %s: %q is longer than %d", l, k, msg, limit)
			}
		}
		if len(messages[l]) != len(keys) {
			t.Errorf("%s has %d keys, English %d", l, len(messages[l]), len(keys))
		}
	}
}

func TestRender(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang Lang
		key  Key
		args Args
		want string
	}{
		{English, kNotFound, Args{"order": "3f2a1b0c"}, "I couldn't find order 3f2a1b0c among your orders."},
		{Portuguese, kNotFound, Args{"order": "3f2a1b0c"}, "Não encontrei o pedido 3f2a1b0c entre os seus pedidos."},
		{Italian, kOfferSent, Args{"order": "1", "items": "2× caffè", "total": "30.00 USDC"}, "Offerta 1 inviata: 2× caffè per 30.00 USDC."},
		// Arabic: each line starts right-to-left, each value is isolated so "30.00 USDC" stays intact.
		{Arabic, kNotFound, Args{"order": "3f2a1b0c"}, "\u200fلم أجد الطلب \u20683f2a1b0c\u2069 بين طلباتك."},
		{Arabic, kOrderLine, Args{"order": "3f2a1b0c", "items": "2× coffee", "total": "30.00 USDC", "status": "مشحون"},
			"\u200fالطلب \u20683f2a1b0c\u2069: \u20682× coffee\u2069، \u206830.00 USDC\u2069.\n\u200fالحالة: \u2068مشحون\u2069."},
		{English, kNotFound, nil, "I couldn't find order {order} among your orders."},
		{Lang("xx"), kCancelled, nil, "Cancelled."},
	}
	for _, tt := range tests {
		if got := T(tt.lang, tt.key, tt.args); got != tt.want {
			t.Errorf("T(%s, %s) = %q, want %q", tt.lang, tt.key, got, tt.want)
		}
	}
}

func TestLangForNumber(t *testing.T) {
	t.Parallel()
	tests := map[string]Lang{
		"5511999998888": Portuguese, "393331234567": Italian, "971501234567": Arabic, "201001234567": Arabic,
		"966501234567": Arabic, "16505551234": English, "447700900123": English, "2348012345678": English,
	}
	for n, want := range tests {
		if got := LangForNumber(n); got != want {
			t.Errorf("LangForNumber(%s) = %s, want %s", n, got, want)
		}
	}
	for in, want := range map[string]Lang{"ar": Arabic, "PT-BR": Portuguese, "pt_br": Portuguese, "it": Italian, "en": English} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %s %v", in, got, ok)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("fr accepted")
	}
}
