package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/souqchain/souq"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/testtoken"
)

// TxNode is what a TxInspector reads from the node: the transaction, its receipt, its block's
// time, the order's Funded log (for the token of later events) and the token's decimals.
type TxNode interface {
	TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error)
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
	ethereum.LogFilterer
	bind.ContractCaller
}

// TxInspector reads a transaction and decodes the escrow events it emitted, from the chain alone:
// souq's transaction page on chains without a block explorer (the embedded dev chain).
type TxInspector struct {
	Node      TxNode
	Escrow    common.Address
	ChainID   *big.Int
	FromBlock uint64 // the escrow's deploy block: where an order's Funded log is looked for
	// Assets names the tokens souq is configured with as the chat names them (the dev chain's
	// test token says "tUSD" on chain, "USDC" in chat); other tokens are read from the chain.
	Assets souq.Assets

	abi   *escrowabi.Escrow
	token *testtoken.TestToken
	once  sync.Once
	mu    sync.Mutex
	// assets caches each token's symbol and decimals (they never change).
	assets map[common.Address]souq.Asset
}

// TxInfo is a transaction as the chain records it, with its escrow events decoded.
type TxInfo struct {
	Hash     common.Hash
	Pending  bool // not mined yet: the block fields and the receipt's are zero
	Block    uint64
	Time     time.Time
	From     common.Address
	To       *common.Address // nil for a contract creation
	Value    *big.Int        // wei
	Success  bool
	GasUsed  uint64
	GasPrice *big.Int // effective, wei per gas
	Events   []TxEvent
}

// TxEvent is one decoded escrow event: its name (Funded, Delivered, Disputed, Released, Refunded,
// Resolved), the order, and its fields in ABI order, amounts formatted in the token's decimals.
type TxEvent struct {
	Name   string
	Order  common.Hash
	Fields []TxField
}

// TxField is one named value of an event.
type TxField struct {
	Name, Value string
}

// ErrTxNotFound is returned for a transaction the node does not know.
var ErrTxNotFound = fmt.Errorf("transaction not found: %w", souq.ErrNotFound)

func (x *TxInspector) init() {
	x.once.Do(func() {
		x.abi, x.token = escrowabi.NewEscrow(), testtoken.NewTestToken()
		x.assets = map[common.Address]souq.Asset{{}: {Symbol: "ETH", Decimals: 18}}
		for _, a := range x.Assets {
			if common.IsHexAddress(a.Token) {
				x.assets[common.HexToAddress(a.Token)] = a
			}
		}
	})
}

// Transaction reads transaction h with its receipt and block time, and decodes the escrow's
// order events among its logs (logs of other contracts are left out).
func (x *TxInspector) Transaction(ctx context.Context, h common.Hash) (TxInfo, error) {
	x.init()
	tx, pending, err := x.Node.TransactionByHash(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		return TxInfo{}, fmt.Errorf("%s: %w", h.Hex(), ErrTxNotFound)
	}
	if err != nil {
		return TxInfo{}, fmt.Errorf("escrow: transaction %s: %w", h.Hex(), err)
	}
	info := TxInfo{Hash: h, Pending: pending, To: tx.To(), Value: tx.Value()}
	if from, err := types.Sender(types.LatestSignerForChainID(x.ChainID), tx); err == nil {
		info.From = from
	}
	if pending {
		return info, nil
	}
	rc, err := x.Node.TransactionReceipt(ctx, h)
	if err != nil {
		return TxInfo{}, fmt.Errorf("escrow: receipt %s: %w", h.Hex(), err)
	}
	info.Block, info.Success, info.GasUsed, info.GasPrice = rc.BlockNumber.Uint64(), rc.Status == types.ReceiptStatusSuccessful, rc.GasUsed, rc.EffectiveGasPrice
	hd, err := x.Node.HeaderByNumber(ctx, rc.BlockNumber)
	if err != nil {
		return TxInfo{}, fmt.Errorf("escrow: block %d: %w", info.Block, err)
	}
	info.Time = time.Unix(int64(hd.Time), 0).UTC()
	for _, l := range rc.Logs {
		if l.Address != x.Escrow || len(l.Topics) < 2 {
			continue
		}
		ev, ok, err := x.decode(ctx, l)
		if err != nil {
			return TxInfo{}, err
		}
		if ok {
			info.Events = append(info.Events, ev)
		}
	}
	return info, nil
}

