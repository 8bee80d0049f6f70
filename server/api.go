package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// Sale is what the merchant and arbiter API asks of the sale service: the chat port plus the
// arbiter's and agents' entry points.
type Sale interface {
	souq.Sales
	Resolve(ctx context.Context, id souq.OrderID, buyerAmount souq.Money, note string) (souq.OrderView, error)
	HandBack(ctx context.Context, ticketID string) error
	// DeliveryProof is an order's delivery proof for the arbiter (ErrNotFound without one).
	DeliveryProof(ctx context.Context, id souq.OrderID) (souq.DeliveryRecord, error)
	// Payouts is what the escrow has paid the merchant, per currency.
	Payouts(ctx context.Context, a souq.Actor) ([]souq.PayoutTotal, error)
}

// Media is the store of evidence photos, by sha256 (store.DB).
type Media interface {
	Media(ctx context.Context, sum [32]byte) (b []byte, mimeType string, found bool, err error)
}

// Auth maps API keys to callers. A merchant key acts as that merchant's WhatsApp number; the
// arbiter key may resolve disputes and hand chats back.
type Auth interface {
	Merchant(key string) (souq.WaID, bool)
	Arbiter(key string) bool
}

// StaticAuth keeps sha256 digests of keys, never the keys themselves.
type StaticAuth struct {
	Merchants  map[[32]byte]souq.WaID
	ArbiterSHA [32]byte // zero: no arbiter key
}

// Merchant implements Auth.
func (a StaticAuth) Merchant(key string) (souq.WaID, bool) {
	w, ok := a.Merchants[sha256.Sum256([]byte(key))]
	return w, ok
}

// Arbiter implements Auth, comparing digests in constant time.
func (a StaticAuth) Arbiter(key string) bool {
	if a.ArbiterSHA == ([32]byte{}) {
		return false
	}
	d := sha256.Sum256([]byte(key))
	return subtle.ConstantTimeCompare(d[:], a.ArbiterSHA[:]) == 1
}

// API serves the merchant and arbiter REST API under /api/v1 (described by /api/v1/openapi.json).
type API struct {
	Sale   Sale
	Auth   Auth
	Assets souq.Assets
	Desk   souq.Desk // support agents' tickets and replies (the bot); nil: those routes answer 503
	// Keys binds Idempotency-Keys to their first request (StoreKeys in production). Required.
	Keys Keys
	// Media serves the arbiter the delivery photo itself; nil: the proof record only.
	Media Media
}

//go:embed openapi.json
var openAPI []byte

// maxBody bounds API request bodies: every request here is a few hundred bytes.
const maxBody = 64 << 10

// Register mounts the API on r.
func (a *API) Register(r gin.IRouter) {
	g := r.Group("/api/v1")
	g.GET("/openapi.json", func(c *gin.Context) { c.Data(http.StatusOK, "application/json", openAPI) })
	m := g.Group("", a.limitBody, a.merchantOnly)
	m.POST("/merchant", a.registerMerchant)
	m.PUT("/merchant/profile", a.setProfile)
	m.PUT("/loyalty-rule", a.setLoyaltyRule)
	m.POST("/offers", a.offer)
	m.GET("/orders", a.listOrders)
	m.GET("/orders/:ref", a.getOrder)
	m.GET("/orders/:ref/receipt", a.receipt)
	m.POST("/orders/:ref/ship", a.ship)
	m.POST("/orders/:ref/refund", a.refund)
	m.POST("/orders/:ref/dispute-answer", a.answerDispute)
	m.GET("/payouts", a.payouts)
	m.GET("/couriers", a.listCouriers)
	m.PUT("/couriers/:number", a.addCourier)
	m.DELETE("/couriers/:number", a.removeCourier)
	m.PUT("/orders/:ref/courier", a.assignCourier)
	ar := g.Group("/arbiter", a.limitBody, RequireArbiter(a.Auth))
	ar.POST("/orders/:id/resolve", a.resolve)
	ar.GET("/orders/:id/delivery", a.deliveryProof)
	ar.GET("/orders/:id/delivery/photo", a.deliveryPhoto)
	ar.GET("/tickets", a.listTickets)
	ar.POST("/tickets/:id/messages", a.agentMessage)
	ar.POST("/tickets/:id/hand-back", a.handBack)
}

