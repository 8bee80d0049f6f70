package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/store"
)

const (
	e2eMerchant = "5511988887777"
	e2eCustomer = "16505551234"
	e2eCourier  = "393331234567"
)

// e2e is the whole embedded default (dev chain, Stellar sandbox, WhatsApp simulator, bot, service)
// driven the way a person drives it: through the simulator, which signs real webhooks.
type e2e struct {
	t   *testing.T
	app *App
	ctx context.Context
	d   *driver
}

// testConfig is the embedded default on free ports in dir, quiet.
func testConfig(dir string) (*Config, *logrus.Logger) {
	cfg := &Config{DataDir: dir, HTTPAddr: "127.0.0.1:0", EthRPCAddr: "127.0.0.1:0", LogFormat: "text",
		TokenSymbol: "USDC", TokenDecimals: 6, PassphraseEnv: "SOUQ_TEST_NO_PASSPHRASE", GraphVersion: "v24.0"}
	log := logrus.New()
	log.SetOutput(io.Discard)
	return cfg, log
}

func startE2E(t *testing.T, dir string) *e2e {
	t.Helper()
	cfg, log := testConfig(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	app, err := Start(ctx, cfg, log)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() { app.Close() }) // Close is idempotent: tests may close earlier to restart
	return &e2e{t: t, app: app, ctx: ctx, d: &driver{app: app, timeout: 60 * time.Second}}
}

func (e *e2e) must(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *e2e) send(from, text string) { e.t.Helper(); e.must(e.d.send(from, text)) }

func (e *e2e) photo(from, caption string) {
	e.t.Helper()
	e.must(e.d.photo(from, caption, []byte("\xff\xd8\xff\xe0 delivery photo at the door "+time.Now().String())))
}

func (e *e2e) waitReply(chat, want string) {
	e.t.Helper()
	_, err := e.d.waitReply(chat, want)
	e.must(err)
}

func (e *e2e) eventually(what string, ok func() bool) { e.t.Helper(); e.must(e.d.eventually(what, ok)) }

func (e *e2e) latestOrder(user string) souq.OrderView {
	e.t.Helper()
	v, err := e.d.latestOrder(e.ctx, user, souq.OrderID{})
	e.must(err)
	return v
}

func (e *e2e) waitStatus(id souq.OrderID, st souq.OrderStatus) {
	e.t.Helper()
	e.must(e.d.waitStatus(e.ctx, e2eCustomer, id, st))
}

func (e *e2e) chainStatus(id souq.OrderID) escrow.Status {
	e.t.Helper()
	o, err := e.app.Escrow.Order(e.ctx, id)
	e.must(err)
	return o.Status
}

