package escrow_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
)

func (p *portEnv) funds(senders escrow.Senders, tracker *escrow.Tracker) *escrow.Funds {
	return &escrow.Funds{Client: p.client, Reader: p.c.Client, Senders: senders, Keys: p.keys, Tracker: tracker,
		Net:   souq.Network{Name: "test", ChainID: p.c.ChainID.Uint64()},
		Token: souq.Asset{Symbol: "TUSD", Decimals: 6, Token: p.c.Contracts.TestToken.Hex()}}
}

func (p *portEnv) ethOf(a common.Address) *big.Int {
	p.t.Helper()
	b, err := p.c.Client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		p.t.Fatal(err)
	}
	return b
}

func (p *portEnv) tokenOf(f *escrow.Funds, a common.Address) *big.Int {
	p.t.Helper()
	bal, err := f.Balances(context.Background(), a.Hex())
	if err != nil {
		p.t.Fatal(err)
	}
	return bal.Balances[0].Amount
}

func newAddress() common.Address {
	k, _ := crypto.GenerateKey()
	return crypto.PubkeyToAddress(k.PublicKey)
}

// A token withdrawal leaves a custodial wallet that holds no ETH at all: the relayer sends the
// wallet's permit and the transfer. Asked again under the same key (a restart, a retried outbox
// entry) it moves nothing more. An ETH withdrawal of "all" pays its own gas from the amount.
func TestWithdrawTokenGaslessOnceAndETHAll(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	k, err := p.wallets.Wallet(7)
	if err != nil {
		t.Fatal(err)
	}
	p.keys[k.Address()] = k
	f := p.funds(escrow.CustodialSenders{Pool: p.pool, Keys: p.keys}, p.tracker)
	p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackMint(k.Address(), big.NewInt(5_000_000)))
	if p.ethOf(k.Address()).Sign() != 0 {
		t.Fatal("the wallet must hold no ETH for this test")
	}

	dest := newAddress()
	amount := big.NewInt(1_250_000)
	w := souq.Withdrawal{From: k.Address().Hex(), To: dest.Hex(), Asset: f.Token, Amount: amount}
	key := "wallet.withdraw/c/msg1"
	if err := f.Withdraw(ctx, key, w); err != nil {
		t.Fatal(err)
	}
	if r := p.result(key); !r.OK || r.TxHash == "" {
		t.Fatalf("token withdrawal: %+v", r)
	}
	if got := p.tokenOf(f, dest); got.Cmp(amount) != 0 {
		t.Fatalf("destination holds %s, want %s", got, amount)
	}
	if got := p.tokenOf(f, k.Address()); got.Cmp(big.NewInt(3_750_000)) != 0 {
		t.Fatalf("wallet holds %s, want 3750000", got)
	}
	if p.ethOf(k.Address()).Sign() != 0 {
		t.Fatal("the wallet paid gas")
	}
	// What the relayer paid: its permit and transferFrom (every relayer transaction to the token).
	if gas := p.relayerGasTo(p.c.Contracts.TestToken); gas == 0 || gas > 140_000 {
		t.Fatalf("relayer gas for a token withdrawal: %d, want (0, 140000]", gas)
	} else {
		t.Logf("relayer gas for a token withdrawal (permit + transferFrom): %d", gas)
	}
	// The same key again: the same transaction, reported again, and no second transfer.
	p.mu.Lock()
	first := p.results[key]
	delete(p.results, key)
	p.mu.Unlock()
	if err := f.Withdraw(ctx, key, w); err != nil {
		t.Fatal(err)
	}
	if r := p.result(key); !r.OK || r.TxHash != first.TxHash {
		t.Fatalf("asked again: %+v, want the first transaction %s", r, first.TxHash)
	}
	if got := p.tokenOf(f, dest); got.Cmp(amount) != 0 {
		t.Fatalf("destination holds %s after the same key twice, want %s", got, amount)
	}

	// ETH: "all" is the balance minus the most the transfer's gas can cost.
	p.send(p.c.Faucet.Key, k.Address(), big.NewInt(1e15), nil)
	bal := p.ethOf(k.Address())
	gas, err := f.WithdrawGas(ctx, k.Address().Hex(), dest.Hex())
	if err != nil {
		t.Fatal(err)
	}
	all := new(big.Int).Sub(bal, gas)
	ekey := "wallet.withdraw/c/msg2"
	if err := f.Withdraw(ctx, ekey, souq.Withdrawal{From: k.Address().Hex(), To: dest.Hex(), Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: all}); err != nil {
		t.Fatal(err)
	}
	if r := p.result(ekey); !r.OK {
		t.Fatalf("ETH withdrawal: %+v", r)
	}
	if got := p.ethOf(dest); got.Cmp(all) != 0 {
		t.Fatalf("destination holds %s wei, want %s", got, all)
	}
	if left := p.ethOf(k.Address()); left.Cmp(gas) >= 0 {
		t.Fatalf("wallet kept %s wei, more than the gas reserve %s", left, gas)
	}
}

