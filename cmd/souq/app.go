package main

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/bot/whatsapp/simulator"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/stellar"
	"github.com/souqchain/souq/chain/stellar/sandbox"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/internal/backoff"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/store"
)

// devPassphrase encrypts the custodial seed of the EMBEDDED DEFAULT only, when $SOUQ_PASSPHRASE is
// unset: the dev chain's money is play money. Real networks refuse to start without a passphrase.
const devPassphrase = "souq-embedded-dev-only"

// App is souq assembled: store, chain, Stellar, WhatsApp, the sale service and the HTTP server.
type App struct {
	cfg *Config
	log *logrus.Logger

	URL        string // the HTTP server's base URL
	SimURL     string // the simulator's page ("" with real WhatsApp)
	RPCURL     string // EVM JSON-RPC
	HorizonURL string

	DB      *store.DB
	Service *souq.Service
	Node    *devnode.Node // embedded dev chain (nil on an external chain)
	// Roles are the addresses of the separate powers (owner, relayer, arbiter, attester).
	Roles   keys.RoleBook
	Sim     *simulator.Sim
	Client  *ethclient.Client
	Escrow  *escrow.Client
	Anchor  *journal.Anchorer
	Network chain.Network
	Assets  souq.Assets
	Stellar *stellar.Service
	Clock   *shiftClock

	srv      *server.Server
	stellarL net.Listener
	stellarS *http.Server
	sandbox  *sandbox.Sandbox
	// stellarPending: Horizon refused the Stellar setup at start; startStellarLater retries it.
	stellarPending bool
	cancel         context.CancelFunc
	wg             sync.WaitGroup
	closers        []func() error

	// anchoredOnChain is the log size EventAnchor had recorded at start (external chains).
	anchoredOnChain uint64
}

// lazyHandler lets a route be mounted before its handler (which needs the server's metrics) exists.
type lazyHandler struct{ h http.Handler }

func (l *lazyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) { l.h.ServeHTTP(w, r) }

