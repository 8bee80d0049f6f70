package escrow_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/testtoken"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
)

type env struct {
	t        *testing.T
	c        *chaintest.Chain
	pool     *sender.Pool
	client   *escrow.Client
	st       *txstore.Store
	wallets  *keys.Wallets
	attester *keys.Key
	// seller is the merchant's custodial seller wallet (it signs refunds and holds no ETH); payee
	// is the merchant's payout address.
	seller    common.Address
	sellerKey *keys.Key
	payee     common.Address
	mu        sync.Mutex
	events    []escrow.Event
	watcher   *escrow.Watcher
}

func newEnv(t *testing.T, feeBps uint16) *env {
	t.Helper()
	c := chaintest.New(t, feeBps)
	_, st := openStore(t, "souq.db")
	pool := sender.NewPool(c.Client, st, sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond, FundsGrace: 100 * time.Millisecond, Decoders: escrow.Decoders()})
	seed := make([]byte, 32)
	rand.Read(seed)
	w, err := keys.NewWallets(seed, keys.DefaultWalletPath)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, c: c, pool: pool, st: st, wallets: w, attester: keys.NewKey(c.Attester.Key)}
	pool.Add(keys.NewKey(c.Operator.Key))
	pool.Add(keys.NewKey(c.Arbiter.Key))
	seller, _ := crypto.GenerateKey()
	e.sellerKey = keys.NewKey(seller)
	e.seller = pool.Add(e.sellerKey).Address()
	payee, _ := crypto.GenerateKey()
	e.payee = crypto.PubkeyToAddress(payee.PublicKey)
	e.client = escrow.New(c.Client, c.Contracts.Escrow, c.ChainID, c.Operator.Address, pool)
	e.watcher = escrow.NewWatcher(c.Client, c.Contracts.Escrow, st, escrow.WatcherConfig{FromBlock: c.Contracts.DeployBlock}, func(_ context.Context, ev escrow.Event) error {
		e.mu.Lock()
		e.events = append(e.events, ev)
		e.mu.Unlock()
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go pool.Run(ctx)
	c.AutoMine(t, 15*time.Millisecond)
	return e
}

// buyer returns custodial wallet i, funded with gas money (and tokens).
func (e *env) buyer(i uint32) *keys.Key {
	k, err := e.wallets.Wallet(i)
	if err != nil {
		e.t.Fatal(err)
	}
	e.pool.Add(k)
	e.fundGas(k.Address())
	tt := testtoken.NewTestToken()
	e.send(e.c.Faucet.Key, e.c.Contracts.TestToken, nil, tt.PackMint(k.Address(), big.NewInt(1_000_000_000)))
	return k
}

func (e *env) fundGas(a common.Address) {
	e.send(e.c.Faucet.Key, a, new(big.Int).Exp(big.NewInt(10), big.NewInt(20), nil), nil)
}

// send is a plain transaction outside souq's sender (a faucet, or a customer's own wallet).
func (e *env) send(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	return sendRaw(e.t, e.c, key, &to, value, data)
}

func (e *env) terms(buyer common.Address, token common.Address, amount int64, inspection uint32) escrow.Terms {
	head, _ := e.c.Client.HeaderByNumber(context.Background(), nil)
	var offer [32]byte
	rand.Read(offer[:])
	return escrow.Terms{Seller: e.seller, Payee: e.payee, Buyer: buyer, Token: token, Amount: big.NewInt(amount), Attester: e.attester.Address(),
		DeliverBy: head.Time + 3600, InspectionPeriod: inspection, OfferHash: offer}
}

func (e *env) wait(in *sender.Intent, err error) *sender.Intent {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	s, err := e.pool.Get(in.From)
	if err != nil {
		e.t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	got, err := s.Wait(ctx, in.Key)
	if err != nil {
		e.t.Fatalf("%s: %v", in.Key, err)
	}
	return got
}

// confirmed waits for the intent to be confirmed and returns its transaction's hash.
func (e *env) confirmed(in *sender.Intent, err error) common.Hash {
	e.t.Helper()
	got := e.wait(in, err)
	if got.State != sender.Confirmed {
		e.t.Fatalf("%s: %s %s", got.Key, got.State, got.Revert)
	}
	return got.TxHash()
}

func (e *env) status(tm escrow.Terms) escrow.Status {
	id, _ := e.client.OrderID(tm)
	o, err := e.client.Order(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return o.Status
}

func (e *env) eventNames(tm escrow.Terms) []string {
	e.t.Helper()
	if _, err := e.watcher.Poll(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	id, _ := e.client.OrderID(tm)
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, ev := range e.events {
		if ev.OrderID == souq.OrderID(id) {
			out = append(out, ev.Name)
		}
	}
	return out
}

func TestOrderIDAndDigestMatchContract(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 0)
	tm := e.terms(common.HexToAddress("0xb0b"), e.c.Contracts.TestToken, 42, 60)
	ea := escrowabi.NewEscrow()
	inst := ea.Instance(e.c.Client, e.c.Contracts.Escrow)
	want, err := bind.Call(inst, nil, ea.PackOrderId(tm), ea.UnpackOrderId)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := e.client.OrderID(tm)
	if got != want {
		t.Fatalf("OrderID %x, contract %x", got, want)
	}
	proof := crypto.Keccak256Hash([]byte("photo"))
	wantD, _ := bind.Call(inst, nil, ea.PackDeliveryDigest(got, proof, 12345), ea.UnpackDeliveryDigest)
	gotD, _ := escrow.DeliveryDigest(e.c.ChainID, e.c.Contracts.Escrow, got, proof, 12345)
	if common.BytesToHash(gotD) != wantD {
		t.Fatalf("DeliveryDigest %x, contract %x", gotD, wantD)
	}
	// The parties' acts: the digest signed in Go is the one the contract checks.
	reason := crypto.Keccak256Hash([]byte("never came"))
	for _, tt := range []struct {
		act    escrow.Act
		fields []any
	}{
		{escrow.ActConfirm, []any{crypto.Keccak256Hash([]byte("ConfirmReceipt(bytes32 orderId,uint64 deadline)")), got, uint64(777)}},
		{escrow.ActRefund, []any{crypto.Keccak256Hash([]byte("Refund(bytes32 orderId,uint64 deadline)")), got, uint64(777)}},
		{escrow.ActDispute, []any{crypto.Keccak256Hash([]byte("Dispute(bytes32 orderId,bytes32 reasonHash,uint64 deadline)")), got, reason, uint64(777)}},
	} {
		args := abi.Arguments{{Type: bytes32Type}, {Type: bytes32Type}}
		if tt.act == escrow.ActDispute {
			args = append(args, abi.Argument{Type: bytes32Type})
		}
		args = append(args, abi.Argument{Type: uint64Type})
		enc, err := args.Pack(tt.fields...)
		if err != nil {
			t.Fatal(err)
		}
		want, err := bind.Call(inst, nil, ea.PackActDigest(crypto.Keccak256Hash(enc)), ea.UnpackActDigest)
		if err != nil {
			t.Fatal(err)
		}
		gotA, err := escrow.ActDigest(e.c.ChainID, e.c.Contracts.Escrow, tt.act, got, reason, 777)
		if err != nil || common.BytesToHash(gotA) != want {
			t.Errorf("ActDigest(%s) %x (%v), contract %x", tt.act, gotA, err, want)
		}
	}
	wantP, err := bind.Call(inst, nil, ea.PackPermitDeadline(got, 1_800_000_000), ea.UnpackPermitDeadline)
	if err != nil || escrow.PermitDeadline(got, 1_800_000_000).Cmp(wantP) != 0 {
		t.Errorf("PermitDeadline %s, contract %s (%v)", escrow.PermitDeadline(got, 1_800_000_000), wantP, err)
	}
}

var (
	bytes32Type, _ = abi.NewType("bytes32", "", nil)
	uint64Type, _  = abi.NewType("uint64", "", nil)
)

func TestLifecycles(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 100) // 1% fee
	ctx := context.Background()
	tests := []struct {
		name   string
		token  bool
		flow   func(tm escrow.Terms, buyer *keys.Key)
		status escrow.Status
		events []string
	}{
		{"eth deliver releases at once", false, func(tm escrow.Terms, b *keys.Key) {
			e.confirmed(e.client.FundETH(ctx, "a", b.Address(), tm))
			e.deliver(tm)
		}, escrow.StatusReleased, []string{"Funded", "Delivered", "Released"}},
		{"token approve, dispute, resolve", true, func(tm escrow.Terms, b *keys.Key) {
			e.confirmed(e.client.FundToken(ctx, "a", b.Address(), tm))
			e.confirmed(e.client.Dispute(ctx, "a", b, tm, crypto.Keccak256Hash([]byte("broken"))))
			e.confirmed(e.client.Resolve(ctx, "a", e.c.Arbiter.Address, tm, big.NewInt(400)))
		}, escrow.StatusResolved, []string{"Funded", "Disputed", "Resolved"}},
		{"token permit, confirm receipt", true, func(tm escrow.Terms, b *keys.Key) {
			in := e.wait(e.client.FundTokenWithPermit(ctx, "a", b, tm, tm.DeliverBy))
			if in.State != sender.Confirmed {
				t.Fatalf("permit fund: %s %s", in.State, in.Revert)
			}
			e.confirmed(e.client.ConfirmReceipt(ctx, "a", b, tm))
		}, escrow.StatusReleased, []string{"Funded", "Released"}},
		{"seller refund", false, func(tm escrow.Terms, b *keys.Key) {
			e.confirmed(e.client.FundETH(ctx, "a", b.Address(), tm))
			e.confirmed(e.client.Refund(ctx, "a", e.sellerKey, tm))
		}, escrow.StatusRefunded, []string{"Funded", "Refunded"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := e.buyer(uint32(i))
			tok := common.Address{}
			if tt.token {
				tok = e.c.Contracts.TestToken
			}
			tm := e.terms(b.Address(), tok, 1000, 0)
			tt.flow(tm, b)
			if got := e.status(tm); got != tt.status {
				t.Errorf("status %s, want %s", got, tt.status)
			}
			if got := e.eventNames(tm); !slices.Equal(got, tt.events) {
				t.Errorf("watcher saw %v, want %v", got, tt.events)
			}
		})
	}
}

func (e *env) deliver(tm escrow.Terms) {
	e.t.Helper()
	id, _ := e.client.OrderID(tm)
	head, _ := e.c.Client.HeaderByNumber(context.Background(), nil)
	proof := crypto.Keccak256Hash([]byte("delivery photo sha256"))
	sig, err := e.client.SignDelivery(e.attester, id, proof, head.Time)
	if err != nil {
		e.t.Fatal(err)
	}
	e.confirmed(e.client.Deliver(context.Background(), "a", tm, proof, head.Time, sig))
}

func TestInspectionWindowAndExpiry(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 0)
	ctx := context.Background()
	b := e.buyer(0)
	// Delivered with a one-hour inspection window: release is refused until it is over.
	tm := e.terms(b.Address(), common.Address{}, 5000, 3600)
	e.confirmed(e.client.FundETH(ctx, "a", b.Address(), tm))
	e.deliver(tm)
	in := e.wait(e.client.Release(ctx, "a", tm))
	if in.State != sender.Reverted || !strings.Contains(in.Revert, "EscrowInspectionRunning") {
		t.Fatalf("early release: %s %q", in.State, in.Revert)
	}
	// An unshipped order past its deadline is refunded by anyone.
	late := e.terms(b.Address(), common.Address{}, 7000, 0)
	e.confirmed(e.client.FundETH(ctx, "a", b.Address(), late))
	e.c.AdjustTime(t, 2*time.Hour) // the pool is idle: every intent above is confirmed
	before, _ := e.c.Client.BalanceAt(ctx, b.Address(), nil)
	lateRefund := e.confirmed(e.client.RefundExpired(ctx, "a", late))
	after, _ := e.c.Client.BalanceAt(ctx, b.Address(), nil)
	if d := new(big.Int).Sub(after, before); d.Cmp(big.NewInt(7000)) != 0 {
		t.Errorf("buyer got %s back, want 7000", d)
	}
	if got := e.eventNames(late); !slices.Equal(got, []string{"Funded", "Refunded"}) {
		t.Errorf("events %v", got)
	}
	if got := e.refundReason(lateRefund); got != "late_delivery" {
		t.Errorf("tx page: refund reason %q, want late_delivery", got)
	}
	// The first order's window is over now: the reverted release is retried under its key.
	op, _ := e.pool.Get(e.c.Operator.Address)
	e.confirmed(op.Retry(ctx, in.Key))
	if s := e.status(tm); s != escrow.StatusReleased {
		t.Fatalf("status %s after retried release", s)
	}
}

func TestPaymentLinkFromOwnWallet(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 0)
	own, _ := crypto.GenerateKey() // the customer's own wallet: souq has no key for it
	ownAddr := crypto.PubkeyToAddress(own.PublicKey)
	e.fundGas(ownAddr)
	e.send(e.c.Faucet.Key, e.c.Contracts.TestToken, nil, testtoken.NewTestToken().PackMint(ownAddr, big.NewInt(1e9)))
	tests := []struct {
		name  string
		token common.Address
		steps []string
	}{
		{"eth", common.Address{}, []string{"fund"}},
		{"token", e.c.Contracts.TestToken, []string{"approve", "fund"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := e.terms(ownAddr, tt.token, 2500, 0)
			pr, err := e.client.PaymentRequest(tm)
			if err != nil {
				t.Fatal(err)
			}
			var labels []string
			for _, s := range pr.Steps {
				labels = append(labels, s.Label)
				r := e.send(own, s.To, s.Value.ToInt(), s.Data)
				if r.Status != types.ReceiptStatusSuccessful {
					t.Fatalf("step %s failed", s.Label)
				}
			}
			if !slices.Equal(labels, tt.steps) {
				t.Errorf("steps %v, want %v", labels, tt.steps)
			}
			if got := e.eventNames(tm); !slices.Equal(got, []string{"Funded"}) {
				t.Errorf("watcher saw %v for a payment souq did not send", got)
			}
			e.mu.Lock()
			last := e.events[len(e.events)-1]
			e.mu.Unlock()
			if last.Funded.Funder != ownAddr || last.Status != souq.StatusPaid {
				t.Errorf("funded event %+v", last.Funded)
			}
		})
	}
}

