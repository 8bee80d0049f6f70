package server

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"image/png"
	"math/big"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3filter"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/internal/lang"
)

var pageUSDC = souq.Asset{Symbol: "USDC", Decimals: 6, Token: "0x5FbDB2315678afecb367f032d93F642f64180aa3"}

// fakePayPages is the wiring's PayPages as the tests need it: one order, in a language.
type fakePayPages struct{ pages map[souq.OrderID]PayPage }

func (f fakePayPages) PayPage(_ context.Context, id souq.OrderID) (PayPage, error) {
	p, ok := f.pages[id]
	if !ok {
		return PayPage{}, fmt.Errorf("order %s: %w", id, souq.ErrNotFound)
	}
	return p, nil
}

type fakeTxPages map[string]TxPage

func (f fakeTxPages) TxPage(_ context.Context, h string) (TxPage, error) {
	p, ok := f[strings.ToLower(h)]
	if !ok {
		return TxPage{}, fmt.Errorf("%s: %w", h, souq.ErrNotFound)
	}
	return p, nil
}

const (
	pageDeposit = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
	pageTxHash  = "0x" + "5e" + "1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcd"
)

// pageRefundTx is the fixture's refund transaction for reason.
func pageRefundTx(reason string) string {
	return fmt.Sprintf("0x%064x", []byte(reason)[:min(len(reason), 32)])
}

func usdc(minor int64) souq.Money { return souq.Money{Asset: pageUSDC, Amount: big.NewInt(minor)} }

// pagesFixture: an offered order whose customer chats in Portuguese (after a 5 USDC discount), a
// paid one, and a released transaction.
func pagesFixture(t *testing.T) (http.Handler, souq.OrderID, souq.OrderID) {
	t.Helper()
	offered, paid := souq.OrderID{0xab, 0xcd, 0xef, 0x01}, souq.OrderID{0x12, 0x34, 0x56, 0x78}
	view := souq.OrderView{ID: offered, Viewer: souq.RoleCustomer, Merchant: "Casa do Café", Items: []souq.Item{{Name: "café", Quantity: 2}},
		Total: usdc(30_500_000), Discount: usdc(5_000_000), Amount: usdc(25_500_000), Fee: usdc(255_000), Inspection: 48 * time.Hour,
		Status: souq.StatusOffered, Deadline: time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)}
	uri := "ethereum:" + pageUSDC.Token + "@1337/transfer?address=" + pageDeposit + "&uint256=25500000"
	pp := fakePayPages{pages: map[souq.OrderID]PayPage{
		offered: {Order: view, Lang: "pt", ChainID: 1337, Escrow: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", Deposit: pageDeposit, WalletURI: uri,
			Steps: []WalletCall{{Label: "approve", To: pageUSDC.Token, Value: "0", Data: "0x095ea7b3"}, {Label: "fund", To: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", Value: "0", Data: "0xabcdef01"}}},
	}}
	pv := view
	pv.ID, pv.Status = paid, souq.StatusPaid
	pp.pages[paid] = PayPage{Order: pv, Lang: "en", ChainID: 1337, Deposit: pageDeposit}
	tp := fakeTxPages{pageTxHash: {Hash: pageTxHash, Block: 42, Time: time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC), From: pageDeposit,
		To: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", Value: "0", Success: true, GasUsed: 61234, GasPrice: "1000000007",
		Events: []TxPageEvt{{Name: "Released", Order: "0x" + strings.Repeat("ab", 32), Fields: []TxPageAttr{{"seller_amount", "30.195 USDC"}, {"fee", "0.305 USDC"}, {"by_buyer", "true"}}}}}}
	for _, reason := range []string{"by_seller", "late_delivery", "dispute_expired"} {
		tp[pageRefundTx(reason)] = TxPage{Hash: pageRefundTx(reason), Block: 43, Time: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), From: pageDeposit,
			To: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", Value: "0", Success: true, GasUsed: 52000, GasPrice: "1000000007",
			Events: []TxPageEvt{{Name: "Refunded", Order: "0x" + strings.Repeat("cd", 32), Fields: []TxPageAttr{{"amount", "25.50 USDC"}, {"reason", reason}}}}}
	}
	s, _ := newTestServer(t, Config{})
	(&Pages{Pay: pp, Tx: tp}).Register(s.Engine())
	return s.Handler(), offered, paid
}