// Start assembles and starts souq. With no network configuration it runs the embedded default.
func Start(ctx context.Context, cfg *Config, log *logrus.Logger) (_ *App, err error) {
	a := &App{cfg: cfg, log: log, Clock: &shiftClock{}}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel

	// Store.
	db, err := store.Open(filepath.Join(cfg.DataDir, "souq.db"))
	if err != nil {
		return nil, err
	}
	a.DB = db
	a.closers = append(a.closers, db.Close)
	secret, err := a.operatorSecret()
	if err != nil {
		return nil, err
	}

	// HTTP listener first: the simulator and payment links need the server's address.
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("http listen %s: %w", cfg.HTTPAddr, err)
	}
	defer func() {
		if err != nil {
			ln.Close() // Serve owns it once started; before that a failed start must free the port
		}
	}()
	a.URL = "http://" + ln.Addr().String()
	if cfg.PublicURL != "" {
		a.URL = strings.TrimRight(cfg.PublicURL, "/")
	}

	// EVM.
	if err := a.startEVM(ctx); err != nil {
		return nil, err
	}
	ts, err := txstore.New(ctx, db.KV())
	if err != nil {
		return nil, err
	}
	if err := checkChainNotBehind(ctx, a, ts); err != nil {
		return nil, err
	}
	chainID := new(big.Int).SetUint64(a.Network.ChainID)
	maxFee, maxTxFee, err := cfg.feeCaps()
	if err != nil {
		return nil, err
	}
	pool := sender.NewPool(a.Client, ts, sender.Config{ChainID: chainID, Confirmations: a.Network.Confirmations,
		MaxFeeCap: maxFee, MaxTxFee: maxTxFee, Decoders: escrow.Decoders(), Log: log.WithField("component", "sender")})
	roles, err := a.operatorKeys()
	if err != nil {
		return nil, err
	}
	for _, k := range roles {
		pool.Add(k)
	}
	if err := a.preflightChain(ctx, roles["operator"].Address()); err != nil {
		return nil, err
	}
	wallets, err := a.custodialWallets()
	if err != nil {
		return nil, err
	}
	book, err := keys.NewBook(db.KV(), wallets)
	if err != nil {
		return nil, err
	}
	senders := escrow.CustodialSenders{Pool: pool, Keys: book}
	a.Escrow = escrow.New(a.Client, a.Network.Contracts.Escrow, chainID, roles["operator"].Address(), senders)
	var svc *souq.Service
	tracker := escrow.NewTracker(db.KV(), senders, func(ctx context.Context, r souq.IntentResult) error {
		return svc.OnIntentResult(ctx, r)
	})
	port := &escrow.Port{Client: a.Escrow, Senders: senders, Arbiter: roles["arbiter"].Address(), Keys: book, Tracker: tracker,
		PayBase: a.URL + "/pay", TxLink: a.txLink}
	var walletsPort souq.Wallets = book
	if a.devChain() {
		walletsPort = &faucetWallets{Book: book, faucet: pool.Add(roles["faucet"]), token: a.Network.Contracts.TestToken, log: log}
	}
	opSender, _ := pool.Get(roles["operator"].Address())
	eventLog, err := a.openLog(ctx, db, opSender, log)
	if err != nil {
		return nil, err
	}
	if err := a.preflightData(ctx, ts, roles["operator"].Address()); err != nil {
		return nil, err
	}

	// Stellar.
	if err := a.startStellar(ctx, secret); err != nil {
		return nil, err
	}
	loyalty := stellar.NewLoyalty(a.Stellar, "POINTS", cfg.StellarHomeDomain)

	// WhatsApp.
	waCfg, err := a.whatsappConfig()
	if err != nil {
		return nil, err
	}
	mask := souq.NewMasker(secret) // log tags of phone numbers, keyed by the operator's secret
	waClient, err := whatsapp.NewClient(waCfg, whatsapp.WithSentLog(db), whatsapp.WithLogger(log.WithField("component", "whatsapp")), whatsapp.WithMasker(mask))
	if err != nil {
		return nil, err
	}

	// The sale service and the conversation.
	a.Assets = souq.Assets{"ETH": {Symbol: "ETH", Decimals: 18}}
	if tok := a.tokenAddress(); tok != (common.Address{}) {
		sym := strings.ToUpper(cfg.TokenSymbol)
		a.Assets[sym] = souq.Asset{Symbol: sym, Decimals: uint8(cfg.TokenDecimals), Token: tok.Hex()}
	}
	// The service speaks to people through the bot's notices (its Notifier port), built before the
	// service; the conversation, which calls the service, is built after it.
	botOpts := bot.Options{Assets: a.Assets, Log: log.WithField("component", "bot"), Mask: mask}
	notices := bot.NewNotices(waClient, db, botOpts)
	// The fee customers are shown with each offer: the escrow's rate now (orders keep the rate of
	// their funding; a fee change takes effect for offers made after a restart).
	feeBps, err := a.Escrow.FeeBps(ctx)
	if err != nil {
		return nil, err
	}
	funds := &escrow.Funds{Client: a.Escrow, Reader: a.Client, Senders: senders, Keys: book, Tracker: tracker,
		Net: souq.Network{Name: a.Network.Name, ChainID: a.Network.ChainID}, Token: a.Assets[strings.ToUpper(cfg.TokenSymbol)]}
	var ignoreDeposits []common.Address
	if a.devChain() {
		funds.Net.Name, funds.Net.DevFaucet = "souq dev chain", devFaucetText(funds.Token)
		ignoreDeposits = append(ignoreDeposits, common.Address{}) // the faucet mints new wallets their test tokens: not news
	}
	svc, err = souq.NewService(souq.Config{
		Store: db.Sales(), Escrow: port, Attester: escrow.Attester{Client: a.Escrow, Key: roles["attester"]},
		Loyalty: loyalty, Wallets: walletsPort, Notifier: notices, Clock: a.Clock, Funds: funds,
		Anchorer: journal.Adapter{Log: eventLog}, Secret: secret,
		LoyaltyCurrency: a.Assets[strings.ToUpper(cfg.TokenSymbol)], // stamp rules stored before rules named a currency
		ChainClock:      a.chainClock(), Log: log.WithField("component", "outbox"),
		FeeBps: feeBps, MaxOrder: cfg.MaxOrder, HardMaxOrder: cfg.HardMaxOrder,
	})
	if err != nil {
		return nil, err
	}
	a.Service = svc
	b := bot.New(svc, waClient, db, botOpts)
	runner := bot.NewRunner(db, b.Handle, log.WithField("component", "runner"), 8)
	wh, err := whatsapp.NewWebhook(waCfg, db, whatsapp.WithNotify(runner.Wake), whatsapp.WithWebhookLogger(log.WithField("component", "webhook")), whatsapp.WithWebhookMasker(mask))
	if err != nil {
		return nil, err
	}
	watcher := escrow.NewWatcher(a.Client, a.Network.Contracts.Escrow, ts, escrow.WatcherConfig{
		FromBlock: a.Network.Contracts.DeployBlock, Confirmations: max(a.Network.Confirmations, 1),
		Poll: 500 * time.Millisecond, Log: log.WithField("component", "watcher"),
	}, func(ctx context.Context, ev escrow.Event) error {
		ce, err := escrow.ToChainEvent(ev)
		if err != nil {
			return nil // not an order event (fee or admin changes)
		}
		return svc.OnChainEvent(ctx, ce)
	})

	deposits := &escrow.Deposits{R: a.Client, Funds: funds, DB: db.KV(), Cursor: ts, Mined: ts, Known: svc.KnownWallets, Active: svc.ActiveWallets,
		Report: svc.OnDeposit, Ignore: ignoreDeposits, Confirmations: max(a.Network.Confirmations, 1), Log: log.WithField("component", "deposits")}

	// HTTP.
	webhook := &lazyHandler{}
	mounts := []server.Mount{{Prefix: "/webhooks/whatsapp", Handler: webhook}}
	if a.Sim != nil {
		mounts = append(mounts, server.Mount{Prefix: "/sim", Handler: a.Sim.Handler()}, server.Mount{Prefix: "/graph", Handler: a.Sim.Handler()})
		a.SimURL = a.URL + "/sim/"
	}
	payers := map[string]common.Address{}
	for role, k := range roles {
		if role != "attester" { // the attester only signs
			payers[role] = k.Address()
		}
	}
	relayer := newRelayerWatch(a.Client, payers, cfg.RelayerWarnTxs, nil, log.WithField("component", "relayer"))
	a.srv = server.New(server.Config{
		Degraders: map[string]server.Check{"relayer": func(ctx context.Context) error { return relayer.check(ctx) }},
		Checks: map[string]server.Check{
			"chain":   func(ctx context.Context) error { _, err := a.Client.BlockNumber(ctx); return err },
			"stellar": func(ctx context.Context) error { return httpOK(ctx, a.HorizonURL) },
			"store":   func(context.Context) error { _, err := db.SchemaVersion(); return err },
		},
		Mounts: mounts,
		StellarTOML: func() ([]byte, error) {
			s, err := a.Stellar.StellarTOML(context.Background(), cfg.StellarHomeDomain)
			return []byte(s), err
		},
		Log: log,
	})
	webhook.h = a.srv.Metrics().CountWebhooks(wh)
	relayer.metrics = a.srv.Metrics()
	auth, err := a.apiAuth()
	if err != nil {
		return nil, err
	}
	(&server.API{Sale: svc, Auth: auth, Assets: a.Assets, Desk: b, Keys: server.StoreKeys{Store: db.Sales()}, Media: db}).Register(a.srv.Engine())
	(&server.Audit{Log: auditLog{app: a}, Openings: svc, Contracts: a.auditContracts(), Auth: auth}).Register(a.srv.Engine())
	(&server.Admin{Auth: auth, Work: svc, Backup: db}).Register(a.srv.Engine())
	(&server.Pages{Pay: payPages{sale: svc, escrow: a.Escrow, langs: b}, Tx: txPages{&escrow.TxInspector{Node: a.Client,
		Escrow: a.Network.Contracts.Escrow, ChainID: chainID, FromBlock: a.Network.Contracts.DeployBlock, Assets: a.Assets}}}).Register(a.srv.Engine())

	// Workers.
	a.goRun("senders", func(ctx context.Context) error { return pool.Run(ctx) }, runCtx)
	a.goRun("tracker", func(ctx context.Context) error {
		tracker.Run(ctx, time.Second, func(err error) { log.WithError(err).Warn("escrow outcome report failed; will retry") })
		return nil
	}, runCtx)
	a.goRun("watcher", watcher.Run, runCtx)
	a.goRun("deposits", deposits.Run, runCtx)
	a.goRun("anchorer", a.Anchor.Run, runCtx)
	a.goRun("service", func(ctx context.Context) error {
		return svc.Run(ctx, time.Second, func(err error) { log.WithError(err).Warn("sale service step failed; will retry") })
	}, runCtx)
	a.goRun("bot", runner.Run, runCtx)
	if a.stellarPending {
		a.goRun("stellar-start", a.startStellarLater, runCtx)
	}
	a.goRun("metrics", a.runMetrics, runCtx)
	a.goRun("pruner", a.runPruner(ts), runCtx)
	a.goRun("relayer", func(ctx context.Context) error { return relayer.run(ctx, 15*time.Second) }, runCtx)
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := a.srv.ServeListener(ln); err != nil {
			log.WithError(err).Error("http server stopped")
		}
	}()
	return a, nil
}

