package escrow

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/kv"
)

// Deposits watches custodial wallets for money arriving and reports each deposit once to the
// service (Service.OnDeposit, idempotent per Deposit.Key, so a report repeated after a crash is
// told once):
//
//   - tokens by their Transfer logs: one eth_getLogs per range of confirmed blocks for transfers
//     to any known wallet (the `to` topic lists them, in chunks), from where it stopped — from the
//     head at its first start: money that arrived before souq watched is not news;
//   - ETH by balance, since a plain transfer leaves no log: only the active wallets (a payment
//     waiting for funds, or the owner looked at the wallet within the hour) are read, every
//     ETHEvery, at the newest confirmed block, against the balance last seen (kept in the store).
//     What came in is the change plus what the wallet itself spent meanwhile — only souq holds its
//     key, so every transaction it sent is a sender intent with a receipt (Mined) — so a payment
//     that went out between two reads does not hide the deposit that paid for it.
type Deposits struct {
	R      LogReader
	Funds  *Funds
	DB     kv.DB // keeps the balances last seen (space deposits.eth)
	Cursor Cursor
	Mined  WalletTxs // the senders' store (txstore): the wallets' own transactions
	// Known lists every custodial wallet (Service.KnownWallets); Active those to poll for ETH
	// (Service.ActiveWallets); Report is Service.OnDeposit.
	Known, Active func(context.Context) ([]string, error)
	Report        func(context.Context, souq.Deposit) error
	// Ignore are senders whose transfers are not deposits to tell (the dev faucet's top-ups).
	Ignore        []common.Address
	Confirmations uint64
	Poll          time.Duration // token logs; default 2s
	ETHEvery      time.Duration // ETH balances of active wallets; default 15s
	Log           logrus.FieldLogger

	rng     *logRange
	lastETH time.Time
}

// WalletTxs is what the deposit watcher reads of the senders' store (txstore.Store).
type WalletTxs interface {
	sender.MinedStore
	ListPending(ctx context.Context, from common.Address) ([]*sender.Intent, error)
}

var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

const depositCursor = "deposits"

// topicChunk bounds how many addresses one eth_getLogs names (providers cap the filter's size).
const topicChunk = 200

// Run polls until ctx ends; errors are logged and retried.
func (d *Deposits) Run(ctx context.Context) error {
	every := d.Poll
	if every <= 0 {
		every = 2 * time.Second
	}
	tk := time.NewTicker(every)
	defer tk.Stop()
	for {
		if _, err := d.Step(ctx); err != nil && ctx.Err() == nil && d.Log != nil {
			d.Log.WithError(err).Warn("deposit watcher: will retry")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tk.C:
		}
	}
}

// Step scans new confirmed token transfers, and (every ETHEvery) the active wallets' ETH; it
// returns how many deposits it reported.
func (d *Deposits) Step(ctx context.Context) (int, error) {
	if d.rng == nil {
		d.rng = newLogRange(2000, 10_000)
	}
	n, err := d.tokens(ctx)
	if err != nil {
		return n, err
	}
	every := d.ETHEvery
	if every <= 0 {
		every = 15 * time.Second
	}
	if time.Since(d.lastETH) < every {
		return n, nil
	}
	m, err := d.eth(ctx)
	if err == nil {
		d.lastETH = time.Now()
	}
	return n + m, err
}

// confirmedHead is the newest block with d.Confirmations confirmations; ok is false while the
// chain is shorter than that.
func (d *Deposits) confirmedHead(ctx context.Context) (safe uint64, ok bool, err error) {
	head, err := rpc(ctx, d.Funds.Client.rpcTimeout, d.R.BlockNumber)
	if err != nil {
		return 0, false, fmt.Errorf("deposit watcher: head: %w", err)
	}
	conf := max(d.Confirmations, 1)
	if head+1 < conf {
		return 0, false, nil
	}
	return head + 1 - conf, true, nil
}

