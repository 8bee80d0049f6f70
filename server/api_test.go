package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// testSale is the real sale service on a temporary store (souqtest), with the bot as its voice
// (the service's Notifier) and as the support desk, in front of a recording Graph API.
type testSale struct {
	*souqtest.Sale
	bot  *bot.Bot
	msgs *sentLog
}

// chat plays the customer writing to souq; the service's work then runs.
func (f *testSale) chat(t *testing.T, id, text string) {
	t.Helper()
	m := whatsapp.Message{ID: id, From: customerNumber, Type: whatsapp.TypeText, Text: text, Timestamp: f.Clock.Now()}
	if err := f.bot.Handle(context.Background(), whatsapp.Event{Kind: whatsapp.KindMessage, Message: &m}); err != nil {
		t.Fatal(err)
	}
	f.Settle()
}

// pay is the customer paying an offer from their souq wallet, confirmed on the chain.
func (f *testSale) pay(t *testing.T, msgID string, ref souq.OrderRef) {
	t.Helper()
	if _, err := f.Service.Pay(context.Background(), souq.Actor{User: customerNumber, MsgID: msgID}, ref); err != nil {
		t.Fatal(err)
	}
	f.Settle()
	if v, err := f.Service.Status(context.Background(), souq.Actor{User: customerNumber}, ref); err != nil || v.Status != souq.StatusPaid {
		t.Fatalf("after paying: %v %v", v.Status, err)
	}
}

// dispute is the customer disputing an order, the dispute recorded on the chain.
func (f *testSale) dispute(t *testing.T, msgID string, ref souq.OrderRef, reason string) {
	t.Helper()
	if _, err := f.Service.Dispute(context.Background(), souq.DisputeRequest{Actor: souq.Actor{User: customerNumber, MsgID: msgID}, Order: ref, Reason: reason}); err != nil {
		t.Fatal(err)
	}
	f.Settle()
}

// resolved lists the buyer's shares of the arbiter's decisions that reached the escrow.
func (f *testSale) resolved() []string {
	f.Settle()
	var out []string
	for _, c := range f.Escrow.Calls() {
		if c.Kind == "resolve" {
			out = append(out, c.Amount.String())
		}
	}
	return out
}

// disputedOrder makes a paid, disputed order of total through the API and returns its id and ref.
func disputedOrder(t *testing.T, h http.Handler, sale *testSale, key, total string) (id, ref string) {
	t.Helper()
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`)
	code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr,
		`{"customer":"+16505551234","items":[{"name":"lamp","quantity":1}],"total":"`+total+`"}`, "Idempotency-Key", key)
	if code != 201 {
		t.Fatalf("offer = %d %v", code, out)
	}
	o := out["order"].(map[string]any)
	id, ref = o["id"].(string), o["ref"].(string)
	sale.pay(t, "pay-"+key, souq.OrderRef(ref))
	sale.dispute(t, "dispute-"+key, souq.OrderRef(ref), "it broke")
	return id, ref
}

// sentLog is the Graph API as the support desk's bot sees it: it records what is sent.
type sentLog struct {
	mu   sync.Mutex
	sent []whatsapp.Outgoing
}

func (m *sentLog) Send(_ context.Context, o whatsapp.Outgoing) (string, error) {
	if err := o.Validate(); err != nil {
		return "", err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent = append(m.sent, o)
	return fmt.Sprintf("wamid.out%d", len(m.sent)), nil
}
func (m *sentLog) MarkRead(context.Context, string) error { return nil }
func (m *sentLog) DownloadMedia(context.Context, string) (whatsapp.DownloadedMedia, error) {
	return whatsapp.DownloadedMedia{}, errors.New("no media here")
}

const (
	merchantNumber = "5511988887777"
	customerNumber = "16505551234"
	merchantKeyStr = "mk-test-0123456789"
	arbiterKeyStr  = "ak-test-0123456789"
)

func newAPI(t *testing.T) (http.Handler, *testSale) {
	t.Helper()
	sale := &testSale{msgs: &sentLog{}}
	log := logrus.New()
	log.SetOutput(io.Discard)
	opts := bot.Options{Log: log, Now: func() time.Time { return sale.Clock.Now() }}
	sale.Sale = souqtest.New(t, souqtest.Options{Start: time.Now().UTC().Truncate(time.Second),
		Notifier: func(db *store.DB) souq.Notifier { return bot.NewNotices(sale.msgs, db, opts) }})
	sale.bot = bot.New(sale.Service, sale.msgs, sale.DB, opts)
	if err := sale.Service.OptIn(context.Background(), souq.Actor{User: customerNumber, MsgID: "m0"}); err != nil {
		t.Fatal(err)
	}
	api := &API{
		Sale:   sale.Service,
		Auth:   testAuth(),
		Assets: souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x2222222222222222222222222222222222222222"}, "ETH": {Symbol: "ETH", Decimals: 18}},
		Desk:   sale.bot,
		Keys:   StoreKeys{Store: sale.DB.Sales()},
		Media:  sale.DB,
	}
	s, _ := newTestServer(t, Config{})
	api.Register(s.Engine())
	// The audit API and the admin routes on the same service and store; the log is the edge.
	(&Audit{Log: newFakeLog(t), Openings: sale.Service, Contracts: auditContracts, Auth: api.Auth}).Register(s.Engine())
	(&Admin{Auth: api.Auth, Work: sale.Service, Backup: sale.DB, Now: sale.Clock.Now}).Register(s.Engine())
	return s.Handler(), sale
}

// testAuth knows the test's merchant and arbiter keys.
func testAuth() StaticAuth {
	return StaticAuth{
		Merchants:  map[[32]byte]souq.WaID{sha256.Sum256([]byte(merchantKeyStr)): merchantNumber},
		ArbiterSHA: sha256.Sum256([]byte(arbiterKeyStr)),
	}
}

// offerOne registers the merchant and offers the customer one item; it returns the order's id.
func offerOne(t *testing.T, h http.Handler) string {
	t.Helper()
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`)
	code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr,
		`{"customer":"+16505551234","items":[{"name":"lamp","quantity":1}],"total":"12 USDC"}`, "Idempotency-Key", "offer-one")
	if code != 201 {
		t.Fatalf("offer = %d %v", code, out)
	}
	return out["order"].(map[string]any)["id"].(string)
}

