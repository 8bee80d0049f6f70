package main

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/server"
)

// typicalTxGas is the gas souq budgets per transaction when it turns a balance into "transactions
// left": about a token funding with permit (the dearest call souq's relayer makes; anchoring is
// under 30k). An estimate for warnings, never for signing.
const typicalTxGas = 150_000

// BalanceBackend is what the relayer watch reads (ethclient satisfies it).
type BalanceBackend interface {
	BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error)
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
}

// relayerWatch watches the native balance of the accounts that pay gas (the operator keys): a
// metric per account, a warning before one runs dry, and a readiness check that says "degraded"
// with the reason when one cannot pay for a transaction.
type relayerWatch struct {
	b        BalanceBackend
	accounts map[string]common.Address // role → address
	warnTxs  uint64
	metrics  *server.Metrics
	log      logrus.FieldLogger

	mu     sync.Mutex
	last   map[common.Address]accountFunds
	warned map[common.Address]bool
}

type accountFunds struct {
	roles   []string
	balance *big.Int
	txCost  *big.Int // wei for one typical transaction at the current gas price
	txsLeft uint64
	at      time.Time
}

func newRelayerWatch(b BalanceBackend, accounts map[string]common.Address, warnTxs uint64, m *server.Metrics, log logrus.FieldLogger) *relayerWatch {
	return &relayerWatch{b: b, accounts: accounts, warnTxs: warnTxs, metrics: m, log: log,
		last: map[common.Address]accountFunds{}, warned: map[common.Address]bool{}}
}

// sample reads every account's balance and the gas price, updates the metrics, and logs a warning
// when an account falls under warnTxs transactions left (once until it is topped up again).
func (r *relayerWatch) sample(ctx context.Context) error {
	price, err := r.b.SuggestGasPrice(ctx)
	if err != nil {
		return fmt.Errorf("relayer balance: gas price: %w", err)
	}
	cost := new(big.Int).Mul(price, big.NewInt(typicalTxGas))
	byAddr := map[common.Address][]string{}
	for role, a := range r.accounts {
		byAddr[a] = append(byAddr[a], role)
	}
	for a, roles := range byAddr {
		sort.Strings(roles)
		bal, err := r.b.BalanceAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("relayer balance of %s: %w", a.Hex(), err)
		}
		f := accountFunds{roles: roles, balance: bal, txCost: cost, at: time.Now()}
		if cost.Sign() > 0 {
			left := new(big.Int).Div(bal, cost)
			f.txsLeft = left.Uint64()
			if !left.IsUint64() {
				f.txsLeft = ^uint64(0)
			}
		} else {
			f.txsLeft = ^uint64(0) // free gas (a dev node with base fee 0)
		}
		if r.metrics != nil {
			fb, _ := new(big.Float).SetInt(bal).Float64()
			for _, role := range roles {
				r.metrics.AccountBalance.WithLabelValues(role, a.Hex()).Set(fb)
				r.metrics.AccountTxsLeft.WithLabelValues(role, a.Hex()).Set(float64(min(f.txsLeft, 1<<53)))
			}
		}
		r.mu.Lock()
		r.last[a] = f
		low := f.txsLeft < r.warnTxs
		first := low && !r.warned[a]
		r.warned[a] = low
		r.mu.Unlock()
		if first {
			r.log.WithFields(logrus.Fields{"address": a.Hex(), "roles": roles, "balance_wei": bal.String(), "transactions_left": f.txsLeft,
				"tx_cost_wei": cost.String()}).Warn("operator account is running out of gas money: send it native coin before it runs dry (deliveries, refunds and anchoring stop then)")
		}
	}
	return nil
}

// check fails, with what to do, when an account cannot pay for one transaction: souq still takes
// messages but can send nothing on chain.
func (r *relayerWatch) check(ctx context.Context) error {
	if err := r.sample(ctx); err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	addrs := make([]common.Address, 0, len(r.last))
	for a := range r.last {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	for _, a := range addrs {
		f := r.last[a]
		if f.txsLeft == 0 {
			return fmt.Errorf("operator account %s (%v) cannot pay gas: balance %s wei, one transaction costs about %s wei; send native coin to %s",
				a.Hex(), f.roles, f.balance, f.txCost, a.Hex())
		}
	}
	return nil
}

// run samples every period until ctx ends.
func (r *relayerWatch) run(ctx context.Context, period time.Duration) error {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		if err := r.sample(ctx); err != nil && ctx.Err() == nil {
			r.log.WithError(err).Warn("relayer balance: will retry")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
