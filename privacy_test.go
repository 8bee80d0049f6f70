package souq_test

import (
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// publicKeys are the event fields whose values are public constants of souq or of the sale's
// kind, not of a person: statuses, intent kinds, roles, asset symbols and token addresses, the
// commitment scheme, points counts, yes/no flags and the loyalty rule's terms. Any other value (commitments,
// nonces, ids, keys, hashes, addresses, amounts, times) must not repeat across orders.
var publicKeys = map[string]bool{"from": true, "status": true, "intent": true, "by": true, "asset": true,
	"token": true, "commit": true, "points": true, "currency": true, "spend": true, "stamps": true,
	"discount": true, "rule_asset": true, "own_wallet": true, "by_buyer": true}

// privacyRun is a multi-order run: two customers of one merchant, two released orders each (with
// points), then a disputed order the arbiter splits and one the merchant refunds, a redemption, a
// support ticket and a STOP/opt-in each. It returns the journal and the orders by customer.
func privacyRun(t *testing.T) (*harness, []souq.Event, map[souq.WaID][]souq.OrderID) {
	t.Helper()
	h := newHarness(t)
	h.setup(&souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc})
	h.must(h.svc.OptIn(ctx(), actor(stranger)))
	orders := map[souq.WaID][]souq.OrderID{}
	for i, who := range []souq.WaID{customer, stranger, customer, stranger} {
		h.clock.Add(time.Minute) // offers a minute apart, as people make them: deliver-by times differ
		res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: who,
			Items: []souq.Item{{Name: "coffee", Quantity: 1}}, Total: money(usdc, fmt.Sprintf("2%d.0%d", i, i+1))})
		h.must(err)
		id := res.Order.ID
		_, err = h.svc.Pay(ctx(), actor(who), ref(id))
		h.must(err)
		h.settle()
		_, err = h.svc.ConfirmReceipt(ctx(), actor(who), ref(id))
		h.must(err)
		h.settle()
		if s := h.order(id).Status; s != souq.StatusReleased {
			t.Fatalf("order %d: %s, want released", i, s)
		}
		orders[who] = append(orders[who], id)
	}
	h.clock.Add(time.Minute)
	disputed := h.paid(money(usdc, "31.07"))
	_, err := h.svc.Dispute(ctx(), souq.DisputeRequest{Actor: actor(customer), Order: ref(disputed), Reason: "never came"})
	h.must(err)
	h.settle()
	_, err = h.svc.Resolve(ctx(), disputed, money(usdc, "10.01"), "half of it came")
	h.must(err)
	h.settle()
	h.clock.Add(time.Minute)
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(merchant), Customer: stranger,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "32.08")})
	h.must(err)
	refunded := res.Order.ID
	_, err = h.svc.Pay(ctx(), actor(stranger), ref(refunded))
	h.must(err)
	h.settle()
	_, err = h.svc.Refund(ctx(), actor(merchant), ref(refunded))
	h.must(err)
	h.settle()
	for id, want := range map[souq.OrderID]souq.OrderStatus{disputed: souq.StatusResolved, refunded: souq.StatusRefunded} {
		if s := h.order(id).Status; s != want {
			t.Fatalf("order %s: %s, want %s", id.Short(), s, want)
		}
	}
	for _, who := range []souq.WaID{customer, stranger} {
		_, err = h.svc.Redeem(ctx(), actor(who), 1)
		h.must(err)
		h.settle()
		_, err = h.svc.Escalate(ctx(), actor(who), "where is my coffee")
		h.must(err)
		h.must(h.svc.OptOut(ctx(), actor(who)))
		h.must(h.svc.OptIn(ctx(), actor(who)))
	}
	var evs []souq.Event
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		var err error
		evs, err = tx.Events(0, 0)
		return err
	}))
	h.checkJournal()
	return h, evs, orders
}

// offered returns the order.offered event of an order.
func offered(t *testing.T, evs []souq.Event, id souq.OrderID) souq.Event {
	t.Helper()
	for _, e := range evs {
		if e.Order == id && e.Kind == souq.EventOfferCreated {
			return e
		}
	}
	t.Fatalf("no order.offered for %s", id.Short())
	return souq.Event{}
}

// Two orders of one customer name them by different commitments: the log cannot link them.
func TestCommitmentsArePerOrder(t *testing.T) {
	t.Parallel()
	_, evs, orders := privacyRun(t)
	a, b := offered(t, evs, orders[customer][0]), offered(t, evs, orders[customer][1])
	for _, role := range []string{"customer", "merchant"} {
		if len(a.Fields[role]) != 64 || a.Fields[role] == b.Fields[role] {
			t.Errorf("%s commitment of two orders of one customer: %q and %q, want two different 64-hex-digit values", role, a.Fields[role], b.Fields[role])
		}
	}
	if a.Fields["commit"] != souq.CommitScheme {
		t.Errorf("order.offered commit = %q, want %q", a.Fields["commit"], souq.CommitScheme)
	}
}

