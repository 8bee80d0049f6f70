package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/spf13/cobra"

	"github.com/souqchain/souq/chain/keys"
)

func newKeysCmd(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Operator keys (encrypted keystore), one per power, and the custodial-wallet seed",
		Long: "Keys are encrypted with the passphrase from $SOUQ_PASSPHRASE (or --passphrase-env / " +
			"--passphrase-file). Private keys are never printed. Each power has its own key: the owner " +
			"(of the contracts), the relayer (sends and pays for transactions), the arbiter (resolves " +
			"disputes) and the attester (signs deliveries); <keystore>/" + keys.RolesFile + " says which is which.",
	}
	var owner, arbiter string
	initCmd := &cobra.Command{
		Use:   "init",
		Short: "Create a key for each power (owner, relayer, arbiter, attester) and print the roles; roles already set keep their keys",
		Long: "The owner's key only signs administration calls (fee, treasury, arbiter, pause): keep it off the server, " +
			"in a hardware wallet or a multisig, and pass its address with --owner. souq serve holds the relayer's, " +
			"the arbiter's and the attester's keys.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			ext := keys.RoleBook{}
			for r, v := range map[keys.Role]string{keys.RoleOwner: owner, keys.RoleArbiter: arbiter} {
				if v == "" {
					continue
				}
				a, err := keys.ValidateAddress(v)
				if err != nil {
					return fmt.Errorf("--%s: %w", r, err)
				}
				ext[r] = common.HexToAddress(a)
			}
			book, err := keys.Keystore{Dir: cfg.keystoreDir()}.InitRoles(pass, ext)
			if err != nil {
				return err
			}
			printRoles(cmd.OutOrStdout(), book)
			return nil
		},
	}
	initCmd.Flags().StringVar(&owner, "owner", "", "the owner's address when its key lives elsewhere (a multisig, a hardware wallet): no key is created for it")
	initCmd.Flags().StringVar(&arbiter, "arbiter", "", "the arbiter's address when its key lives elsewhere (souq serve then cannot resolve disputes itself)")
	cmd.AddCommand(initCmd)
	var role string
	createCmd := &cobra.Command{
		Use:   "create",
		Short: "Create a key in the keystore and print its address; with --role, give it that power (replacing the key that had it)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if role != "" && !slices.Contains(keys.AllRoles, keys.Role(role)) {
				return fmt.Errorf("--role %q: want one of %v", role, keys.AllRoles)
			}
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			ks := keys.Keystore{Dir: cfg.keystoreDir()}
			addr, err := ks.Create(pass)
			if err != nil {
				return err
			}
			if role != "" {
				if _, err := ks.SetRoles(keys.RoleBook{keys.Role(role): addr}); err != nil {
					return err
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	}
	createCmd.Flags().StringVar(&role, "role", "", "owner, relayer, arbiter or attester")
	cmd.AddCommand(createCmd)
	cmd.AddCommand(&cobra.Command{
		Use:   "set-role ROLE ADDRESS",
		Short: "Give a power to an address: a key already in the keystore (an existing deployment's key), or for owner and arbiter an account held elsewhere",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			r := keys.Role(args[0])
			if !slices.Contains(keys.AllRoles, r) {
				return fmt.Errorf("role %q: want one of %v", args[0], keys.AllRoles)
			}
			a, err := keys.ValidateAddress(args[1])
			if err != nil {
				return err
			}
			addr := common.HexToAddress(a)
			ks := keys.Keystore{Dir: cfg.keystoreDir()}
			held, err := ks.List()
			if err != nil {
				return err
			}
			if (r == keys.RoleRelayer || r == keys.RoleAttester) && !slices.Contains(held, addr) {
				return fmt.Errorf("%s has no key in %s: souq serve signs as the %s (import it, or souq keys create --role %s)", addr.Hex(), ks.Dir, r, r)
			}
			book, err := ks.SetRoles(keys.RoleBook{r: addr})
			if err != nil {
				return err
			}
			printRoles(cmd.OutOrStdout(), book)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "roles",
		Short: "Print which address holds which power",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			book, err := keys.Keystore{Dir: cfg.keystoreDir()}.Roles()
			if err != nil {
				return err
			}
			printRoles(cmd.OutOrStdout(), book)
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

// roleUse says what each power's account is for and whether it needs gas.
var roleUse = map[keys.Role]string{
	keys.RoleOwner:    "administration only (fee, treasury, arbiter, pause): keep it off the server (hardware wallet or multisig)",
	keys.RoleRelayer:  "sends and pays for souq's transactions and anchors the journal: fund it with gas money",
	keys.RoleArbiter:  "resolves disputes (Escrow.resolve checks the sender): fund it with a little gas money",
	keys.RoleAttester: "signs delivery attestations off chain: needs no funds",
}

func printRoles(w io.Writer, book keys.RoleBook) {
	for _, r := range keys.AllRoles {
		a, ok := book[r]
		if !ok {
			fmt.Fprintf(w, "%-9s (none)\n", r)
			continue
		}
		fmt.Fprintf(w, "%-9s %s  %s\n", r, a.Hex(), roleUse[r])
	}
}