func (d *Deposits) tokens(ctx context.Context) (int, error) {
	tokAsset := d.Funds.Token
	if tokAsset.Token == "" {
		return 0, nil
	}
	timeout := d.Funds.Client.rpcTimeout
	safe, ok, err := d.confirmedHead(ctx)
	if err != nil || !ok {
		return 0, err
	}
	next, ok, err := d.Cursor.LoadCursor(ctx, depositCursor)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, d.Cursor.SaveCursor(ctx, depositCursor, safe+1)
	}
	if next > safe {
		return 0, nil // no new confirmed block
	}
	known, err := d.Known(ctx)
	if err != nil {
		return 0, err
	}
	if len(known) == 0 {
		return 0, d.Cursor.SaveCursor(ctx, depositCursor, max(next, safe+1))
	}
	token := common.HexToAddress(tokAsset.Token)
	n := 0
	for next <= safe {
		to := min(safe, next+d.rng.Size()-1)
		var logs []types.Log
		refused := false
		for i := 0; i < len(known); i += topicChunk {
			var tos []common.Hash
			for _, a := range known[i:min(len(known), i+topicChunk)] {
				tos = append(tos, common.BytesToHash(common.HexToAddress(a).Bytes()))
			}
			got, err := rpc(ctx, timeout, func(ctx context.Context) ([]types.Log, error) {
				return d.R.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(next), ToBlock: new(big.Int).SetUint64(to),
					Addresses: []common.Address{token}, Topics: [][]common.Hash{{transferTopic}, nil, tos}})
			})
			if err != nil {
				if ctx.Err() == nil && d.rng.refused(to-next+1, err) {
					refused = true
					break
				}
				return n, fmt.Errorf("deposit watcher: logs %d-%d: %w", next, to, err)
			}
			logs = append(logs, got...)
		}
		if refused {
			continue
		}
		d.rng.ok()
		for _, l := range logs {
			if len(l.Topics) != 3 || len(l.Data) != 32 || l.Removed {
				continue
			}
			from := common.BytesToAddress(l.Topics[1].Bytes())
			if d.ignored(from) {
				continue
			}
			addr := common.BytesToAddress(l.Topics[2].Bytes())
			amount := new(big.Int).SetBytes(l.Data)
			if amount.Sign() == 0 {
				continue
			}
			bal, err := d.Funds.balance(ctx, addr, tokAsset)
			if err != nil {
				return n, err
			}
			dep := souq.Deposit{Address: addr.Hex(), Key: fmt.Sprintf("%s/%d", l.TxHash.Hex(), l.Index), TxHash: l.TxHash.Hex(),
				Amount: souq.Money{Asset: tokAsset, Amount: amount}, Balance: souq.Money{Asset: tokAsset, Amount: bal}}
			if err := d.Report(ctx, dep); err != nil {
				return n, fmt.Errorf("deposit watcher: report %s: %w", dep.Key, err)
			}
			n++
		}
		if err := d.Cursor.SaveCursor(ctx, depositCursor, to+1); err != nil {
			return n, err
		}
		next = to + 1
	}
	return n, nil
}

func (d *Deposits) ignored(a common.Address) bool {
	for _, x := range d.Ignore {
		if x == a {
			return true
		}
	}
	return false
}

