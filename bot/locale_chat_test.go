package bot

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sirupsen/logrus"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/bot/whatsapp"
)

// These tests go through the chat only (no locale internals), so they run unchanged against older
// code too (TestMenuFromServiceRoles needs RoleTeller's shape, nothing else).

// plain drops the bidi controls Arabic replies carry, for comparing text.
func plain(s string) string {
	return strings.NewReplacer("\u200f", "", "\u2068", "", "\u2069", "").Replace(s)
}

// TestLocaleChats replays testdata/locale_chats.json: plurals, amounts as people write them,
// a price without a currency, the language from what people write.
func TestLocaleChats(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile("testdata/locale_chats.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx struct {
		Chats []struct {
			Name  string
			Steps []struct {
				From      string
				SetPoints *int64 `json:"set_points"`
				Text      string
				Want, Not []string
			}
		}
	}
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatal(err)
	}
	for _, chat := range fx.Chats {
		t.Run(chat.Name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t)
			for _, st := range chat.Steps {
				if st.SetPoints != nil {
					h.offerTo(st.From) // points are per merchant: the person's latest one
					h.sale.Loyalty.SetEvery(*st.SetPoints)
				}
				var bodies []string
				for _, m := range to(h.text(st.From, st.Text), st.From) {
					bodies = append(bodies, plain(body(m)))
				}
				found := slices.ContainsFunc(bodies, func(b string) bool {
					for _, w := range st.Want {
						if !strings.Contains(b, w) {
							return false
						}
					}
					return true
				})
				if !found {
					t.Fatalf("%s %q: no reply containing %q; got:\n%s", st.From, st.Text, st.Want, strings.Join(bodies, "\n"))
				}
				for _, b := range bodies {
					for _, n := range st.Not {
						if strings.Contains(b, n) {
							t.Errorf("%s %q: reply contains %q: %s", st.From, st.Text, n, b)
						}
					}
				}
			}
		})
	}
}

// offerTo makes the merchant offer something to user once, so that user has a merchant.
func (h *harness) offerTo(user string) {
	h.t.Helper()
	if orders, _ := h.sale.Service.History(context.Background(), souq.Actor{User: souq.WaID(user)}, 1); len(orders) > 0 {
		return
	}
	h.text(merchant, "register "+payout)
	h.text(merchant, "sell 1 tea 5 USDC to +"+user)
	h.newSent()
}

// menuRows returns the row ids and the body of the menu sent in reply to help.
func menuRows(t *testing.T, h *harness, from, text string) (ids []string, bodyText string) {
	t.Helper()
	for _, m := range to(h.text(from, text), from) {
		if m.List != nil {
			for _, r := range m.List.Sections[0].Rows {
				ids = append(ids, r.ID)
			}
			return ids, m.List.Body
		}
	}
	t.Fatalf("%s %q: no menu", from, text)
	return nil, ""
}

