package sandbox

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	hProtocol "github.com/stellar/go-stellar-sdk/protocols/horizon"
	"github.com/stellar/go-stellar-sdk/txnbuild"
)

// harness runs a sandbox behind a real HTTP server on 127.0.0.1 and talks to it with the real
// horizonclient, exactly as souq talks to testnet.
type harness struct {
	t   testing.TB
	sb  *Sandbox
	srv *httptest.Server
	hc  *horizonclient.Client
}

func newHarness(t testing.TB, cfg Config) *harness {
	t.Helper()
	if cfg.DBPath == "" {
		cfg.DBPath = filepath.Join(t.TempDir(), "ledger.db")
	}
	if cfg.LedgerInterval == 0 {
		cfg.LedgerInterval = 5 * time.Millisecond
	}
	sb, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(sb)
	t.Cleanup(func() { srv.Close(); _ = sb.Close() })
	return &harness{t: t, sb: sb, srv: srv, hc: &horizonclient.Client{HorizonURL: srv.URL + "/", HTTP: srv.Client()}}
}

// funded returns a new random account funded by friendbot.
func (h *harness) funded() *keypair.Full {
	h.t.Helper()
	kp := keypair.MustRandom()
	if _, err := h.hc.Fund(kp.Address()); err != nil {
		h.t.Fatalf("fund: %v", err)
	}
	return kp
}

type txOpts struct {
	seqDelta   int64 // added to the correct next sequence
	baseFee    int64
	timeBounds *txnbuild.TimeBounds
}

// submit builds a transaction from src with the given operations, signs it with signers (src if
// none) and submits it.
func (h *harness) submit(src *keypair.Full, ops []txnbuild.Operation, o txOpts, signers ...*keypair.Full) (hProtocol.Transaction, error) {
	h.t.Helper()
	tx := h.build(src.Address(), ops, o)
	if len(signers) == 0 {
		signers = []*keypair.Full{src}
	}
	tx, err := tx.Sign(h.sb.cfg.NetworkPassphrase, signers...)
	if err != nil {
		h.t.Fatal(err)
	}
	return h.hc.SubmitTransactionWithOptions(tx, horizonclient.SubmitTxOpts{SkipMemoRequiredCheck: true})
}

func (h *harness) build(src string, ops []txnbuild.Operation, o txOpts) *txnbuild.Transaction {
	h.t.Helper()
	seq := int64(0)
	if acct, err := h.hc.AccountDetail(horizonclient.AccountRequest{AccountID: src}); err == nil {
		seq = acct.Sequence
	}
	if o.baseFee == 0 {
		o.baseFee = txnbuild.MinBaseFee
	}
	tb := txnbuild.NewTimeout(60)
	if o.timeBounds != nil {
		tb = *o.timeBounds
	}
	tx, err := txnbuild.NewTransaction(txnbuild.TransactionParams{
		SourceAccount:        &txnbuild.SimpleAccount{AccountID: src, Sequence: seq + o.seqDelta},
		IncrementSequenceNum: true, BaseFee: o.baseFee, Operations: ops,
		Preconditions: txnbuild.Preconditions{TimeBounds: tb},
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return tx
}

func (h *harness) mustSubmit(src *keypair.Full, ops []txnbuild.Operation, signers ...*keypair.Full) hProtocol.Transaction {
	h.t.Helper()
	tx, err := h.submit(src, ops, txOpts{}, signers...)
	if err != nil {
		h.t.Fatalf("submit: %v %s", err, codes(err))
	}
	return tx
}

func (h *harness) account(kp interface{ Address() string }) hProtocol.Account {
	h.t.Helper()
	a, err := h.hc.AccountDetail(horizonclient.AccountRequest{AccountID: kp.Address()})
	if err != nil {
		h.t.Fatalf("account %s: %v", kp.Address(), err)
	}
	return a
}

// codes renders a horizon error's result codes for failure messages and assertions.
func codes(err error) string {
	var herr *horizonclient.Error
	if !errors.As(err, &herr) {
		return ""
	}
	rc, cerr := herr.ResultCodes()
	if cerr != nil {
		return herr.Problem.Type
	}
	s := rc.TransactionCode
	for _, o := range rc.OperationCodes {
		s += " " + o
	}
	return s
}

// asset is a merchant-style asset: issuer with revocable + clawback flags, a distribution account
// holding a trustline and a float.
type asset struct {
	issuer, dist *keypair.Full
	a            txnbuild.CreditAsset
}

func (h *harness) newAsset(code string, flags ...txnbuild.AccountFlag) asset {
	h.t.Helper()
	iss, dist := h.funded(), h.funded()
	if len(flags) > 0 {
		h.mustSubmit(iss, []txnbuild.Operation{&txnbuild.SetOptions{SetFlags: flags}})
	}
	a := txnbuild.CreditAsset{Code: code, Issuer: iss.Address()}
	h.trust(dist, a)
	h.mustSubmit(iss, []txnbuild.Operation{&txnbuild.Payment{Destination: dist.Address(), Asset: a, Amount: "1000000"}})
	return asset{issuer: iss, dist: dist, a: a}
}

func (h *harness) trust(kp *keypair.Full, a txnbuild.CreditAsset) {
	h.t.Helper()
	line, _ := a.ToChangeTrustAsset()
	h.mustSubmit(kp, []txnbuild.Operation{&txnbuild.ChangeTrust{Line: line}})
}

func bufCopy(sb *strings.Builder, resp *http.Response) (int64, error) { return io.Copy(sb, resp.Body) }
