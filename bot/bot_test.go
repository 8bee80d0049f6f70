package bot

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

const (
	merchant = "5511988887777" // Brazil: Portuguese
	customer = "16505551234"   // US: English
	courier  = "393331234567"  // Italy: Italian
	stranger = "447700900123"
	payout   = "0x1111111111111111111111111111111111111111"
)

// fakeMsgr records what the bot sends.
type fakeMsgr struct {
	mu     sync.Mutex
	sent   []whatsapp.Outgoing
	reads  []string
	media  map[string][]byte
	failTo map[string]error
}

func (m *fakeMsgr) Send(_ context.Context, o whatsapp.Outgoing) (string, error) {
	if err := o.Validate(); err != nil {
		return "", err // the real client refuses these too: a test must see it
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if err := m.failTo[o.To]; err != nil {
		return "", err
	}
	m.sent = append(m.sent, o)
	return fmt.Sprintf("wamid.out%d", len(m.sent)), nil
}

func (m *fakeMsgr) MarkRead(_ context.Context, id string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.reads = append(m.reads, id)
	return nil
}

func (m *fakeMsgr) DownloadMedia(_ context.Context, id string) (whatsapp.DownloadedMedia, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.media[id]
	if !ok {
		return whatsapp.DownloadedMedia{}, errors.New("media not found")
	}
	return whatsapp.DownloadedMedia{Bytes: b, MimeType: "image/jpeg", SHA256: sha256.Sum256(b)}, nil
}

// harness is the bot in front of the real sale service (souqtest: a temporary store, fakes only
// at the chain, ledger and wallet edges), speaking through a recording Graph API.
type harness struct {
	t    *testing.T
	bot  *Bot
	sale *souqtest.Sale
	msgr *fakeMsgr
	db   *store.DB
	n    int
	mark int
}

func newHarness(t *testing.T, configure ...func(*souq.Config)) *harness {
	t.Helper()
	h := &harness{t: t, msgr: &fakeMsgr{media: map[string][]byte{}}}
	log := logrus.New()
	log.SetOutput(io.Discard)
	opts := Options{Assets: testAssets, Log: log, Now: func() time.Time { return h.now() }}
	h.sale = souqtest.New(t, souqtest.Options{
		Start: time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC),
		// The service speaks through the bot's notices, built first on the same store.
		Notifier: func(db *store.DB) souq.Notifier { return NewNotices(h.msgr, db, opts) },
		Configure: func(c *souq.Config) {
			for _, f := range configure {
				f(c)
			}
		},
	})
	h.db = h.sale.DB
	h.bot = New(h.sale.Service, h.msgr, h.db, opts)
	return h
}

// now is the service's wall clock, which the bot shares.
func (h *harness) now() time.Time { return h.sale.Clock.Now() }

func (h *harness) deliver(from string, m whatsapp.Message) []whatsapp.Outgoing {
	h.t.Helper()
	h.n++
	m.ID, m.From, m.Timestamp = fmt.Sprintf("wamid.in%d", h.n), from, h.now()
	if err := h.bot.Handle(context.Background(), whatsapp.Event{Kind: whatsapp.KindMessage, Message: &m}); err != nil {
		h.t.Fatalf("Handle: %v", err)
	}
	h.sale.Settle() // the service's workers and the chain, between two messages
	return h.newSent()
}

func (h *harness) newSent() []whatsapp.Outgoing {
	h.msgr.mu.Lock()
	defer h.msgr.mu.Unlock()
	out := h.msgr.sent[h.mark:]
	h.mark = len(h.msgr.sent)
	return out
}

func (h *harness) text(from, body string) []whatsapp.Outgoing {
	return h.deliver(from, whatsapp.Message{Type: whatsapp.TypeText, Text: body})
}

func (h *harness) tap(from, id string) []whatsapp.Outgoing {
	return h.deliver(from, whatsapp.Message{Type: whatsapp.TypeInteractive, Reply: &whatsapp.Reply{Kind: whatsapp.ReplyButton, ID: id, Title: "x"}})
}

func body(m whatsapp.Outgoing) string {
	switch {
	case m.Text != nil:
		return m.Text.Body
	case m.Buttons != nil:
		return m.Buttons.Body
	case m.List != nil:
		return m.List.Body
	case m.CTA != nil:
		return m.CTA.Body
	case m.LocationRequest != nil:
		return m.LocationRequest.Body
	case m.Template != nil:
		return "template:" + m.Template.Name + ":" + strings.Join(m.Template.BodyParams, "|")
	}
	return ""
}

