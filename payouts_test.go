package souq_test

import (
	"crypto/sha256"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/server"
)

// GET /payouts is what the chain paid the merchant (issue 14): the seller's share the Released and
// Resolved events state, so a discounted order counts what the escrow held, a resolved dispute
// counts the seller's part, the platform fee is not the merchant's, and every order counts, not
// the newest 100. The escrow here takes a 2.5% fee from the seller's share, as Escrow.sol does.
func TestPayoutsAreWhatTheChainPaid(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.FeeBps = 250 })
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc}
	h.setup(&rule)
	// 50 USDC released: 48.75 paid, 1.25 fee. It earns 5 points.
	h.released(money(usdc, "50"))
	// 3 points buy 3 USDC off the next order: 20 offered, 17 held, 16.575 paid.
	_, err := h.svc.Redeem(ctx(), actor(customer), 3)
	h.must(err)
	h.settle()
	discounted := h.paid(money(usdc, "20"))
	if d := h.order(discounted).Discount.Amount; d == nil || d.Cmp(money(usdc, "3").Amount) != 0 {
		t.Fatalf("discount %v, want 3 USDC", d)
	}
	h.release(discounted)
	// 40 USDC disputed, 10 back to the customer: the seller's 30 less the fee, 29.25 paid.
	disputed := h.paid(money(usdc, "40"))
	_, err = h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(disputed), Reason: "one cup broken"})
	h.must(err)
	h.settle()
	_, err = h.svc.Resolve(ctx(), disputed, money(usdc, "10"), "refund the broken cup")
	h.must(err)
	h.settle()
	if s := h.status(disputed); s != souq.StatusResolved {
		t.Fatalf("not resolved: %s", s)
	}
	// 100 more sales of 1 USDC, 0.975 paid each: the first three are no longer the newest 100.
	for range 100 {
		h.released(money(usdc, "1"))
	}

	const key = "ak_merchant_test_key"
	api := &server.API{Sale: h.svc, Auth: server.StaticAuth{Merchants: map[[32]byte]souq.WaID{sha256.Sum256([]byte(key)): merchant}},
		Assets: souq.Assets{"USDC": usdc}, Keys: server.StoreKeys{Store: h.db.Sales()}}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	api.Register(r)
	req := httptest.NewRequest(http.MethodGet, "/api/v1/payouts", nil)
	req.Header.Set("Authorization", "Bearer "+key)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("GET /payouts: %d %s", w.Code, w.Body)
	}
	var got struct {
		Payouts []map[string]any `json:"payouts"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := souq.Money{Asset: usdc, Amount: money(usdc, "192.075").Amount}.String() // 48.75 + 16.575 + 29.25 + 97.5
	if len(got.Payouts) != 1 || got.Payouts[0]["currency"] != "USDC" || got.Payouts[0]["paid"] != want || got.Payouts[0]["orders"] != float64(103) {
		t.Fatalf("GET /payouts = %s; want USDC paid %s over 103 orders", w.Body, want)
	}
}
