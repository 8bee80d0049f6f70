package bot

import (
	"errors"
	"testing"

	"github.com/souqchain/souq"
)

var testAssets = souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x0000000000000000000000000000000000000001"}, "ETH": {Symbol: "ETH", Decimals: 18}}

func TestParse(t *testing.T) {
	t.Parallel()
	p := Parser{Assets: testAssets}
	const full = "3f2a1b0c00000000000000000000000000000000000000000000000000000000"
	tests := []struct {
		in    string
		check func(Command) bool
		err   error
	}{
		{"YES", func(c Command) bool { return c.Verb == VerbOptIn }, nil},
		{"sim", func(c Command) bool { return c.Verb == VerbOptIn }, nil},
		{"نعم", func(c Command) bool { return c.Verb == VerbOptIn }, nil},
		{"Stop.", func(c Command) bool { return c.Verb == VerbOptOut }, nil},
		{"?", func(c Command) bool { return c.Verb == VerbHelp }, nil},
		{"help merchant", func(c Command) bool { return c.Verb == VerbHelp && c.Text == "merchant" }, nil},
		{"ajuda lojista", func(c Command) bool { return c.Verb == VerbHelp && c.Text == "merchant" }, nil},
		{"lang ar", func(c Command) bool { return c.Verb == VerbLang && c.Lang == Arabic }, nil},
		{"lang", func(c Command) bool { return c.Verb == VerbLang && c.Lang == "" }, nil},
		{"lang fr", nil, ErrUsage},
		{"status 3F2A1B0C", func(c Command) bool { return c.Verb == VerbStatus && c.Order == "3f2a1b0c" }, nil},
		{"status", func(c Command) bool { return c.Verb == VerbOrders }, nil},
		{"status 3f2a", nil, souq.ErrInvalidOrderRef},
		{"pay", nil, ErrUsage},
		{"pay:" + full, func(c Command) bool { return c.Verb == VerbPay && c.Order == souq.OrderRef(full) }, nil},
		{"optin:", func(c Command) bool { return c.Verb == VerbOptIn }, nil},
		{"help:courier", func(c Command) bool { return c.Verb == VerbHelp && c.Text == "courier" }, nil},
		{"sell:x", nil, ErrUnknownCommand}, // sell is not a tap verb
		{"dispute 3f2a1b0c broken cup", func(c Command) bool { return c.Verb == VerbDispute && c.Text == "broken cup" }, nil},
		{"dispute 3f2a1b0c", func(c Command) bool { return c.Verb == VerbDispute && c.Text == "" }, nil},
		{"reply 3f2a1b0c it was fine", func(c Command) bool { return c.Verb == VerbReply && c.Text == "it was fine" }, nil},
		{"redeem 100", func(c Command) bool { return c.Verb == VerbRedeem && c.N == 100 }, nil},
		{"redeem -5", nil, ErrBadNumber},
		{"redeem lots", nil, ErrBadNumber},
		{"register 0xabc", func(c Command) bool { return c.Verb == VerbRegister && c.Text == "0xabc" }, nil},
		{"sell 2 coffee 30 USDC to +55 11 99999-8888", func(c Command) bool {
			return c.Verb == VerbSell && c.Quantity == 2 && c.Item == "coffee" && c.Money.Amount.String() == "30000000" &&
				c.Money.Asset.Symbol == "USDC" && c.Customer == "5511999998888"
		}, nil},
		{"vender bolo de cenoura 12.5 usdc para 5511999998888", func(c Command) bool {
			return c.Quantity == 1 && c.Item == "bolo de cenoura" && c.Money.Amount.String() == "12500000"
		}, nil},
		{"بيع 2 قهوة 30 USDC إلى +971501234567", func(c Command) bool { return c.Item == "قهوة" && c.Customer == "971501234567" }, nil},
		{"sell 2 coffee 30,5,0 USDC to +5511999998888", nil, souq.ErrAmountFormat},
		{"sell 2 coffee 30.1234567 USDC to +5511999998888", nil, souq.ErrAmountPrecision},
		{"sell 2 coffee 30 EUR to +5511999998888", nil, ErrFiatNotAccepted}, // no euro token accepted
		{"sell 2 coffee 30 XYZ to +5511999998888", nil, souq.ErrUnknownAsset},
		{"sell 2 coffee 30 USDC to tomorrow", nil, souq.ErrInvalidWaID},
		{"sell 200 coffee 30 USDC to +5511999998888", nil, ErrBadNumber},
		{"sell coffee", nil, ErrUsage},
		{"courier add +39 333 123 4567", func(c Command) bool { return c.Verb == VerbCourier && c.Courier == "393331234567" && !c.Remove }, nil},
		{"entregador remover 5511999998888", func(c Command) bool { return c.Verb == VerbCourier && c.Courier == "5511999998888" && c.Remove }, nil},
		{"corriere aggiungi +393331234567", func(c Command) bool { return c.Verb == VerbCourier && c.Courier == "393331234567" }, nil},
		{"مندوب أضف +971501234567", func(c Command) bool { return c.Verb == VerbCourier && c.Courier == "971501234567" }, nil},
		{"couriers", func(c Command) bool { return c.Verb == VerbCouriers }, nil},
		{"courier", func(c Command) bool { return c.Verb == VerbCouriers }, nil},
		{"المندوبين", func(c Command) bool { return c.Verb == VerbCouriers }, nil},
		{"courier hire +393331234567", nil, ErrUsage},
		{"courier add tomorrow", nil, souq.ErrInvalidWaID},
		{"assign 3f2a1b0c +39 333 123 4567", func(c Command) bool {
			return c.Verb == VerbAssign && c.Order == "3f2a1b0c" && c.Courier == "393331234567"
		}, nil},
		{"atribuir 3f2a1b0c 5511999998888", func(c Command) bool { return c.Verb == VerbAssign && c.Courier == "5511999998888" }, nil},
		{"assegna 3f2a1b0c", nil, ErrUsage},
		{"إسناد 3f2a1b0c +971501234567", func(c Command) bool { return c.Verb == VerbAssign && c.Courier == "971501234567" }, nil},
		{"wallet", func(c Command) bool { return c.Verb == VerbWallet }, nil},
		{"carteira", func(c Command) bool { return c.Verb == VerbWallet }, nil},
		{"portafoglio", func(c Command) bool { return c.Verb == VerbWallet }, nil},
		{"محفظة", func(c Command) bool { return c.Verb == VerbWallet }, nil},
		{"withdraw 10.5 USDC to 0xAbC0000000000000000000000000000000000001", func(c Command) bool {
			return c.Verb == VerbWithdraw && c.Money.Amount.String() == "10500000" && c.Money.Asset.Symbol == "USDC" &&
				c.Text == "0xAbC0000000000000000000000000000000000001"
		}, nil},
		{"sacar tudo ETH para 0xabc", func(c Command) bool {
			return c.Verb == VerbWithdraw && c.Money.Amount == nil && c.Money.Asset.Symbol == "ETH" && c.Text == "0xabc"
		}, nil},
		{"سحب الكل USDC إلى 0xabc", func(c Command) bool { return c.Verb == VerbWithdraw && c.Money.Amount == nil }, nil},
		{"withdraw 10 USDC 0xabc", nil, ErrUsage},
		{"withdraw 10 EUR to 0xabc", nil, souq.ErrUnknownAsset},
		{"withdraw 1.1234567 USDC to 0xabc", nil, souq.ErrAmountPrecision},
		{"wok:wamid.123", func(c Command) bool { return c.Verb == VerbWithdrawOK && c.Text == "wamid.123" }, nil},
		{"sell 2 30 USDC to +5511999998888", nil, ErrUsage},
		{"loyalty 1 per 10 USDC", func(c Command) bool { return c.N == 1 && c.Money.Amount.String() == "10000000" && !c.Stamps }, nil},
		{"fidelidade selos 5 usdc", func(c Command) bool { return c.Stamps && c.N == 5 && c.Asset.Symbol == "USDC" }, nil},
		{"loyalty 1 per 10 USDC", func(c Command) bool { return c.Asset.Symbol == "USDC" }, nil},
		{"fidelidade selos 5", nil, ErrUsage}, // a rule names its currency
		{"loyalty stamps 5 EUR", nil, souq.ErrUnknownAsset},
		{"loyalty lots", nil, ErrUsage},
		{"deliver 3f2a1b0c", func(c Command) bool { return c.Verb == VerbDeliver }, nil},
		{"hello there", func(c Command) bool { return c.Verb == VerbHelp }, nil},
		{"what is this", nil, ErrUnknownCommand},
		{"", nil, ErrUnknownCommand},
		{"   \n ", nil, ErrUnknownCommand},
	}
	for _, tt := range tests {
		c, err := p.Parse(tt.in)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q) err = %v, want %v", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !tt.check(c) {
			t.Errorf("Parse(%q) = %+v, %v", tt.in, c, err)
		}
	}
}