func bearer(c *gin.Context) string {
	h := c.GetHeader("Authorization")
	if k, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(k)
	}
	return ""
}

func (a *API) limitBody(c *gin.Context) {
	if c.Request.ContentLength > maxBody {
		Error(c, http.StatusRequestEntityTooLarge, "too_large", "request body over 64 KiB")
		return
	}
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, maxBody)
	c.Next()
}

const merchantKey = "merchant"

func (a *API) merchantOnly(c *gin.Context) {
	w, ok := a.Auth.Merchant(bearer(c))
	if !ok {
		Error(c, http.StatusUnauthorized, "unauthorized", "a merchant API key is required (Authorization: Bearer <key>)")
		return
	}
	c.Set(merchantKey, w)
	c.Next()
}

// RequireArbiter admits only requests bearing the arbiter key (the arbiter API, admin routes).
func RequireArbiter(auth Auth) gin.HandlerFunc {
	return func(c *gin.Context) {
		if !auth.Arbiter(bearer(c)) {
			Error(c, http.StatusUnauthorized, "unauthorized", "the arbiter API key is required")
			return
		}
		c.Next()
	}
}

// actor is the merchant behind the key, for reads (GET ignores Idempotency-Key, as Stripe's do).
func actor(c *gin.Context) souq.Actor {
	w, _ := c.Get(merchantKey)
	return souq.Actor{User: w.(souq.WaID), MsgID: "api-" + c.GetString(requestIDKey) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)}
}

// body is what a request body decodes into: it checks its own fields, with messages about JSON.
type body interface{ validate() error }

// readBody reads the (bounded) body: an oversized one is 413.
func readBody(c *gin.Context) ([]byte, bool) {
	raw, err := io.ReadAll(c.Request.Body)
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			Error(c, http.StatusRequestEntityTooLarge, "too_large", "request body over 64 KiB")
			return nil, false
		}
		Error(c, http.StatusBadRequest, "bad_request", "the request body could not be read")
		return nil, false
	}
	return raw, true
}

// bind decodes the body strictly (strictjson.go) into b and checks its fields; nil b means the
// route takes no body (empty, or an empty object).
func bind(c *gin.Context, b body) bool {
	raw, ok := readBody(c)
	if !ok {
		return false
	}
	if b == nil {
		if t := strings.TrimSpace(string(raw)); t != "" && t != "{}" {
			Error(c, http.StatusBadRequest, "bad_request", "invalid JSON body: this route takes no body")
			return false
		}
		return true
	}
	if err := decodeStrict(raw, b); err != nil {
		Error(c, http.StatusBadRequest, "bad_request", err.Error())
		return false
	}
	if err := b.validate(); err != nil {
		Error(c, http.StatusBadRequest, "bad_request", "invalid request: "+err.Error())
		return false
	}
	return true
}

// begin starts a merchant's change: it binds the body (b nil: none), then the Idempotency-Key to
// this request (idempotency.go), and returns the actor whose MsgID makes a retry act once.
func (a *API) begin(c *gin.Context, b body) (souq.Actor, bool) {
	if !bind(c, b) {
		return souq.Actor{}, false
	}
	w := c.MustGet(merchantKey).(souq.WaID)
	vals := c.Request.Header.Values("Idempotency-Key")
	if len(vals) == 0 {
		return souq.Actor{User: w, MsgID: "api-" + c.GetString(requestIDKey) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)}, true
	}
	key := vals[0]
	if len(vals) > 1 || key == "" || len(key) > MaxIdempotencyKey {
		Error(c, http.StatusBadRequest, "idempotency_key_invalid", fmt.Sprintf("Idempotency-Key must be one header of 1 to %d characters", MaxIdempotencyKey))
		return souq.Actor{}, false
	}
	var v any
	if b != nil {
		v = b
	}
	fp, err := fingerprint(c.Request.Method, c.Request.URL.Path, v)
	if err != nil {
		fail(c, err)
		return souq.Actor{}, false
	}
	if a.Keys == nil { // a wiring mistake: refuse rather than act on a key that guards nothing
		Error(c, http.StatusServiceUnavailable, "unavailable", "Idempotency-Key is not available on this server")
		return souq.Actor{}, false
	}
	scoped := string(w) + "-" + key
	if err := a.Keys.Bind(c.Request.Context(), scoped, fp); err != nil {
		if errors.Is(err, ErrKeyReused) {
			Error(c, http.StatusUnprocessableEntity, "idempotency_key_reused",
				"this Idempotency-Key was already used with a different request (method, path or body); use a new key for a new request")
			return souq.Actor{}, false
		}
		fail(c, err)
		return souq.Actor{}, false
	}
	return souq.Actor{User: w, MsgID: "api-" + scoped}, true
}

