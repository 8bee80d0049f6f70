package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/audit"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/devnode"
	"github.com/souqchain/souq/chain/journal"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

var update = flag.Bool("update", false, "rewrite testdata/example_bundle.json and testdata/example_trust.json")

// logger is a souq log (a store's journal, its tree, an anchorer with its own sender) on chain c.
type logger struct {
	t  *testing.T
	c  *chaintest.Chain
	db *store.DB
	l  *journal.Log
	a  *journal.Anchorer
	n  int
}

func newLogger(t *testing.T, c *chaintest.Chain, skey string, contract common.Address, acct devnode.Account) *logger {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	key, err := journal.ParseKey(skey)
	if err != nil {
		t.Fatal(err)
	}
	l, err := journal.Open(context.Background(), db.KV(), journal.StoreSource{Store: db.Sales()}, key)
	if err != nil {
		t.Fatal(err)
	}
	st, _ := txstore.New(context.Background(), db.KV())
	s := sender.New(c.Client, st, keys.NewKey(acct.Key), sender.Config{ChainID: c.ChainID, Poll: 5 * time.Millisecond, Mine: c.Commit})
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	go s.Run(ctx)
	a := journal.NewAnchorer(l, s, journal.AnchorConfig{ChainID: c.ChainID.Uint64(), Contract: contract, MaxBatch: 1 << 20})
	return &logger{t: t, c: c, db: db, l: l, a: a}
}

// add journals events whose amounts are amount(i) for the next indexes i.
func (g *logger) add(n int, amount func(i int) string) {
	g.t.Helper()
	ctx := context.Background()
	var evs []souq.Event
	err := g.db.Sales().Update(ctx, func(tx souq.Tx) error {
		for range n {
			e := souq.Event{Kind: "order.released", Order: souq.OrderID{9}, At: time.Unix(1_800_000_000+int64(g.n), 0).UTC(),
				Fields: map[string]string{"amount": amount(g.n), "asset": "USDC"}}
			g.n++
			if err := tx.Append(&e); err != nil {
				return err
			}
			evs = append(evs, e)
		}
		return nil
	})
	if err != nil {
		g.t.Fatal(err)
	}
	if err := g.l.Append(ctx, evs...); err != nil {
		g.t.Fatal(err)
	}
}

// checkpoint cuts a checkpoint of the whole log and waits until it is anchored.
func (g *logger) checkpoint() journal.Record {
	g.t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(30 * time.Second)
	size, _ := g.l.Size(ctx)
	for {
		if err := g.a.Step(ctx, true); err != nil {
			g.t.Fatal(err)
		}
		r, err := g.a.Checkpoint(ctx, size)
		if err == nil && r.State == journal.Anchored {
			g.c.Commit() // one more block on top
			return r
		}
		if r.State == journal.Failed {
			g.t.Fatalf("checkpoint %d refused: %s", size, r.Error)
		}
		if time.Now().After(deadline) {
			g.t.Fatalf("checkpoint %d: %+v %v", size, r, err)
		}
		g.c.Commit()
		time.Sleep(5 * time.Millisecond)
	}
}

func (g *logger) bundle(seq uint64) *journal.Bundle {
	g.t.Helper()
	b, err := g.a.Bundle(context.Background(), seq)
	if err != nil {
		g.t.Fatal(err)
	}
	return clone(g.t, b)
}

