package escrow_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/kv"
)

// portEnv drives the escrow through souq's port, as the service does, and collects what the
// Tracker reports.
type portEnv struct {
	*env
	port    *escrow.Port
	tracker *escrow.Tracker
	trackDB kv.DB
	keys    keySource

	mu      sync.Mutex
	results map[string]souq.IntentResult
}

type keySource map[common.Address]*keys.Key

func (k keySource) KeyOf(a common.Address) (*keys.Key, error) {
	if key, ok := k[a]; ok {
		return key, nil
	}
	return nil, fmt.Errorf("no key for %s", a)
}

func newPortEnv(t *testing.T) *portEnv {
	t.Helper()
	e := newEnv(t, 0)
	db, _ := openStore(t, "track.db")
	p := &portEnv{env: e, keys: keySource{}, results: map[string]souq.IntentResult{}, trackDB: db.KV()}
	p.tracker = escrow.NewTracker(db.KV(), e.pool, func(_ context.Context, r souq.IntentResult) error {
		p.mu.Lock()
		p.results[r.Key] = r
		p.mu.Unlock()
		return nil
	})
	p.port = &escrow.Port{Client: e.client, Senders: e.pool, Arbiter: e.c.Arbiter.Address, Keys: p.keys, Tracker: p.tracker}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go p.tracker.Run(ctx, 10*time.Millisecond, nil)
	return p
}