func call(t *testing.T, h http.Handler, method, path, key, body string, hdr ...string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &out)
	return rec.Code, out
}

func TestAPIMerchantFlow(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	if code, _ := call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`); code != 200 {
		t.Fatalf("register = %d", code)
	}
	code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr,
		`{"customer":"+1 650 555 1234","items":[{"name":"coffee","quantity":2}],"total":"30.50 USDC"}`, "Idempotency-Key", "offer-1")
	if code != 201 {
		t.Fatalf("offer = %d %v", code, out)
	}
	order := out["order"].(map[string]any)
	if order["total"] != "30.50 USDC" || order["status"] != "offered" {
		t.Fatalf("order %v", order)
	}
	ref := order["ref"].(string)
	// The same Idempotency-Key makes the same offer, not a second one.
	_, again := call(t, h, "POST", "/api/v1/offers", merchantKeyStr,
		`{"customer":"+1 650 555 1234","items":[{"name":"coffee","quantity":2}],"total":"30.50 USDC"}`, "Idempotency-Key", "offer-1")
	if again["order"].(map[string]any)["id"] != order["id"] {
		t.Fatalf("retried offer made another order: %v vs %v", again, order)
	}
	code, list := call(t, h, "GET", "/api/v1/orders", merchantKeyStr, "")
	if code != 200 || len(list["orders"].([]any)) != 1 {
		t.Fatalf("orders = %d %v", code, list)
	}
	if code, got := call(t, h, "GET", "/api/v1/orders/"+ref, merchantKeyStr, ""); code != 200 || got["id"] != order["id"] {
		t.Fatalf("get order = %d %v", code, got)
	}
	// Not paid yet: shipping is an illegal transition.
	if code, got := call(t, h, "POST", "/api/v1/orders/"+ref+"/ship", merchantKeyStr, ""); code != 409 || got["code"] != "illegal_transition" {
		t.Fatalf("ship unpaid = %d %v", code, got)
	}
}

func TestAPIRejectsBadInput(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`)
	tests := []struct {
		name, method, path, key, body string
		status                        int
		code                          string
	}{
		{"no key", "GET", "/api/v1/orders", "", "", 401, "unauthorized"},
		{"wrong key", "GET", "/api/v1/orders", "nope", "", 401, "unauthorized"},
		{"merchant key on arbiter route", "POST", "/api/v1/arbiter/orders/0x" + strings.Repeat("ab", 32) + "/resolve", merchantKeyStr, `{"buyer_amount":"1 USDC"}`, 401, "unauthorized"},
		{"malformed JSON", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":`, 400, "bad_request"},
		{"no items", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"+16505551234","items":[],"total":"1 USDC"}`, 400, "bad_request"},
		{"too many decimals", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1.0000001 USDC"}`, 422, "invalid"},
		{"unknown currency", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1 DOGE"}`, 422, "invalid"},
		{"bad phone", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"call me","items":[{"name":"x","quantity":1}],"total":"1 USDC"}`, 422, "invalid"},
		{"float amount as number", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":30.5}`, 400, "bad_request"},
		{"bad ref", "GET", "/api/v1/orders/xyz", merchantKeyStr, "", 400, "bad_order_ref"},
		{"ship: bad ref", "POST", "/api/v1/orders/xyz/ship", merchantKeyStr, "", 400, "bad_order_ref"},
		{"refund: bad ref", "POST", "/api/v1/orders/xyz/refund", merchantKeyStr, "", 400, "bad_order_ref"},
		{"dispute answer: bad ref", "POST", "/api/v1/orders/xyz/dispute-answer", merchantKeyStr, `{"accept":true}`, 400, "bad_order_ref"},
		{"courier: bad ref", "PUT", "/api/v1/orders/xyz/courier", merchantKeyStr, `{"courier":"+39 333 123 4567"}`, 400, "bad_order_ref"},
		{"courier: bad number", "PUT", "/api/v1/orders/deadbeef/courier", merchantKeyStr, `{"courier":"call me"}`, 422, "invalid"},
		{"ship: a body", "POST", "/api/v1/orders/deadbeef/ship", merchantKeyStr, `{"now":true}`, 400, "bad_request"},
		{"ship: unknown order", "POST", "/api/v1/orders/deadbeef/ship", merchantKeyStr, "", 404, "not_found"},
		{"delivery: bad id", "GET", "/api/v1/arbiter/orders/xyz/delivery", arbiterKeyStr, "", 400, "bad_order_id"},
		{"delivery photo: bad id", "GET", "/api/v1/arbiter/orders/xyz/delivery/photo", arbiterKeyStr, "", 400, "bad_order_id"},
		{"delivery: unknown order", "GET", "/api/v1/arbiter/orders/0x" + strings.Repeat("cd", 32) + "/delivery", arbiterKeyStr, "", 404, "not_found"},
		{"delivery photo: unknown order", "GET", "/api/v1/arbiter/orders/0x" + strings.Repeat("cd", 32) + "/delivery/photo", arbiterKeyStr, "", 404, "not_found"},
		{"unknown order", "GET", "/api/v1/orders/deadbeef", merchantKeyStr, "", 404, "not_found"},
		{"bad limit", "GET", "/api/v1/orders?limit=0", merchantKeyStr, "", 400, "bad_limit"},
		{"bad rule", "PUT", "/api/v1/loyalty-rule", merchantKeyStr, `{"points":1}`, 422, "invalid"},
		{"stamps without a currency", "PUT", "/api/v1/loyalty-rule", merchantKeyStr, `{"stamps":5}`, 422, "invalid"},
		{"stamps in an unknown currency", "PUT", "/api/v1/loyalty-rule", merchantKeyStr, `{"stamps":5,"currency":"DOGE"}`, 422, "invalid"},
		{"spend and currency differ", "PUT", "/api/v1/loyalty-rule", merchantKeyStr, `{"points":1,"spend":"10 USDC","currency":"ETH"}`, 422, "invalid"},
		{"oversized body", "POST", "/api/v1/offers", merchantKeyStr, `{"customer":"` + strings.Repeat("1", 70_000) + `"}`, 413, "too_large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := call(t, h, tt.method, tt.path, tt.key, tt.body)
			if code != tt.status || out["code"] != tt.code || out["message"] == "" {
				t.Fatalf("%s %s = %d %v, want %d %s", tt.method, tt.path, code, out, tt.status, tt.code)
			}
		})
	}
	if code, out := call(t, h, "GET", "/api/v1/orders", merchantKeyStr, ""); code != 200 || len(out["orders"].([]any)) != 0 {
		t.Fatalf("bad requests changed state: %v", out)
	}
}

