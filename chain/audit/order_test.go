package audit_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/journal"
)

// sale funds an order in the escrow with ETH and has the buyer confirm receipt (which releases
// it); it returns the order id and the two transactions.
func sale(t *testing.T, c *chaintest.Chain, amount *big.Int, offer string) (id common.Hash, fundTx, releaseTx common.Hash) {
	t.Helper()
	ctx := context.Background()
	e := escrow.NewEscrow()
	inst := e.Instance(c.Client, c.Contracts.Escrow)
	head, _ := c.Client.HeaderByNumber(ctx, nil)
	terms := escrow.EscrowTerms{Seller: c.Faucet.Address, Buyer: c.Attester.Address, Amount: amount, Attester: c.Attester.Address,
		DeliverBy: head.Time + 7*24*3600, InspectionPeriod: 3600, OfferHash: crypto.Keccak256Hash([]byte(offer))}
	oid, err := bind.Call(inst, nil, e.PackOrderId(terms), e.UnpackOrderId)
	if err != nil {
		t.Fatal(err)
	}
	send := func(from devnode.Account, data []byte, value *big.Int) common.Hash {
		opts := bind.NewKeyedTransactor(from.Key, c.ChainID)
		opts.Value = value
		tx, err := bind.Transact(inst, opts, data)
		if err != nil {
			t.Fatal(err)
		}
		c.Commit()
		r, err := bind.WaitMined(ctx, c.Client, tx.Hash())
		if err != nil || r.Status != 1 {
			t.Fatalf("tx %v %v", r, err)
		}
		return tx.Hash()
	}
	fundTx = send(c.Attester, e.PackFundETH(terms), amount)
	releaseTx = send(c.Attester, e.PackConfirmReceipt(terms), nil)
	return oid, fundTx, releaseTx
}

// A whole-order audit matches the journal's money with the escrow contract's events; a journal
// that claims another amount, a transaction the escrow never made, or that omits a payout is
// reported, each with its reason, in a report a person can read.
func TestWholeOrderAuditAgainstTheEscrow(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 100) // 1% fee
	amount := big.NewInt(1_000_000_000)
	sellerGets := "990000000"
	esc := c.Contracts.Escrow
	ctx := context.Background()
	skey, vkey, _ := journal.GenerateKey("souq.test/log")
	g := newLogger(t, c, skey, c.Contracts.EventAnchor, c.Operator)
	trust := audit.TrustRoot{ChainID: c.ChainID.Uint64(), Contract: c.Contracts.EventAnchor, Origin: "souq.test/log", Key: vkey, Escrow: &esc}
	// One sale per case, each journaled as the case says, all in one log.
	type sold struct{ id, fund, release common.Hash }
	cases := []struct {
		name     string
		released func(s sold) map[string]string // nil: the journal omits the release
		paidTx   func(s sold) common.Hash
		want     audit.Kind
	}{
		{"true journal", func(s sold) map[string]string {
			return map[string]string{"from": "paid", "tx": s.release.Hex(), "seller_amount": sellerGets}
		}, func(s sold) common.Hash { return s.fund }, ""},
		{"another payout", func(s sold) map[string]string {
			return map[string]string{"from": "paid", "tx": s.release.Hex(), "seller_amount": "999999999"}
		}, func(s sold) common.Hash { return s.fund }, audit.MoneyMismatch},
		{"a payment the escrow never logged", func(s sold) map[string]string {
			return map[string]string{"from": "paid", "tx": s.release.Hex(), "seller_amount": sellerGets}
		}, func(sold) common.Hash { return common.HexToHash("0xbad") }, audit.NotOnChain},
		{"a payout the journal omits", nil, func(s sold) common.Hash { return s.fund }, audit.NotInJournal},
	}
	sales := make([]sold, len(cases))
	at := time.Unix(1_800_000_000, 0).UTC()
	var evs []souq.Event
	for i, tc := range cases {
		id, fund, release := sale(t, c, amount, tc.name)
		s := sold{id, fund, release}
		sales[i] = s
		evs = append(evs,
			souq.Event{Kind: "order.offered", Order: souq.OrderID(id), At: at, Fields: map[string]string{"amount": amount.String(), "asset": "ETH"}},
			souq.Event{Kind: "order.paid", Order: souq.OrderID(id), At: at, Fields: map[string]string{"from": "paying", "tx": tc.paidTx(s).Hex(), "amount": amount.String()}})
		if tc.released != nil {
			evs = append(evs, souq.Event{Kind: "order.released", Order: souq.OrderID(id), At: at, Fields: tc.released(s)})
		}
	}
	err := g.db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range evs {
			if err := tx.Append(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := g.l.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	g.checkpoint()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			id := souq.OrderID(sales[i].id)
			bundles, err := g.a.OrderBundles(ctx, func(o souq.OrderID) bool { return o == id })
			if err != nil {
				t.Fatal(err)
			}
			rep, err := audit.VerifyOrder(ctx, bundles, trust, c.Client, audit.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			audit.PrintOrder(&out, rep)
			var kinds []audit.Kind
			for _, l := range rep.Lines {
				if l.Problem != "" {
					kinds = append(kinds, l.Problem)
				}
			}
			switch {
			case tc.want == "" && rep.Problems != 0:
				t.Fatalf("true journal: %s", out.String())
			case tc.want == "" && !strings.Contains(out.String(), "escrow released 990000000 to the seller (fee 10000000)"):
				t.Fatalf("report does not say what the escrow did:\n%s", out.String())
			case tc.want != "" && (len(kinds) == 0 || kinds[0] != tc.want):
				t.Fatalf("got %v, want %s:\n%s", kinds, tc.want, out.String())
			}
		})
	}
	// Bundles of two orders, or no escrow pinned, are refused.
	mixed, _ := g.a.OrderBundles(ctx, func(souq.OrderID) bool { return true })
	if _, err := audit.VerifyOrder(ctx, mixed, trust, c.Client, audit.Options{}); audit.KindOf(err) != audit.MixedOrders {
		t.Fatalf("mixed orders: %v", err)
	}
	unpinned := trust
	unpinned.Escrow = nil
	if _, err := audit.VerifyOrder(ctx, mixed, unpinned, c.Client, audit.Options{}); audit.KindOf(err) != audit.NoEscrowPinned {
		t.Fatalf("no escrow pinned: %v", err)
	}
}
