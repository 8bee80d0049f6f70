package sandbox

import (
	"testing"

	"github.com/stellar/go-stellar-sdk/txnbuild"
)

func TestSmoke(t *testing.T) {
	h := newHarness(t, Config{})
	root, err := h.hc.Root()
	if err != nil {
		t.Fatal(err)
	}
	if root.NetworkPassphrase != NetworkPassphrase {
		t.Fatalf("passphrase %q", root.NetworkPassphrase)
	}
	as := h.newAsset("PTS", txnbuild.AuthRevocable, txnbuild.AuthClawbackEnabled)
	c := h.funded()
	h.trust(c, as.a)
	tx := h.mustSubmit(as.dist, []txnbuild.Operation{&txnbuild.Payment{Destination: c.Address(), Asset: as.a, Amount: "5"}})
	t.Logf("tx %s ledger %d", tx.Hash, tx.Ledger)
	acct := h.account(c)
	t.Logf("%+v", acct.Balances)
	if got := acct.GetCreditBalance("PTS", as.issuer.Address()); got != "5.0000000" {
		t.Fatalf("balance %s", got)
	}
}