// txLink links a transaction: the explorer's page, or souq's own transaction page (GET /tx/<hash>)
// on a chain without an explorer, such as the embedded dev chain.
func (a *App) txLink(hash string) string {
	h := common.HexToHash(hash)
	if u := a.Network.Explorer.TxURL(h); u != "" {
		return u
	}
	return a.URL + "/tx/" + h.Hex()
}

func (a *App) goRun(name string, f func(context.Context) error, ctx context.Context) {
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		if err := f(ctx); err != nil && ctx.Err() == nil {
			a.log.WithError(err).WithField("worker", name).Error("worker stopped")
		}
	}()
}

// Close stops the workers and the server, waits for them, and closes everything in reverse order.
func (a *App) Close() error {
	if a.srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		_ = a.srv.Shutdown(ctx)
		cancel()
	}
	if a.cancel != nil {
		a.cancel()
	}
	a.wg.Wait()
	var errs []error
	for i := len(a.closers) - 1; i >= 0; i-- {
		if err := a.closers[i](); err != nil {
			errs = append(errs, err)
		}
	}
	a.closers = nil
	return errors.Join(errs...)
}

func (a *App) startEVM(ctx context.Context) error {
	if a.cfg.EthRPC == "" {
		host, portStr, err := net.SplitHostPort(a.cfg.EthRPCAddr)
		if err != nil {
			return fmt.Errorf("--eth-rpc-addr %q: %w", a.cfg.EthRPCAddr, err)
		}
		var port int
		if _, err := fmt.Sscan(portStr, &port); err != nil {
			return fmt.Errorf("--eth-rpc-addr %q: bad port", a.cfg.EthRPCAddr)
		}
		if port == 0 {
			port = -1 // any free port
		}
		n, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(a.cfg.DataDir, "evm"), Host: host, Port: port, FeeBps: 100})
		if err != nil {
			return fmt.Errorf("embedded dev chain: %w", err)
		}
		a.Node = n
		a.closers = append(a.closers, n.Close)
		a.Client = n.Client()
		a.Network = n.Network()
		a.Network.Confirmations = max(a.cfg.Confirmations, 1)
		if a.cfg.ExplorerURL != "" {
			a.Network.Explorer = chain.Explorer{BaseURL: a.cfg.ExplorerURL}
		}
		a.RPCURL = n.HTTPURL()
		return nil
	}
	a.Network = chain.Network{Name: "external", RPCURL: a.cfg.EthRPC, ChainID: a.cfg.EthChainID,
		Confirmations: a.cfg.Confirmations, Explorer: chain.DefaultExplorer(a.cfg.EthChainID)}
	if a.cfg.DevChain {
		a.devChainNetwork()
	}
	if a.cfg.ExplorerURL != "" {
		a.Network.Explorer = chain.Explorer{BaseURL: a.cfg.ExplorerURL}
	}
	for flag, v := range map[string]string{"escrow": a.cfg.EscrowAddr, "anchor": a.cfg.AnchorAddr} {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("--%s: %q is not an address (deploy with `souq deploy`)", flag, v)
		}
	}
	a.Network.Contracts.Escrow = common.HexToAddress(a.cfg.EscrowAddr)
	a.Network.Contracts.EventAnchor = common.HexToAddress(a.cfg.AnchorAddr)
	a.Network.Contracts.DeployBlock = a.cfg.DeployBlock
	c, err := a.dialChain(ctx)
	if err != nil {
		return err
	}
	a.Client = c
	a.closers = append(a.closers, func() error { c.Close(); return nil })
	a.defaultConfirmations(ctx)
	a.RPCURL = a.cfg.EthRPC
	return nil
}