// to returns the messages sent to one user.
func to(ms []whatsapp.Outgoing, user string) []whatsapp.Outgoing {
	var out []whatsapp.Outgoing
	for _, m := range ms {
		if m.To == user {
			out = append(out, m)
		}
	}
	return out
}

func (h *harness) expect(ms []whatsapp.Outgoing, user string, want ...string) whatsapp.Outgoing {
	h.t.Helper()
	got := to(ms, user)
	for _, m := range got {
		b := body(m)
		ok := true
		for _, w := range want {
			if !strings.Contains(b, w) {
				ok = false
			}
		}
		if ok {
			return m
		}
	}
	var bodies []string
	for _, m := range ms {
		bodies = append(bodies, m.To+": "+body(m))
	}
	h.t.Fatalf("no message to %s containing %q; sent:\n%s", user, want, strings.Join(bodies, "\n"))
	return whatsapp.Outgoing{}
}

func buttonIDs(m whatsapp.Outgoing) []string {
	var ids []string
	if m.Buttons != nil {
		for _, b := range m.Buttons.Buttons {
			ids = append(ids, b.ID)
		}
	}
	return ids
}

func TestSaleEndToEnd(t *testing.T) {
	t.Parallel()
	h := newHarness(t)

	// Merchant registers (Portuguese from +55) and sets a loyalty rule.
	h.expect(h.text(merchant, "cadastrar "+payout), merchant, "Cadastro de lojista feito", payout)
	h.expect(h.text(merchant, "fidelidade 1 por 10 USDC"), merchant, "1 ponto a cada 10,00 USDC")

	// An offer to a customer who has not opted in waits, and the customer is asked.
	out := h.text(merchant, "vender 2 café 30 USDC para +1 650 555 1234")
	h.expect(out, merchant, "aguardando", "2× café", "30,00 USDC")
	// The customer never wrote to us: their window is closed, so the request is the opt-in template.
	ask := h.expect(out, customer, "template:souq_optin")
	if q := ask.Template.QuickReplies; len(q) != 1 || q[0] != "optin:" || ask.Template.Language != "en_US" {
		t.Fatalf("opt-in template %+v", ask.Template)
	}

	// Tap 0: the template's YES. The waiting offer arrives with Pay / Decline.
	out = h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeButton, Reply: &whatsapp.Reply{Kind: whatsapp.ReplyTemplateButton, ID: "optin:", Title: "YES"}})
	h.expect(out, customer, "You're in")
	offer := h.expect(out, customer, "offers you 2× café.\nYou pay: 30.00 USDC\n")
	ids := buttonIDs(offer)
	if len(ids) != 2 || !strings.HasPrefix(ids[0], "pay:") || !strings.HasPrefix(ids[1], "decline:") {
		t.Fatalf("offer buttons %v", ids)
	}
	orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 1)
	short := orders[0].ID.Short()

	// Tap 1: Pay. Custodial payment confirms; both sides hear about it.
	out = h.tap(customer, ids[0])
	h.expect(out, customer, "sent from your souq wallet")
	h.expect(out, customer, "Payment confirmed")
	paid := h.expect(out, merchant, "foi pago", short)
	if ids := buttonIDs(paid); len(ids) != 2 || !strings.HasPrefix(ids[0], "shipped:") {
		t.Fatalf("merchant paid buttons %v", ids)
	}

	// Merchant taps Mark shipped; customer is told.
	out = h.tap(merchant, buttonIDs(paid)[0])
	h.expect(out, merchant, "marcado como enviado")
	h.expect(out, customer, "has shipped")

	// A stranger who read the order's short reference sends a photo captioned with it: refused in
	// their language, nothing recorded, the photo not kept.
	h.msgr.media["media-x"] = []byte("\xff\xd8 someone else's photo")
	h.expect(h.deliver(stranger, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "media-x", Caption: short}}),
		stranger, "Only the courier the merchant assigned to order", short, "Nothing was recorded")
	if _, _, ok, _ := h.db.Media(context.Background(), sha256.Sum256([]byte("\xff\xd8 someone else's photo"))); ok || h.sale.Escrow.Count("deliver") != 0 {
		t.Fatal("a stranger's photo was kept or recorded")
	}

	// The merchant names its courier and gives it the order; the courier is told, in Italian.
	h.expect(h.text(merchant, "atribuir "+short+" +39 333 123 4567"), merchant, "ainda não é um dos seus entregadores", "entregador adicionar +393331234567")
	h.expect(h.text(merchant, "entregador adicionar +39 333 123 4567"), merchant, "agora é um dos seus entregadores", "+393331234567")
	out = h.text(merchant, "atribuir "+short+" +39 333 123 4567")
	h.expect(out, merchant, "atribuído a +393331234567")
	h.expect(out, courier, "ti ha chiesto di consegnare l'ordine", short)

	// Courier (Italian): deliver, location, photo. The photo's sha256 is the proof.
	h.msgr.media["media-1"] = []byte("\xff\xd8 delivery photo")
	// The merchant hands the courier the full order id (a short one works for participants only).
	req := h.expect(h.text(courier, "consegna "+orders[0].ID.String()), courier, "Manda la foto")
	if req.LocationRequest == nil {
		t.Fatal("deliver did not ask for a location")
	}
	h.expect(h.deliver(courier, whatsapp.Message{Type: whatsapp.TypeLocation, Location: &whatsapp.Location{Latitude: "-23.55", Longitude: "-46.63"}}), courier, "Posizione salvata")
	out = h.deliver(courier, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "media-1"}})
	sum := sha256.Sum256([]byte("\xff\xd8 delivery photo"))
	h.expect(out, courier, "Prova di consegna", fmt.Sprintf("%x", sum[:4]))
	delivered := h.expect(out, customer, "was delivered")
	proof := h.sale.Order(orders[0].ID).Delivery
	if proof == nil || proof.PhotoSHA256 != sum || proof.Location == nil || proof.Location.Latitude != "-23.55" || proof.Courier != courier {
		t.Fatalf("delivery proof %+v", proof)
	}
	if b, _, ok, _ := h.db.Media(context.Background(), sum); !ok || string(b) != "\xff\xd8 delivery photo" {
		t.Fatal("photo not kept in the store")
	}

	// Customer taps Received: released, merchant paid, points earned (30 USDC / 10 = 3).
	out = h.tap(customer, buttonIDs(delivered)[0])
	h.expect(out, customer, "is complete and the seller gets paid")
	h.expect(out, merchant, "Você recebeu 30,00 USDC")
	h.expect(out, customer, "You earned 3 points")
	h.expect(h.text(customer, "points"), customer, "You have 3 points")
	// The rule's point value (10 USDC earns 1, so a point is worth 1 USDC): the answer says the burn
	// is under way, and the ledger closing it is told next.
	out = h.text(customer, "redeem 2")
	h.expect(out, customer, "Redeeming 2 points for 2.00 USDC off", "Balance: 1 point.")
	h.expect(out, customer, "Points burned (2 points): 2.00 USDC off")
	h.expect(h.text(customer, "receipt "+short), customer, "Receipt for order "+short, "complete", "https://explorer.invalid/tx/")

	// History is a tappable list.
	hist := to(h.text(customer, "orders"), customer)
	if len(hist) != 1 || hist[0].List == nil || !strings.HasPrefix(hist[0].List.Sections[0].Rows[0].ID, "status:") ||
		!strings.Contains(hist[0].List.Sections[0].Rows[0].Title, short) {
		t.Fatalf("history %+v", hist)
	}
	// Every inbound message was marked read.
	if len(h.msgr.reads) != h.n {
		t.Fatalf("%d reads for %d messages", len(h.msgr.reads), h.n)
	}
}

