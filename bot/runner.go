package bot

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// Inbox is the durable queue the webhook fills; *store.DB implements it.
type Inbox interface {
	InboxPending(ctx context.Context, limit int) ([]souq.InboxEntry, error)
	InboxFinish(ctx context.Context, results []souq.InboxResult) error
}

// Handler processes one event; (*Bot).Handle is one.
type Handler func(ctx context.Context, ev whatsapp.Event) error

// Runner feeds inbox entries to the bot behind the webhook's 200: in arrival order within a chat,
// chats in parallel. An entry stays pending until handled, so after a crash or restart the
// runner picks up where it stopped (Sales calls carry the message id, so a re-run acts once).
type Runner struct {
	inbox   Inbox
	handle  Handler
	log     logrus.FieldLogger
	wake    chan struct{}
	workers int
	poll    time.Duration
	batch   int
}

// NewRunner returns a runner; workers bounds how many chats are handled at once.
func NewRunner(inbox Inbox, h Handler, log logrus.FieldLogger, workers int) *Runner {
	if log == nil {
		log = logrus.StandardLogger()
	}
	if workers <= 0 {
		workers = 8
	}
	return &Runner{inbox: inbox, handle: h, log: log, wake: make(chan struct{}, 1), workers: workers, poll: 2 * time.Second, batch: 256}
}

// Wake tells the runner new entries are waiting (pass it to whatsapp.WithNotify).
func (r *Runner) Wake() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Run processes the inbox until ctx is done.
func (r *Runner) Run(ctx context.Context) error {
	t := time.NewTicker(r.poll)
	defer t.Stop()
	for {
		if _, err := r.Drain(ctx); err != nil && ctx.Err() == nil {
			r.log.WithError(err).Error("bot: inbox processing")
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-r.wake:
		case <-t.C:
		}
	}
}

// Drain handles everything pending now and returns how many entries it finished.
func (r *Runner) Drain(ctx context.Context) (int, error) {
	total := 0
	for {
		entries, err := r.inbox.InboxPending(ctx, r.batch)
		if err != nil || len(entries) == 0 {
			return total, err
		}
		// Group by chat, keeping arrival order inside each group.
		var order []string
		groups := map[string][]souq.InboxEntry{}
		for _, e := range entries {
			if _, ok := groups[e.Chat]; !ok {
				order = append(order, e.Chat)
			}
			groups[e.Chat] = append(groups[e.Chat], e)
		}
		results := make([]souq.InboxResult, 0, len(entries))
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, r.workers)
		for _, chat := range order {
			wg.Add(1)
			sem <- struct{}{}
			go func(es []souq.InboxEntry) {
				defer func() { <-sem; wg.Done() }()
				for _, e := range es {
					err := r.one(ctx, e)
					mu.Lock()
					results = append(results, souq.InboxResult{Seq: e.Seq, Err: err})
					mu.Unlock()
				}
			}(groups[chat])
		}
		wg.Wait()
		if ctx.Err() != nil {
			return total, ctx.Err() // leave them pending: handled again after restart
		}
		if err := r.inbox.InboxFinish(ctx, results); err != nil {
			return total, err
		}
		total += len(results)
	}
}

func (r *Runner) one(ctx context.Context, e souq.InboxEntry) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("bot: panic handling %s: %v", e.Key, p)
			r.log.WithField("key", e.Key).Error(err)
		}
	}()
	ev, err := whatsapp.DecodeEvent(e.Data)
	if err != nil {
		return fmt.Errorf("bot: decode %s: %w", e.Key, err)
	}
	if err := r.handle(ctx, ev); err != nil {
		r.log.WithError(err).WithField("key", e.Key).Warn("bot: event failed")
		return err
	}
	return nil
}