// chainDialWait is how long start waits for an unreachable chain node (restarting, behind a
// stalled provider) before giving up.
const chainDialWait = time.Minute

// dialChain connects to the chain, waiting with backoff while the node cannot be reached: a node
// that is restarting must not stop souq from starting. A node serving another chain fails at once.
func (a *App) dialChain(ctx context.Context) (*ethclient.Client, error) {
	deadline := time.Now().Add(chainDialWait)
	for tries := 0; ; tries++ {
		wait := backoff.Delay(500*time.Millisecond, 2, tries, 8*time.Second)
		c, err := chain.Dial(ctx, a.Network)
		if err == nil || errors.Is(err, chain.ErrChainIDMismatch) || time.Now().Add(wait).After(deadline) {
			return c, err
		}
		a.log.WithError(err).WithField("retry_in", wait).Warn("chain node not reachable yet; waiting")
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
	}
}

func (a *App) tokenAddress() common.Address {
	if a.cfg.TokenAddr != "" {
		return common.HexToAddress(a.cfg.TokenAddr)
	}
	if a.Node != nil {
		return a.Network.Contracts.TestToken
	}
	return common.Address{}
}

// operatorKeys are the keys souq holds, by role, each its own: "operator" is the relayer (sends
// and pays for transactions, anchors the journal), then the arbiter and the attester; the owner's
// key is never held (a.Roles records its address). On the embedded default and --dev-chain they
// are the dev chain's well-known dev keys (with its faucet); otherwise the keystore's roles file
// (`souq keys init`) names them.
func (a *App) operatorKeys() (map[string]*keys.Key, error) {
	roles := map[string]*keys.Key{}
	if a.devChain() {
		for _, acc := range devnode.DevAccounts() {
			roles[acc.Role] = keys.NewKey(acc.Key)
		}
		a.Roles = keys.RoleBook{keys.RoleOwner: devnode.DevOwner().Address, keys.RoleRelayer: roles["operator"].Address(),
			keys.RoleArbiter: roles["arbiter"].Address(), keys.RoleAttester: roles["attester"].Address()}
		return roles, a.Roles.Check(keys.AllRoles...)
	}
	pass, err := keys.Passphrase(a.cfg.PassphraseEnv, a.cfg.PassphraseFile)
	if err != nil {
		return nil, err
	}
	ks := keys.Keystore{Dir: a.cfg.keystoreDir()}
	u, err := ks.UnlockRoles(pass)
	if errors.Is(err, keys.ErrNoRoles) {
		return nil, fmt.Errorf("%w: souq needs a key per power (relayer, arbiter, attester; the owner's held elsewhere): create them with `souq keys init` (README: keys)", err)
	}
	if err != nil {
		return nil, err
	}
	roles["operator"], roles["arbiter"], roles["attester"] = u.Relayer, u.Arbiter, u.Attester
	a.Roles = keys.RoleBook{keys.RoleRelayer: u.Relayer.Address(), keys.RoleArbiter: u.Arbiter.Address(), keys.RoleAttester: u.Attester.Address()}
	if u.Owner != (common.Address{}) {
		a.Roles[keys.RoleOwner] = u.Owner
	}
	return roles, a.Roles.Check()
}

