package server

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// loadOpenAPI loads and validates the description the server serves.
func loadOpenAPI(t *testing.T) (*openapi3.T, routers.Router) {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openAPI)
	if err != nil {
		t.Fatalf("openapi.json does not load: %v", err)
	}
	if err := doc.Validate(loader.Context, openapi3.EnableMultiError()); err != nil {
		t.Fatalf("openapi.json is not a valid OpenAPI %s document: %v", doc.OpenAPI, err)
	}
	router, err := gorillamux.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	return doc, router
}

// bearerAuth is the description's one security scheme, checked as the server's middleware does
// before it looks the key up: a Bearer token must be there.
func bearerAuth(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	if in.SecuritySchemeName != "bearer" {
		return errors.New("unknown security scheme " + in.SecuritySchemeName)
	}
	if k, ok := strings.CutPrefix(in.RequestValidationInput.Request.Header.Get("Authorization"), "Bearer "); !ok || k == "" {
		return errors.New("no bearer token")
	}
	return nil
}

// conformance sends real requests to the API and checks each exchange against the description.
type conformance struct {
	t      *testing.T
	h      http.Handler
	router routers.Router
	seen   map[string]bool // "METHOD /path/template" exercised
}

type exchange struct {
	method, path, key, body string
	header                  []string // name, value pairs
	status                  int
	// requestInvalid: the description itself must reject this request (bad input the server
	// refuses with 400/401/413); otherwise the request must conform.
	requestInvalid bool
}

// short keeps failure messages readable (one request body is 70 KB).
func short(b string) string {
	if len(b) > 120 {
		return b[:120] + "…"
	}
	return b
}

func (c *conformance) do(x exchange) []byte {
	t := c.t
	t.Helper()
	newReq := func() *http.Request {
		req := httptest.NewRequest(x.method, x.path, strings.NewReader(x.body))
		if x.body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		if x.key != "" {
			req.Header.Set("Authorization", "Bearer "+x.key)
		}
		for i := 0; i+1 < len(x.header); i += 2 {
			req.Header.Set(x.header[i], x.header[i+1])
		}
		return req
	}
	req := newReq()
	route, params, err := c.router.FindRoute(req)
	if err != nil {
		t.Errorf("%s %s: not in the description: %v", x.method, x.path, err)
		return nil
	}
	c.seen[x.method+" "+route.Path] = true
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: bearerAuth, MultiError: true}}
	reqErr := openapi3filter.ValidateRequest(context.Background(), in)
	switch {
	case x.requestInvalid && reqErr == nil:
		t.Errorf("%s %s %s: the server refuses it (%d) but the description allows it", x.method, x.path, short(x.body), x.status)
	case !x.requestInvalid && reqErr != nil:
		t.Errorf("%s %s %s: request does not conform: %v", x.method, x.path, short(x.body), reqErr)
	}

	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, newReq())
	if rec.Code != x.status {
		t.Errorf("%s %s %s: status %d, want %d: %s", x.method, x.path, short(x.body), rec.Code, x.status, rec.Body)
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
		Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
	out.SetBodyBytes(rec.Body.Bytes())
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		t.Errorf("%s %s: response %d %s does not conform: %v", x.method, x.path, rec.Code, rec.Body, err)
	}
	return rec.Body.Bytes()
}

func jsonField(t *testing.T, body []byte, path ...string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: no %v", body, path)
		}
		v = m[p]
	}
	s, _ := v.(string)
	return s
}

