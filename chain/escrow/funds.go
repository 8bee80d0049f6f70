package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/sender"
)

// This file is souq.Funds: a custodial wallet's balances (the operator's token, ETH, and escrow
// credits) and withdrawals to the customer's own address.
//
// Who pays gas. A token withdrawal costs the wallet nothing: its key signs an EIP-2612 permit
// (the token's own domain, read from it) for the relayer, and the relayer sends permit, then
// transferFrom(wallet, to, amount) — two transactions, about 128,000 gas together (measured in
// TestWithdrawTokenGaslessOnceAndETHAll), paid by the relayer as it pays every act of a custodial
// wallet. (EIP-3009 transferWithAuthorization would
// be one transaction, but only some tokens have it; every token souq funds orders with has
// EIP-2612, since funding needs it.) An ETH withdrawal is sent by the wallet itself, which pays
// its gas out of its ETH: only the wallet can send its own coin.

// BalanceReader reads native balances (ethclient.Client).
type BalanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Funds implements souq.Funds over the escrow client's chain.
type Funds struct {
	Client  *Client
	Reader  BalanceReader
	Senders Senders   // custodial wallets' senders (CustodialSenders) and the operator's
	Keys    KeySource // custodial keys: they sign the withdrawal permits
	Tracker *Tracker
	Net     souq.Network
	Token   souq.Asset // the operator's token (Token empty: ETH only)
}

var _ souq.Funds = (*Funds)(nil)

var ethAsset = souq.Asset{Symbol: "ETH", Decimals: 18}

// Network implements souq.Funds.
func (f *Funds) Network() souq.Network { return f.Net }

// Assets implements souq.Funds.
func (f *Funds) Assets() []souq.Asset {
	if f.Token.Token == "" {
		return []souq.Asset{ethAsset}
	}
	return []souq.Asset{f.Token, ethAsset}
}

// Balances implements souq.Funds: read at the newest block.
func (f *Funds) Balances(ctx context.Context, addr string) (souq.WalletBalances, error) {
	if !common.IsHexAddress(addr) {
		return souq.WalletBalances{}, fmt.Errorf("balances of %q: %w", addr, souq.ErrInvalidAddress)
	}
	a := common.HexToAddress(addr)
	ctx, cancel := context.WithTimeout(ctx, f.Client.rpcTimeout)
	defer cancel()
	var out souq.WalletBalances
	for _, as := range f.Assets() {
		bal, err := f.balance(ctx, a, as)
		if err != nil {
			return souq.WalletBalances{}, err
		}
		out.Balances = append(out.Balances, souq.Money{Asset: as, Amount: bal})
		tok := common.Address{}
		if as.Token != "" {
			tok = common.HexToAddress(as.Token)
		}
		credit, err := bind.Call(f.Client.inst, &bind.CallOpts{Context: ctx}, f.Client.abi.PackCredits(a, tok), f.Client.abi.UnpackCredits)
		if err != nil {
			return souq.WalletBalances{}, fmt.Errorf("escrow credits of %s: %w", a, classRPC(err))
		}
		if credit.Sign() > 0 {
			out.Credits = append(out.Credits, souq.Money{Asset: as, Amount: credit})
		}
	}
	return out, nil
}

func (f *Funds) balance(ctx context.Context, a common.Address, as souq.Asset) (*big.Int, error) {
	if as.Token == "" {
		b, err := f.Reader.BalanceAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("balance of %s: %w", a, classRPC(err))
		}
		return b, nil
	}
	ti := f.Client.token.Instance(f.Client.backend, common.HexToAddress(as.Token))
	b, err := bind.Call(ti, &bind.CallOpts{Context: ctx}, f.Client.token.PackBalanceOf(a), f.Client.token.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("%s balance of %s: %w", as.Symbol, a, classRPC(err))
	}
	return b, nil
}

// WithdrawGas implements souq.Funds: the gas of a plain transfer to `to` (more when `to` is a
// contract wallet) at a fee cap of tip + 3 × base fee — above the tip + 2 × base fee the sender
// signs with, so a base fee that rises by half before it signs is still covered.
func (f *Funds) WithdrawGas(ctx context.Context, from, to string) (*big.Int, error) {
	gas, err := f.ethGas(ctx, common.HexToAddress(from), common.HexToAddress(to))
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, f.Client.rpcTimeout)
	defer cancel()
	head, err := f.Client.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("newest block: %w", classRPC(err))
	}
	tip, err := f.Client.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", classRPC(err))
	}
	fee := new(big.Int).Set(tip)
	if head.BaseFee != nil {
		fee.Add(fee, new(big.Int).Mul(head.BaseFee, big.NewInt(3)))
	}
	return fee.Mul(fee, new(big.Int).SetUint64(gas)), nil
}

// ethGas is the gas limit of an ETH withdrawal: 21,000 to an account without code, the estimate
// plus a fifth to a contract.
func (f *Funds) ethGas(ctx context.Context, from, to common.Address) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, f.Client.rpcTimeout)
	defer cancel()
	est, err := f.Client.backend.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to})
	if err != nil {
		return 0, fmt.Errorf("estimate withdrawal gas: %w", classRPC(err))
	}
	if est <= 21_000 {
		return 21_000, nil
	}
	return est + est/5, nil
}

