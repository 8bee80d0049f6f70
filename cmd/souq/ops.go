package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/store"
)

func newBackupCmd(cfg *Config) *cobra.Command {
	var serverURL string
	cmd := &cobra.Command{
		Use:   "backup OUT.db",
		Short: "Write a consistent copy of souq's store, while souq runs or not",
		Long: "With souq stopped the store is copied directly; while souq runs (the file is locked) the copy " +
			"comes from the server's admin endpoint, authorised with the arbiter key.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := args[0]
			src := filepath.Join(cfg.DataDir, "souq.db")
			db, err := store.OpenReadOnly(src)
			switch {
			case err == nil:
				defer db.Close()
				if err := writeAtomically(out, func(w io.Writer) error { _, err := db.WriteTo(w); return err }); err != nil {
					return err
				}
			case errors.Is(err, store.ErrLocked):
				if serverURL == "" {
					serverURL = "http://" + cfg.HTTPAddr
				}
				if err := backupFromServer(cmd, serverURL, cfg, out); err != nil {
					return err
				}
			default:
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "backup written to", out)
			return nil
		},
	}
	cmd.Flags().StringVar(&serverURL, "server", "", "running souq's base URL (default http://<http-addr>)")
	return cmd
}

func backupFromServer(cmd *cobra.Command, base string, cfg *Config, out string) error {
	key := os.Getenv("SOUQ_ARBITER_KEY")
	if key == "" {
		b, err := os.ReadFile(filepath.Join(cfg.DataDir, "arbiter-key"))
		if err != nil {
			return errors.New("souq is running: set $SOUQ_ARBITER_KEY to take the backup through its server")
		}
		key = strings.TrimSpace(string(b))
	}
	req, err := http.NewRequestWithContext(cmd.Context(), http.MethodGet, strings.TrimRight(base, "/")+"/api/v1/admin/backup", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("backup through %s: %w", base, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("backup through %s: %s", base, resp.Status)
	}
	return writeAtomically(out, func(w io.Writer) error { _, err := io.Copy(w, resp.Body); return err })
}

// writeAtomically writes to a temporary file beside path, syncs it, and renames it into place, so a
// failed backup never leaves a truncated file that looks like a good one.
func writeAtomically(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".souq-backup-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func newDeployCmd(cfg *Config) *cobra.Command {
	var treasury, arbiter, outFile string
	var feeBps uint16
	var disputePeriod time.Duration
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy Escrow and EventAnchor to --eth-rpc from the relayer key: owned by the owner, the arbiter's and anchorer the keys of `souq keys init`",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.EthRPC == "" {
				return errors.New("deploy needs --eth-rpc and --eth-chain-id (the embedded dev chain deploys by itself)")
			}
			pass, err := keys.Passphrase(cfg.PassphraseEnv, cfg.PassphraseFile)
			if err != nil {
				return err
			}
			// The relayer deploys (and pays) and anchors; the contracts belong to the owner and
			// name the arbiter key: each power its own key.
			ks := keys.Keystore{Dir: cfg.keystoreDir()}
			book, err := ks.Roles()
			if err != nil {
				return fmt.Errorf("%w: create the keys with `souq keys init` and fund the relayer", err)
			}
			if err := book.Check(keys.AllRoles...); err != nil {
				return err
			}
			k, err := ks.Unlock(book[keys.RoleRelayer], pass)
			if err != nil {
				return err
			}
			p := chain.DeployParams{Owner: book[keys.RoleOwner], Treasury: book[keys.RoleOwner], Arbiter: book[keys.RoleArbiter], Anchorer: k.Address(), FeeBps: feeBps, DisputePeriod: disputePeriod}
			for _, f := range []struct {
				flag, value string
				dst         *common.Address
			}{{"treasury", treasury, &p.Treasury}, {"arbiter", arbiter, &p.Arbiter}} {
				if f.value == "" {
					continue
				}
				a, err := keys.ValidateAddress(f.value)
				if err != nil {
					return fmt.Errorf("--%s: %w", f.flag, err)
				}
				*f.dst = common.HexToAddress(a)
			}
			n := chain.Network{RPCURL: cfg.EthRPC, ChainID: cfg.EthChainID}
			c, err := chain.Dial(cmd.Context(), n)
			if err != nil {
				return err
			}
			defer c.Close()
			contracts, err := chain.Deploy(cmd.Context(), c, k.PrivateKey(), new(big.Int).SetUint64(cfg.EthChainID), p, nil)
			if err != nil {
				return err
			}
			out, _ := json.MarshalIndent(deployment{ChainID: cfg.EthChainID, Contracts: contracts}, "", "  ")
			if outFile != "" {
				if err := writeAtomically(outFile, func(w io.Writer) error { _, err := w.Write(append(out, '\n')); return err }); err != nil {
					return fmt.Errorf("--out: %w", err)
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s\nstart souq with --escrow %s --anchor %s --deploy-block %d", out, contracts.Escrow.Hex(), contracts.EventAnchor.Hex(), contracts.DeployBlock)
			if outFile != "" {
				fmt.Fprintf(cmd.OutOrStdout(), " (or --deployment %s)", outFile)
			}
			fmt.Fprintln(cmd.OutOrStdout())
			return nil
		},
	}
	cmd.Flags().StringVar(&treasury, "treasury", "", "fee treasury (default the owner)")
	cmd.Flags().StringVar(&arbiter, "arbiter", "", "dispute arbiter (default the arbiter in the roles file)")
	cmd.Flags().Uint16Var(&feeBps, "fee-bps", 100, "platform fee in basis points (at most 1000)")
	cmd.Flags().DurationVar(&disputePeriod, "dispute-period", chain.DefaultDisputePeriod, "how long the arbiter has to decide a dispute before anyone may refund the buyer in full (24h to 2160h)")
	cmd.Flags().StringVar(&outFile, "out", "", "also write the deployment (chain id, addresses, deploy block) to this JSON file, for `souq serve --deployment`")
	return cmd
}

// newAPIKeyCmd creates a merchant API key: printed once, only its sha256 stored (in <data>/api-keys).
func newAPIKeyCmd(cfg *Config) *cobra.Command {
	return &cobra.Command{
		Use:   "api-key MERCHANT-NUMBER",
		Short: "Create an API key acting as the merchant with this WhatsApp number (printed once, stored as a digest)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := souq.ParseWaID(args[0])
			if err != nil {
				return err
			}
			raw := make([]byte, 24)
			if _, err := rand.Read(raw); err != nil {
				return err
			}
			key := "mk_" + hex.EncodeToString(raw)
			digest := sha256.Sum256([]byte(key))
			if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
				return err
			}
			f, err := os.OpenFile(filepath.Join(cfg.DataDir, "api-keys"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(f, "%s %s\n", hex.EncodeToString(digest[:]), w); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), key)
			fmt.Fprintln(cmd.ErrOrStderr(), "restart souq to load it; use it as: Authorization: Bearer <key>")
			return nil
		},
	}
}
