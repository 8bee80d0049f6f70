package main

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/sirupsen/logrus"
	"github.com/sirupsen/logrus/hooks/test"

	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/server"
)

// The relayer's balance is watched: a metric per operator account, one warning when it falls
// under the threshold of transactions left, and a degraded readiness reason when it cannot pay.
// Before, nothing measured it: a dry relayer only showed as retries in the log.
func TestRelayerWatch(t *testing.T) {
	c := chaintest.New(t, 100)
	ctx := context.Background()
	dry := common.HexToAddress("0xd1")
	price, err := c.Client.SuggestGasPrice(ctx)
	if err != nil || price.Sign() == 0 {
		t.Fatalf("gas price %v %v", price, err)
	}
	oneTx := new(big.Int).Mul(price, big.NewInt(typicalTxGas))
	funded := c.Operator.Address // 10^24 wei
	tests := []struct {
		name     string
		accounts map[string]common.Address
		warnTxs  uint64
		warns    int
		checkErr string
	}{
		{"funded", map[string]common.Address{"operator": funded, "arbiter": funded}, 100, 0, ""},
		{"funded but under the threshold", map[string]common.Address{"operator": funded}, ^uint64(0), 1, ""},
		{"dry", map[string]common.Address{"operator": funded, "faucet": dry}, 100, 1, "cannot pay gas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			log, hook := test.NewNullLogger()
			m := server.NewMetrics(prometheus.NewRegistry())
			r := newRelayerWatch(c.Client, tt.accounts, tt.warnTxs, m, log)
			for range 3 { // sampled again and again, warned once
				if err := r.sample(ctx); err != nil {
					t.Fatal(err)
				}
			}
			warns := 0
			for _, e := range hook.AllEntries() {
				if e.Level == logrus.WarnLevel {
					warns++
				}
			}
			if warns != tt.warns {
				t.Errorf("%d warnings, want %d", warns, tt.warns)
			}
			bal, _ := c.Client.BalanceAt(ctx, funded, nil)
			fb, _ := new(big.Float).SetInt(bal).Float64()
			if got := gauge(m.AccountBalance.WithLabelValues("operator", funded.Hex())); got != fb {
				t.Errorf("balance metric %g, want %g", got, fb)
			}
			left := new(big.Int).Div(bal, oneTx)
			lf, _ := new(big.Float).SetInt(left).Float64()
			if got := gauge(m.AccountTxsLeft.WithLabelValues("operator", funded.Hex())); got != min(lf, 1<<53) {
				t.Errorf("transactions-left metric %g, want %g", got, lf)
			}
			err := r.check(ctx)
			if (err != nil) != (tt.checkErr != "") || (err != nil && (!strings.Contains(err.Error(), tt.checkErr) || !strings.Contains(err.Error(), dry.Hex()))) {
				t.Fatalf("check = %v, want %q naming %s", err, tt.checkErr, dry.Hex())
			}
		})
	}
}

func gauge(g prometheus.Gauge) float64 {
	var m dto.Metric
	if err := g.Write(&m); err != nil {
		return -1
	}
	return m.GetGauge().GetValue()
}
