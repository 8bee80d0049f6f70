package sender_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

func openStore(t testing.TB) *txstore.Store {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	st, err := txstore.New(context.Background(), db.KV())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func cfg(c *chaintest.Chain) sender.Config {
	e := escrow.NewEscrow()
	return sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond, StuckAfter: time.Hour, Rebroadcast: 50 * time.Millisecond, MaxBackoff: 100 * time.Millisecond,
		Decoders: []sender.ErrorDecoder{e.UnpackError}}
}

func run(t testing.TB, s *sender.Sender) (stop func() error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	var err error
	stop = func() error {
		once.Do(func() { cancel(); err = <-done })
		return err
	}
	t.Cleanup(func() { stop() })
	return stop
}

// recipient i gets exactly i+1 wei per intent: any double send shows in its balance.
func recipient(i int) common.Address {
	return common.BigToAddress(big.NewInt(int64(0xbeef0000 + i)))
}

func transfer(i int) sender.Call {
	to := recipient(i)
	return sender.Call{To: &to, Value: big.NewInt(int64(i + 1))}
}

func waitAll(t testing.TB, s *sender.Sender, n int, timeout time.Duration) []*sender.Intent {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	out := make([]*sender.Intent, n)
	for i := range n {
		in, err := s.Wait(ctx, fmt.Sprint("pay/", i))
		if err != nil {
			t.Fatalf("intent %d: %v (state %v)", i, err, in)
		}
		out[i] = in
	}
	return out
}

func assertExactlyOnce(t testing.TB, c *chaintest.Chain, intents []*sender.Intent) {
	t.Helper()
	ctx := context.Background()
	nonces := map[uint64]string{}
	for i, in := range intents {
		if in.State != sender.Confirmed {
			t.Errorf("intent %d: state %s (%s)", i, in.State, in.Revert)
		}
		bal, err := c.Client.BalanceAt(ctx, recipient(i), nil)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Cmp(big.NewInt(int64(i+1))) != 0 {
			t.Errorf("recipient %d got %s wei, want exactly %d", i, bal, i+1)
		}
		if other, dup := nonces[in.Nonce]; dup {
			t.Errorf("nonce %d used by %s and %s", in.Nonce, other, in.Key)
		}
		nonces[in.Nonce] = in.Key
	}
}

func TestConcurrentIntentsExactlyOnce(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 20*time.Millisecond)
	s := sender.New(c.Client, openStore(t), keys.NewKey(c.Faucet.Key), cfg(c))
	run(t, s)
	const n = 40
	var wg sync.WaitGroup
	for i := range n {
		for range 2 { // every caller submits twice: the key makes it one intent
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := s.Submit(context.Background(), fmt.Sprint("pay/", i), "pay", transfer(i)); err != nil {
					t.Error(err)
				}
			}()
		}
	}
	wg.Wait()
	assertExactlyOnce(t, c, waitAll(t, s, n, 30*time.Second))
	// Re-submitting a confirmed intent is a no-op that reports its outcome.
	in, err := s.Submit(context.Background(), "pay/3", "pay", transfer(3))
	if err != nil || in.State != sender.Confirmed {
		t.Fatalf("resubmit: %v %v", in.State, err)
	}
	if _, err := s.Submit(context.Background(), "pay/3", "pay", transfer(4)); !errors.Is(err, sender.ErrKeyConflict) {
		t.Fatalf("same key, other call: %v", err)
	}
}

var errCrash = errors.New("simulated crash")

func TestCrashAtEveryPointActsOnce(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		hooks func(fire func() error) sender.Hooks
		mine  bool // whether blocks are sealed while the first sender runs
	}{
		{"between signed and sent", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterSigned: func(*sender.Intent) error { return f() }}
		}, true},
		{"between sent and mined", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterSent: func(*sender.Intent) error { return f() }}
		}, false},
		{"after mined before recorded", func(f func() error) sender.Hooks {
			return sender.Hooks{AfterMined: func(*sender.Intent) error { return f() }}
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t, 0)
			st := openStore(t)
			key := keys.NewKey(c.Faucet.Key)
			// The first sender dies at the hook the 4th time it fires.
			var fired atomic.Int32
			conf := cfg(c)
			conf.Hooks = tt.hooks(func() error {
				if fired.Add(1) == 4 {
					return errCrash
				}
				return nil
			})
			if tt.mine {
				conf.Mine = c.Commit
			}
			s1 := sender.New(c.Client, st, key, conf)
			const n = 8
			for i := range n {
				if _, err := s1.Submit(context.Background(), fmt.Sprint("pay/", i), "pay", transfer(i)); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := s1.Run(ctx); !errors.Is(err, sender.ErrAborted) {
				t.Fatalf("first sender: %v, want abort", err)
			}
			c.Commit() // whatever reached the pool gets mined while "souq is down"
			// A fresh sender (new process) on the same store.
			s2 := sender.New(c.Client, st, key, cfg(c))
			c.AutoMine(t, 20*time.Millisecond)
			run(t, s2)
			assertExactlyOnce(t, c, waitAll(t, s2, n, 30*time.Second))
		})
	}
}

