package stellar

import (
	"context"
	"crypto/sha256"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/souqchain/souq/chain/stellar/sandbox"
	"github.com/souqchain/souq/store"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
)

// env is a loyalty service talking HTTP to a sandbox ledger on 127.0.0.1 through the real
// horizonclient.
type env struct {
	t     testing.TB
	sb    *sandbox.Sandbox
	srv   *httptest.Server
	store *store.DB
	svc   *Service
	cfg   Config
	hc    *horizonclient.Client
}

type envOpts struct {
	channels int
	interval time.Duration
	noSync   bool
	friend   int64
}

func newEnv(t testing.TB, o envOpts) *env {
	t.Helper()
	if o.interval == 0 {
		o.interval = 10 * time.Millisecond
	}
	dir := t.TempDir()
	sb, err := sandbox.New(sandbox.Config{DBPath: filepath.Join(dir, "ledger.db"), LedgerInterval: o.interval, NoSync: o.noSync, FriendbotAmount: o.friend})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(sb)
	var opts []store.Option
	if o.noSync {
		opts = append(opts, store.WithNoSync())
	}
	db, err := store.Open(filepath.Join(dir, "souq.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, sb: sb, srv: srv, store: db, hc: &horizonclient.Client{HorizonURL: srv.URL + "/", HTTP: srv.Client()}}
	e.cfg = Config{HorizonURL: srv.URL, NetworkPassphrase: sandbox.NetworkPassphrase, KeySeed: []byte("test seed, 32 bytes of secret!!!"),
		Friendbot: true, Channels: max(o.channels, 2), PollInterval: 20 * time.Millisecond, HTTP: srv.Client()}
	e.start()
	t.Cleanup(func() {
		_ = e.svc.Close()
		srv.Close()
		_ = sb.Close()
		_ = db.Close()
	})
	return e
}

// start (re)creates the service on the same store, as after a process restart.
func (e *env) start() {
	e.t.Helper()
	svc, err := New(e.cfg, e.store.KV())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := svc.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.svc = svc
}

func (e *env) restart(h hooks) {
	e.t.Helper()
	_ = e.svc.Close()
	svc, err := New(e.cfg, e.store.KV())
	if err != nil {
		e.t.Fatal(err)
	}
	svc.hooks = h
	if err := svc.Start(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	e.svc = svc
}

func perAmount(merchant string) ProgramConfig {
	return ProgramConfig{MerchantID: merchant, AssetCode: "PTS", Name: "Souq points", HomeDomain: "shop.example",
		Rule: Rule{Kind: PerAmount, PointsPerUnit: 1, UnitAmount: big.NewInt(1000)}, PointValue: big.NewInt(10), Currency: "USDC"}
}

func (e *env) setup(pc ProgramConfig) Program {
	e.t.Helper()
	p, err := e.svc.Setup(ctxT(e.t), pc)
	if err != nil {
		e.t.Fatalf("setup: %v", err)
	}
	return p
}

func (e *env) earn(merchant, customer, order string, amount int64) Receipt {
	e.t.Helper()
	r, err := e.svc.Earn(ctxT(e.t), EarnRequest{MerchantID: merchant, CustomerID: customer, OrderID: order,
		EventHash: sha256.Sum256([]byte("event/" + order)), Amount: big.NewInt(amount)})
	if err != nil {
		e.t.Fatalf("earn %s: %v", order, err)
	}
	return r
}

func (e *env) balance(merchant, customer string) Balance {
	e.t.Helper()
	b, err := e.svc.Balance(ctxT(e.t), merchant, customer)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func horizonclientReq(addr string) horizonclient.AccountRequest {
	return horizonclient.AccountRequest{AccountID: addr}
}

// openStore opens a souq store in a temporary directory, closed with the test.
func openStore(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}
