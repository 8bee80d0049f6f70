package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

const offerJSON = `{"customer":"+16505551234","items":[{"name":"coffee","quantity":2}],"total":"30.50 USDC"}`

// goInternals are fragments of encoding/json and Go errors that must never reach a client.
var goInternals = []string{"json:", "Go struct", "Go value", "offerBody", "resolveBody", "registerBody", "server.", "*big", "reflect"}

// Issue 11 finding 9: loose JSON on money endpoints is refused with a precise message.
func TestAPIStrictJSON(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`)
	id := "0x" + strings.Repeat("ab", 32)
	tests := []struct {
		name, method, path, key, body, want string
	}{
		{"trailing garbage", "POST", "/api/v1/offers", merchantKeyStr, offerJSON + ` garbage`, "after the JSON object"},
		{"two concatenated objects", "POST", "/api/v1/offers", merchantKeyStr, offerJSON + strings.Replace(offerJSON, "30.50", "0.01", 1), "after the JSON object"},
		{"duplicate money key", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `"total"`, `"total":"0.01 USDC","total"`, 1), `duplicate key "total"`},
		{"duplicate key in another case", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `"total"`, `"TOTAL":"0.01 USDC","total"`, 1), `duplicate key "total"`},
		{"duplicate key by Unicode folding", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `{"customer"`, `{"cuſtomer":"+5511900000009","customer"`, 1), `duplicate key "customer"`},
		{"duplicate nested key", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `"quantity":2`, `"quantity":2,"quantity":1`, 1), `duplicate key "items[0].quantity"`},
		{"unknown field", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `"total"`, `"discount":"30 USDC","total"`, 1), `"discount" is not a field`},
		{"wrong type", "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, `"30.50 USDC"`, `30.5`, 1), "total must be a string"},
		{"not an object", "POST", "/api/v1/offers", merchantKeyStr, `[` + offerJSON + `]`, "must be a JSON object"},
		{"empty body", "POST", "/api/v1/offers", merchantKeyStr, ``, "empty"},
		{"payout twice", "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111","payout":"0x2222222222222222222222222222222222222222"}`, `duplicate key "payout"`},
		{"resolve trailing", "POST", "/api/v1/arbiter/orders/" + id + "/resolve", arbiterKeyStr, `{"buyer_amount":"1 USDC"}{"buyer_amount":"500 USDC"}`, "after the JSON object"},
		{"resolve duplicate", "POST", "/api/v1/arbiter/orders/" + id + "/resolve", arbiterKeyStr, `{"buyer_amount":"1 USDC","buyer_amount":"500 USDC"}`, `duplicate key "buyer_amount"`},
		{"resolve unknown", "POST", "/api/v1/arbiter/orders/" + id + "/resolve", arbiterKeyStr, `{"buyer_amount":"1 USDC","seller_amount":"9 USDC"}`, `"seller_amount" is not a field`},
		{"answer unknown", "POST", "/api/v1/orders/deadbeef/dispute-answer", merchantKeyStr, `{"accept":true,"refund":"all"}`, `"refund" is not a field`},
		{"ship with a body", "POST", "/api/v1/orders/deadbeef/ship", merchantKeyStr, `{"tracking":"x"}`, "takes no body"},
		{"rule duplicate", "PUT", "/api/v1/loyalty-rule", merchantKeyStr, `{"points":1,"spend":"10 USDC","points":100}`, `duplicate key "points"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := call(t, h, tt.method, tt.path, tt.key, tt.body)
			msg, _ := out["message"].(string)
			if code != http.StatusBadRequest || out["code"] != "bad_request" || !strings.Contains(msg, tt.want) {
				t.Fatalf("%s = %d %v, want 400 naming %q", tt.path, code, out, tt.want)
			}
			for _, frag := range goInternals {
				if strings.Contains(msg, frag) {
					t.Fatalf("message %q shows Go internals (%q)", msg, frag)
				}
			}
		})
	}
	if code, out := call(t, h, "GET", "/api/v1/orders", merchantKeyStr, ""); code != 200 || len(out["orders"].([]any)) != 0 {
		t.Fatalf("refused requests made orders: %v", out)
	}
}

// Issue 11 finding 8: Idempotency-Key as Stripe documents it.
func TestAPIIdempotencyKeyKeepsItsPromise(t *testing.T) {
	t.Parallel()
	h, sale := newAPI(t)
	const payout = `{"payout":"0x1111111111111111111111111111111111111111"}`
	if code, _ := call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, payout, "Idempotency-Key", "reg"); code != 200 {
		t.Fatalf("register = %d", code)
	}
	// The same key with another payout address: refused, not answered 200 and ignored.
	code, out := call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x2222222222222222222222222222222222222222"}`, "Idempotency-Key", "reg")
	if code != http.StatusUnprocessableEntity || out["code"] != "idempotency_key_reused" {
		t.Fatalf("changed payout under the same key = %d %v", code, out)
	}
	// Same body, whitespace and key order aside: the same request.
	if code, _ := call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, "{ \"payout\" : \"0x1111111111111111111111111111111111111111\" }\n", "Idempotency-Key", "reg"); code != 200 {
		t.Fatalf("the same request again = %d", code)
	}

	code, first := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, offerJSON, "Idempotency-Key", "k1")
	if code != 201 {
		t.Fatalf("offer = %d %v", code, first)
	}
	ref := first["order"].(map[string]any)["ref"].(string)
	sale.pay(t, "pay", souq.OrderRef(ref))
	// The same request again: the first answer, faithfully.
	code, again := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, offerJSON, "Idempotency-Key", "k1")
	if code != 201 || again["order"].(map[string]any)["id"] != first["order"].(map[string]any)["id"] {
		t.Fatalf("replay = %d %v, first %v", code, again, first)
	}
	// Another amount under the same key: refused, no second order.
	if code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, "30.50", "99", 1), "Idempotency-Key", "k1"); code != 422 || out["code"] != "idempotency_key_reused" {
		t.Fatalf("different body = %d %v", code, out)
	}
	// The offer's key on /ship: refused, never an all-zero order.
	code, out = call(t, h, "POST", "/api/v1/orders/"+ref+"/ship", merchantKeyStr, "", "Idempotency-Key", "k1")
	if code != 422 || out["code"] != "idempotency_key_reused" {
		t.Fatalf("ship under the offer's key = %d %v", code, out)
	}
	code, shipped := call(t, h, "POST", "/api/v1/orders/"+ref+"/ship", merchantKeyStr, "", "Idempotency-Key", "ship-1")
	if code != 200 || shipped["status"] != "shipped" || shipped["id"] != first["order"].(map[string]any)["id"] {
		t.Fatalf("ship = %d %v", code, shipped)
	}
	// Shipping again under its key: the recorded answer, not a fresh (or empty) one.
	if code, out := call(t, h, "POST", "/api/v1/orders/"+ref+"/ship", merchantKeyStr, "", "Idempotency-Key", "ship-1"); code != 200 ||
		out["id"] != shipped["id"] || out["status"] != "shipped" || out["total"] != shipped["total"] {
		t.Fatalf("ship replay = %d %v, first %v", code, out, shipped)
	}
	// A key over the limit is refused (before: silently ignored, so each retry made an order).
	long := strings.Repeat("k", MaxIdempotencyKey+1)
	for range 2 {
		if code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, offerJSON, "Idempotency-Key", long); code != 400 || out["code"] != "idempotency_key_invalid" {
			t.Fatalf("long key = %d %v", code, out)
		}
	}
	if code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, offerJSON, "Idempotency-Key", strings.Repeat("k", MaxIdempotencyKey)); code != 201 {
		t.Fatalf("key at the limit = %d %v", code, out)
	}
	if _, list := call(t, h, "GET", "/api/v1/orders", merchantKeyStr, ""); len(list["orders"].([]any)) != 2 {
		t.Fatalf("want the first offer and the one at the limit, got %v", list)
	}
}

