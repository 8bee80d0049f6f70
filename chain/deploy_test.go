package chain_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/chaintest"
)

// A deployment that names no dispute period gets the default; one outside the contract's bounds is
// refused before anything is sent.
func TestDeployDisputePeriod(t *testing.T) {
	c := chaintest.New(t, 100)
	ctx := context.Background()
	e := escrow.NewEscrow()
	got, err := bind.Call(e.Instance(c.Client, c.Contracts.Escrow), nil, e.PackDisputePeriod(), e.UnpackDisputePeriod)
	if err != nil {
		t.Fatal(err)
	}
	if time.Duration(got)*time.Second != chain.DefaultDisputePeriod {
		t.Fatalf("default deployment: dispute period %ds, want %s", got, chain.DefaultDisputePeriod)
	}
	for _, d := range []time.Duration{time.Hour, 91 * 24 * time.Hour, 36*time.Hour + time.Millisecond} {
		nonce, _ := c.Client.PendingNonceAt(ctx, c.Faucet.Address)
		_, err := chain.Deploy(ctx, c.Client, c.Faucet.Key, c.ChainID, chain.DeployParams{Owner: c.Faucet.Address, Treasury: c.Faucet.Address,
			Arbiter: c.Faucet.Address, Anchorer: c.Faucet.Address, DisputePeriod: d}, nil)
		if err == nil || !strings.Contains(err.Error(), "dispute period") {
			t.Fatalf("dispute period %s: %v", d, err)
		}
		if after, _ := c.Client.PendingNonceAt(ctx, c.Faucet.Address); after != nonce {
			t.Fatalf("dispute period %s: %d transactions sent", d, after-nonce)
		}
	}
}
