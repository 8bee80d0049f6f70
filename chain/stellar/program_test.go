package stellar

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/stellar/go-stellar-sdk/clients/horizonclient"
	"github.com/stellar/go-stellar-sdk/keypair"
	"github.com/stellar/go-stellar-sdk/txnbuild"
)

func TestEarnIsIdempotentPerOrder(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	e.setup(perAmount("m1"))
	r1 := e.earn("m1", "c", "o1", 5_000)
	r2 := e.earn("m1", "c", "o1", 5_000)
	if r1.TxHash != r2.TxHash || r1.Points != 5 {
		t.Fatalf("%+v vs %+v", r1, r2)
	}
	if b := e.balance("m1", "c"); b.OnLedger != 5 {
		t.Fatalf("order earned twice: %+v", b)
	}
	// The same order id with different terms is refused, not silently merged.
	_, err := e.svc.Earn(ctxT(t), EarnRequest{MerchantID: "m1", CustomerID: "c", OrderID: "o1",
		EventHash: sha256.Sum256([]byte("other")), Amount: big.NewInt(5_000)})
	if !errors.Is(err, ErrIdempotencyConflict) {
		t.Fatalf("conflict: %v", err)
	}
	// The memo of a single-order transaction is the journal event hash itself.
	tx, err := e.hc.TransactionDetail(r1.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	ev := sha256.Sum256([]byte("event/o1"))
	if tx.MemoType != "hash" || r1.Memo != hashHex(ev) {
		t.Fatalf("memo %s %s", tx.MemoType, r1.Memo)
	}
}

func TestRedeemRejectsBadAmountsWithNothingChanged(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	e.setup(perAmount("m1"))
	e.earn("m1", "c", "o1", 7_000) // 7 points
	for _, tc := range []struct {
		name   string
		points int64
		want   error
	}{
		{"more than balance", 8, ErrInsufficientPoints},
		{"zero", 0, ErrInvalidAmount},
		{"negative", -3, ErrInvalidAmount},
		{"overflow", MaxPoints + 1, ErrInvalidAmount},
	} {
		_, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m1", CustomerID: "c", Key: "k-" + strings.ReplaceAll(tc.name, " ", "-"), Points: tc.points})
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, err, tc.want)
		}
	}
	if b := e.balance("m1", "c"); b.OnLedger != 7 || b.Reserved != 0 {
		t.Fatalf("balance changed: %+v", b)
	}
	vs, _ := e.svc.Vouchers(ctxT(t), "m1", "c")
	if len(vs) != 0 {
		t.Fatalf("vouchers %+v", vs)
	}
	// A customer who never earned has nothing to redeem.
	if _, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m1", CustomerID: "nobody", Key: "k", Points: 1}); !errors.Is(err, ErrInsufficientPoints) {
		t.Fatalf("nobody: %v", err)
	}
}

func TestParsePoints(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want int64
		err  bool
	}{
		{"5", 5, false}, {" 12 ", 12, false}, {"abc", 0, true}, {"0", 0, true}, {"-3", 0, true}, {"1.5", 0, true},
		{"1e3", 0, true}, {"", 0, true}, {"+4", 0, true}, {"99999999999999999999", 0, true}, {"922337203686", 0, true},
	} {
		got, err := ParsePoints(tc.in)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("ParsePoints(%q) = %d, %v", tc.in, got, err)
		}
		if err != nil && !errors.Is(err, ErrInvalidAmount) {
			t.Errorf("ParsePoints(%q): %v is not ErrInvalidAmount", tc.in, err)
		}
	}
}

func TestRules(t *testing.T) {
	t.Parallel()
	per := Rule{Kind: PerAmount, PointsPerUnit: 3, UnitAmount: big.NewInt(1000)}
	stamps := Rule{Kind: Stamps, StampsPerReward: 5, RewardPoints: 1, MinAmount: big.NewInt(500)}
	for _, tc := range []struct {
		name             string
		rule             Rule
		amount, stamps   int64
		points, newStamp int64
	}{
		{"floor", per, 1_999, 0, 5, 0},
		{"exact", per, 2_000, 0, 6, 0},
		{"below unit", per, 333, 0, 0, 0},
		{"zero", per, 0, 0, 0, 0},
		{"stamp", stamps, 500, 0, 0, 1},
		{"fifth stamp rewards and resets", stamps, 900, 4, 1, 0},
		{"too small for a stamp", stamps, 499, 3, 0, 3},
	} {
		p, s, err := tc.rule.earn(big.NewInt(tc.amount), tc.stamps)
		if err != nil || p != tc.points || s != tc.newStamp {
			t.Errorf("%s: %d,%d,%v", tc.name, p, s, err)
		}
	}
	huge, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	if _, _, err := per.earn(huge, 0); !errors.Is(err, ErrInvalidRequest) {
		t.Errorf("huge: %v", err)
	}
	if err := (Rule{Kind: PerAmount}).Validate(); !errors.Is(err, ErrInvalidProgram) {
		t.Errorf("invalid rule: %v", err)
	}
}

