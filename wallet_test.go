package souq_test

import (
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// A deposit into a customer's custodial wallet is told once — also when the watcher reports it
// again after a restart — and a payment that waited for those funds goes through at once, not
// at its next periodic try. Before, nothing told a customer about a deposit and a covered
// payment waited up to a minute (fundsRetry) for its next try.
func TestDepositToldOnceAndResumesWaitingPayment(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.FundingWait = 2 * time.Hour })
	id, buyer := h.waitingPayment()
	active, err := h.svc.ActiveWallets(ctx())
	h.must(err)
	if !containsFold(active, buyer) {
		t.Fatalf("active wallets %v do not include the waiting buyer %s", active, buyer)
	}

	// The customer tops up; the watcher sees the Transfer. The clock does not move: only the
	// deposit can make the payment due now.
	h.escrow.SetBalance(buyer, money(usdc, "1").Amount)
	dep := souq.Deposit{Address: strings.ToLower(buyer), Key: "0xabc/3", TxHash: "0xabc", Amount: money(usdc, "0.6"), Balance: money(usdc, "1")}
	h.must(h.svc.OnDeposit(ctx(), dep))
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		t.Fatalf("status %s after the deposit, want paid at once", s)
	}
	got := h.notices(customer, souq.NoticeDeposit)
	if len(got) != 1 || got[0].Amount.Amount.Cmp(money(usdc, "0.6").Amount) != 0 || got[0].Seller.Amount.Cmp(money(usdc, "1").Amount) != 0 ||
		!strings.Contains(got[0].Text, id.Short()) {
		t.Fatalf("deposit notices %+v", got)
	}

	// Reported again, before and after a restart: told once.
	h.must(h.svc.OnDeposit(ctx(), dep))
	h.restart()
	h.must(h.svc.OnDeposit(ctx(), dep))
	h.settle()
	if n := len(h.notices(customer, souq.NoticeDeposit)); n != 1 {
		t.Fatalf("deposit told %d times", n)
	}

	// A deposit to an address souq never handed out is ignored.
	h.must(h.svc.OnDeposit(ctx(), souq.Deposit{Address: "0x9999999999999999999999999999999999999999", Key: "0xdef/0", Amount: money(usdc, "5")}))
	h.settle()
	if n := len(h.notices(customer, souq.NoticeDeposit)); n != 1 {
		t.Fatalf("a stranger's deposit was told: %d notices", n)
	}
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// A payment that waited long for funds and is paid by its own periodic try, before the deposit
// watcher's next look, leaves its wallet in the watched set for another hour: the deposit that
// covered it is still told. Before, an ETH deposit (seen only by polling the active wallets'
// balances) made more than an hour after the offer was never told when the retry won that race.
func TestWalletWatchedAfterAWaitingPaymentGoesThrough(t *testing.T) {
	t.Parallel()
	h := newHarness(t, func(c *souq.Config) { c.FundingWait = 4 * time.Hour })
	id, buyer := h.waitingPayment()
	h.clock.Add(2 * time.Hour) // the offer's hour of watching is over; the wait keeps it watched
	active, err := h.svc.ActiveWallets(ctx())
	h.must(err)
	if !containsFold(active, buyer) {
		t.Fatalf("active wallets %v do not include the waiting buyer %s", active, buyer)
	}
	h.escrow.SetBalance(buyer, money(usdc, "1").Amount) // the deposit, not yet seen by the watcher
	h.clock.Add(2 * time.Minute)                        // the payment's next try
	h.settle()
	if s := h.status(id); s != souq.StatusPaid {
		t.Fatalf("status %s, want paid by the periodic try", s)
	}
	active, err = h.svc.ActiveWallets(ctx())
	h.must(err)
	if !containsFold(active, buyer) {
		t.Fatalf("active wallets %v: the wallet left the watched set before its deposit was seen", active)
	}
}
