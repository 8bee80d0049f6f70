package stellar

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
)

// TestCrashNeverDoubleIssuesOrLosesRedemptions stops the submitter at the two worst moments —
// after the hash is saved but before submitting, and after Horizon accepted the transaction but
// before the outcome is recorded — then restarts the service on the same store and checks the
// ledger: every order earned exactly once, every redemption happened exactly once with its voucher.
func TestCrashNeverDoubleIssuesOrLosesRedemptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		hooks func(crashed chan<- string, dead <-chan struct{}) hooks
	}{
		// The hook reports the hash, then hangs until the "process" dies: nothing after it runs.
		{"after save, before submit", func(c chan<- string, dead <-chan struct{}) hooks {
			return hooks{afterSave: func(h string) error { c <- h; <-dead; return errCrash }}
		}},
		{"after submit, before recording", func(c chan<- string, dead <-chan struct{}) hooks {
			return hooks{afterSubmit: func(h string) error { c <- h; <-dead; return errCrash }}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, envOpts{})
			e.setup(perAmount("m1"))
			e.earn("m1", "c", "o0", 20_000) // 20 points to redeem from

			crashed, dead := make(chan string, 4), make(chan struct{})
			e.restart(tc.hooks(crashed, dead))
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			_, err := e.svc.Earn(ctx, EarnRequest{MerchantID: "m1", CustomerID: "c", OrderID: "o1", EventHash: sha256.Sum256([]byte("e1")), Amount: big.NewInt(5_000)})
			cancel()
			if !errors.Is(err, ErrPending) {
				t.Fatalf("earn during crash: %v", err)
			}
			earnHash := <-crashed
			ctx, cancel = context.WithTimeout(context.Background(), 300*time.Millisecond)
			_, err = e.svc.Redeem(ctx, RedeemRequest{MerchantID: "m1", CustomerID: "c", Key: "r1", Points: 8})
			cancel()
			if !errors.Is(err, ErrPending) {
				t.Fatalf("redeem during crash: %v", err)
			}
			var redeemHash string
			select { // the redeem must be its own transaction, stopped at the same point
			case redeemHash = <-crashed:
			case <-time.After(30 * time.Second):
				t.Fatal("the redeem never reached the crash point (batched with the earn?)")
			}

			close(dead)
			e.restart(hooks{}) // the process comes back
			r, err := e.svc.Earn(ctxT(t), EarnRequest{MerchantID: "m1", CustomerID: "c", OrderID: "o1", EventHash: sha256.Sum256([]byte("e1")), Amount: big.NewInt(5_000)})
			if err != nil || r.TxHash != earnHash {
				t.Fatalf("earn after restart: %v %+v (crashed tx %s)", err, r, earnHash)
			}
			v, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m1", CustomerID: "c", Key: "r1", Points: 8})
			if err != nil || v.TxHash != redeemHash || v.Points != 8 {
				t.Fatalf("redeem after restart: %v %+v", err, v)
			}
			if b := e.balance("m1", "c"); b.OnLedger != 20+5-8 {
				t.Fatalf("balance %+v, want 17: an order earned twice or a redemption was lost or doubled", b)
			}
			ops, err := e.hc.Payments(horizonclient.OperationRequest{ForAccount: r.Account, Limit: 200})
			if err != nil || len(ops.Embedded.Records) != 4 { // create_account, 2 earns, 1 burn
				t.Fatalf("payments %v %d", err, len(ops.Embedded.Records))
			}
		})
	}
}

// TestBackoffOnRateLimit: Horizon answering 429 and 504 delays the batch but it still lands once.
func TestBackoffOnRateLimitAndTimeout(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	e.setup(perAmount("m1"))
	e.sb.FailNextSubmits(429, 2)
	e.sb.FailNextSubmits(504, 1)
	r := e.earn("m1", "c", "o1", 3_000)
	if r.Points != 3 {
		t.Fatalf("%+v", r)
	}
	if b := e.balance("m1", "c"); b.OnLedger != 3 {
		t.Fatalf("balance %+v", b)
	}
}

// TestConcurrentEarnsAreBatched: many orders at once share transactions (one memo per batch,
// committing to every event hash) instead of one transaction per order.
func TestConcurrentEarnsAreBatched(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{channels: 2})
	e.setup(perAmount("m1"))
	const n = 60
	errs := make(chan error, n)
	hashes := make(chan Receipt, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			r, err := e.svc.Earn(ctxT(t), EarnRequest{MerchantID: "m1", CustomerID: "c" + itoa(i), OrderID: "o" + itoa(i),
				EventHash: sha256.Sum256([]byte{byte(i)}), Amount: big.NewInt(1000)})
			errs <- err
			hashes <- r
		}(i)
	}
	txs := map[string]bool{}
	for i := 0; i < n; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		r := <-hashes
		txs[r.TxHash] = true
	}
	if len(txs) >= n/2 {
		t.Fatalf("%d orders took %d transactions: not batched", n, len(txs))
	}
	for h := range txs {
		tx, err := e.hc.TransactionDetail(h)
		if err != nil || tx.OperationCount > 100 {
			t.Fatalf("tx %s: %v ops %d", h, err, tx.OperationCount)
		}
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
