package souq

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"
)

// This file is the customer's custodial wallet as a customer sees it: its address and balances
// (the wallet command), deposits into it (told once each, and resuming a payment that waited for
// them), and withdrawals to the customer's own address.

// Network says where a custodial wallet lives, for the "how to add funds" words.
type Network struct {
	Name    string // "Base Sepolia", "souq dev chain"
	ChainID uint64
	// DevFaucet is set on the embedded dev chain: what its faucet gave each new wallet ("10 ETH
	// and 1,000.00 USD"), and that more comes from any dev account. Empty on a real network.
	DevFaucet string
}

// WalletBalances is what a custodial wallet holds, read from the chain.
type WalletBalances struct {
	// Balances: the operator's token first (when configured), then ETH; zero amounts included.
	Balances []Money
	// Credits are escrow credits held for the wallet (payouts or refunds the escrow could not push,
	// Escrow.credits): only withdraw(token, to) sent by the wallet itself takes them out.
	Credits []Money
}

// Withdrawal is money leaving a custodial wallet for an address of the customer's own.
type Withdrawal struct {
	From   string // the custodial wallet
	To     string // checksummed
	Asset  Asset
	Amount *big.Int
}

// Funds reads and moves the money in custodial wallets (chain/escrow.Funds implements it).
type Funds interface {
	Network() Network
	// Assets are the assets a wallet may hold and withdraw (token first, then ETH).
	Assets() []Asset
	Balances(ctx context.Context, addr string) (WalletBalances, error)
	// WithdrawGas is the most an ETH withdrawal from `from` to `to` pays in gas (wei): the wallet
	// pays it from its own balance, so "all" is the balance minus this. Token withdrawals cost the
	// wallet nothing (the relayer sends them).
	WithdrawGas(ctx context.Context, from, to string) (*big.Int, error)
	// Withdraw sends w once per key (the intent is recorded before anything is signed); the
	// outcome arrives through Service.OnIntentResult under the same key.
	Withdraw(ctx context.Context, key string, w Withdrawal) error
}

// WalletView is the customer's custodial wallet: where to deposit, and what it holds.
type WalletView struct {
	Address string
	Network Network
	WalletBalances
	// Waiting are the customer's payments waiting for funds (their short refs).
	Waiting []OrderRef
}

// WalletSales is the wallet side of the service the bot calls (kept apart from Sales so fakes of
// the sale flow need not implement it).
type WalletSales interface {
	Wallet(ctx context.Context, a Actor) (WalletView, error)
	// QuoteWithdraw checks a withdrawal (address, asset, amount ≤ balance) and resolves "all"
	// (Amount nil) to an exact amount, without sending anything.
	QuoteWithdraw(ctx context.Context, a Actor, req WithdrawRequest) (WithdrawQuote, error)
	// Withdraw records the confirmed quote as an intent under id (the request's message id): the
	// same id twice sends once. It returns false when id was recorded before.
	Withdraw(ctx context.Context, a Actor, id string, q WithdrawQuote) (bool, error)
}

// WithdrawRequest is "withdraw <amount|all> <asset> to <address>".
type WithdrawRequest struct {
	Asset  Asset
	Amount *big.Int // nil: all of it
	To     string
}

// WithdrawQuote is a withdrawal ready to confirm.
type WithdrawQuote struct {
	From    string
	To      string
	Amount  Money
	Gas     Money // ETH withdrawals: the most the wallet pays in gas; zero for tokens (the relayer pays)
	Balance Money // what the wallet holds of the asset now
}

// Errors of the wallet.
var (
	// ErrInsufficientFunds: a withdrawal of more than the wallet holds (after gas, for ETH).
	ErrInsufficientFunds = errors.New("not enough funds in the wallet")
	// ErrNoWallet: this souq has no chain wallet support wired (no Funds port).
	ErrNoWallet = fmt.Errorf("wallet: %w", ErrUnavailable)
)

// FundsError says how much a withdrawal asked for and how much can go.
type FundsError struct {
	Want, Have Money
}

func (e *FundsError) Error() string {
	return fmt.Sprintf("withdraw %s: the wallet has %s", e.Want, e.Have)
}

func (e *FundsError) Unwrap() error { return ErrInsufficientFunds }

