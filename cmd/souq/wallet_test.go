package main

import (
	"crypto/ecdsa"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/devnode"
)

// sendFrom sends a transaction from a dev key over the app's RPC (a customer's own wallet, an
// exchange) and waits for its receipt.
func (e *e2e) sendFrom(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) {
	e.t.Helper()
	c := e.app.Client
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.PendingNonceAt(e.ctx, from)
	e.must(err)
	head, err := c.HeaderByNumber(e.ctx, nil)
	e.must(err)
	chainID := new(big.Int).SetUint64(e.app.Network.ChainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(1e9), Value: value, Data: data, To: &to,
		GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 200_000,
	})
	e.must(err)
	e.must(c.SendTransaction(e.ctx, tx))
	e.eventually("the transaction mined", func() bool {
		r, err := c.TransactionReceipt(e.ctx, tx.Hash())
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("transaction %s reverted", tx.Hash())
		}
		return err == nil
	})
}

func (e *e2e) usdcOf(a common.Address) *big.Int {
	e.t.Helper()
	tok := testtoken.NewTestToken()
	b, err := bind.Call(tok.Instance(e.app.Client, e.app.Network.Contracts.TestToken), &bind.CallOpts{Context: e.ctx},
		tok.PackBalanceOf(a), tok.UnpackBalanceOf)
	e.must(err)
	return b
}

func (e *e2e) ethOf(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.app.Client.BalanceAt(e.ctx, a, nil)
	e.must(err)
	return b
}

// count is how many of souq's messages to chat contain want.
func (e *e2e) count(chat, want string) int {
	n := 0
	for _, m := range e.app.Sim.Messages(chat, 0) {
		if m.Dir == "out" && strings.Contains(string(m.Body), want) {
			n++
		}
	}
	return n
}

var confirmTap = regexp.MustCompile(`wok:[^"\\]+`)