// Issue 11 finding 5: amounts have an upper bound; the API names it.
func TestAPIRefusesAmountsOverTheLimit(t *testing.T) {
	t.Parallel()
	h, _ := newAPI(t)
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`)
	huge := strings.Replace(offerJSON, "30.50 USDC", "1000000000000000000000000000000000 USDC", 1)
	code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, huge)
	if code != 422 || out["code"] != "over_limit" || !strings.Contains(out["message"].(string), "1000000.00 USDC per order") {
		t.Fatalf("huge offer = %d %v", code, out)
	}
	code, out = call(t, h, "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, "30.50 USDC", "10000.01 USDC", 1))
	if code != 422 || !strings.Contains(out["message"].(string), "this merchant's limit of 10000.00 USDC") {
		t.Fatalf("over the default = %d %v", code, out)
	}
	if code, _ := call(t, h, "PUT", "/api/v1/merchant/profile", merchantKeyStr, `{"name":"Big Sales","max_order":["20000 USDC"]}`); code != 200 {
		t.Fatalf("raise the limit = %d", code)
	}
	if code, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, strings.Replace(offerJSON, "30.50 USDC", "10000.01 USDC", 1)); code != 201 {
		t.Fatalf("under the merchant's own limit = %d %v", code, out)
	}
}

// Issue 11 finding 6 (API side): the arbiter's amount reaches the service with its currency, so the
// service can refuse another one; "0" alone means zero of the order's.
func TestAPIResolvePassesTheCurrency(t *testing.T) {
	t.Parallel()
	h, sale := newAPI(t)
	a, _ := disputedOrder(t, h, sale, "a", "25 USDC")
	b, _ := disputedOrder(t, h, sale, "b", "10 USDC")
	// ETH on a USDC order: the service sees the currency and refuses it, naming both.
	code, out := call(t, h, "POST", "/api/v1/arbiter/orders/"+a+"/resolve", arbiterKeyStr, `{"buyer_amount":"0.0000000001 ETH"}`)
	if msg, _ := out["message"].(string); code != 422 || !strings.Contains(msg, "ETH") || !strings.Contains(msg, "USDC") {
		t.Fatalf("ETH on a USDC order = %d %v", code, out)
	}
	// "0" alone is zero of the order's currency; "0 USDC" says it.
	for _, r := range []struct{ id, body string }{{a, `{"buyer_amount":"0"}`}, {b, `{"buyer_amount":"0 USDC"}`}} {
		if code, out := call(t, h, "POST", "/api/v1/arbiter/orders/"+r.id+"/resolve", arbiterKeyStr, r.body); code != 200 {
			t.Fatalf("%s = %d %v", r.body, code, out)
		}
	}
	if got := sale.resolved(); len(got) != 2 || got[0] != "0" || got[1] != "0" {
		t.Fatalf("resolved %v", got)
	}
	if code, out := call(t, h, "POST", "/api/v1/arbiter/orders/"+a+"/resolve", arbiterKeyStr, `{"buyer_amount":"0 DOGE"}`); code != 422 {
		t.Fatalf("zero in an unknown currency = %d %v", code, out)
	}
}

// TestBadInputChangesNothing throws forged, replayed, oversized, malformed, spoofed and
// unauthorized requests at the WhatsApp webhook and every API route, and checks that the store
// (every bucket, byte for byte) and the sale service's orders are exactly as before.
func TestBadInputChangesNothing(t *testing.T) {
	t.Parallel()
	sale := &testSale{Sale: souqtest.New(t, souqtest.Options{})}
	db := sale.DB
	const appSecret = "app-secret-for-tests"
	wh, err := whatsapp.NewWebhook(whatsapp.Config{AppSecret: appSecret, VerifyToken: "verify-me"}, db, whatsapp.WithWebhookLogger(quietLog()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := sale.Service.OptIn(ctx, souq.Actor{User: customerNumber, MsgID: "m0"}); err != nil {
		t.Fatal(err)
	}
	s, _ := newTestServer(t, Config{Mounts: []Mount{{Prefix: "/webhooks/whatsapp", Handler: wh}}})
	(&API{Sale: sale.Service, Auth: StaticAuth{
		Merchants:  map[[32]byte]souq.WaID{sha256.Sum256([]byte(merchantKeyStr)): merchantNumber},
		ArbiterSHA: sha256.Sum256([]byte(arbiterKeyStr)),
	}, Assets: souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x2222222222222222222222222222222222222222"}, "ETH": {Symbol: "ETH", Decimals: 18}},
		Keys: StoreKeys{Store: db.Sales()}}).Register(s.Engine())
	h := s.Handler()

	// A legitimate history first: a merchant, an offer under a key, a paid order, a delivered
	// webhook message.
	call(t, h, "POST", "/api/v1/merchant", merchantKeyStr, `{"payout":"0x1111111111111111111111111111111111111111"}`, "Idempotency-Key", "reg")
	_, out := call(t, h, "POST", "/api/v1/offers", merchantKeyStr, offerJSON, "Idempotency-Key", "offer-1")
	ref := out["order"].(map[string]any)["ref"].(string)
	id := out["order"].(map[string]any)["id"].(string)
	sale.pay(t, "pay", souq.OrderRef(ref))
	msg, err := os.ReadFile(filepath.Join("..", "bot", "whatsapp", "testdata", "text.json"))
	if err != nil {
		t.Fatal(err)
	}
	if rec := postWebhook(h, msg, whatsapp.Sign(msg, []byte(appSecret))); rec.Code != 200 {
		t.Fatalf("genuine webhook = %d", rec.Code)
	}
	before := snapshot(t, db, sale)

	type attack struct {
		name   string
		do     func() int
		refuse bool // must be refused (4xx); false: accepted but must change nothing (a replay)
	}
	var attacks []attack
	add := func(name string, refuse bool, f func() int) { attacks = append(attacks, attack{name, f, refuse}) }
	api := func(method, path, key, body string, hdr ...string) func() int {
		return func() int { code, _ := call(t, h, method, path, key, body, hdr...); return code }
	}

	// The webhook.
	forged := bytes.Replace(msg, []byte("Does it come in another color?"), []byte("sell 1 x 1 USDC to +16505551234"), 1)
	add("webhook: forged body under the genuine signature", true, func() int { return postWebhook(h, forged, whatsapp.Sign(msg, []byte(appSecret))).Code })
	add("webhook: signed with another secret (spoofed sender)", true, func() int { return postWebhook(h, forged, whatsapp.Sign(forged, []byte("not-the-secret"))).Code })
	add("webhook: no signature", true, func() int { return postWebhook(h, forged, "").Code })
	add("webhook: malformed signature", true, func() int { return postWebhook(h, forged, "sha256=zz").Code })
	add("webhook: sha1 signature", true, func() int { return postWebhook(h, forged, "sha1="+strings.Repeat("0", 40)).Code })
	add("webhook: replayed genuine message", false, func() int { return postWebhook(h, msg, whatsapp.Sign(msg, []byte(appSecret))).Code })
	big := append(append([]byte(`{"object":"whatsapp_business_account","pad":"`), bytes.Repeat([]byte("x"), 4<<20)...), []byte(`"}`)...)
	add("webhook: oversized", true, func() int { return postWebhook(h, big, whatsapp.Sign(big, []byte(appSecret))).Code })
	bad := []byte(`{"object":"whatsapp_business_account","entry":[`)
	add("webhook: malformed JSON, correctly signed", true, func() int { return postWebhook(h, bad, whatsapp.Sign(bad, []byte(appSecret))).Code })
	add("webhook: verify handshake with a wrong token", true, func() int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", nil))
		return rec.Code
	})

	// Every API route: no key, a wrong key, the other role's key.
	// Every API route the engine serves (so a route added later is covered too), with its path
	// parameters filled in.
	type route struct{ method, path string }
	var routes []route
	for _, r := range s.Engine().Routes() {
		p, ok := strings.CutPrefix(r.Path, "/api/v1/")
		if !ok || p == "openapi.json" {
			continue
		}
		segs := strings.Split(p, "/")
		for i, seg := range segs {
			switch {
			case seg == ":ref":
				segs[i] = ref
			case seg == ":id" && i > 0 && segs[i-1] == "orders":
				segs[i] = id
			case strings.HasPrefix(seg, ":"):
				segs[i] = "t-1"
			}
		}
		routes = append(routes, route{r.Method, "/api/v1/" + strings.Join(segs, "/")})
	}
	if len(routes) < 13 {
		t.Fatalf("only %d API routes found", len(routes))
	}
	for _, r := range routes {
		other := arbiterKeyStr
		if strings.Contains(r.path, "/arbiter/") {
			other = merchantKeyStr
		}
		body := `{"payout":"0x2222222222222222222222222222222222222222","buyer_amount":"30.50 USDC","accept":true,"name":"Evil","text":"hi"}`
		add(r.method+" "+r.path+": no key", true, api(r.method, r.path, "", body))
		add(r.method+" "+r.path+": wrong key", true, api(r.method, r.path, "mk-guess", body))
		add(r.method+" "+r.path+": the other role's key", true, api(r.method, r.path, other, body))
		add(r.method+" "+r.path+": Basic instead of Bearer", true, api(r.method, r.path, "", body, "Authorization", "Basic "+merchantKeyStr))
	}
	// Malformed, oversized, replayed and spoofed requests with a valid key.
	mk, ak := merchantKeyStr, arbiterKeyStr
	for _, b := range []string{`{`, offerJSON + `{}`, strings.Replace(offerJSON, `"total"`, `"total":"0.01 USDC","total"`, 1),
		strings.Replace(offerJSON, `"total"`, `"customer_pays":"0","total"`, 1), `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":30.5}`,
		`{"customer":"` + strings.Repeat("1", 70_000) + `"}`, `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1e3 USDC"}`,
		`{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"-5 USDC"}`,
		`{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1000000000000000000000000000000000 USDC"}`,
		`{"customer":"` + merchantNumber + `","items":[{"name":"x","quantity":1}],"total":"1 USDC"}`,
		`{"customer":"+16505551234","items":[{"name":"\u202e\n","quantity":1}],"total":"1 USDC"}`} {
		add("offer: "+short(b), true, api("POST", "/api/v1/offers", mk, b))
	}
	add("offer: the genuine key replayed with another amount", true, api("POST", "/api/v1/offers", mk, strings.Replace(offerJSON, "30.50", "0.01", 1), "Idempotency-Key", "offer-1"))
	add("offer: the genuine key replayed, same request", false, api("POST", "/api/v1/offers", mk, offerJSON, "Idempotency-Key", "offer-1"))
	add("register: the genuine key with another payout", true, api("POST", "/api/v1/merchant", mk, `{"payout":"0x2222222222222222222222222222222222222222"}`, "Idempotency-Key", "reg"))
	add("ship: the offer's key", true, api("POST", "/api/v1/orders/"+ref+"/ship", mk, "", "Idempotency-Key", "offer-1"))
	add("ship: an oversized key", true, api("POST", "/api/v1/orders/"+ref+"/ship", mk, "", "Idempotency-Key", strings.Repeat("k", 200)))
	add("ship: a body", true, api("POST", "/api/v1/orders/"+ref+"/ship", mk, `{"status":"released"}`))
	add("ship: someone else's order", true, api("POST", "/api/v1/orders/ffffffff/ship", mk, ""))
	add("refund: a bad ref", true, api("POST", "/api/v1/orders/../../admin/refund", mk, ""))
	add("dispute-answer: no dispute", true, api("POST", "/api/v1/orders/"+ref+"/dispute-answer", mk, `{"accept":true}`))
	add("dispute-answer: duplicate accept", true, api("POST", "/api/v1/orders/"+ref+"/dispute-answer", mk, `{"accept":false,"accept":true}`))
	add("rule: loose JSON", true, api("PUT", "/api/v1/loyalty-rule", mk, `{"points":1,"spend":"10 USDC"} x`))
	add("profile: over the hard limit", true, api("PUT", "/api/v1/merchant/profile", mk, `{"name":"x","max_order":["1000001 USDC"]}`))
	add("profile: a name of controls only", true, api("PUT", "/api/v1/merchant/profile", mk, `{"name":"\u202e\n\t"}`))
	add("orders: bad limit", true, api("GET", "/api/v1/orders?limit=100000", mk, ""))
	add("resolve: another currency", true, api("POST", "/api/v1/arbiter/orders/"+id+"/resolve", ak, `{"buyer_amount":"1 DOGE"}`))
	add("resolve: negative", true, api("POST", "/api/v1/arbiter/orders/"+id+"/resolve", ak, `{"buyer_amount":"-1 USDC"}`))
	add("resolve: a bad id", true, api("POST", "/api/v1/arbiter/orders/0x12/resolve", ak, `{"buyer_amount":"0"}`))
	add("resolve: an Idempotency-Key", true, api("POST", "/api/v1/arbiter/orders/"+id+"/resolve", ak, `{"buyer_amount":"0"}`, "Idempotency-Key", "r1"))
	add("resolve: trailing object", true, api("POST", "/api/v1/arbiter/orders/"+id+"/resolve", ak, `{"buyer_amount":"1 USDC"}{"buyer_amount":"30 USDC"}`))
	add("hand-back: a body", true, api("POST", "/api/v1/arbiter/tickets/t-1/hand-back", ak, `{"to":"bot"}`))
	add("unknown route", true, api("POST", "/api/v1/admin", ak, `{}`))
	add("wrong method", true, api("DELETE", "/api/v1/orders/"+ref, mk, ""))

	for _, a := range attacks {
		code := a.do()
		if a.refuse && (code < 400 || code >= 500) {
			t.Errorf("%s: %d, want a 4xx refusal", a.name, code)
		}
		if !a.refuse && code >= 300 {
			t.Errorf("%s: %d, want the replay answered", a.name, code)
		}
	}
	after := snapshot(t, db, sale)
	if before != after {
		t.Fatalf("bad input changed state:\nbefore %s\nafter  %s", before, after)
	}
	if got := sale.resolved(); len(got) != 0 {
		t.Fatalf("the arbiter's decision reached the escrow: %v", got)
	}
	// The snapshot bites: one genuine request changes it.
	if code, _ := call(t, h, "POST", "/api/v1/offers", mk, offerJSON, "Idempotency-Key", "offer-2"); code != 201 || snapshot(t, db, sale) == after {
		t.Fatalf("a genuine offer (%d) left the snapshot unchanged", code)
	}
	t.Logf("tried %d bad requests (%d routes × 4 unauthorized, the rest forged, replayed, oversized, malformed or spoofed); none changed state", len(attacks), len(routes))
}

func quietLog() *logrus.Logger {
	l := logrus.New()
	l.SetOutput(io.Discard)
	return l
}

func postWebhook(h http.Handler, body []byte, sig string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/webhooks/whatsapp", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if sig != "" {
		req.Header.Set(whatsapp.SignatureHeader, sig)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// snapshot digests every bucket of the store, key and value, and the sale service's orders as both
// parties see them.
func snapshot(t *testing.T, db *store.DB, sale *testSale) string {
	t.Helper()
	d := sha256.New()
	var buckets []string
	err := db.Walk(func(space string, k, v []byte) error {
		if len(buckets) == 0 || buckets[len(buckets)-1] != space {
			buckets = append(buckets, space)
			d.Write([]byte(space))
		}
		d.Write(k)
		d.Write(v)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(buckets)
	for _, who := range []souq.WaID{merchantNumber, customerNumber} {
		views, err := sale.Service.History(context.Background(), souq.Actor{User: who}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(views)
		d.Write(raw)
	}
	return hex.EncodeToString(d.Sum(nil)) + " " + strings.Join(buckets, ",")
}