// result waits for the Tracker's report of an attempt key.
func (p *portEnv) result(key string) souq.IntentResult {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		r, ok := p.results[key]
		p.mu.Unlock()
		if ok {
			return r
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.t.Fatalf("no result for %s", key)
	return souq.IntentResult{}
}

func (p *portEnv) souqTerms(buyer common.Address, token common.Address, amount int64, inspection time.Duration) souq.Terms {
	head, _ := p.c.Client.HeaderByNumber(context.Background(), nil)
	var offer [32]byte
	rand.Read(offer[:])
	tok := ""
	if token != (common.Address{}) {
		tok = token.Hex()
	}
	return souq.Terms{Seller: p.seller.Hex(), Payee: p.payee.Hex(), Buyer: buyer.Hex(), Token: tok, Amount: big.NewInt(amount), Attester: p.attester.Address().Hex(),
		DeliverBy: time.Unix(int64(head.Time)+3600, 0), InspectionPeriod: inspection, OfferHash: offer}
}

func (p *portEnv) onChain(st souq.Terms) escrow.Status {
	p.t.Helper()
	at, err := escrow.ABITerms(st)
	if err != nil {
		p.t.Fatal(err)
	}
	return p.status(at)
}

func (p *portEnv) fund(st souq.Terms) {
	p.t.Helper()
	key := "escrow.fund/test/" + st.Buyer
	if err := p.port.Fund(context.Background(), key, st); err != nil {
		p.t.Fatal(err)
	}
	if r := p.result(key); !r.OK {
		p.t.Fatalf("fund: %+v", r)
	}
}

// A delivery refused because its attested time is ahead of the chain's newest block is carried
// out by the service's next attempt, once the chain's clock passed it; a release refused while
// the inspection window runs, likewise. Before, every action was keyed per order, so the second
// attempt was silently deduplicated onto the refused transaction and the order stayed stuck.
func TestRefusedAttemptThenNewAttemptSucceeds(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	proof := crypto.Keccak256Hash([]byte("photo"))

	t.Run("deliver refused as FutureDelivery", func(t *testing.T) {
		b := p.buyer(0)
		st := p.souqTerms(b.Address(), common.Address{}, 1000, 0)
		p.fund(st)
		head, _ := p.c.Client.HeaderByNumber(ctx, nil)
		at := time.Unix(int64(head.Time)+600, 0) // ten minutes ahead of the chain
		id, _ := p.port.OrderID(st)
		sig, err := escrow.Attester{Client: p.client, Key: p.attester}.SignDelivery(ctx, id, proof, at)
		if err != nil {
			t.Fatal(err)
		}
		a := souq.Attestation{ProofHash: proof, DeliveredAt: at, Signature: sig}
		key := "escrow.deliver/" + id.String() + "/2"
		if err := p.port.Deliver(ctx, souq.AttemptKey(key, 0), st, a); err != nil {
			t.Fatal(err)
		}
		r := p.result(souq.AttemptKey(key, 0))
		if r.OK || r.Class != souq.ClassRefusedNow {
			t.Fatalf("attempt 0: %+v, want refused now", r)
		}
		// A retried call of the same attempt is the same (refused) transaction, not a new one.
		if err := p.port.Deliver(ctx, souq.AttemptKey(key, 0), st, a); err != nil {
			t.Fatal(err)
		}
		op, _ := p.pool.Get(p.c.Operator.Address)
		if in, err := op.Get(ctx, escrow.IntentKey("deliver", id, souq.AttemptKey(key, 0))); err != nil || in.State != sender.Reverted || len(in.Attempts) != 0 {
			t.Fatalf("attempt 0 after a retried call: %+v %v, want the same refused, unsent intent", in, err)
		}
		p.c.AdjustTime(t, 11*time.Minute)
		if err := p.port.Deliver(ctx, souq.AttemptKey(key, 1), st, a); err != nil {
			t.Fatal(err)
		}
		if r := p.result(souq.AttemptKey(key, 1)); !r.OK || r.TxHash == "" {
			t.Fatalf("attempt 1: %+v, want carried out", r)
		}
		if s := p.onChain(st); s != escrow.StatusReleased {
			t.Fatalf("order %s on chain, want released", s)
		}
	})

	t.Run("release refused as InspectionRunning", func(t *testing.T) {
		b := p.buyer(1)
		st := p.souqTerms(b.Address(), common.Address{}, 2000, time.Hour)
		p.fund(st)
		id, _ := p.port.OrderID(st)
		head, _ := p.c.Client.HeaderByNumber(ctx, nil)
		at := time.Unix(int64(head.Time), 0)
		sig, _ := escrow.Attester{Client: p.client, Key: p.attester}.SignDelivery(ctx, id, proof, at)
		dk := "escrow.deliver/" + id.String() + "/2"
		if err := p.port.Deliver(ctx, dk, st, souq.Attestation{ProofHash: proof, DeliveredAt: at, Signature: sig}); err != nil {
			t.Fatal(err)
		}
		if r := p.result(dk); !r.OK {
			t.Fatalf("deliver: %+v", r)
		}
		key := "escrow.release/" + id.String() + "/3"
		if err := p.port.Release(ctx, key, st); err != nil {
			t.Fatal(err)
		}
		if r := p.result(key); r.OK || r.Class != souq.ClassRefusedNow {
			t.Fatalf("attempt 0: %+v, want refused now", r)
		}
		p.c.AdjustTime(t, 2*time.Hour)
		if err := p.port.Release(ctx, souq.AttemptKey(key, 1), st); err != nil {
			t.Fatal(err)
		}
		if r := p.result(souq.AttemptKey(key, 1)); !r.OK {
			t.Fatalf("attempt 1: %+v, want carried out", r)
		}
		if s := p.onChain(st); s != escrow.StatusReleased {
			t.Fatalf("order %s on chain, want released", s)
		}
	})
}

// A custodial wallet short of ETH or of tokens gets a final result at once — refused for now,
// with how much it holds and needs, read from the chain — and a new attempt after a deposit
// pays. Before, the sender retried "insufficient funds" forever and the service heard nothing.
func TestShortfallIsReportedThenNewAttemptPays(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()

	t.Run("ETH for value and gas", func(t *testing.T) {
		b, err := p.wallets.Wallet(10) // never funded
		if err != nil {
			t.Fatal(err)
		}
		p.pool.Add(b)
		st := p.souqTerms(b.Address(), common.Address{}, 5000, 0)
		key := "escrow.fund/poor-eth/1"
		if err := p.port.Fund(ctx, key, st); err != nil {
			t.Fatal(err)
		}
		r := p.result(key)
		if r.OK || r.Class != souq.ClassRefusedNow || r.Shortfall == nil {
			t.Fatalf("result %+v, want a refused-now shortfall", r)
		}
		if r.Shortfall.Asset != "ETH" || r.Shortfall.Have.Sign() != 0 || r.Shortfall.Need.Cmp(big.NewInt(5000)) <= 0 {
			t.Errorf("shortfall %v: want ETH, have 0, need more than the 5000 wei of the order", r.Shortfall)
		}
		p.fundGas(b.Address())
		if err := p.port.Fund(ctx, souq.AttemptKey(key, 1), st); err != nil {
			t.Fatal(err)
		}
		if r := p.result(souq.AttemptKey(key, 1)); !r.OK {
			t.Fatalf("attempt 1: %+v", r)
		}
		if s := p.onChain(st); s != escrow.StatusFunded {
			t.Fatalf("order %s, want funded", s)
		}
	})

	t.Run("tokens, with permit", func(t *testing.T) {
		b, err := p.wallets.Wallet(11)
		if err != nil {
			t.Fatal(err)
		}
		p.pool.Add(b)
		p.keys[b.Address()] = b
		p.fundGas(b.Address()) // gas, but no tokens
		st := p.souqTerms(b.Address(), p.c.Contracts.TestToken, 7000, 0)
		key := "escrow.fund/poor-token/1"
		if err := p.port.Fund(ctx, key, st); err != nil {
			t.Fatal(err)
		}
		r := p.result(key)
		if r.OK || r.Class != souq.ClassRefusedNow || r.Shortfall == nil {
			t.Fatalf("result %+v, want a refused-now shortfall", r)
		}
		if r.Shortfall.Asset != p.c.Contracts.TestToken.Hex() || r.Shortfall.Have.Sign() != 0 || r.Shortfall.Need.Cmp(big.NewInt(7000)) != 0 {
			t.Errorf("shortfall %v: want token, have 0, need 7000", r.Shortfall)
		}
		p.mint(b.Address(), 7000)
		if err := p.port.Fund(ctx, souq.AttemptKey(key, 1), st); err != nil {
			t.Fatal(err)
		}
		if r := p.result(souq.AttemptKey(key, 1)); !r.OK {
			t.Fatalf("attempt 1: %+v", r)
		}
	})

	t.Run("souq's own operator short of gas", func(t *testing.T) {
		poor, _ := crypto.GenerateKey()
		op := p.pool.Add(keys.NewKey(poor)).Address()
		client := escrow.New(p.c.Client, p.c.Contracts.Escrow, p.c.ChainID, op, p.pool)
		port := &escrow.Port{Client: client, Senders: p.pool, Arbiter: p.c.Arbiter.Address, Keys: p.keys, Tracker: p.tracker}
		b := p.buyer(12)
		st := p.souqTerms(b.Address(), common.Address{}, 3000, time.Hour)
		p.fund(st)
		key := "escrow.refund_expired/poor-op/1"
		if err := port.RefundExpired(ctx, key, st); err != nil {
			t.Fatal(err)
		}
		// Not yet expired: the contract's refusal comes first (the estimate reverts).
		if r := p.result(key); r.Class != souq.ClassRefusedNow {
			t.Fatalf("result %+v, want refused now (NotExpired)", r)
		}
		p.c.AdjustTime(t, 2*time.Hour)
		if err := port.RefundExpired(ctx, souq.AttemptKey(key, 1), st); err != nil {
			t.Fatal(err)
		}

		r := p.result(souq.AttemptKey(key, 1))
		if r.OK || r.Class != souq.ClassOperator || r.Shortfall == nil || r.Shortfall.Class != souq.ClassOperator {
			t.Fatalf("result %+v, want the operator's shortfall", r)
		}
	})
}

func (p *portEnv) mint(to common.Address, amount int64) {
	p.t.Helper()
	p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackMint(to, big.NewInt(amount)))
}

