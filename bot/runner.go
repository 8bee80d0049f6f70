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
//
// An entry whose reply the Graph API could not take for now stays pending and is handled again at
// the next poll, with the chat's later entries held behind it so replies keep their order; after
// retryFor it is given up as failed. Handling again is the crash path: decisions are keyed by the message id
// and replies by message id and ordinal, so nothing is done or said twice.
type Runner struct {
	inbox    Inbox
	handle   Handler
	log      logrus.FieldLogger
	wake     chan struct{}
	workers  int
	poll     time.Duration
	batch    int
	retryFor time.Duration
	now      func() time.Time

	mu       sync.Mutex
	failedAt map[uint64]time.Time // when an entry's handling first failed for now
}

// retryFor is how long an entry failing for now is handled again before it is given up: the
// longest Graph API outage a reply waits out, as long as a notice waits before it is stuck.
const retryFor = 10 * time.Minute

// NewRunner returns a runner; workers bounds how many chats are handled at once.
func NewRunner(inbox Inbox, h Handler, log logrus.FieldLogger, workers int) *Runner {
	if log == nil {
		log = logrus.StandardLogger()
	}
	if workers <= 0 {
		workers = 8
	}
	return &Runner{inbox: inbox, handle: h, log: log, wake: make(chan struct{}, 1), workers: workers, poll: 2 * time.Second, batch: 256,
		retryFor: retryFor, now: time.Now, failedAt: map[uint64]time.Time{}}
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

// Drain handles everything pending now and returns how many entries it finished. An entry that
// fails for now stays pending, and its chat's later entries with it, until the next Drain.
func (r *Runner) Drain(ctx context.Context) (int, error) {
	total := 0
	waiting := map[string]bool{} // chats whose entry failed for now: the rest of them waits
	for {
		entries, err := r.inbox.InboxPending(ctx, r.batch)
		if err != nil {
			return total, err
		}
		// Group by chat, keeping arrival order inside each group.
		var order []string
		groups := map[string][]souq.InboxEntry{}
		for _, e := range entries {
			if waiting[e.Chat] {
				continue
			}
			if _, ok := groups[e.Chat]; !ok {
				order = append(order, e.Chat)
			}
			groups[e.Chat] = append(groups[e.Chat], e)
		}
		if len(order) == 0 {
			return total, nil
		}
		results := make([]souq.InboxResult, 0, len(entries))
		var stalled []string
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan struct{}, r.workers)
		for _, chat := range order {
			wg.Add(1)
			sem <- struct{}{}
			go func(chat string, es []souq.InboxEntry) {
				defer func() { <-sem; wg.Done() }()
				for _, e := range es {
					res := r.one(ctx, e)
					mu.Lock()
					results = append(results, res)
					if res.Retry {
						stalled = append(stalled, chat)
					}
					mu.Unlock()
					if res.Retry {
						return // the chat's later entries stay pending behind it, in order
					}
				}
			}(chat, groups[chat])
		}
		wg.Wait()
		if ctx.Err() != nil {
			return total, ctx.Err() // leave them pending: handled again after restart
		}
		if err := r.inbox.InboxFinish(ctx, results); err != nil {
			return total, err
		}
		for _, chat := range stalled {
			waiting[chat] = true
		}
		total += len(results) - len(stalled)
	}
}

// retryable reports whether handling that failed with err is worth doing again: only a reply the
// Graph API could not take for now, which leaves the person told nothing. A failure the bot answered
// ("Something went wrong… try again in a minute") is not: handled again, the same message could now
// succeed under a reply slot already used for that answer, and the person would not hear of it.
func retryable(err error) bool {
	return whatsapp.Retryable(err)
}

func (r *Runner) one(ctx context.Context, e souq.InboxEntry) (res souq.InboxResult) {
	res.Seq = e.Seq
	defer func() {
		if p := recover(); p != nil {
			res.Err, res.Retry = fmt.Errorf("bot: panic handling %s: %v", e.Key, p), false
			r.log.WithField("key", e.Key).Error(res.Err)
		}
	}()
	ev, err := whatsapp.DecodeEvent(e.Data)
	if err != nil {
		res.Err = fmt.Errorf("bot: decode %s: %w", e.Key, err)
		return res
	}
	err = r.handle(ctx, ev)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err == nil {
		delete(r.failedAt, e.Seq)
		return res
	}
	res.Err = err
	first, seen := r.failedAt[e.Seq]
	if !seen {
		first = r.now()
		r.failedAt[e.Seq] = first
	}
	if retryable(err) && r.now().Sub(first) < r.retryFor {
		res.Retry = true
		l := r.log.WithError(err).WithField("key", e.Key)
		if !seen { // once per message: an outage retries every poll
			l.Warn("bot: event failed for now; handled again at each poll")
		} else {
			l.Debug("bot: event failed again")
		}
		return res
	}
	delete(r.failedAt, e.Seq)
	r.log.WithError(err).WithField("key", e.Key).Error("bot: event failed; given up")
	return res
}