// No value in the journal repeats across two orders or two events of no order, except public
// constants: nothing in the public log links one customer's records.
func TestJournalHasNoStableLinkers(t *testing.T) {
	t.Parallel()
	_, evs, _ := privacyRun(t)
	type use struct {
		subject string
		where   string
	}
	seen := map[string][]use{}
	for _, e := range evs {
		subject := "order " + e.Order.Short()
		if e.Order.IsZero() {
			subject = fmt.Sprintf("event %d", e.Seq) // an event of no order is its own subject
		}
		for k, v := range e.Fields {
			if publicKeys[k] || v == "" {
				continue
			}
			seen[v] = append(seen[v], use{subject, fmt.Sprintf("%d %s.%s", e.Seq, e.Kind, k)})
		}
	}
	var bad []string
	for v, uses := range seen {
		subjects := map[string]bool{}
		for _, u := range uses {
			subjects[u.subject] = true
		}
		if len(subjects) > 1 {
			where := make([]string, len(uses))
			for i, u := range uses {
				where[i] = u.where
			}
			bad = append(bad, fmt.Sprintf("%q in %s", v, strings.Join(where, ", ")))
		}
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Fatalf("%d values repeat across orders or person events (of %d events):\n%s", len(bad), len(evs), strings.Join(bad, "\n"))
	}
	kinds := map[souq.EventKind]bool{}
	for _, e := range evs {
		kinds[e.Kind] = true
	}
	for _, k := range []souq.EventKind{souq.EventOfferCreated, souq.EventPointsEarned, souq.EventPointsRedeemed,
		souq.EventCustomerOptIn, souq.EventCustomerOptOut, souq.EventEscalated, souq.EventMerchant, souq.EventLoyaltyRule,
		souq.EventResolveDecision, "order.disputed", "order.resolved", "order.refunded"} {
		if !kinds[k] {
			t.Errorf("the run has no %s event: the scan would not cover it", k)
		}
	}
}

// An opening (the arbiter's, for one order) opens every commitment of that order and none of the
// customer's other order.
func TestOpeningRevealsOneOrder(t *testing.T) {
	t.Parallel()
	h, evs, orders := privacyRun(t)
	first, second := orders[customer][0], orders[customer][1]
	op, err := h.svc.OpenOrder(ctx(), first)
	h.must(err)
	if op.People["customer"] != string(customer) || op.People["merchant"] != string(merchant) || op.Scheme != souq.CommitScheme {
		t.Fatalf("opening names %v (%s)", op.People, op.Scheme)
	}
	raw, err := hex.DecodeString(op.Key)
	if err != nil || len(raw) != 32 {
		t.Fatalf("opening key %q", op.Key)
	}
	key := [32]byte(raw)
	opened := map[souq.OrderID]int{}
	for _, e := range evs {
		for role, v := range op.People {
			if c, ok := e.Fields[role]; ok && souq.ScopedCommit(key, role, v) == c {
				opened[e.Order]++
			}
		}
	}
	// order.offered (customer, merchant) and loyalty.earned (customer) of the first order.
	if opened[first] != 3 || len(opened) != 1 {
		t.Fatalf("the opening of %s opened %v, want 3 commitments of that order only", first.Short(), opened)
	}
	if other, err := h.svc.OpenOrder(ctx(), second); err != nil || other.Key == op.Key {
		t.Fatalf("the second order's key is the first's (%v)", err)
	}
	if _, err := h.svc.OpenOrder(ctx(), souq.OrderID{9}); !strings.Contains(fmt.Sprint(err), "not found") {
		t.Fatalf("opening an order that does not exist: %v", err)
	}
}

// A failure reason from the chain or Horizon names no account in the public log.
func TestPublicReasonHidesAccounts(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"insufficient funds for gas * price + value: address 0x52908400098527886E0F7030069857D2E4169EE7 have 0 want 1",
			"insufficient funds for gas * price + value: address <account> have 0 want 1"},
		{"tx_failed op_underfunded GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H", "tx_failed op_underfunded <account>"},
		{"reverted in tx 0x" + strings.Repeat("ab", 32), "reverted in tx 0x" + strings.Repeat("ab", 32)}, // a tx hash is no account
		{"WrongStatus", "WrongStatus"},
	} {
		if got := souq.PublicReason(c.in); got != c.want {
			t.Errorf("PublicReason(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A customer and a merchant who changed number keep one committed value per order: the opening of
// an order paid before the moves and of one made after both open every commitment of their order.
func TestOpeningAfterANumberChange(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.setup(&souq.LoyaltyRule{Points: 1, Spend: money(usdc, "10"), Currency: usdc})
	before := h.paid(money(usdc, "50"))
	const moved = souq.WaID("5511900000099")
	h.must(h.svc.ChangeNumber(ctx(), actor(customer), moved))
	h.settle()
	const movedShop = souq.WaID("5511900000098")
	h.must(h.svc.ChangeNumber(ctx(), actor(merchant), movedShop))
	h.settle()
	_, err := h.svc.ConfirmReceipt(ctx(), actor(moved), ref(before)) // points earned after the moves
	h.must(err)
	h.settle()
	res, err := h.svc.Offer(ctx(), souq.OfferRequest{Actor: actor(movedShop), Customer: moved,
		Items: []souq.Item{{Name: "tea", Quantity: 1}}, Total: money(usdc, "5")})
	h.must(err)
	var evs []souq.Event
	h.must(h.db.Sales().View(ctx(), func(tx souq.Tx) error {
		var err error
		evs, err = tx.Events(0, 0)
		return err
	}))
	for id, want := range map[souq.OrderID]int{before: 3, res.Order.ID: 2} {
		op, err := h.svc.OpenOrder(ctx(), id)
		h.must(err)
		raw, _ := hex.DecodeString(op.Key)
		n := 0
		for _, e := range evs {
			for role := range op.People {
				c, ok := e.Fields[role]
				if !ok || e.Order != id {
					continue
				}
				if souq.ScopedCommit([32]byte(raw), role, op.People[role]) != c {
					t.Fatalf("%s %d: the %s commitment does not open to %s", e.Kind, e.Seq, role, op.People[role])
				}
				n++
			}
		}
		if n != want {
			t.Fatalf("order %s: %d commitments opened, want %d", id.Short(), n, want)
		}
	}
}
