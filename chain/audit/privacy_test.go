package audit_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/journal"
)

// harnessSecret is the operator secret of the root package's test harness, which wrote
// testdata/journal_v1.json (the service at ed1f5d9: per-person commitments) and
// testdata/journal_v2.json (this service: per-order commitments), each a whole run: two customers
// of one merchant, four released orders with points, a redemption, a ticket and STOP/opt-in each.
const harnessSecret = "souq-test-secret-0123456789abcdef!!"

type journalDump struct {
	Order    string              `json:"order"` // the first order of the customer
	Customer string              `json:"customer"`
	Merchant string              `json:"merchant"`
	Events   []journal.EventJSON `json:"events"`
}

func readDump(t *testing.T, name string) journalDump {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var d journalDump
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func committer(t *testing.T) souq.Committer {
	t.Helper()
	c, err := souq.NewCommitter([]byte(harnessSecret))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// opening is what OpenOrder answers for an order of the harness.
func opening(t *testing.T, order common.Hash, customer, merchant string) souq.Opening {
	k := committer(t).ScopeKey(order)
	return souq.Opening{ID: souq.OrderID(order).String(), Scheme: souq.CommitScheme, Key: hex.EncodeToString(k[:]),
		People: map[string]string{"customer": customer, "merchant": merchant}}
}

// A journal written before per-order commitments, with one written after appended to it (an
// upgrade: the log is never rewritten): every event of both verifies against the chain; the new
// order's commitments open with its opening and name its people, the old order's are the
// documented per-person form, which no per-order key opens, and an opening fits one order only.
func TestOldAndNewJournalsVerify(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := chaintest.New(t, 0)
	skey, vkey, err := journal.GenerateKey("souq.test/log")
	if err != nil {
		t.Fatal(err)
	}
	trust := audit.TrustRoot{ChainID: c.ChainID.Uint64(), Contract: c.Contracts.EventAnchor, Origin: "souq.test/log", Key: vkey}
	g := newLogger(t, c, skey, c.Contracts.EventAnchor, c.Operator)
	old, cur := readDump(t, "journal_v1.json"), readDump(t, "journal_v2.json")
	var evs []souq.Event
	for _, d := range []journalDump{old, cur} {
		for _, j := range d.Events {
			e, err := j.Event()
			if err != nil {
				t.Fatal(err)
			}
			evs = append(evs, e)
		}
	}
	if err := g.db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range evs {
			if err := tx.Append(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := g.l.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	g.checkpoint()
	for seq := range uint64(len(evs)) {
		if _, err := audit.Verify(ctx, g.bundle(seq), trust, c.Client, audit.Options{Confirmations: 1}); err != nil {
			t.Fatalf("event %d (%s): %v", seq, evs[seq].Kind, err)
		}
	}

	bundlesOf := func(d journalDump) ([]*journal.Bundle, common.Hash) {
		id := common.HexToHash(d.Order)
		bs, err := g.a.OrderBundles(ctx, func(o souq.OrderID) bool { return common.Hash(o) == id })
		if err != nil {
			t.Fatal(err)
		}
		return bs, id
	}
	newBundles, newID := bundlesOf(cur)
	opened, err := audit.CheckOpening(newBundles, opening(t, newID, cur.Customer, cur.Merchant))
	if err != nil {
		t.Fatal(err)
	}
	if len(opened) != 3 { // order.offered: customer, merchant; loyalty.earned: customer
		t.Fatalf("new order: %+v, want 3 commitments opened", opened)
	}
	for _, o := range opened {
		if o.Legacy || o.Value == "" {
			t.Fatalf("new order: %+v not opened", o)
		}
	}

	oldBundles, oldID := bundlesOf(old)
	legacy, err := audit.CheckOpening(oldBundles, opening(t, oldID, old.Customer, old.Merchant))
	if err != nil || len(legacy) != 3 {
		t.Fatalf("old order: %+v %v", legacy, err)
	}
	for _, o := range legacy {
		if !o.Legacy {
			t.Fatalf("old order: %+v opened with a per-order key", o)
		}
	}
	// The old form is as documented: HMAC-SHA256(secret, "wa" ‖ 0x00 ‖ person), the same in every
	// event of that customer.
	if got := oldBundles[0].Event.Fields["customer"]; got != committer(t).User(souq.WaID(old.Customer)) {
		t.Fatalf("old customer commitment %s is not the documented per-person form", got)
	}

	// An opening names one order: used on the other order it is refused; with another person it
	// does not open.
	if _, err := audit.CheckOpening(oldBundles, opening(t, newID, cur.Customer, cur.Merchant)); audit.KindOf(err) != audit.WrongOrder {
		t.Fatalf("the new order's opening on the old order: %v, want %s", err, audit.WrongOrder)
	}
	if _, err := audit.CheckOpening(newBundles, opening(t, newID, "5511900000003", cur.Merchant)); audit.KindOf(err) != audit.OpeningMismatch {
		t.Fatalf("opening to another customer: %v, want %s", err, audit.OpeningMismatch)
	}
	wrongKey := opening(t, newID, cur.Customer, cur.Merchant)
	k := committer(t).ScopeKey(oldID)
	wrongKey.Key = hex.EncodeToString(k[:])
	if _, err := audit.CheckOpening(newBundles, wrongKey); audit.KindOf(err) != audit.OpeningMismatch {
		t.Fatalf("another order's key: %v, want %s", err, audit.OpeningMismatch)
	}
}

// orderFixture is a whole order as GET /api/v1/audit/orders/{id}/bundles answers it.
type orderFixture struct {
	Order   common.Hash       `json:"order"`
	Bundles []*journal.Bundle `json:"bundles"`
}

// A whole-order audit passes on an order journaled with per-person commitments (before) and on
// one with per-order commitments (now): the money matches the escrow's events either way, and
// only the new one opens. With -update it writes the golden fixtures TestOrderFixtures reads.
func TestWholeOrderAuditOldAndNewCommitments(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := chaintest.New(t, 100)
	esc := c.Contracts.Escrow
	skey, vkey, _ := journal.GenerateKey("souq.test/log")
	g := newLogger(t, c, skey, c.Contracts.EventAnchor, c.Operator)
	trust := audit.TrustRoot{ChainID: c.ChainID.Uint64(), Contract: c.Contracts.EventAnchor, Origin: "souq.test/log", Key: vkey, Escrow: &esc}
	cm := committer(t)
	const cust, merch = "5511900000002", "5511900000001"
	amount := big.NewInt(1_000_000_000)
	at := time.Unix(1_800_000_000, 0).UTC()
	var evs []souq.Event
	ids := map[string]common.Hash{}
	for _, form := range []string{"v1", "v2"} {
		id, fund, release := sale(t, c, amount, "offer "+form)
		ids[form] = id
		people := map[string]string{"customer": cm.User(cust), "merchant": cm.User(merch)}
		earned := map[string]string{"points": "100", "customer": cm.User(cust)}
		if form == "v2" {
			k := cm.ScopeKey(id)
			people = map[string]string{"customer": souq.ScopedCommit(k, "customer", cust), "merchant": souq.ScopedCommit(k, "merchant", merch), "commit": souq.CommitScheme}
			earned = map[string]string{"points": "100", "customer": souq.ScopedCommit(k, "customer", cust), "commit": souq.CommitScheme}
		}
		offered := map[string]string{"amount": amount.String(), "asset": "ETH"}
		for k, v := range people {
			offered[k] = v
		}
		evs = append(evs,
			souq.Event{Kind: "order.offered", Order: souq.OrderID(id), At: at, Fields: offered},
			souq.Event{Kind: "order.paid", Order: souq.OrderID(id), At: at, Fields: map[string]string{"from": "paying", "tx": fund.Hex(), "amount": amount.String()}},
			souq.Event{Kind: "order.released", Order: souq.OrderID(id), At: at, Fields: map[string]string{"from": "paid", "tx": release.Hex(), "seller_amount": "990000000"}},
			souq.Event{Kind: "loyalty.earned", Order: souq.OrderID(id), At: at, Fields: earned})
	}
	if err := g.db.Sales().Update(ctx, func(tx souq.Tx) error {
		for i := range evs {
			if err := tx.Append(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := g.l.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	g.checkpoint()
	fixtures := map[string]any{"orders_trust.json": trust}
	for form, id := range ids {
		bs, err := g.a.OrderBundles(ctx, func(o souq.OrderID) bool { return common.Hash(o) == id })
		if err != nil {
			t.Fatal(err)
		}
		rep, err := audit.VerifyOrder(ctx, bs, trust, c.Client, audit.Options{Confirmations: 1})
		if err != nil || rep.Problems != 0 {
			t.Fatalf("%s order: %+v %v", form, rep, err)
		}
		op := opening(t, id, cust, merch)
		opened, err := audit.CheckOpening(bs, op)
		if err != nil || len(opened) != 3 || opened[0].Legacy != (form == "v1") {
			t.Fatalf("%s opening: %+v %v", form, opened, err)
		}
		fixtures["order_"+form+".json"] = orderFixture{Order: id, Bundles: bs}
		if form == "v2" {
			fixtures["order_v2_opening.json"] = op
		}
	}
	if *update {
		for name, v := range fixtures {
			raw, _ := json.MarshalIndent(v, "", "  ")
			if err := os.WriteFile(filepath.Join("testdata", name), append(raw, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// The golden whole-order answers, one journaled before per-order commitments (order_v1.json) and
// one after (order_v2.json), with the opening of the second, still parse and check (offline: the
// chain they were anchored on is gone), match the schema, and open as documented.
func TestOrderFixtures(t *testing.T) {
	t.Parallel()
	read := func(name string) []byte {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	trust, err := audit.ParseTrustRoot(bytes.NewReader(read("orders_trust.json")))
	if err != nil {
		t.Fatal(err)
	}
	schema := compileSchema(t)
	var op souq.Opening
	if err := json.Unmarshal(read("order_v2_opening.json"), &op); err != nil {
		t.Fatal(err)
	}
	if err := validate(t, schema, read("order_v2_opening.json")); err != nil {
		t.Fatalf("opening: %v", err)
	}
	for _, form := range []string{"v1", "v2"} {
		var doc struct {
			Order   common.Hash       `json:"order"`
			Bundles []json.RawMessage `json:"bundles"`
		}
		if err := json.Unmarshal(read("order_"+form+".json"), &doc); err != nil {
			t.Fatal(err)
		}
		var bs []*journal.Bundle
		for _, raw := range doc.Bundles {
			if err := validate(t, schema, raw); err != nil {
				t.Fatalf("%s: %v", form, err)
			}
			b, err := audit.ParseBundle(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := audit.VerifyOffline(b, trust); err != nil {
				t.Fatalf("%s event %d: %v", form, b.Event.Seq, err)
			}
			bs = append(bs, b)
		}
		if len(bs) != 4 {
			t.Fatalf("%s: %d bundles", form, len(bs))
		}
		this := op
		this.ID = doc.Order.Hex()
		opened, err := audit.CheckOpening(bs, this)
		if form == "v2" && (err != nil || len(opened) != 3 || opened[0].Value != "5511900000002") {
			t.Fatalf("v2 opening: %+v %v", opened, err)
		}
		if form == "v1" && (err != nil || len(opened) != 3 || !opened[0].Legacy) {
			t.Fatalf("v1: %+v %v, want its per-person commitments listed as such", opened, err)
		}
	}
}
