package escrow_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
)

// tokenWallet is a custodial wallet holding only tokens: no ETH at all.
func (p *portEnv) tokenWallet(i uint32, tokens int64) *keys.Key {
	p.t.Helper()
	b, err := p.wallets.Wallet(i)
	if err != nil {
		p.t.Fatal(err)
	}
	p.pool.Add(b)
	p.keys[b.Address()] = b
	p.mint(b.Address(), tokens)
	return b
}

func (p *portEnv) ethBalance(a common.Address) *big.Int {
	p.t.Helper()
	b, err := p.c.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	return b
}

func (p *portEnv) tokenBalance(a common.Address) *big.Int {
	p.t.Helper()
	tok := p.c.Contracts.TestToken
	out, err := p.c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &tok, Data: tokenABI.PackBalanceOf(a)}, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	b, err := tokenABI.UnpackBalanceOf(out)
	if err != nil {
		p.t.Fatal(err)
	}
	return b
}

// A token sale completes — funding, confirmation — with the customer's and the merchant's custodial
// wallets holding no ETH at any point, and the seller's share lands at the merchant's payout address
// in the release transaction itself. Before, the buyer's wallet sent the funding and the
// confirmation itself and failed for lack of gas, and the share went to the seller wallet, to be
// forwarded by a payout transaction that wallet could not pay for either.
func TestTokenSaleWithNoETHInAnyCustodialWallet(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	p.keys[p.seller] = p.sellerKey
	b := p.tokenWallet(50, 30_500_000)
	st := p.souqTerms(b.Address(), p.c.Contracts.TestToken, 30_500_000, time.Hour)

	if err := p.port.Fund(ctx, "escrow.fund/gasless/1", st); err != nil {
		t.Fatal(err)
	}
	if r := p.result("escrow.fund/gasless/1"); !r.OK {
		t.Fatalf("fund: %+v", r)
	}
	if err := p.port.ConfirmReceipt(ctx, "escrow.confirm/gasless/1", st); err != nil {
		t.Fatal(err)
	}
	r := p.result("escrow.confirm/gasless/1")
	if !r.OK {
		t.Fatalf("confirm: %+v", r)
	}
	if s := p.onChain(st); s != escrow.StatusReleased {
		t.Fatalf("order %s, want released", s)
	}
	for who, a := range map[string]common.Address{"buyer": b.Address(), "seller": p.seller} {
		if bal := p.ethBalance(a); bal.Sign() != 0 {
			t.Errorf("%s wallet holds %s wei: it was topped up or paid gas", who, bal)
		}
	}
	net := big.NewInt(30_500_000) // the test chain's fee is zero
	if got := p.tokenBalance(p.payee); got.Cmp(net) != 0 {
		t.Errorf("payee holds %s, want %s", got, net)
	}
	if got := p.tokenBalance(p.seller); got.Sign() != 0 {
		t.Errorf("seller wallet holds %s tokens: a payout would still be needed", got)
	}
	// The share moved in the release transaction itself: its receipt has the token's Transfer
	// from the escrow to the payee.
	rc, err := p.c.Client.TransactionReceipt(ctx, common.HexToHash(r.TxHash))
	if err != nil {
		t.Fatal(err)
	}
	if !hasTransfer(rc, p.c.Contracts.TestToken, p.c.Contracts.Escrow, p.payee, net) {
		t.Errorf("release %s has no Transfer of %s to the payee %s", r.TxHash, net, p.payee)
	}
	var released bool
	for _, l := range rc.Logs {
		if ev, err := escrowabi.NewEscrow().UnpackReleasedEvent(l); err == nil && ev.ByBuyer && ev.SellerAmount.Cmp(net) == 0 {
			released = true
		}
	}
	if !released {
		t.Error("release receipt has no Released event")
	}
}