func TestStampCardBuyFiveGetOneFree(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	pc := perAmount("cafe")
	pc.AssetCode = "CAFE"
	pc.Rule = Rule{Kind: Stamps, StampsPerReward: 5, RewardPoints: 1}
	pc.PointValue = big.NewInt(450) // a free coffee
	e.setup(pc)
	for i := 1; i <= 5; i++ {
		r := e.earn("cafe", "c", "o"+string(rune('0'+i)), 450)
		wantPts, wantStamps := int64(0), int64(i)
		if i == 5 {
			wantPts, wantStamps = 1, 0
		}
		if r.Points != wantPts || r.Stamps != wantStamps {
			t.Fatalf("order %d: %+v", i, r)
		}
	}
	v, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "cafe", CustomerID: "c", Key: "free", Points: 1})
	if err != nil || v.Discount.Int64() != 450 {
		t.Fatalf("redeem: %v %+v", err, v)
	}
}

func TestSetupIsIdempotentAndSetsFlagsBeforeTrustlines(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	p1 := e.setup(perAmount("m1"))
	p2 := e.setup(perAmount("m1"))
	if p1.Issuer != p2.Issuer {
		t.Fatal("issuer changed")
	}
	iss, err := e.hc.AccountDetail(horizonclient.AccountRequest{AccountID: p1.Issuer})
	if err != nil {
		t.Fatal(err)
	}
	if !iss.Flags.AuthRevocable || !iss.Flags.AuthClawbackEnabled || iss.Flags.AuthImmutable || iss.HomeDomain != "shop.example" {
		t.Fatalf("issuer %+v", iss.Flags)
	}
	dist, _ := e.hc.AccountDetail(horizonclient.AccountRequest{AccountID: p1.Distribution})
	for _, b := range dist.Balances {
		if b.Code == "PTS" && (b.IsClawbackEnabled == nil || !*b.IsClawbackEnabled) {
			t.Fatal("distribution trustline is not clawback-enabled: flags were set after it")
		}
	}
	if dist.GetCreditBalance("PTS", p1.Issuer) != "1000000000.0000000" {
		t.Fatalf("float minted twice or not at all: %s", dist.GetCreditBalance("PTS", p1.Issuer))
	}
	toml, err := e.svc.StellarTOML(ctxT(t), "shop.example")
	if err != nil || !strings.Contains(toml, `issuer = "`+p1.Issuer+`"`) || !strings.Contains(toml, "display_decimals = 0") {
		t.Fatalf("toml %v\n%s", err, toml)
	}
	if _, err := e.svc.Setup(ctxT(t), ProgramConfig{MerchantID: "bad/id", AssetCode: "X", PointValue: big.NewInt(1), Rule: pc1Rule()}); !errors.Is(err, ErrInvalidProgram) {
		t.Fatalf("bad id: %v", err)
	}
}

func pc1Rule() Rule { return Rule{Kind: PerAmount, PointsPerUnit: 1, UnitAmount: big.NewInt(1)} }

