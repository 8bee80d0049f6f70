package sender

import (
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// Pool runs one Sender per account over a shared store and backend: the operator, the arbiter,
// and every custodial wallet that pays. Each account has its own nonce lane.
type Pool struct {
	b     Backend
	store IntentStore
	cfg   Config

	mu      sync.Mutex
	ctx     context.Context
	senders map[common.Address]*Sender
	errs    chan error
}

// NewPool returns a pool; senders added before Run start with it, later ones at once.
func NewPool(b Backend, store IntentStore, cfg Config) *Pool {
	return &Pool{b: b, store: store, cfg: cfg, senders: map[common.Address]*Sender{}, errs: make(chan error, 1)}
}

// Add returns the sender of signer's account, creating (and, if the pool runs, starting) it.
func (p *Pool) Add(signer Signer) *Sender {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s, ok := p.senders[signer.Address()]; ok {
		return s
	}
	s := New(p.b, p.store, signer, p.cfg)
	p.senders[signer.Address()] = s
	if p.ctx != nil {
		p.start(s)
	}
	return s
}

// Get returns the sender of an account added before.
func (p *Pool) Get(addr common.Address) (*Sender, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, ok := p.senders[addr]
	if !ok {
		return nil, fmt.Errorf("sender: no key for %s", addr)
	}
	return s, nil
}

func (p *Pool) start(s *Sender) {
	go func() {
		if err := s.Run(p.ctx); err != nil {
			select {
			case p.errs <- err:
			default:
			}
		}
	}()
}

// Run starts every sender and blocks until ctx ends or one of them aborts.
func (p *Pool) Run(ctx context.Context) error {
	p.mu.Lock()
	p.ctx = ctx
	for _, s := range p.senders {
		p.start(s)
	}
	p.mu.Unlock()
	select {
	case <-ctx.Done():
		return nil
	case err := <-p.errs:
		return err
	}
}

// Open lists the intents of every account that are not final, for `souq status` and stuck-work
// metrics: Intent.Retrying says which are held up, why and since when; Created how old the rest
// are. Health of each sender says whether its rounds fail as a whole (the node unreachable).
func (p *Pool) Open(ctx context.Context) ([]*Intent, error) {
	p.mu.Lock()
	addrs := make([]common.Address, 0, len(p.senders))
	for a := range p.senders {
		addrs = append(addrs, a)
	}
	p.mu.Unlock()
	var out []*Intent
	for _, a := range addrs {
		in, err := p.store.ListPending(ctx, a)
		if err != nil {
			return nil, err
		}
		out = append(out, in...)
	}
	return out, nil
}
