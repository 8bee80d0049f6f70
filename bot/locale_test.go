package bot

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/souqchain/souq"
)

func TestParseAmountAsWritten(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/amounts.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx struct {
		Cases []struct {
			Lang     Lang
			In       string
			Decimals uint8
			Want     string
			Err      string
		}
	}
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	errs := map[string]error{"format": souq.ErrAmountFormat, "precision": souq.ErrAmountPrecision, "not_positive": souq.ErrAmountNotPos}
	for _, c := range fx.Cases {
		v, err := parseAmount(c.Lang, c.In, c.Decimals)
		if c.Err != "" {
			if !errors.Is(err, errs[c.Err]) {
				t.Errorf("%s %q: %v, %v; want %s", c.Lang, c.In, v, err, c.Err)
			}
			continue
		}
		if err != nil || v.String() != c.Want {
			t.Errorf("%s %q = %v, %v; want %s", c.Lang, c.In, v, err, c.Want)
		}
	}
}

func TestPluralForms(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang Lang
		unit Unit
		n    int64
		want string
	}{
		{English, uPoints, 0, "0 points"}, {English, uPoints, 1, "1 point"}, {English, uPoints, 2, "2 points"},
		{English, uPoints, 1000, "1,000 points"}, {English, uOrders, 3, "3 orders"},
		{Portuguese, uPoints, 0, "0 pontos"}, {Portuguese, uPoints, 1, "1 ponto"}, {Portuguese, uPoints, 2, "2 pontos"},
		{Portuguese, uPoints, 1000, "1.000 pontos"}, {Portuguese, uOrders, 1, "1 pedido"},
		{Italian, uPoints, 0, "0 punti"}, {Italian, uPoints, 1, "1 punto"}, {Italian, uPoints, 5, "5 punti"},
		{Italian, uOrders, 1, "1 ordine"},
		// Arabic: zero, one, two, few (3–10), many (11–99), other (100–102), and few again for 103–110.
		{Arabic, uPoints, 0, "0 نقطة"}, {Arabic, uPoints, 1, "نقطة واحدة"}, {Arabic, uPoints, 2, "نقطتين"},
		{Arabic, uPoints, 3, "3 نقاط"}, {Arabic, uPoints, 4, "4 نقاط"}, {Arabic, uPoints, 10, "10 نقاط"},
		{Arabic, uPoints, 11, "11 نقطة"}, {Arabic, uPoints, 99, "99 نقطة"}, {Arabic, uPoints, 100, "100 نقطة"},
		{Arabic, uPoints, 103, "103 نقاط"}, {Arabic, uPoints, 1000, "1,000 نقطة"},
		{Arabic, uOrders, 1, "طلب واحد"}, {Arabic, uOrders, 2, "طلبين"}, {Arabic, uOrders, 5, "5 طلبات"}, {Arabic, uOrders, 20, "20 طلبًا"},
		{Lang("xx"), uPoints, 1, "1 point"},
	}
	for _, tt := range tests {
		if got := count(tt.lang, tt.unit, tt.n); got != tt.want {
			t.Errorf("count(%s, %s, %d) = %q, want %q", tt.lang, tt.unit, tt.n, got, tt.want)
		}
	}
}

func TestFormatMoney(t *testing.T) {
	t.Parallel()
	usdc, eth := testAssets["USDC"], testAssets["ETH"]
	m := func(a souq.Asset, v string) souq.Money {
		n, _ := new(big.Int).SetString(v, 10)
		return souq.Money{Asset: a, Amount: n}
	}
	tests := []struct {
		lang Lang
		m    souq.Money
		r    Rounding
		want string
	}{
		{English, m(usdc, "30200000"), Exact, "30.20 USDC"},
		{Portuguese, m(usdc, "30200000"), Exact, "30,20 USDC"},
		{Italian, m(usdc, "30200000"), Exact, "30,20 USDC"},
		{Arabic, m(usdc, "30200000"), Exact, "30.20 USDC"},
		{Portuguese, m(usdc, "1234567500000"), Exact, "1.234.567,50 USDC"},
		{English, m(usdc, "1234567500000"), Exact, "1,234,567.50 USDC"},
		{Portuguese, m(usdc, "0"), Exact, "0,00 USDC"},
		{Portuguese, m(usdc, "5000"), Exact, "0,005 USDC"},
		// More precision than the display: money told about keeps every digit the chain moved;
		// an amount to send is rounded up.
		{English, m(usdc, "30195000"), Exact, "30.195 USDC"},
		{Portuguese, m(usdc, "30195000"), RoundUp, "30,20 USDC"},
		{Portuguese, m(usdc, "30195000"), Exact, "30,195 USDC"},
		{Portuguese, m(usdc, "30190000"), Exact, "30,19 USDC"},
		{English, m(eth, "15000000000000000"), Exact, "0.015 ETH"},
		{Italian, m(eth, "12000000000000000000"), Exact, "12,00 ETH"},
		{English, m(eth, "1234567890123456789"), Exact, "1.234567890123456789 ETH"},
		{English, m(eth, "1234567890123456789"), RoundUp, "1.234568 ETH"},
	}
	for _, tt := range tests {
		if got := formatMoney(tt.lang, tt.m, tt.r); got != tt.want {
			t.Errorf("formatMoney(%s, %s, %d) = %q, want %q", tt.lang, tt.m, tt.r, got, tt.want)
		}
	}
}

