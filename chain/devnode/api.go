package devnode

import (
	"context"
	"time"
)

// devAPI is the JSON-RPC namespace "souqdev" (loopback listeners only): time travel for soaks and
// scripts in other processes.
//
//	souqdev_advanceTime(seconds) → DevTime   seal what is pending, move the clock, seal a block
//	souqdev_now()                → DevTime   the chain's clock and head, sealing nothing
//	souqdev_chainNow()           → DevTime   as Node.ChainNow: seals a block first when the head lags
type devAPI struct{ s *sealer }

// DevTime is the dev chain's clock as souqdev_* reports it (unix seconds).
type DevTime struct {
	Time     int64  `json:"time"`     // the chain's clock: wall clock + offset
	Offset   int64  `json:"offset"`   // seconds travelled so far
	Head     uint64 `json:"head"`     // newest block number
	HeadTime uint64 `json:"headTime"` // newest block's timestamp
}

func (a *devAPI) report() DevTime {
	h := a.s.eth.BlockChain().CurrentBlock()
	return DevTime{Time: a.s.now().Unix(), Offset: a.s.offset.Load(), Head: h.Number.Uint64(), HeadTime: h.Time}
}

// AdvanceTime moves the chain's clock forward by seconds (see Node.AdjustTime).
func (a *devAPI) AdvanceTime(ctx context.Context, seconds uint64) (DevTime, error) {
	if _, err := a.s.adjustTime(ctx, time.Duration(seconds)*time.Second); err != nil {
		return DevTime{}, err
	}
	return a.report(), nil
}

// Now reports the chain's clock and head.
func (a *devAPI) Now() DevTime { return a.report() }

// ChainNow is Node.ChainNow for souq serve --dev-chain in another process: the head's time after
// sealing a block when the head lags the chain's clock.
func (a *devAPI) ChainNow(ctx context.Context) (DevTime, error) {
	if _, err := a.s.chainNow(ctx); err != nil {
		return DevTime{}, err
	}
	return a.report(), nil
}
