package sandbox

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stellar/go-stellar-sdk/amount"
	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/network"
	"github.com/stellar/go-stellar-sdk/txnbuild"
	"github.com/stellar/go-stellar-sdk/xdr"
)

// TestResultCodes checks one documented Stellar result code per rule, each through the real
// horizonclient: the code Horizon would return, and that a rejected transaction changed nothing.
func TestResultCodes(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	as := h.newAsset("PTS", txnbuild.AuthRevocable, txnbuild.AuthClawbackEnabled)
	noClaw := h.newAsset("OLD") // issuer without clawback
	pay := func(to string, a txnbuild.Asset, amt string) txnbuild.Operation {
		return &txnbuild.Payment{Destination: to, Asset: a, Amount: amt}
	}
	for _, tc := range []struct {
		name string
		want string
		run  func(t *testing.T) error
	}{
		{"bad sequence", "tx_bad_seq", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{seqDelta: 5})
			return err
		}},
		{"wrong signer", "tx_bad_auth", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{pay(as.dist.Address(), txnbuild.NativeAsset{}, "1")}, txOpts{}, keypair.MustRandom())
			return err
		}},
		{"extra signature", "tx_bad_auth_extra", func(t *testing.T) error {
			kp := h.funded()
			_, err := h.submit(kp, []txnbuild.Operation{pay(as.dist.Address(), txnbuild.NativeAsset{}, "1")}, txOpts{}, kp, keypair.MustRandom())
			return err
		}},
		{"operation source did not sign", "tx_failed op_bad_auth", func(t *testing.T) error {
			kp := h.funded()
			_, err := h.submit(kp, []txnbuild.Operation{&txnbuild.Payment{Destination: kp.Address(), Asset: txnbuild.NativeAsset{}, Amount: "1", SourceAccount: as.dist.Address()}}, txOpts{})
			return err
		}},
		{"fee below base fee × operations", "tx_insufficient_fee", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{pay(as.dist.Address(), txnbuild.NativeAsset{}, "1"), pay(as.dist.Address(), txnbuild.NativeAsset{}, "1")}, txOpts{baseFee: 50})
			return err
		}},
		{"expired time bounds", "tx_too_late", func(t *testing.T) error {
			tb := txnbuild.NewTimebounds(0, time.Now().Add(-time.Minute).Unix())
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{timeBounds: &tb})
			return err
		}},
		{"future time bounds", "tx_too_early", func(t *testing.T) error {
			tb := txnbuild.NewTimebounds(time.Now().Add(time.Hour).Unix(), 0)
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{timeBounds: &tb})
			return err
		}},
		{"unknown source account", "tx_no_source_account", func(t *testing.T) error {
			_, err := h.submit(keypair.MustRandom(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{})
			return err
		}},
		{"payment beyond balance", "tx_failed op_underfunded", func(t *testing.T) error {
			c := h.funded()
			h.trust(c, as.a)
			_, err := h.submit(c, []txnbuild.Operation{pay(as.issuer.Address(), as.a, "1")}, txOpts{})
			return err
		}},
		{"destination has no trustline", "tx_failed op_no_trust", func(t *testing.T) error {
			_, err := h.submit(as.dist, []txnbuild.Operation{pay(h.funded().Address(), as.a, "1")}, txOpts{})
			return err
		}},
		{"trustline deauthorized", "tx_failed op_not_authorized", func(t *testing.T) error {
			c := h.funded()
			h.trust(c, as.a)
			h.mustSubmit(as.issuer, []txnbuild.Operation{&txnbuild.SetTrustLineFlags{Trustor: c.Address(), Asset: as.a, ClearFlags: []txnbuild.TrustLineFlag{txnbuild.TrustLineAuthorized}}})
			_, err := h.submit(as.dist, []txnbuild.Operation{pay(c.Address(), as.a, "1")}, txOpts{})
			return err
		}},
		{"new account below reserve", "tx_failed op_low_reserve", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.CreateAccount{Destination: keypair.MustRandom().Address(), Amount: "0.5"}}, txOpts{})
			return err
		}},
		{"trustline beyond reserve", "tx_failed op_low_reserve", func(t *testing.T) error {
			kp := keypair.MustRandom()
			h.mustSubmit(as.dist, []txnbuild.Operation{&txnbuild.CreateAccount{Destination: kp.Address(), Amount: "1.4"}})
			line, _ := as.a.ToChangeTrustAsset()
			_, err := h.submit(kp, []txnbuild.Operation{&txnbuild.ChangeTrust{Line: line}}, txOpts{})
			return err
		}},
		{"payment to missing account", "tx_failed op_no_destination", func(t *testing.T) error {
			_, err := h.submit(as.dist, []txnbuild.Operation{pay(keypair.MustRandom().Address(), txnbuild.NativeAsset{}, "1")}, txOpts{})
			return err
		}},
		{"over trustline limit", "tx_failed op_line_full", func(t *testing.T) error {
			c := h.funded()
			line, _ := as.a.ToChangeTrustAsset()
			h.mustSubmit(c, []txnbuild.Operation{&txnbuild.ChangeTrust{Line: line, Limit: "5"}})
			_, err := h.submit(as.dist, []txnbuild.Operation{pay(c.Address(), as.a, "6")}, txOpts{})
			return err
		}},
		{"clawback without the flag", "tx_failed op_not_clawback_enabled", func(t *testing.T) error {
			_, err := h.submit(noClaw.issuer, []txnbuild.Operation{&txnbuild.Clawback{From: noClaw.dist.Address(), Asset: noClaw.a, Amount: "1"}}, txOpts{})
			return err
		}},
		{"clawback flag without revocable", "tx_failed op_auth_revocable_required", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.SetOptions{SetFlags: []txnbuild.AccountFlag{txnbuild.AuthClawbackEnabled}}}, txOpts{})
			return err
		}},
		{"flags after AUTH_IMMUTABLE", "tx_failed op_cant_change", func(t *testing.T) error {
			kp := h.funded()
			h.mustSubmit(kp, []txnbuild.Operation{&txnbuild.SetOptions{SetFlags: []txnbuild.AccountFlag{txnbuild.AuthImmutable}}})
			_, err := h.submit(kp, []txnbuild.Operation{&txnbuild.SetOptions{SetFlags: []txnbuild.AccountFlag{txnbuild.AuthRevocable}}}, txOpts{})
			return err
		}},
		{"sponsorship left open", "tx_bad_sponsorship", func(t *testing.T) error {
			kp := h.funded()
			_, err := h.submit(kp, []txnbuild.Operation{&txnbuild.BeginSponsoringFutureReserves{SponsoredID: as.dist.Address()}}, txOpts{})
			return err
		}},
		{"account already exists", "tx_failed op_already_exists", func(t *testing.T) error {
			_, err := h.submit(h.funded(), []txnbuild.Operation{&txnbuild.CreateAccount{Destination: as.dist.Address(), Amount: "2"}}, txOpts{})
			return err
		}},
		{"claim by a non-claimant", "tx_failed op_cannot_claim", func(t *testing.T) error {
			other := h.funded()
			tx := h.build(as.dist.Address(), []txnbuild.Operation{&txnbuild.CreateClaimableBalance{Amount: "1", Asset: as.a,
				Destinations: []txnbuild.Claimant{txnbuild.NewClaimant(as.issuer.Address(), nil)}}}, txOpts{})
			id, _ := tx.ClaimableBalanceID(0)
			tx, _ = tx.Sign(NetworkPassphrase, as.dist)
			if _, err := h.hc.SubmitTransaction(tx); err != nil {
				t.Fatal(err)
			}
			_, err := h.submit(other, []txnbuild.Operation{&txnbuild.ClaimClaimableBalance{BalanceID: id}}, txOpts{})
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run(t)
			if got := codes(err); got != tc.want {
				t.Fatalf("got %q (%v), want %q", got, err, tc.want)
			}
		})
	}
}

