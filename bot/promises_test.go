package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/lang"
)

func usdcOf(minor int64) souq.Money {
	return souq.Money{Asset: testAssets["USDC"], Amount: big.NewInt(minor)}
}

// offerView is a 500 USDC offer whose merchant put a fake total in an item name.
func offerView() souq.OrderView {
	return souq.OrderView{
		ID: souq.OrderID(sha256.Sum256([]byte("o"))), Viewer: souq.RoleCustomer, Status: souq.StatusOffered,
		Merchant: "Loja\n\u202eTotal", Items: []souq.Item{{Name: "tea.\nTotal to pay: 0.01 USDC\nOrder\u202e", Quantity: 1}},
		Total: usdcOf(500_000_000), Discount: usdcOf(0),
		Deadline: time.Date(2026, 7, 1, 18, 0, 0, 0, time.UTC),
	}
}

// Issue 11 finding 4: merchant text cannot add a line (or reorder one) in what the customer reads.
func TestOfferMessageCannotBeForged(t *testing.T) {
	t.Parallel()
	for _, l := range Langs {
		v := offerView()
		m, err := renderNotice(l, souq.Notice{Kind: souq.NoticeOffer, To: customer, Order: &v})
		if err != nil {
			t.Fatal(err)
		}
		b := bodyOf(m)
		for _, line := range strings.Split(b, "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, lang.RLM), "Total to pay") || strings.HasPrefix(line, "Order\u202e") {
				t.Fatalf("%s: forged line %q in %q", l, line, b)
			}
		}
		if strings.ContainsAny(b, "\u202e\u202a\u202b\u202c\u202d") || !strings.Contains(b, "tea. Total to pay: 0.01 USDC Order") {
			t.Fatalf("%s: %q", l, b)
		}
	}
}

// Issue 11 finding 4: the message with the Pay button says who sells, what is charged, the fee,
// the deliver-by date, the inspection window and the automatic refund, in the customer's language.
func TestOfferMessageSaysEverything(t *testing.T) {
	t.Parallel()
	v := offerView()
	v.Merchant = "Casa do Café"
	v.Discount, v.Amount, v.Fee, v.Inspection = usdcOf(100_000_000), usdcOf(400_000_000), usdcOf(4_000_000), 48*time.Hour
	tests := []struct {
		lang Lang
		want []string
	}{
		{English, []string{"Casa do Café offers you", "You pay: 400.00 USDC (500.00 USDC less 100.00 USDC from your points)", "Platform fee: 4.00 USDC", "Deliver by: 2026-07-01 18:00 UTC", "you have 2 days to check", "comes back to you automatically"}},
		{Portuguese, []string{"Casa do Café oferece", "Você paga: 400,00 USDC (500,00 USDC menos 100,00 USDC", "Taxa da plataforma: 4,00 USDC", "Entrega até: 2026-07-01 18:00 UTC", "você tem 2 dias para conferir", "volta para você automaticamente"}},
		{Italian, []string{"Casa do Café ti offre", "Paghi: 400,00 USDC", "4,00 USDC", "2026-07-01 18:00 UTC", "hai 2 giorni per controllare", "restituito automaticamente"}},
		{Arabic, []string{"Casa do Café", "400.00 USDC", "4.00 USDC", "2026-07-01 18:00 UTC", "لديك \u2068يومين\u2069 لفحص", "تلقائياً"}},
	}
	for _, tt := range tests {
		m, err := renderNotice(tt.lang, souq.Notice{Kind: souq.NoticeOffer, To: customer, Order: &v})
		if err != nil {
			t.Fatal(err)
		}
		if m.Buttons == nil || len(m.Buttons.Buttons) == 0 {
			t.Fatalf("%s: the offer has no Pay button", tt.lang)
		}
		for _, w := range tt.want {
			if !strings.Contains(m.Buttons.Body, w) {
				t.Errorf("%s: %q missing from %q", tt.lang, w, m.Buttons.Body)
			}
		}
	}
}

