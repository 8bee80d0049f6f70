package stellar

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

func TestSouqLoyaltyAdapter(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	l := NewLoyalty(e.svc, "POINTS", "")
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	rule := souq.LoyaltyRule{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Currency: usdc} // 1 point per 10 USDC
	merchant, customer := "m-3f2a9c", "c-77b1e0"
	var order souq.OrderID
	order[0] = 1
	earning := souq.Earning{Order: order, Customer: customer, Merchant: merchant,
		Amount: souq.Money{Asset: usdc, Amount: big.NewInt(35_500_000)}, Rule: rule}

	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 0 {
		t.Fatalf("balance before any program = %d, %v; want 0", b, err)
	}
	pts, err := l.Earn(ctxT(t), "earn-1", earning)
	if err != nil || pts.Points != 3 {
		t.Fatalf("Earn = %+v, %v; want 3 (35.50 USDC at 1 per 10, rounded down)", pts, err)
	}
	// Issue 12 finding 12: the points notice links the ledger transaction (the sandbox's Horizon).
	if !strings.HasPrefix(pts.TxURL, e.srv.URL+"/transactions/") || len(pts.TxURL) != len(e.srv.URL+"/transactions/")+64 {
		t.Fatalf("earn's ledger link %q", pts.TxURL)
	}
	// The same order again earns nothing more, and links the same transaction.
	if again, err := l.Earn(ctxT(t), "earn-1", earning); err != nil || again != pts {
		t.Fatalf("repeated Earn = %+v, %v; want %+v", again, err, pts)
	}
	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 3 {
		t.Fatalf("balance = %d, %v; want 3", b, err)
	}
	if err := l.Redeem(ctxT(t), "redeem-1", customer, merchant, 4); !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("redeeming 4 of 3: %v, want souq.ErrInsufficientPoints", err)
	}
	if err := l.Redeem(ctxT(t), "redeem-2", customer, merchant, 2); err != nil {
		t.Fatal(err)
	}
	if err := l.Redeem(ctxT(t), "redeem-2", customer, merchant, 2); err != nil {
		t.Fatalf("repeated redeem: %v", err)
	}
	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 1 {
		t.Fatalf("balance after redeeming 2 once = %d, %v; want 1", b, err)
	}
	if err := l.Redeem(ctxT(t), "redeem-3", customer, "m-unknown", 1); !errors.Is(err, souq.ErrInsufficientPoints) {
		t.Fatalf("redeem with a merchant never earned from: %v", err)
	}
}

func TestRuleFrom(t *testing.T) {
	t.Parallel()
	usd := souq.Asset{Symbol: "USDC", Decimals: 6}
	r, err := RuleFrom(souq.LoyaltyRule{Stamps: 5, Currency: usd})
	if err != nil || r.Kind != Stamps || r.StampsPerReward != 5 || r.RewardPoints != 1 {
		t.Fatalf("stamps: %+v, %v", r, err)
	}
	r, err = RuleFrom(souq.LoyaltyRule{Points: 2, Spend: souq.Money{Asset: usd, Amount: big.NewInt(5_000_000)}, Currency: usd})
	if err != nil || r.Kind != PerAmount || r.PointsPerUnit != 2 || r.UnitAmount.Int64() != 5_000_000 {
		t.Fatalf("per amount: %+v, %v", r, err)
	}
	if _, err := RuleFrom(souq.LoyaltyRule{}); !errors.Is(err, souq.ErrInvalidRequest) {
		t.Fatalf("empty rule: %v", err)
	}
}

// ledgerPoints reads the customer's points from Horizon itself, not from this package's store.
func (e *env) ledgerPoints(merchant, customer string) string {
	e.t.Helper()
	p, err := e.svc.Program(ctxT(e.t), merchant)
	if err != nil {
		e.t.Fatal(err)
	}
	acct, err := e.hc.AccountDetail(horizonclientReq(e.svc.CustomerAccount(customer)))
	if err != nil {
		e.t.Fatal(err)
	}
	return acct.GetCreditBalance(p.AssetCode, p.Issuer)
}

