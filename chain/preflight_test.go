package chain_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/chaintest"
)

func TestCheckEscrowAndAnchor(t *testing.T) {
	c := chaintest.New(t, 100)
	ctx := context.Background()
	id := c.ChainID.Uint64()
	ct := c.Contracts
	tests := []struct {
		name    string
		escrow  common.Address
		chainID uint64
		want    error
	}{
		{"ours", ct.Escrow, id, nil},
		{"an account (EOA)", c.Treasury.Address, id, chain.ErrNoCode},
		{"another contract (the token)", ct.TestToken, id, chain.ErrNotOurContract},
		{"the anchor contract", ct.EventAnchor, id, chain.ErrNotOurContract},
		{"another chain's id", ct.Escrow, id + 1, chain.ErrNotOurContract},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := chain.CheckEscrow(ctx, c.Client, tt.escrow, tt.chainID)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("CheckEscrow = %v, want %v", err, tt.want)
			}
		})
	}
	anchors := []struct {
		name     string
		addr     common.Address
		anchorer common.Address
		want     error
	}{
		{"ours", ct.EventAnchor, c.Operator.Address, nil},
		{"an account", c.Treasury.Address, c.Operator.Address, chain.ErrNoCode},
		{"the escrow", ct.Escrow, c.Operator.Address, chain.ErrNotOurContract},
		{"another anchorer", ct.EventAnchor, c.Arbiter.Address, chain.ErrNotOurContract},
	}
	for _, tt := range anchors {
		t.Run("anchor "+tt.name, func(t *testing.T) {
			size, err := chain.CheckAnchor(ctx, c.Client, tt.addr, tt.anchorer)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("CheckAnchor = %d, %v, want %v", size, err, tt.want)
			}
		})
	}
}

func TestReadTokenChecksDecimalsAndSymbol(t *testing.T) {
	c := chaintest.New(t, 100)
	ctx := context.Background()
	tok := c.Contracts.TestToken // tUSD, 6 decimals
	tests := []struct {
		name     string
		addr     common.Address
		symbol   string
		decimals int
		want     error
	}{
		{"read when not configured", tok, "", -1, nil},
		{"matching", tok, "tusd", 6, nil},
		{"18 decimals configured for a 6-decimal token", tok, "", 18, chain.ErrTokenMismatch},
		{"another symbol", tok, "USDC", -1, chain.ErrTokenMismatch},
		{"not a token", c.Contracts.EventAnchor, "", -1, chain.ErrTokenMismatch},
		{"an account", c.Treasury.Address, "", -1, chain.ErrNoCode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := chain.ReadToken(ctx, c.Client, tt.addr, tt.symbol, tt.decimals)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("ReadToken = %+v, %v, want %v", got, err, tt.want)
			}
			if tt.want == nil && (got.Symbol != "tUSD" || got.Decimals != 6) {
				t.Fatalf("ReadToken = %+v, want tUSD/6", got)
			}
		})
	}
}

func TestCheckAccountHistoryDetectsAReset(t *testing.T) {
	c := chaintest.New(t, 100)
	ctx := context.Background()
	// The deployment sent 3 transactions (nonces 0-2) from the operator; then the chain grew.
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	recent := head
	for range 130 {
		c.Commit()
	}
	tests := []struct {
		name     string
		maxNonce uint64
		block    uint64
		hash     common.Hash
		want     error
	}{
		{"the chain this data ran on", 2, head.Number.Uint64(), head.Hash(), nil},
		{"nonces the chain never saw (node restarted from genesis)", 7, head.Number.Uint64(), head.Hash(), chain.ErrChainReset},
		{"a block the chain does not have", 2, head.Number.Uint64() + 1000, common.Hash{1}, chain.ErrChainReset},
		{"another block at that height", 2, head.Number.Uint64(), common.Hash{1}, chain.ErrChainReset},
		{"another block at a recent height (a reorg, not a reset)", 2, recent.Number.Uint64() + 100, common.Hash{1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := chain.CheckAccountHistory(ctx, c.Client, c.Operator.Address, tt.maxNonce, tt.block, tt.hash)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("CheckAccountHistory = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestCheckJournalAnchored(t *testing.T) {
	a := common.Address{1}
	tests := []struct {
		name              string
		onChain, anchored uint64
		pending           []uint64
		want              error
	}{
		{"same", 12, 12, nil, nil},
		{"ours landed while down", 15, 12, []uint64{15}, nil},
		{"fresh data dir on used contracts", 12, 0, nil, chain.ErrDataMismatch},
		{"restored older backup", 30, 12, []uint64{20}, chain.ErrDataMismatch},
		{"chain lost our checkpoints", 0, 12, nil, chain.ErrChainReset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := chain.CheckJournalAnchored(a, tt.onChain, tt.anchored, tt.pending)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("CheckJournalAnchored = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestDefaultConfirmations(t *testing.T) {
	version := func(v string) chain.ClientVersioner {
		return func(context.Context) (string, error) { return v, nil }
	}
	tests := []struct {
		name    string
		chainID uint64
		version chain.ClientVersioner
		want    uint64
	}{
		{"hardhat", 31337, version("HardhatNetwork/3.17.0/@nomicfoundation/edr/0.3.8"), 1},
		{"hardhat with another chain id", 5, version("HardhatNetwork/3.17.0"), 1},
		{"anvil", 99, version("anvil/v1.2.3"), 1},
		{"geth --dev", 1337, version("Geth/v1.17.10-stable/linux-amd64/go1.26"), 1},
		{"sepolia", 11155111, version("Geth/v1.17.10-stable/linux-amd64/go1.26"), 3},
		{"base via a provider that hides its client", 8453, func(context.Context) (string, error) { return "", errors.New("method not found") }, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, why := chain.DefaultConfirmations(context.Background(), tt.chainID, tt.version); got != tt.want {
				t.Fatalf("DefaultConfirmations = %d (%s), want %d", got, why, tt.want)
			}
		})
	}
}
