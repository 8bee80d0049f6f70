package escrow_test

import (
	"context"
	"crypto/rand"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/escrow"
)

// fundDirect funds a fresh ETH order from the faucet in the next block sealed and returns its id.
func fundDirect(t *testing.T, c *chaintest.Chain) souq.OrderID {
	t.Helper()
	ctx := context.Background()
	head, _ := c.Client.HeaderByNumber(ctx, nil)
	var offer [32]byte
	rand.Read(offer[:])
	tm := escrow.Terms{Seller: common.HexToAddress("0x5e11e4"), Payee: common.HexToAddress("0x9a1ee"), Buyer: common.HexToAddress("0xb0b"), Amount: big.NewInt(1000),
		Attester: c.Attester.Address, DeliverBy: head.Time + 3600, OfferHash: offer}
	nonce, _ := c.Client.PendingNonceAt(ctx, c.Faucet.Address)
	tx, err := types.SignNewTx(c.Faucet.Key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: 300_000, To: &c.Contracts.Escrow, Value: tm.Amount, Data: escrowabi.NewEscrow().PackFundETH(tm),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if r := c.Mine(t, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("funding reverted")
	}
	id, _ := escrow.OrderID(c.ChainID, c.Contracts.Escrow, tm)
	return souq.OrderID(id)
}

// When the chain goes back under the watcher's cursor — the node restored from an older disk
// (its head below the cursor), or a reorg deeper than the confirmations (another block at the
// cursor) — the watcher rescans, and the events of the chain as it now is reach the service.
// Before, the cursor stayed where it was and the new branch's events were never seen.
func TestWatcherRescansWhenTheChainWentBack(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		// pollAtFork polls right after the head went back, before the new branch grows past
		// the old one: the restored-disk case. Otherwise only the block hash at the cursor tells.
		pollAtFork bool
	}{
		{"head below the cursor", true},
		{"another block at the cursor", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t, 0)
			_, st := openStore(t, "w.db")
			seen := map[souq.OrderID]int{}
			w := escrow.NewWatcher(c.Client, c.Contracts.Escrow, st, escrow.WatcherConfig{FromBlock: c.Contracts.DeployBlock}, func(_ context.Context, ev escrow.Event) error {
				seen[ev.OrderID]++
				return nil
			})
			ctx := context.Background()
			parent, _ := c.Client.HeaderByNumber(ctx, nil)
			a := fundDirect(t, c)
			for range 3 {
				c.Commit()
			}
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			if seen[a] != 1 {
				t.Fatalf("order a seen %d times before the fork", seen[a])
			}
			if err := c.Sim.Fork(parent.Hash()); err != nil {
				t.Fatal(err)
			}
			if tt.pollAtFork {
				if _, err := w.Poll(ctx); err != nil {
					t.Fatal(err)
				}
			}
			b := fundDirect(t, c) // the new branch holds b's funding, not a's
			for range 5 {
				c.Commit()
			}
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			if seen[b] != 1 {
				t.Errorf("order b, funded on the new branch, seen %d times", seen[b])
			}
		})
	}
}

// A node that accepts the connection and never answers makes Poll fail after the RPC timeout;
// before, it hung for ever.
func TestWatcherTimesOutOnSilentNode(t *testing.T) {
	t.Parallel()
	cl, err := ethclient.Dial(chaintest.SilentNode(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	_, st := openStore(t, "w.db")
	w := escrow.NewWatcher(cl, common.HexToAddress("0xe5c"), st, escrow.WatcherConfig{RPCTimeout: 100 * time.Millisecond},
		func(context.Context, escrow.Event) error { return nil })
	done := make(chan error, 1)
	go func() { _, err := w.Poll(context.Background()); done <- err }()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Poll on a silent node succeeded")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Poll hung on a silent node")
	}
}