// Issue 10 item 4: the outbox's key "loyalty.redeem/<voucher>" was refused ("invalid loyalty
// request: customer id and key") and retried for ever while the customer had been told it was
// done. The adapter takes any key, burns on the ledger, and burns once per key across retries and
// restarts.
func TestRedeemUnderTheServiceKeyBurnsOnceOnTheLedger(t *testing.T) {
	t.Parallel()
	// Ledgers close every 300 ms, so a call that waits 20 ms returns before its burn closes.
	e := newEnv(t, envOpts{interval: 300 * time.Millisecond})
	l := NewLoyalty(e.svc, "POINTS", "")
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	rule := souq.LoyaltyRule{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Currency: usdc}
	merchant, customer := "3f2a9c0d", "77b1e0aa"
	var order souq.OrderID
	order[0] = 7
	if _, err := l.Earn(ctxT(t), "loyalty.earn/"+order.String(), souq.Earning{Order: order, Customer: customer, Merchant: merchant,
		Amount: souq.Money{Asset: usdc, Amount: big.NewInt(100_000_000)}, Rule: rule}); err != nil {
		t.Fatal(err)
	}
	if got := e.ledgerPoints(merchant, customer); got != "10.0000000" {
		t.Fatalf("earned %s points on the ledger, want 10", got)
	}

	key := "loyalty.redeem/9c1d0e2f3a4b5c6d" // exactly what souq.Service.Redeem enqueues
	// The first call returns before the ledger closes: under way, to be retried, not done.
	err := l.WithWait(20*time.Millisecond).Redeem(ctxT(t), key, customer, merchant, 4)
	if souq.Classify(err) != souq.ClassRetry || !errors.Is(err, souq.ErrRetryLater) {
		t.Fatalf("redeem before the ledger closes: %v (class %q), want one to retry", err, souq.Classify(err))
	}
	// The outbox retries the same key, the process restarts, it retries again.
	l.WithWait(30 * time.Second)
	if err := l.Redeem(ctxT(t), key, customer, merchant, 4); err != nil {
		t.Fatalf("retried redeem: %v", err)
	}
	e.restart(hooks{})
	l = NewLoyalty(e.svc, "POINTS", "")
	if err := l.Redeem(ctxT(t), key, customer, merchant, 4); err != nil {
		t.Fatalf("redeem after a restart: %v", err)
	}
	if got := e.ledgerPoints(merchant, customer); got != "6.0000000" {
		t.Fatalf("ledger holds %s points after redeeming 4 of 10 under one key, want 6", got)
	}
	if b, err := l.Balance(ctxT(t), customer, merchant); err != nil || b != 6 {
		t.Fatalf("balance %d, %v; want 6", b, err)
	}
	// A new attempt of the same intent is a new call (souq.AttemptKey): it burns again.
	if err := l.Redeem(ctxT(t), souq.AttemptKey(key, 1), customer, merchant, 1); err != nil {
		t.Fatal(err)
	}
	if got := e.ledgerPoints(merchant, customer); got != "5.0000000" {
		t.Fatalf("ledger holds %s points after a second attempt of 1, want 5", got)
	}
	// More than the balance is refused for good, as not enough points.
	err = l.Redeem(ctxT(t), "loyalty.redeem/ffff", customer, merchant, 6)
	if !errors.Is(err, souq.ErrInsufficientPoints) || souq.Classify(err) != souq.ClassRefused {
		t.Fatalf("redeem 6 of 5: %v (class %q)", err, souq.Classify(err))
	}
}

// An order in another currency than the rule's must not reach the ledger (issue 10 item 5: a USDC
// rule gave 200,000,000 points for 0.002 ETH).
func TestEarnRefusesAnotherCurrency(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	l := NewLoyalty(e.svc, "POINTS", "")
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	eth := souq.Asset{Symbol: "ETH", Decimals: 18}
	rule := souq.LoyaltyRule{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Currency: usdc}
	var order souq.OrderID
	order[0] = 9
	pts, err := l.Earn(ctxT(t), "loyalty.earn/x", souq.Earning{Order: order, Customer: "c1", Merchant: "m1",
		Amount: souq.Money{Asset: eth, Amount: big.NewInt(2_000_000_000_000_000)}, Rule: rule})
	if pts.Points != 0 || souq.Classify(err) != souq.ClassRefused {
		t.Fatalf("0.002 ETH under a USDC rule: %d points, %v", pts.Points, err)
	}
	if b, err := l.Balance(ctxT(t), "c1", "m1"); err != nil || b != 0 {
		t.Fatalf("balance %d, %v", b, err)
	}
}

// Stamp rules earn through the adapter: a point on every fifth order in the rule's currency.
func TestStampRuleEarnsEveryFifthOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	l := NewLoyalty(e.svc, "POINTS", "")
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	rule := souq.LoyaltyRule{Stamps: 5, Currency: usdc}
	var total int64
	for i := range 10 {
		var order souq.OrderID
		order[0], order[1] = 0x5, byte(i)
		pts, err := l.Earn(ctxT(t), "loyalty.earn/"+order.String(), souq.Earning{Order: order, Customer: "c2", Merchant: "m2",
			Amount: souq.Money{Asset: usdc, Amount: big.NewInt(3_000_000)}, Rule: rule})
		if err != nil {
			t.Fatal(err)
		}
		if want := int64(0); (i+1)%5 == 0 && pts.Points != 1 || (i+1)%5 != 0 && pts.Points != want {
			t.Fatalf("order %d earned %d points", i+1, pts.Points)
		}
		total += pts.Points
	}
	if got := e.ledgerPoints("m2", "c2"); total != 2 || got != "2.0000000" {
		t.Fatalf("10 stamped orders: %d points earned, %s on the ledger; want 2", total, got)
	}
}

// The ledger's rule (RuleFrom) earns what souq's estimate (LoyaltyRule.Earns) says, and a point is
// worth what souq's voucher says: one rule, not two copies (issue 14 item 4).
func TestLedgerRuleMatchesSouqs(t *testing.T) {
	t.Parallel()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	eth := souq.Asset{Symbol: "ETH", Decimals: 18}
	rules := []souq.LoyaltyRule{
		{Points: 1, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(10_000_000)}, Currency: usdc},
		{Points: 3, Spend: souq.Money{Asset: usdc, Amount: big.NewInt(7_000_000)}, Currency: usdc},
		{Points: 5, Spend: souq.Money{Asset: eth, Amount: big.NewInt(1e16)}, Currency: eth},
	}
	for _, r := range rules {
		lr, err := RuleFrom(r)
		if err != nil {
			t.Fatal(err)
		}
		if pv := pointValue(r); pv.Cmp(r.PointValue().Amount) != 0 {
			t.Errorf("%+v: ledger point value %v, souq's %v", r, pv, r.PointValue().Amount)
		}
		for _, a := range []int64{0, 1, 6_999_999, 7_000_000, 35_500_000, 123_456_789_012} {
			got, _, err := lr.earn(big.NewInt(a), 0)
			if err != nil {
				t.Fatal(err)
			}
			if want := r.Earns(souq.Money{Asset: r.Currency, Amount: big.NewInt(a)}); got != want {
				t.Errorf("%+v on %d: ledger earns %d, souq estimates %d", r, a, got, want)
			}
		}
	}
}
