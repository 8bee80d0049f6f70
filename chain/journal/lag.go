package journal

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Lag is how long the oldest event not yet in an anchored batch has waited (0 when every event is
// anchored): the anchoring lag an operator alerts on.
func (a *Anchorer) Lag(ctx context.Context, now time.Time) (time.Duration, error) {
	var next uint64
	err := a.j.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketBatches).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			var b Batch
			if err := json.Unmarshal(v, &b); err != nil {
				return err
			}
			if b.State == BatchAnchored {
				next = b.FirstSeq + b.Count
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	e, err := a.j.Event(ctx, next)
	if errors.Is(err, ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return max(now.Sub(time.UnixMilli(int64(e.TimeMs))), 0), nil
}