// TestTooManyOperations: 101 operations do not fit MAX_OPS_PER_TX; Horizon cannot decode such an
// envelope and answers transaction_malformed.
func TestTooManyOperations(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	kp := h.funded()
	ops := make([]txnbuild.Operation, 101)
	for i := range ops {
		ops[i] = &txnbuild.BumpSequence{}
	}
	_, err := h.submit(kp, ops, txOpts{})
	var herr *horizonclient.Error
	if !errors.As(err, &herr) || herr.Problem.Type != problemBase+"transaction_malformed" || herr.Response.StatusCode != 400 {
		t.Fatalf("101 operations: %v", err)
	}
	if _, err := h.submit(kp, ops[:100], txOpts{}); codes(err) != "tx_failed "+strings.TrimSpace(strings.Repeat("op_not_supported ", 100)) {
		// BumpSequence is outside the supported set: 100 operations decode and are applied (and fail) as a unit.
		t.Fatalf("100 operations: %v", codes(err))
	}
}

// TestFailedOperationFailsWholeTransaction: the first payment succeeds on its own but the second
// fails, so neither applies; the fee and sequence number are consumed as on Stellar.
func TestFailedOperationFailsWholeTransaction(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	as := h.newAsset("PTS")
	c := h.funded()
	h.trust(c, as.a)
	before := h.account(as.dist)
	_, err := h.submit(as.dist, []txnbuild.Operation{
		&txnbuild.Payment{Destination: c.Address(), Asset: as.a, Amount: "10"},
		&txnbuild.Payment{Destination: h.funded().Address(), Asset: as.a, Amount: "1"},
	}, txOpts{})
	if codes(err) != "tx_failed op_success op_no_trust" {
		t.Fatalf("codes %q", codes(err))
	}
	if got := h.account(c).GetCreditBalance("PTS", as.issuer.Address()); got != "0.0000000" {
		t.Fatalf("first payment applied: %s", got)
	}
	after := h.account(as.dist)
	if after.Sequence != before.Sequence+1 {
		t.Fatalf("sequence %d → %d", before.Sequence, after.Sequence)
	}
	nb, _ := before.GetNativeBalance()
	na, _ := after.GetNativeBalance()
	b1, _ := amount.ParseInt64(nb)
	b2, _ := amount.ParseInt64(na)
	if b1-b2 != 200 { // base fee 100 × 2 operations
		t.Fatalf("fee: %s → %s", nb, na)
	}
}

