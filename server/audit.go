package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
)

// ErrNotAnchored is what an AuditLog answers for an event or checkpoint no anchored checkpoint
// covers yet: the client retries (503, Retry-After). A missing one is souq.ErrNotFound.
var ErrNotAnchored = errors.New("not anchored yet")

// AuditLog is the transparency log the audit API serves (the journal's anchorer, adapted in
// cmd/souq). Its documents (trust root, checkpoint records, proof and consistency bundles) are
// the log's own JSON, defined by docs/audit/proof-bundle.schema.json and described in
// openapi.json: the server passes them on unopened, so they are opaque values here. Errors wrap
// souq.ErrNotFound or ErrNotAnchored where they mean those; their text is shown to the client.
type AuditLog interface {
	// TrustRoot is what auditors pin: the chain, the EventAnchor contract and the log's key.
	TrustRoot() any
	// Size is the number of events in the log.
	Size(ctx context.Context) (uint64, error)
	// Latest is the last checkpoint cut, anchored or not (souq.ErrNotFound before the first).
	Latest(ctx context.Context) (any, error)
	// Checkpoints lists every checkpoint and its anchoring, oldest first.
	Checkpoints(ctx context.Context) ([]any, error)
	// Bundle is the proof bundle of event seq (from 0).
	Bundle(ctx context.Context, seq uint64) (any, error)
	// Consistency is the consistency bundle between the anchored checkpoints of sizes from and to.
	Consistency(ctx context.Context, from, to uint64) (any, error)
	// OrderBundles are the proof bundles of the events of the orders match accepts, in log order
	// (souq.ErrNotFound when there are none).
	OrderBundles(ctx context.Context, match func(souq.OrderID) bool) ([]OrderBundle, error)
	// Tiles serves the log as C2SP tlog-tiles (checkpoint, tile/…), paths relative to /log.
	Tiles() http.Handler
}

// OrderBundle is one proof bundle of an order's event and the order it names.
type OrderBundle struct {
	Order  string // the order id as the bundle writes it: 0x + 64 lower-case hex digits
	Bundle any
}

// Openings opens an order's commitments (souq.Service).
type Openings interface {
	OpenOrder(ctx context.Context, id souq.OrderID) (souq.Opening, error)
}

// Contracts are the chain facts GET /api/v1/audit/contracts publishes (fields in JSON key order,
// as the map it replaced wrote them).
type Contracts struct {
	ChainID       uint64      `json:"chain_id"`
	Confirmations uint64      `json:"confirmations"`
	Escrow        ContractRef `json:"escrow"`
	EventAnchor   ContractRef `json:"event_anchor"`
	RPCURL        string      `json:"rpc_url"`
}

// ContractRef is a contract's address (EIP-55) and its explorer page ("" without an explorer).
type ContractRef struct {
	Address  string `json:"address"`
	Explorer string `json:"explorer"`
}

// Audit serves the public audit API: the trust root, the log as tiles under /log/, proof and
// consistency bundles, and the contracts; the opening of an order's commitments names people, so
// it needs the arbiter key.
type Audit struct {
	Log       AuditLog
	Openings  Openings
	Contracts Contracts
	Auth      Auth
}

// Register mounts the audit API on r.
func (a *Audit) Register(r gin.IRouter) {
	r.GET("/.well-known/souq-trust.json", func(c *gin.Context) { c.JSON(http.StatusOK, a.Log.TrustRoot()) })
	tiles := http.StripPrefix("/log", a.Log.Tiles())
	r.GET("/log/*path", gin.WrapH(tiles))
	r.HEAD("/log/*path", gin.WrapH(tiles))
	g := r.Group("/api/v1/audit")
	g.GET("/contracts", func(c *gin.Context) { c.JSON(http.StatusOK, a.Contracts) })
	g.GET("/head", a.head)
	g.GET("/checkpoints", a.checkpoints)
	g.GET("/events/:seq/bundle", a.bundle)
	g.GET("/consistency", a.consistency)
	g.GET("/orders/:id/bundles", a.orderBundles)
	g.GET("/orders/:id/opening", RequireArbiter(a.Auth), a.orderOpening)
}

