package souq_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/stellar"
	"github.com/souqchain/souq/chain/stellar/sandbox"
	"github.com/souqchain/souq/store"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
)

// stellarLoyalty is chain/stellar's real adapter on a sandbox ledger served over HTTP, with a
// Horizon client to read balances from the ledger itself.
type stellarLoyalty struct {
	port *stellar.Loyalty
	svc  *stellar.Service
	hc   *horizonclient.Client
}

func newStellarLoyalty(t *testing.T) *stellarLoyalty {
	t.Helper()
	dir := t.TempDir()
	sb, err := sandbox.New(sandbox.Config{DBPath: filepath.Join(dir, "ledger.db"), LedgerInterval: 20 * time.Millisecond, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(sb)
	st, err := store.Open(filepath.Join(dir, "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	svc, err := stellar.New(stellar.Config{HorizonURL: srv.URL, NetworkPassphrase: sandbox.NetworkPassphrase,
		KeySeed: []byte("test seed, 32 bytes of secret!!!"), Friendbot: true, Channels: 2, PollInterval: 20 * time.Millisecond,
		HTTP: srv.Client()}, st.KV())
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = svc.Close()
		srv.Close()
		_ = sb.Close()
		_ = st.Close()
	})
	return &stellarLoyalty{port: stellar.NewLoyalty(svc, "POINTS", ""), svc: svc, hc: &horizonclient.Client{HorizonURL: srv.URL + "/", HTTP: srv.Client()}}
}

// onLedger reads the customer's points with the merchant from Horizon.
func (s *stellarLoyalty) onLedger(t *testing.T, customer, merchant souq.WaID) string {
	t.Helper()
	c, err := souq.NewCommitter([]byte(secretHex))
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.svc.Program(ctx(), c.User(merchant))
	if err != nil {
		t.Fatal(err)
	}
	acct, err := s.hc.AccountDetail(horizonclient.AccountRequest{AccountID: s.svc.CustomerAccount(c.User(customer))})
	if err != nil {
		t.Fatal(err)
	}
	return acct.GetCreditBalance(p.AssetCode, p.Issuer)
}

// Issue 10 item 4, through the real Stellar adapter: the customer's "redeem" burns the points on
// the ledger exactly once, leaves nothing in the outbox, is answered as under way until the burn
// closes, and only then is the voucher applied and the customer told.
func TestRedeemBurnsOnTheLedgerThroughTheRealAdapter(t *testing.T) {
	t.Parallel()
	sl := newStellarLoyalty(t)
	h := newHarness(t, func(c *souq.Config) { c.Loyalty = sl.port })
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc}
	h.setup(&rule)
	h.released(money(usdc, "50"))
	if got := sl.onLedger(t, customer, merchant); got != "5.0000000" {
		t.Fatalf("earned %s points on the ledger, want 5", got)
	}

	res, err := h.svc.Redeem(ctx(), actor(customer), 3)
	h.must(err)
	if res.Redeemed != 3 || res.Discount.Amount.Cmp(money(usdc, "3").Amount) != 0 {
		t.Fatalf("redeem answered %+v", res)
	}
	// The answer is true either way: burned means on the ledger now; otherwise it is under way,
	// held, and no offer gets the discount yet.
	if res.Burned {
		if got := sl.onLedger(t, customer, merchant); got != "2.0000000" {
			t.Fatalf("redeem answered burned while the ledger holds %s points", got)
		}
	} else {
		pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
		h.must(err)
		if pts.Points != 2 || pts.Redeeming != 3 {
			t.Fatalf("points while the burn is under way: %+v", pts)
		}
		early := h.offer(money(usdc, "8"))
		if d := h.order(early).Discount.Amount; d.Sign() != 0 {
			t.Fatalf("discount %v before the points were burned", d)
		}
		_, err = h.svc.Decline(ctx(), actor(customer), ref(early))
		h.must(err)
	}

	h.settle() // the outbox runs the burn through the adapter; a failure fails the test here
	if got := sl.onLedger(t, customer, merchant); got != "2.0000000" {
		t.Fatalf("ledger holds %s points after redeeming 3 of 5, want 2", got)
	}
	// A retry of the same intent (a crash after the burn, before the outbox recorded it) burns
	// nothing more.
	c, err := souq.NewCommitter([]byte(secretHex))
	h.must(err)
	for range 2 {
		h.must(sl.port.Redeem(ctx(), "loyalty.redeem/"+voucherID(t, h), c.User(customer), c.User(merchant), 3))
	}
	if got := sl.onLedger(t, customer, merchant); got != "2.0000000" {
		t.Fatalf("ledger holds %s points after retries, want 2", got)
	}
	checkOutboxEmpty(t, h)
	if !slices.Contains(h.notifier.To(customer), souq.NoticePointsRedeemed) {
		t.Fatalf("customer not told the burn closed: %v", h.notifier.To(customer))
	}
	pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
	h.must(err)
	if pts.Points != 2 || pts.Redeeming != 0 {
		t.Fatalf("points after the burn: %+v", pts)
	}
	next := h.offer(money(usdc, "8"))
	if d := h.order(next).Discount.Amount; d.Cmp(money(usdc, "3").Amount) != 0 {
		t.Fatalf("discount %v after the burn, want 3 USDC", d)
	}
}