func (a *App) custodialWallets() (*keys.Wallets, error) {
	pass, err := keys.Passphrase(a.cfg.PassphraseEnv, a.cfg.PassphraseFile)
	if err != nil {
		if !a.devChain() {
			return nil, err
		}
		pass = devPassphrase
		a.log.Warn("custodial seed encrypted with the embedded default's dev passphrase: set $SOUQ_PASSPHRASE for anything real")
	}
	path := a.cfg.seedFile()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if !a.devChain() {
			return nil, fmt.Errorf("no custodial seed at %s (create one with `souq keys seed-create`)", path)
		}
		if err := keys.CreateSeed(path, pass, keys.LightScryptN, keys.LightScryptP); err != nil {
			return nil, err
		}
	}
	return keys.OpenWallets(path, pass)
}

// operatorSecret keys the commitments of people (journal, chains) and derives the Stellar keys:
// $SOUQ_SECRET (64 hex digits), or on the embedded default a random one kept in <data>/secret.
func (a *App) operatorSecret() ([]byte, error) {
	if v := os.Getenv("SOUQ_SECRET"); v != "" {
		b, err := hex.DecodeString(v)
		if err != nil || len(b) < 32 {
			return nil, errors.New("$SOUQ_SECRET must be at least 64 hex digits")
		}
		return b, nil
	}
	if a.cfg.EthRPC != "" && !a.cfg.DevChain || a.cfg.HorizonURL != "" {
		return nil, errors.New("set $SOUQ_SECRET (64 hex digits) when using real networks")
	}
	path := filepath.Join(a.cfg.DataDir, "secret")
	if b, err := os.ReadFile(path); err == nil {
		return hex.DecodeString(strings.TrimSpace(string(b)))
	}
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(b)+"\n"), 0o600); err != nil {
		return nil, err
	}
	return b, nil
}