// orderOpening returns the opening of one order's commitments (souq.Opening): for an auditor the
// operator trusts with that order, never for the public.
func (a *Audit) orderOpening(c *gin.Context) {
	id, err := souq.ParseOrderID(c.Param("id"))
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_order_id", "an order id (64 hex digits)")
		return
	}
	op, err := a.Openings.OpenOrder(c.Request.Context(), id)
	switch {
	case errors.Is(err, souq.ErrNotFound):
		Error(c, http.StatusNotFound, "not_found", "no such order")
	case err != nil:
		Error(c, http.StatusServiceUnavailable, "unavailable", err.Error())
	default:
		c.JSON(http.StatusOK, op)
	}
}

// orderBundles returns the proof bundles of every event of one order (by its id, or the 8-hex-digit
// reference shown in chat when it names one order), for `souq audit order`.
func (a *Audit) orderBundles(c *gin.Context) {
	arg := strings.ToLower(strings.TrimPrefix(c.Param("id"), "0x"))
	var match func(souq.OrderID) bool
	if id, err := souq.ParseOrderID(arg); err == nil {
		match = func(o souq.OrderID) bool { return o == id }
	} else if len(arg) == 8 {
		match = func(o souq.OrderID) bool { return o.Short() == arg }
	} else {
		Error(c, http.StatusBadRequest, "bad_order_id", "an order id (64 hex digits) or its 8-digit reference")
		return
	}
	bs, err := a.Log.OrderBundles(c.Request.Context(), match)
	if err == nil && len(bs) == 0 {
		err = souq.ErrNotFound
	}
	if err != nil {
		logError(c, err)
		return
	}
	docs := make([]any, len(bs))
	for i, b := range bs {
		if b.Order != bs[0].Order {
			Error(c, http.StatusConflict, "ambiguous_ref", "the reference names several orders: give the full id")
			return
		}
		docs[i] = b.Bundle
	}
	c.JSON(http.StatusOK, gin.H{"order": bs[0].Order, "bundles": docs})
}

// logError answers for an error of the log: 404 for what does not exist, 503 (retry) for an
// event not anchored yet.
func logError(c *gin.Context, err error) {
	switch {
	case errors.Is(err, souq.ErrNotFound):
		Error(c, http.StatusNotFound, "not_found", err.Error())
	case errors.Is(err, ErrNotAnchored):
		c.Header("Retry-After", "10")
		Error(c, http.StatusServiceUnavailable, "not_anchored", "no anchored checkpoint covers this event yet; retry later")
	default:
		Error(c, http.StatusServiceUnavailable, "unavailable", err.Error())
	}
}

// head is the log's size and its latest checkpoint.
func (a *Audit) head(c *gin.Context) {
	ctx := c.Request.Context()
	size, err := a.Log.Size(ctx)
	if err != nil {
		logError(c, err)
		return
	}
	out := gin.H{"size": size, "trust": a.Log.TrustRoot()}
	if r, err := a.Log.Latest(ctx); err == nil {
		out["checkpoint"] = r
	}
	c.JSON(http.StatusOK, out)
}

// checkpoints lists every checkpoint and its anchoring.
func (a *Audit) checkpoints(c *gin.Context) {
	cps, err := a.Log.Checkpoints(c.Request.Context())
	if err != nil {
		logError(c, err)
		return
	}
	if cps == nil {
		cps = []any{}
	}
	c.JSON(http.StatusOK, gin.H{"checkpoints": cps})
}

// bundle returns the proof bundle of journal event seq (from 0), for `souq audit verify`.
func (a *Audit) bundle(c *gin.Context) {
	seq, err := strconv.ParseUint(c.Param("seq"), 10, 64)
	if err != nil {
		Error(c, http.StatusBadRequest, "bad_seq", "seq must be a journal sequence number")
		return
	}
	b, err := a.Log.Bundle(c.Request.Context(), seq)
	if err != nil {
		logError(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}

// consistency returns the consistency proof between the anchored checkpoints of sizes from and to.
func (a *Audit) consistency(c *gin.Context) {
	from, err1 := strconv.ParseUint(c.Query("from"), 10, 64)
	to, err2 := strconv.ParseUint(c.Query("to"), 10, 64)
	if err1 != nil || err2 != nil {
		Error(c, http.StatusBadRequest, "bad_size", "from and to must be checkpoint sizes")
		return
	}
	b, err := a.Log.Consistency(c.Request.Context(), from, to)
	if err != nil {
		logError(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}