// voucherID is the id of the customer's voucher with the merchant (open or applied).
func voucherID(t *testing.T, h *harness) string {
	t.Helper()
	var id string
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		v, err := tx.OpenVoucher(customer, merchant)
		if err != nil {
			return err
		}
		id = v.ID
		return nil
	}))
	return id
}

// checkOutboxEmpty fails if any intent is still due now or later (a day ahead covers backoffs).
func checkOutboxEmpty(t *testing.T, h *harness) {
	t.Helper()
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		due, err := tx.DueIntents(h.clock.Now().Add(24*time.Hour), 100)
		if err != nil {
			return err
		}
		for _, in := range due {
			t.Errorf("intent %s (%s) left in the outbox: %s", in.Key, in.Status, in.LastError)
		}
		return nil
	}))
}

// Issue 10 item 5 and the rule's currency, through the service: a table of rules and orders, what
// each earns, what the customer and merchant are told, and what a voucher then takes off.
func TestLoyaltyCurrencyThroughTheService(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		rule      souq.LoyaltyRule
		orders    []souq.Money
		points    int64           // balance after the orders are released
		notice    souq.NoticeKind // the customer's notice for the last order
		redeem    int64           // points to redeem (0: none)
		next      souq.Money      // the next order's total
		wantPrice souq.Money      // what it then costs
	}{
		{name: "USDC rule, ETH sale earns nothing (was 200,000,000 points)",
			rule:   souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc},
			orders: []souq.Money{money(eth, "0.002")}, points: 0, notice: souq.NoticeNoPoints},
		{name: "USDC rule, USDC sale earns; the voucher cannot take the next order to dust",
			rule:   souq.LoyaltyRule{Points: 10, Spend: money(usdc, "10"), Currency: usdc},
			orders: []souq.Money{money(usdc, "1000")}, points: 1000, notice: souq.NoticePointsEarned,
			redeem: 1000, next: money(usdc, "50"), wantPrice: money(usdc, "5")}, // a 100 USDC voucher
		{name: "a USDC voucher does not apply to an ETH order",
			rule:   souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc},
			orders: []souq.Money{money(usdc, "30")}, points: 3, notice: souq.NoticePointsEarned,
			redeem: 3, next: money(eth, "0.01"), wantPrice: money(eth, "0.01")},
		{name: "ETH rule, ETH sale",
			rule:   souq.LoyaltyRule{Points: 1, Spend: money(eth, "0.001"), Currency: eth},
			orders: []souq.Money{money(eth, "0.0025")}, points: 2, notice: souq.NoticePointsEarned,
			redeem: 2, next: money(eth, "0.01"), wantPrice: money(eth, "0.0098")},
		{name: "stamps: buy 3, get 1 (down to the floor)",
			rule:   souq.LoyaltyRule{Stamps: 3, Currency: usdc},
			orders: []souq.Money{money(usdc, "5"), money(eth, "0.01"), money(usdc, "5"), money(usdc, "5")}, points: 1,
			notice: souq.NoticePointsEarned, redeem: 1, next: money(usdc, "20"), wantPrice: money(usdc, "2")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			h.setup(&tt.rule)
			for _, total := range tt.orders {
				h.released(total)
			}
			pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
			h.must(err)
			if pts.Points != tt.points || pts.Currency != tt.rule.Currency.Symbol {
				t.Fatalf("points %+v, want %d in %s", pts, tt.points, tt.rule.Currency.Symbol)
			}
			if got := h.notifier.To(customer); got[len(got)-1] != tt.notice {
				t.Fatalf("customer's notices %v, want %s last", got, tt.notice)
			}
			if tt.notice == souq.NoticeNoPoints && !slices.Contains(h.notifier.To(merchant), souq.NoticeNoPoints) {
				t.Fatalf("merchant not told the sale earned nothing: %v", h.notifier.To(merchant))
			}
			checkOutboxEmpty(t, h)
			if tt.redeem == 0 {
				return
			}
			_, err = h.svc.Redeem(ctx(), actor(customer), tt.redeem)
			h.must(err)
			h.settle()
			next := h.order(h.offer(tt.next))
			if next.Terms.Amount.Cmp(tt.wantPrice.Amount) != 0 {
				t.Fatalf("next order of %s costs %s, want %s", tt.next, souq.Money{Asset: tt.next.Asset, Amount: next.Terms.Amount}, tt.wantPrice)
			}
		})
	}
}

