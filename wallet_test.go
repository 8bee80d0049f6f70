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
