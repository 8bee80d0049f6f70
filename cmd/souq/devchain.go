package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/txstore"
)

// newDevChainCmd runs the embedded default's dev chain on its own, for `souq serve --dev-chain`
// in another process (and for soaks that stop and restart the chain independently of souq).
func newDevChainCmd() *cobra.Command {
	var dir, addr string
	cmd := &cobra.Command{
		Use:   "devchain",
		Short: "Run only the dev chain (the embedded default's EVM node) until SIGTERM; souq serve --dev-chain talks to it",
		Long: "devchain runs the same dev node as the embedded default (chain id 1337, Hardhat's well-known dev " +
			"accounts, every block durable, time travel by souqdev_advanceTime), deploys souq's contracts on first " +
			"start into <data-dir>/souq-contracts.json, and prints the command that points souq at it.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			host, port, err := splitRPCAddr(addr)
			if err != nil {
				return err
			}
			n, err := devnode.Start(cmd.Context(), devnode.Config{DataDir: dir, Host: host, Port: port, FeeBps: 100})
			if err != nil {
				return fmt.Errorf("dev chain: %w", err)
			}
			c := n.Contracts()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "souq dev chain running\n  RPC        %s   (chain id %d)\n  escrow     %s\n  anchor     %s\n  token      %s\n  contracts  %s\n",
				n.HTTPURL(), devnode.ChainID, c.Escrow.Hex(), c.EventAnchor.Hex(), c.TestToken.Hex(), filepath.Join(dir, "souq-contracts.json"))
			fmt.Fprintf(out, "souq serve --eth-rpc %s --dev-chain --escrow %s --anchor %s --token %s\n",
				n.HTTPURL(), c.Escrow.Hex(), c.EventAnchor.Hex(), c.TestToken.Hex())
			<-cmd.Context().Done()
			fmt.Fprintln(out, "stopping…")
			return n.Close()
		},
	}
	cmd.Flags().StringVar(&dir, "data-dir", "./data/devchain", "directory of the chain")
	cmd.Flags().StringVar(&addr, "rpc-addr", "127.0.0.1:8545", "JSON-RPC listen address (HTTP and WebSocket; loopback; port 0 picks a free one)")
	return cmd
}

// splitRPCAddr turns host:port into devnode's Host and Port (port 0: any free port).
func splitRPCAddr(addr string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("rpc address %q: %w", addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("rpc address %q: bad port", addr)
	}
	if port == 0 {
		port = -1 // any free port
	}
	return host, port, nil
}

// devChain reports whether souq runs on a dev chain, embedded or `souq devchain` (--dev-chain):
// its roles are the well-known dev keys and its custodial wallets are topped up by the dev faucet.
func (a *App) devChain() bool { return a.Node != nil || a.cfg.DevChain }

// devChainNetwork completes the network of a --dev-chain node as the embedded default's: the dev
// chain never reorganises, and the faucet mints the test token given by --token.
func (a *App) devChainNetwork() {
	a.Network.Name = "dev"
	if a.cfg.Confirmations == 0 {
		a.Network.Confirmations = 1
	}
	if common.IsHexAddress(a.cfg.TokenAddr) {
		a.Network.Contracts.TestToken = common.HexToAddress(a.cfg.TokenAddr)
	}
}

// ErrChainBehind: the chain's head is below a block souq's store has already seen.
var ErrChainBehind = errors.New("the chain is behind souq's store")

// checkChainNotBehind refuses to start a dev chain whose head is below the blocks souq's watcher
// has already scanned: its data was lost (a dev chain from before write-through, killed) or
// restored from an older copy, and souq would report money that is not on the chain. (On a
// real network the general answer, reconciling the store when a head goes back, belongs to the
// escrow watcher.)
func checkChainNotBehind(ctx context.Context, a *App, ts *txstore.Store) error {
	if !a.devChain() {
		return nil
	}
	next, ok, err := ts.LoadCursor(ctx, "escrow")
	if err != nil || !ok {
		return err
	}
	head, err := a.Client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("dev chain head: %w", err)
	}
	if next <= head+1 {
		return nil
	}
	where := a.RPCURL
	if a.Node != nil {
		where = filepath.Join(a.cfg.DataDir, "evm")
	}
	return fmt.Errorf("%w: the dev chain (%s) is at block %d, but souq's store (%s) has already seen block %d: "+
		"the chain's data was lost or restored from an older copy, and souq would report money that is not on it. "+
		"Put back the chain data that goes with this store, or start both afresh (dev chain only: move %s aside)",
		ErrChainBehind, where, head, filepath.Join(a.cfg.DataDir, "souq.db"), next-1, a.cfg.DataDir)
}
