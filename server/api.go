package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"errors"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// Sale is what the merchant and arbiter API asks of the sale service: the chat port plus the
// arbiter's and agents' entry points.
type Sale interface {
	souq.Sales
	Resolve(ctx context.Context, id souq.OrderID, buyerAmount *big.Int, note string) (souq.OrderView, error)
	HandBack(ctx context.Context, ticketID string) error
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
	m.PUT("/loyalty-rule", a.setLoyaltyRule)
	m.POST("/offers", a.offer)
	m.GET("/orders", a.listOrders)
	m.GET("/orders/:ref", a.getOrder)
	m.GET("/orders/:ref/receipt", a.receipt)
	m.POST("/orders/:ref/ship", a.ship)
	m.POST("/orders/:ref/refund", a.refund)
	m.POST("/orders/:ref/dispute-answer", a.answerDispute)
	m.GET("/payouts", a.payouts)
	ar := g.Group("/arbiter", a.limitBody, RequireArbiter(a.Auth))
	ar.POST("/orders/:id/resolve", a.resolve)
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

// actor is the merchant behind the key; the Idempotency-Key header (or, without one, a key unique
// to this request) makes a retried request act once.
func actor(c *gin.Context) souq.Actor {
	w, _ := c.Get(merchantKey)
	id := c.GetHeader("Idempotency-Key")
	if id == "" || len(id) > 128 {
		id = "api-" + c.GetString(requestIDKey) + "-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	} else {
		id = "api-" + string(w.(souq.WaID)) + "-" + id
	}
	return souq.Actor{User: w.(souq.WaID), MsgID: id}
}

func bind(c *gin.Context, v any) bool {
	if err := c.ShouldBindJSON(v); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			Error(c, http.StatusRequestEntityTooLarge, "too_large", "request body over 64 KiB")
			return false
		}
		Error(c, http.StatusBadRequest, "bad_request", "invalid JSON body: "+err.Error())
		return false
	}
	return true
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
	Payout string `json:"payout" binding:"required"`
}

func (a *API) registerMerchant(c *gin.Context) {
	var b registerBody
	if !bind(c, &b) {
		return
	}
	if err := a.Sale.RegisterMerchant(c.Request.Context(), actor(c), b.Payout); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"payout": b.Payout})
}

type ruleBody struct {
	Points   int64  `json:"points"`
	Spend    string `json:"spend"` // "10 USDC"
	Stamps   int    `json:"stamps"`
	Currency string `json:"currency"` // the asset symbol the rule earns and redeems in; a spend's by default
}

func (a *API) setLoyaltyRule(c *gin.Context) {
	var b ruleBody
	if !bind(c, &b) {
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
	if err := a.Sale.SetLoyaltyRule(c.Request.Context(), actor(c), rule); err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}

type itemBody struct {
	Name     string `json:"name" binding:"required,max=100"`
	Quantity int    `json:"quantity" binding:"required,min=1,max=10000"`
}

type offerBody struct {
	Customer      string     `json:"customer" binding:"required"`
	Items         []itemBody `json:"items" binding:"required,min=1,max=50,dive"`
	Total         string     `json:"total" binding:"required"` // "30.50 USDC"
	DeadlineHours int        `json:"deadline_hours" binding:"min=0,max=2160"`
}

func (a *API) offer(c *gin.Context) {
	var b offerBody
	if !bind(c, &b) {
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
		Actor: actor(c), Customer: cust, Items: items, Total: total,
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

func (a *API) ship(c *gin.Context) {
	r, ok := ref(c)
	if !ok {
		return
	}
	v, err := a.Sale.MarkShipped(c.Request.Context(), actor(c), r)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, orderJSON(v))
}

func (a *API) refund(c *gin.Context) {
	r, ok := ref(c)
	if !ok {
		return
	}
	res, err := a.Sale.Refund(c.Request.Context(), actor(c), r)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, orderJSON(res.Order))
}

type answerBody struct {
	Accept    bool   `json:"accept"`
	Statement string `json:"statement" binding:"max=2000"`
}

func (a *API) answerDispute(c *gin.Context) {
	r, ok := ref(c)
	if !ok {
		return
	}
	var b answerBody
	if !bind(c, &b) {
		return
	}
	v, err := a.Sale.AnswerDispute(c.Request.Context(), souq.DisputeAnswer{Actor: actor(c), Order: r, Accept: b.Accept, Statement: b.Statement})
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, orderJSON(v))
}

// payouts sums the merchant's released orders per currency (what the escrow paid out, before fees).
func (a *API) payouts(c *gin.Context) {
	views, err := a.Sale.History(c.Request.Context(), actor(c), 0)
	if err != nil {
		fail(c, err)
		return
	}
	type sum struct {
		asset souq.Asset
		total *big.Int
		count int
	}
	sums := map[string]*sum{}
	var order []string
	for _, v := range views {
		if v.Viewer != souq.RoleMerchant || v.Status != souq.StatusReleased || v.Total.Amount == nil {
			continue
		}
		s, ok := sums[v.Total.Asset.Symbol]
		if !ok {
			s = &sum{asset: v.Total.Asset, total: new(big.Int)}
			sums[v.Total.Asset.Symbol] = s
			order = append(order, v.Total.Asset.Symbol)
		}
		s.total.Add(s.total, v.Total.Amount)
		s.count++
	}
	out := make([]gin.H, 0, len(order))
	for _, sym := range order {
		s := sums[sym]
		out = append(out, gin.H{"currency": sym, "released": souq.Money{Asset: s.asset, Amount: s.total}.String(), "orders": s.count})
	}
	c.JSON(http.StatusOK, gin.H{"payouts": out})
}

type resolveBody struct {
	BuyerAmount string `json:"buyer_amount" binding:"required"` // "12.50 USDC"; "0" = seller wins
	Note        string `json:"note" binding:"max=2000"`
}

func (a *API) resolve(c *gin.Context) {
	id, err := souq.ParseOrderID(c.Param("id"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_id", err.Error())
		return
	}
	var b resolveBody
	if !bind(c, &b) {
		return
	}
	// The refund is money with its currency ("12.50 USDC"), parsed exactly; "0" means the seller wins.
	m, err := a.Assets.ParseMoney(b.BuyerAmount)
	var amount *big.Int
	switch {
	case err == nil:
		amount = m.Amount
	case b.BuyerAmount == "0" || strings.HasPrefix(b.BuyerAmount, "0 "):
		amount = new(big.Int)
	default:
		fail(c, err)
		return
	}
	v, err := a.Sale.Resolve(c.Request.Context(), id, amount, b.Note)
	if err != nil {
		fail(c, err)
		return
	}
	o := orderJSON(v)
	o.Role = "arbiter" // the service's view has no viewer; the description promises a role
	c.JSON(http.StatusOK, o)
}

func (a *API) handBack(c *gin.Context) {
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
	Total    string     `json:"total"`
	Discount string     `json:"discount,omitempty"`
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
	return o
}