func TestAPIArbiterResolve(t *testing.T) {
	t.Parallel()
	h, sale := newAPI(t)
	id, _ := disputedOrder(t, h, sale, "o1", "25 USDC")
	code, out := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"12.50 USDC","note":"half"}`)
	if got := sale.resolved(); code != 200 || len(got) != 1 || got[0] != "12500000" {
		t.Fatalf("resolve = %d %v, escrow asked for %v", code, out, got)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"12.5.0 USDC"}`); code != 422 {
		t.Fatalf("bad amount = %d", code)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/0x12/resolve", arbiterKeyStr, `{"buyer_amount":"0"}`); code != 400 {
		t.Fatalf("bad id = %d", code)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/0x"+strings.Repeat("ab", 32)+"/resolve", arbiterKeyStr, `{"buyer_amount":"0"}`); code != 404 {
		t.Fatalf("unknown order = %d", code)
	}
	// The same decision again (the arbiter's client retrying after a lost answer) answers as the
	// first did and sends nothing more; another decision is a conflict.
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"12.50 USDC","note":"half"}`); code != 200 {
		t.Fatalf("the same decision again = %d, want 200", code)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"10 USDC","note":"half"}`); code != 409 {
		t.Fatalf("another decision = %d, want 409", code)
	}
	if got := sale.resolved(); len(got) != 1 {
		t.Fatalf("rejected or repeated requests reached the escrow: %v", got)
	}
	if v, err := sale.Service.Status(context.Background(), souq.Actor{User: customerNumber}, souq.OrderRef(id)); err != nil || v.Status != souq.StatusResolved {
		t.Fatalf("order after the decision: %v %v", v.Status, err)
	}
}