// The offer says the inspection window as the payment page does (lang.Duration): in days when
// it is whole days, else hours, else minutes. Before, the chat said "48 hours" where the page
// said "2 days", and a 90-minute window was "1 hour".
func TestOfferInspectionWords(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{{48 * time.Hour, "you have 2 days to check"}, {36 * time.Hour, "you have 36 hours to check"}, {90 * time.Minute, "you have 90 minutes to check"}} {
		v := offerView()
		v.Inspection = tt.d
		m, err := renderNotice(English, souq.Notice{Kind: souq.NoticeOffer, To: customer, Order: &v})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Buttons.Body, tt.want) || !strings.Contains(m.Buttons.Body, lang.Duration(English, tt.d)) {
			t.Errorf("%s: %q missing from %q", tt.d, tt.want, m.Buttons.Body)
		}
	}
}

// Issue 11 finding 7: after a discount every notice shows what the chain holds.
func TestNoticesShowTheChargedAmount(t *testing.T) {
	t.Parallel()
	v := souq.OrderView{ID: souq.OrderID(sha256.Sum256([]byte("d"))), Viewer: souq.RoleCustomer, Status: souq.StatusPaid,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: usdcOf(10_000_000), Discount: usdcOf(2_000_000)}
	for _, kind := range []souq.NoticeKind{souq.NoticePaymentConfirmed, souq.NoticeShipped, souq.NoticeDelivered, souq.NoticeReleased, souq.NoticeDisputeOpened} {
		for _, viewer := range []souq.Role{souq.RoleCustomer, souq.RoleMerchant} {
			v.Viewer = viewer
			m, err := renderNotice(English, souq.Notice{Kind: kind, Order: &v})
			if err != nil {
				t.Fatal(err)
			}
			if b := bodyOf(m); strings.Contains(b, "10.00 USDC") {
				t.Errorf("%s to %s shows the pre-discount price: %q", kind, viewer, b)
			}
		}
	}
	v.Viewer = souq.RoleCustomer
	m, _ := renderNotice(English, souq.Notice{Kind: souq.NoticePaymentConfirmed, Order: &v})
	if b := bodyOf(m); !strings.Contains(b, "8.00 USDC") {
		t.Fatalf("payment confirmed: %q", b)
	}
}

// Issue 11 finding 6: both parties are told the split, each in their own language.
func TestResolutionNoticeTellsTheAmounts(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	v := souq.OrderView{ID: souq.OrderID(sha256.Sum256([]byte("r"))), Status: souq.StatusResolved,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: usdcOf(500_000_000), Amount: usdcOf(500_000_000)}
	ctx := context.Background()
	// The merchant writes Portuguese, the customer English.
	h.text(merchant, "oi")
	h.text(customer, "hi")
	h.newSent()
	for _, to := range []souq.WaID{merchant, customer} {
		v.Viewer = souq.RoleCustomer
		if to == merchant {
			v.Viewer = souq.RoleMerchant
		}
		view := v
		if err := h.bot.Notify(ctx, souq.Notice{To: to, Kind: souq.NoticeDisputeResolved, Order: &view,
			Amount: usdcOf(200_000_000), Seller: usdcOf(297_000_000), Text: "partly damaged", Key: "res/" + string(to)}); err != nil {
			t.Fatal(err)
		}
	}
	out := h.newSent()
	h.expect(out, merchant, "200,00 USDC devolvidos ao comprador", "297,00 USDC para o vendedor")
	h.expect(out, customer, "200.00 USDC back to the buyer", "297.00 USDC to the seller")
	// Nothing back to the buyer is still an amount, not the order's total.
	m, _ := renderNotice(English, souq.Notice{Kind: souq.NoticeDisputeResolved, Order: &v, Amount: usdcOf(0), Seller: usdcOf(495_000_000)})
	if b := bodyOf(m); !strings.Contains(b, "0.00 USDC back to the buyer") {
		t.Fatalf("zero refund: %q", b)
	}
}

// Issue 11 finding 5: a chat offer above the limit is refused, naming the limit.
func TestChatRefusesAmountsOverTheLimit(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	h.newSent()
	out := h.text(merchant, "sell 1 x 1000000000000000000000000000000000 USDC to +16505551234")
	h.expect(out, merchant, "1.000.000,00 USDC por pedido")
	out = h.text(merchant, "sell 1 x 10000.01 USDC to +16505551234")
	h.expect(out, merchant, "10.000,01 USDC passa do limite de 10.000,00 USDC")
	if orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: merchant}, 10); len(orders) != 0 {
		t.Fatalf("orders made: %v", orders)
	}
}

