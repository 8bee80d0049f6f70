// Package chaintest gives tests a simulated chain (go-ethereum's ethclient/simulated, with mainnet
// gas rules) with souq's contracts deployed and the dev accounts funded. Unit tests only: the
// embedded default and integration tests use chain/devnode.
package chaintest

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/devnode"
)

// Chain is a simulated chain with souq's contracts.
type Chain struct {
	Sim       *simulated.Backend
	Client    simulated.Client
	Contracts chain.Contracts
	ChainID   *big.Int
	// Operator (owner, anchorer), Arbiter, Treasury, Attester, Faucet are the dev accounts.
	Operator, Arbiter, Treasury, Attester, Faucet devnode.Account

	mu     sync.Mutex // serialises Commit, AdjustTime and Close
	closed bool
}

// New starts a simulated chain, funds the dev accounts and deploys the contracts (fee feeBps).
func New(t testing.TB, feeBps uint16) *Chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, a := range devnode.DevAccounts() {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)}
	}
	// The simulated backend keeps LogNoHistory (unindexed log search): with blocks sealed every
	// few milliseconds an indexed search may chase the moving head for minutes.
	sim := simulated.NewBackend(alloc, devnode.MainnetRules)
	c := &Chain{Sim: sim, Client: sim.Client(), ChainID: big.NewInt(devnode.ChainID)}
	t.Cleanup(func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.closed = true
		sim.Close()
	})
	c.Operator, _ = devnode.DevAccount("operator")
	c.Arbiter, _ = devnode.DevAccount("arbiter")
	c.Treasury, _ = devnode.DevAccount("treasury")
	c.Attester, _ = devnode.DevAccount("attester")
	c.Faucet, _ = devnode.DevAccount("faucet")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var err error
	c.Contracts, err = chain.Deploy(ctx, c.Client, c.Operator.Key, c.ChainID, chain.DeployParams{
		Owner: c.Operator.Address, Treasury: c.Treasury.Address, Arbiter: c.Arbiter.Address,
		Anchorer: c.Operator.Address, FeeBps: feeBps, TestToken: true,
	}, func() { sim.Commit() })
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Commit seals a block.
func (c *Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.closed {
		c.Sim.Commit()
	}
}

// AdjustTime seals an empty block d later (time travel for deadlines).
func (c *Chain) AdjustTime(t testing.TB, d time.Duration) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.Sim.AdjustTime(d); err != nil {
		t.Fatal(err)
	}
}

// AutoMine seals a block every interval until the test ends or stop is called.
func (c *Chain) AutoMine(t testing.TB, every time.Duration) (stop func()) {
	done := make(chan struct{})
	var once sync.Once
	stop = func() { once.Do(func() { close(done) }) }
	go func() {
		tk := time.NewTicker(every)
		defer tk.Stop()
		for {
			select {
			case <-done:
				return
			case <-tk.C:
				c.Commit()
			}
		}
	}()
	t.Cleanup(stop)
	return stop
}

// Mine seals blocks until the transaction has a receipt and returns it. Sealing once is not enough:
// a transaction can reach the pool's pending set only after that seal, and then nothing mines it.
func (c *Chain) Mine(t testing.TB, h common.Hash) *types.Receipt {
	t.Helper()
	for range 500 {
		c.Commit()
		if r, err := c.Client.TransactionReceipt(context.Background(), h); err == nil {
			return r
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("transaction %s not mined", h)
	return nil
}
