package main

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/server"
)

// payPages implements server.PayPages over the sale service (the order as its customer sees
// it), the escrow client (the funding calls) and the bot (the customer's chat language).
type payPages struct {
	sale interface {
		Payment(context.Context, souq.OrderID) (souq.Payment, error)
	}
	escrow *escrow.Client
	langs  interface {
		ChatLang(context.Context, souq.WaID) (string, error)
	}
}

func (p payPages) PayPage(ctx context.Context, id souq.OrderID) (server.PayPage, error) {
	pm, err := p.sale.Payment(ctx, id)
	if err != nil {
		return server.PayPage{}, err
	}
	at, err := escrow.ABITerms(pm.Terms)
	if err != nil {
		return server.PayPage{}, err
	}
	pr, err := p.escrow.PaymentRequest(at)
	if err != nil {
		return server.PayPage{}, err
	}
	lang, err := p.langs.ChatLang(ctx, pm.Customer)
	if err != nil {
		return server.PayPage{}, err
	}
	pg := server.PayPage{Order: pm.Order, Lang: lang, ChainID: pr.ChainID, Escrow: pr.Escrow.Hex(), Deposit: at.Buyer.Hex()}
	for _, s := range pr.Steps {
		pg.Steps = append(pg.Steps, server.WalletCall{Label: s.Label, To: s.To.Hex(), Value: s.Value.ToInt().String(), Data: s.Data.String()})
	}
	if pm.Order.Status == souq.StatusOffered {
		// What the customer is charged (after any discount) is what the escrow will hold.
		amount := new(big.Int).Set(at.Amount)
		if at.Token == (common.Address{}) {
			pg.WalletURI = escrow.ETHRequestURI(pr.ChainID, at.Buyer, amount)
		} else {
			pg.WalletURI = escrow.TokenTransferURI(pr.ChainID, at.Token, at.Buyer, amount)
		}
	}
	return pg, nil
}

// txPages implements server.TxPages with the escrow's TxInspector (the chain alone).
type txPages struct{ x *escrow.TxInspector }

func (p txPages) TxPage(ctx context.Context, hash string) (server.TxPage, error) {
	in, err := p.x.Transaction(ctx, common.HexToHash(hash))
	if err != nil {
		return server.TxPage{}, err
	}
	out := server.TxPage{Hash: in.Hash.Hex(), Pending: in.Pending, Block: in.Block, Time: in.Time, From: in.From.Hex(),
		Value: in.Value.String(), Success: in.Success, GasUsed: in.GasUsed}
	if in.To != nil {
		out.To = in.To.Hex()
	}
	if in.GasPrice != nil {
		out.GasPrice = in.GasPrice.String()
	}
	for _, e := range in.Events {
		ev := server.TxPageEvt{Name: e.Name, Order: e.Order.Hex()}
		for _, f := range e.Fields {
			ev.Fields = append(ev.Fields, server.TxPageAttr{Name: f.Name, Value: f.Value})
		}
		out.Events = append(out.Events, ev)
	}
	return out, nil
}