// TestMenusFollowRoles: a customer is not offered merchant or courier commands, a merchant not a
// customer's, and a person with two roles sees both.
func TestMenusFollowRoles(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	type want struct {
		has, lacks []string
		body       string
	}
	check := func(who, text string, w want) {
		t.Helper()
		ids, b := menuRows(t, h, who, text)
		for _, id := range w.has {
			if !slices.Contains(ids, id) {
				t.Errorf("%s: menu %v lacks %s", who, ids, id)
			}
		}
		for _, id := range w.lacks {
			if slices.Contains(ids, id) {
				t.Errorf("%s: menu %v offers %s", who, ids, id)
			}
		}
		if !strings.Contains(b, w.body) {
			t.Errorf("%s: menu text %q lacks %q", who, b, w.body)
		}
	}
	// A newcomer is a customer.
	check(customer, "help", want{has: []string{"orders:", "points:", "agent:", "lang:", "optout:"}, lacks: []string{"help:merchant", "help:courier"}, body: "received <order>"})
	// A registered merchant who never bought: the merchant's commands, not the customer's.
	h.text(merchant, "cadastrar "+payout)
	check(merchant, "ajuda", want{has: []string{"orders:", "agent:", "lang:"}, lacks: []string{"points:", "optout:", "help:courier"}, body: "Comandos do lojista"})
	// A paid order, shipped, delivered by the courier: the courier's menu is the courier's.
	short := h.setupPaid()
	h.text(merchant, "enviado "+short)
	h.msgr.media["m1"] = []byte("photo")
	h.text(courier, "consegna "+short)
	h.deliver(courier, whatsapp.Message{Type: whatsapp.TypeImage, Image: &whatsapp.Media{ID: "m1"}})
	check(courier, "aiuto", want{has: []string{"orders:", "agent:"}, lacks: []string{"points:", "help:merchant", "optout:"}, body: "Corriere"})
	// The customer who bought is still only a customer.
	check(customer, "help", want{has: []string{"points:"}, lacks: []string{"help:merchant", "help:courier"}, body: "received <order>"})
	// The customer starts selling too: both sets.
	h.text(customer, "register "+payout)
	check(customer, "help", want{has: []string{"points:", "help:merchant", "optout:"}, lacks: []string{"help:courier"}, body: "received <order>"})
	// "help merchant" still answers anyone who asks: that is how one learns to register.
	h.expect(h.text(stranger, "help merchant"), stranger, "Merchant commands")
}

// TestPayoutShownWithDisplayDecimals: a payout of 30.195 USDC (after a 0.5% fee) is printed with
// the locale's decimal separator (no dot in Portuguese) and every digit the chain paid.
func TestPayoutShownWithDisplayDecimals(t *testing.T) {
	t.Parallel()
	usdc := testAssets["USDC"]
	order := &souq.OrderView{ID: souq.OrderID{1}, Viewer: souq.RoleMerchant, Items: []souq.Item{{Name: "tea", Quantity: 1}},
		Total: souq.Money{Asset: usdc, Amount: big.NewInt(30_347_236)}}
	n := souq.Notice{Kind: souq.NoticeReleased, Order: order, Amount: souq.Money{Asset: usdc, Amount: big.NewInt(30_195_000)}}
	for l, want := range map[Lang]string{English: "30.195 USDC", Portuguese: "30,195 USDC", Italian: "30,195 USDC", Arabic: "30.195 USDC"} {
		m, err := renderNotice(l, n)
		if err != nil {
			t.Fatal(err)
		}
		b := plain(bodyOf(m))
		wrongSep := "30.195"
		if want[2] == '.' {
			wrongSep = "30,195"
		}
		if !strings.Contains(b, want) || strings.Contains(b, wrongSep) || strings.Contains(b, "≈") {
			t.Errorf("%s: %q, want %q exactly, in the locale's separators", l, b, want)
		}
	}
}

// tellingFake is the service with the roles it would tell of a merchant registered through the
// API (no chat, no orders yet).
type tellingFake struct {
	*souq.Service
	roles map[souq.WaID][]souq.Role
}

func (f tellingFake) Roles(_ context.Context, a souq.Actor) ([]souq.Role, error) {
	return f.roles[a.User], nil
}

func TestMenuFromServiceRoles(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	log := logrus.New()
	log.SetOutput(io.Discard)
	f := tellingFake{Service: h.sale.Service, roles: map[souq.WaID][]souq.Role{merchant: {souq.RoleMerchant}, courier: {souq.RoleCourier, souq.RoleCustomer}}}
	h.bot = New(f, h.msgr, h.db, Options{Assets: testAssets, Log: log, Now: h.now})
	ids, b := menuRows(t, h, merchant, "ajuda")
	if !strings.Contains(b, "Comandos do lojista") || slices.Contains(ids, "points:") {
		t.Errorf("merchant known to the service: %q %v", b, ids)
	}
	ids, b = menuRows(t, h, courier, "aiuto")
	if !strings.Contains(b, "ricevuto <ordine>") || !slices.Contains(ids, "help:courier") || slices.Contains(ids, "help:merchant") {
		t.Errorf("courier who also buys: %q %v", b, ids)
	}
}