// A process that dies after signing a withdrawal and before sending it sends it once after the
// restart: the signed transaction was saved before anything left, and the service's call again
// under the same key finds the recorded intents instead of signing others. For a token the crash
// comes after the relayer signed the wallet's permit, before the transfer.
func TestWithdrawCrashBetweenSignAndSendSendsOnce(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name  string
		token bool
	}{{"ETH", false}, {"token", true}} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := newPortEnv(t)
			ctx := context.Background()
			k, err := p.wallets.Wallet(9)
			if err != nil {
				t.Fatal(err)
			}
			p.keys[k.Address()] = k
			dest := newAddress()
			w := souq.Withdrawal{From: k.Address().Hex(), To: dest.Hex(), Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: big.NewInt(4e15)}
			if tt.token {
				p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackMint(k.Address(), big.NewInt(9_000_000)))
				w.Asset, w.Amount = souq.Asset{Symbol: "TUSD", Decimals: 6, Token: p.c.Contracts.TestToken.Hex()}, big.NewInt(4_000_000)
			} else {
				p.send(p.c.Faucet.Key, k.Address(), big.NewInt(1e16), nil)
			}
			balance := func() *big.Int {
				if tt.token {
					return p.tokenOf(p.funds(nil, nil), dest)
				}
				return p.ethOf(dest)
			}

			db, st := openStore(t, "crash.db")
			var signed sync.Once
			died := make(chan struct{})
			cfg := sender.Config{ChainID: p.c.ChainID, Poll: 10 * time.Millisecond, Decoders: escrow.Decoders(),
				Hooks: sender.Hooks{AfterSigned: func(*sender.Intent) error {
					signed.Do(func() { close(died) })
					return errors.New("kill -9")
				}}}
			// The relayer's sender in this process: the env's own pool does not run it meanwhile.
			opKey := keys.NewKey(p.c.Operator.Key)
			pool1 := sender.NewPool(p.c.Client, st, cfg)
			pool1.Add(opKey)
			f1 := p.funds(escrow.CustodialSenders{Pool: pool1, Keys: p.keys}, nil)
			f1.Client = escrow.New(p.c.Client, p.c.Contracts.Escrow, p.c.ChainID, p.c.Operator.Address, pool1)
			if err := f1.Withdraw(ctx, "wallet.withdraw/c/crash", w); err != nil {
				t.Fatal(err)
			}
			ctx1, cancel1 := context.WithCancel(ctx)
			if err := pool1.Run(ctx1); !errors.Is(err, sender.ErrAborted) {
				t.Fatalf("first run: %v, want aborted by the hook", err)
			}
			cancel1()
			<-died
			if got := balance(); got.Sign() != 0 {
				t.Fatalf("sent before the crash: %s", got)
			}

			// Restart: new pool on the same store, and the service calls the port again.
			cfg.Hooks = sender.Hooks{}
			pool2 := sender.NewPool(p.c.Client, st, cfg)
			pool2.Add(opKey)
			senders2 := escrow.CustodialSenders{Pool: pool2, Keys: p.keys}
			var mu sync.Mutex
			results := map[string]souq.IntentResult{}
			tracker := escrow.NewTracker(db.KV(), senders2, func(_ context.Context, r souq.IntentResult) error {
				mu.Lock()
				results[r.Key] = r
				mu.Unlock()
				return nil
			})
			f2 := p.funds(senders2, tracker)
			f2.Client = escrow.New(p.c.Client, p.c.Contracts.Escrow, p.c.ChainID, p.c.Operator.Address, pool2)
			if err := f2.Withdraw(ctx, "wallet.withdraw/c/crash", w); err != nil {
				t.Fatal(err)
			}
			ctx2, cancel2 := context.WithCancel(ctx)
			t.Cleanup(cancel2)
			go pool2.Run(ctx2)
			go tracker.Run(ctx2, 10*time.Millisecond, nil)
			deadline := time.Now().Add(20 * time.Second)
			var r souq.IntentResult
			for ok := false; !ok; {
				if time.Now().After(deadline) {
					t.Fatal("no result after the restart")
				}
				time.Sleep(10 * time.Millisecond)
				mu.Lock()
				r, ok = results["wallet.withdraw/c/crash"]
				mu.Unlock()
			}
			if !r.OK {
				t.Fatalf("after the restart: %+v", r)
			}
			if got := balance(); got.Cmp(w.Amount) != 0 {
				t.Fatalf("destination holds %s, want %s once", got, w.Amount)
			}
			// ETH: the wallet's one transfer; a token: the relayer sent both, the wallet nothing.
			want := uint64(1)
			if tt.token {
				want = 0
			}
			if n, err := p.c.Client.NonceAt(ctx, k.Address(), nil); err != nil || n != want {
				t.Fatalf("the wallet sent %d transactions (%v), want %d", n, err, want)
			}
		})
	}
}

