package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

// The dev faucet records a wallet's top-ups once; asking for the wallet again (every offer asks for
// the buyer's and the seller's) writes nothing to the shared store.
func TestFaucetWalletsFundOnceWithoutRewriting(t *testing.T) {
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "souq.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	seed := filepath.Join(dir, "seed")
	if err := keys.CreateSeed(seed, "pw", keys.LightScryptN, keys.LightScryptP); err != nil {
		t.Fatal(err)
	}
	w, err := keys.OpenWallets(seed, "pw")
	if err != nil {
		t.Fatal(err)
	}
	book, err := keys.NewBook(db.KV(), w)
	if err != nil {
		t.Fatal(err)
	}
	ts, err := txstore.New(context.Background(), db.KV())
	if err != nil {
		t.Fatal(err)
	}
	acc, ok := devnode.DevAccount("faucet")
	if !ok {
		t.Fatal("no faucet dev account")
	}
	// The sender is never run: Submit only records the intent, which is what is counted here.
	f := &faucetWallets{Book: book, faucet: sender.New(nil, ts, keys.NewKey(acc.Key), sender.Config{}),
		token: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), wait: time.Millisecond}
	ctx := context.Background()
	addr, err := f.CustodialAddress(ctx, "customer-1")
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"eth", "token"} {
		if _, err := ts.Get(ctx, "faucet/"+kind+"/"+addr); err != nil {
			t.Fatalf("no %s top-up recorded for %s: %v", kind, addr, err)
		}
	}
	pageWrites := db.PagesWritten
	before := pageWrites()
	for range 3 {
		if again, err := f.CustodialAddress(ctx, "customer-1"); err != nil || again != addr {
			t.Fatalf("again = %s, %v; want %s", again, err, addr)
		}
	}
	if n := pageWrites() - before; n != 0 {
		t.Fatalf("asking for a funded wallet again wrote %d pages", n)
	}
}