// setupPaid registers the merchant, opts the customer in and pays an offer; returns the short id.
func (h *harness) setupPaid() string {
	h.t.Helper()
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 1)
	h.tap(customer, "pay:"+string(orders[0].ID.Ref()))
	h.newSent()
	return orders[0].ID.Short()
}

func TestHelpfulFailures(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid()
	tests := []struct {
		from, text string
		want       []string
	}{
		{customer, "what is this", []string{"didn't understand", "what is this"}},
		{merchant, "vender 2 café 30,5,0 USDC para +16505551234", []string{"Não consegui ler o valor", "30,50 USDC"}},
		{merchant, "vender 2 café 30 EUR para +16505551234", []string{"O souq não guarda EUR (EUR)", "ETH, USDC"}},
		{merchant, "vender 2 café 30 XYZ para +16505551234", []string{"Não conheço a moeda", "XYZ", "ETH, USDC"}},
		{merchant, "vender 2 café 3.1234567 USDC para +16505551234", []string{"casas decimais demais"}},
		{merchant, "vender café", []string{"Escreva assim: vender 2 café 30 USDC para"}},
		{merchant, "vender 2 café 30 USDC para amanhã", []string{"não é um número de telefone"}},
		{customer, "pay", []string{"Write it like this: pay <order>"}},
		{customer, "status 12", []string{"isn't an order number"}},
		{customer, "redeem 1000", []string{"don't have enough points"}},
		{customer, "redeem x", []string{"isn't a whole number"}},
		{courier, "register 0x12", []string{"indirizzo di incasso non è valido"}},
		{courier, "loyalty stamps 5 USDC", []string{"Prima registrati come negozio"}},
		// Someone else's order: not found, and nothing about it revealed.
		{stranger, "status " + short, []string{"couldn't find order " + short}},
		{stranger, "refund " + short, []string{"couldn't find order " + short}},
		// The wrong role, and the wrong state (with the state named).
		{customer, "shipped " + short, []string{"can't do that on order " + short}},
		{customer, "pay " + short, []string{"Order " + short + " is paid (in escrow)"}},
		{customer, "decline " + short, []string{"is paid (in escrow): that isn't possible now"}},
	}
	for _, tt := range tests {
		out := h.text(tt.from, tt.text)
		m := h.expect(out, tt.from, tt.want...)
		if tt.from == stranger && strings.Contains(body(m), "tea") {
			t.Errorf("%q revealed the order: %s", tt.text, body(m))
		}
		if len(to(out, merchant)) > 0 && tt.from != merchant || len(to(out, customer)) > 0 && tt.from != customer {
			t.Errorf("%q from %s notified someone else: %v", tt.text, tt.from, out)
		}
	}
}

