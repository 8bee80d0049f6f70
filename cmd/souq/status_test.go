package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/store"
)

// `souq status` with souq stopped reads the store itself: open work, stuck first, with the reason
// and what to do, and exit 3 when something is stuck.
func TestStatusCommandOffline(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	db, err := store.Open(filepath.Join(dir, "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	intents := []*souq.Intent{
		{Key: "escrow.release/0x01/1", Kind: souq.IntentRelease, Status: souq.IntentPending, Attempt: 1, Attempts: 3,
			CreatedAt: now.Add(-time.Hour), NextAt: now.Add(5 * time.Minute), Class: souq.ClassOperator,
			LastError: "relayer holds 0 ETH, needs 21000", Stuck: "needs the operator: relayer out of gas"},
		{Key: "n/0x02/offer/customer/1", Kind: souq.IntentNotify, Status: souq.IntentPending, CreatedAt: now, NextAt: now},
		{Key: "escrow.fund/0x03/1", Kind: souq.IntentFund, Status: souq.IntentDone, CreatedAt: now.Add(-time.Hour)},
	}
	if err := db.Sales().Update(context.Background(), func(tx souq.Tx) error {
		for _, in := range intents {
			if _, err := tx.Enqueue(in); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := run(t, nil, "status", "--data", dir)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 3 {
		t.Fatalf("err %v, want exit 3\n%s", err, out)
	}
	for _, want := range []string{"2 open, 1 stuck", "escrow.release/0x01/1#1", souq.StuckOperator, "relayer holds 0 ETH", "tries again every"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "escrow.fund/0x03/1") {
		t.Errorf("status lists done work:\n%s", out)
	}
	if i, j := strings.Index(out, "escrow.release"), strings.Index(out, "n/0x02"); i < 0 || j < 0 || i > j {
		t.Errorf("stuck work not listed first:\n%s", out)
	}
}