func TestExportToOwnAddressAsClaimableBalance(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	p := e.setup(perAmount("m1"))
	e.earn("m1", "c", "o1", 9_000)
	own := keypair.MustRandom()
	if _, err := e.hc.Fund(own.Address()); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Export(ctxT(t), ExportRequest{MerchantID: "m1", CustomerID: "c", Key: "x0", Destination: "GNOTANADDRESS", Points: 1}); !errors.Is(err, ErrInvalidDestination) {
		t.Fatalf("bad destination: %v", err)
	}
	rc, err := e.svc.Export(ctxT(t), ExportRequest{MerchantID: "m1", CustomerID: "c", Key: "x1", Destination: own.Address(), Points: 4})
	if err != nil {
		t.Fatal(err)
	}
	if b := e.balance("m1", "c"); b.OnLedger != 5 {
		t.Fatalf("balance %+v", b)
	}
	cb, err := e.hc.ClaimableBalance(rc.BalanceID)
	if err != nil || cb.Amount != "4.0000000" || cb.Sponsor != e.svc.OperatorAddress() {
		t.Fatalf("claimable balance %v %+v", err, cb)
	}
	// The customer's own wallet adds the trustline (after the export, as intended) and claims.
	line, _ := txnbuild.CreditAsset{Code: "PTS", Issuer: p.Issuer}.ToChangeTrustAsset()
	acct, _ := e.hc.AccountDetail(horizonclient.AccountRequest{AccountID: own.Address()})
	tx, err := txnbuild.NewTransaction(txnbuild.TransactionParams{SourceAccount: &acct, IncrementSequenceNum: true, BaseFee: 100,
		Preconditions: txnbuild.Preconditions{TimeBounds: txnbuild.NewTimeout(60)},
		Operations:    []txnbuild.Operation{&txnbuild.ChangeTrust{Line: line}, &txnbuild.ClaimClaimableBalance{BalanceID: rc.BalanceID}}})
	if err != nil {
		t.Fatal(err)
	}
	tx, _ = tx.Sign(e.cfg.NetworkPassphrase, own)
	if _, err := e.hc.SubmitTransaction(tx); err != nil {
		t.Fatalf("claim: %v", err)
	}
	acct, _ = e.hc.AccountDetail(horizonclient.AccountRequest{AccountID: own.Address()})
	if acct.GetCreditBalance("PTS", p.Issuer) != "4.0000000" {
		t.Fatalf("own balance %s", acct.GetCreditBalance("PTS", p.Issuer))
	}
}

func TestClawbackRedeemAndTerminalNotAuthorized(t *testing.T) {
	t.Parallel()
	e := newEnv(t, envOpts{})
	pc := perAmount("m2")
	pc.RedeemMode = Clawback
	p := e.setup(pc)
	e.earn("m2", "c", "o1", 10_000)
	v, err := e.svc.Redeem(ctxT(t), RedeemRequest{MerchantID: "m2", CustomerID: "c", Key: "r1", Points: 3})
	if err != nil {
		t.Fatal(err)
	}
	ops, _ := e.hc.Operations(horizonclient.OperationRequest{ForTransaction: v.TxHash})
	if len(ops.Embedded.Records) != 1 || ops.Embedded.Records[0].GetType() != "clawback" {
		t.Fatalf("ops %+v", ops.Embedded.Records)
	}
	if b := e.balance("m2", "c"); b.OnLedger != 7 {
		t.Fatalf("balance %+v", b)
	}
	// The issuer freezes the customer's trustline; the next earn fails for good, with the reason.
	iss := e.svc.keys.issuer("m2")
	issAcct, _ := e.hc.AccountDetail(horizonclient.AccountRequest{AccountID: iss.Address()})
	tx, _ := txnbuild.NewTransaction(txnbuild.TransactionParams{SourceAccount: &issAcct, IncrementSequenceNum: true, BaseFee: 100,
		Preconditions: txnbuild.Preconditions{TimeBounds: txnbuild.NewTimeout(60)},
		Operations: []txnbuild.Operation{&txnbuild.SetTrustLineFlags{Trustor: e.svc.CustomerAccount("c"),
			Asset: txnbuild.CreditAsset{Code: "PTS", Issuer: p.Issuer}, ClearFlags: []txnbuild.TrustLineFlag{txnbuild.TrustLineAuthorized}}}})
	tx, _ = tx.Sign(e.cfg.NetworkPassphrase, iss)
	if _, err := e.hc.SubmitTransaction(tx); err != nil {
		t.Fatalf("freeze: %v", err)
	}
	_, err = e.svc.Earn(context.Background(), EarnRequest{MerchantID: "m2", CustomerID: "c", OrderID: "o2", EventHash: sha256.Sum256([]byte("e2")), Amount: big.NewInt(2000)})
	var fe *FailedError
	if !errors.As(err, &fe) || !errors.Is(err, ErrNotAuthorized) || !strings.Contains(fe.Codes, "op_not_authorized") {
		t.Fatalf("frozen earn: %v", err)
	}
}
