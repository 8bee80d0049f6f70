package bot

import (
	"context"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// These tests use only the APIs that existed before issue 12, so they run against the old code
// too (where they fail): see the report.

// ticketOf is the ticket id the bot named in its reply (the service picks it).
func ticketOf(t *testing.T, out []whatsapp.Outgoing) string {
	t.Helper()
	for _, m := range out {
		if id := ticketRE.FindString(body(m)); id != "" {
			return id
		}
	}
	t.Fatalf("no ticket named in %v", out)
	return ""
}

var ticketRE = regexp.MustCompile(`\bT[0-9A-F]{8}\b`)

// Finding 7: STOP works while a person has the chat, and the service's hand-back notice (how the
// arbiter's hand-back reaches the bot) returns the chat to the bot.
func TestFinding7StopAndHandBackNotice(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	h.text(customer, "yes")
	id := ticketOf(t, h.text(customer, "agent"))
	h.expect(h.text(customer, "STOP"), customer, id)
	if err := h.bot.Notify(ctx, souq.Notice{To: customer, Kind: souq.NoticeHandBack, Key: "n/ticket/" + id + "/hand_back"}); err != nil {
		t.Fatal(err)
	}
	h.expect(h.newSent(), customer, "You're back")
	h.expect(h.text(customer, "points"), customer, "You have 0 points")
}

// Finding 8: the customer's copy of a dispute carries no merchant instructions; a merchant whose
// customer sent STOP is told so, without the customer's YES button.
func TestFinding8RightPerson(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	h.text(customer, "hi")
	v := souq.OrderView{ID: souq.OrderID{1, 2, 3, 4}, Viewer: souq.RoleCustomer, Status: souq.StatusDisputed, Merchant: "Café Lua",
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: souq.Money{Asset: testAssets["USDC"], Amount: big.NewInt(5_000_000)}}
	if err := h.bot.Notify(ctx, souq.Notice{To: customer, Kind: souq.NoticeDisputeOpened, Order: &v, Text: "never came", Key: "d"}); err != nil {
		t.Fatal(err)
	}
	m := to(h.newSent(), customer)
	if len(m) != 1 || strings.Contains(body(m[0]), "Accept to refund") || strings.Contains(body(m[0]), "reply ") {
		t.Fatalf("customer's dispute notice: %v", m)
	}
	// The customer sends STOP; the service refuses the merchant's offer (ErrNotOptedIn).
	h.text(merchant, "register "+payout)
	h.text(customer, "stop")
	h.newSent()
	got := to(h.text(merchant, "sell 1 tea 5 USDC to +16505551234"), merchant)
	if len(got) != 1 || got[0].Buttons != nil || !strings.Contains(body(got[0]), "+16505551234") {
		t.Fatalf("merchant told %+v", got)
	}
}