func clone(t *testing.T, b *journal.Bundle) *journal.Bundle {
	raw, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := audit.ParseBundle(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type fixture struct {
	c     *chaintest.Chain
	souq  *logger
	skey  string
	trust audit.TrustRoot
	cps   []journal.Record
}

// newFixture runs souq's log: 10 events, checkpoints at 4, 8 and 10, all anchored.
func newFixture(t *testing.T) *fixture {
	c := chaintest.New(t, 0)
	skey, vkey, err := journal.GenerateKey("souq.test/log")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{c: c, skey: skey, trust: audit.TrustRoot{ChainID: c.ChainID.Uint64(), Contract: c.Contracts.EventAnchor, Origin: "souq.test/log", Key: vkey}}
	f.souq = newLogger(t, c, skey, c.Contracts.EventAnchor, c.Operator)
	amount := func(i int) string { return fmt.Sprint(1000 + i) }
	for _, n := range []int{4, 4, 2} {
		f.souq.add(n, amount)
		f.cps = append(f.cps, f.souq.checkpoint())
	}
	return f
}

func TestVerifyAndEveryTampering(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	for seq := range uint64(10) {
		b := f.souq.bundle(seq)
		r, err := audit.Verify(ctx, b, f.trust, f.c.Client, audit.Options{Confirmations: 2})
		if err != nil {
			t.Fatalf("genuine bundle %d: %v", seq, err)
		}
		if r.Confirmations < 2 || len(r.Checks) != 7 {
			t.Fatalf("report %+v", r)
		}
	}
	if *update {
		for name, v := range map[string]any{"example_bundle.json": f.souq.bundle(5), "example_trust.json": f.trust} {
			raw, _ := json.MarshalIndent(v, "", "  ")
			os.WriteFile(filepath.Join("testdata", name), append(raw, '\n'), 0o644)
		}
	}
	b5 := f.souq.bundle(5) // in checkpoint 8
	b1 := f.souq.bundle(1) // in checkpoint 4
	b9 := f.souq.bundle(9) // in checkpoint 10
	_, otherKey, _ := journal.GenerateKey("souq.test/log")
	otherSkey, _, _ := journal.GenerateKey("souq.test/log")
	otherSigner, _ := journal.ParseKey(otherSkey)
	realSigner, _ := journal.ParseKey(f.skey)
	sign := func(k *journal.Key, size uint64, root common.Hash) string {
		n, err := k.Sign(journal.Checkpoint{Origin: "souq.test/log", Size: size, Root: tlog.Hash(root)})
		if err != nil {
			t.Fatal(err)
		}
		return string(n)
	}
	tests := []struct {
		name   string
		tamper func(b *journal.Bundle)
		opt    audit.Options
		want   audit.Kind
	}{
		{"changed event field", func(b *journal.Bundle) { b.Event.Fields["amount"] = "999999" }, audit.Options{}, audit.ChangedEvent},
		{"changed event time", func(b *journal.Bundle) { b.Event.At = "2027-01-01T00:00:00Z" }, audit.Options{}, audit.ChangedEvent},
		{"changed event hash", func(b *journal.Bundle) { b.Event.Hash[0] ^= 1 }, audit.Options{}, audit.ChangedEvent},
		{"changed event, bytes and hash recomputed", func(b *journal.Bundle) {
			e, _ := b.Event.Event()
			e.Fields["amount"] = "1"
			e.Seal(e.Seq, e.PrevHash)
			b.Event, b.Canonical = journal.ToEventJSON(e), e.Canonical()
		}, audit.Options{}, audit.WrongProof},
		{"another event of the same checkpoint", func(b *journal.Bundle) { b.Event, b.Canonical = b9.Event, b9.Canonical }, audit.Options{}, audit.OutOfRange},
		{"an event's proof swapped in", func(b *journal.Bundle) { b.Proof = f.souq.bundle(4).Proof }, audit.Options{}, audit.WrongProof},
		{"changed proof", func(b *journal.Bundle) { b.Proof[0][0] ^= 1 }, audit.Options{}, audit.WrongProof},
		{"truncated proof", func(b *journal.Bundle) { b.Proof = b.Proof[:len(b.Proof)-1] }, audit.Options{}, audit.WrongProof},
		{"changed root", func(b *journal.Bundle) { b.Checkpoint.Root = b1.Checkpoint.Root }, audit.Options{}, audit.CheckpointMismatch},
		{"changed size", func(b *journal.Bundle) { b.Checkpoint.Size = 10 }, audit.Options{}, audit.CheckpointMismatch},
		{"changed checkpoint note", func(b *journal.Bundle) {
			b.Checkpoint.Note = strings.Replace(b.Checkpoint.Note, "\n8\n", "\n10\n", 1)
		}, audit.Options{}, audit.BadSignature},
		{"checkpoint signed by another key", func(b *journal.Bundle) { b.Checkpoint.Note = sign(otherSigner, 8, b.Checkpoint.Root) }, audit.Options{}, audit.BadSignature},
		{"bundle names another key", func(b *journal.Bundle) { b.Log.Key = otherKey }, audit.Options{}, audit.WrongKey},
		{"bundle names another origin", func(b *journal.Bundle) { b.Log.Origin = "evil.test/log" }, audit.Options{}, audit.WrongKey},
		{"bundle names another contract", func(b *journal.Bundle) { b.Anchor.Contract = f.c.Contracts.Escrow }, audit.Options{}, audit.WrongContract},
		{"bundle names another chain id", func(b *journal.Bundle) { b.Anchor.ChainID = 1 }, audit.Options{}, audit.WrongChain},
		{"tx of another checkpoint", func(b *journal.Bundle) { b.Anchor = b1.Anchor }, audit.Options{}, audit.Unanchored},
		{"unknown tx", func(b *journal.Bundle) { b.Anchor.TxHash = common.HexToHash("0xdead") }, audit.Options{}, audit.TxNotFound},
		{"changed block number", func(b *journal.Bundle) { b.Anchor.BlockNumber++ }, audit.Options{}, audit.WrongBlock},
		{"changed block hash", func(b *journal.Bundle) { b.Anchor.BlockHash[0] ^= 1 }, audit.Options{}, audit.WrongBlock},
		{"a forked checkpoint signed with the real key", func(b *journal.Bundle) {
			// Same size, another tree (the log key leaked): the chain recorded another root at size 8.
			root := common.Hash{0x42}
			b.Checkpoint.Root, b.Checkpoint.Note = root, sign(realSigner, 8, root)
			b.Proof = []common.Hash{}
		}, audit.Options{}, audit.WrongProof},
		{"not enough confirmations", func(*journal.Bundle) {}, audit.Options{Confirmations: 1000}, audit.Unconfirmed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := clone(t, b5)
			tt.tamper(b)
			_, err := audit.Verify(ctx, b, f.trust, f.c.Client, tt.opt)
			if got := audit.KindOf(err); got != tt.want {
				t.Fatalf("got %v (%v), want %s", got, err, tt.want)
			}
			if !strings.Contains(err.Error(), string(tt.want)+": ") {
				t.Errorf("reason not precise: %v", err)
			}
		})
	}
	// The RPC serves another chain than the pinned one.
	other := f.trust
	other.ChainID = 5
	b := clone(t, b5)
	b.Anchor.ChainID = 5
	if _, err := audit.Verify(ctx, b, other, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.WrongChain || !strings.Contains(err.Error(), "RPC") {
		t.Fatalf("RPC of another chain: %v", err)
	}
}

// A forked log (event 2's amount changed) signed with souq's real key — the key leaked — and
// anchored by a look-alike EventAnchor deployed from another account: bundles naming the
// look-alike are refused by the pinned contract; bundles naming the real one fail on the chain
// (the look-alike logged the checkpoint), or, for a checkpoint size the real contract recorded,
// as a fork.
func TestForgedEventInALookAlikeContractIsRejected(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	look, err := chain.Deploy(ctx, f.c.Client, f.c.Faucet.Key, f.c.ChainID, chain.DeployParams{
		Owner: f.c.Faucet.Address, Treasury: f.c.Faucet.Address, Arbiter: f.c.Faucet.Address, Anchorer: f.c.Faucet.Address,
	}, f.c.Commit)
	if err != nil {
		t.Fatal(err)
	}
	forged := newLogger(t, f.c, f.skey, look.EventAnchor, f.c.Faucet)
	forged.add(8, func(i int) string {
		if i == 2 {
			return "99999999" // the forged amount
		}
		return fmt.Sprint(1000 + i)
	})
	forged.checkpoint()
	b := forged.bundle(2)
	if b.Event.Fields["amount"] != "99999999" {
		t.Fatal("not the forged event")
	}
	// As handed out: it names the look-alike.
	if _, err := audit.Verify(ctx, clone(t, b), f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.WrongContract {
		t.Fatalf("bundle naming the look-alike: %v", err)
	}
	// Claiming the real contract: the Checkpoint log came from the look-alike.
	b.Anchor.Contract = f.c.Contracts.EventAnchor
	_, err = audit.Verify(ctx, clone(t, b), f.trust, f.c.Client, audit.Options{})
	if audit.KindOf(err) != audit.WrongContract || !strings.Contains(err.Error(), "look-alike") {
		t.Fatalf("bundle claiming the real contract: %v", err)
	}
	// Pointing at the real contract's transaction for size 8: the chain witnessed another root.
	b.Anchor = f.souq.bundle(5).Anchor
	if _, err := audit.Verify(ctx, clone(t, b), f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("forged checkpoint against the real anchor: %v", err)
	}
	// Without a pinned trust root — trusting the bundle's own names — it would have passed: the
	// trust root is what rejects it.
	lax := audit.TrustRoot{ChainID: f.trust.ChainID, Contract: look.EventAnchor, Origin: f.trust.Origin, Key: f.trust.Key}
	if _, err := audit.Verify(ctx, forged.bundle(2), lax, f.c.Client, audit.Options{}); err != nil {
		t.Fatalf("the forgery is well made (verifies against its own contract): %v", err)
	}
}

// A consistency proof between two anchored checkpoints verifies; a rewritten history, a
// shrinking log and a fork at equal size fail, each with its reason.
func TestConsistencyBetweenAnchoredCheckpoints(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	for _, pair := range [][2]uint64{{4, 8}, {4, 10}, {8, 10}, {10, 10}} {
		cb, err := f.souq.a.Consistency(ctx, pair[0], pair[1])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := audit.VerifyConsistency(ctx, cb, f.trust, f.c.Client, audit.Options{}); err != nil {
			t.Fatalf("%v: %v", pair, err)
		}
	}
	cb, _ := f.souq.a.Consistency(ctx, 4, 10)
	realSigner, _ := journal.ParseKey(f.skey)
	// A rewritten history: an old checkpoint of size 4 with another root (signed with the real key).
	rewritten := *cb
	root := common.Hash{0x99}
	n, _ := realSigner.Sign(journal.Checkpoint{Origin: "souq.test/log", Size: 4, Root: tlog.Hash(root)})
	rewritten.Old.Checkpoint.Root, rewritten.Old.Checkpoint.Note = root, string(n)
	if _, err := audit.VerifyConsistency(ctx, &rewritten, f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("rewritten history: %v", err)
	}
	// Shrinking: the newer checkpoint is the smaller.
	shrunk := *cb
	shrunk.Old, shrunk.New = cb.New, cb.Old
	if _, err := audit.VerifyConsistency(ctx, &shrunk, f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.Shrunk {
		t.Fatalf("shrinking log: %v", err)
	}
	// A fork at equal size: two different roots for 10 events.
	fork, _ := f.souq.a.Consistency(ctx, 10, 10)
	n, _ = realSigner.Sign(journal.Checkpoint{Origin: "souq.test/log", Size: 10, Root: tlog.Hash(root)})
	fork.New.Checkpoint.Root, fork.New.Checkpoint.Note = root, string(n)
	if _, err := audit.VerifyConsistency(ctx, fork, f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("fork: %v", err)
	}
	// A changed proof.
	bad, _ := f.souq.a.Consistency(ctx, 4, 10)
	bad.Proof[0][0] ^= 1
	if _, err := audit.VerifyConsistency(ctx, bad, f.trust, f.c.Client, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("changed proof: %v", err)
	}
}

func TestReorgedOutAnchor(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	skey, vkey, _ := journal.GenerateKey("souq.test/log")
	trust := audit.TrustRoot{ChainID: c.ChainID.Uint64(), Contract: c.Contracts.EventAnchor, Origin: "souq.test/log", Key: vkey}
	g := newLogger(t, c, skey, c.Contracts.EventAnchor, c.Operator)
	g.add(3, func(i int) string { return fmt.Sprint(i) })
	g.checkpoint()
	ctx := context.Background()
	b := g.bundle(0)
	if _, err := audit.Verify(ctx, b, trust, c.Client, audit.Options{}); err != nil {
		t.Fatal(err)
	}
	// souq is down: nobody re-sends the dropped transaction.
	g.db.Close()
	parent, err := c.Client.HeaderByNumber(ctx, bigU(b.Anchor.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		c.Sim.Rollback()
		c.Commit()
	}
	_, err = audit.Verify(ctx, b, trust, c.Client, audit.Options{})
	if k := audit.KindOf(err); k != audit.TxNotFound {
		t.Fatalf("reorged-out anchor: %v (%v), want %s", k, err, audit.TxNotFound)
	}
}

// The committed example bundle (the format auditors receive) parses, checks offline against
// the committed example trust root, and matches the JSON Schema's required fields.
func TestExampleBundleFormat(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("testdata", "example_trust.json"))
	if err != nil {
		t.Fatal(err)
	}
	trust, err := audit.ParseTrustRoot(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	raw, err = os.ReadFile(filepath.Join("testdata", "example_bundle.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := audit.ParseBundle(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if err := audit.VerifyOffline(b, trust); err != nil {
		t.Fatal(err)
	}
	b.Event.Fields["amount"] = "0"
	if audit.KindOf(audit.VerifyOffline(b, trust)) != audit.ChangedEvent {
		t.Fatal("tampered example verifies offline")
	}
}

func TestParseBundleRejectsOtherFormats(t *testing.T) {
	t.Parallel()
	tests := []string{`{"version":"souq.proof.v1"}`, `{"version":"souq.proof.v2","extra":1}`, `{"version":"souq.proof.v2","proof":null}`, `not json`}
	for _, in := range tests {
		if _, err := audit.ParseBundle(strings.NewReader(in)); audit.KindOf(err) != audit.BadFormat {
			t.Errorf("%s: %v", in, err)
		}
	}
}

// The whole anchored history: every consecutive pair of the contract's checkpoints is consistent;
// a log whose server answers with a rewritten checkpoint, or a proof that fails, is caught.
func TestVerifyHistory(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	var asked [][2]uint64
	fetch := func(ctx context.Context, o, n uint64) (*journal.Consistency, error) {
		asked = append(asked, [2]uint64{o, n})
		return f.souq.a.Consistency(ctx, o, n)
	}
	cps, err := audit.VerifyHistory(ctx, f.trust, f.c.Client, fetch, audit.Options{})
	if err != nil || len(cps) != 3 || len(asked) != 2 || asked[0] != [2]uint64{4, 8} || asked[1] != [2]uint64{8, 10} {
		t.Fatalf("history: %+v %v (asked %v)", cps, err, asked)
	}
	realSigner, _ := journal.ParseKey(f.skey)
	rewritten := func(ctx context.Context, o, n uint64) (*journal.Consistency, error) {
		b, err := f.souq.a.Consistency(ctx, o, n)
		if err == nil && o == 8 {
			root := common.Hash{0x77}
			note, _ := realSigner.Sign(journal.Checkpoint{Origin: "souq.test/log", Size: 8, Root: tlog.Hash(root)})
			b.Old.Checkpoint.Root, b.Old.Checkpoint.Note = root, string(note)
		}
		return b, err
	}
	if _, err := audit.VerifyHistory(ctx, f.trust, f.c.Client, rewritten, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("rewritten checkpoint: %v", err)
	}
	badProof := func(ctx context.Context, o, n uint64) (*journal.Consistency, error) {
		b, err := f.souq.a.Consistency(ctx, o, n)
		if err == nil && len(b.Proof) > 0 {
			b.Proof[len(b.Proof)-1][3] ^= 1
		}
		return b, err
	}
	if _, err := audit.VerifyHistory(ctx, f.trust, f.c.Client, badProof, audit.Options{}); audit.KindOf(err) != audit.Forked {
		t.Fatalf("bad proof: %v", err)
	}
}
