package soak

import (
	"context"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// merchant is a merchant's chat and the payout address they registered (fresh per run, so its
// balance is exactly what souq forwarded to it).
type merchant struct {
	p      *person
	Payout common.Address
	Name   string // the display name it sets with `name …`: the offers must show it
}

// customer is a customer's chat and the points the harness expects them to hold by the rule
// "1 point per 10 USDC" (orders in ETH earn nothing under a USDC rule).
type customer struct {
	p        *person
	Merchant *merchant
	Sales    []*sale

	mu       sync.Mutex
	earned   int64
	spent    int64
	optedOut bool // said STOP and not YES since
	// voucherPending: a redemption is under way and did not say how it ended; a voucher may apply
	// to any later order of this customer.
	voucherPending bool
}

func (c *customer) setVoucherPending(p bool) {
	c.mu.Lock()
	c.voucherPending = p
	c.mu.Unlock()
}

func (c *customer) hasVoucherPending() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.voucherPending
}

func (c *customer) setOptedIn(in bool) {
	c.mu.Lock()
	c.optedOut = !in
	c.mu.Unlock()
}

func (c *customer) isOptedIn() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.optedOut
}

// The merchants' rule is "loyalty 1 per 10 USDC": 10 USDC earns a point, worth a tenth of that.
var (
	pointUnit  = new(big.Int).Mul(big.NewInt(10), pow10(6))
	pointValue = pow10(6)
)

// pointsFor is what a released order in USDC earns: floor(paid / 10 USDC).
func pointsFor(paid *big.Int) int64 { return new(big.Int).Quo(paid, pointUnit).Int64() }

func (c *customer) earn(s *sale) {
	paid := new(big.Int).Set(s.Total)
	if s.Discount != nil {
		paid.Sub(paid, s.Discount)
	}
	c.mu.Lock()
	c.earned += pointsFor(paid)
	c.mu.Unlock()
}

func (c *customer) redeemed(n int64) {
	c.mu.Lock()
	c.spent += n
	c.mu.Unlock()
}

func (c *customer) available() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.earned - c.spent
}

// lateBarrier holds late-delivery sales until every other sale is done driving, so the week the
// chain's clock jumps for them cannot push other orders past their deadlines.
type lateBarrier struct {
	mu      sync.Mutex
	others  int
	release chan struct{}
}

func newLateBarrier(others int) *lateBarrier {
	b := &lateBarrier{others: others, release: make(chan struct{})}
	if others == 0 {
		close(b.release)
	}
	return b
}

// done records that one non-late sale finished driving.
func (b *lateBarrier) done() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.others--
	if b.others == 0 {
		close(b.release)
	}
}

func (b *lateBarrier) wait(ctx context.Context) {
	select {
	case <-ctx.Done():
	case <-b.release:
	}
}
