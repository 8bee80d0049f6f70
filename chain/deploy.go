package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/bindings/testtoken"
)

// DeployParams are the constructor arguments of souq's contracts.
type DeployParams struct {
	Owner    common.Address // owner of Escrow and EventAnchor
	Treasury common.Address // receives platform fees
	Arbiter  common.Address // resolves disputes
	Anchorer common.Address // the only account allowed to anchor journal batches
	FeeBps   uint16
	// DisputePeriod is how long the arbiter has, from a dispute, to decide it before anyone may
	// refund the buyer in full (whole seconds, 1 to 90 days). Zero means DefaultDisputePeriod.
	DisputePeriod time.Duration
	// TestToken also deploys the dev chain's TestToken ("Test USD", tUSD, 6 decimals).
	TestToken bool
}

// DefaultDisputePeriod is the arbiter's time to decide a dispute when a deployment names none: two
// weeks, long enough to ask both parties for evidence, short enough that a buyer's money is not held
// past a second pay cycle.
const DefaultDisputePeriod = 14 * 24 * time.Hour

// disputePeriodSeconds checks a dispute period against the Escrow's bounds (which would revert the
// deployment otherwise) and converts it for the constructor.
func disputePeriodSeconds(d time.Duration) (uint32, error) {
	if d == 0 {
		d = DefaultDisputePeriod
	}
	if d%time.Second != 0 || d < 24*time.Hour || d > 90*24*time.Hour {
		return 0, fmt.Errorf("deploy: dispute period %s: want whole seconds from 24h to 2160h (90 days)", d)
	}
	return uint32(d / time.Second), nil
}

// DeployBackend is what deploying needs: a contract backend that can also wait for receipts.
type DeployBackend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Deploy deploys Escrow, EventAnchor (and TestToken if asked) from key and waits until they are
// mined. commit, when not nil, is called after the transactions are sent: a simulated backend
// seals a block there; a dev node mines by itself.
func Deploy(ctx context.Context, b DeployBackend, key *ecdsa.PrivateKey, chainID *big.Int, p DeployParams, commit func()) (Contracts, error) {
	period, err := disputePeriodSeconds(p.DisputePeriod)
	if err != nil {
		return Contracts{}, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return Contracts{}, fmt.Errorf("deploy: nonce: %w", err)
	}
	opts := func() *bind.TransactOpts {
		o := bind.NewKeyedTransactor(key, chainID)
		o.Context = ctx
		o.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		return o
	}
	type job struct {
		name string
		bin  string
		args []byte
		addr *common.Address
	}
	var out Contracts
	jobs := []job{
		{"Escrow", escrow.EscrowMetaData.Bin, escrow.NewEscrow().PackConstructor(p.Owner, p.Treasury, p.Arbiter, p.FeeBps, period), &out.Escrow},
		{"EventAnchor", eventanchor.EventAnchorMetaData.Bin, eventanchor.NewEventAnchor().PackConstructor(p.Owner, p.Anchorer), &out.EventAnchor},
	}
	if p.TestToken {
		jobs = append(jobs, job{"TestToken", testtoken.TestTokenMetaData.Bin, testtoken.NewTestToken().PackConstructor("Test USD", "tUSD"), &out.TestToken})
	}
	txs := make([]*types.Transaction, len(jobs))
	for i, j := range jobs {
		addr, tx, err := bind.DeployContract(opts(), common.FromHex(j.bin), b, j.args)
		if err != nil {
			return Contracts{}, fmt.Errorf("deploy %s: %w", j.name, err)
		}
		*j.addr = addr
		txs[i] = tx
	}
	for i, j := range jobs {
		r, err := waitMined(ctx, b, txs[i].Hash(), commit)
		if err != nil {
			return Contracts{}, fmt.Errorf("deploy %s: %w", j.name, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return Contracts{}, fmt.Errorf("deploy %s: transaction %s failed", j.name, txs[i].Hash())
		}
		// At the receipt's block: a node may serve the receipt before its head moves there.
		if code, err := b.CodeAt(ctx, *j.addr, r.BlockNumber); err != nil || len(code) == 0 {
			return Contracts{}, fmt.Errorf("deploy %s: no code at %s: %v", j.name, j.addr, err)
		}
		if i == 0 || r.BlockNumber.Uint64() < out.DeployBlock {
			out.DeployBlock = r.BlockNumber.Uint64()
		}
	}
	return out, nil
}

// waitMined polls for a receipt. With commit (a simulated backend) it seals a block between polls:
// a transaction may reach the pool only after the first seal, and nothing else would mine it.
func waitMined(ctx context.Context, b DeployBackend, h common.Hash, commit func()) (*types.Receipt, error) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		if commit != nil {
			commit()
		}
		r, err := b.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		// Not mined yet, or a fresh node still indexing transactions: both pass; keep polling.
		select {
		case <-ctx.Done():
			if !errors.Is(err, ethereum.NotFound) {
				return nil, fmt.Errorf("%w (last: %v)", ctx.Err(), err)
			}
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}
