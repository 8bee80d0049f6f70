package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/txstore"
)

// TestServeOnDevChainProcess runs `souq devchain` and points souq at it with --dev-chain, as the
// embedded default but with the chain in its own process: souq's roles are the dev keys, the dev
// faucet funds the customer's custodial wallet, and the customer's payment is funded on the chain.
func TestServeOnDevChainProcess(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	chainDir := t.TempDir()
	pr, pw := io.Pipe()
	root := newRoot()
	root.SetOut(pw)
	root.SetErr(pw)
	root.SetArgs([]string{"devchain", "--data-dir", chainDir, "--rpc-addr", "127.0.0.1:0"})
	chainCtx, stopChain := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(chainCtx); pw.Close() }()
	defer func() {
		stopChain()
		if err := <-done; err != nil {
			t.Errorf("devchain: %v", err)
		}
	}()
	var serve []string
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "souq serve "); ok {
			serve = strings.Fields(rest)
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	if len(serve) == 0 {
		t.Fatalf("devchain printed no serve command: %v", <-done)
	}
	cfg, log := testConfig(t.TempDir())
	for i := 0; i < len(serve); i++ {
		switch serve[i] {
		case "--eth-rpc":
			i++
			cfg.EthRPC = serve[i]
		case "--dev-chain":
			cfg.DevChain = true
		case "--escrow":
			i++
			cfg.EscrowAddr = serve[i]
		case "--anchor":
			i++
			cfg.AnchorAddr = serve[i]
		case "--token":
			i++
			cfg.TokenAddr = serve[i]
		default:
			t.Fatalf("unexpected serve flag %q", serve[i])
		}
	}
	if err := cfg.validate(); err != nil {
		t.Fatal(err)
	}
	app, err := Start(ctx, cfg, log)
	if err != nil {
		t.Fatalf("serve --dev-chain: %v", err)
	}
	defer app.Close()
	if app.Node != nil || app.Network.ChainID != 1337 || app.Network.Confirmations != 1 {
		t.Fatalf("not on the external dev chain: node %v, network %+v", app.Node, app.Network)
	}
	e := &e2e{t: t, app: app, ctx: ctx, d: &driver{app: app, timeout: 60 * time.Second}}
	e.send(e2eMerchant, "register 0x1111111111111111111111111111111111111111")
	e.waitReply(e2eMerchant, "0x1111111111111111111111111111111111111111")
	e.send(e2eCustomer, "yes")
	e.send(e2eMerchant, "sell 1 tea 0.01 ETH to +1 650 555 1234")
	v := e.latestOrder(e2eCustomer)
	e.send(e2eCustomer, "pay "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusPaid)
	if st := e.chainStatus(v.ID); st != escrow.StatusFunded {
		t.Fatalf("on-chain status after payment = %s", st)
	}
	want, _ := souq.ParseAmount("0.01", 18)
	if got, err := app.Client.BalanceAt(ctx, app.Network.Contracts.Escrow, nil); err != nil || got.Cmp(want) != 0 {
		t.Fatalf("escrow holds %v (%v), want 0.01 ETH", got, err)
	}
}

// TestRefusesChainBehindStore restores the embedded chain from an older copy under a store that has
// seen later blocks: souq must refuse to start, saying what happened (the old code started and
// reported money that was not on the chain).
func TestRefusesChainBehindStore(t *testing.T) {
	dir := t.TempDir()
	cfg, log := testConfig(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cursor := func(app *App) uint64 {
		ts, err := txstore.New(ctx, app.DB.KV())
		if err != nil {
			t.Fatal(err)
		}
		next, _, err := ts.LoadCursor(ctx, "escrow")
		if err != nil {
			t.Fatal(err)
		}
		return next
	}
	app, err := Start(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	oldHead, err := app.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "evm")
	if err := os.CopyFS(old, os.DirFS(filepath.Join(dir, "evm"))); err != nil {
		t.Fatal(err)
	}

	app, err = Start(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if err := app.Node.AdjustTime(time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	d := &driver{app: app, timeout: 30 * time.Second}
	if err := d.eventually("the watcher to scan the new blocks", func() bool { return cursor(app) > oldHead+2 }); err != nil {
		t.Fatal(err)
	}
	if err := app.Close(); err != nil {
		t.Fatal(err)
	}

	if err := os.RemoveAll(filepath.Join(dir, "evm")); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "evm"), os.DirFS(old)); err != nil {
		t.Fatal(err)
	}
	app, err = Start(ctx, cfg, log)
	if err == nil {
		// Not closed: on a chain behind its store a worker may never stop.
		t.Fatal("souq started on a chain behind its store")
	}
	if !errors.Is(err, ErrChainBehind) || !strings.Contains(err.Error(), fmt.Sprintf("is at block %d", oldHead)) {
		t.Fatalf("error %v, want ErrChainBehind naming block %d", err, oldHead)
	}
}