func (a *App) startStellar(ctx context.Context, secret []byte) error {
	seed := sha256.Sum256(append([]byte("souq/stellar/seed/"), secret...))
	cfg := stellar.Config{HorizonURL: a.cfg.HorizonURL, NetworkPassphrase: a.cfg.NetworkPassphrase, KeySeed: seed[:],
		Log: a.log.WithField("component", "stellar")}
	if a.cfg.HorizonURL == "" {
		sb, err := sandbox.New(sandbox.Config{DBPath: filepath.Join(a.cfg.DataDir, "stellar-sandbox.db"), LedgerInterval: time.Second})
		if err != nil {
			return fmt.Errorf("stellar sandbox: %w", err)
		}
		a.sandbox = sb
		a.closers = append(a.closers, sb.Close)
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		a.stellarL = l
		a.stellarS = &http.Server{Handler: sb, ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = a.stellarS.Serve(l) }()
		a.closers = append(a.closers, a.stellarS.Close)
		cfg.HorizonURL = "http://" + l.Addr().String() + "/"
		cfg.NetworkPassphrase = sandbox.NetworkPassphrase
		cfg.Friendbot = true
	}
	a.HorizonURL = cfg.HorizonURL
	svc, err := stellar.New(cfg, a.DB.KV())
	if err != nil {
		return err
	}
	a.Stellar = svc
	a.closers = append(a.closers, svc.Close)
	if err := svc.Start(ctx); err != nil {
		// A wrong network or an operator account nobody funds is the operator's to fix: refuse.
		// Horizon down or failing is not: sales go on, loyalty work waits (retried by the outbox)
		// and the setup is tried again in the background (startStellarLater).
		if errors.Is(err, stellar.ErrInvalidRequest) || errors.Is(err, stellar.ErrNotFunded) {
			return fmt.Errorf("stellar: %w", err)
		}
		a.log.WithError(err).Warn("stellar: Horizon not ready at start; loyalty work waits while souq keeps trying")
		a.stellarPending = true
	}
	return nil
}