// A dispute the arbiter leaves undecided: refundExpiredDispute is refused (for now) until the
// deadline in the Disputed event, the arbiter is refused from it on, and anyone's call then refunds
// the buyer in full; the watcher reports the deadline and why the money went back.
func TestUndecidedDisputeEndsInFullRefund(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 100)
	ctx := context.Background()
	b := e.buyer(0)
	tm := e.terms(b.Address(), e.c.Contracts.TestToken, 25_000, 3600)
	e.confirmed(e.client.FundToken(ctx, "a", b.Address(), tm))
	e.confirmed(e.client.Dispute(ctx, "a", b, tm, crypto.Keccak256Hash([]byte("never came"))))
	head, _ := e.c.Client.HeaderByNumber(ctx, nil)

	early := e.wait(e.client.RefundExpiredDispute(ctx, "early", tm))
	if r := escrow.Result("early", early, true); early.State != sender.Reverted || !strings.Contains(early.Revert, "ArbiterDeadlineRunning") || r.Class != souq.ClassRefusedNow {
		t.Fatalf("before the deadline: %s %q class %s", early.State, early.Revert, r.Class)
	}
	e.c.AdjustTime(t, 14*24*time.Hour+time.Minute)
	late := e.wait(e.client.Resolve(ctx, "late", e.c.Arbiter.Address, tm, big.NewInt(0)))
	if r := escrow.Result("late", late, true); late.State != sender.Reverted || !strings.Contains(late.Revert, "ArbiterDeadlinePassed") || r.Class != souq.ClassRefused {
		t.Fatalf("arbiter after the deadline: %s %q class %s", late.State, late.Revert, r.Class)
	}
	tok := tokenABI.Instance(e.c.Client, e.c.Contracts.TestToken)
	before, err := bind.Call(tok, nil, tokenABI.PackBalanceOf(b.Address()), tokenABI.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	refund := e.confirmed(e.client.RefundExpiredDispute(ctx, "a", tm))
	after, _ := bind.Call(tok, nil, tokenABI.PackBalanceOf(b.Address()), tokenABI.UnpackBalanceOf)
	if d := new(big.Int).Sub(after, before); d.Cmp(big.NewInt(25_000)) != 0 {
		t.Fatalf("buyer got %s back, want all 25000", d)
	}
	if s := e.status(tm); s != escrow.StatusRefunded {
		t.Fatalf("status %s", s)
	}
	if got := e.eventNames(tm); !slices.Equal(got, []string{"Funded", "Disputed", "Refunded"}) {
		t.Fatalf("events %v", got)
	}
	id, _ := e.client.OrderID(tm)
	var disputed, refunded souq.ChainEvent
	e.mu.Lock()
	for _, ev := range e.events {
		if ev.OrderID != souq.OrderID(id) {
			continue
		}
		ce, err := escrow.ToChainEvent(ev)
		if err != nil {
			t.Fatal(err)
		}
		switch ce.Kind {
		case souq.ChainDisputed:
			disputed = ce
		case souq.ChainRefunded:
			refunded = ce
		}
	}
	e.mu.Unlock()
	// The dispute was mined at or before the head read after it, and after funding.
	if d := disputed.DecideBy.Sub(time.Unix(int64(head.Time), 0)); d > 14*24*time.Hour || d < 14*24*time.Hour-time.Minute {
		t.Fatalf("decide by %s, head after the dispute %d", disputed.DecideBy, head.Time)
	}
	if !refunded.DisputeExpired || refunded.Late || refunded.Amount.Cmp(big.NewInt(25_000)) != 0 {
		t.Fatalf("refunded event %+v", refunded)
	}
	// The transaction page names the same reason (its reason table once lacked this one).
	if got := e.refundReason(refund); got != "dispute_expired" {
		t.Errorf("tx page: refund reason %q, want dispute_expired", got)
	}
}