func TestParsePrices(t *testing.T) {
	t.Parallel()
	withBRZ := souq.Assets{"USDC": testAssets["USDC"], "ETH": testAssets["ETH"], "BRZ": {Symbol: "BRZ", Decimals: 4, Token: "0x0000000000000000000000000000000000000002"}}
	twoDollars := souq.Assets{"USDC": testAssets["USDC"], "USDT": {Symbol: "USDT", Decimals: 6, Token: "0x0000000000000000000000000000000000000003"}}
	tests := []struct {
		assets souq.Assets
		lang   Lang
		def    souq.Asset
		in     string
		want   string // money as en formats it exactly
		err    error
	}{
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café 30,50 USDC para +5511999998888", "30.50 USDC", nil},
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café USDC 30 para +5511999998888", "30.00 USDC", nil},
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café 30USDC para +5511999998888", "30.00 USDC", nil},
		{testAssets, English, souq.Asset{}, "sell 2 coffee $30 to +5511999998888", "30.00 USDC", nil},
		{testAssets, English, souq.Asset{}, "sell 2 coffee 30 usd to +5511999998888", "30.00 USDC", nil},
		{withBRZ, Portuguese, souq.Asset{}, "vender 2 café R$30 para +5511999998888", "30.00 BRZ", nil},
		{withBRZ, Portuguese, souq.Asset{}, "vender 2 café 30 reais para +5511999998888", "30.00 BRZ", nil},
		{withBRZ, Portuguese, souq.Asset{}, "vender 2 café R$ 1.500,00 para +5511999998888", "1,500.00 BRZ", nil},
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café R$30 para +5511999998888", "", ErrFiatNotAccepted},
		{twoDollars, English, souq.Asset{}, "sell 2 coffee $30 to +5511999998888", "", ErrFiatNotAccepted}, // which dollar?
		{testAssets, Italian, souq.Asset{}, "vendi 2 caffè €30 a +393331234567", "", ErrFiatNotAccepted},
		{testAssets, Arabic, souq.Asset{}, "بيع ٢ قهوة ٣٠ USDC إلى +٩٧١٥٠١٢٣٤٥٦٧", "30.00 USDC", nil},
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café 30 para +5511999998888", "", ErrNoCurrency},
		{testAssets, Portuguese, testAssets["USDC"], "vender 2 café 30 para +5511999998888", "30.00 USDC", nil},
		{testAssets, Portuguese, testAssets["USDC"], "vender 2 café 30 ETH para +5511999998888", "30.00 ETH", nil}, // a named currency wins
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café trinta USDC para +5511999998888", "", souq.ErrAmountFormat},
		{testAssets, Portuguese, souq.Asset{}, "vender 2 café 30 XYZ para +5511999998888", "", souq.ErrUnknownAsset},
		{testAssets, Portuguese, souq.Asset{}, "vender café para +5511999998888", "", ErrUsage},
		{testAssets, English, testAssets["USDC"], "loyalty 1 per 10 USDC more", "", ErrUsage},
		{testAssets, Portuguese, testAssets["USDC"], "fidelidade 1 por 10", "10.00 USDC", nil},
		{testAssets, Portuguese, souq.Asset{}, "fidelidade 1 por 10,5 USDC", "10.50 USDC", nil},
	}
	for _, tt := range tests {
		p := Parser{Assets: tt.assets, Lang: tt.lang, Currency: tt.def}
		c, err := p.Parse(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s %q: %+v, %v; want %v", tt.lang, tt.in, c.Money, err, tt.err)
			}
			continue
		}
		if err != nil || formatMoney(English, c.Money, Exact) != tt.want {
			t.Errorf("%s %q: %+v, %v; want %s", tt.lang, tt.in, c.Money, err, tt.want)
		}
	}
	c, err := Parser{Assets: testAssets, Lang: Arabic}.Parse("بيع ٢ قهوة ٣٠ USDC إلى +٩٧١٥٠١٢٣٤٥٦٧")
	if err != nil || c.Quantity != 2 || c.Item != "قهوة" || c.Customer != "971501234567" {
		t.Errorf("Arabic sell: %+v, %v", c, err)
	}
}

func TestDetectLang(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want Lang // "": nothing clear, the chat keeps its language
	}{
		{"olá, quero ver meus pedidos", Portuguese}, {"Obrigado!", Portuguese}, {"vender 2 café 30 para +55 11 99999 8888", Portuguese},
		{"ciao, vorrei i miei ordini", Italian}, {"grazie", Italian},
		{"مرحبا", Arabic}, {"نقاطي", Arabic}, {"بيع ٢ قهوة ٣٠ USDC إلى +971501234567", Arabic},
		{"vender 1 شاي 5 USDC para +55 11 99999 8888", Portuguese}, // an Arabic item name in a Portuguese sentence
		{"thanks, where is my parcel?", English},
		{"sell 2 coffee 30 USDC to +55 11 99999 8888", ""}, // English commands are everyone's codes
		{"ok", ""}, {"menu", ""}, {"stop", ""}, {"3f2a1b0c", ""}, {"٣٠", ""}, {"👍", ""},
		{"obrigado grazie", ""}, // two languages: no switch
	}
	for _, tt := range tests {
		got, ok := DetectLang(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("DetectLang(%q) = %q %v, want %q", tt.in, got, ok, tt.want)
		}
	}
	for in, want := range map[string]Lang{"português": Portuguese, "Italiano": Italian, "العربية": Arabic, "english": English, "árabe": Arabic} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %s %v", in, got, ok)
		}
	}
}
