package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/salesfake"
	"github.com/souqchain/souq/store"
)

// fakeSale is the bot's in-memory sale service plus recorded arbiter calls.
type fakeSale struct {
	*salesfake.Fake
	resolved []souq.Money
}

func (f *fakeSale) Resolve(_ context.Context, id souq.OrderID, amount souq.Money, _ string) (souq.OrderView, error) {
	f.resolved = append(f.resolved, amount)
	return souq.OrderView{ID: id, Status: souq.StatusDisputed}, nil
}

func (f *fakeSale) HandBack(context.Context, string) error { return nil }

const (
	merchantNumber = "5511988887777"
	customerNumber = "16505551234"
	merchantKeyStr = "mk-test-0123456789"
	arbiterKeyStr  = "ak-test-0123456789"
)

func newAPI(t *testing.T) (http.Handler, *fakeSale) {
	t.Helper()
	sale := &fakeSale{Fake: salesfake.New(time.Now)}
	ctx := context.Background()
	if err := sale.OptIn(ctx, souq.Actor{User: customerNumber, MsgID: "m0"}); err != nil {
		t.Fatal(err)
	}
	api := &API{
		Sale: sale,
		Auth: StaticAuth{
			Merchants:  map[[32]byte]souq.WaID{sha256.Sum256([]byte(merchantKeyStr)): merchantNumber},
			ArbiterSHA: sha256.Sum256([]byte(arbiterKeyStr)),
		},
		Assets: souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x01"}, "ETH": {Symbol: "ETH", Decimals: 18}},
		Keys:   StoreKeys{Store: openStore(t).Sales()},
	}
	s, _ := newTestServer(t, Config{})
	api.Register(s.Engine())
	return s.Handler(), sale
}

// openStore is the real bbolt store (idempotency keys live there in production).
func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
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
	id := "0x" + strings.Repeat("ab", 32)
	code, out := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"12.50 USDC","note":"half"}`)
	if code != 200 || len(sale.resolved) != 1 || sale.resolved[0].String() != "12.50 USDC" {
		t.Fatalf("resolve = %d %v, recorded %v", code, out, sale.resolved)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/"+id+"/resolve", arbiterKeyStr, `{"buyer_amount":"12.5.0 USDC"}`); code != 422 {
		t.Fatalf("bad amount = %d", code)
	}
	if code, _ := call(t, h, "POST", "/api/v1/arbiter/orders/0x12/resolve", arbiterKeyStr, `{"buyer_amount":"0"}`); code != 400 {
		t.Fatalf("bad id = %d", code)
	}
	if len(sale.resolved) != 1 {
		t.Fatalf("rejected requests reached the service: %v", sale.resolved)
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
