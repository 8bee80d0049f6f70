package bot

import (
	"fmt"
	"strings"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// This file is the customer's custodial wallet in chat: "wallet" (address, balances, how to add
// funds), "withdraw <amount|all> <asset> to <0x…>" with a Yes/No before anything is sent, and the
// wallet notices (deposit, withdrawn, withdrawal failed).

// wallet shows the address, what it holds, escrow credits, and how to add funds.
func (c *conv) wallet() {
	if c.b.wallet == nil {
		c.say(kWalletNone, nil)
		return
	}
	v, err := c.b.wallet.Wallet(c.ctx, c.act)
	if err != nil {
		c.fail(err, "")
		return
	}
	l := c.st.Lang
	args := Args{"address": v.Address, "balances": moneyList(v.Balances), "chain": chainText(l, v.Network),
		"token": depositAssets(v.Balances)}
	lines := []string{T(l, kWallet, args)}
	if len(v.Credits) > 0 {
		lines = append(lines, T(l, kWalletCredits, Args{"credits": moneyList(v.Credits)}))
	}
	if len(v.Waiting) > 0 {
		refs := make([]string, 0, len(v.Waiting))
		for _, r := range v.Waiting {
			refs = append(refs, shortRef(r))
		}
		lines = append(lines, T(l, kWalletWaiting, Args{"orders": strings.Join(refs, ", ")}))
	}
	if v.Network.DevFaucet != "" {
		lines = append(lines, T(l, kWalletDevFaucet, Args{"faucet": v.Network.DevFaucet}))
	}
	lines = append(lines, T(l, kWalletWithdrawHint, nil))
	c.send(whatsapp.Outgoing{Text: &whatsapp.Text{Body: strings.Join(lines, "\n\n")}})
}

// withdraw checks the request with the service and asks Yes/No; nothing is sent before the Yes.
func (c *conv) withdraw(cmd Command) {
	if c.b.wallet == nil {
		c.say(kWalletNone, nil)
		return
	}
	q, err := c.b.wallet.QuoteWithdraw(c.ctx, c.act, souq.WithdrawRequest{Asset: cmd.Money.Asset, Amount: cmd.Money.Amount, To: cmd.Text})
	if err != nil {
		c.fail(err, "")
		return
	}
	id := c.act.MsgID
	c.st.Pending = &Pending{Kind: PendingWithdraw, ID: id, Withdraw: &q, Until: c.b.now().Add(pendingFor)}
	l := c.st.Lang
	k := kWithdrawConfirmToken
	if q.Amount.Asset.IsNative() {
		k = kWithdrawConfirmETH
	}
	c.buttons(k, Args{"amount": q.Amount.String(), "address": q.To, "gas": q.Gas.String(), "balance": q.Balance.String()},
		btn(l, bYes, TapID(VerbWithdrawOK, id)), btn(l, bNo, TapID(VerbCancel, "")))
}

// withdrawOK sends the withdrawal the customer was asked to confirm (once: the request id is
// its key, so a second tap, or the same tap delivered twice, sends nothing more).
func (c *conv) withdrawOK(id string) {
	p := c.st.Pending
	if p == nil || p.Kind != PendingWithdraw || p.ID != id || p.Withdraw == nil {
		c.say(kWithdrawNothing, nil)
		return
	}
	c.st.Pending = nil
	added, err := c.b.wallet.Withdraw(c.ctx, c.act, id, *p.Withdraw)
	if err != nil {
		c.fail(err, "")
		return
	}
	if !added {
		c.say(kWithdrawAlready, nil)
		return
	}
	c.say(kWithdrawSent, Args{"amount": p.Withdraw.Amount.String(), "address": p.Withdraw.To})
}

// moneyList renders amounts as "12.50 USD, 0.01 ETH".
func moneyList(ms []souq.Money) string {
	parts := make([]string, 0, len(ms))
	for _, m := range ms {
		parts = append(parts, m.String())
	}
	return strings.Join(parts, ", ")
}

// depositAssets names what to send: the symbols the wallet holds, "USD or ETH".
func depositAssets(ms []souq.Money) string {
	syms := make([]string, 0, len(ms))
	for _, m := range ms {
		syms = append(syms, m.Asset.Symbol)
	}
	return strings.Join(syms, " / ")
}

// chainText names a network for "send on …": its name and chain id.
func chainText(l Lang, n souq.Network) string {
	return rawT(l, kChainName, Args{"name": n.Name, "id": fmt.Sprint(n.ChainID)})
}

// walletNoticeArgs are the values of a wallet notice (deposit, withdrawn, withdrawal failed).
func walletNoticeArgs(l Lang, n souq.Notice, args Args) {
	if n.Seller.Amount != nil {
		args["balance"] = n.Seller.String()
	}
	args["orders"] = n.Text
	args["link"] = n.TxURL
	if n.TxURL == "" {
		args["link"] = n.TxHash
	}
	if n.Network != nil {
		args["chain"] = chainText(l, *n.Network)
	}
}
