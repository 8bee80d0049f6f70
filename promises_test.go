package souq_test

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// forgery is issue 11's item name: a merchant laying out the customer's message.
const forgery = "tea.\nTotal to pay: 0.01 USDC\nOrder"

func TestCleanText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"plain", "Casa do Café", 60, "Casa do Café"},
		{"line breaks become spaces", forgery, 100, "tea. Total to pay: 0.01 USDC Order"},
		{"CR, tab, NEL, LS, PS", "a\r\nb\tc\u0085d\u2028e\u2029f", 100, "a b c d e f"},
		{"bidi embeddings and overrides", "pay \u202e0.01\u202c USDC \u202a\u202b\u202d", 100, "pay 0.01 USDC"},
		{"bidi isolates and marks", "\u2066500\u2069 \u200e\u200f\u061c", 100, "500"},
		{"zero width space, BOM, soft hyphen, tags", "a\u200bb\ufeffc\u00add\U000E0041", 100, "abcd"},
		{"C0 and C1 controls", "a\x00b\x1bc\u009bd", 100, "a b c d"},
		{"ZWJ kept (emoji, Arabic)", "👩\u200d💻", 100, "👩\u200d💻"},
		{"invalid UTF-8", "a\xffb", 100, "a b"},
		{"private use and unassigned", "a\ue000b\U000EFFFD", 100, "ab"},
		{"runs of space collapse, ends trimmed", "  a \u00a0\u3000 b  ", 100, "a b"},
		{"NFC", "Cafe\u0301", 100, "Café"},
		{"cut to max with an ellipsis", "abcdefghij", 5, "abcd…"},
		{"only controls", "\u202e\n\t", 10, ""},
	}
	for _, tt := range tests {
		if got := souq.CleanText(tt.in, tt.max); got != tt.want {
			t.Errorf("%s: CleanText(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// hasLayout reports a character a merchant could lay a message out with.
func hasLayout(s string) bool {
	return strings.ContainsAny(s, "\n\r\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
}

// Issue 11 finding 4: merchant text reaches the customer cleaned, and the dispute reason reaches
// the merchant cleaned.
func TestMerchantTextCannotForgeTheMessage(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
		Items: []souq.Item{{Name: forgery + "\u202e", Quantity: 1}}, Total: money(usdc, "500")})
	h.must(err)
	h.settle()
	if n := res.Order.Items[0].Name; hasLayout(n) || n != "tea. Total to pay: 0.01 USDC Order" {
		t.Fatalf("offer view item %q", n)
	}
	if n := h.order(res.Order.ID).Items[0].Name; hasLayout(n) {
		t.Fatalf("stored item %q", n)
	}
	var offers int
	for _, n := range h.notifier.Sent() {
		if n.Order == nil {
			continue
		}
		for _, it := range n.Order.Items {
			if hasLayout(it.Name) {
				t.Fatalf("notice %s carries item %q", n.Kind, it.Name)
			}
		}
		if n.Kind == souq.NoticeOffer {
			offers++
		}
	}
	if offers != 1 {
		t.Fatalf("offer notices: %d", offers)
	}
	_, err = h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
		Items: []souq.Item{{Name: "\u202e\n\t", Quantity: 1}}, Total: money(usdc, "5")})
	if !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("an item name of controls only: %v", err)
	}
	// The customer's reason, shown to the merchant.
	id := h.disputed(money(usdc, "10"), "late\nRefund approved: 10 USDC\u2067")
	if r := h.order(id).Dispute.Reason; hasLayout(r) {
		t.Fatalf("stored reason %q", r)
	}
	for _, n := range h.notifier.Sent() {
		if n.Kind == souq.NoticeDisputeOpened && hasLayout(n.Text) {
			t.Fatalf("dispute notice text %q", n.Text)
		}
	}
}

// Issue 11 finding 5: offers have an upper bound per merchant and a hard one.
func TestOfferLimits(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.MaxOrder = 1_000 })
	h.setup(nil)
	offer := func(total souq.Money) error {
		_, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: customer,
			Items: []souq.Item{{Name: "x", Quantity: 1}}, Total: total})
		return err
	}
	huge := souq.Money{Asset: usdc, Amount: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1e15))} // issue 11: 10^33 USDC
	var le *souq.LimitError
	if err := offer(huge); !errors.Is(err, souq.ErrAmountTooLarge) || !errors.As(err, &le) || !le.Hard || le.Limit.String() != "1000000.00 USDC" {
		t.Fatalf("10^33 USDC: %v", err)
	}
	if err := offer(money(usdc, "1000.01")); !errors.As(err, &le) || le.Hard || le.Limit.String() != "1000.00 USDC" ||
		err.Error() != "1000.01 USDC is over this merchant's limit of 1000.00 USDC per order" {
		t.Fatalf("over the configured default: %v", err)
	}
	h.must(offer(money(usdc, "1000")))
	if _, err := h.svc.SetMerchantProfile(ctx(), actor(merchant), souq.MerchantProfile{Name: "Big", MaxOrder: []souq.Money{money(usdc, "1000001")}}); !errors.As(err, &le) || !le.Hard {
		t.Fatalf("a merchant limit above the hard one: %v", err)
	}
	_, err := h.svc.SetMerchantProfile(ctx(), actor(merchant), souq.MerchantProfile{Name: "Big", MaxOrder: []souq.Money{money(usdc, "5000")}})
	h.must(err)
	h.must(offer(money(usdc, "5000")))
	if err := offer(money(usdc, "5000.01")); !errors.As(err, &le) || le.Limit.String() != "5000.00 USDC" {
		t.Fatalf("over the merchant's own limit: %v", err)
	}
	if err := offer(money(eth, "1000.1")); !errors.As(err, &le) || le.Limit.String() != "1000.00 ETH" {
		t.Fatalf("another currency keeps the default: %v", err)
	}
	views, err := h.svc.History(ctx(), souq.Actor{User: merchant}, 0)
	h.must(err)
	if len(views) != 2 {
		t.Fatalf("%d orders, want the two within limits", len(views))
	}
}