func TestOpenAPIServed(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/openapi.json", nil))
	var doc map[string]any
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &doc) != nil || doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi = %d", rec.Code)
	}
	if !bytes.Equal(rec.Body.Bytes(), openAPI) {
		t.Fatal("the served description is not the one the conformance test checks")
	}
}

// Finding 7 through the arbiter API: the agent's reply reaches the customer as a person, and the
// hand-back really returns them to the bot.
func TestSupportDeskThroughAPI(t *testing.T) {
	t.Parallel()
	h, sale := newAPI(t)
	sale.chat(t, "a1", "agent")
	sale.chat(t, "a2", "points")
	code, out := call(t, h, "GET", "/api/v1/arbiter/tickets", arbiterKeyStr, "")
	if code != 200 || len(out["tickets"].([]any)) != 1 {
		t.Fatalf("tickets %d %v", code, out)
	}
	id := out["tickets"].([]any)[0].(map[string]any)["id"].(string) // the service names tickets
	if tk := sale.Ticket(id); tk.User != customerNumber {
		t.Fatalf("ticket %+v", tk)
	}
	n := len(sale.msgs.sent)
	if code, out := call(t, h, "POST", "/api/v1/arbiter/tickets/"+id+"/messages", arbiterKeyStr, `{"text":"Hi, I'm looking into it.","agent":"Rana"}`); code != 201 || out["id"] == "" {
		t.Fatalf("reply %d %v", code, out)
	}
	if got := sale.msgs.sent[n:]; len(got) != 1 || got[0].To != customerNumber || !strings.Contains(got[0].Text.Body, "Rana (souq support, ticket "+id+"): Hi, I'm looking into it.") {
		t.Fatalf("sent %+v", got)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/tickets/"+id+"/hand-back", arbiterKeyStr, ""); code != 204 {
		t.Fatalf("hand-back %d", code)
	}
	sale.Settle() // the service's hand-back notice returns the chat to the bot
	if tk := sale.Ticket(id); tk.ClosedAt.IsZero() {
		t.Fatalf("ticket not closed: %+v", tk)
	}
	n = len(sale.msgs.sent)
	sale.chat(t, "a3", "points")
	if got := sale.msgs.sent[n:]; len(got) != 1 || !strings.Contains(got[0].Text.Body, "points") {
		t.Fatalf("the bot did not answer after the hand-back: %+v", got)
	}
	if code, out := call(t, h, "GET", "/api/v1/arbiter/tickets", arbiterKeyStr, ""); code != 200 || len(out["tickets"].([]any)) != 0 {
		t.Fatalf("tickets after hand-back %d %v", code, out)
	}
}
