package stellar

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"
)

// BenchmarkIssue10000Customers issues points for one order to each of 10,000 distinct new
// customers on the sandbox: every customer needs a sponsored account and trustline, so each
// transaction carries ~19 customers (20-signature limit) and 20 channel accounts send in parallel,
// one transaction per channel per ledger. Reported: transactions, ledgers (at Stellar's ~5 s per
// ledger, ledgers × 5 s is the time on the real network), wall time on the sandbox with 100 ms
// ledgers, and customers per second. Then it redeems 1 point for 2,000 of them, concurrently.
func BenchmarkIssue10000Customers(b *testing.B) {
	for i := 0; i < b.N; i++ {
		benchIssue(b, 10_000, 2_000)
	}
}

func benchIssue(b *testing.B, customers, redemptions int) {
	b.StopTimer()
	e := newEnv(b, envOpts{channels: 20, interval: 100 * time.Millisecond, noSync: true, friend: 100_000 * StroopsPerPoint})
	e.setup(perAmount("bench"))
	reqs := make([]EarnRequest, customers)
	for i := range reqs {
		reqs[i] = EarnRequest{MerchantID: "bench", CustomerID: fmt.Sprintf("cust-%05d", i), OrderID: fmt.Sprintf("order-%05d", i),
			EventHash: sha256.Sum256([]byte(fmt.Sprint("event", i))), Amount: big.NewInt(10_000)}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ledger0 := e.sb.LatestLedger()
	start := time.Now()
	b.StartTimer()
	rs, err := e.svc.EarnMany(ctx, reqs)
	b.StopTimer()
	wall := time.Since(start)
	if err != nil {
		b.Fatal(err)
	}
	txs := map[string]bool{}
	for _, r := range rs {
		if r.State != "confirmed" || r.Points != 10 {
			b.Fatalf("receipt %+v", r)
		}
		txs[r.TxHash] = true
	}
	ledgers := e.sb.LatestLedger() - ledger0
	b.ReportMetric(float64(len(txs)), "txs")
	b.ReportMetric(float64(ledgers), "ledgers")
	b.ReportMetric(wall.Seconds(), "issue-wall-s")
	b.ReportMetric(float64(customers)/wall.Seconds(), "customers/s")

	var wg sync.WaitGroup
	errs := make(chan error, redemptions)
	start = time.Now()
	b.StartTimer()
	for i := 0; i < redemptions; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			_, err := e.svc.Redeem(ctx, RedeemRequest{MerchantID: "bench", CustomerID: reqs[i].CustomerID, Key: fmt.Sprint("r", i), Points: 1})
			errs <- err
		}(i)
	}
	wg.Wait()
	b.StopTimer()
	close(errs)
	for err := range errs {
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(redemptions)/time.Since(start).Seconds(), "redemptions/s")
}
