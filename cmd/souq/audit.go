package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/server"
	"github.com/souqchain/souq/store"
)

// logKey is the transparency log's signing key, its own key (not an operator's chain key):
// $SOUQ_LOG_KEY (a C2SP signed-note signer key, "PRIVATE+KEY+…", from `souq audit keygen`), or
// on a dev chain (embedded or --dev-chain) one kept in <data>/log.key, created on first start for
// the origin "souq/<chain id>/<EventAnchor address>".
func (a *App) logKey() (*journal.Key, error) {
	if v := os.Getenv("SOUQ_LOG_KEY"); v != "" {
		return journal.ParseKey(v)
	}
	if !a.devChain() {
		return nil, errors.New("set $SOUQ_LOG_KEY (souq audit keygen ORIGIN) when using a real network")
	}
	origin := fmt.Sprintf("souq/%d/%s", a.Network.ChainID, strings.ToLower(a.Network.Contracts.EventAnchor.Hex()))
	return journal.LoadOrCreateKey(filepath.Join(a.cfg.DataDir, "log.key"), origin)
}

// openLog opens the transparency log over the service's journal and its anchorer.
func (a *App) openLog(ctx context.Context, db *store.DB, s *sender.Sender, log logrus.FieldLogger) (*journal.Log, error) {
	// An EventAnchor deployed before the log recorded batches, not checkpoints: every anchor would
	// revert. Say so now rather than fail quietly forever.
	ea := eventanchor.NewEventAnchor()
	if _, err := bind.Call(ea.Instance(a.Client, a.Network.Contracts.EventAnchor), &bind.CallOpts{Context: ctx}, ea.PackSize(), ea.UnpackSize); err != nil {
		return nil, fmt.Errorf("EventAnchor %s does not record checkpoints (size(): %v): it predates the transparency log; deploy the current one (souq deploy) and pass it with --anchor", a.Network.Contracts.EventAnchor, err)
	}
	key, err := a.logKey()
	if err != nil {
		return nil, err
	}
	l, err := journal.Open(ctx, db.KV(), journal.StoreSource{Store: db.Sales()}, key)
	if err != nil {
		return nil, err
	}
	a.Anchor = journal.NewAnchorer(l, s, journal.AnchorConfig{ChainID: a.Network.ChainID,
		Contract: a.Network.Contracts.EventAnchor, MaxAge: 10 * time.Second, Explorer: a.Network.Explorer,
		Log: log.WithField("component", "anchor")})
	t := a.TrustRoot()
	log.WithFields(logrus.Fields{"chainId": t.ChainID, "contract": strings.ToLower(t.Contract.Hex()), "origin": t.Origin, "key": t.Key}).
		Info("transparency log: auditors pin this trust root (also at /.well-known/souq-trust.json)")
	return l, nil
}

// TrustRoot is what auditors pin: the chain, the EventAnchor contract and the log's key.
func (a *App) TrustRoot() audit.TrustRoot {
	k := a.Anchor.Log().Key()
	esc := a.Network.Contracts.Escrow
	return audit.TrustRoot{ChainID: a.Network.ChainID, Contract: a.Network.Contracts.EventAnchor, Origin: k.Origin(), Key: k.VerifierKey(), Escrow: &esc}
}

// auditLog adapts the journal's anchorer to the audit API's port (server.AuditLog): the
// documents go out as the journal writes them, and its errors carry the server's sentinels too.
type auditLog struct{ app *App }

var _ server.AuditLog = auditLog{}

func (l auditLog) TrustRoot() any      { return l.app.TrustRoot() }
func (l auditLog) Tiles() http.Handler { return l.app.Anchor.Handler() }

func (l auditLog) Size(ctx context.Context) (uint64, error) {
	n, err := l.app.Anchor.Log().Size(ctx)
	return n, logErr(err)
}

func (l auditLog) Latest(ctx context.Context) (any, error) {
	r, err := l.app.Anchor.Latest(ctx)
	if err != nil {
		return nil, logErr(err)
	}
	return r, nil
}

func (l auditLog) Checkpoints(ctx context.Context) ([]any, error) {
	cps, err := l.app.Anchor.Checkpoints(ctx)
	if err != nil {
		return nil, logErr(err)
	}
	out := make([]any, len(cps))
	for i, r := range cps {
		out[i] = r
	}
	return out, nil
}

func (l auditLog) Bundle(ctx context.Context, seq uint64) (any, error) {
	b, err := l.app.Anchor.Bundle(ctx, seq)
	if err != nil {
		return nil, logErr(err)
	}
	return b, nil
}