// TestAPIConformsToOpenAPI drives every merchant and arbiter route through a sale's life with
// real requests, and checks with kin-openapi that each request the server accepts is one the
// description allows (and each bad one it refuses, the description refuses too), and that every
// response (status, headers, body) is one the description promises.
func TestAPIConformsToOpenAPI(t *testing.T) {
	t.Parallel()
	doc, router := loadOpenAPI(t)
	h, sale := newAPI(t)
	c := &conformance{t: t, h: h, router: router, seen: map[string]bool{}}
	ctx := context.Background()
	const payout = `{"payout":"0x1111111111111111111111111111111111111111"}`
	offer := `{"customer":"+16505551234","items":[{"name":"coffee","quantity":2}],"total":"30.50 USDC","deadline_hours":48}`
	mk, ak := merchantKeyStr, arbiterKeyStr

	c.do(exchange{method: "GET", path: "/api/v1/openapi.json", status: 200})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", body: payout, status: 401, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: "nope", body: payout, status: 401})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: `{"payout":`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: `{"payout":"nowhere"}`, status: 422, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: payout, status: 200})
	c.do(exchange{method: "PUT", path: "/api/v1/merchant/profile", key: mk, body: `{"name":"Casa do Café","max_order":["5000 USDC"]}`, status: 200})
	c.do(exchange{method: "PUT", path: "/api/v1/merchant/profile", key: mk, body: `{"name":"x","colour":"red"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "PUT", path: "/api/v1/merchant/profile", key: mk, body: `{"name":"x","max_order":["2000000 USDC"]}`, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: payout, header: []string{"Idempotency-Key", "reg-1"}, status: 200})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: `{"payout":"0x2222222222222222222222222222222222222222"}`, header: []string{"Idempotency-Key", "reg-1"}, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/merchant", key: mk, body: payout, header: []string{"Idempotency-Key", strings.Repeat("k", 129)}, status: 400, requestInvalid: true})

	c.do(exchange{method: "PUT", path: "/api/v1/loyalty-rule", key: mk, body: `{"points":1,"spend":"10 USDC"}`, status: 200})
	c.do(exchange{method: "PUT", path: "/api/v1/loyalty-rule", key: mk, body: `{"stamps":5,"currency":"USDC"}`, status: 200})
	c.do(exchange{method: "PUT", path: "/api/v1/loyalty-rule", key: mk, body: `{"points":1}`, status: 422})
	c.do(exchange{method: "PUT", path: "/api/v1/loyalty-rule", key: mk, body: `{"points":"1"}`, status: 400, requestInvalid: true})

	body := c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: offer, header: []string{"Idempotency-Key", "offer-1"}, status: 201})
	ref := jsonField(t, body, "order", "ref")
	id := jsonField(t, body, "order", "id")
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[],"total":"1 USDC"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":30.5}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[{"name":"x","quantity":0}],"total":"1 USDC"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1 DOGE"}`, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"5000.01 USDC"}`, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"+16505551234","items":[{"name":"x","quantity":1}],"total":"1 USDC","tip":"9 USDC"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"call me","items":[{"name":"x","quantity":1}],"total":"1 USDC"}`, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: `{"customer":"` + strings.Repeat("1", 70_000) + `","items":[{"name":"x","quantity":1}],"total":"1 USDC"}`, status: 413}) // no size keyword in OpenAPI: the 413 is described

	c.do(exchange{method: "GET", path: "/api/v1/orders", key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders?limit=10", key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders?limit=0", key: mk, status: 400, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/orders/" + ref, key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders/" + id, key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders/xyz", key: mk, status: 400, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/orders/deadbeef", key: mk, status: 404})
	c.do(exchange{method: "POST", path: "/api/v1/orders/" + ref + "/ship", key: mk, status: 409})

	// The customer pays: the merchant ships, and the customer disputes.
	customer := func(msg string) souq.Actor { return souq.Actor{User: customerNumber, MsgID: msg} }
	sale.pay(t, "pay-1", souq.OrderRef(ref))
	c.do(exchange{method: "POST", path: "/api/v1/orders/" + ref + "/ship", key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders/" + ref + "/receipt", key: mk, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/orders/ffffffff/receipt", key: mk, status: 404})
	c.do(exchange{method: "POST", path: "/api/v1/orders/" + ref + "/dispute-answer", key: mk, body: `{"statement":"sent"}`, status: 409})
	sale.dispute(t, "dispute-1", souq.OrderRef(ref), "never came")
	c.do(exchange{method: "GET", path: "/api/v1/orders/" + ref, key: mk, status: 200})
	c.do(exchange{method: "POST", path: "/api/v1/orders/" + ref + "/dispute-answer", key: mk, body: `{"statement":"tracking 123"}`, status: 200})
	c.do(exchange{method: "POST", path: "/api/v1/orders/" + ref + "/dispute-answer", key: mk, body: `{"statement":"` + strings.Repeat("x", 2001) + `"}`, status: 400, requestInvalid: true})

	// A second sale: paid, then refunded by the merchant; a third one released.
	for i, then := range []string{"refund", "release"} {
		body := c.do(exchange{method: "POST", path: "/api/v1/offers", key: mk, body: offer, header: []string{"Idempotency-Key", "offer-" + then}, status: 201})
		r := souq.OrderRef(jsonField(t, body, "order", "ref"))
		sale.pay(t, "pay-"+then, r)
		if i == 0 {
			c.do(exchange{method: "POST", path: "/api/v1/orders/" + string(r) + "/refund", key: mk, status: 200})
			c.do(exchange{method: "POST", path: "/api/v1/orders/" + string(r) + "/refund", key: mk, status: 409})
			continue
		}
		c.do(exchange{method: "POST", path: "/api/v1/orders/" + string(r) + "/ship", key: mk, status: 200})
		// The merchant names a courier and assigns it; the courier delivers; the arbiter reads the proof.
		c.do(exchange{method: "GET", path: "/api/v1/couriers", key: mk, status: 200})
		c.do(exchange{method: "PUT", path: "/api/v1/orders/" + string(r) + "/courier", key: mk, body: `{"courier":"+39 333 123 4567"}`, status: 422})
		c.do(exchange{method: "PUT", path: "/api/v1/couriers/+393331234567", key: mk, status: 200})
		c.do(exchange{method: "PUT", path: "/api/v1/couriers/393331234567", key: mk, header: []string{"Idempotency-Key", "courier-1"}, status: 200})
		c.do(exchange{method: "PUT", path: "/api/v1/couriers/12ab", key: mk, status: 400, requestInvalid: true})
		c.do(exchange{method: "PUT", path: "/api/v1/couriers/+447700900123", key: mk, status: 200})
		c.do(exchange{method: "DELETE", path: "/api/v1/couriers/+447700900123", key: mk, status: 200})
		c.do(exchange{method: "PUT", path: "/api/v1/orders/" + string(r) + "/courier", key: mk, body: `{"courier":"+39 333 123 4567","tip":1}`, status: 400, requestInvalid: true})
		body = c.do(exchange{method: "PUT", path: "/api/v1/orders/" + string(r) + "/courier", key: mk, body: `{"courier":"+39 333 123 4567"}`, status: 200})
		if got := jsonField(t, body, "courier"); got != "+393331234567" {
			t.Fatalf("assigned courier %q", got)
		}
		oid := jsonField(t, body, "id")
		c.do(exchange{method: "GET", path: "/api/v1/arbiter/orders/" + oid + "/delivery", key: ak, status: 404})
		photo := []byte("\xff\xd8 parcel at the door")
		sum := sha256.Sum256(photo)
		if _, err := sale.Service.SubmitDelivery(ctx, souq.DeliveryProof{Actor: souq.Actor{User: "393331234567", MsgID: "photo-1"}, Order: r, PhotoSHA256: sum, MediaID: "media-1", TakenAt: time.Now()}); err != nil {
			t.Fatal(err)
		}
		sale.Settle() // the attested delivery goes on chain before the customer confirms
		c.do(exchange{method: "GET", path: "/api/v1/arbiter/orders/" + oid + "/delivery/photo", key: ak, status: 404})
		if err := sale.DB.PutMedia(ctx, sum, "image/jpeg", photo); err != nil {
			t.Fatal(err)
		}
		proof := c.do(exchange{method: "GET", path: "/api/v1/arbiter/orders/" + oid + "/delivery", key: ak, status: 200})
		if jsonField(t, proof, "photo_sha256") != hex.EncodeToString(sum[:]) || jsonField(t, proof, "courier") != "+393331234567" {
			t.Fatalf("delivery proof %s", proof)
		}
		c.do(exchange{method: "GET", path: "/api/v1/arbiter/orders/" + oid + "/delivery", key: mk, status: 401})
		if got := c.do(exchange{method: "GET", path: "/api/v1/arbiter/orders/" + oid + "/delivery/photo", key: ak, status: 200}); !bytes.Equal(got, photo) {
			t.Fatalf("photo %q", got)
		}
		if _, err := sale.Service.ConfirmReceipt(ctx, customer("confirm-"+then), r); err != nil {
			t.Fatal(err)
		}
		sale.Settle()
	}
	c.do(exchange{method: "GET", path: "/api/v1/payouts", key: mk, status: 200})

	// The arbiter.
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: mk, body: `{"buyer_amount":"1 USDC"}`, status: 401})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: ak, body: `{"buyer_amount":"12.50 USDC","note":"half"}`, status: 200})
	// A second decision while the first is on its way to the chain: refused.
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: ak, body: `{"buyer_amount":"0"}`, status: 409})
	sale.Settle()
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: ak, body: `{"buyer_amount":"0"}`, status: 409})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: ak, body: `{"buyer_amount":"12.5.0 USDC"}`, status: 422})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/0x12/resolve", key: ak, body: `{"buyer_amount":"0"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/orders/" + id + "/resolve", key: ak, body: `{}`, status: 400, requestInvalid: true})

	// Support: the customer asks for a person; the agent sees the ticket, answers and hands back.
	c.do(exchange{method: "GET", path: "/api/v1/arbiter/tickets", key: ak, status: 200})
	sale.chat(t, "agent-1", "agent where is my coffee")
	body = c.do(exchange{method: "GET", path: "/api/v1/arbiter/tickets", key: ak, status: 200})
	tid := regexp.MustCompile(`"id":"(T[0-9A-F]{8})"`).FindSubmatch(body) // the service names tickets
	if tid == nil || !strings.Contains(string(body), "where is my coffee") || !strings.Contains(string(body), `"ref":"`+ref+`"`) {
		t.Fatalf("tickets %s", body)
	}
	ticket := string(tid[1])
	c.do(exchange{method: "GET", path: "/api/v1/arbiter/tickets", key: mk, status: 401})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/" + ticket + "/messages", key: ak, body: `{"text":"It ships today.","agent":"Rana"}`, status: 201})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/" + ticket + "/messages", key: ak, body: `{"agent":"Rana"}`, status: 400, requestInvalid: true})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/T9/messages", key: ak, body: `{"text":"hello"}`, status: 404})
	sale.Clock.Add(25 * time.Hour)
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/" + ticket + "/messages", key: ak, body: `{"text":"Still there?"}`, status: 409})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/" + ticket + "/hand-back", key: ak, status: 204})
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/" + ticket + "/hand-back", key: ak, status: 204}) // again: nothing to do
	c.do(exchange{method: "POST", path: "/api/v1/arbiter/tickets/t-9/hand-back", key: ak, status: 404})

	// The audit API over a real log's documents (testdata/audit), and the operator's routes.
	c.do(exchange{method: "GET", path: "/.well-known/souq-trust.json", status: 200})
	c.do(exchange{method: "GET", path: "/log/checkpoint", status: 200})
	c.do(exchange{method: "GET", path: "/log/tile/entries", status: 404}) // a real tile path has several segments, which {path} cannot match
	c.do(exchange{method: "GET", path: "/api/v1/audit/contracts", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/head", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/checkpoints", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/events/0/bundle", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/events/19/bundle", status: 404})
	c.do(exchange{method: "GET", path: "/api/v1/audit/events/18/bundle", status: 503})
	c.do(exchange{method: "GET", path: "/api/v1/audit/events/x/bundle", status: 400, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/audit/consistency?from=4&to=10", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/consistency?from=4&to=99", status: 404})
	c.do(exchange{method: "GET", path: "/api/v1/audit/consistency?from=4", status: 400, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + fixtureOrder + "/bundles", status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/207a1f7a/bundles", status: 409})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/5e5e5e5e/bundles", status: 503})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + strings.Repeat("ab", 32) + "/bundles", status: 404})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/xyz/bundles", status: 400})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + id + "/opening", status: 401, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + id + "/opening", key: mk, status: 401})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + id + "/opening", key: ak, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + strings.Repeat("ab", 32) + "/opening", key: ak, status: 404})
	c.do(exchange{method: "GET", path: "/api/v1/audit/orders/207a1f7a/opening", key: ak, status: 400, requestInvalid: true})
	c.do(exchange{method: "GET", path: "/api/v1/admin/status", key: ak, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/admin/status", key: mk, status: 401})
	c.do(exchange{method: "GET", path: "/api/v1/admin/backup", key: ak, status: 200})
	c.do(exchange{method: "GET", path: "/api/v1/admin/backup", key: mk, status: 401})
	// The same routes when the log and the store fail.
	failing := newFakeLog(t)
	failing.fail = errors.New("journal: read: disk I/O error")
	fs, _ := newTestServer(t, Config{})
	(&Audit{Log: failing, Openings: failingOpenings{}, Contracts: auditContracts, Auth: testAuth()}).Register(fs.Engine())
	(&Admin{Auth: testAuth(), Work: failingWork{}, Backup: failingBackup{}}).Register(fs.Engine())
	cf := &conformance{t: t, h: fs.Handler(), router: router, seen: c.seen}
	for _, p := range []string{"head", "checkpoints", "events/0/bundle", "consistency?from=4&to=10", "orders/" + fixtureOrder + "/bundles"} {
		cf.do(exchange{method: "GET", path: "/api/v1/audit/" + p, status: 503})
	}
	cf.do(exchange{method: "GET", path: "/api/v1/audit/orders/" + id + "/opening", key: ak, status: 503})
	cf.do(exchange{method: "GET", path: "/api/v1/admin/status", key: ak, status: 500})
	cf.do(exchange{method: "GET", path: "/api/v1/admin/backup", key: ak, status: 500})

	// Every operation the description lists was exercised, and the server has no other route
	// under /api/v1.
	var described, missed []string
	for path, item := range doc.Paths.Map() {
		for method, o := range item.Operations() {
			if slices.Contains(o.Tags, "pages") { // pages: TestPagesConformToOpenAPI
				continue
			}
			op := method + " " + path
			described = append(described, op)
			if !c.seen[op] {
				missed = append(missed, op)
			}
		}
	}
	sort.Strings(missed)
	if len(missed) > 0 {
		t.Errorf("operations not exercised: %v", missed)
	}
	var undocumented []string
	for _, r := range h.(interface{ Routes() gin.RoutesInfo }).Routes() {
		p, ok := strings.CutPrefix(r.Path, "/api/v1")
		if !ok {
			continue
		}
		if _, _, err := router.FindRoute(httptest.NewRequest(r.Method, "/api/v1"+ginToOpenAPI(p), nil)); err != nil {
			undocumented = append(undocumented, r.Method+" "+r.Path)
		}
	}
	if len(undocumented) > 0 {
		t.Errorf("server routes missing from the description: %v", undocumented)
	}
	if len(described) < 13 {
		t.Fatalf("only %d operations described", len(described))
	}
}

// ginToOpenAPI turns gin's ":ref" segments into a concrete value that matches "{ref}".
func ginToOpenAPI(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		if strings.HasPrefix(s, ":") {
			segs[i] = "x"
		}
	}
	return strings.Join(segs, "/")
}