// The deposit watcher reports a token transfer to a known wallet once with the amount and the
// balance after it, never again after a restart (its cursor is stored), skips senders it is told
// to (the dev faucet's mints), and sees an ETH deposit to an active wallet by its balance, under
// a key that a restart before the new balance was saved repeats (so the service tells it once).
func TestDepositsSeenOnceAcrossRestart(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	ctx := context.Background()
	k, err := p.wallets.Wallet(11)
	if err != nil {
		t.Fatal(err)
	}
	f := p.funds(escrow.CustodialSenders{Pool: p.pool, Keys: p.keys}, nil)
	var got []souq.Deposit
	watcher := func() *escrow.Deposits {
		d := &escrow.Deposits{R: p.c.Client, Funds: f, DB: p.trackDB, Cursor: p.st, Mined: p.st,
			Known:  func(context.Context) ([]string, error) { return []string{k.Address().Hex()}, nil },
			Active: func(context.Context) ([]string, error) { return []string{k.Address().Hex()}, nil },
			Report: func(_ context.Context, d souq.Deposit) error { got = append(got, d); return nil },
			Ignore: []common.Address{{}}, ETHEvery: time.Nanosecond}
		return d
	}
	d := watcher()
	if _, err := d.Step(ctx); err != nil { // first start: from the head, ETH baseline recorded
		t.Fatal(err)
	}
	// A mint (from the zero address, the dev faucet's way) is not a deposit to tell; a transfer is.
	p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackMint(p.c.Faucet.Address, big.NewInt(9_000_000)))
	p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackMint(k.Address(), big.NewInt(1_000_000)))
	rc := p.send(p.c.Faucet.Key, p.c.Contracts.TestToken, nil, tokenABI.PackTransfer(k.Address(), big.NewInt(2_500_000)))
	p.c.Commit()
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].TxHash != rc.TxHash.Hex() || got[0].Amount.Amount.Int64() != 2_500_000 ||
		got[0].Balance.Amount.Int64() != 3_500_000 || got[0].Amount.Asset.Symbol != "TUSD" {
		t.Fatalf("deposits %+v, want the 2.5 TUSD transfer with balance 3.5", got)
	}
	d = watcher() // restart
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("reported again after a restart: %+v", got[1:])
	}
	p.send(p.c.Faucet.Key, k.Address(), big.NewInt(7e15), nil)
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[1].Amount.Asset.Symbol != "ETH" || got[1].Amount.Amount.Cmp(big.NewInt(7e15)) != 0 ||
		got[1].Balance.Amount.Cmp(big.NewInt(7e15)) != 0 || !strings.HasPrefix(got[1].Key, "eth/") {
		t.Fatalf("ETH deposit %+v", got[1:])
	}
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("ETH deposit reported again: %+v", got[2:])
	}
	// The wallet spends (a withdrawal souq sends) and receives between two reads: the deposit is
	// told whole, not netted against the spending.
	p.keys[k.Address()] = k
	dest := newAddress()
	if err := f.Withdraw(ctx, "wallet.withdraw/c/spend", souq.Withdrawal{From: k.Address().Hex(), To: dest.Hex(), Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: big.NewInt(2e15)}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for p.ethOf(dest).Sign() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("withdrawal not mined")
		}
		time.Sleep(10 * time.Millisecond)
	}
	p.send(p.c.Faucet.Key, k.Address(), big.NewInt(3e15), nil)
	// The withdrawal's receipt must be recorded (the sender's store) before the read.
	for {
		mined, err := p.st.ListMined(ctx, k.Address(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(mined) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("withdrawal receipt not recorded")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := d.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[2].Amount.Amount.Cmp(big.NewInt(3e15)) != 0 {
		t.Fatalf("deposit after spending: %+v, want exactly 3e15 wei", got[2:])
	}
}

// relayerGasTo sums the gas of the operator's transactions to `to` in the chain so far.
func (p *portEnv) relayerGasTo(to common.Address) uint64 {
	p.t.Helper()
	ctx := context.Background()
	head, err := p.c.Client.BlockNumber(ctx)
	if err != nil {
		p.t.Fatal(err)
	}
	var total uint64
	for n := uint64(0); n <= head; n++ {
		b, err := p.c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			p.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(types.LatestSignerForChainID(p.c.ChainID), tx)
			if err != nil || from != p.c.Operator.Address || tx.To() == nil || *tx.To() != to {
				continue
			}
			r, err := p.c.Client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				p.t.Fatal(err)
			}
			total += r.GasUsed
			p.t.Logf("relayer tx %s to %s: %d gas", tx.Hash().Hex()[:10], to.Hex()[:8], r.GasUsed)
		}
	}
	return total
}