func ref(c *gin.Context) (souq.OrderRef, bool) {
	r, err := souq.ParseOrderRef(c.Param("ref"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_ref", err.Error())
		return "", false
	}
	return r, true
}

// fail maps the service's errors to HTTP answers.
func fail(c *gin.Context, err error) {
	var te *souq.TransitionError
	switch {
	case errors.Is(err, souq.ErrNotCourier):
		Error(c, http.StatusUnprocessableEntity, "not_courier", err.Error())
	case errors.Is(err, souq.ErrNotFound):
		Error(c, http.StatusNotFound, "not_found", "no such order among yours")
	case errors.Is(err, souq.ErrForbidden), errors.Is(err, souq.ErrNotMerchant):
		Error(c, http.StatusForbidden, "forbidden", err.Error())
	case errors.As(err, &te), errors.Is(err, souq.ErrIllegalTransition):
		Error(c, http.StatusConflict, "illegal_transition", err.Error())
	case errors.Is(err, souq.ErrNotOptedIn):
		Error(c, http.StatusConflict, "not_opted_in", err.Error())
	case errors.Is(err, souq.ErrInsufficientPoints):
		Error(c, http.StatusConflict, "insufficient_points", err.Error())
	case errors.Is(err, ErrKeyReused):
		Error(c, http.StatusUnprocessableEntity, "idempotency_key_reused", err.Error())
	case errors.Is(err, souq.ErrOverLimit):
		Error(c, http.StatusUnprocessableEntity, "over_limit", err.Error())
	case errors.Is(err, souq.ErrInvalidAddress), errors.Is(err, souq.ErrInvalidRequest),
		errors.Is(err, souq.ErrAmountFormat), errors.Is(err, souq.ErrAmountPrecision),
		errors.Is(err, souq.ErrAmountNotPos), errors.Is(err, souq.ErrAmountTooLarge),
		errors.Is(err, souq.ErrUnknownAsset), errors.Is(err, souq.ErrInvalidWaID):
		Error(c, http.StatusUnprocessableEntity, "invalid", err.Error())
	case errors.Is(err, souq.ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		Error(c, http.StatusServiceUnavailable, "unavailable", "temporarily unavailable, try again")
	default:
		Error(c, http.StatusInternalServerError, "internal", "internal error")
	}
}

type registerBody struct {
	Payout string `json:"payout"`
}

func (b *registerBody) validate() error {
	if strings.TrimSpace(b.Payout) == "" {
		return errors.New("payout is required")
	}
	return nil
}

func (a *API) registerMerchant(c *gin.Context) {
	var b registerBody
	act, ok := a.begin(c, &b)
	if !ok {
		return
	}
	if err := a.Sale.RegisterMerchant(c.Request.Context(), act, b.Payout); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"payout": b.Payout})
}

type profileBody struct {
	Name     string   `json:"name"`      // shown to customers with every offer
	MaxOrder []string `json:"max_order"` // per currency, e.g. ["5000 USDC"]; unlisted currencies keep the default
}

func (b *profileBody) validate() error {
	if strings.TrimSpace(b.Name) == "" || utf8.RuneCountInString(b.Name) > 200 {
		return errors.New("name must be 1 to 200 characters")
	}
	if len(b.MaxOrder) > 20 {
		return errors.New("max_order lists at most 20 currencies")
	}
	return nil
}

