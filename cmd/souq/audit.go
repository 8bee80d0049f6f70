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
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/gin-gonic/gin"
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
// on the embedded default one kept in <data>/log.key, created on first start for the origin
// "souq/<chain id>/<EventAnchor address>".
func (a *App) logKey() (*journal.Key, error) {
	if v := os.Getenv("SOUQ_LOG_KEY"); v != "" {
		return journal.ParseKey(v)
	}
	if a.cfg.EthRPC != "" {
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
	l, err := journal.Open(db.Bolt(), journal.StoreSource{Store: db.Sales()}, key)
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

// registerLog serves the trust root, the log (C2SP tlog-tiles under /log/) and the audit API.
func (x *auditAPI) registerLog(r gin.IRouter) {
	r.GET("/.well-known/souq-trust.json", func(c *gin.Context) { c.JSON(http.StatusOK, x.app.TrustRoot()) })
	tiles := http.StripPrefix("/log", x.app.Anchor.Handler())
	r.GET("/log/*path", gin.WrapH(tiles))
	r.HEAD("/log/*path", gin.WrapH(tiles))
	r.GET("/api/v1/audit/head", x.head)
	r.GET("/api/v1/audit/checkpoints", x.checkpoints)
	r.GET("/api/v1/audit/events/:seq/bundle", x.bundle)
	r.GET("/api/v1/audit/consistency", x.consistency)
	r.GET("/api/v1/audit/orders/:id/bundles", x.orderBundles)
}

// orderBundles returns the proof bundles of every event of one order (by its id, or the 8-hex-digit
// reference shown in chat when it names one order), for `souq audit order`.
func (x *auditAPI) orderBundles(c *gin.Context) {
	arg := strings.ToLower(strings.TrimPrefix(c.Param("id"), "0x"))
	var match func(souq.OrderID) bool
	if id, err := souq.ParseOrderID(arg); err == nil {
		match = func(o souq.OrderID) bool { return o == id }
	} else if len(arg) == 8 {
		match = func(o souq.OrderID) bool { return o.Short() == arg }
	} else {
		server.Error(c, http.StatusBadRequest, "bad_order_id", "an order id (64 hex digits) or its 8-digit reference")
		return
	}
	bs, err := x.app.Anchor.OrderBundles(c.Request.Context(), match)
	if err != nil {
		journalError(c, err)
		return
	}
	for _, b := range bs[1:] {
		if b.Event.Order != bs[0].Event.Order {
			server.Error(c, http.StatusConflict, "ambiguous_ref", "the reference names several orders: give the full id")
			return
		}
	}
	c.JSON(http.StatusOK, gin.H{"order": bs[0].Event.Order, "bundles": bs})
}

// journalError answers for an error of the log: 404 for what does not exist, 503 (retry) for an
// event not anchored yet.
func journalError(c *gin.Context, err error) {
	switch {
	case errors.Is(err, journal.ErrNotFound):
		server.Error(c, http.StatusNotFound, "not_found", err.Error())
	case errors.Is(err, journal.ErrNotAnchored):
		c.Header("Retry-After", "10")
		server.Error(c, http.StatusServiceUnavailable, "not_anchored", "no anchored checkpoint covers this event yet; retry later")
	default:
		server.Error(c, http.StatusServiceUnavailable, "unavailable", err.Error())
	}
}

// head is the log's size and its latest checkpoint.
func (x *auditAPI) head(c *gin.Context) {
	ctx := c.Request.Context()
	size, err := x.app.Anchor.Log().Size(ctx)
	if err != nil {
		journalError(c, err)
		return
	}
	out := gin.H{"size": size, "trust": x.app.TrustRoot()}
	if r, err := x.app.Anchor.Latest(ctx); err == nil {
		out["checkpoint"] = r
	}
	c.JSON(http.StatusOK, out)
}

// checkpoints lists every checkpoint and its anchoring.
func (x *auditAPI) checkpoints(c *gin.Context) {
	cps, err := x.app.Anchor.Checkpoints(c.Request.Context())
	if err != nil {
		journalError(c, err)
		return
	}
	if cps == nil {
		cps = []journal.Record{}
	}
	c.JSON(http.StatusOK, gin.H{"checkpoints": cps})
}

// bundle returns the proof bundle of journal event seq (from 0), for `souq audit verify`.
func (x *auditAPI) bundle(c *gin.Context) {
	seq, err := strconv.ParseUint(c.Param("seq"), 10, 64)
	if err != nil {
		server.Error(c, http.StatusBadRequest, "bad_seq", "seq must be a journal sequence number")
		return
	}
	b, err := x.app.Anchor.Bundle(c.Request.Context(), seq)
	if err != nil {
		journalError(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}

// consistency returns the consistency proof between the anchored checkpoints of sizes from and to.
func (x *auditAPI) consistency(c *gin.Context) {
	from, err1 := strconv.ParseUint(c.Query("from"), 10, 64)
	to, err2 := strconv.ParseUint(c.Query("to"), 10, 64)
	if err1 != nil || err2 != nil {
		server.Error(c, http.StatusBadRequest, "bad_size", "from and to must be checkpoint sizes")
		return
	}
	b, err := x.app.Anchor.Consistency(c.Request.Context(), from, to)
	if err != nil {
		journalError(c, err)
		return
	}
	c.JSON(http.StatusOK, b)
}

func newAuditCmd(cfg *Config) *cobra.Command {
	var confirmations, chainID uint64
	var rpc, trustFile, contract, logKey string
	cmd := &cobra.Command{Use: "audit", Short: "Check souq's records against the chain and a pinned trust root alone"}
	verify := &cobra.Command{
		Use:   "verify BUNDLE.json",
		Short: "Verify a proof bundle (one event) or a consistency bundle (two checkpoints) against the pinned trust root",
		Long: "Needs only the bundle, an RPC URL and the trust root you pinned (--trust FILE, the JSON served at " +
			"/.well-known/souq-trust.json and listed in the README; or --chain-id, --anchor and --log-key), never " +
			"souq's database. A bundle naming another contract, chain or key is refused. Exit 0: verified; 1: " +
			"tampered or not anchored (the reason names the kind); 2: unreadable bundle or trust root, or RPC error.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			trust, err := pinnedTrust(trustFile, chainID, contract, logKey)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			if rpc == "" {
				rpc = cfg.EthRPC
			}
			if rpc == "" {
				rpc = "http://" + cfg.EthRPCAddr
			}
			if code := audit.Run(cmd.Context(), cmd.OutOrStdout(), args[0], rpc, trust, audit.Options{Confirmations: confirmations}); code != 0 {
				return exitError{code: code, err: fmt.Errorf("audit verify %s: not verified", args[0])}
			}
			return nil
		},
	}
	verify.Flags().StringVar(&rpc, "rpc", "", "EVM JSON-RPC URL (default --eth-rpc, else the embedded dev chain's)")
	verify.Flags().Uint64Var(&confirmations, "confirmations", 1, "confirmations the anchoring transaction needs")
	verify.Flags().StringVar(&trustFile, "trust", "", "pinned trust root: a JSON file {chainId, contract, origin, key}")
	verify.Flags().Uint64Var(&chainID, "chain-id", 0, "pinned chain id (instead of --trust)")
	verify.Flags().StringVar(&contract, "anchor", "", "pinned EventAnchor address (instead of --trust)")
	verify.Flags().StringVar(&logKey, "log-key", "", "pinned log verifier key, origin+id+key (instead of --trust)")
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
	var serverURL, bundlesFile, escrowAddr string
	order := &cobra.Command{
		Use:   "order ID|REF",
		Short: "Audit a whole order: every event proved in the log, and its money matched with the escrow contract's own events",
		Long: "Fetches the order's proof bundles from --server (or reads --bundles, a saved answer of " +
			"GET /api/v1/audit/orders/{id}/bundles), verifies each against the pinned trust root, and compares what the " +
			"journal says was funded, released, refunded and split with the Escrow contract's events (the trust root's " +
			"\"escrow\", or --escrow). Exit 0: everything matches; 1: a difference (each named); 2: unreadable input or RPC error.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			trust, err := pinnedTrust(trustFile, chainID, contract, logKey)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			if escrowAddr != "" {
				if !common.IsHexAddress(escrowAddr) {
					return exitError{code: audit.ExitError, err: fmt.Errorf("--escrow %q is not an address", escrowAddr)}
				}
				a := common.HexToAddress(escrowAddr)
				trust.Escrow = &a
			}
			if serverURL == "" {
				serverURL = "http://" + cfg.HTTPAddr
			}
			bundles, err := orderBundles(cmd.Context(), args[0], serverURL, bundlesFile)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			if rpc == "" {
				rpc = cfg.EthRPC
			}
			if rpc == "" {
				rpc = "http://" + cfg.EthRPCAddr
			}
			c, err := ethclient.DialContext(cmd.Context(), rpc)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			defer c.Close()
			rep, err := audit.VerifyOrder(cmd.Context(), bundles, trust, c, audit.Options{Confirmations: confirmations})
			if err != nil {
				code := audit.ExitTampered
				if k := audit.KindOf(err); k == "" || k == audit.RPC || k == audit.BadFormat {
					code = audit.ExitError
				}
				return exitError{code: code, err: err}
			}
			audit.PrintOrder(cmd.OutOrStdout(), rep)
			if rep.Problems > 0 {
				return exitError{code: audit.ExitTampered, err: fmt.Errorf("audit order %s: %d problem(s)", args[0], rep.Problems)}
			}
			return nil
		},
	}
	order.Flags().StringVar(&serverURL, "server", "", "souq's base URL (default http://<--http-addr>)")
	order.Flags().StringVar(&bundlesFile, "bundles", "", "read the order's bundles from this file instead of the server")
	order.Flags().StringVar(&escrowAddr, "escrow", "", "pinned Escrow address (default the trust root's \"escrow\")")
	order.Flags().StringVar(&rpc, "rpc", "", "EVM JSON-RPC URL (default --eth-rpc, else the embedded dev chain's)")
	order.Flags().Uint64Var(&confirmations, "confirmations", 1, "confirmations each anchoring transaction needs")
	order.Flags().StringVar(&trustFile, "trust", "", "pinned trust root: a JSON file {chainId, contract, origin, key[, escrow]}")
	order.Flags().Uint64Var(&chainID, "chain-id", 0, "pinned chain id (instead of --trust)")
	order.Flags().StringVar(&contract, "anchor", "", "pinned EventAnchor address (instead of --trust)")
	order.Flags().StringVar(&logKey, "log-key", "", "pinned log verifier key (instead of --trust)")
	history := &cobra.Command{
		Use:   "log",
		Short: "Check that souq's log was only ever appended to: every checkpoint the pinned contract recorded, each consistent with the one before",
		Long: "Reads every Checkpoint the pinned EventAnchor logged, asks --server for the consistency proof between each " +
			"consecutive pair and checks it (signatures by the pinned key, RFC 6962 consistency, both anchors). Exit 0: the " +
			"history only grew; 1: a fork, a shrink or a rewritten checkpoint (named); 2: unreadable input or RPC error.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			trust, err := pinnedTrust(trustFile, chainID, contract, logKey)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			if serverURL == "" {
				serverURL = "http://" + cfg.HTTPAddr
			}
			if rpc == "" {
				rpc = cfg.EthRPC
			}
			if rpc == "" {
				rpc = "http://" + cfg.EthRPCAddr
			}
			c, err := ethclient.DialContext(cmd.Context(), rpc)
			if err != nil {
				return exitError{code: audit.ExitError, err: err}
			}
			defer c.Close()
			fetch := func(ctx context.Context, o, n uint64) (*journal.Consistency, error) {
				raw, err := httpGet(ctx, fmt.Sprintf("%s/api/v1/audit/consistency?from=%d&to=%d", strings.TrimRight(serverURL, "/"), o, n))
				if err != nil {
					return nil, err
				}
				return audit.ParseConsistency(bytes.NewReader(raw))
			}
			cps, err := audit.VerifyHistory(cmd.Context(), trust, c, fetch, audit.Options{Confirmations: confirmations})
			if err != nil {
				code := audit.ExitTampered
				if k := audit.KindOf(err); k == "" || k == audit.RPC || k == audit.BadFormat {
					code = audit.ExitError
				}
				return exitError{code: code, err: err}
			}
			last := uint64(0)
			if len(cps) > 0 {
				last = cps[len(cps)-1].Size
			}
			fmt.Fprintf(cmd.OutOrStdout(), "OK %d checkpoints recorded by %s on chain %d, each consistent with the one before: the log of %d events was only ever appended to\n",
				len(cps), strings.ToLower(trust.Contract.Hex()), trust.ChainID, last)
			return nil
		},
	}
	history.Flags().StringVar(&serverURL, "server", "", "souq's base URL (default http://<--http-addr>)")
	history.Flags().StringVar(&rpc, "rpc", "", "EVM JSON-RPC URL (default --eth-rpc, else the embedded dev chain's)")
	history.Flags().Uint64Var(&confirmations, "confirmations", 1, "confirmations each anchoring transaction needs")
	history.Flags().StringVar(&trustFile, "trust", "", "pinned trust root: a JSON file {chainId, contract, origin, key}")
	history.Flags().Uint64Var(&chainID, "chain-id", 0, "pinned chain id (instead of --trust)")
	history.Flags().StringVar(&contract, "anchor", "", "pinned EventAnchor address (instead of --trust)")
	history.Flags().StringVar(&logKey, "log-key", "", "pinned log verifier key (instead of --trust)")
	cmd.AddCommand(verify, keygen, order, history)
	return cmd
}

// httpGet returns the body of a 200 answer.
func httpGet(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
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
		raw, err = httpGet(ctx, strings.TrimRight(serverURL, "/")+"/api/v1/audit/orders/"+id+"/bundles")
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
