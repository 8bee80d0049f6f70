package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/txstore"
)

// preflightTimeout bounds all start-up checks together: a node that stops answering must not hang
// the start.
const preflightTimeout = 30 * time.Second

// deployment is what `souq deploy --out FILE` writes and `souq serve --deployment FILE` reads.
type deployment struct {
	ChainID uint64 `json:"chainId"`
	chain.Contracts
}

// loadDeployment fills --escrow, --anchor and --deploy-block from --deployment when they are not
// given.
func (c *Config) loadDeployment() error {
	if c.Deployment == "" {
		return nil
	}
	raw, err := os.ReadFile(c.Deployment)
	if err != nil {
		return fmt.Errorf("--deployment: %w", err)
	}
	var d deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return fmt.Errorf("--deployment %s: %w", c.Deployment, err)
	}
	if d.ChainID != 0 && c.EthChainID != 0 && d.ChainID != c.EthChainID {
		return fmt.Errorf("--deployment %s is for chain %d, --eth-chain-id is %d", c.Deployment, d.ChainID, c.EthChainID)
	}
	if c.EscrowAddr == "" {
		c.EscrowAddr = d.Escrow.Hex()
	}
	if c.AnchorAddr == "" {
		c.AnchorAddr = d.EventAnchor.Hex()
	}
	if c.DeployBlock == 0 {
		c.DeployBlock = d.DeployBlock
	}
	return nil
}