// walletAddress returns the customer's custodial wallet and records its owner (the account it is
// kept under), so deposits to it are seen and told.
func (s *Service) walletAddress(ctx context.Context, user WaID) (string, WaID, error) {
	account := s.accountOf(ctx, user)
	addr, err := s.cfg.Wallets.CustodialAddress(ctx, s.commit.User(account))
	if err != nil {
		return "", "", fmt.Errorf("custodial wallet: %w: %w", ErrUnavailable, err)
	}
	var known bool
	if err := s.view(ctx, func(tx Tx) error {
		owner, err := tx.WalletOwner(addr)
		known = err == nil && owner == account
		return nil
	}); err != nil {
		return "", "", err
	}
	if !known {
		if err := s.cfg.Store.Update(ctx, func(tx Tx) error { return tx.PutWalletOwner(addr, account) }); err != nil {
			return "", "", err
		}
	}
	s.markActive(addr)
	return addr, account, nil
}

// Wallet implements WalletSales: the address, balances, credits, and how to add funds.
func (s *Service) Wallet(ctx context.Context, a Actor) (WalletView, error) {
	if s.cfg.Funds == nil {
		return WalletView{}, ErrNoWallet
	}
	addr, _, err := s.walletAddress(ctx, a.User)
	if err != nil {
		return WalletView{}, err
	}
	bal, err := s.cfg.Funds.Balances(ctx, addr)
	if err != nil {
		return WalletView{}, fmt.Errorf("wallet balances: %w: %w", ErrUnavailable, err)
	}
	v := WalletView{Address: addr, Network: s.cfg.Funds.Network(), WalletBalances: bal}
	err = s.view(ctx, func(tx Tx) error {
		return tx.OpenIntents(func(in *Intent) error {
			if waitingFunds(in) {
				if o, err := tx.Order(in.Order); err == nil && strings.EqualFold(o.Terms.Buyer, addr) {
					v.Waiting = append(v.Waiting, o.ID.Ref())
				}
			}
			return nil
		})
	})
	return v, err
}

// waitingFunds reports whether in is a custodial payment waiting for the customer's funds.
func waitingFunds(in *Intent) bool {
	return in.Kind == IntentFund && in.Status == IntentPending && strings.HasPrefix(in.Stuck, "waiting for funds")
}

// QuoteWithdraw implements WalletSales.
func (s *Service) QuoteWithdraw(ctx context.Context, a Actor, req WithdrawRequest) (WithdrawQuote, error) {
	if s.cfg.Funds == nil {
		return WithdrawQuote{}, ErrNoWallet
	}
	to, err := s.cfg.Wallets.ValidatePayout(req.To)
	if err != nil {
		return WithdrawQuote{}, err
	}
	if req.Amount != nil && req.Amount.Sign() <= 0 {
		return WithdrawQuote{}, ErrAmountNotPos
	}
	asset, ok := s.fundsAsset(req.Asset)
	if !ok {
		return WithdrawQuote{}, fmt.Errorf("withdraw %q: %w", req.Asset.Symbol, ErrUnknownAsset)
	}
	from, _, err := s.walletAddress(ctx, a.User)
	if err != nil {
		return WithdrawQuote{}, err
	}
	if strings.EqualFold(from, to) {
		return WithdrawQuote{}, fmt.Errorf("withdraw to the wallet itself: %w", ErrInvalidAddress)
	}
	bal, err := s.cfg.Funds.Balances(ctx, from)
	if err != nil {
		return WithdrawQuote{}, fmt.Errorf("wallet balances: %w: %w", ErrUnavailable, err)
	}
	have := Money{Asset: asset, Amount: new(big.Int)}
	for _, b := range bal.Balances {
		if sameAsset(b.Asset, asset) && b.Amount != nil {
			have.Amount.Set(b.Amount)
		}
	}
	q := WithdrawQuote{From: from, To: to, Balance: have, Gas: Money{Asset: Asset{Symbol: "ETH", Decimals: 18}, Amount: new(big.Int)}}
	avail := new(big.Int).Set(have.Amount)
	if asset.IsNative() {
		gas, err := s.cfg.Funds.WithdrawGas(ctx, from, to)
		if err != nil {
			return WithdrawQuote{}, fmt.Errorf("withdraw gas: %w: %w", ErrUnavailable, err)
		}
		q.Gas.Amount.Set(gas)
		avail.Sub(avail, gas)
	}
	want := req.Amount
	if want == nil {
		want = avail
	}
	if avail.Sign() <= 0 || want.Cmp(avail) > 0 {
		return WithdrawQuote{}, &FundsError{Want: Money{Asset: asset, Amount: new(big.Int).Set(want)}, Have: Money{Asset: asset, Amount: max0(avail)}}
	}
	q.Amount = Money{Asset: asset, Amount: new(big.Int).Set(want)}
	return q, nil
}

func max0(v *big.Int) *big.Int {
	if v.Sign() < 0 {
		return new(big.Int)
	}
	return new(big.Int).Set(v)
}