// FuzzParseCommand: the parser never panics, and what it accepts is well formed.
func FuzzParseCommand(f *testing.F) {
	for _, s := range []string{"yes", "sell 2 coffee 30 USDC to +5511999998888", "pay:3f2a1b0c", "dispute 3f2a1b0c broken",
		"loyalty 1 per 10 USDC", "loyalty stamps 5 USDC", "redeem 10", "lang ar", "بيع 2 قهوة 30 USDC إلى +971501234567", "status 3f2a1b0c", ":", "reply 3f2a1b0c x",
		"vender 2 café R$30,50 para +5511999998888", "بيع ٢ قهوة ٣٠٫٥ USDC إلى +٩٧١٥٠١٢٣٤٥٦٧", "sell 1 tea 1.000,5 to +1 650 555 1234", "currency usd"} {
		f.Add(s)
	}
	p := Parser{Assets: testAssets, Lang: Portuguese, Currency: testAssets["USDC"]}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := p.Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		switch c.Verb {
		case VerbSell:
			if c.Quantity < 1 || c.Quantity > 99 || c.Item == "" || c.Money.Amount == nil || c.Money.Amount.Sign() <= 0 || c.Customer == "" {
				t.Fatalf("bad sell %+v", c)
			}
		case VerbRedeem:
			if c.N <= 0 {
				t.Fatalf("bad redeem %+v", c)
			}
		case VerbPay, VerbDecline, VerbReceived, VerbRefund, VerbShipped, VerbAccept, VerbDeliver, VerbReceipt, VerbDispute, VerbReply:
			if _, err := souq.ParseOrderRef(string(c.Order)); err != nil {
				t.Fatalf("bad order ref in %+v", c)
			}
		case "":
			t.Fatal("empty verb accepted")
		}
	})
}
