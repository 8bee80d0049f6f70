package soak

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	gethabi "github.com/ethereum/go-ethereum/accounts/abi"
	"math/big"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/souqchain/souq/chain/audit"
	escrowabi "github.com/souqchain/souq/chain/bindings/escrow"
)

// Refund reasons of Escrow.Refunded (RefundReason in Escrow.sol).
const (
	refundBySeller = 0
	refundLate     = 1
)

// contracts are the addresses souq's dev chain deployed (souq-contracts.json in its data dir).
type contracts struct {
	Escrow      common.Address `json:"Escrow"`
	EventAnchor common.Address `json:"EventAnchor"`
	TestToken   common.Address `json:"TestToken"`
}

func readContracts(path string) (contracts, error) {
	var c contracts
	b, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(b, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	if c.Escrow == (common.Address{}) {
		return c, fmt.Errorf("%s: no escrow address", path)
	}
	return c, nil
}

// chainView is the judge's window on the EVM chain: logs and balances over JSON-RPC, never
// souq's store.
type chainView struct {
	url string
	c   contracts
}

func (v *chainView) dial(ctx context.Context) (*ethclient.Client, error) {
	rc, err := rpc.DialContext(ctx, v.url)
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(rc), nil
}

// orderFacts is everything the escrow contract said about one order.
type orderFacts struct {
	ID        common.Hash
	Funded    []*escrowabi.EscrowFunded
	Delivered []*escrowabi.EscrowDelivered
	Disputed  int
	Released  []*escrowabi.EscrowReleased
	Refunded  []*escrowabi.EscrowRefunded
	Resolved  []*escrowabi.EscrowResolved
	// Read apart from the events (the Funded event carries neither since the gasless escrow): the
	// fee rate the order keeps from its funding (orders(id)) and the deadline in the funding
	// transaction's terms.
	FeeBps    uint16
	DeliverBy uint64
}

func (o *orderFacts) closes() int { return len(o.Released) + len(o.Refunded) + len(o.Resolved) }

// state is the order's last state on the chain.
func (o *orderFacts) state() string {
	switch {
	case len(o.Released) > 0:
		return "released"
	case len(o.Resolved) > 0:
		return "resolved"
	case len(o.Refunded) > 0 && o.Refunded[0].Reason == refundLate:
		return "refunded-late"
	case len(o.Refunded) > 0:
		return "refunded"
	case o.Disputed > 0:
		return "disputed"
	case len(o.Delivered) > 0:
		return "delivered"
	case len(o.Funded) > 0:
		return "funded"
	}
	return "not funded"
}

// escrowLedger is the decoded history of the escrow contract.
type escrowLedger struct {
	Orders map[common.Hash]*orderFacts
	// Credits by token (zero address: ETH): Credited − Withdrawn, plus the platform fees the escrow
	// keeps until withdrawFees (Released/Resolved fee − FeesWithdrawn).
	Credits map[common.Address]*big.Int
	Head    uint64
}

func (v *chainView) ledger(ctx context.Context) (*escrowLedger, error) {
	ec, err := v.dial(ctx)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head), Addresses: []common.Address{v.c.Escrow}})
	if err != nil {
		return nil, fmt.Errorf("escrow logs: %w", err)
	}
	l := &escrowLedger{Orders: map[common.Hash]*orderFacts{}, Credits: map[common.Address]*big.Int{}, Head: head}
	abi := escrowabi.NewEscrow()
	ev := abi.GetABI().Events
	credit := func(tok common.Address, amt *big.Int, sign int) {
		if l.Credits[tok] == nil {
			l.Credits[tok] = new(big.Int)
		}
		if sign < 0 {
			l.Credits[tok].Sub(l.Credits[tok], amt)
		} else {
			l.Credits[tok].Add(l.Credits[tok], amt)
		}
	}
	for i := range logs {
		lg := &logs[i]
		if len(lg.Topics) == 0 {
			continue
		}
		order := func() *orderFacts {
			id := lg.Topics[1]
			if l.Orders[id] == nil {
				l.Orders[id] = &orderFacts{ID: id}
			}
			return l.Orders[id]
		}
		var err error
		switch lg.Topics[0] {
		case ev["Funded"].ID:
			var e *escrowabi.EscrowFunded
			if e, err = abi.UnpackFundedEvent(lg); err == nil {
				o := order()
				o.Funded = append(o.Funded, e)
			}
		case ev["Delivered"].ID:
			var e *escrowabi.EscrowDelivered
			if e, err = abi.UnpackDeliveredEvent(lg); err == nil {
				o := order()
				o.Delivered = append(o.Delivered, e)
			}
		case ev["Disputed"].ID:
			order().Disputed++
		case ev["Released"].ID:
			var e *escrowabi.EscrowReleased
			if e, err = abi.UnpackReleasedEvent(lg); err == nil {
				o := order()
				o.Released = append(o.Released, e)
			}
		case ev["Refunded"].ID:
			var e *escrowabi.EscrowRefunded
			if e, err = abi.UnpackRefundedEvent(lg); err == nil {
				o := order()
				o.Refunded = append(o.Refunded, e)
			}
		case ev["Resolved"].ID:
			var e *escrowabi.EscrowResolved
			if e, err = abi.UnpackResolvedEvent(lg); err == nil {
				o := order()
				o.Resolved = append(o.Resolved, e)
			}
		case ev["Credited"].ID:
			var e *escrowabi.EscrowCredited
			if e, err = abi.UnpackCreditedEvent(lg); err == nil {
				credit(e.Token, e.Amount, +1)
			}
		case ev["Withdrawn"].ID:
			var e *escrowabi.EscrowWithdrawn
			if e, err = abi.UnpackWithdrawnEvent(lg); err == nil {
				credit(e.Token, e.Amount, -1)
			}
		case ev["FeesWithdrawn"].ID:
			var e *escrowabi.EscrowFeesWithdrawn
			if e, err = abi.UnpackFeesWithdrawnEvent(lg); err == nil {
				credit(e.Token, e.Amount, -1)
			}
		}
		if err != nil {
			return nil, fmt.Errorf("decode escrow log %s:%d: %w", lg.TxHash, lg.Index, err)
		}
	}
	for _, o := range l.Orders {
		if len(o.Funded) == 0 {
			continue
		}
		tok := o.Funded[0].Token
		for _, r := range o.Released {
			credit(tok, r.Fee, +1)
		}
		for _, r := range o.Resolved {
			credit(tok, r.Fee, +1)
		}
		if err := v.fundingFacts(ctx, ec, abi, o); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// fundingFacts reads the fee rate the escrow keeps for the order and the deliver-by of the terms
// its funding transaction carried.
func (v *chainView) fundingFacts(ctx context.Context, ec *ethclient.Client, abi *escrowabi.Escrow, o *orderFacts) error {
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &v.c.Escrow, Data: abi.PackOrders(o.ID)}, nil)
	if err != nil {
		return fmt.Errorf("orders(%s): %w", o.ID, err)
	}
	st, err := abi.UnpackOrders(out)
	if err != nil {
		return fmt.Errorf("orders(%s): %w", o.ID, err)
	}
	o.FeeBps = st.FeeBps
	tx, _, err := ec.TransactionByHash(ctx, o.Funded[0].Raw.TxHash)
	if err != nil {
		return fmt.Errorf("funding tx of %s: %w", o.ID, err)
	}
	data := tx.Data()
	if len(data) < 4 {
		return fmt.Errorf("funding tx of %s has no call", o.ID)
	}
	spec := abi.GetABI()
	m, err := spec.MethodById(data[:4])
	if err != nil {
		return fmt.Errorf("funding tx of %s: %w", o.ID, err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) == 0 {
		return fmt.Errorf("funding tx of %s: %s: %v", o.ID, m.Name, err)
	}
	t, ok := gethabi.ConvertType(args[0], new(escrowabi.EscrowTerms)).(*escrowabi.EscrowTerms)
	if !ok {
		return fmt.Errorf("funding tx of %s: %s carries no terms", o.ID, m.Name)
	}
	o.DeliverBy = t.DeliverBy
	return nil
}

