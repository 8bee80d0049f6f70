package escrow_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

// openStore opens a fresh souq store in t's temp dir, closed when t ends, and the senders' store
// on it.
func openStore(t testing.TB, name string) (*store.DB, *txstore.Store) {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st, err := txstore.New(context.Background(), db.KV())
	if err != nil {
		t.Fatal(err)
	}
	return db, st
}

// sendRaw sends a plain transaction from key, outside souq's sender (to nil: a contract
// creation), and waits for its receipt.
func sendRaw(t testing.TB, c *chaintest.Chain, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	priv := key
	from := crypto.PubkeyToAddress(priv.PublicKey)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	gas, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		t.Fatalf("estimate: %v", err)
	}
	head, _ := c.Client.HeaderByNumber(ctx, nil)
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(priv, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas: gas * 2, To: to, Value: value, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("tx %s not mined: %v", tx.Hash(), err)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

var tokenABI = testtoken.NewTestToken()