// decode names an escrow order event's fields; ok is false for the contract's other events.
func (x *TxInspector) decode(ctx context.Context, l *types.Log) (TxEvent, bool, error) {
	e, ok, err := decodeEvent(x.abi, l)
	if err != nil || !ok {
		return TxEvent{}, false, err
	}
	var asset *souq.Asset // the order's: a Funded event names it, later ones look up their order's Funded log once
	if e.Funded != nil {
		a := x.learnAsset(ctx, e.Funded.Token)
		asset = &a
	}
	fields, err := txFields(e, func(v *big.Int) (string, error) {
		if asset == nil {
			a, err := x.orderAsset(ctx, l.Topics[1])
			if err != nil {
				return "", err
			}
			asset = &a
		}
		return souq.Money{Asset: *asset, Amount: v}.String(), nil
	})
	if err != nil {
		return TxEvent{}, false, err
	}
	return TxEvent{Name: e.Name, Order: l.Topics[1], Fields: fields}, true, nil
}

// txFields names a decoded event's fields as the transaction page shows them, in ABI order;
// money formats an amount in the order's token.
func txFields(e Event, money func(*big.Int) (string, error)) ([]TxField, error) {
	var fields []TxField
	var err error
	add := func(name, v string) { fields = append(fields, TxField{Name: name, Value: v}) }
	addAmount := func(name string, v *big.Int) {
		if err != nil {
			return
		}
		var s string
		if s, err = money(v); err == nil {
			add(name, s)
		}
	}
	when := func(secs uint64) string { return time.Unix(int64(secs), 0).UTC().Format(time.RFC3339) }
	switch {
	case e.Funded != nil:
		add("buyer", e.Funded.Buyer.Hex())
		add("seller", e.Funded.Seller.Hex())
		add("payee", e.Funded.Payee.Hex())
		add("funder", e.Funded.Funder.Hex())
		add("token", tokenName(e.Funded.Token))
		addAmount("amount", e.Funded.Amount)
	case e.Delivered != nil:
		add("proof_hash", hexutil.Encode(e.Delivered.ProofHash[:]))
		add("delivered_at", when(e.Delivered.DeliveredAt))
		add("releasable_at", when(e.Delivered.ReleasableAt))
	case e.Disputed != nil:
		add("reason_hash", hexutil.Encode(e.Disputed.ReasonHash[:]))
	case e.Released != nil:
		addAmount("seller_amount", e.Released.SellerAmount)
		addAmount("fee", e.Released.Fee)
		add("by_buyer", fmt.Sprint(e.Released.ByBuyer))
	case e.Refunded != nil:
		addAmount("amount", e.Refunded.Amount)
		add("reason", refundReasonName(e.Refunded.Reason))
	case e.Resolved != nil:
		addAmount("buyer_amount", e.Resolved.BuyerAmount)
		addAmount("seller_amount", e.Resolved.SellerAmount)
		addAmount("fee", e.Resolved.Fee)
	}
	return fields, err
}

func tokenName(t common.Address) string {
	if t == (common.Address{}) {
		return "ETH"
	}
	return t.Hex()
}

// orderAsset finds the order's token in its Funded log and reads the token's symbol and decimals.
func (x *TxInspector) orderAsset(ctx context.Context, id common.Hash) (souq.Asset, error) {
	logs, err := x.Node.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(x.FromBlock), Addresses: []common.Address{x.Escrow},
		Topics: [][]common.Hash{{x.abi.GetABI().Events["Funded"].ID}, {id}},
	})
	if err != nil {
		return souq.Asset{}, fmt.Errorf("escrow: funding of %s: %w", id.Hex(), err)
	}
	if len(logs) == 0 {
		return souq.Asset{}, fmt.Errorf("escrow: no funding of order %s: %w", id.Hex(), souq.ErrNotFound)
	}
	f, err := x.abi.UnpackFundedEvent(&logs[0])
	if err != nil {
		return souq.Asset{}, fmt.Errorf("escrow: decode Funded: %w", err)
	}
	return x.learnAsset(ctx, f.Token), nil
}

// learnAsset reads a token's symbol and decimals once. A token that does not answer is shown
// by address with no decimals (minor units) rather than failing the page.
func (x *TxInspector) learnAsset(ctx context.Context, t common.Address) souq.Asset {
	x.mu.Lock()
	a, ok := x.assets[t]
	x.mu.Unlock()
	if ok {
		return a
	}
	inst := bind.NewBoundContract(t, x.token.GetABI(), x.Node, nil, nil) // reads only
	dec, derr := bind.Call(inst, &bind.CallOpts{Context: ctx}, x.token.PackDecimals(), x.token.UnpackDecimals)
	sym, serr := bind.Call(inst, &bind.CallOpts{Context: ctx}, x.token.PackSymbol(), x.token.UnpackSymbol)
	if derr != nil || serr != nil {
		return souq.Asset{Symbol: t.Hex()}
	}
	a = souq.Asset{Symbol: souq.CleanText(sym, 12), Decimals: dec, Token: t.Hex()}
	x.mu.Lock()
	x.assets[t] = a
	x.mu.Unlock()
	return a
}