// startStellarLater retries the Stellar setup Horizon refused at start, with backoff, until it
// succeeds or souq stops.
func (a *App) startStellarLater(ctx context.Context) error {
	for tries := 0; ; tries++ {
		wait := backoff.Delay(time.Second, 2, tries, 30*time.Second)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
		err := a.Stellar.Start(ctx)
		if err == nil {
			a.log.Info("stellar: Horizon is back; loyalty work resumes")
			return nil
		}
		a.log.WithError(err).WithField("retry_in", backoff.Delay(time.Second, 2, tries+1, 30*time.Second)).Warn("stellar: Horizon still not ready")
	}
}

func (a *App) whatsappConfig() (whatsapp.Config, error) {
	if a.cfg.GraphURL == "" {
		const secret, token, verify = "simulator-app-secret", "simulator-token", "simulator-verify-token"
		a.Sim = simulator.New(simulator.Config{WebhookURL: a.URL + "/webhooks/whatsapp", AppSecret: secret, Token: token,
			PublicURL: a.URL, StatusDelay: 300 * time.Millisecond}, a.log.WithField("component", "simulator"))
		c := a.Sim.GraphConfig(a.URL)
		c.VerifyToken = verify
		c.FallbackTemplate = &whatsapp.Template{Name: "souq_update", Language: "en_US"}
		return c, nil
	}
	c := whatsapp.Config{GraphBaseURL: a.cfg.GraphURL, APIVersion: a.cfg.GraphVersion, Token: a.cfg.GraphToken,
		AppSecret: a.cfg.AppSecret, VerifyToken: a.cfg.VerifyToken, PhoneNumberID: a.cfg.PhoneNumberID}
	if a.cfg.WindowTemplate != "" {
		c.FallbackTemplate = &whatsapp.Template{Name: a.cfg.WindowTemplate, Language: "en_US"}
	}
	return c, nil
}

// apiAuth reads merchant API keys (digests) from <data>/api-keys and the arbiter key from
// $SOUQ_ARBITER_KEY; on the embedded default a random arbiter key is kept in <data>/arbiter-key.
func (a *App) apiAuth() (server.StaticAuth, error) {
	auth := server.StaticAuth{Merchants: map[[32]byte]souq.WaID{}}
	keys, err := loadAPIKeys(filepath.Join(a.cfg.DataDir, "api-keys"))
	if err != nil {
		return auth, err
	}
	auth.Merchants = keys
	ak := os.Getenv("SOUQ_ARBITER_KEY")
	if ak == "" && a.devChain() {
		path := filepath.Join(a.cfg.DataDir, "arbiter-key")
		if b, err := os.ReadFile(path); err == nil {
			ak = strings.TrimSpace(string(b))
		} else {
			ak = "ak_" + randomHex(24)
			if err := os.WriteFile(path, []byte(ak+"\n"), 0o600); err != nil {
				return auth, err
			}
		}
	}
	if ak != "" {
		auth.ArbiterSHA = sha256.Sum256([]byte(ak))
	}
	return auth, nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func httpOK(ctx context.Context, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return nil
}