// fundsAsset finds a wallet asset by symbol.
func (s *Service) fundsAsset(a Asset) (Asset, bool) {
	for _, x := range s.cfg.Funds.Assets() {
		if strings.EqualFold(x.Symbol, a.Symbol) {
			return x, true
		}
	}
	return Asset{}, false
}

// Withdraw implements WalletSales: the confirmed quote becomes one intent, keyed by the
// customer's account and the request's id. The quote is checked again against the wallet (the
// address must still be the customer's), not against the balance: the chain refuses an
// overdraft and the customer is told why.
func (s *Service) Withdraw(ctx context.Context, a Actor, id string, q WithdrawQuote) (bool, error) {
	if s.cfg.Funds == nil {
		return false, ErrNoWallet
	}
	if id == "" || q.Amount.Amount == nil || q.Amount.Amount.Sign() <= 0 {
		return false, fmt.Errorf("withdraw: no request id or amount: %w", ErrInvalidRequest)
	}
	to, err := s.cfg.Wallets.ValidatePayout(q.To)
	if err != nil {
		return false, err
	}
	from, account, err := s.walletAddress(ctx, a.User)
	if err != nil {
		return false, err
	}
	if !strings.EqualFold(from, q.From) {
		return false, fmt.Errorf("withdraw: the quote is for another wallet: %w", ErrForbidden)
	}
	key := "wallet.withdraw/" + s.commit.User(account) + "/" + id
	added := false
	err = s.do(ctx, "", nil, func(w *work) error {
		wd := Withdrawal{From: from, To: to, Asset: q.Amount.Asset, Amount: new(big.Int).Set(q.Amount.Amount)}
		n := len(w.intents)
		if err := w.enqueue(IntentWithdraw, key, OrderID{}, intentPayload{Withdrawal: &wd, Customer: string(a.User)}); err != nil {
			return err
		}
		added = len(w.intents) > n
		if !added {
			return nil
		}
		return w.event(EventWithdraw, OrderID{}, map[string]string{"customer": s.commit.User(account), "asset": wd.Asset.Symbol,
			"amount": wd.Amount.String(), "key": key})
	})
	return added, err
}

// withdrawDone tells the customer the withdrawal was mined.
func (w *work) withdrawDone(in *Intent, txHash string) error {
	p, err := withdrawPayload(in)
	if err != nil {
		return err
	}
	n := Notice{To: WaID(p.Customer), Kind: NoticeWithdrawn, Amount: Money{Asset: p.Withdrawal.Asset, Amount: cloneInt(p.Withdrawal.Amount)},
		Address: p.Withdrawal.To, TxHash: txHash, TxURL: w.s.cfg.Escrow.TxURL(txHash), Key: "n/" + in.Key + "/done"}
	return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
}

// withdrawFailed tells the customer the withdrawal did not happen, and why.
func (w *work) withdrawFailed(in *Intent, reason string) error {
	p, err := withdrawPayload(in)
	if err != nil {
		return err
	}
	n := Notice{To: WaID(p.Customer), Kind: NoticeWithdrawFailed, Amount: Money{Asset: p.Withdrawal.Asset, Amount: cloneInt(p.Withdrawal.Amount)},
		Address: p.Withdrawal.To, Text: reason, Key: "n/" + in.Key + "/failed"}
	return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
}

func withdrawPayload(in *Intent) (intentPayload, error) {
	var p intentPayload
	if err := json.Unmarshal(in.Payload, &p); err != nil || p.Withdrawal == nil {
		return p, fmt.Errorf("withdraw intent %s has no withdrawal: %w", in.Key, ErrRefused)
	}
	return p, nil
}

// Deposit is money that arrived in a custodial wallet, as the deposit watcher saw it on the chain.
type Deposit struct {
	Address string // the custodial wallet
	// Key identifies the deposit on the chain, once: "<tx>/<log index>" for a token Transfer,
	// "eth/<block of the balance it grew from>" for ETH (a plain transfer leaves no log).
	Key     string
	TxHash  string // "" for ETH seen by its balance
	Amount  Money
	Balance Money // the wallet's balance of the asset after it
}

