package bot

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// These tests use only the APIs that existed before issue 12, so they run against the old code
// too (where they fail): see the report.

// stopSales answers a merchant's offer as the service does once the customer sent STOP.
type stopSales struct{ souq.Sales }

func (stopSales) Offer(context.Context, souq.OfferRequest) (souq.OfferResult, error) {
	return souq.OfferResult{}, fmt.Errorf("customer sent STOP: %w", souq.ErrNotOptedIn)
}

// Finding 7: STOP works while a person has the chat, and the service's hand-back notice (how the
// arbiter's hand-back reaches the bot) returns the chat to the bot.
func TestFinding7StopAndHandBackNotice(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	h.text(customer, "yes")
	h.text(customer, "agent")
	h.expect(h.text(customer, "STOP"), customer, "T1")
	if err := h.bot.Notify(ctx, souq.Notice{To: customer, Kind: souq.NoticeHandBack, Key: "n/ticket/T1/hand_back"}); err != nil {
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
	b := New(stopSales{h.sales}, h.msgr, h.db, Options{Assets: testAssets, Log: h.bot.log, Now: func() time.Time { return h.now }})
	msg := whatsapp.Message{ID: "wamid.sell", From: merchant, Type: whatsapp.TypeText, Text: "sell 1 tea 5 USDC to +16505551234", Timestamp: h.now}
	if err := b.Handle(ctx, whatsapp.Event{Kind: whatsapp.KindMessage, Message: &msg}); err != nil {
		t.Fatal(err)
	}
	got := to(h.newSent(), merchant)
	if len(got) != 1 || got[0].Buttons != nil || !strings.Contains(body(got[0]), "+16505551234") {
		t.Fatalf("merchant told %+v", got)
	}
}
