package main

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
)

// get fetches url with an Accept header and returns the status and body.
func get(t *testing.T, url, accept string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Issue 12 findings 12 and 14 on the embedded default: the released order's notices link souq's
// own transaction page, which shows the Released event read from the chain with the amounts in
// the token's decimals; the payment page of the next offer speaks the asked language and its
// EIP-681 link pays the charged amount to the customer's deposit address.
func TestEmbeddedMoneyPages(t *testing.T) {
	e := startE2E(t, t.TempDir())
	e.send(e2eMerchant, "register 0x1111111111111111111111111111111111111111")
	e.waitReply(e2eMerchant, "0x1111111111111111111111111111111111111111")
	e.send(e2eMerchant, "loyalty 1 per 10 USDC")
	e.send(e2eMerchant, "courier add +"+e2eCourier)
	e.waitReply(e2eMerchant, e2eCourier)
	e.send(e2eCustomer, "yes")
	e.waitReply(e2eCustomer, "")
	e.send(e2eMerchant, "sell 2 coffee 30.50 USDC to +1 650 555 1234")
	v := e.latestOrder(e2eCustomer)
	e.waitReply(e2eCustomer, v.ID.Short())
	e.send(e2eCustomer, "pay "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusPaid)
	e.send(e2eMerchant, "shipped "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusShipped)
	e.photo(e2eCourier, v.ID.String())
	e.waitStatus(v.ID, souq.StatusDelivered)
	e.send(e2eCustomer, "received "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusReleased)

	// Every money notice links its transaction: both parties hear of the payment and the release,
	// the customer in English, the merchant in Portuguese.
	rc, err := e.app.Service.Receipt(e.ctx, souq.Actor{User: e2eCustomer}, v.ID.Ref())
	e.must(err)
	released := rc.Lines[len(rc.Lines)-1]
	var paid souq.ReceiptLine
	for _, l := range rc.Lines {
		if l.Status == souq.StatusPaid {
			paid = l
		}
	}
	txLink := regexp.MustCompile(regexp.QuoteMeta(e.app.URL) + `/tx/0x[0-9a-fA-F]{64}`)
	if released.Status != souq.StatusReleased || paid.Status != souq.StatusPaid || !txLink.MatchString(released.TxURL) || !txLink.MatchString(paid.TxURL) {
		t.Fatalf("receipt lines %+v: want souq's tx page for the payment and the release", rc.Lines)
	}
	for chat, label := range map[string]string{e2eCustomer: "Transaction: ", e2eMerchant: "Transação: "} {
		for _, l := range []souq.ReceiptLine{paid, released} {
			_, err := e.d.waitReply(chat, label+l.TxURL)
			e.must(err)
		}
	}

	// The points notice links the Stellar sandbox's transaction, which Horizon serves.
	horizon := strings.TrimRight(e.app.HorizonURL, "/")
	points, err := e.d.waitReply(e2eCustomer, "Transaction: "+horizon+"/transactions/")
	e.must(err)
	ledger := regexp.MustCompile(regexp.QuoteMeta(horizon) + `/transactions/[0-9a-f]{64}`).FindString(points)
	if code, body := get(t, ledger, "application/json"); !strings.Contains(points, "3 points") || ledger == "" || code != 200 || !strings.Contains(body, `"successful": true`) && !strings.Contains(body, `"successful":true`) {
		t.Fatalf("points notice %q: ledger link %q answers %d %s", points, ledger, code, body)
	}

	// The transaction page, from the chain: block, sender, gas, and the decoded Released event.
	code, page := get(t, released.TxURL, "")
	for _, want := range []string{"Released to the seller", "30.195 USDC", "0.305 USDC", "succeeded", "Gas used", v.ID.String()} {
		if code != 200 || !strings.Contains(page, want) {
			t.Fatalf("tx page (%d) lacks %q:\n%s", code, want, page)
		}
	}
	code, page = get(t, released.TxURL+"?lang=ar", "")
	if code != 200 || !strings.Contains(page, `dir="rtl"`) || !strings.Contains(page, "صُرف للبائع") {
		t.Fatalf("Arabic tx page (%d):\n%s", code, page)
	}
	// The funding's page names the token and the whole amount.
	code, page = get(t, paid.TxURL, "application/json")
	var funded struct {
		Block  uint64 `json:"block"`
		Events []struct {
			Name   string `json:"name"`
			Fields []struct{ Name, Value string }
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(page), &funded); err != nil || code != 200 || funded.Block == 0 || len(funded.Events) != 1 || funded.Events[0].Name != "Funded" {
		t.Fatalf("funding tx (%d): %s %v", code, page, err)
	}
	if f := funded.Events[0].Fields; f[len(f)-1].Name != "amount" || f[len(f)-1].Value != "30.50 USDC" {
		t.Fatalf("funded fields %+v", f)
	}

	// The next offer's payment page.
	e.send(e2eMerchant, "sell 1 tea 12.25 USDC to +1 650 555 1234")
	o, err := e.d.latestOrder(e.ctx, e2eCustomer, v.ID)
	e.must(err)
	if o.PayURL == "" {
		t.Fatalf("second offer %+v", o)
	}
	for lang, want := range map[string][]string{
		"":   {`<html lang="en">`, "Pay order " + o.ID.Short(), "12.25 USDC", "Open in wallet", `href="ethereum:`},
		"pt": {`<html lang="pt">`, "Pagar pedido " + o.ID.Short(), "Você paga", "Abrir na carteira"},
		"ar": {`<html lang="ar" dir="rtl">`, "ادفع الطلب \u2068" + o.ID.Short() + "\u2069", "افتح في المحفظة"},
	} {
		url := o.PayURL
		if lang != "" {
			url += "?lang=" + lang
		}
		code, page := get(t, url, "")
		for _, w := range want {
			if code != 200 || !strings.Contains(page, w) || strings.Contains(page, "ZgotmplZ") {
				t.Fatalf("pay page %s (%d) lacks %q:\n%s", lang, code, w, page)
			}
		}
	}
	code, page = get(t, o.PayURL, "application/json")
	var pay struct {
		URI     string `json:"uri"`
		Deposit string `json:"deposit"`
	}
	e.must(json.Unmarshal([]byte(page), &pay))
	req, err := escrow.ParseTransactionRequest(pay.URI)
	if code != 200 || err != nil {
		t.Fatalf("pay JSON (%d) %s: %v", code, page, err)
	}
	to, _ := req.Param("address")
	amount, _ := req.Param("uint256")
	if req.Target != e.app.Network.Contracts.TestToken.Hex() || req.ChainID != e.app.Network.ChainID || req.Function != "transfer" ||
		to != pay.Deposit || amount != "12250000" {
		t.Fatalf("wallet link %s: want 12250000 of the test token to the deposit address %s", pay.URI, pay.Deposit)
	}
	// The deposit address is the order's buyer: the customer's custodial wallet.
	pm, err := e.app.Service.Payment(e.ctx, o.ID)
	e.must(err)
	if !strings.EqualFold(pm.Terms.Buyer, pay.Deposit) {
		t.Fatalf("deposit %s, buyer %s", pay.Deposit, pm.Terms.Buyer)
	}
}

// Issue 12 finding 12: --explorer was ignored on the embedded default; without it, links go to
// souq's own transaction page under the public URL.
func TestEmbeddedExplorerFlag(t *testing.T) {
	const hash = "0x4ffbfc2a89b074110e33de95c89bbbbbbdc85c27b1e99f2d544fba065b938406"
	for _, tt := range []struct{ explorer, want string }{
		{"https://explorer.example/", "https://explorer.example/tx/" + hash},
		{"", "https://souq.example/tx/" + hash},
	} {
		cfg, log := testConfig(t.TempDir())
		cfg.ExplorerURL = tt.explorer
		a := &App{cfg: cfg, log: log, URL: "https://souq.example"}
		if err := a.startEVM(t.Context()); err != nil {
			t.Fatal(err)
		}
		got := a.txLink(hash)
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("--explorer %q: link %q, want %q", tt.explorer, got, tt.want)
		}
	}
}
