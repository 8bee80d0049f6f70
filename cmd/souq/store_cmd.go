package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/souqchain/souq/store"
)

// newStoreCmd is `souq store usage` and `souq store compact`, operator tools for a stopped souq.
func newStoreCmd(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{Use: "store", Short: "Inspect or compact souq's store (souq stopped)"}
	cmd.AddCommand(&cobra.Command{
		Use:   "usage",
		Short: "Print each bucket's keys, bytes and pages, the pages in use and the file's size",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := filepath.Join(cfg.DataDir, "souq.db")
			db, err := store.OpenReadOnly(path)
			if err != nil {
				return fmt.Errorf("%w (is souq running?)", err)
			}
			defer db.Close()
			u, err := db.Usage()
			if err != nil {
				return err
			}
			return u.Print(cmd.OutOrStdout())
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "compact",
		Short: "Rewrite souq.db without its free pages; the old file stays as souq.db.pre-compact",
		Long: "souq prunes its store as it runs, and the pages it frees are reused, but bbolt never gives " +
			"them back to the file system. With souq stopped this copies the live records to a new file " +
			"and puts it in place of the old one, which is kept beside it until you delete it.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := filepath.Join(cfg.DataDir, "souq.db")
			old, tmp := path+".pre-compact", path+".compact-tmp"
			if _, err := os.Stat(old); err == nil {
				return fmt.Errorf("%s exists: remove it (an earlier compaction's original) first", old)
			}
			_ = os.Remove(tmp) // a compaction that died half way
			if err := store.CompactFile(path, tmp); err != nil {
				return err
			}
			before, err1 := os.Stat(path)
			after, err2 := os.Stat(tmp)
			if err := errors.Join(err1, err2); err != nil {
				return err
			}
			if err := os.Rename(path, old); err != nil {
				return err
			}
			if err := os.Rename(tmp, path); err != nil {
				return errors.Join(err, os.Rename(old, path))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d → %d bytes (the original is %s)\n", path, before.Size(), after.Size(), old)
			return nil
		},
	})
	return cmd
}