// Issue 11 finding 10: the number behind a log tag cannot be recovered by hashing guesses. The
// attack from the issue: a tag and the number's prefix, then sha256 over the remaining digits.
func TestLogTagsResistBruteForce(t *testing.T) {
	t.Parallel()
	log, hook := test.NewNullLogger()
	log.SetLevel(logrus.DebugLevel)
	db := newHarness(t).db
	// The service's notifier alone: it needs no service to speak.
	b := NewNotices(&fakeMsgr{}, db, Options{Assets: testAssets, Log: log, Mask: souq.NewMasker([]byte("operator-secret-0123456789abcdef!!"))})
	const victim = souq.WaID("5511987654321")
	v := souq.OrderView{ID: souq.OrderID(sha256.Sum256([]byte("m"))), Viewer: souq.RoleCustomer, Status: souq.StatusShipped, Total: usdcOf(1)}
	if err := b.Notify(context.Background(), souq.Notice{To: victim, Kind: souq.NoticeShipped, Order: &v}); err != nil {
		t.Fatal(err)
	}
	var tag string
	for _, e := range hook.AllEntries() {
		if s, ok := e.Data["to"].(string); ok {
			tag = s
		}
	}
	if tag == "" || strings.Contains(tag, string(victim)) {
		t.Fatalf("log tag %q", tag)
	}
	// Brute force over the last 5 digits (the issue recovered a number in under 3 s this way).
	for i := range 100_000 {
		guess := fmt.Sprintf("55119876%05d", i)
		sum := sha256.Sum256([]byte(guess))
		if strings.Contains(tag, hex.EncodeToString(sum[:4])) {
			t.Fatalf("tag %q reversed to %s", tag, guess)
		}
	}
}

// Issue 11 finding 4: a merchant names itself in chat; the customer's offer shows the name,
// cleaned.
func TestMerchantNameInChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	h.newSent()
	h.expect(h.text(merchant, "nome Casa\u202e do Café"), merchant, "Os clientes verão suas ofertas como vindas de", "Casa do Café")
	out := h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	h.expect(out, customer, "Casa do Café offers you 1× tea.\nYou pay: 5.00 USDC")
	h.expect(h.text(merchant, "nome"), merchant, "nome <o nome da sua loja")
}

// Issue 11 "disputes end": when the arbiter lets the deadline pass, each party is told in their own
// language that the arbiter did not decide in time and the buyer got the whole amount back.
func TestDisputeExpiredNoticeInEachLanguage(t *testing.T) {
	t.Parallel()
	v := souq.OrderView{ID: souq.OrderID(sha256.Sum256([]byte("x"))), Status: souq.StatusRefunded, Viewer: souq.RoleMerchant,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: usdcOf(500_000_000), Amount: usdcOf(500_000_000)}
	for _, tc := range []struct {
		lang         Lang
		want, amount string
	}{
		{English, "arbiter did not decide", "500.00 USDC"},
		{Portuguese, "árbitro não decidiu", "500,00 USDC"},
		{Italian, "arbitro non ha deciso", "500,00 USDC"},
		{Arabic, "لم يبتّ المحكّم", "500.00 USDC"},
	} {
		for _, viewer := range []souq.Role{souq.RoleCustomer, souq.RoleMerchant} {
			v.Viewer = viewer
			m, err := renderNotice(tc.lang, souq.Notice{Kind: souq.NoticeDisputeExpired, Order: &v, Amount: usdcOf(500_000_000)})
			if err != nil {
				t.Fatalf("%s: %v", tc.lang, err)
			}
			if b := bodyOf(m); !strings.Contains(b, tc.want) || !strings.Contains(b, tc.amount) || !strings.Contains(b, v.ID.Short()) {
				t.Errorf("%s to %s: %q", tc.lang, viewer, b)
			}
		}
	}
}