// TestSponsoredAccountNeedsNoLumens: the CAP-33 sandwich creates a 0-XLM account with a trustline,
// its reserves carried by the sponsor; without the sandwich the same account cannot exist.
func TestSponsoredAccountNeedsNoLumens(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	as := h.newAsset("PTS")
	sponsor := h.funded()
	cust := keypair.MustRandom()
	line, _ := as.a.ToChangeTrustAsset()
	h.mustSubmit(sponsor, []txnbuild.Operation{
		&txnbuild.BeginSponsoringFutureReserves{SponsoredID: cust.Address()},
		&txnbuild.CreateAccount{Destination: cust.Address(), Amount: "0"},
		&txnbuild.ChangeTrust{Line: line, SourceAccount: cust.Address()},
		&txnbuild.EndSponsoringFutureReserves{SourceAccount: cust.Address()},
		&txnbuild.Payment{Destination: cust.Address(), Asset: as.a, Amount: "3", SourceAccount: as.dist.Address()},
	}, sponsor, cust, as.dist)
	a := h.account(cust)
	if a.Sponsor != sponsor.Address() || a.NumSponsored != 3 || a.SubentryCount != 1 || a.GetCreditBalance("PTS", as.issuer.Address()) != "3.0000000" {
		t.Fatalf("sponsored account %+v", a)
	}
	if s := h.account(sponsor); s.NumSponsoring != 3 {
		t.Fatalf("sponsor %+v", s.NumSponsoring)
	}
	if nb, _ := a.GetNativeBalance(); nb != "0.0000000" {
		t.Fatalf("native %s", nb)
	}
}