// A whole ERC-20 sale in chat: register, opt in, offer, pay in one tap, ship, courier photo, confirm
// receipt; money moves on the dev chain, points land on the Stellar sandbox, and the journal's
// events are anchored and verify against the chain alone. Then a restart keeps everything.
func TestEmbeddedDefaultWholeSale(t *testing.T) {
	dir := t.TempDir()
	e := startE2E(t, dir)

	e.send(e2eMerchant, "register 0x1111111111111111111111111111111111111111")
	e.waitReply(e2eMerchant, "0x1111111111111111111111111111111111111111")
	e.send(e2eMerchant, "loyalty 1 per 10 USDC")
	e.send(e2eMerchant, "courier add +"+e2eCourier)
	e.waitReply(e2eMerchant, "+"+e2eCourier)
	e.send(e2eCustomer, "yes")
	e.waitReply(e2eCustomer, "")
	e.send(e2eMerchant, "sell 2 coffee 30.50 USDC to +1 650 555 1234")
	v := e.latestOrder(e2eCustomer)
	if v.Total.String() != "30.50 USDC" || v.Status != souq.StatusOffered {
		t.Fatalf("offer = %+v", v)
	}
	e.waitReply(e2eCustomer, v.ID.Short())

	e.send(e2eCustomer, "pay "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusPaid)
	if st := e.chainStatus(v.ID); st != escrow.StatusFunded {
		t.Fatalf("on-chain status after payment = %s", st)
	}

	e.send(e2eMerchant, "shipped "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusShipped)
	e.photo(e2eCourier, v.ID.Short())
	e.waitStatus(v.ID, souq.StatusDelivered)
	if st := e.chainStatus(v.ID); st != escrow.StatusDelivered {
		t.Fatalf("on-chain status after the courier's photo = %s", st)
	}

	e.send(e2eCustomer, "received "+v.ID.Short())
	e.waitStatus(v.ID, souq.StatusReleased)
	e.waitReply(e2eMerchant, "30,195 USDC") // 30.50 minus the embedded default's 1% fee, told in Portuguese
	// …paid by the escrow straight to the registered payout address (the seller wallet, which the
	// dev faucet gives no ETH, never sends anything).
	payoutAddr := common.HexToAddress("0x1111111111111111111111111111111111111111")
	e.eventually("the payout to reach 0x1111…", func() bool {
		tok := testtoken.NewTestToken()
		b, err := bind.Call(tok.Instance(e.app.Client, e.app.Network.Contracts.TestToken), &bind.CallOpts{Context: e.ctx},
			tok.PackBalanceOf(payoutAddr), tok.UnpackBalanceOf)
		return err == nil && b.Cmp(big.NewInt(30_195_000)) == 0
	})
	if st := e.chainStatus(v.ID); st != escrow.StatusReleased {
		t.Fatalf("on-chain status after confirmation = %s", st)
	}
	e.eventually("3 loyalty points on Stellar", func() bool {
		p, err := e.app.Service.Points(e.ctx, souq.Actor{User: e2eCustomer})
		return err == nil && p.Points == 3
	})

	// Metrics: webhooks counted, outbox drained, probes timed.
	e.app.sampleMetrics(e.ctx)
	mresp, err := http.Get(e.app.URL + "/metrics")
	e.must(err)
	metrics, _ := io.ReadAll(mresp.Body)
	mresp.Body.Close()
	for _, want := range []string{`souq_webhook_messages_total{result="accepted"}`, "souq_outbox_depth ", "souq_inbox_pending ", "souq_anchoring_lag_seconds ",
		`souq_chain_rpc_seconds_count{method="eth_blockNumber"}`, `souq_horizon_seconds_count{endpoint="root"}`} {
		if !strings.Contains(string(metrics), want) {
			t.Fatalf("/metrics lacks %s", want)
		}
	}

	// The first journal event is anchored and verifies against the chain and the trust root alone.
	e.eventually("an anchored checkpoint", func() bool {
		_, err := e.app.Anchor.Bundle(e.ctx, 0)
		return err == nil
	})
	b, err := e.app.Anchor.Bundle(e.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := audit.Verify(e.ctx, b, e.app.TrustRoot(), e.app.Client, audit.Options{Confirmations: 1}); err != nil {
		t.Fatalf("audit of event 0: %v", err)
	}
	// The trust root is published at a well-known URL; auditors pin it.
	resp, err := http.Get(e.app.URL + "/.well-known/souq-trust.json")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("trust root over HTTP: %v %v", resp, err)
	}
	trustRaw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	trustPath := filepath.Join(t.TempDir(), "trust.json")
	e.must(os.WriteFile(trustPath, trustRaw, 0o600))
	// The log follows C2SP tlog-tiles: its checkpoint is a note signed by the trust root's key.
	resp, err = http.Get(e.app.URL + "/log/checkpoint")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("checkpoint over HTTP: %v %v", resp, err)
	}
	note, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if _, err := journal.OpenCheckpoint(note, e.app.TrustRoot().Key); err != nil {
		t.Fatalf("checkpoint: %v\n%s", err, note)
	}
	for path, want := range map[string]int{"/api/v1/audit/events/100000/bundle": 404, "/api/v1/audit/consistency?from=1&to=99999": 404, "/log/tile/0/x001/000": 404} {
		if resp, err := http.Get(e.app.URL + path); err != nil || resp.StatusCode != want {
			t.Fatalf("%s: %v %v, want %d", path, resp, err, want)
		}
	}
	resp, err = http.Get(e.app.URL + "/api/v1/audit/events/0/bundle")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("bundle over HTTP: %v %v", resp, err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()

	// `souq audit verify` with the bundle, the RPC URL and the pinned trust root alone; a changed
	// field fails with exit 1; without a pinned trust root it does not run.
	bundlePath := filepath.Join(t.TempDir(), "bundle.json")
	e.must(os.WriteFile(bundlePath, raw, 0o600))
	if out, err := run(t, nil, "audit", "verify", bundlePath, "--rpc", e.app.RPCURL, "--trust", trustPath); err != nil || !strings.Contains(out, "OK") {
		t.Fatalf("audit verify: %v\n%s", err, out)
	}
	tampered := strings.Replace(string(raw), `"at":"`, `"at":"1`, 1)
	e.must(os.WriteFile(bundlePath, []byte(tampered), 0o600))
	out, err := run(t, nil, "audit", "verify", bundlePath, "--rpc", e.app.RPCURL, "--trust", trustPath)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 1 {
		t.Fatalf("tampered bundle: err %v, out %s; want exit 1", err, out)
	}
	e.must(os.WriteFile(bundlePath, raw, 0o600))
	if _, err := run(t, nil, "audit", "verify", bundlePath, "--rpc", e.app.RPCURL); !errors.As(err, &ex) || ex.code != 2 {
		t.Fatalf("verify without a trust root: %v, want exit 2", err)
	}

	// `souq audit order`: every event of the sale proved, and its money matched with the escrow's
	// own events (funded 30.50, released 30.195 to the seller).
	e.eventually("the whole order anchored", func() bool {
		if _, err := e.app.Service.PumpJournal(e.ctx); err != nil {
			return false
		}
		resp, err := http.Get(e.app.URL + "/api/v1/audit/orders/" + v.ID.String() + "/bundles")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	out, err = run(t, nil, "audit", "order", v.ID.Short(), "--server", e.app.URL, "--trust", trustPath, "--rpc", e.app.RPCURL)
	if err != nil || !strings.Contains(out, "escrow released 30195000 to the seller") || !strings.Contains(out, "moved exactly the amounts") {
		t.Fatalf("audit order: %v\n%s", err, out)
	}
	// --reveal: the arbiter's opening of this order names its customer and merchant, and each
	// commitment of the order's events opens to them. The opening is the arbiter's alone.
	out, err = run(t, nil, "audit", "order", v.ID.Short(), "--reveal", "--data", dir, "--server", e.app.URL, "--trust", trustPath, "--rpc", e.app.RPCURL)
	if err != nil || !strings.Contains(out, "customer is "+e2eCustomer) || !strings.Contains(out, "merchant is "+e2eMerchant) || !strings.Contains(out, "open to the people revealed") {
		t.Fatalf("audit order --reveal: %v\n%s", err, out)
	}
	if resp, err := http.Get(e.app.URL + "/api/v1/audit/orders/" + v.ID.String() + "/opening"); err != nil || resp.StatusCode != 401 {
		t.Fatalf("opening without the arbiter key: %v %v, want 401", resp, err)
	}
	ak, err := os.ReadFile(filepath.Join(dir, "arbiter-key"))
	e.must(err)
	req, _ := http.NewRequest(http.MethodGet, e.app.URL+"/api/v1/audit/orders/0x"+strings.Repeat("ab", 32)+"/opening", nil)
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(ak)))
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 404 {
		t.Fatalf("opening of an order that does not exist: %v %v, want 404", resp, err)
	}
	// `souq audit log`: the whole anchored history only grew.
	out, err = run(t, nil, "audit", "log", "--server", e.app.URL, "--trust", trustPath, "--rpc", e.app.RPCURL)
	if err != nil || !strings.Contains(out, "only ever appended to") {
		t.Fatalf("audit log: %v\n%s", err, out)
	}
	if resp, err := http.Get(e.app.URL + "/api/v1/audit/orders/" + strings.Repeat("ab", 32) + "/bundles"); err != nil || resp.StatusCode != 404 {
		t.Fatalf("bundles of an order that does not exist: %v %v", resp, err)
	}

	// The real log's documents, through the wiring, are what the OpenAPI description promises.
	cps, err := e.app.Anchor.Checkpoints(e.ctx)
	e.must(err)
	assertConformsToOpenAPI(t, e.app.URL, strings.TrimSpace(string(ak)), "/.well-known/souq-trust.json", "/log/checkpoint",
		"/api/v1/audit/contracts", "/api/v1/audit/head", "/api/v1/audit/checkpoints", "/api/v1/audit/events/0/bundle",
		fmt.Sprintf("/api/v1/audit/consistency?from=%d&to=%d", cps[0].Size, cps[0].Size),
		"/api/v1/audit/orders/"+v.ID.String()+"/bundles", "/api/v1/audit/orders/"+v.ID.String()+"/opening", "/api/v1/admin/status")

	// `souq backup` while souq runs goes through the server (the store file is locked).
	backup := filepath.Join(t.TempDir(), "running.db")
	if out, err := run(t, nil, "backup", backup, "--data", dir, "--server", e.app.URL); err != nil {
		t.Fatalf("backup while running: %v\n%s", err, out)
	}
	assertStoreCopy(t, backup, v.ID)
	// `souq status` likewise, through the arbiter-authenticated admin endpoint.
	if out, err := run(t, nil, "status", "--data", dir, "--server", e.app.URL, "--json"); err != nil || !strings.Contains(out, `"open"`) {
		t.Fatalf("status while running: %v\n%s", err, out)
	}

	// Restart on the same data: the order, its chain state and the points are all still there.
	if err := e.app.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	offline := filepath.Join(t.TempDir(), "stopped.db")
	if out, err := run(t, nil, "backup", offline, "--data", dir); err != nil {
		t.Fatalf("backup while stopped: %v\n%s", err, out)
	}
	assertStoreCopy(t, offline, v.ID)
	e2 := startE2E(t, dir)
	got, err := e2.app.Service.Status(e2.ctx, souq.Actor{User: e2eCustomer}, v.ID.Ref())
	if err != nil || got.Status != souq.StatusReleased {
		t.Fatalf("after restart: %+v, %v", got, err)
	}
	if st := e2.chainStatus(v.ID); st != escrow.StatusReleased {
		t.Fatalf("on-chain after restart = %s", st)
	}
	p, err := e2.app.Service.Points(e2.ctx, souq.Actor{User: e2eCustomer})
	if err != nil || p.Points != 3 {
		t.Fatalf("points after restart = %+v, %v", p, err)
	}
}

