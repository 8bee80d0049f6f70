// Package souqtest runs the real sale service (souq.Service) for tests of the packages around it:
// on a temporary bbolt store (store/), with fakes only at the edges — the escrow chain, the
// Stellar loyalty ledger, the custodial wallets, the journal anchor, a catalog — that behave as
// the real adapters do: the same idempotency keys, refusals and error wrapping (see each type).
//
// It is a package of its own, not a _test.go file, so that the bot, server and command tests
// share one set of edge fakes; it sits at the module's root, next to the package it serves, as
// net/http/httptest does. Only tests and test harnesses import it (deps_test.go checks that no
// adapter does).
package souqtest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/store"
)

// Secret keys the commitments of people in a Sale (at least 32 bytes).
const Secret = "souqtest-secret-0123456789abcdef!!"

// Options sets up a Sale.
type Options struct {
	// Notifier builds the service's notifier on the sale's store (the bot's notices, which keep
	// their state there); nil: Notices, a recorder.
	Notifier func(db *store.DB) souq.Notifier
	// Configure adjusts the service's configuration before it is built (pay method, catalog...).
	Configure func(c *souq.Config)
	// Start is the wall clock's start (default 2026-03-01 12:00 UTC); the clock moves only when a
	// test moves it.
	Start time.Time
	// Path is the store's file (default: a new temporary directory's souq.db); reopening the same
	// path is a restart.
	Path string
}

// Sale is the real service on a temporary store with fakes at its edges.
type Sale struct {
	T          testing.TB // nil for a Sale from Open
	DB         *store.DB
	Service    *souq.Service
	Clock      *Clock // the wall clock (nil for a Sale from Open: it runs on time.Now)
	ChainClock *ChainClock
	Escrow     *Escrow
	Chain      *Chain
	Loyalty    *Loyalty
	Anchorer   *Anchorer
	Catalog    *Catalog
	Notifier   souq.Notifier
	// Notices is the notifier when Options.Notifier is nil.
	Notices *Notices
	commit  souq.Committer
}

// New starts a Sale for a test; its store is closed when the test ends.
func New(t testing.TB, o Options) *Sale {
	t.Helper()
	if o.Start.IsZero() {
		o.Start = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	}
	if o.Path == "" {
		o.Path = filepath.Join(t.TempDir(), "souq.db")
	}
	wall := NewClock(o.Start)
	s, err := open(o, wall)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.DB.Close() })
	s.T, s.Clock = t, wall
	return s
}

// Open starts a Sale outside a test (a demonstration stack), on the wall clock, with its store at
// o.Path (required). Drive it with Run; Close closes its store. The helpers that report to a
// test (Settle, Tick, Order, Ticket, PayFromWallet) need a Sale from New.
func Open(o Options) (*Sale, error) {
	if o.Path == "" {
		return nil, fmt.Errorf("souqtest: Open needs a store path: %w", souq.ErrInvalidRequest)
	}
	return open(o, wallClock{})
}

type wallClock struct{}

func (wallClock) Now() time.Time { return time.Now() }

func open(o Options, wall souq.Clock) (*Sale, error) {
	db, err := store.Open(o.Path, store.WithNoSync())
	if err != nil {
		return nil, err
	}
	s := &Sale{DB: db, ChainClock: &ChainClock{Wall: wall}, Escrow: &Escrow{},
		Loyalty: NewLoyalty(), Anchorer: &Anchorer{}, Catalog: &Catalog{}}
	s.Chain = NewChain(s.Escrow, s.ChainClock)
	if o.Notifier != nil {
		s.Notifier = o.Notifier(db)
	} else {
		s.Notices = &Notices{}
		s.Notifier = s.Notices
	}
	cfg := souq.Config{
		Store: db.Sales(), Escrow: s.Escrow, Attester: Attester{}, Loyalty: s.Loyalty, Wallets: Wallets{},
		Notifier: s.Notifier, Clock: wall, ChainClock: s.ChainClock, Anchorer: s.Anchorer, Secret: []byte(Secret),
	}
	if o.Configure != nil {
		o.Configure(&cfg)
	}
	if s.Service, err = souq.NewService(cfg); err == nil {
		s.commit, err = souq.NewCommitter([]byte(Secret))
	}
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// Run works as a running souq and its chain do, until ctx ends: the service's workers, and a
// block every blockTime that executes what the escrow accepted and reports it.
func (s *Sale) Run(ctx context.Context, blockTime time.Duration, report func(error)) error {
	go func() {
		t := time.NewTicker(blockTime)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if _, err := s.Chain.Mine(ctx, s.Service); err != nil && ctx.Err() == nil && report != nil {
					report(err)
				}
			}
		}
	}()
	return s.Service.Run(ctx, blockTime, report)
}

// Close closes the store of a Sale from Open.
func (s *Sale) Close() error { return s.DB.Close() }

// Settle runs the service's outbox (escrow, loyalty and notice work that is due) and mines what
// it submitted, until nothing is left to do: what the service's workers, the chain and its
// watcher do in production between two messages. Work that failed waits for its retry, as the
// workers leave it.
func (s *Sale) Settle() {
	s.T.Helper()
	ctx := context.Background()
	for range 20 {
		n, err := s.Service.Work(ctx)
		if err != nil {
			s.T.Logf("souqtest: outbox: %v", err)
		}
		m, merr := s.Chain.Mine(ctx, s.Service)
		if merr != nil {
			s.T.Fatalf("souqtest: chain: %v", merr)
		}
		if n == 0 && m == 0 {
			return
		}
	}
	s.T.Fatal("souqtest: the outbox does not settle")
}

// Tick runs the service's time-based work (expiries, releases after inspection) and settles.
func (s *Sale) Tick() {
	s.T.Helper()
	if _, err := s.Service.Tick(context.Background()); err != nil {
		s.T.Fatal(err)
	}
	s.Settle()
}

// Order reads an order from the store.
func (s *Sale) Order(id souq.OrderID) *souq.Order {
	s.T.Helper()
	var o *souq.Order
	if err := s.DB.Sales().View(context.Background(), func(tx souq.Tx) error {
		var err error
		o, err = tx.Order(id)
		return err
	}); err != nil {
		s.T.Fatal(err)
	}
	return o
}

// Ticket reads an escalation from the store.
func (s *Sale) Ticket(id string) *souq.TicketRecord {
	s.T.Helper()
	var t *souq.TicketRecord
	if err := s.DB.Sales().View(context.Background(), func(tx souq.Tx) error {
		var err error
		t, err = tx.Ticket(id)
		return err
	}); err != nil {
		s.T.Fatal(err)
	}
	return t
}

// User is the commitment a person is known by on the chains and in the journal.
func (s *Sale) User(w souq.WaID) string { return s.commit.User(w) }

// GivePoints credits a customer's points account with a merchant on the ledger.
func (s *Sale) GivePoints(customer, merchant souq.WaID, n int64) {
	s.Loyalty.Give(s.User(customer), s.User(merchant), n)
}

// PayFromWallet is the customer paying an offer through its payment link, from their own wallet:
// the contract opens the order, and the watcher reports it.
func (s *Sale) PayFromWallet(id souq.OrderID, wallet string) {
	s.T.Helper()
	o := s.Order(id)
	if err := s.Chain.FundFrom(context.Background(), s.Service, id, o.Terms, wallet); err != nil {
		s.T.Fatal(err)
	}
	s.Settle()
}
