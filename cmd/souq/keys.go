package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/souqchain/souq/chain/keys"
)

func newKeysCmd(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Operator keys (encrypted keystore) and the custodial-wallet seed",
		Long: "Keys are encrypted with the passphrase from $SOUQ_PASSPHRASE (or --passphrase-env / " +
			"--passphrase-file). Private keys are never printed.",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "create",
		Short: "Create an operator key in the keystore and print its address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			addr, err := keys.Keystore{Dir: cfg.keystoreDir()}.Create(pass)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the operator keys' addresses",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			addrs, err := keys.Keystore{Dir: cfg.keystoreDir()}.List()
			if err != nil {
				return err
			}
			for _, a := range addrs {
				fmt.Fprintln(cmd.OutOrStdout(), a.Hex())
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "seed-create",
		Short: "Create the encrypted BIP-32 seed custodial customer wallets are derived from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			if err := keys.CreateSeed(cfg.seedFile(), pass, keys.StandardScryptN, keys.StandardScryptP); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "seed written to", cfg.seedFile())
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "wallet INDEX",
		Short: "Print the address of custodial wallet INDEX (m/44'/60'/0'/0/INDEX)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			i, err := strconv.ParseUint(args[0], 10, 31)
			if err != nil {
				return fmt.Errorf("wallet index %q: want 0 to 2147483647", args[0])
			}
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			w, err := keys.OpenWallets(cfg.seedFile(), pass)
			if err != nil {
				return err
			}
			addr, err := w.Address(uint32(i))
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	})
	cmd.AddCommand(newAPIKeyCmd(cfg))
	return cmd
}