// TestOpenAPIValidationBites makes sure the checks above can fail: responses the description
// does not promise are rejected.
func TestOpenAPIValidationBites(t *testing.T) {
	t.Parallel()
	_, router := loadOpenAPI(t)
	req := httptest.NewRequest("GET", "/api/v1/orders/deadbeef", nil)
	req.Header.Set("Authorization", "Bearer k")
	route, params, err := router.FindRoute(req)
	if err != nil {
		t.Fatal(err)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: bearerAuth}}
	good := `{"id":"0x` + strings.Repeat("ab", 32) + `","ref":"abababab","role":"merchant","status":"paid","items":[{"name":"x","quantity":1}],"total":"1 USDC","created_at":"2026-01-01T00:00:00Z","deliver_by":"2026-01-02T00:00:00Z"}`
	tests := []struct {
		name   string
		status int
		body   string
		valid  bool
	}{
		{"a conforming order", 200, good, true},
		{"a conforming error", 404, `{"code":"not_found","message":"no such order among yours"}`, true},
		{"undocumented status", 418, `{"code":"x","message":"y"}`, false},
		{"status outside the enum", 200, strings.Replace(good, `"paid"`, `"lost"`, 1), false},
		{"amount as a number", 200, strings.Replace(good, `"1 USDC"`, `1`, 1), false},
		{"missing created_at", 200, strings.Replace(good, `"created_at"`, `"made"`, 1), false},
		{"error without code", 404, `{"message":"y"}`, false},
	}
	for _, tt := range tests {
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: tt.status,
			Header: http.Header{"Content-Type": {"application/json; charset=utf-8"}}, Body: io.NopCloser(bytes.NewReader([]byte(tt.body))),
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		if err := openapi3filter.ValidateResponse(context.Background(), out); (err == nil) != tt.valid {
			t.Errorf("%s: valid = %v, want %v (%v)", tt.name, err == nil, tt.valid, err)
		}
	}
}