// eth compares each active wallet's balance at the newest confirmed block with the one last seen,
// adding back what the wallet spent in between. An increase is reported under the block of the
// balance it grew from, so a report repeated after a crash (before the new mark was saved) has
// the same key and is told once.
func (d *Deposits) eth(ctx context.Context) (int, error) {
	active, err := d.Active(ctx)
	if err != nil || len(active) == 0 {
		return 0, err
	}
	safe, ok, err := d.confirmedHead(ctx)
	if err != nil || !ok {
		return 0, err
	}
	n := 0
	for _, a := range active {
		addr := common.HexToAddress(a)
		bal, err := rpc(ctx, d.Funds.Client.rpcTimeout, func(ctx context.Context) (*big.Int, error) {
			return d.Funds.Reader.BalanceAt(ctx, addr, new(big.Int).SetUint64(safe))
		})
		if err != nil {
			return n, fmt.Errorf("deposit watcher: balance of %s: %w", addr, err)
		}
		k := []byte(strings.ToLower(addr.Hex()))
		mark, err := d.mark(ctx, k)
		if err != nil {
			return n, err
		}
		if mark != nil && safe <= mark.Block {
			continue
		}
		if busy, err := d.sending(ctx, addr); err != nil || busy {
			// A transaction of the wallet's own may be mined but not yet recorded: read again
			// once it is, so what it spent is added back.
			if err != nil {
				return n, err
			}
			continue
		}
		if mark != nil {
			spent, err := d.spent(ctx, addr, mark.Block+1, safe)
			if err != nil {
				return n, err
			}
			in := new(big.Int).Sub(bal, mark.Balance)
			in.Add(in, spent)
			if in.Sign() > 0 {
				dep := souq.Deposit{Address: addr.Hex(), Key: fmt.Sprintf("eth/%d", mark.Block),
					Amount: souq.Money{Asset: ethAsset, Amount: in}, Balance: souq.Money{Asset: ethAsset, Amount: bal}}
				if err := d.Report(ctx, dep); err != nil {
					return n, fmt.Errorf("deposit watcher: report %s %s: %w", addr, dep.Key, err)
				}
				n++
			}
		}
		if err := d.saveMark(ctx, k, ethMark{Balance: bal, Block: safe}); err != nil {
			return n, err
		}
	}
	return n, nil
}

// mark is the balance last seen of the wallet keyed k (lower-case hex), or nil.
func (d *Deposits) mark(ctx context.Context, k []byte) (*ethMark, error) {
	var mark *ethMark
	err := d.DB.View(ctx, func(tx kv.Tx) error {
		mark = nil
		if v := tx.Get(spaceDepositETH, k); v != nil {
			mark = new(ethMark)
			return decodeRecord(v, mark)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("deposit watcher: balance seen of %s: %w", k, err)
	}
	return mark, nil
}

// saveMark records the balance seen of the wallet keyed k.
func (d *Deposits) saveMark(ctx context.Context, k []byte, m ethMark) error {
	raw, err := encodeRecord(m)
	if err != nil {
		return fmt.Errorf("deposit watcher: balance seen of %s: %w", k, err)
	}
	if err := d.DB.Update(ctx, func(tx kv.Tx) error { return tx.Put(spaceDepositETH, k, raw) }); err != nil {
		return fmt.Errorf("deposit watcher: balance seen of %s: %w", k, err)
	}
	return nil
}

// sending reports whether addr has a transaction signed and not yet final in the senders' store.
func (d *Deposits) sending(ctx context.Context, addr common.Address) (bool, error) {
	if d.Mined == nil {
		return false, nil
	}
	open, err := d.Mined.ListPending(ctx, addr)
	if err != nil {
		return false, fmt.Errorf("deposit watcher: open transactions of %s: %w", addr, err)
	}
	for _, in := range open {
		if in.State != sender.Queued {
			return true, nil
		}
	}
	return false, nil
}

// spent is what addr's own transactions mined in blocks from..to cost it: gas, and the value of
// those that succeeded.
func (d *Deposits) spent(ctx context.Context, addr common.Address, from, to uint64) (*big.Int, error) {
	total := new(big.Int)
	if d.Mined == nil {
		return total, nil
	}
	ins, err := d.Mined.ListMined(ctx, addr, from)
	if err != nil {
		return nil, fmt.Errorf("deposit watcher: transactions of %s: %w", addr, err)
	}
	for _, in := range ins {
		r := in.Receipt
		if r == nil || r.BlockNumber > to || r.BlockNumber < from {
			continue
		}
		if r.EffectiveGasPrice != nil {
			total.Add(total, new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed)))
		}
		if r.Status == 1 && in.Call.Value != nil {
			total.Add(total, in.Call.Value)
		}
	}
	return total, nil
}
