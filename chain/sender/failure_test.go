package sender_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	logtest "github.com/sirupsen/logrus/hooks/test"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
)

func TestKindOf(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err  error
		want sender.ErrorKind
	}{
		{core.ErrInsufficientFunds, sender.Funds},
		{fmt.Errorf("send: %w: address 0x1 have 0 want 5", core.ErrInsufficientFunds), sender.Funds},
		{core.ErrInsufficientFundsForTransfer, sender.Funds},
		{errors.New("Sender doesn't have enough funds to send tx. The max upfront cost is: 1"), sender.Funds},
		{core.ErrIntrinsicGas, sender.Rejected},
		{errors.New("exceeds block gas limit"), sender.Rejected},
		{errors.New("gas required exceeds allowance (30000000)"), sender.Rejected},
		{context.DeadlineExceeded, sender.Transient},
		{errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), sender.Transient},
		{errors.New("429 Too Many Requests"), sender.Transient},
		{errors.New("502 Bad Gateway"), sender.Transient},
		{errors.New("max fee per gas less than block base fee"), sender.Transient},
		{errors.New("something new"), sender.Transient},
	}
	for _, tt := range tests {
		if got := sender.KindOf(tt.err); got != tt.want {
			t.Errorf("KindOf(%q) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// An account that cannot pay: a FailFast intent ends Failed at once with what the account holds
// and needs, before any nonce is used; another intent waits, saying why, and goes through once
// the account is funded. Before, both retried "insufficient funds" forever, silently.
func TestShortOfFunds(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 20*time.Millisecond)
	poor, _ := crypto.GenerateKey()
	st := openStore(t)
	conf := cfg(c)
	conf.FundsGrace = 100 * time.Millisecond
	s := sender.New(c.Client, st, keys.NewKey(poor), conf)
	run(t, s)
	ctx := context.Background()

	fast := transfer(0)
	fast.FailFast = true
	if _, err := s.Submit(ctx, "pay/fast", "pay", fast); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	in, err := s.Wait(wctx, "pay/fast")
	if err != nil {
		t.Fatal(err)
	}
	if in.State != sender.Failed || in.Failure == nil || in.Failure.Kind != sender.FailFunds {
		t.Fatalf("FailFast intent: %s %+v, want failed for funds", in.State, in.Failure)
	}
	if in.Failure.Have.Sign() != 0 || in.Failure.Need.Cmp(big.NewInt(21000)) <= 0 || in.HasNonce || len(in.Attempts) != 0 {
		t.Errorf("failure %+v (nonce %v, %d attempts): want have 0, need value + gas, nothing signed", in.Failure, in.HasNonce, len(in.Attempts))
	}

	if _, err := s.Submit(ctx, "pay/0", "pay", transfer(0)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		in, _ = st.Get(ctx, "pay/0")
		if in.Retrying != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("intent held up for funds without saying so: %+v", in)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if in.State != sender.Queued || in.Retrying.Kind != sender.FailFunds || in.Retrying.Since.IsZero() {
		t.Fatalf("waiting intent: %s %+v", in.State, in.Retrying)
	}
	faucet := sender.New(c.Client, openStore(t), keys.NewKey(c.Faucet.Key), cfg(c))
	run(t, faucet)
	to := s.Address()
	if _, err := faucet.Submit(ctx, "top-up", "pay", sender.Call{To: &to, Value: big.NewInt(1e18)}); err != nil {
		t.Fatal(err)
	}
	got := waitAll(t, s, 1, 30*time.Second)
	assertExactlyOnce(t, c, got)
	if got[0].Retrying != nil {
		t.Errorf("confirmed intent still says it is retrying: %+v", got[0].Retrying)
	}
}

// A top-up already on its way lands within the grace: the FailFast intent waits for it rather
// than failing (a dev faucet's top-up sent a moment before the payment).
func TestFundsGraceLetsATopUpLand(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 20*time.Millisecond)
	poor, _ := crypto.GenerateKey()
	conf := cfg(c)
	conf.FundsGrace = time.Minute
	s := sender.New(c.Client, openStore(t), keys.NewKey(poor), conf)
	run(t, s)
	ctx := context.Background()
	call := transfer(0)
	call.FailFast = true
	if _, err := s.Submit(ctx, "pay/0", "pay", call); err != nil {
		t.Fatal(err)
	}
	faucet := sender.New(c.Client, openStore(t), keys.NewKey(c.Faucet.Key), cfg(c))
	run(t, faucet)
	to := s.Address()
	if _, err := faucet.Submit(ctx, "top-up", "pay", sender.Call{To: &to, Value: big.NewInt(1e18)}); err != nil {
		t.Fatal(err)
	}
	assertExactlyOnce(t, c, waitAll(t, s, 1, 30*time.Second))
}

// A node that accepts the connection and never answers costs the sender one RPC timeout per
// round, which it reports; before, the first call hung the sender for ever.
func TestRPCTimeoutOnSilentNode(t *testing.T) {
	t.Parallel()
	cl, err := ethclient.Dial(chaintest.SilentNode(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	k, _ := crypto.GenerateKey()
	conf := sender.Config{ChainID: big.NewInt(1337), Poll: 10 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, RPCTimeout: 100 * time.Millisecond}
	s := sender.New(cl, openStore(t), keys.NewKey(k), conf)
	run(t, s)
	if _, err := s.Submit(context.Background(), "pay/0", "pay", transfer(0)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		since, err := s.Health()
		if err != nil {
			if !errors.Is(err, context.DeadlineExceeded) || since.IsZero() {
				t.Fatalf("health: %v since %v, want a deadline exceeded", err, since)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the sender hung on a silent node: no round finished in 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A node restored from an older disk (the head back before a confirmed transaction, its pool
// empty): the sender notices, reopens the intent and sends its saved transaction again, so the
// payment is on the chain again, exactly once. Before, a Confirmed intent was never looked at
// again and the payment was lost from the chain while souq counted it done. A head far below
// (more than ReorgWindow: a reset chain) is reported instead, and nothing is sent again.
func TestHeadWentBackSendsConfirmedAgain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		window uint64
		resend bool
	}{
		{"within the reorg window", 0, true},
		{"far below: a reset chain", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t, 0)
			st := openStore(t)
			conf := cfg(c)
			conf.Mine = c.Commit
			conf.ReorgWindow = tt.window
			log, hook := logtest.NewNullLogger()
			conf.Log = log
			s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), conf)
			run(t, s)
			ctx := context.Background()
			parent, _ := c.Client.HeaderByNumber(ctx, nil)
			for range 4 { // the payment is mined 5 blocks above the block the chain goes back to
				c.Commit()
			}
			if _, err := s.Submit(ctx, "pay/0", "pay", transfer(0)); err != nil {
				t.Fatal(err)
			}
			first := waitAll(t, s, 1, 20*time.Second)[0]
			if first.State != sender.Confirmed {
				t.Fatalf("state %s", first.State)
			}
			c.Commit()
			if err := c.Sim.Fork(parent.Hash()); err != nil {
				t.Fatal(err)
			}
			c.Sim.Rollback() // the restored node's pool does not hold it either
			if bal, _ := c.Client.BalanceAt(ctx, recipient(0), nil); bal.Sign() != 0 {
				t.Fatalf("the payment is still on the chain after the fork: %s", bal)
			}
			c.AutoMine(t, 20*time.Millisecond)
			deadline := time.Now().Add(20 * time.Second)
			for {
				in, _ := st.Get(ctx, "pay/0")
				if !tt.resend {
					if reported(hook, "not sending them again") {
						if in.State != sender.Confirmed || in.Reorgs != 0 {
							t.Errorf("sent again on a reset chain: %s, %d reorgs", in.State, in.Reorgs)
						}
						return
					}
				} else if in.State == sender.Confirmed && in.Reorgs > 0 {
					if in.Receipt.TxHash != first.Receipt.TxHash || in.Nonce != first.Nonce {
						t.Errorf("sent again as %s nonce %d, want the saved %s nonce %d", in.Receipt.TxHash, in.Nonce, first.Receipt.TxHash, first.Nonce)
					}
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("nothing done after the head went back: %s, %d reorgs", in.State, in.Reorgs)
				}
				time.Sleep(10 * time.Millisecond)
			}
			assertExactlyOnce(t, c, waitAll(t, s, 1, 5*time.Second))
		})
	}
}

func reported(h *logtest.Hook, msg string) bool {
	for _, e := range h.AllEntries() {
		if strings.Contains(e.Message, msg) {
			return true
		}
	}
	return false
}