// What the port refuses at once says its class: bad terms and a key reused for another call are
// refused for good, a wallet souq holds no key for needs the operator, a node that does not
// answer is retried.
func TestPortSyncErrorsAreClassified(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	b := p.buyer(30)
	good := p.souqTerms(b.Address(), common.Address{}, 1000, 0)
	bad := good
	bad.Seller = "not an address"
	nokey := p.souqTerms(common.HexToAddress("0x0123456789abcdef0123456789abcdef01234567"), p.c.Contracts.TestToken, 1000, 0)

	silent, err := ethclient.Dial(chaintest.SilentNode(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(silent.Close)
	p.keys[b.Address()] = b
	slow := escrow.New(silent, p.c.Contracts.Escrow, p.c.ChainID, p.c.Operator.Address, p.pool)
	slow.SetRPCTimeout(100 * time.Millisecond)
	slowPort := &escrow.Port{Client: slow, Senders: p.pool, Arbiter: p.c.Arbiter.Address, Keys: p.keys, Tracker: p.tracker}
	tokenTerms := p.souqTerms(b.Address(), p.c.Contracts.TestToken, 1000, 0)

	if err := p.port.Payout(ctx, "escrow.payout/x/1", good, b.Address().Hex(), big.NewInt(5)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		call func() error
		want souq.FailureClass
	}{
		{"invalid terms", func() error { return p.port.Release(ctx, "k1", bad) }, souq.ClassRefused},
		{"invalid payout address", func() error { return p.port.Payout(ctx, "k2", good, "nowhere", big.NewInt(1)) }, souq.ClassRefused},
		{"same attempt key, another call", func() error {
			return p.port.Payout(ctx, "escrow.payout/x/1", good, b.Address().Hex(), big.NewInt(6))
		}, souq.ClassRefused},
		{"no key for the buyer's wallet", func() error { return p.port.Fund(ctx, "k3", nokey) }, souq.ClassOperator},
		{"the node does not answer", func() error { return slowPort.Fund(ctx, "k4", tokenTerms) }, souq.ClassRetry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if err == nil || souq.Classify(err) != tt.want {
				t.Fatalf("error %v, class %s, want %s", err, souq.Classify(err), tt.want)
			}
			if tt.want == souq.ClassRetry && !errors.Is(err, souq.ErrRetryLater) {
				t.Errorf("error %v does not wrap ErrRetryLater", err)
			}
		})
	}
}

// While a transaction waits (here: a wallet short of ETH, within the grace for a top-up), the port
// lists its attempt as open, with since when and why: what makes it stuck for `souq status`.
func TestOpenAttemptsSayWhyTheyWait(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	pool := sender.NewPool(p.c.Client, p.st, sender.Config{ChainID: p.c.ChainID, Poll: 10 * time.Millisecond, FundsGrace: time.Hour, Decoders: escrow.Decoders()})
	runCtx, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	go pool.Run(runCtx)
	poor, err := p.wallets.Wallet(40)
	if err != nil {
		t.Fatal(err)
	}
	pool.Add(poor)
	tracker := escrow.NewTracker(p.trackDB, pool, func(context.Context, souq.IntentResult) error { return nil })
	port := &escrow.Port{Client: escrow.New(p.c.Client, p.c.Contracts.Escrow, p.c.ChainID, p.c.Operator.Address, pool), Senders: pool, Tracker: tracker}
	st := p.souqTerms(poor.Address(), common.Address{}, 4000, 0)
	if err := port.Fund(ctx, "escrow.fund/open/1", st); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		open, err := port.Open(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(open) == 1 && open[0].Error != "" {
			o := open[0]
			if o.Key != "escrow.fund/open/1" || o.From != poor.Address() || o.Since.IsZero() || !strings.Contains(o.Error, "insufficient funds") {
				t.Fatalf("open attempt %+v", o)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("open attempts %+v: the waiting one does not say why", open)
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.fundGas(poor.Address()) // the top-up lands within the grace: the same attempt pays
	deadline = time.Now().Add(20 * time.Second)
	for p.onChain(st) != escrow.StatusFunded {
		if time.Now().After(deadline) {
			t.Fatal("not funded after the top-up")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