func (a *API) setProfile(c *gin.Context) {
	var b profileBody
	act, ok := a.begin(c, &b)
	if !ok {
		return
	}
	p := souq.MerchantProfile{Name: b.Name}
	for _, s := range b.MaxOrder {
		m, err := a.Assets.ParseMoney(s)
		if err != nil {
			fail(c, err)
			return
		}
		p.MaxOrder = append(p.MaxOrder, m)
	}
	got, err := a.Sale.SetMerchantProfile(c.Request.Context(), act, p)
	if err != nil {
		fail(c, err)
		return
	}
	out := gin.H{"name": got.Name, "max_order": []string{}}
	limits := make([]string, len(got.MaxOrder))
	for i, m := range got.MaxOrder {
		limits[i] = m.String()
	}
	out["max_order"] = limits
	c.JSON(http.StatusOK, out)
}

type ruleBody struct {
	Points   int64  `json:"points"`
	Spend    string `json:"spend"` // "10 USDC"
	Stamps   int    `json:"stamps"`
	Currency string `json:"currency"` // the asset symbol the rule earns and redeems in; a spend's by default
}

func (b *ruleBody) validate() error { return nil } // the rule's own Validate says what is wrong (422)

func (a *API) setLoyaltyRule(c *gin.Context) {
	var b ruleBody
	act, ok := a.begin(c, &b)
	if !ok {
		return
	}
	rule := souq.LoyaltyRule{Points: b.Points, Stamps: b.Stamps}
	if b.Spend != "" {
		m, err := a.Assets.ParseMoney(b.Spend)
		if err != nil {
			fail(c, err)
			return
		}
		rule.Spend, rule.Currency = m, m.Asset
	}
	if b.Currency != "" {
		cur, err := a.Assets.Lookup(b.Currency)
		if err != nil {
			fail(c, err)
			return
		}
		rule.Currency = cur
	}
	b.Currency = rule.Currency.Symbol
	if err := rule.Validate(); err != nil {
		fail(c, err)
		return
	}
	if err := a.Sale.SetLoyaltyRule(c.Request.Context(), act, rule); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}

type itemBody struct {
	Name     string `json:"name"`
	Quantity int    `json:"quantity"`
}

type offerBody struct {
	Customer      string     `json:"customer"`
	Items         []itemBody `json:"items"`
	Total         string     `json:"total"` // "30.50 USDC"
	DeadlineHours int        `json:"deadline_hours"`
}

func (b *offerBody) validate() error {
	switch {
	case b.Customer == "":
		return errors.New("customer is required")
	case b.Total == "":
		return errors.New("total is required")
	case len(b.Items) < 1 || len(b.Items) > 50:
		return errors.New("items must list 1 to 50 items")
	case b.DeadlineHours < 0 || b.DeadlineHours > 2160:
		return errors.New("deadline_hours must be 0 to 2160")
	}
	for i, it := range b.Items {
		if n := utf8.RuneCountInString(it.Name); n < 1 || n > 100 {
			return fmt.Errorf("items[%d].name must be 1 to 100 characters", i)
		}
		if it.Quantity < 1 || it.Quantity > 10000 {
			return fmt.Errorf("items[%d].quantity must be 1 to 10000", i)
		}
	}
	return nil
}

func (a *API) offer(c *gin.Context) {
	var b offerBody
	act, ok := a.begin(c, &b)
	if !ok {
		return
	}
	cust, err := souq.ParseWaID(b.Customer)
	if err != nil {
		fail(c, err)
		return
	}
	total, err := a.Assets.ParseMoney(b.Total)
	if err != nil {
		fail(c, err)
		return
	}
	items := make([]souq.Item, len(b.Items))
	for i, it := range b.Items {
		items[i] = souq.Item{Name: it.Name, Quantity: it.Quantity}
	}
	res, err := a.Sale.Offer(c.Request.Context(), souq.OfferRequest{
		Actor: act, Customer: cust, Items: items, Total: total,
		Deadline: time.Duration(b.DeadlineHours) * time.Hour,
	})
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, gin.H{"order": orderJSON(res.Order), "awaiting_opt_in": res.AwaitingOptIn})
}

func (a *API) listOrders(c *gin.Context) {
	limit := 50
	if s := c.Query("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 500 {
			Error(c, http.StatusBadRequest, "bad_limit", "limit must be 1 to 500")
			return
		}
		limit = n
	}
	views, err := a.Sale.History(c.Request.Context(), actor(c), limit)
	if err != nil {
		fail(c, err)
		return
	}
	out := make([]OrderJSON, len(views))
	for i, v := range views {
		out[i] = orderJSON(v)
	}
	c.JSON(http.StatusOK, gin.H{"orders": out})
}