// OnDeposit tells the wallet's owner about a deposit, once per Deposit.Key (also across
// restarts: the key is recorded with the notice intent), and resumes at once every payment of
// theirs that waits for funds. A deposit to an address souq does not know is ignored.
func (s *Service) OnDeposit(ctx context.Context, d Deposit) error {
	if d.Key == "" || d.Address == "" || d.Amount.Amount == nil || d.Amount.Amount.Sign() <= 0 {
		return fmt.Errorf("deposit without key, address or amount: %w", ErrInvalidRequest)
	}
	key := "deposit/" + strings.ToLower(d.Address) + "/" + d.Key
	return s.do(ctx, key, nil, func(w *work) error {
		account, err := w.tx.WalletOwner(d.Address)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		to, err := w.currentNumber(account)
		if err != nil {
			return err
		}
		var resumed []string
		var due []*Intent
		if err := w.tx.OpenIntents(func(in *Intent) error {
			if waitingFunds(in) {
				due = append(due, in)
			}
			return nil
		}); err != nil {
			return err
		}
		for _, in := range due {
			o, err := w.tx.Order(in.Order)
			if err != nil || !strings.EqualFold(o.Terms.Buyer, d.Address) {
				continue
			}
			if in.Run == "" { // claimed ones are running now
				in.NextAt = w.now.Add(-time.Microsecond)
				if err := w.tx.PutIntent(in); err != nil {
					return err
				}
				w.intents = append(w.intents, in.Kind)
			}
			resumed = append(resumed, o.ID.Short())
		}
		if err := w.event(EventDeposit, OrderID{}, map[string]string{"customer": w.s.commit.User(account), "asset": d.Amount.Asset.Symbol,
			"amount": d.Amount.Amount.String(), "tx": d.TxHash, "key": d.Key}); err != nil {
			return err
		}
		// Told only to a customer who opted in (a wallet exists as soon as an offer waits for YES).
		if c, err := w.tx.Customer(to); err != nil || !c.OptedIn {
			return nil //nolint:nilerr // no consent, no message: the journal has the deposit
		}
		n := Notice{To: to, Kind: NoticeDeposit, Amount: d.Amount, Seller: d.Balance, Address: d.Address, TxHash: d.TxHash,
			TxURL: w.s.cfg.Escrow.TxURL(d.TxHash), Text: strings.Join(resumed, ", "), Key: "n/" + key}
		if w.s.cfg.Funds != nil {
			net := w.s.cfg.Funds.Network()
			n.Network = &net
		}
		return w.enqueue(IntentNotify, n.Key, OrderID{}, intentPayload{Notice: &n})
	})
}

// currentNumber follows a customer's changes of number from the account their wallet is kept
// under to the number they use now.
func (w *work) currentNumber(account WaID) (WaID, error) {
	cur := account
	for range 8 {
		c, err := w.tx.Customer(cur)
		if errors.Is(err, ErrNotFound) || err == nil && c.MovedTo == "" {
			return cur, nil
		}
		if err != nil {
			return "", err
		}
		cur = c.MovedTo
	}
	return cur, nil
}

// Active wallets: whose ETH balance the deposit watcher polls (tokens are seen by their logs,
// for every known wallet). A wallet is active while a payment of its owner waits for funds, and
// for activeFor after its owner looked at it or was asked for it, or after a payment that waited
// for its funds tried again (the try may spend a deposit not yet seen).
const activeFor = time.Hour

type activeSet struct {
	mu sync.Mutex
	at map[string]time.Time
}

func (s *Service) markActive(addr string) {
	s.active.mu.Lock()
	defer s.active.mu.Unlock()
	if s.active.at == nil {
		s.active.at = map[string]time.Time{}
	}
	s.active.at[strings.ToLower(addr)] = s.cfg.Clock.Now()
}

// ActiveWallets lists the custodial wallets worth polling for ETH deposits now (lower-case hex).
func (s *Service) ActiveWallets(ctx context.Context) ([]string, error) {
	now := s.cfg.Clock.Now()
	set := map[string]bool{}
	s.active.mu.Lock()
	for a, at := range s.active.at {
		if now.Sub(at) < activeFor {
			set[a] = true
		} else {
			delete(s.active.at, a)
		}
	}
	s.active.mu.Unlock()
	err := s.view(ctx, func(tx Tx) error {
		return tx.OpenIntents(func(in *Intent) error {
			if waitingFunds(in) {
				if o, err := tx.Order(in.Order); err == nil {
					set[strings.ToLower(o.Terms.Buyer)] = true
				}
			}
			return nil
		})
	})
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	return out, err
}

// KnownWallets lists every recorded custodial wallet (lower-case hex): the deposit watcher
// looks for token transfers to them.
func (s *Service) KnownWallets(ctx context.Context) ([]string, error) {
	var out []string
	err := s.view(ctx, func(tx Tx) error {
		return tx.WalletOwners(func(addr string, _ WaID) error {
			out = append(out, addr)
			return nil
		})
	})
	return out, err
}