func (l auditLog) Consistency(ctx context.Context, from, to uint64) (any, error) {
	b, err := l.app.Anchor.Consistency(ctx, from, to)
	if err != nil {
		return nil, logErr(err)
	}
	return b, nil
}

func (l auditLog) OrderBundles(ctx context.Context, match func(souq.OrderID) bool) ([]server.OrderBundle, error) {
	bs, err := l.app.Anchor.OrderBundles(ctx, match)
	if err != nil {
		return nil, logErr(err)
	}
	out := make([]server.OrderBundle, len(bs))
	for i, b := range bs {
		out[i] = server.OrderBundle{Order: b.Event.Order.Hex(), Bundle: b}
	}
	return out, nil
}

// logErr marks the journal's not-found and not-anchored errors with the server's sentinels,
// keeping their text (the API shows it).
func logErr(err error) error {
	switch {
	case errors.Is(err, journal.ErrNotFound):
		return markedErr{err, souq.ErrNotFound}
	case errors.Is(err, journal.ErrNotAnchored):
		return markedErr{err, server.ErrNotAnchored}
	}
	return err
}

type markedErr struct{ err, mark error }

func (e markedErr) Error() string   { return e.err.Error() }
func (e markedErr) Unwrap() []error { return []error{e.err, e.mark} }

// auditFlags are what every audit command is given: the pinned trust root, the RPC node, the
// confirmations, and (for the commands that fetch bundles) souq's server.
type auditFlags struct {
	trustFile, contract, logKey, rpc, server string
	chainID, confirmations                   uint64
}

func (f *auditFlags) register(cmd *cobra.Command, withServer bool) {
	if withServer {
		cmd.Flags().StringVar(&f.server, "server", "", "souq's base URL (default http://<--http-addr>)")
	}
	cmd.Flags().StringVar(&f.rpc, "rpc", "", "EVM JSON-RPC URL (default --eth-rpc, else the embedded dev chain's)")
	cmd.Flags().Uint64Var(&f.confirmations, "confirmations", 1, "confirmations each anchoring transaction needs")
	cmd.Flags().StringVar(&f.trustFile, "trust", "", "pinned trust root: a JSON file {chainId, contract, origin, key[, escrow]}")
	cmd.Flags().Uint64Var(&f.chainID, "chain-id", 0, "pinned chain id (instead of --trust)")
	cmd.Flags().StringVar(&f.contract, "anchor", "", "pinned EventAnchor address (instead of --trust)")
	cmd.Flags().StringVar(&f.logKey, "log-key", "", "pinned log verifier key, origin+id+key (instead of --trust)")
}

// setup resolves the pinned trust root and the defaults of --rpc and --server.
func (f *auditFlags) setup(cfg *Config) (audit.TrustRoot, error) {
	if f.rpc == "" {
		f.rpc = cfg.EthRPC
	}
	if f.rpc == "" {
		f.rpc = "http://" + cfg.EthRPCAddr
	}
	if f.server == "" {
		f.server = "http://" + cfg.HTTPAddr
	}
	f.server = strings.TrimRight(f.server, "/")
	trust, err := pinnedTrust(f.trustFile, f.chainID, f.contract, f.logKey)
	if err != nil {
		return trust, exitError{code: audit.ExitError, err: err}
	}
	return trust, nil
}

// check runs one audit that reads bundles from souq's server (or a file) and checks them on the
// chain: it dials the RPC node and maps the outcome to the exit codes (1 a named kind of
// tampering, 2 unreadable input or an RPC error).
func (f *auditFlags) check(ctx context.Context, run func(c *ethclient.Client) error) error {
	c, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return exitError{code: audit.ExitError, err: err}
	}
	defer c.Close()
	err = run(c)
	var ex exitError
	if err == nil || errors.As(err, &ex) {
		return err
	}
	code := audit.ExitTampered
	if k := audit.KindOf(err); k == "" || k == audit.RPC || k == audit.BadFormat {
		code = audit.ExitError
	}
	return exitError{code: code, err: err}
}