// defaultConfirmations sets the network's confirmations when --confirmations is not given, from
// what the node is (see chain.DefaultConfirmations).
func (a *App) defaultConfirmations(ctx context.Context) {
	if a.cfg.Confirmations != 0 {
		return
	}
	version := func(ctx context.Context) (string, error) {
		var v string
		err := a.Client.Client().CallContext(ctx, &v, "web3_clientVersion")
		return v, err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	n, why := chain.DefaultConfirmations(ctx, a.Network.ChainID, version)
	a.Network.Confirmations = n
	a.log.WithFields(map[string]any{"confirmations": n, "why": why}).Info("confirmations not set: default chosen (set --confirmations to override)")
}

// preflightChain checks, before anything is sent, that the configured contracts are souq's on
// this chain and that the token is what the configuration says (or reads what it does not say).
func (a *App) preflightChain(ctx context.Context, operator common.Address) error {
	ctx, cancel := context.WithTimeout(ctx, preflightTimeout)
	defer cancel()
	if a.Node == nil {
		if err := chain.CheckEscrow(ctx, a.Client, a.Network.Contracts.Escrow, a.Network.ChainID); err != nil {
			return err
		}
		size, err := chain.CheckAnchor(ctx, a.Client, a.Network.Contracts.EventAnchor, operator)
		if err != nil {
			return err
		}
		a.anchoredOnChain = size
		if err := a.checkRoles(ctx); err != nil {
			return err
		}
		if a.Network.Contracts.DeployBlock == 0 {
			a.log.Warn("--deploy-block not set: the escrow watcher scans from block 0 at first start; pass the block `souq deploy` printed (or --deployment)")
		}
	}
	tok := a.tokenAddress()
	if tok == (common.Address{}) {
		if a.cfg.TokenSymbol == "" {
			a.cfg.TokenSymbol = "USDC" // names the loyalty currency only; no token is accepted
		}
		return nil
	}
	wantSymbol := a.cfg.TokenSymbol
	if a.devChain() {
		wantSymbol = "" // the dev chain's test token (tUSD) plays USDC under any name
	}
	t, err := chain.ReadToken(ctx, a.Client, tok, wantSymbol, a.cfg.TokenDecimals)
	if err != nil {
		return err
	}
	if a.cfg.TokenSymbol == "" {
		a.cfg.TokenSymbol = t.Symbol
		if a.devChain() {
			a.cfg.TokenSymbol = "USDC"
		}
	}
	if a.cfg.TokenDecimals < 0 {
		a.cfg.TokenDecimals = int(t.Decimals)
	}
	return nil
}

// preflightData checks that this data directory belongs to the chain and contracts it is
// started with: the transactions it saw mined are still on the chain, and the transparency log's
// size anchored on chain is the one it anchored. Otherwise souq would send with nonces the chain
// refuses ("nonce too high") or anchor checkpoints EventAnchor refuses, for ever.
func (a *App) preflightData(ctx context.Context, ts *txstore.Store, accounts ...common.Address) error {
	if a.Node != nil {
		return nil // the embedded chain lives in the data directory itself
	}
	ctx, cancel := context.WithTimeout(ctx, preflightTimeout)
	defer cancel()
	seen := map[common.Address]bool{}
	for _, acc := range accounts {
		if seen[acc] {
			continue
		}
		seen[acc] = true
		mined, err := ts.ListMined(ctx, acc, 0)
		if err != nil {
			return err
		}
		var maxNonce uint64
		var any bool
		var lastBlock uint64
		var lastHash common.Hash
		for _, in := range mined {
			if in.Receipt == nil || !in.HasNonce {
				continue
			}
			any = true
			maxNonce = max(maxNonce, in.Nonce)
			if in.Receipt.BlockNumber >= lastBlock {
				lastBlock, lastHash = in.Receipt.BlockNumber, in.Receipt.BlockHash
			}
		}
		if !any {
			continue
		}
		if err := chain.CheckAccountHistory(ctx, a.Client, acc, maxNonce, lastBlock, lastHash); err != nil {
			return err
		}
	}
	if a.Anchor == nil {
		return nil
	}
	recs, err := a.Anchor.Checkpoints(ctx)
	if err != nil {
		return err
	}
	var anchored uint64
	var pending []uint64
	for _, r := range recs {
		switch r.State {
		case journal.Anchored:
			anchored = max(anchored, r.Size)
		case journal.Pending:
			pending = append(pending, r.Size)
		}
	}
	return chain.CheckJournalAnchored(a.Network.Contracts.EventAnchor, a.anchoredOnChain, anchored, pending)
}

// errWrongArbiter: the escrow's arbiter is not the arbiter key souq holds.
var errWrongArbiter = errors.New("the escrow's arbiter is not souq's arbiter key")

// checkRoles compares the powers the deployed contracts give with souq's keys: an arbiter that
// is not souq's arbiter key makes every resolution revert (refused); a contract owned by the
// relayer is one key playing two parts (warned: ownership moves by transferOwnership and
// acceptOwnership from the owner).
func (a *App) checkRoles(ctx context.Context) error {
	on, err := chain.ReadRoles(ctx, a.Client, a.Network.Contracts.Escrow, a.Network.Contracts.EventAnchor)
	if err != nil {
		return err
	}
	if arb := a.Roles[keys.RoleArbiter]; on.Arbiter != arb {
		return fmt.Errorf("--escrow %s has arbiter %s, but souq's arbiter key is %s: every resolution would revert (NotArbiter); have the owner call setArbiter(%s), or set the arbiter key's address in %s: %w",
			a.Network.Contracts.Escrow.Hex(), on.Arbiter.Hex(), arb.Hex(), arb.Hex(), keys.RolesFile, errWrongArbiter)
	}
	relayer := a.Roles[keys.RoleRelayer]
	for name, owner := range map[string]common.Address{"Escrow": on.EscrowOwner, "EventAnchor": on.AnchorOwner} {
		switch {
		case owner == relayer:
			a.log.WithField("contract", name).Warn("the relayer key owns the contract: one key plays two parts; transfer ownership to the owner (transferOwnership, then acceptOwnership from it)")
		case a.Roles[keys.RoleOwner] != (common.Address{}) && owner != a.Roles[keys.RoleOwner]:
			a.log.WithFields(logrus.Fields{"contract": name, "owner": owner.Hex()}).Warn("the contract's owner is not the owner in " + keys.RolesFile)
		}
	}
	return nil
}