// The customer's wallet on the embedded default, judged by balances on the dev chain over RPC: the
// wallet command shows the address, balances and how to add funds; a payment short of funds says
// how much and where, and a deposit that covers it is told once and the payment goes through; a
// token withdrawal (confirmed with a tap, tapped twice) moves the money once from a wallet that
// pays no gas; "withdraw all ETH" empties the wallet but the gas; and after a restart the old
// deposit is not told again.
func TestEmbeddedDefaultWallet(t *testing.T) {
	dir := t.TempDir()
	e := startE2E(t, dir)
	faucet, _ := devnode.DevAccount("faucet")
	usdc := func(s string) *big.Int { v, err := souq.ParseAmount(s, 6); e.must(err); return v }
	tok := testtoken.NewTestToken()
	tokenAddr := e.app.Network.Contracts.TestToken
	// The faucet account holds test USD to send like any exchange would (a transfer, not a mint).
	e.sendFrom(faucet.Key, tokenAddr, nil, tok.PackMint(faucet.Address, usdc("100000")))

	e.send(e2eMerchant, "register 0x1111111111111111111111111111111111111111")
	e.waitReply(e2eMerchant, "0x1111111111111111111111111111111111111111")
	e.send(e2eCustomer, "yes")
	e.waitReply(e2eCustomer, "")

	e.send(e2eCustomer, "wallet")
	v, err := e.app.Service.Wallet(e.ctx, souq.Actor{User: e2eCustomer})
	e.must(err)
	reply, err := e.d.waitReply(e2eCustomer, v.Address)
	e.must(err)
	for _, want := range []string{"1000.00 USDC", "10.00 ETH", "chain id 1337", "faucet", "withdraw"} {
		if !strings.Contains(reply, want) {
			t.Fatalf("wallet reply lacks %q:\n%s", want, reply)
		}
	}
	wallet := common.HexToAddress(v.Address)

	// A payment the wallet cannot cover waits, saying how much is missing and where to send it.
	e.send(e2eMerchant, "sell 1 laptop 1200 USDC to +1 650 555 1234")
	o := e.latestOrder(e2eCustomer)
	e.send(e2eCustomer, "pay "+o.ID.Short())
	short, err := e.d.waitReply(e2eCustomer, "is short 200.00 USDC")
	e.must(err)
	if !strings.Contains(short, v.Address) || !strings.Contains(short, "chain id 1337") {
		t.Fatalf("shortfall notice does not say where to send: %s", short)
	}
	e.sendFrom(faucet.Key, tokenAddr, nil, tok.PackTransfer(wallet, usdc("300")))
	e.waitReply(e2eCustomer, "Received 300.00 USDC")
	e.waitStatus(o.ID, souq.StatusPaid)
	if got := e.usdcOf(wallet); got.Cmp(usdc("100")) != 0 {
		t.Fatalf("wallet holds %s after paying 1200 of 1300, want 100 USDC", got)
	}

	// Withdraw 40 USDC to the customer's own address, given with its EIP-55 checksum.
	dest := common.HexToAddress("0x52908400098527886E0F7030069857D2E4169EE7")
	ethBefore := e.ethOf(wallet)
	e.send(e2eCustomer, "withdraw 40 USDC to "+dest.Hex())
	ask, err := e.d.waitReply(e2eCustomer, "souq pays the network fee")
	e.must(err)
	tap := confirmTap.FindString(ask)
	if tap == "" {
		t.Fatalf("no Yes button in %s", ask)
	}
	e.send(e2eCustomer, tap)
	e.send(e2eCustomer, tap) // tapped twice
	e.waitReply(e2eCustomer, "left your souq wallet")
	if got := e.usdcOf(dest); got.Cmp(usdc("40")) != 0 {
		t.Fatalf("destination holds %s, want 40 USDC once", got)
	}
	if got := e.ethOf(wallet); got.Cmp(ethBefore) != 0 {
		t.Fatalf("the wallet paid gas for a token withdrawal: %s → %s wei", ethBefore, got)
	}
	// A wrong checksum is refused before anything is asked.
	bad := "0x52908400098527886e0F7030069857D2E4169EE7"
	e.send(e2eCustomer, "withdraw 1 USDC to "+bad)
	e.waitReply(e2eCustomer, "EIP-55 checksum says")

	// All the ETH: the balance minus the gas it pays.
	e.send(e2eCustomer, "withdraw all ETH to "+dest.Hex())
	ask, err = e.d.waitReply(e2eCustomer, "is paid from your wallet")
	e.must(err)
	e.send(e2eCustomer, confirmTap.FindString(ask))
	e.eventually("the ETH withdrawal told", func() bool { return e.count(e2eCustomer, "left your souq wallet") == 2 })
	if left := e.ethOf(wallet); left.Cmp(big.NewInt(1e15)) >= 0 {
		t.Fatalf("wallet kept %s wei after withdrawing all", left)
	}
	if got := e.ethOf(dest); got.Cmp(big.NewInt(9e18)) < 0 {
		t.Fatalf("destination got %s wei of the wallet's ~10 ETH", got)
	}

	// An ETH order from the emptied wallet waits for ETH; an ETH deposit (seen by its balance: a
	// plain transfer leaves no log) is told and the payment goes through.
	e.send(e2eMerchant, "sell 1 tea 0.5 ETH to +1 650 555 1234")
	eo, err := e.d.latestOrder(e.ctx, e2eCustomer, o.ID)
	e.must(err)
	e.send(e2eCustomer, "pay "+eo.ID.Short())
	e.waitReply(e2eCustomer, "to pay order "+eo.ID.Short())
	e.sendFrom(faucet.Key, wallet, big.NewInt(1e18), nil)
	if _, err := e.d.waitReply(e2eCustomer, "Received 1.00"); err != nil {
		for _, m := range e.app.Sim.Messages(e2eCustomer, 0) {
			t.Logf("%s %s", m.Dir, m.Body)
		}
		t.Fatal(err)
	}
	e.waitStatus(eo.ID, souq.StatusPaid)

	if n := e.count(e2eCustomer, "Received 300.00 USDC"); n != 1 {
		t.Fatalf("the 300 USDC deposit was told %d times", n)
	}

	// Restart: a new deposit is told, the old one is not told again.
	e.must(e.app.Close())
	e2 := startE2E(t, dir)
	e2.sendFrom(faucet.Key, tokenAddr, nil, tok.PackTransfer(wallet, usdc("7")))
	e2.waitReply(e2eCustomer, "Received 7.00 USDC")
	if n := e2.count(e2eCustomer, "Received 300.00 USDC"); n != 0 {
		t.Fatalf("the 300 USDC deposit was told again after the restart (%d)", n)
	}
}
