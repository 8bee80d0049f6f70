package main

import (
	"fmt"
	"os"

	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
)

func newLogger(cfg *Config) *logrus.Logger {
	log := logrus.New()
	log.SetOutput(os.Stderr)
	if cfg.LogFormat == "json" {
		log.SetFormatter(&logrus.JSONFormatter{})
	}
	if lvl, err := logrus.ParseLevel(os.Getenv("SOUQ_LOG_LEVEL")); err == nil {
		log.SetLevel(lvl)
	}
	return log
}

func newServeCmd(cfg *Config) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Run souq (with no configuration: dev chain, Stellar sandbox and WhatsApp simulator under ./data)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := newLogger(cfg)
			app, err := Start(cmd.Context(), cfg, log)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "souq is running\n  server     %s\n", app.URL)
			if app.SimURL != "" {
				fmt.Fprintf(out, "  chat       %s   (WhatsApp simulator: play customer, merchant and courier)\n", app.SimURL)
			}
			fmt.Fprintf(out, "  EVM RPC    %s   (chain id %d)\n  escrow     %s\n  anchor     %s\n  horizon    %s\n  API        %s/api/v1/openapi.json\n",
				app.RPCURL, app.Network.ChainID, app.Network.Contracts.Escrow.Hex(), app.Network.Contracts.EventAnchor.Hex(), app.HorizonURL, app.URL)
			fmt.Fprintln(out, "Ctrl-C stops it; nothing is lost.")
			<-cmd.Context().Done()
			fmt.Fprintln(out, "stopping…")
			return app.Close()
		},
	}
}
