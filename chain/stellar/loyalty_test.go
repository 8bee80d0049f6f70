package stellar

import (
	"errors"
	"sync"
	"testing"
)

func TestEarnBalanceRedeem(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	p := e.setup(perAmount("m1"))
	r := e.earn("m1", "cust-1", "order-1", 25_990) // 259.90 → 25 points (floor of 25.99)
	if r.Points != 25 || r.State != "confirmed" || r.TxHash == "" {
		t.Fatalf("receipt %+v", r)
	}
	if b := e.balance("m1", "cust-1"); b.OnLedger != 25 || b.Available != 25 {
		t.Fatalf("balance %+v", b)
	}
	// Check the ledger itself through Horizon: the custodial account is sponsored and holds 25 PTS.
	acct, err := e.hc.AccountDetail(horizonclientReq(r.Account))
	if err != nil {
		t.Fatal(err)
	}
	if acct.GetCreditBalance("PTS", p.Issuer) != "25.0000000" || acct.Sponsor != e.svc.OperatorAddress() {
		t.Fatalf("account %+v", acct)
	}
	v, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m1", CustomerID: "cust-1", Key: "msg-1", Points: 10})
	if err != nil {
		t.Fatal(err)
	}
	if v.Points != 10 || v.Discount.Int64() != 100 || v.TxHash == "" {
		t.Fatalf("voucher %+v", v)
	}
	if b := e.balance("m1", "cust-1"); b.OnLedger != 15 {
		t.Fatalf("after redeem %+v", b)
	}
	v2, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m1", CustomerID: "cust-1", Key: "msg-1", Points: 10})
	if err != nil || v2.ID != v.ID {
		t.Fatalf("idempotent redeem: %v %+v", err, v2)
	}
	if b := e.balance("m1", "cust-1"); b.OnLedger != 15 {
		t.Fatalf("redeem ran twice: %+v", b)
	}
	vs, err := e.svc.Vouchers(ctxT(t), "m1", "cust-1")
	if err != nil || len(vs) != 1 {
		t.Fatalf("vouchers %v %+v", err, vs)
	}
	if _, err := e.svc.UseVoucher(ctxT(t), v.ID, "order-2"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.UseVoucher(ctxT(t), v.ID, "order-3"); !errors.Is(err, ErrVoucherUsed) {
		t.Fatalf("reuse: %v", err)
	}
	h, err := e.svc.History(ctxT(t), "m1", "cust-1", 10)
	if err != nil || len(h) != 2 || h[0].Kind != "redeemed" || h[0].Points != 10 || h[1].Kind != "earned" || h[1].Points != 25 {
		t.Fatalf("history %v %+v", err, h)
	}
}

// Two first releases of a new merchant earn at once (the loyalty lane runs a batch together):
// both set the program up. Racing, the second setup transaction failed with op_already_exists,
// and the earn was refused for good — the soak saw points lost.
func TestConcurrentSetupsOfOneMerchant(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	pc := perAmount("m-race")
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() { _, errs[i] = e.svc.Setup(ctxT(t), pc) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("setup %d: %v", i, err)
		}
	}
}