// withdrawKey is the sender key of one step of a withdrawal attempt (the service's attempt key,
// hashed as IntentKey does).
func withdrawKey(step, attempt string) string {
	h := crypto.Keccak256([]byte(attempt))
	return "wallet/withdraw-" + step + "/" + hexutil.Encode(h[:12])
}

// Withdraw implements souq.Funds. Every step is an exactly-once sender intent keyed by the attempt:
// asked again (a restart, a retried outbox entry) it finds the intents recorded before and signs
// nothing anew, so a crash between any two lines sends each transaction at most once.
func (f *Funds) Withdraw(ctx context.Context, key string, w souq.Withdrawal) error {
	if key == "" || !common.IsHexAddress(w.From) || !common.IsHexAddress(w.To) || w.Amount == nil || w.Amount.Sign() <= 0 {
		return fmt.Errorf("withdraw %+v: %w: %w", w, souq.ErrInvalidRequest, souq.ErrRefused)
	}
	from, to := common.HexToAddress(w.From), common.HexToAddress(w.To)
	if _, err := f.Keys.KeyOf(from); err != nil {
		return fmt.Errorf("withdraw: %s is not a custodial wallet: %w: %w", from, err, souq.ErrRefused)
	}
	track := func(in *sender.Intent, operator bool) error {
		if f.Tracker == nil {
			return nil
		}
		return f.Tracker.Watch(ctx, key, in.From, in.Key, operator)
	}
	if w.Asset.Token == "" {
		s, err := f.Senders.Get(from)
		if err != nil {
			return fmt.Errorf("withdraw: %w: %w", err, souq.ErrNeedsOperator)
		}
		k := withdrawKey("eth", key)
		in, err := s.Get(ctx, k)
		if err != nil {
			gas, gerr := f.ethGas(ctx, from, to)
			if gerr != nil {
				return fmt.Errorf("%w: %w", gerr, souq.ErrRetryLater)
			}
			in, err = s.Submit(ctx, k, "withdraw", sender.Call{To: &to, Value: new(big.Int).Set(w.Amount), Gas: gas, FailFast: true})
			if err != nil {
				return submitErr(err)
			}
		}
		return track(in, false)
	}
	op, err := f.Senders.Get(f.Client.operator)
	if err != nil {
		return fmt.Errorf("withdraw: the relayer: %w: %w", err, souq.ErrNeedsOperator)
	}
	tk := withdrawKey("transfer", key)
	if in, err := op.Get(ctx, tk); err == nil {
		return track(in, true)
	}
	token := common.HexToAddress(w.Asset.Token)
	pk := withdrawKey("permit", key)
	if _, err := op.Get(ctx, pk); err != nil {
		data, err := f.signPermit(ctx, from, token, w.Amount)
		if err != nil {
			return err
		}
		if _, err := op.Submit(ctx, pk, "withdraw-permit", sender.Call{To: &token, Data: data, FailFast: true}); err != nil {
			return submitErr(err)
		}
	}
	in, err := op.Submit(ctx, tk, "withdraw", sender.Call{To: &token, Data: f.Client.token.PackTransferFrom(from, to, w.Amount), After: pk, FailFast: true})
	if err != nil {
		return submitErr(err)
	}
	return track(in, true)
}

// signPermit signs, with the wallet's key, a permit for the relayer to move amount of token,
// valid ActValidity after the newest block, and returns the permit call.
func (f *Funds) signPermit(ctx context.Context, from, token common.Address, amount *big.Int) ([]byte, error) {
	k, err := f.Keys.KeyOf(from)
	if err != nil {
		return nil, fmt.Errorf("withdraw: %w: %w", err, souq.ErrNeedsOperator)
	}
	rctx, cancel := context.WithTimeout(ctx, f.Client.rpcTimeout)
	head, err := f.Client.backend.HeaderByNumber(rctx, nil)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("withdraw: newest block: %w", classRPC(err))
	}
	deadline := new(big.Int).SetUint64(head.Time + uint64(ActValidity/time.Second))
	digest, err := f.Client.permitDigest(ctx, token, from, f.Client.operator, amount, deadline)
	if err != nil {
		return nil, err
	}
	sig, err := k.SignHash(digest)
	if err != nil {
		return nil, fmt.Errorf("withdraw: permit: %w: %w", err, souq.ErrNeedsOperator)
	}
	var r, s [32]byte
	copy(r[:], sig[:32])
	copy(s[:], sig[32:64])
	return f.Client.token.PackPermit(from, f.Client.operator, amount, deadline, sig[64], r, s), nil
}

func submitErr(err error) error {
	if errors.Is(err, sender.ErrKeyConflict) {
		return fmt.Errorf("withdraw: %w: %w", err, souq.ErrRefused)
	}
	return fmt.Errorf("withdraw: %w: %w", err, souq.ErrRetryLater)
}