func (a *API) getOrder(c *gin.Context) {
	r, ok := ref(c)
	if !ok {
		return
	}
	v, err := a.Sale.Status(c.Request.Context(), actor(c), r)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, orderJSON(v))
}

func (a *API) receipt(c *gin.Context) {
	r, ok := ref(c)
	if !ok {
		return
	}
	rc, err := a.Sale.Receipt(c.Request.Context(), actor(c), r)
	if err != nil {
		fail(c, err)
		return
	}
	lines := make([]gin.H, len(rc.Lines))
	for i, l := range rc.Lines {
		lines[i] = gin.H{"status": l.Status, "at": l.At, "tx_url": l.TxURL}
	}
	c.JSON(http.StatusOK, gin.H{"order": orderJSON(rc.Order), "lines": lines})
}

// orderChange is a merchant's change to the order in the path (POST /orders/{ref}/…): it parses
// the ref, begins the change (body b, nil for none, and the Idempotency-Key), runs change, and
// answers the order as change left it.
func (a *API) orderChange(c *gin.Context, b body, change func(context.Context, souq.Actor, souq.OrderRef) (souq.OrderView, error)) {
	r, ok := ref(c)
	if !ok {
		return
	}
	act, ok := a.begin(c, b)
	if !ok {
		return
	}
	v, err := change(c.Request.Context(), act, r)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, orderJSON(v))
}

func (a *API) ship(c *gin.Context) { a.orderChange(c, nil, a.Sale.MarkShipped) }

func (a *API) refund(c *gin.Context) {
	a.orderChange(c, nil, func(ctx context.Context, act souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
		res, err := a.Sale.Refund(ctx, act, r)
		return res.Order, err
	})
}

type answerBody struct {
	Accept    bool   `json:"accept"`
	Statement string `json:"statement"`
}

func (b *answerBody) validate() error {
	if utf8.RuneCountInString(b.Statement) > 2000 {
		return errors.New("statement must be at most 2000 characters")
	}
	return nil
}

func (a *API) answerDispute(c *gin.Context) {
	var b answerBody
	a.orderChange(c, &b, func(ctx context.Context, act souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
		return a.Sale.AnswerDispute(ctx, souq.DisputeAnswer{Actor: act, Order: r, Accept: b.Accept, Statement: b.Statement})
	})
}

// payouts is what the escrow has paid the merchant per currency, over all its orders: the service
// keeps the totals from the chain's Released and Resolved events (net of fees, after discounts).
func (a *API) payouts(c *gin.Context) {
	totals, err := a.Sale.Payouts(c.Request.Context(), actor(c))
	if err != nil {
		fail(c, err)
		return
	}
	out := make([]gin.H, 0, len(totals))
	for _, t := range totals {
		out = append(out, gin.H{"currency": t.Asset.Symbol, "paid": souq.Money{Asset: t.Asset, Amount: t.Paid}.String(), "orders": t.Orders})
	}
	c.JSON(http.StatusOK, gin.H{"payouts": out})
}

// couriersJSON lists a merchant's couriers as E.164 numbers.
func couriersJSON(ws []souq.WaID) gin.H {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = "+" + string(w)
	}
	return gin.H{"couriers": out}
}

func (a *API) listCouriers(c *gin.Context) {
	list, err := a.Sale.Couriers(c.Request.Context(), actor(c))
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, couriersJSON(list))
}

func (a *API) addCourier(c *gin.Context)    { a.editCourier(c, a.Sale.AddCourier) }
func (a *API) removeCourier(c *gin.Context) { a.editCourier(c, a.Sale.RemoveCourier) }

func (a *API) editCourier(c *gin.Context, edit func(context.Context, souq.Actor, souq.WaID) ([]souq.WaID, error)) {
	w, err := souq.ParseWaID(c.Param("number"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_number", err.Error())
		return
	}
	act, ok := a.begin(c, nil)
	if !ok {
		return
	}
	list, err := edit(c.Request.Context(), act, w)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, couriersJSON(list))
}

