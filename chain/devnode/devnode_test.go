package devnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/bindings/testtoken"
)

func TestDevAccountsAreHardhatDefaults(t *testing.T) {
	t.Parallel()
	// The addresses Hardhat prints for its default mnemonic: wallets and configs expect them.
	want := []string{
		"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
		"0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
		"0x90F79bf6EB2c4f870365E785982E1f101E93b906",
		"0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
		"0x71562b71999873DB5b286dF957af199Ec94617F7", // go-ethereum's dev account
	}
	accts := DevAccounts()
	if len(accts) != len(want) {
		t.Fatalf("%d accounts, want %d", len(accts), len(want))
	}
	for i, a := range accts {
		if a.Address != common.HexToAddress(want[i]) {
			t.Errorf("account %d (%s) = %s, want %s", i, a.Role, a.Address, want[i])
		}
	}
	if o := DevOwner(); o.Address != common.HexToAddress("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc") { // Hardhat's #5
		t.Errorf("owner = %s, want Hardhat's account #5", o.Address)
	}
}

func TestRestartKeepsChainBalancesAndContracts(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := t.TempDir()
	n, err := Start(ctx, Config{DataDir: dir, Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !n.Fresh() {
		t.Error("first start not fresh")
	}
	c := n.Contracts()
	if c.Escrow == (common.Address{}) || c.EventAnchor == (common.Address{}) || c.TestToken == (common.Address{}) {
		t.Fatalf("contracts not deployed: %+v", c)
	}
	// Over HTTP, as Hardhat or a wallet would.
	hc, err := ethclient.Dial(n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.CheckChainID(ctx, hc, ChainID); err != nil {
		t.Fatal(err)
	}
	if err := chain.CheckChainID(ctx, hc, 1); !errors.Is(err, chain.ErrChainIDMismatch) {
		t.Fatalf("wrong chain id accepted: %v", err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000c0ffe")
	faucet, _ := DevAccount("faucet")
	tx := signTransfer(t, hc, faucet, to, big.NewInt(12345))
	if err := hc.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	r, err := bind.WaitMined(rctx, hc, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer not mined promptly: %v %v", r, err)
	}
	// Anchor a checkpoint so contract storage changes too.
	ea := eventanchor.NewEventAnchor()
	op, _ := DevAccount("operator")
	auth := bind.NewKeyedTransactor(op.Key, big.NewInt(ChainID))
	atx, err := bind.Transact(ea.Instance(hc, c.EventAnchor), auth, ea.PackAnchor(3, common.HexToHash("0x01")))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(rctx, hc, atx.Hash()); err != nil {
		t.Fatal(err)
	}
	head, _ := hc.BlockNumber(ctx)
	hc.Close()
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	n2, err := Start(ctx, Config{DataDir: dir, Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer n2.Close()
	if n2.Fresh() {
		t.Error("restart created a new chain")
	}
	if n2.Contracts() != c {
		t.Errorf("contracts %+v after restart, want %+v", n2.Contracts(), c)
	}
	cl := n2.Client()
	if h, _ := cl.BlockNumber(ctx); h != head {
		t.Errorf("head %d after restart, want %d", h, head)
	}
	if bal, _ := cl.BalanceAt(ctx, to, nil); bal.Cmp(big.NewInt(12345)) != 0 {
		t.Errorf("balance %s after restart, want 12345", bal)
	}
	size, err := bind.Call(ea.Instance(cl, c.EventAnchor), nil, ea.PackSize(), ea.UnpackSize)
	if err != nil || size != 3 {
		t.Errorf("EventAnchor.size = %d, %v after restart; want 3", size, err)
	}
}

func TestStartErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	busy := l.Addr().(*net.TCPAddr).Port
	dir := t.TempDir()
	n, err := Start(ctx, Config{DataDir: dir, Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	tests := []struct {
		name string
		cfg  Config
		want error
	}{
		{"port in use", Config{Port: busy}, ErrPortInUse},
		{"public address", Config{Host: "0.0.0.0", Port: -1}, ErrNotLoopback},
		{"data dir in use", Config{DataDir: dir, Port: -1}, ErrDataDirLocked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Start(ctx, tt.cfg)
			if err == nil {
				n.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestMainnetGasRulesByDefault(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// A first storage write costs ~22k under Osaka; ~111k with the next-fork stubs.
	tests := []struct {
		next     bool
		min, max uint64
	}{{false, 40_000, 90_000}, {true, 120_000, 400_000}}
	for _, tt := range tests {
		t.Run(fmt.Sprint("nextFork=", tt.next), func(t *testing.T) {
			t.Parallel()
			n, err := Start(ctx, Config{Port: -1, NextForkGas: tt.next})
			if err != nil {
				t.Fatal(err)
			}
			defer n.Close()
			// A mint to a fresh address writes new storage slots (balance, total supply).
			tok := testtoken.NewTestToken()
			op, _ := DevAccount("operator")
			auth := bind.NewKeyedTransactor(op.Key, big.NewInt(ChainID))
			tx, err := bind.Transact(tok.Instance(n.Client(), n.Contracts().TestToken), auth, tok.PackMint(common.HexToAddress("0xfeed"), big.NewInt(1)))
			if err != nil {
				t.Fatal(err)
			}
			r, err := bind.WaitMined(ctx, n.Client(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			if r.GasUsed < tt.min || r.GasUsed > tt.max {
				t.Errorf("mint gas %d, want in [%d,%d]", r.GasUsed, tt.min, tt.max)
			}
		})
	}
}

func signTransfer(t *testing.T, c *ethclient.Client, from Account, to common.Address, v *big.Int) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	nonce, err := c.PendingNonceAt(ctx, from.Address)
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := c.SuggestGasTipCap(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(from.Key, types.LatestSignerForChainID(big.NewInt(ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: v,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}
