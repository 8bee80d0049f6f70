package main

import (
	"context"

	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

// senderReorgWindow is sender.Config.ReorgWindow's default, which Start keeps: the sender re-checks
// (and may send again) final transactions mined that close to the head, so their signed bytes stay.
const senderReorgWindow = 128

// runPruner prunes the store in the background (store.Pruner) and, with it, cuts the chain
// sender's transactions mined twice the reorg window below the head.
func (a *App) runPruner(ts *txstore.Store) func(context.Context) error {
	return func(ctx context.Context) error {
		keep := 2*uint64(senderReorgWindow) + a.Network.Confirmations
		p := &store.Pruner{DB: a.DB, Retention: store.DefaultRetention(),
			Report: func(err error) { a.log.WithError(err).Warn("pruning the store failed; will retry") },
			Extra: []func(context.Context, int) (int, error){func(ctx context.Context, limit int) (int, error) {
				head, err := a.Client.BlockNumber(ctx)
				if err != nil || head <= keep {
					return 0, err
				}
				return ts.Compact(ctx, head-keep, limit)
			}},
		}
		p.Run(ctx)
		return nil
	}
}