type assignBody struct {
	Courier string `json:"courier"` // one of the merchant's couriers, "+39 333 123 4567"
}

func (b *assignBody) validate() error {
	if strings.TrimSpace(b.Courier) == "" {
		return errors.New("courier is required")
	}
	return nil
}

func (a *API) assignCourier(c *gin.Context) {
	var b assignBody
	a.orderChange(c, &b, func(ctx context.Context, act souq.Actor, r souq.OrderRef) (souq.OrderView, error) {
		w, err := souq.ParseWaID(b.Courier)
		if err != nil {
			return souq.OrderView{}, err
		}
		return a.Sale.AssignCourier(ctx, act, r, w)
	})
}

// proof reads the delivery proof of the order in the path for the arbiter, or answers why not.
func (a *API) proof(c *gin.Context) (souq.DeliveryRecord, bool) {
	id, err := souq.ParseOrderID(c.Param("id"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_id", err.Error())
		return souq.DeliveryRecord{}, false
	}
	rec, err := a.Sale.DeliveryProof(c.Request.Context(), id)
	if errors.Is(err, souq.ErrNotFound) {
		Error(c, http.StatusNotFound, "not_found", "no delivery proof for this order")
		return souq.DeliveryRecord{}, false
	}
	if err != nil {
		fail(c, err)
		return souq.DeliveryRecord{}, false
	}
	return rec, true
}

// deliveryProof is the arbiter's view of an order's delivery proof: what was submitted, by whom
// and when, the hash the attester signed and the one the chain's Delivered event recorded.
func (a *API) deliveryProof(c *gin.Context) {
	rec, ok := a.proof(c)
	if !ok {
		return
	}
	d := rec.Delivery
	out := gin.H{
		"order": rec.Order.String(), "status": rec.Status, "submitted_by": d.By,
		"photo_sha256": hex.EncodeToString(d.PhotoSHA256[:]), "media_id": d.MediaID,
		"taken_at": d.TakenAt.UTC(), "proof_hash": "0x" + hex.EncodeToString(d.ProofHash[:]),
		"photo_stored": false,
	}
	if d.Courier != "" {
		out["courier"] = "+" + string(d.Courier)
	}
	if rec.Assigned != "" {
		out["assigned_courier"] = "+" + string(rec.Assigned)
	}
	if !d.SubmittedAt.IsZero() {
		out["submitted_at"] = d.SubmittedAt.UTC()
	}
	if rec.OnChainHash != ([32]byte{}) {
		out["chain_proof_hash"] = "0x" + hex.EncodeToString(rec.OnChainHash[:])
	}
	if l := d.Location; l != nil {
		out["location"] = gin.H{"latitude": l.Latitude, "longitude": l.Longitude, "name": l.Name, "address": l.Address}
	}
	if a.Media != nil {
		if _, _, found, err := a.Media.Media(c.Request.Context(), d.PhotoSHA256); err == nil && found {
			out["photo_stored"] = true
		}
	}
	c.JSON(http.StatusOK, out)
}

// deliveryPhoto serves the delivery photo's bytes, checked against the proof's sha256.
func (a *API) deliveryPhoto(c *gin.Context) {
	rec, ok := a.proof(c)
	if !ok {
		return
	}
	if a.Media == nil {
		Error(c, http.StatusNotFound, "not_found", "photos are not kept on this server")
		return
	}
	b, mime, found, err := a.Media.Media(c.Request.Context(), rec.Delivery.PhotoSHA256)
	switch {
	case err != nil:
		fail(c, err)
		return
	case !found || sha256.Sum256(b) != rec.Delivery.PhotoSHA256:
		Error(c, http.StatusNotFound, "not_found", "the photo is not in the store")
		return
	}
	if mime == "" {
		mime = "application/octet-stream"
	}
	c.Data(http.StatusOK, mime, b)
}

type resolveBody struct {
	BuyerAmount string `json:"buyer_amount"` // "12.50 USDC", in the order's currency; "0" = seller wins
	Note        string `json:"note"`
}

func (b *resolveBody) validate() error {
	switch {
	case b.BuyerAmount == "":
		return errors.New("buyer_amount is required")
	case utf8.RuneCountInString(b.Note) > 2000:
		return errors.New("note must be at most 2000 characters")
	}
	return nil
}

// noArbiterKey refuses an Idempotency-Key on the arbiter's routes rather than ignoring it: they
// are not replayed by key (a repeated decision is refused by the order's state instead).
func noArbiterKey(c *gin.Context) bool {
	if len(c.Request.Header.Values("Idempotency-Key")) > 0 {
		Error(c, http.StatusBadRequest, "idempotency_key_invalid", "the arbiter's routes do not take an Idempotency-Key")
		return false
	}
	return true
}

func (a *API) resolve(c *gin.Context) {
	id, err := souq.ParseOrderID(c.Param("id"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_id", err.Error())
		return
	}
	var b resolveBody
	if !noArbiterKey(c) || !bind(c, &b) {
		return
	}
	// The refund is money with its currency ("12.50 USDC"), parsed exactly; the service checks it
	// is the order's currency and within what the escrow holds. A bare "0" means the seller wins.
	var m souq.Money
	if strings.TrimSpace(b.BuyerAmount) == "0" {
		m = souq.Money{Amount: new(big.Int)} // no currency: zero of the order's
	} else if m, err = a.Assets.ParseMoney(b.BuyerAmount); err != nil {
		fields := strings.Fields(b.BuyerAmount)
		if len(fields) == 2 && strings.Trim(fields[0], "0.") == "" && errors.Is(err, souq.ErrAmountNotPos) {
			asset, lerr := a.Assets.Lookup(fields[1])
			if lerr != nil {
				fail(c, lerr)
				return
			}
			m, err = souq.Money{Asset: asset, Amount: new(big.Int)}, nil
		}
		if err != nil {
			fail(c, err)
			return
		}
	}
	v, err := a.Sale.Resolve(c.Request.Context(), id, m, b.Note)
	if err != nil {
		fail(c, err)
		return
	}
	o := orderJSON(v)
	o.Role = "arbiter" // the service's view has no viewer; the description promises a role
	c.JSON(http.StatusOK, o)
}

func (a *API) handBack(c *gin.Context) {
	if !noArbiterKey(c) || !bind(c, nil) {
		return
	}
	if err := a.Sale.HandBack(c.Request.Context(), c.Param("id")); err != nil {
		fail(c, err)
		return
	}
	c.Status(http.StatusNoContent)
}

// OrderJSON is an order as the API shows it. Amounts are decimal strings with their currency.
type OrderJSON struct {
	ID       string     `json:"id"`
	Ref      string     `json:"ref"`
	Role     string     `json:"role"`
	Status   string     `json:"status"`
	Items    []itemBody `json:"items"`
	Merchant string     `json:"merchant,omitempty"`
	Total    string     `json:"total"`
	Discount string     `json:"discount,omitempty"`
	Amount   string     `json:"amount,omitempty"` // charged: total less discount (what the escrow holds)
	Fee      string     `json:"fee,omitempty"`
	Courier  string     `json:"courier,omitempty"` // the courier assigned (merchant's view)
	Created  time.Time  `json:"created_at"`
	Deadline time.Time  `json:"deliver_by"`
	PayURL   string     `json:"pay_url,omitempty"`
	Dispute  string     `json:"dispute,omitempty"`
}

func orderJSON(v souq.OrderView) OrderJSON {
	items := make([]itemBody, len(v.Items))
	for i, it := range v.Items {
		items[i] = itemBody{Name: it.Name, Quantity: it.Quantity}
	}
	o := OrderJSON{
		ID: v.ID.String(), Ref: v.ID.Short(), Role: string(v.Viewer), Status: string(v.Status), Items: items,
		Created: v.CreatedAt, Deadline: v.Deadline, PayURL: v.PayURL, Dispute: v.Dispute,
	}
	if v.Total.Amount != nil {
		o.Total = v.Total.String()
	}
	if !v.Discount.IsZero() {
		o.Discount = v.Discount.String()
	}
	if v.Amount.Amount != nil {
		o.Amount = v.Amount.String()
	}
	if v.Fee.Amount != nil {
		o.Fee = v.Fee.String()
	}
	o.Merchant = v.Merchant
	if v.Courier != "" {
		o.Courier = "+" + string(v.Courier)
	}
	return o
}