func TestOptInGating(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	welcome := h.expect(h.text(customer, "hi"), customer, "Reply YES")
	if ids := buttonIDs(welcome); len(ids) != 1 || ids[0] != "optin:" {
		t.Fatalf("welcome buttons %v", ids)
	}
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 1)
	h.expect(h.text(customer, "stop"), customer, "won't get offers")
	// After STOP, no payment: the customer is asked to opt in again.
	out := h.tap(customer, "pay:"+string(orders[0].ID.Ref()))
	m := h.expect(out, customer, "First reply YES")
	if ids := buttonIDs(m); len(ids) != 1 || ids[0] != "optin:" {
		t.Fatalf("buttons %v", ids)
	}
	if o, _ := h.sale.Service.Status(context.Background(), souq.Actor{User: customer}, orders[0].ID.Ref()); o.Status != souq.StatusOffered {
		t.Fatalf("paid after STOP: %s", o.Status)
	}
}

func TestLanguages(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.expect(h.text("5511912345678", "xyz"), "5511912345678", "Desculpe, não entendi")
	h.expect(h.text("393331234567", "xyz"), "393331234567", "Scusa, non ho capito")
	ar := h.expect(h.text("971501234567", "xyz"), "971501234567", "عذراً")
	if !strings.HasPrefix(body(ar), "\u200f") || !strings.Contains(body(ar), "\u2068xyz\u2069") {
		t.Fatalf("Arabic reply not marked RTL: %q", body(ar))
	}
	if b := ar.Buttons.Buttons[0].Title; b != "القائمة" {
		t.Fatalf("Arabic menu button %q", b)
	}
	// The user changes language, and it sticks.
	h.expect(h.text(customer, "lang ar"), customer, "العربية")
	h.expect(h.text(customer, "points"), customer, "لديك \u20680 نقطة\u2069")
	h.expect(h.text(customer, "lang pt"), customer, "português")
	h.expect(h.text(customer, "points"), customer, "Você tem 0 pontos")
	// "lang" alone offers a picker, and a tap on it works.
	pick := to(h.text(customer, "lang"), customer)[0]
	if pick.List == nil || len(pick.List.Sections[0].Rows) != 4 {
		t.Fatalf("picker %+v", pick)
	}
	h.expect(h.tap(customer, pick.List.Sections[0].Rows[3].ID), customer, "Lingua impostata")
}

func TestEveryCommandByTaps(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.text(customer, "yes")
	menu := to(h.text(customer, "help"), customer)
	var list *whatsapp.List
	for _, m := range menu {
		if m.List != nil {
			list = m.List
		}
	}
	if list == nil {
		t.Fatal("help has no menu")
	}
	// A customer's menu (the merchant's and courier's rows: TestMenusFollowRoles).
	want := map[string]string{"orders:": "no orders yet", "points:": "You have 0 points", "lang:": "Choose your language"}
	for _, r := range list.Sections[0].Rows {
		if w, ok := want[r.ID]; ok {
			h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeInteractive, Reply: &whatsapp.Reply{Kind: whatsapp.ReplyList, ID: r.ID, Title: r.Title}}), customer, w)
			delete(want, r.ID)
		}
	}
	if len(want) > 0 {
		t.Fatalf("menu lacks %v", want)
	}
	// A template quick-reply (different payload shape) works the same.
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeButton, Reply: &whatsapp.Reply{Kind: whatsapp.ReplyTemplateButton, ID: "optin:", Title: "YES"}}), customer, "You're in")
	// A foreign payload falls back to the title.
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeButton, Reply: &whatsapp.Reply{Kind: whatsapp.ReplyTemplateButton, ID: "legacy-123", Title: "Stop"}}), customer, "won't get offers")
}