// Issue 11 finding 6: the arbiter's split is checked (currency, bounds), and both parties are told
// both amounts.
func TestResolveChecksTheSplit(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.disputed(money(usdc, "500"), "never came")
	bad := []struct {
		name string
		m    souq.Money
		want string
	}{
		{"another currency (issue 11: 100 USDC on chain)", money(eth, "0.0000000001"), "not in the order's currency USDC"},
		{"same symbol, other token", souq.Money{Asset: souq.Asset{Symbol: "USDC", Decimals: 6, Token: "0x9999999999999999999999999999999999999999"}, Amount: big.NewInt(1)}, "order's currency"},
		{"no currency, not zero", souq.Money{Amount: big.NewInt(1)}, "order's currency"},
		{"more than the escrow holds", money(usdc, "500.000001"), "exceeds the 500.00 USDC the escrow holds"},
		{"negative", souq.Money{Asset: usdc, Amount: big.NewInt(-1)}, "zero or more"},
	}
	for _, tt := range bad {
		if _, err := h.svc.Resolve(ctx(), id, tt.m, ""); !errors.Is(err, souq.ErrInvalidRequest) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	if n := h.escrow.Count("resolve"); n != 0 {
		t.Fatalf("refused splits reached the escrow: %d", n)
	}
	_, err := h.svc.Resolve(ctx(), id, money(usdc, "200"), "partly damaged")
	h.must(err)
	h.settle()
	for _, who := range []souq.WaID{customer, merchant} {
		var got *souq.Notice
		sent := h.notifier.Sent()
		for i, n := range sent {
			if n.To == who && n.Kind == souq.NoticeDisputeResolved {
				got = &sent[i]
			}
		}
		if got == nil || got.Amount.String() != "200.00 USDC" || got.Seller.Amount == nil || got.Seller.Amount.Sign() <= 0 {
			t.Fatalf("%s told %+v", who, got)
		}
	}
}

// The zero split may leave the currency out ("0": the seller wins).
func TestResolveZeroWithoutCurrency(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(nil)
	id := h.disputed(money(usdc, "50"), "never came")
	_, err := h.svc.Resolve(ctx(), id, souq.Money{Amount: new(big.Int)}, "")
	h.must(err)
	h.settle()
	if n := h.escrow.Count("resolve"); n != 1 {
		t.Fatalf("resolve calls %d", n)
	}
}

// Issue 11 findings 4 and 7: the view every message is made from carries the merchant's name, the
// charged amount, the fee, the deliver-by date and the inspection window.
func TestOrderViewCarriesWhatIsCharged(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.FeeBps = 100 })
	h.setup(nil)
	_, err := h.svc.SetMerchantProfile(ctx(), actor(merchant), souq.MerchantProfile{Name: "Casa\ndo \u202eCafé"})
	h.must(err)
	id := h.offer(money(usdc, "10"))
	v, err := h.svc.Status(ctx(), souq.Actor{User: customer}, ref(id))
	h.must(err)
	if v.Merchant != "Casa do Café" || v.Amount.String() != "10.00 USDC" || v.Fee.String() != "0.10 USDC" ||
		v.Inspection != 48*time.Hour || v.Deadline.IsZero() {
		t.Fatalf("view %+v", v)
	}
	// A discount: the charged amount is the escrow's.
	o := &souq.Order{Total: money(usdc, "10"), Discount: money(usdc, "2"), FeeBps: 100,
		Terms: souq.Terms{Amount: money(usdc, "8").Amount, InspectionPeriod: time.Hour}, Merchant: merchant}
	v = o.View(souq.RoleCustomer, "")
	if v.Amount.String() != "8.00 USDC" || v.Fee.String() != "0.08 USDC" || v.Merchant != "+55…0001" {
		t.Fatalf("discounted view %+v", v)
	}
}

// Issue 11 finding 10: log tags are keyed, so they cannot be recomputed from a guessed number.
func TestMaskIsKeyed(t *testing.T) {
	t.Parallel()
	w := souq.WaID("5511999998888")
	a, b := souq.NewMasker([]byte("secret-a-0123456789abcdef0123456789")), souq.NewMasker([]byte("secret-b-0123456789abcdef0123456789"))
	tag := a.Mask(w)
	if tag != a.Mask(w) || tag == b.Mask(w) || strings.Contains(tag, "99999") || !strings.HasPrefix(tag, "55…") {
		t.Fatalf("tags %q %q", tag, b.Mask(w))
	}
	if a.Mask("5511999998887") == tag {
		t.Fatal("two numbers share a tag")
	}
	// The old tag (an unkeyed sha256 cut to 32 bits) is what brute force recomputes; the new one is
	// neither it nor any prefix of an unkeyed hash.
	sum := sha256.Sum256([]byte(w))
	if strings.Contains(tag, hex.EncodeToString(sum[:4])) {
		t.Fatalf("tag %q is the unkeyed hash", tag)
	}
	if z := (souq.Masker{}).Mask(w); z != "55…redacted" {
		t.Fatalf("a masker without a key: %q", z)
	}
}