// A burn refused for good gives no voucher and tells the customer; the points stay.
func TestRedeemRefusedByTheLedgerCancelsTheVoucher(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc}
	h.setup(&rule)
	h.released(money(usdc, "50"))
	// Meanwhile 4 points left the ledger another way (an export, a clawback): the burn is refused.
	h.loyalty.RefuseRedeem(true)
	res, err := h.svc.Redeem(ctx(), actor(customer), 4)
	h.must(err)
	if res.Burned {
		t.Fatalf("redeem answered burned: %+v", res)
	}
	h.loyalty.SetBalances(1)
	for range 40 { // the outbox gives up after its attempts, however the engine counts them
		h.clock.Add(time.Hour)
		_, _ = h.svc.Work(ctx())
	}
	if !slices.Contains(h.notifier.To(customer), souq.NoticeRedeemFailed) {
		t.Fatalf("customer not told the redemption failed: %v", h.notifier.To(customer))
	}
	next := h.order(h.offer(money(usdc, "20")))
	if next.Discount.Amount.Sign() != 0 {
		t.Fatalf("discount %v from a voucher whose burn failed", next.Discount.Amount)
	}
	pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
	h.must(err)
	if pts.Points != 1 || pts.Redeeming != 0 {
		t.Fatalf("points after the failed burn %+v", pts)
	}
	h.loyalty.RefuseRedeem(false)
	if _, err := h.svc.Redeem(ctx(), actor(customer), 1); err != nil {
		t.Fatalf("a new redemption after a failed one: %v", err)
	}
	if _, err := h.svc.Redeem(ctx(), actor(customer), 1); !errors.Is(err, souq.ErrInvalidRequest) && !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("a second open voucher: %v", err)
	}
}

// Rules stored before rules named a currency: points per spend keep the currency they were set in;
// stamps take the operator's token (Config.LoyaltyCurrency).
func TestStoredRulesWithoutCurrency(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		rule souq.LoyaltyRule // as stored by the old code: no Currency
		usdc int64            // points after a 30 USDC sale; the ETH sale after it earns none
	}{
		{"points per 10 USDC", souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10")}, 3},
		{"stamps 1", souq.LoyaltyRule{Stamps: 1}, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, func(c *souq.Config) { c.LoyaltyCurrency = usdc })
			h.setup(nil)
			h.must(h.db.Sales().Update(ctx(), func(tx souq.Tx) error {
				m, err := tx.Merchant(merchant)
				if err != nil {
					return err
				}
				r := tt.rule
				m.Rule = &r
				return tx.PutMerchant(m)
			}))
			for _, total := range []souq.Money{money(usdc, "30"), money(eth, "0.002")} {
				h.released(total)
			}
			pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
			h.must(err)
			if pts.Points != tt.usdc || pts.Currency != "USDC" {
				t.Fatalf("points %+v, want %d in USDC", pts, tt.usdc)
			}
			if got := h.notifier.To(customer); got[len(got)-1] != souq.NoticeNoPoints {
				t.Fatalf("the ETH sale's notices %v", got)
			}
			checkOutboxEmpty(t, h)
		})
	}
}

// A burn whose outcome is unknown (the ledger unreachable until the outbox gives up) may still
// close: the voucher stays held and unusable, and nobody is told it failed.
func TestRedeemGivenUpKeepsThePointsHeld(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	rule := souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc}
	h.setup(&rule)
	h.released(money(usdc, "50"))
	h.loyalty.RedeemDown(fmt.Errorf("horizon: %w", souq.ErrRetryLater))
	_, err := h.svc.Redeem(ctx(), actor(customer), 4)
	h.must(err)
	for range 40 {
		h.clock.Add(time.Hour)
		_, _ = h.svc.Work(ctx())
	}
	if slices.Contains(h.notifier.To(customer), souq.NoticeRedeemFailed) {
		t.Fatal("customer told the redemption failed while the burn may still close")
	}
	pts, err := h.svc.Points(ctx(), souq.Actor{User: customer})
	h.must(err)
	if pts.Points != 1 || pts.Redeeming != 4 {
		t.Fatalf("points %+v: the 4 must stay held", pts)
	}
	if d := h.order(h.offer(money(usdc, "20"))).Discount.Amount; d.Sign() != 0 {
		t.Fatalf("discount %v from a burn not known to have closed", d)
	}
}