func TestDisputeWithReasonAndPhoto(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid()
	// Tap Dispute without a reason: the bot asks, the next text is the reason.
	h.expect(h.text(customer, "dispute "+short), customer, "What went wrong")
	out := h.text(customer, "the cup arrived broken")
	h.expect(out, customer, "Dispute opened")
	h.expect(out, merchant, "the cup arrived broken", "aceite para reembolsar"[1:])
	h.msgr.media["ev-1"] = []byte("broken cup photo")
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "ev-1"}}), customer, "Photo added")
	orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 1)
	if ev := h.sale.Order(orders[0].ID).Dispute.Evidence; len(ev) != 1 || ev[0] != sha256.Sum256([]byte("broken cup photo")) {
		t.Fatalf("evidence %v", ev)
	}
	// Merchant accepts: customer refunded.
	out = h.text(merchant, "aceitar "+short)
	h.expect(out, merchant, "aceitou a disputa")
	h.expect(out, customer, "5.00 USDC refunded")
}

// Finding 7: the ticket is told, STOP works while paused, offers are held until the hand-back,
// and the hand-back (the service's notice, as in production) really returns the chat to the bot.
func TestAgentTakeover(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx := context.Background()
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	out := h.text(customer, "agent my order is late")
	id := ticketOf(t, out)
	h.expect(out, customer, "Ticket "+id+" is open", "a person from our team")
	if tk := h.sale.Ticket(id); tk.User != customer || !strings.Contains(tk.Reason, "my order is late") || !tk.ClosedAt.IsZero() {
		t.Fatalf("ticket %+v", tk)
	}
	for _, s := range []string{"hello?", "help", "points"} {
		if out := h.text(customer, s); len(out) != 0 {
			t.Fatalf("bot spoke during takeover: %v", out)
		}
	}
	// A merchant's offer is held while a person has the chat.
	out = h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	if len(to(out, customer)) != 0 {
		t.Fatalf("offer reached a paused chat: %v", out)
	}
	// The agent sees the conversation and the order, and answers as a person.
	tickets, err := h.bot.OpenTickets(ctx)
	if err != nil || len(tickets) != 1 || tickets[0].ID != id || len(tickets[0].Orders) != 1 || len(tickets[0].Messages) != 3 ||
		tickets[0].Messages[1].Text != "help" || !tickets[0].InWindow {
		t.Fatalf("tickets %+v %v", tickets, err)
	}
	if _, err := h.bot.AgentReply(ctx, id, "Rana", "Your parcel left today."); err != nil {
		t.Fatal(err)
	}
	h.expect(h.newSent(), customer, "Rana (souq support, ticket "+id+"): Your parcel left today.")
	// Hand back through the service's path; the held offer follows, and the bot answers again.
	if err := h.sale.Service.HandBack(ctx, id); err != nil {
		t.Fatal(err)
	}
	h.sale.Settle()
	if tk := h.sale.Ticket(id); tk.ClosedAt.IsZero() {
		t.Fatalf("ticket not closed: %+v", tk)
	}
	out = h.newSent()
	h.expect(out, customer, "You're back")
	h.expect(out, customer, "1× tea")
	if tickets, _ := h.bot.OpenTickets(ctx); len(tickets) != 0 {
		t.Fatalf("ticket still listed: %+v", tickets)
	}
	h.expect(h.text(customer, "points"), customer, "You have 0 points")
	// The pause is cleared in the stored state: a new bot on the same store (a restart) answers.
	b2 := New(h.sale.Service, h.msgr, h.db, Options{Assets: testAssets, Log: h.bot.log, Now: func() time.Time { return h.now() }})
	if err := b2.Handle(ctx, whatsapp.Event{Kind: whatsapp.KindMessage, Message: &whatsapp.Message{ID: "wamid.r1", From: customer, Type: whatsapp.TypeText, Text: "points", Timestamp: h.now()}}); err != nil {
		t.Fatal(err)
	}
	h.expect(h.newSent(), customer, "You have 0 points")
}