// balance is an account's balance of token (zero address: ETH) at the newest block.
func (v *chainView) balance(ctx context.Context, token, account common.Address) (*big.Int, error) {
	ec, err := v.dial(ctx)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	if token == (common.Address{}) {
		return ec.BalanceAt(ctx, account, nil)
	}
	// balanceOf(address): selector 0x70a08231.
	data := append(common.FromHex("0x70a08231"), common.LeftPadBytes(account.Bytes(), 32)...)
	out, err := ec.CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetBytes(out), nil
}

// checkpoints are the EventAnchor's Checkpoint(size, root) events, in chain order: the journal's
// checkpoints the chain witnessed.
func (v *chainView) checkpoints(ctx context.Context) ([]audit.ChainCheckpoint, error) {
	ec, err := v.dial(ctx)
	if err != nil {
		return nil, err
	}
	defer ec.Close()
	return audit.AnchoredCheckpoints(ctx, ec, audit.TrustRoot{Contract: v.c.EventAnchor})
}

// headTime is the newest block's timestamp.
func (v *chainView) headTime(ctx context.Context) (time.Time, error) {
	ec, err := v.dial(ctx)
	if err != nil {
		return time.Time{}, err
	}
	defer ec.Close()
	h, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// timeKeeper moves the dev chain's clock with souqdev_advanceTime (a human week in seconds). When
// the chain does not have the method, long waits are skipped and said so.
type timeKeeper struct {
	chain *chainView
	gap   time.Duration // at least this much wall time between two advances (coalesces requests)

	holds     atomic.Int64 // sales in a step no jump of the clock may cross (see hold)
	longHolds atomic.Int64 // sales in a step no jump of a week or more may cross (see holdLong)

	mu          sync.Mutex
	supported   *bool
	last        time.Time
	lastAmount  time.Duration
	advances    int
	total       time.Duration
	unsupported string
}

// errNoTimeTravel says the chain cannot move its clock: the caller skips its long wait.
var errNoTimeTravel = errors.New("no souqdev_advanceTime on this chain: long wait skipped")

// advance moves the chain's clock forward by at least d, at least gap after the last advance (so
// that few advances pass within any one order's life); requests that wait meanwhile share it.
func (t *timeKeeper) advance(ctx context.Context, d time.Duration) error {
	asked := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.supported != nil && !*t.supported {
		return errNoTimeTravel
	}
	if t.last.After(asked) && t.lastAmount >= d {
		return nil // an advance made while this request waited serves it too
	}
	if wait := time.Until(t.last.Add(t.gap)); !t.last.IsZero() && wait > 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
	for t.holds.Load() > 0 || d >= longJump && t.longHolds.Load() > 0 {
		if !sleepCtx(ctx, 100*time.Millisecond) {
			return ctx.Err()
		}
	}
	rc, err := rpc.DialContext(ctx, t.chain.url)
	if err != nil {
		return err
	}
	defer rc.Close()
	var res json.RawMessage
	err = rc.CallContext(ctx, &res, "souqdev_advanceTime", uint64(d/time.Second))
	var rerr rpc.Error
	if err != nil && (errors.As(err, &rerr) && rerr.ErrorCode() == -32601 || strings.Contains(err.Error(), "does not exist")) {
		no := false
		t.supported, t.unsupported = &no, err.Error()
		return errNoTimeTravel
	}
	if err != nil {
		return fmt.Errorf("souqdev_advanceTime: %w", err)
	}
	yes := true
	t.supported = &yes
	t.last, t.lastAmount = time.Now(), d
	t.advances++
	t.total += d
	return nil
}

// hold keeps the clock from jumping until the returned func is called (at most once counts).
func (t *timeKeeper) hold() (release func()) {
	t.holds.Add(1)
	return sync.OnceFunc(func() { t.holds.Add(-1) })
}

// longJump is where a jump can pass an order's deliver-by (offers give a week or more).
const longJump = 72 * time.Hour

// holdLong keeps the clock from jumping by longJump or more until the returned func is called;
// shorter jumps (the 49-hour inspection windows) go on.
func (t *timeKeeper) holdLong() (release func()) {
	t.longHolds.Add(1)
	return sync.OnceFunc(func() { t.longHolds.Add(-1) })
}

func (t *timeKeeper) summary() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case t.supported == nil:
		return "time travel: not needed"
	case !*t.supported:
		return "time travel: UNAVAILABLE (" + t.unsupported + "): inspection-window and late-delivery waits were SKIPPED"
	}
	return fmt.Sprintf("time travel: %d advances of the chain clock, %s in all (souqdev_advanceTime)", t.advances, t.total)
}

// deliverBy is the order's delivery deadline as funded on the chain.
func (h *harness) deliverBy(ctx context.Context, orderID string) (time.Time, error) {
	l, err := h.chain.ledger(ctx)
	if err != nil {
		return time.Time{}, err
	}
	o := l.Orders[hexHash(orderID)]
	if o == nil || len(o.Funded) == 0 {
		return time.Time{}, fmt.Errorf("order %s is not funded on the chain", orderID)
	}
	return time.Unix(int64(o.DeliverBy), 0), nil
}
