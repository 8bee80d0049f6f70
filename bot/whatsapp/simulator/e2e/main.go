// Command e2e serves the WhatsApp simulator wired to the real webhook, inbox, runner, bot and
// sender, and the real sale service on its store, with only the chain, the loyalty ledger and the
// wallets played by souqtest's fakes (a block every 200 ms), on 127.0.0.1 — the stack the browser
// test drives.
// It prints one JSON line {"url": "...", "arbiter_key": "..."} when ready and runs until killed or
// stdin closes. The arbiter API (/api/v1/arbiter: support tickets) is served with that key.
//
//	go run ./bot/whatsapp/simulator/e2e [-addr 127.0.0.1:0]
package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/bot/whatsapp/simulator"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// Stack is the running system.
type Stack struct {
	URL string
	// ArbiterKey opens the arbiter API (the support agent's pane).
	ArbiterKey string
	Sim        *simulator.Sim
	Sale       *souqtest.Sale
	DB         *store.DB
	srv        *http.Server
	stop       context.CancelFunc
	done       chan struct{}
}

var assets = souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x0000000000000000000000000000000000000001"}, "ETH": {Symbol: "ETH", Decimals: 18}}

// blockTime is how often the fake chain executes what the escrow accepted.
const blockTime = 200 * time.Millisecond

// Start builds and serves the stack on addr; dir holds the database.
func Start(addr, dir string, log logrus.FieldLogger) (*Stack, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	base := "http://" + ln.Addr().String()
	const secret, verify, token = "simulator-app-secret", "simulator-verify-token", "simulator-token"
	sim := simulator.New(simulator.Config{WebhookURL: base + "/webhooks/whatsapp", AppSecret: secret, Token: token,
		StatusDelay: 200 * time.Millisecond}, log)
	cfg := sim.GraphConfig(base)
	cfg.VerifyToken = verify
	cfg.FallbackTemplate = &whatsapp.Template{Name: "souq_update", Language: "en_US"}
	var client *whatsapp.Client
	var clientErr error
	opts := bot.Options{Assets: assets, Log: log}
	// Built in order: the store, the WhatsApp client on it, the bot's notices (the service's
	// notifier), the service, then the conversation that calls the service.
	sale, err := souqtest.Open(souqtest.Options{Path: filepath.Join(dir, "souq.db"), Notifier: func(db *store.DB) souq.Notifier {
		client, clientErr = whatsapp.NewClient(cfg, whatsapp.WithSentLog(db), whatsapp.WithLogger(log))
		return bot.NewNotices(client, db, opts)
	}})
	if err == nil && clientErr != nil {
		_ = sale.Close()
		err = clientErr
	}
	if err != nil {
		ln.Close()
		return nil, err
	}
	db := sale.DB
	b := bot.New(sale.Service, client, db, opts)
	runner := bot.NewRunner(db, b.Handle, log, 8)
	wh, err := whatsapp.NewWebhook(cfg, db, whatsapp.WithNotify(runner.Wake), whatsapp.WithWebhookLogger(log))
	if err != nil {
		return nil, err
	}
	var kb [16]byte
	_, _ = rand.Read(kb[:])
	key := "ak_" + hex.EncodeToString(kb[:])
	gin.SetMode(gin.ReleaseMode)
	api := gin.New()
	(&server.API{Sale: sale.Service, Auth: server.StaticAuth{ArbiterSHA: sha256.Sum256([]byte(key))}, Assets: assets, Desk: b, Keys: server.StoreKeys{Store: db.Sales()}}).Register(api)
	mux := http.NewServeMux()
	mux.Handle("/webhooks/whatsapp", wh)
	mux.Handle("/api/", api)
	mux.Handle("/", sim.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	s := &Stack{URL: base, ArbiterKey: key, Sim: sim, Sale: sale, DB: db, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, stop: cancel, done: make(chan struct{})}
	var workers sync.WaitGroup
	workers.Go(func() { _ = runner.Run(ctx) })
	workers.Go(func() {
		_ = sale.Run(ctx, blockTime, func(err error) { log.WithError(err).Warn("e2e: sale service step failed; will retry") })
	})
	go func() { workers.Wait(); close(s.done) }()
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// Close stops everything.
func (s *Stack) Close() error {
	s.stop()
	<-s.done
	_ = s.srv.Close()
	return s.DB.Close()
}

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address (loopback)")
	flag.Parse()
	dir, err := os.MkdirTemp("", "souq-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	log := logrus.New()
	log.SetOutput(os.Stderr)
	log.SetLevel(logrus.WarnLevel)
	s, err := Start(*addr, dir, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	_ = json.NewEncoder(os.Stdout).Encode(map[string]string{"url": s.URL, "page": s.URL + "/sim/", "arbiter_key": s.ArbiterKey})
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	eof := make(chan struct{})
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); close(eof) }()
	select {
	case <-sig:
	case <-eof:
	}
	_ = s.Close()
}
