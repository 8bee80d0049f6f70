package main

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

const preflightPass = "preflight-test-passphrase"

// externalDataDir makes a data directory for an external chain: the relayer, arbiter and
// attester keys (the dev chain's, funded there) in the keystore with their roles file, the owner
// by address, and a custodial seed.
func externalDataDir(t *testing.T, node *devnode.Node) *Config {
	t.Helper()
	dir := t.TempDir()
	ks := keys.Keystore{Dir: filepath.Join(dir, "keystore"), ScryptN: keys.LightScryptN, ScryptP: keys.LightScryptP}
	book := keys.RoleBook{keys.RoleOwner: devnode.DevOwner().Address}
	for role, dev := range map[keys.Role]string{keys.RoleRelayer: "operator", keys.RoleArbiter: "arbiter", keys.RoleAttester: "attester"} {
		acc, _ := devnode.DevAccount(dev)
		a, err := ks.Import(acc.Key, preflightPass)
		if err != nil {
			t.Fatal(err)
		}
		book[role] = a
	}
	if _, err := ks.SetRoles(book); err != nil {
		t.Fatal(err)
	}
	if err := keys.CreateSeed(filepath.Join(dir, "seed.json"), preflightPass, keys.LightScryptN, keys.LightScryptP); err != nil {
		t.Fatal(err)
	}
	cfg, _ := testConfig(dir)
	ct := node.Contracts()
	cfg.PassphraseEnv = "SOUQ_PREFLIGHT_PASS"
	cfg.EthRPC, cfg.EthChainID = node.HTTPURL(), devnode.ChainID
	cfg.EscrowAddr, cfg.AnchorAddr, cfg.TokenAddr = ct.Escrow.Hex(), ct.EventAnchor.Hex(), ct.TestToken.Hex()
	cfg.DeployBlock = ct.DeployBlock
	cfg.TokenSymbol, cfg.TokenDecimals = "", -1 // read from the token
	return cfg
}

// souq refuses to start on an external chain whose configuration would lose money or stall for
// ever, and says what happened: an account or another contract as --escrow (the customer's ETH
// went to an EOA and the order stayed "paying"), a token whose decimals are not the configured
// ones, a data directory that anchored less than EventAnchor holds (SequenceGap for ever), a chain
// that no longer has this data directory's transactions ("nonce too high" for ever). A good
// configuration starts, reads the token's symbol and decimals, and takes 1 confirmation on a node
// that mines on demand. Before, every one of these started.
func TestStartChecksTheChain(t *testing.T) {
	t.Setenv("SOUQ_PREFLIGHT_PASS", preflightPass)
	t.Setenv("SOUQ_SECRET", "11223344556677889900aabbccddeeff11223344556677889900aabbccddeeff")
	skey, _, err := journal.GenerateKey("souq.test/preflight")
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOUQ_LOG_KEY", skey)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	node, err := devnode.Start(ctx, devnode.Config{Port: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	ct := node.Contracts()
	op, _ := devnode.DevAccount("operator")

	start := func(t *testing.T, cfg *Config) (*App, error) {
		_, log := testConfig(cfg.DataDir)
		a, err := Start(ctx, cfg, log)
		if err == nil {
			t.Cleanup(func() { a.Close() })
		}
		return a, err
	}

	t.Run("ours", func(t *testing.T) {
		a, err := start(t, externalDataDir(t, node))
		if err != nil {
			t.Fatal(err)
		}
		if tok := a.Assets["TUSD"]; tok.Decimals != 6 || tok.Token != ct.TestToken.Hex() {
			t.Errorf("token asset %+v, want tUSD with 6 decimals read from the token", a.Assets)
		}
		if a.Network.Confirmations != 1 {
			t.Errorf("confirmations on a dev node that mines on demand = %d, want 1", a.Network.Confirmations)
		}
	})

	bad := []struct {
		name string
		edit func(*Config)
		want error
	}{
		{"escrow is an account", func(c *Config) { c.EscrowAddr = op.Address.Hex() }, chain.ErrNoCode},
		{"escrow is the token", func(c *Config) { c.EscrowAddr = ct.TestToken.Hex() }, chain.ErrNotOurContract},
		{"anchor is the escrow", func(c *Config) { c.AnchorAddr = ct.Escrow.Hex() }, chain.ErrNotOurContract},
		{"token decimals 18 for a 6-decimal token", func(c *Config) { c.TokenDecimals = 18 }, chain.ErrTokenMismatch},
		{"token symbol not the token's", func(c *Config) { c.TokenSymbol = "DAI" }, chain.ErrTokenMismatch},
		{"arbiter key not the escrow's arbiter", func(c *Config) {
			ks := keys.Keystore{Dir: c.keystoreDir(), ScryptN: keys.LightScryptN, ScryptP: keys.LightScryptP}
			faucet, _ := devnode.DevAccount("faucet")
			a, err := ks.Import(faucet.Key, preflightPass)
			if err == nil {
				_, err = ks.SetRoles(keys.RoleBook{keys.RoleArbiter: a})
			}
			if err != nil {
				t.Fatal(err)
			}
		}, errWrongArbiter},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			cfg := externalDataDir(t, node)
			tt.edit(cfg)
			if _, err := start(t, cfg); !errors.Is(err, tt.want) {
				t.Fatalf("Start = %v, want %v", err, tt.want)
			}
		})
	}

	t.Run("data directory that has not seen the chain's transactions", func(t *testing.T) {
		cfg := externalDataDir(t, node)
		// This data directory saw nonce 500 of the operator mined: the chain has far fewer.
		db, err := store.Open(filepath.Join(cfg.DataDir, "souq.db"))
		if err != nil {
			t.Fatal(err)
		}
		ts, _ := txstore.New(ctx, db.KV())
		head, _ := node.Client().HeaderByNumber(ctx, nil)
		if _, _, err := ts.Put(ctx, &sender.Intent{Key: "anchor/old", Kind: "anchor", From: op.Address, State: sender.Confirmed,
			Nonce: 500, HasNonce: true, Receipt: &sender.Receipt{BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), Status: 1}}); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if _, err := start(t, cfg); !errors.Is(err, chain.ErrChainReset) {
			t.Fatalf("Start = %v, want %v", err, chain.ErrChainReset)
		}
	})

	t.Run("fresh data directory on contracts that anchored", func(t *testing.T) {
		// Another data directory anchored 5 events on this EventAnchor.
		ea := eventanchor.NewEventAnchor()
		c := node.Client()
		nonce, _ := c.PendingNonceAt(ctx, op.Address)
		head, _ := c.HeaderByNumber(ctx, nil)
		tx, err := types.SignNewTx(op.Key, types.LatestSignerForChainID(big.NewInt(devnode.ChainID)), &types.DynamicFeeTx{
			ChainID: big.NewInt(devnode.ChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
			GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
			Gas:       100_000, To: &ct.EventAnchor, Data: ea.PackAnchor(5, common.Hash{0xaa}),
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if r, err := bind.WaitMined(ctx, c, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("anchor: %v %v", r, err)
		}
		if _, err := start(t, externalDataDir(t, node)); !errors.Is(err, chain.ErrDataMismatch) {
			t.Fatalf("Start = %v, want %v", err, chain.ErrDataMismatch)
		}
	})
}
