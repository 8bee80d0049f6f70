package bot

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/souqchain/souq"
)

// fakeWallet is the service's wallet side as the bot sees it: a withdrawal id is recorded once
// (a second Withdraw with it reports false, as Service.Withdraw does).
type fakeWallet struct {
	mu    sync.Mutex
	view  souq.WalletView
	quote func(souq.WithdrawRequest) (souq.WithdrawQuote, error)
	sent  map[string]souq.WithdrawQuote
}

func (f *fakeWallet) Wallet(context.Context, souq.Actor) (souq.WalletView, error) { return f.view, nil }

func (f *fakeWallet) QuoteWithdraw(_ context.Context, _ souq.Actor, r souq.WithdrawRequest) (souq.WithdrawQuote, error) {
	return f.quote(r)
}

func (f *fakeWallet) Withdraw(_ context.Context, _ souq.Actor, id string, q souq.WithdrawQuote) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.sent[id]; ok {
		return false, nil
	}
	f.sent[id] = q
	return true, nil
}

const walletAddr = "0x14168fa139B2f5DF4a3103D1630F7F8d0a56DA73"

func newWalletHarness(t *testing.T) (*harness, *fakeWallet) {
	h := newHarness(t)
	usdc := testAssets["USDC"]
	f := &fakeWallet{sent: map[string]souq.WithdrawQuote{}, view: souq.WalletView{Address: walletAddr,
		Network: souq.Network{Name: "Base", ChainID: 8453},
		WalletBalances: souq.WalletBalances{Balances: []souq.Money{{Asset: usdc, Amount: big.NewInt(12_500_000)}, {Asset: testAssets["ETH"], Amount: new(big.Int)}},
			Credits: []souq.Money{{Asset: usdc, Amount: big.NewInt(1_000_000)}}}}}
	f.quote = func(r souq.WithdrawRequest) (souq.WithdrawQuote, error) {
		have := souq.Money{Asset: usdc, Amount: big.NewInt(12_500_000)}
		if r.Amount != nil && r.Amount.Cmp(have.Amount) > 0 {
			return souq.WithdrawQuote{}, &souq.FundsError{Want: souq.Money{Asset: usdc, Amount: r.Amount}, Have: have}
		}
		amt := have.Amount
		if r.Amount != nil {
			amt = r.Amount
		}
		return souq.WithdrawQuote{From: walletAddr, To: r.To, Amount: souq.Money{Asset: r.Asset, Amount: amt}, Balance: have,
			Gas: souq.Money{Asset: testAssets["ETH"], Amount: new(big.Int)}}, nil
	}
	h.bot.wallet = f
	return h, f
}

func TestWalletCommandShowsAddressBalancesAndHowToAddFunds(t *testing.T) {
	t.Parallel()
	h, _ := newWalletHarness(t)
	h.expect(h.text(customer, "wallet"), customer, walletAddr, "12.50 USDC", "0.00 ETH", "USDC / ETH", "Base (chain id 8453)", "1.00 USDC", "withdraw")
	h.expect(h.text(customer, "lang pt"), customer)
	h.expect(h.text(customer, "carteira"), customer, "Saldo: 12.50 USDC", "Base (chain id 8453)", "sacar")
}

// Nothing leaves the wallet before the Yes, a Yes for another request does nothing, and the Yes
// tapped twice asks the service once.
func TestWithdrawAsksYesNoAndSendsOnce(t *testing.T) {
	t.Parallel()
	h, f := newWalletHarness(t)
	dest := "0x52908400098527886E0F7030069857D2E4169EE7"
	out := h.text(customer, "withdraw 10 USDC to "+dest)
	m := h.expect(out, customer, "10.00 USDC", dest, "souq pays the network fee")
	if m.Buttons == nil || len(m.Buttons.Buttons) != 2 || !strings.HasPrefix(m.Buttons.Buttons[0].ID, "wok:") || m.Buttons.Buttons[1].ID != "cancel:" {
		t.Fatalf("want Yes/No buttons, got %+v", m.Buttons)
	}
	yes := m.Buttons.Buttons[0].ID
	if len(f.sent) != 0 {
		t.Fatal("sent before the Yes")
	}
	h.expect(h.tap(customer, "wok:wamid.other"), customer, "No withdrawal is waiting")
	h.expect(h.tap(customer, yes), customer, "Sending 10.00 USDC to "+dest)
	h.expect(h.tap(customer, yes), customer, "No withdrawal is waiting")
	if len(f.sent) != 1 {
		t.Fatalf("%d withdrawals, want 1", len(f.sent))
	}

	// No: nothing is sent, and the old Yes no longer works.
	m = h.expect(h.text(customer, "withdraw all USDC to "+dest), customer, "12.50 USDC")
	h.expect(h.tap(customer, m.Buttons.Buttons[1].ID), customer)
	h.expect(h.tap(customer, m.Buttons.Buttons[0].ID), customer, "No withdrawal is waiting")
	if len(f.sent) != 1 {
		t.Fatalf("%d withdrawals after No, want 1", len(f.sent))
	}
	h.expect(h.text(customer, "withdraw 20 USDC to "+dest), customer, "at most 12.50 USDC")
}

func TestWalletNoticesSayAmountBalanceChainAndLink(t *testing.T) {
	t.Parallel()
	usdc := testAssets["USDC"]
	net := &souq.Network{Name: "Base", ChainID: 8453}
	for _, tt := range []struct {
		n    souq.Notice
		want []string
	}{
		{souq.Notice{Kind: souq.NoticeDeposit, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(3_000_000)}, Seller: souq.Money{Asset: usdc, Amount: big.NewInt(5_000_000)}},
			[]string{"Received 3.00 USDC", "Balance: 5.00 USDC"}},
		{souq.Notice{Kind: souq.NoticeDeposit, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(3_000_000)}, Seller: souq.Money{Asset: usdc, Amount: big.NewInt(5_000_000)}, Text: "3f2a1b0c"},
			[]string{"Received 3.00 USDC", "order 3f2a1b0c is going through now"}},
		{souq.Notice{Kind: souq.NoticeWithdrawn, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}, Address: "0xabc", TxHash: "0xdead", TxURL: "https://basescan.org/tx/0xdead"},
			[]string{"1.00 USDC left your souq wallet for 0xabc", "https://basescan.org/tx/0xdead"}},
		{souq.Notice{Kind: souq.NoticeWithdrawFailed, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}, Address: "0xabc", Text: "ERC20InsufficientBalance"},
			[]string{"did not go through: ERC20InsufficientBalance", "still in your souq wallet"}},
		{souq.Notice{Kind: souq.NoticePaymentShortfall, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(600_000)}, Address: walletAddr, Network: net,
			Order: &souq.OrderView{ID: souq.OrderID{0x3f}, Viewer: souq.RoleCustomer, Total: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}}},
			[]string{"short 0.60 USDC", "Send 0.60 USDC on Base (chain id 8453) to " + walletAddr}},
	} {
		m, err := renderNotice(English, tt.n)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(body(m), w) {
				t.Errorf("%s: %q lacks %q", tt.n.Kind, body(m), w)
			}
		}
	}
}
