package bot

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// The notices about work that cannot go on as asked say what happened and what to do, and never
// suggest trying again when it cannot work.
func TestRenderFailureNotices(t *testing.T) {
	t.Parallel()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	order := &souq.OrderView{ID: souq.OrderID{0xab, 0xcd}, Viewer: souq.RoleCustomer, Status: souq.StatusPaying,
		Total: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}}
	offered := *order
	offered.Status = souq.StatusOffered // a failed payment puts the offer back
	until := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name    string
		n       souq.Notice
		want    []string
		notWant []string
		buttons bool
	}{
		{"shortfall", souq.Notice{Kind: souq.NoticePaymentShortfall, Order: order, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(600_000)},
			Address: "0x00000000000000000000000000000000000000b1", Until: until},
			[]string{"0.6", "USDC", "0x00000000000000000000000000000000000000b1", "2026-03-02 12:00 UTC"}, nil, false},
		{"waiting", souq.Notice{Kind: souq.NoticePaymentWaiting, Order: order, Until: until}, []string{"waiting", "2026-03-02 12:00 UTC"}, nil, false},
		{"failed, can retry", souq.Notice{Kind: souq.NoticePaymentFailed, Order: &offered, Retry: true}, []string{"try again"}, nil, true},
		{"failed for good", souq.Notice{Kind: souq.NoticePaymentFailed, Order: &offered, Text: "not enough funds"},
			[]string{"not enough funds"}, []string{"try again"}, false},
		{"delivery failed", souq.Notice{Kind: souq.NoticeDeliveryFailed, Order: order, Text: "WrongStatus"}, []string{"WrongStatus", "not recorded"}, nil, false},
		{"action failed", souq.Notice{Kind: souq.NoticeActionFailed, Order: order, Text: "WrongStatus"}, []string{"WrongStatus", "alerted"}, nil, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for _, l := range Langs {
				m, err := renderNotice(l, tt.n)
				if err != nil {
					t.Fatalf("%s: %v", l, err)
				}
				if body := bodyOf(m); strings.Contains(body, "{") {
					t.Errorf("%s: unfilled placeholder in %q", l, body)
				}
			}
			m, err := renderNotice(English, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			body := bodyOf(m)
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("%q lacks %q", body, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(body, w) {
					t.Errorf("%q says %q", body, w)
				}
			}
			if (m.Buttons != nil) != tt.buttons {
				t.Errorf("buttons %+v, want %v", m.Buttons, tt.buttons)
			}
		})
	}
}

// Issue 12 finding 12: a released order's notice carries its transaction's link, in the reader's
// language.
func TestReleasedNoticeLinksTransaction(t *testing.T) {
	t.Parallel()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	order := &souq.OrderView{ID: souq.OrderID{0xab, 0xcd}, Viewer: souq.RoleCustomer, Status: souq.StatusReleased,
		Total: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(1_000_000)}}
	const link = "http://127.0.0.1:8080/tx/0x" + "ab12000000000000000000000000000000000000000000000000000000000000"
	for _, tt := range []struct {
		lang  Lang
		label string
	}{
		{English, "Transaction: "},
		{Portuguese, "Transação: "},
		{Arabic, "المعاملة: "}, // the link is isolated (FSI…PDI) in right-to-left text
	} {
		m, err := renderNotice(tt.lang, souq.Notice{Kind: souq.NoticeReleased, Order: order, TxURL: link})
		if err != nil {
			t.Fatal(err)
		}
		if body := bodyOf(m); !strings.Contains(body, tt.label) || !strings.Contains(body, link) {
			t.Errorf("%s: %q lacks %q and the link", tt.lang, body, tt.label)
		}
	}
	m, err := renderNotice(English, souq.Notice{Kind: souq.NoticeReleased, Order: order})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(bodyOf(m), "Transaction:") {
		t.Errorf("no transaction, yet a link line: %q", bodyOf(m))
	}
}

// A refusal of the escrow reaches people in their words, not as the contract's error with its
// fields (the long soak showed "EscrowInspectionOver{ReleasableAt: 1797081350}" to a customer).
func TestRefusalsInWords(t *testing.T) {
	t.Parallel()
	usdc := testAssets["USDC"]
	v := &souq.OrderView{ID: souq.OrderID{7}, Viewer: souq.RoleCustomer, Items: []souq.Item{{Name: "tea", Quantity: 1}},
		Total: souq.Money{Asset: usdc, Amount: big.NewInt(5_000_000)}}
	for _, tt := range []struct {
		l      Lang
		reason string
		want   string
	}{
		{English, "EscrowInspectionOver{ReleasableAt: 1797081350}", "the inspection window had already ended"},
		{Portuguese, "EscrowInspectionOver{ReleasableAt: 1797081350}", "o prazo de inspeção já tinha acabado"},
		{Italian, "EscrowWrongStatus{OrderId: [1 2], Status: 4}", "l'ordine era già andato avanti"},
		{Arabic, "ArbiterDeadlinePassed", "مهلة المحكّم"},
	} {
		m, err := renderNotice(tt.l, souq.Notice{Kind: souq.NoticeActionFailed, Order: v, Text: tt.reason})
		if err != nil {
			t.Fatal(err)
		}
		if b := bodyOf(m); !strings.Contains(b, tt.want) || strings.Contains(b, "{") || strings.Contains(b, "ReleasableAt") {
			t.Errorf("%s %q: %q", tt.l, tt.reason, b)
		}
	}
	// An unknown reason is passed on as it came.
	m, _ := renderNotice(English, souq.Notice{Kind: souq.NoticeActionFailed, Order: v, Text: "relayer out of funds"})
	if !strings.Contains(bodyOf(m), "relayer out of funds") {
		t.Errorf("unknown reason: %q", bodyOf(m))
	}
}