// Finding 7: STOP works while a person has the chat, and drops the held offers.
func TestAgentStopAlwaysWorks(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.text(merchant, "register "+payout)
	h.text(customer, "yes")
	id := ticketOf(t, h.text(customer, "agent"))
	h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	h.expect(h.text(customer, "STOP"), customer, "won't receive offers", id)
	out := h.text(merchant, "sell 1 cup 5 USDC to +16505551234")
	h.expect(out, merchant, "ainda não aceitou receber ofertas")
	if err := h.sale.Service.HandBack(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	h.sale.Settle()
	out = h.newSent()
	h.expect(out, customer, "You're back")
	if len(to(out, customer)) != 1 {
		t.Fatalf("held offer delivered after STOP: %v", out)
	}
}

// Finding 8: each side gets its own words.
func TestMessagesReachTheRightPerson(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid()
	h.text(merchant, "shipped "+short)
	out := h.text(customer, "dispute "+short+" it never came")
	h.expect(out, merchant, "aceite para reembolsar"[1:])
	// The service tells both sides of a dispute (notifyBoth): the customer's copy is theirs.
	orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 1)
	v := orders[0]
	if err := h.bot.Notify(context.Background(), souq.Notice{To: customer, Kind: souq.NoticeDisputeOpened, Order: &v, Text: "it never came", Key: "d1"}); err != nil {
		t.Fatal(err)
	}
	if m := h.expect(h.newSent(), customer, "Your dispute on order", "it never came"); strings.Contains(body(m), "Accept to refund") || strings.Contains(body(m), "reply ") {
		t.Fatalf("customer got the merchant's instructions: %q", body(m))
	}
	// A merchant selling to a customer who sent STOP is told so, with no YES button.
	h.text(customer, "stop")
	out = h.text(merchant, "sell 1 tea 5 USDC to +16505551234")
	m := h.expect(out, merchant, "+16505551234")
	if m.Buttons != nil || strings.Contains(body(m), "responder SIM primeiro") {
		t.Fatalf("merchant got the customer's opt-in prompt: %+v", m)
	}
}

// Findings 2, 3, 5, 6: senders without a phone, number changes, carts without a catalog, reactions.
func TestMetaKinds(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid()
	// 6: reactions (also removed ones), stickers and other system messages draw no reply.
	for _, m := range []whatsapp.Message{
		{Type: whatsapp.TypeReaction, Reaction: &whatsapp.Reaction{MessageID: "wamid.x", Emoji: "👍"}},
		{Type: whatsapp.TypeReaction, Reaction: &whatsapp.Reaction{MessageID: "wamid.x"}},
		{Type: whatsapp.TypeSticker, Image: &whatsapp.Media{ID: "st1", MimeType: "image/webp"}},
		{Type: whatsapp.TypeSystem, System: &whatsapp.System{Type: "user_changed_user_id"}},
	} {
		if out := h.deliver(customer, m); len(out) != 0 {
			t.Fatalf("%s answered: %v", m.Type, out)
		}
	}
	// 2: no phone number, no reply attempted.
	for _, from := range []string{"abc", ""} {
		n := len(h.msgr.sent)
		h.n++
		m := whatsapp.Message{ID: fmt.Sprintf("wamid.np%d", h.n), From: from, UserID: "US.13491208655302741918", Type: whatsapp.TypeText, Text: "help", Timestamp: h.now()}
		if err := h.bot.Handle(context.Background(), whatsapp.Event{Kind: whatsapp.KindMessage, Message: &m}); err != nil {
			t.Fatal(err)
		}
		if len(h.msgr.sent) != n || len(h.msgr.reads) > h.n {
			t.Fatalf("answered a sender without a phone number %q", from)
		}
	}
	// 5: a cart with no catalog connected is answered helpfully, not "something went wrong".
	out := h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeOrder, Order: &whatsapp.Order{CatalogID: "1537", Items: []whatsapp.OrderItem{{RetailerID: "SKU-1", Quantity: 2, ItemPrice: "10", Currency: "USD"}}}})
	if m := h.expect(out, customer, "2× SKU-1", "nothing was charged"); strings.Contains(body(m), "went wrong") {
		t.Fatal(body(m))
	}
	// 3: the customer changed number: orders, opt-in and points follow; the new number is told.
	const newNum = "16505550000"
	h.sale.GivePoints(customer, merchant, 4)
	out = h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeSystem, System: &whatsapp.System{Type: whatsapp.SystemChangedNumber, NewWaID: newNum}})
	h.expect(out, newNum, "new number")
	if len(to(out, customer)) != 0 {
		t.Fatalf("old number answered: %v", out)
	}
	h.expect(h.text(newNum, "status "+short), newNum, short)
	h.expect(h.text(newNum, "points"), newNum, "You have 4 points")
}