// The scripted demo is itself an end-to-end test of the paths the whole sale takes besides the happy
// one: redeem applied to the next order, a late-delivery refund after the deadline, a dispute with a
// partial refund by the arbiter through the API, and every journal event verified against the chain.
func TestDemo(t *testing.T) {
	var out strings.Builder
	cfg, log := testConfig(t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	if err := runDemo(ctx, &out, cfg, log); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	for _, want := range []string{"discount 2.00 USDC", "refunded  tx 0x", "resolved  tx 0x", "all verified", "demo complete"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("demo output lacks %q:\n%s", want, out.String())
		}
	}
}

// assertStoreCopy opens a backup as souq's store and finds the order in it.
func assertStoreCopy(t *testing.T, path string, id souq.OrderID) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatalf("backup %s does not open: %v", path, err)
	}
	defer db.Close()
	err = db.Sales().View(context.Background(), func(tx souq.Tx) error {
		_, err := tx.Order(id)
		return err
	})
	if err != nil {
		t.Fatalf("backup %s lacks order %s: %v", path, id.Short(), err)
	}
}

// ETH orders: a declined offer, a payment whose webhook arrives three times at once (money moves
// once), a merchant refund from chat, and a payment interrupted by a restart that completes after it.
func TestEmbeddedDefaultETHDeclineRefundDuplicatesRestart(t *testing.T) {
	dir := t.TempDir()
	e := startE2E(t, dir)
	escrowETH := func(a *App) *big.Int {
		b, err := a.Client.BalanceAt(e.ctx, a.Network.Contracts.Escrow, nil)
		e.must(err)
		return b
	}
	ether := func(s string) *big.Int { v, err := souq.ParseAmount(s, 18); e.must(err); return v }

	e.send(e2eMerchant, "register 0x1111111111111111111111111111111111111111")
	e.waitReply(e2eMerchant, "0x1111111111111111111111111111111111111111")
	e.send(e2eCustomer, "yes")

	e.send(e2eMerchant, "sell 1 tea 0.01 ETH to +1 650 555 1234")
	a, err := e.d.latestOrder(e.ctx, e2eCustomer, souq.OrderID{})
	e.must(err)
	e.send(e2eCustomer, "decline "+a.ID.Short())
	e.waitStatus(a.ID, souq.StatusDeclined)

	e.send(e2eMerchant, "sell 1 pot 0.02 ETH to +1 650 555 1234")
	b, err := e.d.latestOrder(e.ctx, e2eCustomer, a.ID)
	e.must(err)
	// Meta retries: three copies of the same message id, at once.
	msg := map[string]any{"from": e2eCustomer, "id": "wamid.DUPLICATE-PAY", "timestamp": fmt.Sprint(time.Now().Unix()),
		"type": "text", "text": map[string]string{"body": "pay " + b.ID.Short()}}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = e.app.Sim.Post(e.ctx, map[string]any{"contacts": []any{map[string]any{"wa_id": e2eCustomer}}, "messages": []any{msg}})
		}()
	}
	wg.Wait()
	e.waitStatus(b.ID, souq.StatusPaid)
	if got := escrowETH(e.app); got.Cmp(ether("0.02")) != 0 {
		t.Fatalf("escrow holds %s wei after a triplicated payment, want exactly 0.02 ETH", got)
	}
	e.send(e2eMerchant, "refund "+b.ID.Short())
	e.waitStatus(b.ID, souq.StatusRefunded)
	if st := e.chainStatus(b.ID); st != escrow.StatusRefunded {
		t.Fatalf("on-chain status after the merchant's refund = %s", st)
	}
	if got := escrowETH(e.app); got.Sign() != 0 {
		t.Fatalf("escrow holds %s wei after the refund, want 0", got)
	}

	// Pay, and stop souq at once: the payment intent is on disk; the restarted souq completes it.
	e.send(e2eMerchant, "sell 1 kettle 0.03 ETH to +1 650 555 1234")
	c, err := e.d.latestOrder(e.ctx, e2eCustomer, b.ID)
	e.must(err)
	e.send(e2eCustomer, "pay "+c.ID.Short())
	e.eventually("the payment to be recorded", func() bool {
		v, err := e.app.Service.Status(e.ctx, souq.Actor{User: e2eCustomer}, c.ID.Ref())
		return err == nil && (v.Status == souq.StatusPaying || v.Status == souq.StatusPaid)
	})
	e.must(e.app.Close())
	e2 := startE2E(t, dir)
	e2.waitStatus(c.ID, souq.StatusPaid)
	e2.send(e2eCustomer, "received "+c.ID.Short())
	e2.waitStatus(c.ID, souq.StatusReleased)
	fee := new(big.Int).Div(ether("0.03"), big.NewInt(100)) // the embedded default's 1% fee
	if got := escrowETH(e2.app); got.Cmp(fee) != 0 {
		t.Fatalf("escrow holds %s wei after release, want only the fee %s", got, fee)
	}
}
