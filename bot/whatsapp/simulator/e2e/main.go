// Command e2e serves the WhatsApp simulator wired to the real webhook, inbox, runner, bot and
// sender, with the in-memory sale service, on 127.0.0.1 — the stack the browser test drives.
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
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/salesfake"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/bot/whatsapp/simulator"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/store"
)

// arbiterSale is the in-memory sale service as the arbiter API needs it: tickets are handed back
// by the fake; disputes are not resolved here (no chain).
type arbiterSale struct{ *salesfake.Fake }

func (arbiterSale) Resolve(context.Context, souq.OrderID, souq.Money, string) (souq.OrderView, error) {
	return souq.OrderView{}, fmt.Errorf("no escrow in the in-memory stack: %w", souq.ErrUnavailable)
}

// Stack is the running system.
type Stack struct {
	URL string
	// ArbiterKey opens the arbiter API (the support agent's pane).
	ArbiterKey string
	Sim        *simulator.Sim
	Sales      *salesfake.Fake
	DB         *store.DB
	srv        *http.Server
	stop       context.CancelFunc
	done       chan struct{}
}

var assets = souq.Assets{"USDC": {Symbol: "USDC", Decimals: 6, Token: "0x0000000000000000000000000000000000000001"}, "ETH": {Symbol: "ETH", Decimals: 18}}

// Start builds and serves the stack on addr; dir holds the database.
func Start(addr, dir string, log logrus.FieldLogger) (*Stack, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	base := "http://" + ln.Addr().String()
	db, err := store.Open(filepath.Join(dir, "souq.db"))
	if err != nil {
		ln.Close()
		return nil, err
	}
	const secret, verify, token = "simulator-app-secret", "simulator-verify-token", "simulator-token"
	sim := simulator.New(simulator.Config{WebhookURL: base + "/webhooks/whatsapp", AppSecret: secret, Token: token,
		StatusDelay: 200 * time.Millisecond}, log)
	cfg := sim.GraphConfig(base)
	cfg.VerifyToken = verify
	cfg.FallbackTemplate = &whatsapp.Template{Name: "souq_update", Language: "en_US"}
	client, err := whatsapp.NewClient(cfg, whatsapp.WithSentLog(db), whatsapp.WithLogger(log))
	if err != nil {
		return nil, err
	}
	sales := salesfake.New(nil)
	sales.PointValue = souq.Money{Asset: assets["USDC"], Amount: big.NewInt(10_000)}
	b := bot.New(sales, client, db, bot.Options{Assets: assets, Log: log})
	sales.SetNotifier(b)
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
	(&server.API{Sale: arbiterSale{sales}, Auth: server.StaticAuth{ArbiterSHA: sha256.Sum256([]byte(key))}, Assets: assets, Desk: b, Keys: server.StoreKeys{Store: db.Sales()}}).Register(api)
	mux := http.NewServeMux()
	mux.Handle("/webhooks/whatsapp", wh)
	mux.Handle("/api/", api)
	mux.Handle("/", sim.Handler())
	ctx, cancel := context.WithCancel(context.Background())
	s := &Stack{URL: base, ArbiterKey: key, Sim: sim, Sales: sales, DB: db, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, stop: cancel, done: make(chan struct{})}
	go func() { _ = runner.Run(ctx); close(s.done) }()
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