func TestForeignTransactionTakesNonce(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	st := openStore(t)
	key := keys.NewKey(c.Faucet.Key)
	conf := cfg(c)
	conf.Hooks.AfterSigned = func(*sender.Intent) error { return errCrash }
	s1 := sender.New(c.Client, st, key, conf)
	if _, err := s1.Submit(context.Background(), "pay/0", "pay", transfer(0)); err != nil {
		t.Fatal(err)
	}
	if err := s1.Run(context.Background()); !errors.Is(err, sender.ErrAborted) {
		t.Fatal(err)
	}
	in, _ := st.Get(context.Background(), "pay/0")
	// Someone else (a wallet holding the same key) uses that nonce.
	ctx := context.Background()
	to := common.HexToAddress("0x1234")
	head, _ := c.Client.HeaderByNumber(ctx, nil)
	tx, _ := types.SignNewTx(c.Faucet.Key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: in.Nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: new(big.Int).Add(big.NewInt(1e9), new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	c.Commit()
	c.Commit()
	c.AutoMine(t, 20*time.Millisecond)
	s2 := sender.New(c.Client, st, key, cfg(c))
	run(t, s2)
	got := waitAll(t, s2, 1, 20*time.Second)
	assertExactlyOnce(t, c, got)
	if got[0].Nonce == in.Nonce || len(got[0].Dropped) != 1 {
		t.Errorf("intent kept its taken nonce %d (now %d, dropped %d)", in.Nonce, got[0].Nonce, len(got[0].Dropped))
	}
}

func TestStuckTransactionIsReplaced(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	conf := cfg(c)
	conf.StuckAfter = 50 * time.Millisecond
	st := openStore(t)
	s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), conf)
	run(t, s)
	if _, err := s.Submit(context.Background(), "pay/0", "pay", transfer(0)); err != nil {
		t.Fatal(err)
	}
	// Nothing is mined: the sender must bump the tip under the same nonce.
	deadline := time.Now().Add(10 * time.Second)
	for {
		in, _ := st.Get(context.Background(), "pay/0")
		if len(in.Attempts) >= 3 {
			if in.Attempts[2].GasTipCap.Cmp(in.Attempts[0].GasTipCap) <= 0 {
				t.Fatalf("tip not raised: %v -> %v", in.Attempts[0].GasTipCap, in.Attempts[2].GasTipCap)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no replacement after 10s: %d attempts", len(in.Attempts))
		}
		time.Sleep(20 * time.Millisecond)
	}
	c.AutoMine(t, 20*time.Millisecond)
	got := waitAll(t, s, 1, 20*time.Second)
	assertExactlyOnce(t, c, got)
	mined := got[0].Receipt.TxHash
	if mined == got[0].Attempts[0].Hash {
		t.Errorf("the original, replaced transaction was mined")
	}
}

func TestReorgSendsIntentBack(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	conf := cfg(c)
	conf.Confirmations = 4
	st := openStore(t)
	s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), conf)
	run(t, s)
	ctx := context.Background()
	parent, _ := c.Client.HeaderByNumber(ctx, nil)
	if _, err := s.Submit(ctx, "pay/0", "pay", transfer(0)); err != nil {
		t.Fatal(err)
	}
	waitState(t, st, "pay/0", sender.Sent)
	c.Commit()
	first := waitState(t, st, "pay/0", sender.Mined)
	// Reorg: a longer chain from the parent without our transaction.
	if err := c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	c.Sim.Rollback()
	for range 3 {
		c.Commit()
		c.Sim.Rollback()
	}
	c.AutoMine(t, 20*time.Millisecond)
	got := waitAll(t, s, 1, 30*time.Second)
	assertExactlyOnce(t, c, got)
	if got[0].Reorgs == 0 || got[0].Receipt.BlockHash == first.Receipt.BlockHash {
		t.Errorf("reorg not noticed: reorgs=%d, block %s (was %s)", got[0].Reorgs, got[0].Receipt.BlockHash, first.Receipt.BlockHash)
	}
}