// Issue 12 finding 14: the payment page speaks the customer's language (pt from the chat, ar
// asked for), shows what the Pay message shows, and its wallet link is live, not #ZgotmplZ.
func TestPayPageInCustomersLanguage(t *testing.T) {
	t.Parallel()
	h, offered, _ := pagesFixture(t)
	uri := "ethereum:" + pageUSDC.Token + "@1337/transfer?address=" + pageDeposit + "&amp;uint256=25500000"
	tests := []struct {
		name, query string
		want        []string
	}{
		{"the chat's Portuguese", "", []string{`<html lang="pt">`, "Pagar pedido abcdef01", "Vendedor", "Casa do Café", "2× café", "Você paga", "25,50 USDC",
			"Taxa da plataforma", "0,255 USDC", "envie 25,50 USDC", "Entrega até", "2026-12-03 12:00 UTC", "2 dias", "volta para você automaticamente",
			"Abrir na carteira", `href="` + uri + `"`, pageDeposit}},
		{"Arabic asked for", "?lang=ar", []string{`<html lang="ar" dir="rtl">`, "ادفع الطلب \u2068abcdef01\u2069", "البائع", "تدفع", "25.50 USDC", "رسوم المنصة",
			"يومين", "يُعاد إليك مبلغك تلقائياً", "افتح في المحفظة", `href="` + uri + `"`}},
		{"Italian asked for", "?lang=it", []string{`<html lang="it">`, "Paga l&#39;ordine abcdef01", "2 giorni", "Apri nel wallet", "25,50 USDC"}},
		{"English asked for", "?lang=en", []string{`<html lang="en">`, "25.50 USDC", "0.255 USDC"}},
		{"unknown language: the chat's", "?lang=xx", []string{`<html lang="pt">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := do(t, h, "GET", "/pay/"+offered.String()+tt.query, nil)
			body := rec.Body.String()
			if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
				t.Fatalf("status %d %s: %s", rec.Code, rec.Header().Get("Content-Type"), body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q:\n%s", w, body)
				}
			}
			for _, bad := range []string{"ZgotmplZ", "0x095ea7b3", "0xabcdef01", "Pay order"} { // no blocked link, no raw calldata, no English
				if strings.Contains(body, bad) && !(bad == "Pay order" && tt.query == "?lang=en") {
					t.Errorf("page shows %q", bad)
				}
			}
		})
	}
}

// A paid order's page has no wallet link: there is nothing left to pay.
func TestPayPageOfPaidOrder(t *testing.T) {
	t.Parallel()
	h, _, paid := pagesFixture(t)
	body := do(t, h, "GET", "/pay/"+paid.String(), nil).Body.String()
	if !strings.Contains(body, "This order is paid") || strings.Contains(body, "ethereum:") || strings.Contains(body, "<img") {
		t.Fatalf("page of a paid order:\n%s", body)
	}
	if rec := do(t, h, "GET", "/pay/"+strings.Repeat("77", 32), nil); rec.Code != 404 {
		t.Fatalf("unknown order: %d", rec.Code)
	}
	if rec := do(t, h, "GET", "/pay/nope", nil); rec.Code != 400 {
		t.Fatalf("bad id: %d", rec.Code)
	}
}

// The QR code on the page is a valid PNG whose modules decode to the page's EIP-681 URI.
func TestPayPageQRCodeDecodesToURI(t *testing.T) {
	t.Parallel()
	h, offered, _ := pagesFixture(t)
	body := do(t, h, "GET", "/pay/"+offered.String(), nil).Body.String()
	m := regexp.MustCompile(`<img class="qr" alt="[^"]*" src="data:image/png;base64,([^"]+)">`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no inline QR code:\n%s", body)
	}
	raw, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("QR code is not a PNG: %v", err)
	}
	got, err := decodeQR(img)
	if err != nil {
		t.Fatalf("QR code does not decode: %v", err)
	}
	want := "ethereum:" + pageUSDC.Token + "@1337/transfer?address=" + pageDeposit + "&uint256=25500000"
	if got != want {
		t.Fatalf("QR code says %q, want %q", got, want)
	}
}

// Issue 12 finding 12: the transaction page shows the transaction and its decoded escrow event in
// the reader's language.
func TestTxPage(t *testing.T) {
	t.Parallel()
	h, _, _ := pagesFixture(t)
	for _, tt := range []struct {
		query  string
		header http.Header
		want   []string
	}{
		{"", nil, []string{`<html lang="en">`, "Transaction", "Released to the seller", "To the seller", "30.195 USDC", "0.305 USDC", "Confirmed by the buyer</dt><dd><bdi dir=\"ltr\">yes<", "61234", "2026-11-30 08:00:00 UTC", "succeeded", ">42<"}},
		{"?lang=ar", nil, []string{`dir="rtl"`, "صُرف للبائع", "للبائع", "30.195 USDC", "نجحت", `<bdi dir="rtl">نعم</bdi>`}},
		{"", http.Header{"Accept-Language": {"pt-BR,pt;q=0.9,en;q=0.5"}}, []string{`<html lang="pt">`, "Liberado ao vendedor", "Ao vendedor"}},
	} {
		rec := do(t, h, "GET", "/tx/"+pageTxHash+tt.query, tt.header)
		if rec.Code != 200 {
			t.Fatalf("%s: %d %s", tt.query, rec.Code, rec.Body)
		}
		for _, w := range tt.want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("%s %v: page lacks %q:\n%s", tt.query, tt.header, w, rec.Body)
			}
		}
	}
	rec := do(t, h, "GET", "/tx/"+pageTxHash, http.Header{"Accept": {"application/json"}})
	var got TxPage
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || len(got.Events) != 1 || got.Events[0].Fields[0].Value != "30.195 USDC" {
		t.Fatalf("JSON %s: %v", rec.Body, err)
	}
	for path, want := range map[string]int{"/tx/0x" + strings.Repeat("00", 32): 404, "/tx/0x12": 400} {
		if rec := do(t, h, "GET", path, nil); rec.Code != want {
			t.Errorf("%s: %d, want %d", path, rec.Code, want)
		}
	}
}

// Every refund reason the escrow's tx page decoder names (chain/escrow refundReasonNames, which a
// test there holds to the contract) is a word in each language; dispute_expired was shown raw.
func TestTxPageRefundReasonsTranslated(t *testing.T) {
	t.Parallel()
	h, _, _ := pagesFixture(t)
	for _, tt := range []struct{ lang, reason, want string }{
		{"en", "by_seller", "by the seller"}, {"en", "late_delivery", "not delivered in time"},
		{"en", "dispute_expired", "the arbiter did not decide in time"}, {"pt", "dispute_expired", "o árbitro não decidiu a tempo"},
		{"it", "dispute_expired", "l&#39;arbitro non ha deciso in tempo"}, {"ar", "dispute_expired", "لم يبتّ المحكّم في الوقت المحدد"},
	} {
		rec := do(t, h, "GET", "/tx/"+pageRefundTx(tt.reason)+"?lang="+tt.lang, nil)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), tt.want) || strings.Contains(rec.Body.String(), ">"+tt.reason+"<") {
			t.Errorf("%s %s: %d, want %q:\n%s", tt.lang, tt.reason, rec.Code, tt.want, rec.Body)
		}
	}
}

// The payment page says the inspection window with the words and rule the chat's offer uses
// (lang.Duration; bot TestOfferInspectionWords holds the offer to it).
func TestPayPageInspectionAsTheChatSaysIt(t *testing.T) {
	t.Parallel()
	h, offered, _ := pagesFixture(t)
	for _, tt := range []struct {
		lang lang.Lang
		want string
	}{{lang.English, "2 days"}, {lang.Portuguese, "2 dias"}, {lang.Italian, "2 giorni"}, {lang.Arabic, "يومين"}} {
		body := do(t, h, "GET", "/pay/"+offered.String()+"?lang="+string(tt.lang), nil).Body.String()
		// The fixture's inspection window is 48 hours: the page and the chat's offer both say it
		// with lang.Duration.
		if got := lang.Duration(tt.lang, 48*time.Hour); got != tt.want || !strings.Contains(body, tt.want) {
			t.Errorf("%s: lang.Duration = %q, want %q in the page:\n%s", tt.lang, got, tt.want, body)
		}
	}
}

// Every page word exists in every language.
func TestPageTextComplete(t *testing.T) {
	t.Parallel()
	for l, words := range pageText {
		for k := range pageText[lang.English] {
			if words[k] == "" {
				t.Errorf("%s lacks %q", l, k)
			}
		}
	}
}

// The test decoder reads what the library encodes, across versions and segment modes: it is
// the yardstick of the QR test above, so it is checked too.
func TestDecodeQR(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"1", "HELLO WORLD", "12345678901234567890", "ethereum:0x70997970C51812dc3A010C7d01b50e0d17dc79C8@1337?value=15000000000000000",
		"ethereum:" + pageUSDC.Token + "@8453/transfer?address=" + pageDeposit + "&uint256=1000000000000000000000000", strings.Repeat("souq ", 40)} {
		raw, err := qrcode.Encode(s, qrcode.Medium, 320)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := decodeQR(img); got != s {
			t.Errorf("decoded %q (%v), want %q", got, err, s)
		}
	}
}

// text/html pages are checked as strings (kin-openapi decodes text/plain only by default).
func init() {
	if openapi3filter.RegisteredBodyDecoder("text/html") == nil {
		openapi3filter.RegisterBodyDecoder("text/html", openapi3filter.FileBodyDecoder)
	}
}

// TestPagesConformToOpenAPI: the public pages' routes are described, and every answer (HTML,
// JSON, errors) is one the description promises.
func TestPagesConformToOpenAPI(t *testing.T) {
	t.Parallel()
	doc, router := loadOpenAPI(t)
	h, offered, paid := pagesFixture(t)
	c := &conformance{t: t, h: h, router: router, seen: map[string]bool{}}
	jsonAccept := []string{"Accept", "application/json"}
	body := c.do(exchange{method: "GET", path: "/pay/" + offered.String(), header: jsonAccept, status: 200})
	var pay struct {
		URI, AmountMinor string
		Steps            []WalletCall
	}
	if err := json.Unmarshal(body, &struct {
		URI         *string       `json:"uri"`
		AmountMinor *string       `json:"amount_minor"`
		Steps       *[]WalletCall `json:"steps"`
	}{&pay.URI, &pay.AmountMinor, &pay.Steps}); err != nil || pay.AmountMinor != "25500000" || !strings.HasSuffix(pay.URI, "&uint256=25500000") || len(pay.Steps) != 2 {
		t.Fatalf("pay JSON %s: %v", body, err)
	}
	c.do(exchange{method: "GET", path: "/pay/" + offered.String() + "?lang=ar", status: 200})
	c.do(exchange{method: "GET", path: "/pay/" + paid.String(), header: jsonAccept, status: 200})
	c.do(exchange{method: "GET", path: "/pay/" + strings.Repeat("77", 32), status: 404})
	c.do(exchange{method: "GET", path: "/pay/nope", status: 400})
	c.do(exchange{method: "GET", path: "/tx/" + pageTxHash, status: 200})
	c.do(exchange{method: "GET", path: "/tx/" + pageTxHash, header: jsonAccept, status: 200})
	c.do(exchange{method: "GET", path: "/tx/0x" + strings.Repeat("00", 32), status: 404})
	c.do(exchange{method: "GET", path: "/tx/0x12", status: 400})
	for path, item := range doc.Paths.Map() {
		for method, o := range item.Operations() {
			if slices.Contains(o.Tags, "pages") && !c.seen[method+" "+path] {
				t.Errorf("page %s %s not exercised", method, path)
			}
		}
	}
}

// A page names an order's status in the reader's language, never by its code ("Este pedido está
// paid" was the pay page's Portuguese before), and every status has a word in every language.
func TestPayPageStatusInWords(t *testing.T) {
	t.Parallel()
	for _, l := range lang.All {
		for _, s := range souq.Statuses {
			if _, ok := lang.StatusName(l, string(s)); !ok {
				t.Errorf("%s has no word for the status %s", l, s)
			}
		}
	}
	h, _, paid := pagesFixture(t)
	for l, want := range map[string]string{"en": "This order is paid (in escrow)", "pt": "Este pedido está pago (em custódia)",
		"it": "Questo ordine è pagato (in deposito)", "ar": "مدفوع (لدى الضامن)"} {
		body := do(t, h, "GET", "/pay/"+paid.String()+"?lang="+l, nil).Body.String()
		if !strings.Contains(body, want) {
			t.Errorf("%s: the paid order's page does not say %q:\n%s", l, want, body)
		}
	}
}