func TestNoticesOutsideWindowUseTemplates(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid()
	// A day and more later, the merchant ships: the customer's window is closed.
	h.sale.Clock.Add(25 * time.Hour)
	out := h.text(merchant, "shipped "+short)
	m := to(out, customer)
	if len(m) != 1 || m[0].Template == nil || m[0].Template.Name != "souq_update" || m[0].Template.Language != "en_US" ||
		!strings.Contains(m[0].Template.BodyParams[0], "has shipped") {
		t.Fatalf("outside-window notice %+v", m)
	}
	// Inside the window it is free-form, and carries a template fallback for 131047.
	h.text(customer, "hi")
	h.newSent()
	if err := h.bot.Notify(context.Background(), souq.Notice{To: customer, Kind: souq.NoticePointsEarned, Points: 7, Key: "k1"}); err != nil {
		t.Fatal(err)
	}
	if err := h.bot.Notify(context.Background(), souq.Notice{To: customer, Kind: souq.NoticePointsEarned, Points: 7, Key: "k1"}); err != nil {
		t.Fatal(err)
	}
	sent := h.newSent()
	if len(sent) != 1 || sent[0].Text == nil || sent[0].Fallback == nil || !strings.Contains(sent[0].Text.Body, "7 points") {
		t.Fatalf("notice %+v (the same key twice must be sent once)", sent)
	}
	if err := h.bot.Notify(context.Background(), souq.Notice{To: customer, Kind: "bogus"}); err == nil {
		t.Fatal("unknown notice kind accepted")
	}
}

func TestUnsupportedAndStrayMedia(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.expect(h.deliver(customer, whatsapp.Message{Type: "video"}), customer, "text, taps, photos and locations")
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "x"}}), customer, "Which order is this photo for")
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeLocation, Location: &whatsapp.Location{Latitude: "1", Longitude: "2"}}), customer, "Which order is this location for")
	// A photo with the order in its caption, whose download fails: a retry is asked for.
	h.expect(h.deliver(courier, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "gone", Caption: "ordine 3f2a1b0c"}}), courier, "Non sono riuscito a scaricare")
}

func TestCatalogOrder(t *testing.T) {
	t.Parallel()
	cat := &souqtest.Catalog{}
	h := newHarness(t, func(c *souq.Config) { c.Catalog = cat })
	h.text(merchant, "register "+payout)
	cat.Add("194836987003835", merchant, map[string]souqtest.Product{
		"di9ozbzfi4": {Name: "Mug", Price: souq.Money{Asset: testAssets["USDC"], Amount: big.NewInt(7_990_000)}}})
	h.text(customer, "yes")
	out := h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeOrder, Order: &whatsapp.Order{CatalogID: "194836987003835",
		Items: []whatsapp.OrderItem{{RetailerID: "di9ozbzfi4", Quantity: 2, ItemPrice: "7.99", Currency: "USD"}}}})
	m := h.expect(out, customer, "2× Mug, 15.98 USDC", "waiting for payment")
	// A cart whose price is not the catalog's is refused, never charged at either price.
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeOrder, Order: &whatsapp.Order{CatalogID: "194836987003835",
		Items: []whatsapp.OrderItem{{RetailerID: "di9ozbzfi4", Quantity: 2, ItemPrice: "0.01", Currency: "USD"}}}}), customer, "isn't valid")
	if hist, _ := h.sale.Service.History(context.Background(), souq.Actor{User: customer}, 10); len(hist) != 1 || hist[0].Total.String() != "15.98 USDC" {
		t.Fatalf("orders %v", hist)
	}
	if ids := buttonIDs(m); len(ids) != 2 || !strings.HasPrefix(ids[0], "pay:") {
		t.Fatalf("cart order buttons %v", ids)
	}
	h.expect(h.deliver(customer, whatsapp.Message{Type: whatsapp.TypeOrder, Order: &whatsapp.Order{CatalogID: "nope",
		Items: []whatsapp.OrderItem{{RetailerID: "x", Quantity: 1}}}}), customer, "isn't valid")
}

func TestServiceFailureIsRecordedAndReplied(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.bot.sales = failingSales{h.sale.Service}
	m := whatsapp.Message{ID: "wamid.x", From: customer, Type: whatsapp.TypeText, Text: "points", Timestamp: h.now()}
	err := h.bot.Handle(context.Background(), whatsapp.Event{Kind: whatsapp.KindMessage, Message: &m})
	if !errors.Is(err, souq.ErrUnavailable) {
		t.Fatalf("Handle err = %v, want the service error for the inbox record", err)
	}
	h.expect(h.newSent(), customer, "went wrong on our side")
}

type failingSales struct{ souq.Sales }

func (failingSales) Points(context.Context, souq.Actor) (souq.PointsBalance, error) {
	return souq.PointsBalance{}, fmt.Errorf("loyalty: %w", souq.ErrUnavailable)
}