// A merchant refunds from chat with a seller wallet that holds no ETH: the wallet signs, the
// relayer sends. Before, the refund was sent from the seller wallet and stayed "under way" for
// ever for lack of gas. A buyer's dispute goes the same way.
func TestMerchantRefundFromChatWithNoETH(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	p.keys[p.seller] = p.sellerKey
	for i, token := range []common.Address{{}, p.c.Contracts.TestToken} {
		var b *keys.Key
		if token == (common.Address{}) {
			b = p.buyer(uint32(60 + i)) // an ETH order's buyer sends the value itself
			p.keys[b.Address()] = b
		} else {
			b = p.tokenWallet(uint32(60+i), 9000)
		}
		st := p.souqTerms(b.Address(), token, 9000, time.Hour)
		p.fund(st)
		dk := "escrow.dispute/chat/" + b.Address().Hex()
		if err := p.port.Dispute(ctx, dk, st, crypto.Keccak256Hash([]byte("never came"))); err != nil {
			t.Fatal(err)
		}
		if r := p.result(dk); !r.OK {
			t.Fatalf("dispute: %+v", r)
		}
		key := "escrow.refund/chat/" + b.Address().Hex()
		if err := p.port.Refund(ctx, key, st); err != nil {
			t.Fatal(err)
		}
		if r := p.result(key); !r.OK {
			t.Fatalf("refund (token %s): %+v", token, r)
		}
		if s := p.onChain(st); s != escrow.StatusRefunded {
			t.Fatalf("order %s, want refunded", s)
		}
		if bal := p.ethBalance(p.seller); bal.Sign() != 0 {
			t.Fatalf("seller wallet holds %s wei", bal)
		}
	}
}

// A relayed act whose signature expired before it was mined is refused for now: a new attempt
// signs again with a fresh deadline and goes through.
func TestExpiredActIsSignedAgainByTheNextAttempt(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	p.keys[p.seller] = p.sellerKey
	b := p.tokenWallet(70, 4000)
	st := p.souqTerms(b.Address(), p.c.Contracts.TestToken, 4000, 0)
	st.DeliverBy = st.DeliverBy.Add(24 * time.Hour)
	p.fund(st)
	at, _ := escrow.ABITerms(st)
	id, _ := p.client.OrderID(at)
	head, _ := p.c.Client.HeaderByNumber(ctx, nil)
	stale := head.Time + 60
	digest, err := escrow.ActDigest(p.c.ChainID, p.c.Contracts.Escrow, escrow.ActRefund, id, [32]byte{}, stale)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := p.sellerKey.SignHash(digest)
	if err != nil {
		t.Fatal(err)
	}
	p.c.AdjustTime(t, 2*time.Minute)
	// The refund signed with that deadline, as a relayer held up past it would send it.
	op, _ := p.pool.Get(p.c.Operator.Address)
	to := p.c.Contracts.Escrow
	in := p.wait(op.Submit(ctx, "stale-refund", "refund", sender.Call{To: &to, Data: escrowabi.NewEscrow().PackRefundBySig(at, stale, sig), FailFast: true}))
	r := escrow.Result("escrow.refund/stale/0", in, true)
	if r.OK || r.Class != souq.ClassRefusedNow {
		t.Fatalf("stale refund: %+v, want refused now (SignatureExpired)", r)
	}
	if err := p.port.Refund(ctx, "escrow.refund/stale/1", st); err != nil {
		t.Fatal(err)
	}
	if r := p.result("escrow.refund/stale/1"); !r.OK {
		t.Fatalf("next attempt: %+v", r)
	}
}

// hasTransfer reports whether the receipt has an ERC-20 Transfer(from, to, amount) of token.
func hasTransfer(rc *types.Receipt, token, from, to common.Address, amount *big.Int) bool {
	for _, l := range rc.Logs {
		if l.Address != token {
			continue
		}
		ev, err := tokenABI.UnpackTransferEvent(l)
		if err == nil && ev.From == from && ev.To == to && ev.Value.Cmp(amount) == 0 {
			return true
		}
	}
	return false
}
