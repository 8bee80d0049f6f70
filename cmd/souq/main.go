// Command souq runs souq: escrowed sales and loyalty tokens inside WhatsApp.
//
//	souq serve            the server; with no configuration, the embedded default (dev chain,
//	                      Stellar sandbox, WhatsApp simulator, data under ./data)
//	souq demo             a scripted sale through a running server, verifying every proof
//	souq audit verify F   check a proof bundle against the chain alone
//	souq deploy           deploy the contracts to a configured EVM chain
//	souq keys …           operator keys and the custodial-wallet seed
//	souq backup F         consistent copy of the store while souq runs
//	souq devchain         the embedded default's dev chain on its own (serve --dev-chain uses it)
//	souq status           open and stuck outbound work, with the reason and what to do
//
// Every flag has a SOUQ_* environment variable (flag --eth-rpc ↔ SOUQ_ETH_RPC); a flag given on the
// command line wins.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot().ExecuteContext(ctx)
	stop()
	if err != nil {
		var ex exitError
		if errors.As(err, &ex) {
			fmt.Fprintln(os.Stderr, "souq:", ex.err)
			os.Exit(ex.code)
		}
		fmt.Fprintln(os.Stderr, "souq:", err)
		os.Exit(1)
	}
}

// exitError carries a specific exit code (audit verify uses one per kind of failure).
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }
func (e exitError) Unwrap() error { return e.err }

func newRoot() *cobra.Command {
	cfg := &Config{}
	root := &cobra.Command{
		Use:           "souq",
		Short:         "Escrowed sales and loyalty tokens inside WhatsApp",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return cfg.applyEnv(cmd)
		},
	}
	cfg.bindCommon(root.PersistentFlags())
	root.AddCommand(newKeysCmd(cfg), newServeCmd(cfg), newDemoCmd(cfg), newAuditCmd(cfg), newBackupCmd(cfg), newDeployCmd(cfg), newDevChainCmd(), newStatusCmd(cfg), newStoreCmd(cfg))
	return root
}