func newAuditCmd(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{Use: "audit", Short: "Check souq's records against the chain and a pinned trust root alone"}
	var vf auditFlags
	verify := &cobra.Command{
		Use:   "verify BUNDLE.json",
		Short: "Verify a proof bundle (one event) or a consistency bundle (two checkpoints) against the pinned trust root",
		Long: "Needs only the bundle, an RPC URL and the trust root you pinned (--trust FILE, the JSON served at " +
			"/.well-known/souq-trust.json and listed in the README; or --chain-id, --anchor and --log-key), never " +
			"souq's database. A bundle naming another contract, chain or key is refused. Exit 0: verified; 1: " +
			"tampered or not anchored (the reason names the kind); 2: unreadable bundle or trust root, or RPC error.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			trust, err := vf.setup(cfg)
			if err != nil {
				return err
			}
			if code := audit.Run(cmd.Context(), cmd.OutOrStdout(), args[0], vf.rpc, trust, audit.Options{Confirmations: vf.confirmations}); code != 0 {
				return exitError{code: code, err: fmt.Errorf("audit verify %s: not verified", args[0])}
			}
			return nil
		},
	}
	vf.register(verify, false)
	keygen := &cobra.Command{
		Use:   "keygen ORIGIN",
		Short: "Make a transparency-log key: prints the secret for $SOUQ_LOG_KEY, then the public key auditors pin",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			skey, vkey, err := journal.GenerateKey(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "SOUQ_LOG_KEY=%s\n# public key: %s\n", skey, vkey)
			return nil
		},
	}
	var of auditFlags
	var bundlesFile, escrowAddr, openingFile string
	var reveal bool
	order := &cobra.Command{
		Use:   "order ID|REF",
		Short: "Audit a whole order: every event proved in the log, and its money matched with the escrow contract's own events",
		Long: "Fetches the order's proof bundles from --server (or reads --bundles, a saved answer of " +
			"GET /api/v1/audit/orders/{id}/bundles), verifies each against the pinned trust root, and compares what the " +
			"journal says was funded, released, refunded and split with the Escrow contract's events (the trust root's " +
			"\"escrow\", or --escrow). With --reveal it also opens the order's commitments: it fetches the order's opening " +
			"(GET /api/v1/audit/orders/{id}/opening, with the arbiter key $SOUQ_ARBITER_KEY, or <data>/arbiter-key on the " +
			"embedded default; or --opening FILE) and checks that each commitment names the person it reveals; the opening " +
			"opens this order and no other. Exit 0: everything matches; 1: a difference (each named); 2: unreadable input or RPC error.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			trust, err := of.setup(cfg)
			if err != nil {
				return err
			}
			if escrowAddr != "" {
				if !common.IsHexAddress(escrowAddr) {
					return exitError{code: audit.ExitError, err: fmt.Errorf("--escrow %q is not an address", escrowAddr)}
				}
				a := common.HexToAddress(escrowAddr)
				trust.Escrow = &a
			}
			bundles, err := orderBundles(cmd.Context(), args[0], of.server, bundlesFile)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			return of.check(cmd.Context(), func(c *ethclient.Client) error {
				rep, err := audit.VerifyOrder(cmd.Context(), bundles, trust, c, audit.Options{Confirmations: of.confirmations})
				if err != nil {
					return err
				}
				audit.PrintOrder(cmd.OutOrStdout(), rep)
				if rep.Problems > 0 {
					return exitError{code: audit.ExitTampered, err: fmt.Errorf("audit order %s: %d problem(s)", args[0], rep.Problems)}
				}
				if !reveal && openingFile == "" {
					return nil
				}
				op, err := orderOpening(cmd.Context(), cfg, of.server, rep.Order.Hex(), openingFile)
				if err != nil {
					return exitError{code: audit.ExitError, err: err}
				}
				opened, err := audit.CheckOpening(bundles, op)
				if err != nil {
					return err
				}
				audit.PrintOpening(cmd.OutOrStdout(), opened)
				return nil
			})
		},
	}
	of.register(order, true)
	order.Flags().StringVar(&bundlesFile, "bundles", "", "read the order's bundles from this file instead of the server")
	order.Flags().StringVar(&escrowAddr, "escrow", "", "pinned Escrow address (default the trust root's \"escrow\")")
	order.Flags().BoolVar(&reveal, "reveal", false, "also open the order's commitments (the arbiter's opening of this order)")
	order.Flags().StringVar(&openingFile, "opening", "", "read the order's opening from this file (implies --reveal)")
	var hf auditFlags
	history := &cobra.Command{
		Use:   "log",
		Short: "Check that souq's log was only ever appended to: every checkpoint the pinned contract recorded, each consistent with the one before",
		Long: "Reads every Checkpoint the pinned EventAnchor logged, asks --server for the consistency proof between each " +
			"consecutive pair and checks it (signatures by the pinned key, RFC 6962 consistency, both anchors). Exit 0: the " +
			"history only grew; 1: a fork, a shrink or a rewritten checkpoint (named); 2: unreadable input or RPC error.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			trust, err := hf.setup(cfg)
			if err != nil {
				return err
			}
			fetch := func(ctx context.Context, o, n uint64) (*journal.Consistency, error) {
				raw, err := httpGet(ctx, fmt.Sprintf("%s/api/v1/audit/consistency?from=%d&to=%d", hf.server, o, n), "")
				if err != nil {
					return nil, err
				}
				return audit.ParseConsistency(bytes.NewReader(raw))
			}
			return hf.check(cmd.Context(), func(c *ethclient.Client) error {
				cps, err := audit.VerifyHistory(cmd.Context(), trust, c, fetch, audit.Options{Confirmations: hf.confirmations})
				if err != nil {
					return err
				}
				last := uint64(0)
				if len(cps) > 0 {
					last = cps[len(cps)-1].Size
				}
				fmt.Fprintf(cmd.OutOrStdout(), "OK %d checkpoints recorded by %s on chain %d, each consistent with the one before: the log of %d events was only ever appended to\n",
					len(cps), strings.ToLower(trust.Contract.Hex()), trust.ChainID, last)
				return nil
			})
		},
	}
	hf.register(history, true)
	cmd.AddCommand(verify, keygen, order, history)
	return cmd
}