func waitState(t testing.TB, st sender.IntentStore, key string, want sender.State) *sender.Intent {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		in, err := st.Get(context.Background(), key)
		if err == nil && in.State == want {
			return in
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: state %v, want %s", key, in, want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestRevertIsDecoded(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 20*time.Millisecond)
	s := sender.New(c.Client, openStore(t), keys.NewKey(c.Operator.Key), cfg(c))
	run(t, s)
	e := escrow.NewEscrow()
	terms := escrow.EscrowTerms{Seller: c.Treasury.Address, Buyer: c.Faucet.Address, Amount: big.NewInt(1), Attester: c.Attester.Address, DeliverBy: uint64(time.Now().Add(time.Hour).Unix())}
	esc := c.Contracts.Escrow
	tests := []struct {
		key  string
		call sender.Call
		want string
	}{
		{"release-unknown", sender.Call{To: &esc, Data: e.PackRelease(terms)}, "EscrowWrongStatus"},
		{"refund-not-seller", sender.Call{To: &esc, Data: e.PackRefund(terms)}, "EscrowNotSeller"},
		{"wrong-value", sender.Call{To: &esc, Data: e.PackFundETH(terms), Value: big.NewInt(2)}, "EscrowWrongValue{Sent: 2, Expected: 1}"},
		{"after-reverted", sender.Call{To: &esc, Data: e.PackFundETH(terms), Value: big.NewInt(1), After: "release-unknown"}, "not sent: release-unknown reverted"},
	}
	for _, tt := range tests {
		if _, err := s.Submit(context.Background(), tt.key, "test", tt.call); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range tests {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		in, err := s.Wait(ctx, tt.key)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		if in.State != sender.Reverted || !strings.Contains(in.Revert, tt.want) {
			t.Errorf("%s: %s %q, want reverted %q", tt.key, in.State, in.Revert, tt.want)
		}
		if len(in.Attempts) != 0 {
			t.Errorf("%s: a reverting call was sent", tt.key)
		}
	}
}

// flaky fails every call while down.
type flaky struct {
	sender.Backend
	down  atomic.Bool
	calls atomic.Int64
}

var errDown = errors.New("connection refused")

func (f *flaky) check() error {
	f.calls.Add(1)
	if f.down.Load() {
		return errDown
	}
	return nil
}
func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.Backend.HeaderByNumber(ctx, n)
}
func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.check(); err != nil {
		return err
	}
	return f.Backend.SendTransaction(ctx, tx)
}
func (f *flaky) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.Backend.TransactionReceipt(ctx, h)
}

func TestRPCDownQueuesAndRecovers(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 20*time.Millisecond)
	fb := &flaky{Backend: c.Client}
	fb.down.Store(true)
	st := openStore(t)
	s := sender.New(fb, st, keys.NewKey(c.Faucet.Key), cfg(c))
	run(t, s)
	start := time.Now()
	for i := range 5 {
		if _, err := s.Submit(context.Background(), fmt.Sprint("pay/", i), "pay", transfer(i)); err != nil {
			t.Fatal(err)
		}
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("Submit blocked %v while the RPC was down", d)
	}
	time.Sleep(300 * time.Millisecond)
	if in, _ := st.Get(context.Background(), "pay/0"); in.State != sender.Queued {
		t.Errorf("state %s while down", in.State)
	}
	if fb.calls.Load() > 30 {
		t.Errorf("%d calls in 300ms while down: no backoff", fb.calls.Load())
	}
	fb.down.Store(false)
	assertExactlyOnce(t, c, waitAll(t, s, 5, 30*time.Second))
}

func TestDecodeRevertStandardErrors(t *testing.T) {
	t.Parallel()
	sel := crypto.Keccak256([]byte("Error(string)"))[:4]
	// Error("boom")
	data := append(append([]byte{}, sel...), common.LeftPadBytes([]byte{0x20}, 32)...)
	data = append(data, common.LeftPadBytes([]byte{4}, 32)...)
	data = append(data, common.RightPadBytes([]byte("boom"), 32)...)
	e := escrow.NewEscrow()
	tests := []struct {
		data []byte
		want string
	}{
		{nil, "reverted without data"},
		{data, "boom"},
		{[]byte{1, 2}, "0x0102"},
		{escrow.EscrowNotBuyerErrorID().Bytes()[:4], "EscrowNotBuyer"},
	}
	for _, tt := range tests {
		if got := sender.DecodeRevert(tt.data, []sender.ErrorDecoder{e.UnpackError}); !strings.Contains(got, tt.want) {
			t.Errorf("DecodeRevert(%x) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

// A compacted intent (txstore.Compact drops its calldata) still holds its key to the call it made:
// the same call again is the same intent, another is a conflict. Before, every Submit of a
// compacted key was a conflict — the dev faucet's top-up after a restart failed every offer to
// that customer in the long soak.
func TestSubmitAfterCompactionChecksTheCall(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := chaintest.New(t, 0)
	st := openStore(t)
	s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), cfg(c))
	to := recipient(1)
	call := sender.Call{To: &to, Data: []byte("mint 1000 to the wallet")}
	if _, err := s.Submit(ctx, "faucet/token/w", "faucet", call); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Update(ctx, "faucet/token/w", func(in *sender.Intent) error {
		in.State, in.Receipt = sender.Confirmed, &sender.Receipt{TxHash: common.HexToHash("0x01"), BlockNumber: 1}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n, err := st.Compact(ctx, 10, 10); err != nil || n != 1 {
		t.Fatalf("compacted %d, %v", n, err)
	}
	if in, err := s.Submit(ctx, "faucet/token/w", "faucet", call); err != nil || in.State != sender.Confirmed {
		t.Fatalf("the same call after compaction: %v %v", in, err)
	}
	other := sender.Call{To: &to, Data: []byte("mint 2000 to the wallet")}
	if _, err := s.Submit(ctx, "faucet/token/w", "faucet", other); !errors.Is(err, sender.ErrKeyConflict) {
		t.Fatalf("another call after compaction: %v, want ErrKeyConflict", err)
	}
}
