package sender

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// ErrorKind is how the sender treats an error from the node.
type ErrorKind int

// Error kinds.
const (
	// Transient: the RPC failed (timeout, connection refused, 5xx, rate limit, node syncing) or
	// the node refused for a reason that passes by itself (fee below the base fee, pool full).
	// Retried with backoff.
	Transient ErrorKind = iota
	// Funds: the account cannot pay value + gas. Permanent for this transaction until someone
	// adds funds.
	Funds
	// Rejected: the node rejects the transaction itself; sending it again cannot help.
	Rejected
)

// Node error texts (go-ethereum's core and txpool errors, as Hardhat/EDR and other clients word
// them too). Anything not listed is transient: an unknown error is retried, never made final.
var (
	fundsErrors = []string{
		"insufficient funds",         // geth: "insufficient funds for gas * price + value", "… for transfer"
		"insufficient balance",       // some providers
		"sender doesn't have enough", // EDR: "Sender doesn't have enough funds to send tx"
	}
	rejectedErrors = []string{
		"intrinsic gas too low",
		"exceeds block gas limit",
		"gas limit reached",
		"gas required exceeds allowance", // geth estimate: the call needs more than the block's gas
		"transaction type not supported",
		"invalid sender",
		"oversized data",
		"max fee per gas higher than",
		"max priority fee per gas higher than max fee per gas",
		"tip higher than max fee",
		"exceeds the configured cap", // geth --rpc.txfeecap
		"chain id mismatch",
		"invalid chain id",
	}
)

// KindOf sorts an error from an RPC call (other than a contract revert, which the caller checks
// first).
func KindOf(err error) ErrorKind {
	if err == nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return Transient
	}
	m := strings.ToLower(err.Error())
	for _, s := range fundsErrors {
		if strings.Contains(m, s) {
			return Funds
		}
	}
	for _, s := range rejectedErrors {
		if strings.Contains(m, s) {
			return Rejected
		}
	}
	return Transient
}

// DefaultRPCTimeout bounds every call to the node when Config.RPCTimeout is zero.
const DefaultRPCTimeout = 10 * time.Second

// WithTimeout returns b with every call bounded by d (a context deadline), so a node that
// accepts a request and never answers cannot hang the caller.
func WithTimeout(b Backend, d time.Duration) Backend {
	if d <= 0 {
		d = DefaultRPCTimeout
	}
	if tb, ok := b.(timeoutBackend); ok {
		b = tb.b
	}
	return timeoutBackend{b: b, d: d}
}

type timeoutBackend struct {
	b Backend
	d time.Duration
}

func (t timeoutBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.EstimateGas(ctx, msg)
}

func (t timeoutBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.SuggestGasTipCap(ctx)
}

func (t timeoutBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.SendTransaction(ctx, tx)
}

func (t timeoutBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.CallContract(ctx, msg, n)
}

func (t timeoutBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.HeaderByNumber(ctx, n)
}

func (t timeoutBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.PendingNonceAt(ctx, a)
}

func (t timeoutBackend) NonceAt(ctx context.Context, a common.Address, n *big.Int) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.NonceAt(ctx, a, n)
}

func (t timeoutBackend) BalanceAt(ctx context.Context, a common.Address, n *big.Int) (*big.Int, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.BalanceAt(ctx, a, n)
}

func (t timeoutBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, t.d)
	defer cancel()
	return t.b.TransactionReceipt(ctx, h)
}
