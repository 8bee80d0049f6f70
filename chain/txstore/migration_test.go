package txstore_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// fixture opens a copy of the souq.db that b1c9294's `souq demo` wrote (bbolt buckets written by
// txstore before the kv port, its intents JSON without a version byte).
func fixture(t *testing.T) *store.DB {
	return souqtest.OpenStoreCopy(t, filepath.Join("..", "testdata", "souq_b1c9294.db"))
}

var (
	operator = common.HexToAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")
	arbiter  = common.HexToAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8")
	faucet   = common.HexToAddress("0x15d34aaf54267db7d7c367839aaf71a00a2c6a65")
)

// rawIntents is every stored intent's key and its value's first byte.
func rawIntents(t *testing.T, db kv.DB) map[string]byte {
	t.Helper()
	out := map[string]byte{}
	err := db.View(context.Background(), func(tx kv.Tx) error {
		return tx.Ascend("chain.intents", nil, func(k, v []byte) error { out[string(k)] = v[0]; return nil })
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func minedKeys(t *testing.T, st *txstore.Store, from common.Address, block uint64) []string {
	t.Helper()
	got, err := st.ListMined(context.Background(), from, block)
	if err != nil {
		t.Fatal(err)
	}
	var ks []string
	for _, in := range got {
		ks = append(ks, fmt.Sprintf("%s@%d", in.Key, in.Receipt.BlockNumber))
	}
	return ks
}

// TestMigrationFromB1c9294 reads the intents, the mined index and the cursors of a store written
// before the kv port, writes next to them, compacts old ones, and reopens.
func TestMigrationFromB1c9294(t *testing.T) {
	ctx := context.Background()
	db := fixture(t)
	st, err := txstore.New(ctx, db.KV())
	if err != nil {
		t.Fatal(err)
	}
	old := rawIntents(t, db.KV())
	if len(old) != 14 {
		t.Fatalf("%d intents, want the demo's 14", len(old))
	}
	for k, first := range old {
		if first != '{' {
			t.Errorf("%s: stored as %#x, want the legacy JSON", k, first)
		}
		in, err := st.Get(ctx, k)
		if err != nil || in.Key != k || !in.State.Final() || in.Receipt == nil {
			t.Errorf("%s: %+v, %v", k, in, err)
		}
	}

	const ethKey = "faucet/eth/0x4344501e3D0f9CF6a5eFbD6363685a1d9ae7B1cF"
	in, err := st.Get(ctx, ethKey)
	if err != nil {
		t.Fatal(err)
	}
	tenETH, _ := new(big.Int).SetString("10000000000000000000", 10)
	if in.Kind != "faucet" || in.From != faucet || in.State != sender.Confirmed || !in.HasNonce || in.Nonce != 0 || in.Gas != 25200 ||
		*in.Call.To != common.HexToAddress("0x4344501e3D0f9CF6a5eFbD6363685a1d9ae7B1cF") || in.Call.Value.Cmp(tenETH) != 0 ||
		len(in.Attempts) != 1 || in.Attempts[0].GasFeeCap.Int64() != 1559630318 ||
		in.Receipt.BlockNumber != 3 || in.Receipt.GasUsed != 21000 || in.Receipt.EffectiveGasPrice.Int64() != 687092220 ||
		in.TxHash() != common.HexToHash("0xea37f22278d0544542bbb5f85db467acab834587f7348a288db0de28d65b4ef4") {
		t.Errorf("%s = %+v", ethKey, in)
	}

	// The mined index lists each account's final intents by block: 11 of the operator, 2 of the
	// faucet, the arbiter's resolve.
	if got := minedKeys(t, st, operator, 0); len(got) != 11 {
		t.Errorf("operator's mined: %v", got)
	}
	if got := fmt.Sprint(minedKeys(t, st, operator, 16)); got != "[checkpoint/0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512/47@16 checkpoint/0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512/48@17]" {
		t.Errorf("operator's mined from block 16: %s", got)
	}
	if got := fmt.Sprint(minedKeys(t, st, faucet, 0)); got != "[faucet/eth/0x4344501e3D0f9CF6a5eFbD6363685a1d9ae7B1cF@3 faucet/token/0x4344501e3D0f9CF6a5eFbD6363685a1d9ae7B1cF@4]" {
		t.Errorf("faucet's mined: %s", got)
	}
	if got := minedKeys(t, st, arbiter, 0); len(got) != 1 {
		t.Errorf("arbiter's mined: %v", got)
	}
	if p, err := st.ListPending(ctx, operator); err != nil || len(p) != 0 {
		t.Errorf("pending: %d, %v", len(p), err)
	}

	// The watchers' cursors: the deposit watcher's plain one, the escrow watcher's with a hash.
	if n, ok, err := st.LoadCursor(ctx, "deposits"); n != 18 || !ok || err != nil {
		t.Errorf("deposits cursor %d %v %v", n, ok, err)
	}
	if n, h, ok, err := st.LoadCursorHash(ctx, "escrow"); n != 18 || !ok || err != nil ||
		h != common.HexToHash("0x1500102c5a1edbbbf637cddb9daf18a86bc18f44b229bc565068ef81b6691e7c") {
		t.Errorf("escrow cursor %d %s %v %v", n, h, ok, err)
	}

	// A new intent next to the old ones: pending, then mined in block 20, in the same indexes.
	to := common.HexToAddress("0xb0b")
	if _, created, err := st.Put(ctx, &sender.Intent{Key: "pay/new", From: operator, State: sender.Queued, Call: sender.Call{To: &to, Value: big.NewInt(1)}}); err != nil || !created {
		t.Fatalf("put: %v %v", created, err)
	}
	if p, err := st.ListPending(ctx, operator); err != nil || len(p) != 1 || p[0].Key != "pay/new" {
		t.Fatalf("pending after put: %v, %v", p, err)
	}
	if _, err := st.Update(ctx, "pay/new", func(in *sender.Intent) error {
		in.State, in.Receipt = sender.Confirmed, &sender.Receipt{BlockNumber: 20}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(minedKeys(t, st, operator, 17)); got != "[checkpoint/0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512/48@17 pay/new@20]" {
		t.Errorf("operator's mined from block 17: %s", got)
	}
	if got := rawIntents(t, db.KV())["pay/new"]; got != 0x01 {
		t.Errorf("a new intent stored as %#x, want version 1", got)
	}

	// Compacting the old intents mined below block 10: 4 of the operator's, the faucet's 2.
	if n, err := st.Compact(ctx, 10, 100); err != nil || n != 6 {
		t.Fatalf("compacted %d, %v; want 6", n, err)
	}
	if in, err := st.Get(ctx, ethKey); err != nil || in.Key != ethKey || in.Attempts != nil || in.Receipt.BlockNumber != 3 || in.DataSHA256 == nil {
		t.Errorf("compacted %s = %+v, %v", ethKey, in, err)
	}

	// Reopened, the index is as it was left: the compacted intents stay out of it.
	if _, err := txstore.New(ctx, db.KV()); err != nil {
		t.Fatal(err)
	}
	if got := minedKeys(t, st, faucet, 0); len(got) != 0 {
		t.Errorf("faucet's mined after compacting and reopening: %v", got)
	}
	if got := minedKeys(t, st, operator, 0); len(got) != 8 {
		t.Errorf("operator's mined after compacting and reopening: %v", got)
	}
}

// TestMinedIndexBuiltForOldStores: a store from before the mined index (the space empty, final
// intents with receipts) gets it built when opened, without its compacted intents.
func TestMinedIndexBuiltForOldStores(t *testing.T) {
	ctx := context.Background()
	db := fixture(t)
	st, err := txstore.New(ctx, db.KV())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := st.Compact(ctx, 4, 100); err != nil || n != 1 { // faucet/eth, block 3
		t.Fatalf("compacted %d, %v", n, err)
	}
	err = db.KV().Update(ctx, func(tx kv.Tx) error {
		var ks [][]byte
		if err := tx.Ascend("chain.mined", nil, func(k, _ []byte) error { ks = append(ks, bytes.Clone(k)); return nil }); err != nil {
			return err
		}
		for _, k := range ks {
			if err := tx.Delete("chain.mined", k); err != nil {
				return err
			}
		}
		return tx.Delete("chain.meta", []byte("mined-index")) // as before the index was built
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := minedKeys(t, st, operator, 0); len(got) != 0 {
		t.Fatalf("index not emptied: %v", got)
	}
	if _, err := txstore.New(ctx, db.KV()); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(minedKeys(t, st, faucet, 0)); got != "[faucet/token/0x4344501e3D0f9CF6a5eFbD6363685a1d9ae7B1cF@4]" {
		t.Errorf("faucet's mined rebuilt: %s", got)
	}
	if got := minedKeys(t, st, operator, 0); len(got) != 11 {
		t.Errorf("operator's mined rebuilt: %v", got)
	}
}
