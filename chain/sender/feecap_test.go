package sender_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
)

// TestFeeCapRefusesVisibly holds issue 11's second finding on fees: what the relayer pays is
// capped (per gas and per transaction), and a transaction the network's fees do not let through
// under the cap is refused with a clear error the service classifies as needing the operator; an
// intent that waits (an anchor) says why. Before, the fee was quietly lowered to the cap and the
// transaction sent anyway, to wait unmined while bumps stopped without a word.
func TestFeeCapRefusesVisibly(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name       string
		perGas     *big.Int
		perTx      *big.Int
		wantRefuse bool
	}{
		{name: "max fee per gas under the base fee", perGas: big.NewInt(1), wantRefuse: true},
		{name: "max fee per transaction under 21000 × base fee", perTx: big.NewInt(21_000), wantRefuse: true},
		{name: "caps the network's fees fit under", perGas: big.NewInt(1e12), perTx: big.NewInt(1e17)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t, 0)
			c.AutoMine(t, 20*time.Millisecond)
			conf := cfg(c)
			conf.MaxFeeCap, conf.MaxTxFee = tt.perGas, tt.perTx
			st := openStore(t)
			s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), conf)
			run(t, s)
			ctx := context.Background()
			fast := transfer(0)
			fast.FailFast = true
			if _, err := s.Submit(ctx, "pay/fast", "fund", fast); err != nil {
				t.Fatal(err)
			}
			wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			in, err := s.Wait(wctx, "pay/fast")
			if err != nil {
				t.Fatal(err)
			}
			if !tt.wantRefuse {
				if in.State != sender.Confirmed {
					t.Fatalf("under the caps: %s %+v", in.State, in.Failure)
				}
				return
			}
			if in.State != sender.Failed || in.Failure == nil || in.Failure.Kind != sender.FailFeeCap || in.HasNonce || len(in.Attempts) != 0 {
				t.Fatalf("over the cap: %s %+v (nonce %v, %d attempts), want failed for the fee cap, nothing signed", in.State, in.Failure, in.HasNonce, len(in.Attempts))
			}
			res := escrow.Result("k", in, true)
			if res.OK || res.Class != souq.ClassOperator || !strings.Contains(res.Reason, "fee cap reached") {
				t.Fatalf("service sees %+v, want needs-operator naming the fee cap", res)
			}

			// An intent that waits rather than fails says why, and is not signed.
			if _, err := s.Submit(ctx, "anchor/1", "anchor", transfer(1)); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				got, _ := st.Get(ctx, "anchor/1")
				if got.Retrying != nil {
					if got.State != sender.Queued || got.Retrying.Kind != sender.FailFeeCap || !strings.Contains(got.Retrying.Error, "--max-fee-per-gas") {
						t.Fatalf("waiting intent: %s %+v", got.State, got.Retrying)
					}
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("intent held up by the fee cap without saying so: %+v", got)
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}