func TestStatusEventsRecorded(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	at := time.Unix(1750030074, 0)
	ev := whatsapp.Event{Kind: whatsapp.KindStatus, Status: &whatsapp.Status{ID: "wamid.out1", Status: "failed", Timestamp: at, RecipientID: customer,
		Errors: []whatsapp.APIError{{Code: 131047, Title: "Re-engagement message"}}}}
	if err := h.bot.Handle(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	s, ok, _ := h.db.Sent(context.Background(), "wamid.out1")
	if !ok || s.Status != "failed" || s.ErrorCode != 131047 {
		t.Fatalf("sent record %+v", s)
	}
}

// Loyalty replies tell only what is true: a redemption under way is not "redeemed"; a rule says
// which currency earns; a stamp card names its currency.
func TestLoyaltyRepliesSayTheCurrencyAndTheBurn(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	short := h.setupPaid() // 5 USDC
	h.expect(h.text(merchant, "fidelidade selos 3 USDC"), merchant, "compre 3, ganhe 1", "Só pedidos em USDC ganham pontos")
	h.expect(h.text(merchant, "fidelidade selos 3"), merchant, "fidelidade selos 5 USDC") // the usage line
	h.expect(h.text(merchant, "fidelidade 1 por 1 USDC"), merchant, "1 ponto a cada 1,00 USDC", "em USDC")
	h.text(merchant, "enviado "+short)
	h.expect(h.text(customer, "received "+short), customer, "You earned 5 points")
	h.sale.Loyalty.RedeemUnderway(true)
	h.expect(h.text(customer, "redeem 1"), customer, "Redeeming 1 point for", "in USDC", "at least 10%", "once the points are burned")
}

func TestLoyaltyNoticesInEveryLanguage(t *testing.T) {
	t.Parallel()
	usdc := souq.Asset{Symbol: "USDC", Decimals: 6}
	order := &souq.OrderView{Total: souq.Money{Asset: souq.Asset{Symbol: "ETH", Decimals: 18}, Amount: big.NewInt(2_000_000_000_000_000)}, Merchant: "Café"}
	tests := []struct {
		name   string
		n      souq.Notice
		viewer souq.Role
		want   map[Lang][]string
	}{
		{"no points, customer", souq.Notice{Kind: souq.NoticeNoPoints, Currency: "USDC", Order: order}, souq.RoleCustomer, map[Lang][]string{
			English: {"earned no points", "0.002 ETH", "orders in USDC only"}, Portuguese: {"não rendeu pontos", "USDC"},
			Italian: {"non ha fatto guadagnare punti", "USDC"}, Arabic: {"لم يكسب نقاطاً", "USDC"}}},
		{"no points, merchant", souq.Notice{Kind: souq.NoticeNoPoints, Currency: "USDC", Order: order}, souq.RoleMerchant, map[Lang][]string{
			English: {"earned the customer no points", "your loyalty rule"}, Portuguese: {"sua regra de fidelidade", "USDC"},
			Italian: {"la tua regola fedeltà", "USDC"}, Arabic: {"قاعدة الولاء لديك", "USDC"}}},
		{"burned", souq.Notice{Kind: souq.NoticePointsRedeemed, Points: 3, Currency: "USDC", Amount: souq.Money{Asset: usdc, Amount: big.NewInt(3_000_000)}}, "", map[Lang][]string{
			English: {"(3 points)", "3.00 USDC off"}, Portuguese: {"queimados (3 pontos)", "3,00 USDC"}, Italian: {"bruciati (3 punti)", "3,00 USDC"}, Arabic: {"حرق", "3.00 USDC"}}},
		{"stamp card burned", souq.Notice{Kind: souq.NoticePointsRedeemed, Points: 1, Currency: "USDC", Amount: souq.Money{}}, "", map[Lang][]string{
			English: {"90% off your next order in USDC"}, Portuguese: {"90%"}, Italian: {"90%"}, Arabic: {"90%"}}},
		{"burn failed", souq.Notice{Kind: souq.NoticeRedeemFailed, Points: 4}, "", map[Lang][]string{
			English: {"4 points could not be completed", "unchanged"}, Portuguese: {"4 pontos", "continuam"}, Italian: {"4 punti", "invariati"}, Arabic: {"4", "كما هي"}}},
	}
	for _, tt := range tests {
		n := tt.n
		if n.Order != nil {
			v := *n.Order
			v.Viewer = tt.viewer
			n.Order = &v
		}
		for _, l := range Langs {
			m, err := renderNotice(l, n)
			if err != nil {
				t.Fatalf("%s %s: %v", tt.name, l, err)
			}
			body := bodyOf(m)
			for _, w := range tt.want[l] {
				if !strings.Contains(body, w) {
					t.Errorf("%s %s: %q lacks %q", tt.name, l, body, w)
				}
			}
			if strings.Contains(body, "{") {
				t.Errorf("%s %s: unfilled placeholder in %q", tt.name, l, body)
			}
		}
	}
}