// httpGet returns the body of a 200 answer; a non-empty key is sent as the bearer.
func httpGet(ctx context.Context, url, key string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("%s: %s: %s", url, resp.Status, raw)
	}
	return raw, err
}

// orderBundles reads an order's bundles from a saved file or from the server.
func orderBundles(ctx context.Context, id, serverURL, file string) ([]*journal.Bundle, error) {
	var raw []byte
	var err error
	if file != "" {
		raw, err = os.ReadFile(file)
	} else {
		raw, err = httpGet(ctx, serverURL+"/api/v1/audit/orders/"+id+"/bundles", "")
	}
	if err != nil {
		return nil, err
	}
	var doc struct {
		Bundles []json.RawMessage `json:"bundles"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, fmt.Errorf("order bundles: %w", err)
	}
	out := make([]*journal.Bundle, 0, len(doc.Bundles))
	for _, r := range doc.Bundles {
		b, err := audit.ParseBundle(bytes.NewReader(r))
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// orderOpening reads an order's opening from a saved file or from the server, with the arbiter
// key ($SOUQ_ARBITER_KEY, or <data>/arbiter-key on the embedded default).
func orderOpening(ctx context.Context, cfg *Config, serverURL, id, file string) (souq.Opening, error) {
	var op souq.Opening
	var raw []byte
	var err error
	if file != "" {
		raw, err = os.ReadFile(file)
	} else {
		key := os.Getenv("SOUQ_ARBITER_KEY")
		if key == "" {
			b, rerr := os.ReadFile(filepath.Join(cfg.DataDir, "arbiter-key"))
			if rerr != nil {
				return op, errors.New("--reveal: set $SOUQ_ARBITER_KEY (the opening names people: it is the arbiter's), or give --opening FILE")
			}
			key = strings.TrimSpace(string(b))
		}
		raw, err = httpGet(ctx, serverURL+"/api/v1/audit/orders/"+id+"/opening", key)
	}
	if err != nil {
		return op, err
	}
	if err := json.Unmarshal(raw, &op); err != nil {
		return op, fmt.Errorf("opening: %w", err)
	}
	return op, nil
}

// pinnedTrust is the trust root from --trust, or from the three flags.
func pinnedTrust(file string, chainID uint64, contract, key string) (audit.TrustRoot, error) {
	if file != "" {
		if chainID != 0 || contract != "" || key != "" {
			return audit.TrustRoot{}, errors.New("give --trust or --chain-id/--anchor/--log-key, not both")
		}
		return audit.ReadTrustRoot(file)
	}
	if chainID == 0 || !common.IsHexAddress(contract) || key == "" {
		return audit.TrustRoot{}, errors.New("pin a trust root: --trust FILE, or --chain-id, --anchor and --log-key")
	}
	origin, _, _ := strings.Cut(key, "+")
	t := audit.TrustRoot{ChainID: chainID, Contract: common.HexToAddress(contract), Origin: origin, Key: key}
	raw := fmt.Sprintf(`{"chainId":%d,"contract":%q,"origin":%q,"key":%q}`, t.ChainID, strings.ToLower(t.Contract.Hex()), t.Origin, t.Key)
	return audit.ParseTrustRoot(strings.NewReader(raw))
}