// TestOneTransactionPerSourcePerLedger: a second transaction from the same source while the first
// waits for its ledger is refused with 503 (try again later); after the close it goes through.
func TestOneTransactionPerSourcePerLedger(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	kp := h.funded()
	h.sb.StopTimer()
	acct := h.account(kp)
	mk := func(seq int64) string {
		tx, _ := txnbuild.NewTransaction(txnbuild.TransactionParams{SourceAccount: &txnbuild.SimpleAccount{AccountID: kp.Address(), Sequence: seq},
			IncrementSequenceNum: true, BaseFee: 100, Preconditions: txnbuild.Preconditions{TimeBounds: txnbuild.NewTimeout(60)},
			Operations: []txnbuild.Operation{&txnbuild.BumpSequence{BumpTo: 0}, &txnbuild.Payment{Destination: kp.Address(), Asset: txnbuild.NativeAsset{}, Amount: "1"}}[1:]})
		tx, _ = tx.Sign(NetworkPassphrase, kp)
		b, _ := tx.Base64()
		return b
	}
	first := make(chan error, 1)
	go func() { _, err := h.hc.SubmitTransactionXDR(mk(acct.Sequence)); first <- err }()
	deadline := time.Now().Add(5 * time.Second)
	var err error
	for time.Now().Before(deadline) {
		_, err = h.hc.SubmitTransactionXDR(mk(acct.Sequence + 1))
		if herr := horizonclient.GetError(err); herr != nil && herr.Response.StatusCode == http.StatusServiceUnavailable {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if herr := horizonclient.GetError(err); herr == nil || herr.Response.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("second tx in the same ledger: %v", err)
	}
	if _, err := h.sb.CloseLedger(); err != nil {
		t.Fatal(err)
	}
	if err := <-first; err != nil {
		t.Fatalf("first: %v", err)
	}
	h.sb.StartTimer(5 * time.Millisecond)
	if _, err := h.hc.SubmitTransactionXDR(mk(acct.Sequence + 1)); err != nil {
		t.Fatalf("next ledger: %v", err)
	}
}

// TestStatePersistsAcrossRestart: accounts, trustlines, transactions and the ledger number survive
// closing and reopening the database.
func TestStatePersistsAcrossRestart(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "ledger.db")
	h := newHarness(t, Config{DBPath: path})
	as := h.newAsset("PTS")
	c := h.funded()
	h.trust(c, as.a)
	tx := h.mustSubmit(as.dist, []txnbuild.Operation{&txnbuild.Payment{Destination: c.Address(), Asset: as.a, Amount: "7"}})
	seq := h.sb.LatestLedger()
	h.srv.Close()
	if err := h.sb.Close(); err != nil {
		t.Fatal(err)
	}
	h2 := newHarness(t, Config{DBPath: path})
	if got := h2.sb.LatestLedger(); got < seq {
		t.Fatalf("ledger %d after restart, was %d", got, seq)
	}
	if got := h2.account(c).GetCreditBalance("PTS", as.issuer.Address()); got != "7.0000000" {
		t.Fatalf("balance after restart %s", got)
	}
	got, err := h2.hc.TransactionDetail(tx.Hash)
	if err != nil || got.Ledger != tx.Ledger || !got.Successful {
		t.Fatalf("tx after restart %v %+v", err, got)
	}
	// And the ledger keeps going: the same account can transact with its next sequence number.
	h2.mustSubmit(as.dist, []txnbuild.Operation{&txnbuild.Payment{Destination: c.Address(), Asset: as.a, Amount: "1"}})
}

// TestRootSaysTestLedgerAndWrongNetworkFails: the root endpoint carries the notice, and an envelope
// signed for testnet is rejected (its hash, hence its signatures, differ).
func TestRootSaysTestLedgerAndWrongNetworkFails(t *testing.T) {
	t.Parallel()
	h := newHarness(t, Config{})
	resp, err := h.srv.Client().Get(h.srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	buf := new(strings.Builder)
	_, _ = bufCopy(buf, resp)
	if !strings.Contains(buf.String(), "TEST LEDGER") || !strings.Contains(buf.String(), "not a Stellar node") {
		t.Fatalf("root: %s", buf)
	}
	kp := h.funded()
	tx := h.build(kp.Address(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{})
	tx, _ = tx.Sign(network.TestNetworkPassphrase, kp)
	if _, err := h.hc.SubmitTransaction(tx); codes(err) != "tx_bad_auth" {
		t.Fatalf("testnet-signed: %q", codes(err))
	}
	// Fee stats and the missing-operation rule, straight from XDR.
	fs, err := h.hc.FeeStats()
	if err != nil || fs.LastLedgerBaseFee != 100 {
		t.Fatalf("fee stats %v %+v", err, fs)
	}
	env := h.build(kp.Address(), []txnbuild.Operation{&txnbuild.BumpSequence{}}, txOpts{}).ToXDR()
	env.V1.Tx.Operations = nil
	hash, _ := network.HashTransactionInEnvelope(env, NetworkPassphrase)
	sig, _ := kp.SignDecorated(hash[:])
	env.V1.Signatures = []xdr.DecoratedSignature{sig}
	b64, _ := xdr.MarshalBase64(env)
	if _, err := h.hc.SubmitTransactionXDR(b64); codes(err) != "tx_missing_operation" {
		t.Fatalf("no operations: %q", codes(err))
	}
	form := url.Values{"tx": {"not xdr"}}
	r2, err := h.srv.Client().PostForm(h.srv.URL+"/transactions", form)
	if err != nil || r2.StatusCode != 400 {
		t.Fatalf("garbage: %v %v", err, r2.Status)
	}
	r2.Body.Close()
	_ = context.Background()
}
