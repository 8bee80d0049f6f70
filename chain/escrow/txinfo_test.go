package escrow_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/sender"
)

// Issue 12 finding 12: the transaction page's reader decodes each escrow event of a transaction
// from the chain alone, with amounts in the order's token decimals (ETH in 18).
func TestTxInspectorDecodesEscrowEvents(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 100) // 1% fee
	ctx := context.Background()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6, Token: e.c.Contracts.TestToken.Hex()}
	named := &escrow.TxInspector{Node: e.c.Client, Escrow: e.c.Contracts.Escrow, ChainID: e.c.ChainID, FromBlock: e.c.Contracts.DeployBlock,
		Assets: souq.Assets{"USDC": usdc}}
	onChain := &escrow.TxInspector{Node: e.c.Client, Escrow: e.c.Contracts.Escrow, ChainID: e.c.ChainID, FromBlock: e.c.Contracts.DeployBlock}
	mined := func(in *sender.Intent, err error) common.Hash {
		t.Helper()
		got := e.wait(in, err)
		if got.State != sender.Confirmed {
			t.Fatalf("%s: %s %s", got.Key, got.State, got.Revert)
		}
		return got.TxHash()
	}
	field := txField
	one := func(x *escrow.TxInspector, h common.Hash, name string) escrow.TxEvent {
		t.Helper()
		info, err := x.Transaction(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if !info.Success || info.Block == 0 || info.Time.IsZero() || info.GasUsed == 0 || info.To == nil || *info.To != e.c.Contracts.Escrow {
			t.Fatalf("tx %s: %+v", h.Hex(), info)
		}
		if len(info.Events) != 1 || info.Events[0].Name != name {
			t.Fatalf("tx %s events %+v, want one %s", h.Hex(), info.Events, name)
		}
		return info.Events[0]
	}

	// A token order of 30.50 funded, disputed, and split by the arbiter: 10.00 back to the buyer.
	b := e.buyer(0)
	tm := e.terms(b.Address(), e.c.Contracts.TestToken, 30_500_000, 0)
	fund := mined(e.client.FundToken(ctx, "a", b.Address(), tm))
	ev := one(named, fund, "Funded")
	if field(ev, "amount") != "30.50 USDC" || field(ev, "buyer") != b.Address().Hex() || field(ev, "payee") != e.payee.Hex() {
		t.Errorf("Funded fields %+v", ev.Fields)
	}
	if got := field(one(onChain, fund, "Funded"), "amount"); got != "30.50 tUSD" { // the token's own symbol and decimals
		t.Errorf("unconfigured token: amount %q", got)
	}
	one(named, mined(e.client.Dispute(ctx, "a", b, tm, crypto.Keccak256Hash([]byte("broken")))), "Disputed")
	res := one(named, mined(e.client.Resolve(ctx, "a", e.c.Arbiter.Address, tm, big.NewInt(10_000_000))), "Resolved")
	if field(res, "buyer_amount") != "10.00 USDC" {
		t.Errorf("Resolved fields %+v", res.Fields)
	}
	// The seller's share and the fee are what the watcher decoded from the same log.
	id, _ := e.client.OrderID(tm)
	e.eventNames(tm)
	e.mu.Lock()
	var seller, fee *big.Int
	for _, w := range e.events {
		if w.OrderID == souq.OrderID(id) && w.Resolved != nil {
			seller, fee = w.Resolved.SellerAmount, w.Resolved.Fee
		}
	}
	e.mu.Unlock()
	if seller == nil || seller.Sign() <= 0 || new(big.Int).Add(seller, fee).Cmp(big.NewInt(20_500_000)) != 0 ||
		field(res, "seller_amount") != (souq.Money{Asset: usdc, Amount: seller}).String() || field(res, "fee") != (souq.Money{Asset: usdc, Amount: fee}).String() {
		t.Errorf("Resolved fields %+v; watcher: seller %v fee %v", res.Fields, seller, fee)
	}

	// An ETH order of 0.015 refunded by the seller.
	b2 := e.buyer(1)
	wei, _ := new(big.Int).SetString("15000000000000000", 10)
	tm2 := e.terms(b2.Address(), common.Address{}, 0, 0)
	tm2.Amount = wei
	mined(e.client.FundETH(ctx, "a", b2.Address(), tm2))
	ref := one(named, mined(e.client.Refund(ctx, "a", e.sellerKey, tm2)), "Refunded")
	if field(ref, "amount") != "0.015 ETH" || field(ref, "reason") != "by_seller" {
		t.Errorf("Refunded fields %+v", ref.Fields)
	}

	// A transaction with no escrow event, and one the chain does not know.
	top := e.send(e.c.Faucet.Key, b.Address(), big.NewInt(1), nil)
	info, err := named.Transaction(ctx, top.TxHash)
	if err != nil || len(info.Events) != 0 || info.From != e.c.Faucet.Address {
		t.Errorf("plain transfer: %+v %v", info, err)
	}
	if _, err := named.Transaction(ctx, common.Hash{1}); !errors.Is(err, souq.ErrNotFound) {
		t.Errorf("unknown transaction: %v, want souq.ErrNotFound", err)
	}
}

// txField is the value of ev's field name, or "<none>".
func txField(ev escrow.TxEvent, name string) string {
	for _, f := range ev.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return "<none>"
}

// refundReason is the reason the transaction page gives for the refund in transaction h.
func (e *env) refundReason(h common.Hash) string {
	e.t.Helper()
	x := &escrow.TxInspector{Node: e.c.Client, Escrow: e.c.Contracts.Escrow, ChainID: e.c.ChainID, FromBlock: e.c.Contracts.DeployBlock}
	info, err := x.Transaction(context.Background(), h)
	if err != nil {
		e.t.Fatal(err)
	}
	if len(info.Events) != 1 || info.Events[0].Name != "Refunded" {
		e.t.Fatalf("tx %s events %+v, want one Refunded", h.Hex(), info.Events)
	}
	return txField(info.Events[0], "reason")
}
