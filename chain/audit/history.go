package audit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/journal"
)

// ChainCheckpoint is a checkpoint the pinned EventAnchor recorded.
type ChainCheckpoint struct {
	Size        uint64      `json:"size"`
	Root        common.Hash `json:"root"`
	TxHash      common.Hash `json:"txHash"`
	BlockNumber uint64      `json:"blockNumber"`
}

// AnchoredCheckpoints lists every checkpoint the pinned contract recorded, in chain order.
func AnchoredCheckpoints(ctx context.Context, c OrderChain, trust TrustRoot) ([]ChainCheckpoint, error) {
	id := eventanchor.NewEventAnchor().GetABI().Events["Checkpoint"].ID
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{trust.Contract}, Topics: [][]common.Hash{{id}}})
	if err != nil {
		return nil, fail(RPC, "checkpoint logs: %v", err)
	}
	var out []ChainCheckpoint
	for _, l := range logs {
		if l.Removed || len(l.Topics) != 3 {
			continue
		}
		size := new(big.Int).SetBytes(l.Topics[1][:])
		if !size.IsUint64() {
			return nil, fail(BadFormat, "checkpoint size %s in tx %s", size, l.TxHash)
		}
		out = append(out, ChainCheckpoint{Size: size.Uint64(), Root: l.Topics[2], TxHash: l.TxHash, BlockNumber: l.BlockNumber})
	}
	return out, nil
}

// ConsistencySource fetches the consistency bundle between two checkpoint sizes (souq's
// GET /api/v1/audit/consistency).
type ConsistencySource func(ctx context.Context, oldSize, newSize uint64) (*journal.Consistency, error)

// VerifyHistory checks that souq's log was only ever appended to, over its whole anchored
// history: every checkpoint the pinned contract recorded is larger than the one before, and a
// consistency proof (from fetch) leads from each to the next, both signed by the pinned key.
// Having checked every consecutive pair, an auditor has checked every pair.
func VerifyHistory(ctx context.Context, trust TrustRoot, c OrderChain, fetch ConsistencySource, opt Options) ([]ChainCheckpoint, error) {
	cps, err := AnchoredCheckpoints(ctx, c, trust)
	if err != nil {
		return nil, err
	}
	for i := 1; i < len(cps); i++ {
		prev, cur := cps[i-1], cps[i]
		if cur.Size <= prev.Size {
			return nil, fail(Shrunk, "the contract recorded size %d after size %d", cur.Size, prev.Size)
		}
		b, err := fetch(ctx, prev.Size, cur.Size)
		if err != nil {
			return nil, fail(RPC, "consistency %d → %d: %v", prev.Size, cur.Size, err)
		}
		if b.Old.Checkpoint.Size != prev.Size || b.Old.Checkpoint.Root != prev.Root || b.New.Checkpoint.Size != cur.Size || b.New.Checkpoint.Root != cur.Root {
			return nil, fail(Forked, "the log's checkpoints %d (%s) and %d (%s) are not the ones the chain recorded, %d (%s) and %d (%s)",
				b.Old.Checkpoint.Size, b.Old.Checkpoint.Root, b.New.Checkpoint.Size, b.New.Checkpoint.Root, prev.Size, prev.Root, cur.Size, cur.Root)
		}
		if _, err := VerifyConsistency(ctx, b, trust, c, opt); err != nil {
			return nil, fmt.Errorf("checkpoints %d → %d: %w", prev.Size, cur.Size, err)
		}
	}
	return cps, nil
}
