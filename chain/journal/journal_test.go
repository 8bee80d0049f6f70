package journal

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/chaintest"
	"github.com/souqchain/souq/chain/keys"
	"github.com/souqchain/souq/chain/sender"
	"github.com/souqchain/souq/chain/txstore"
	"github.com/souqchain/souq/store"
)

// testLog is a log over a real store's journal. add journals n more events (and hands them to the
// log, as PumpJournal does).
type testLog struct {
	t   testing.TB
	db  *store.DB
	l   *Log
	key *Key
	at  time.Time
}

func newTestLog(t testing.TB) *testLog {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	skey, _, err := GenerateKey("souq.test/log")
	if err != nil {
		t.Fatal(err)
	}
	key, err := ParseKey(skey)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Open(context.Background(), db.KV(), StoreSource{Store: db.Sales()}, key)
	if err != nil {
		t.Fatal(err)
	}
	return &testLog{t: t, db: db, l: l, key: key, at: time.Unix(1_800_000_000, 0).UTC()}
}

func (x *testLog) add(n int) []souq.Event {
	x.t.Helper()
	var evs []souq.Event
	ctx := context.Background()
	err := x.db.Sales().Update(ctx, func(tx souq.Tx) error {
		for range n {
			e := souq.Event{Kind: "order.paid", Order: souq.OrderID{1}, At: x.at, Fields: map[string]string{"amount": fmt.Sprint(1000 + len(evs))}}
			if err := tx.Append(&e); err != nil {
				return err
			}
			evs = append(evs, e)
		}
		return nil
	})
	if err != nil {
		x.t.Fatal(err)
	}
	if err := x.l.Append(ctx, evs...); err != nil {
		x.t.Fatal(err)
	}
	return evs
}

// Every event's inclusion proof and every pair of sizes' consistency proof verify with the
// library's own checkers; a rewritten record fails them.
func TestProofsVerifyAndARewrittenHistoryFails(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	evs := x.add(21)
	ctx := context.Background()
	roots := map[uint64]tlog.Hash{}
	for size := uint64(1); size <= 21; size++ {
		h, err := x.l.Root(ctx, size)
		if err != nil {
			t.Fatal(err)
		}
		roots[size] = h
	}
	for _, size := range []uint64{1, 2, 7, 8, 13, 21} {
		for seq := range size {
			p, err := x.l.InclusionProof(ctx, size, seq)
			if err != nil {
				t.Fatal(err)
			}
			if err := tlog.CheckRecord(p, int64(size), roots[size], int64(seq), tlog.Hash(evs[seq].Hash)); err != nil {
				t.Fatalf("record %d in %d: %v", seq, size, err)
			}
		}
		for old := uint64(1); old <= size; old++ {
			p, err := x.l.ConsistencyProof(ctx, old, size)
			if err != nil {
				t.Fatal(err)
			}
			if err := tlog.CheckTree(p, int64(size), roots[size], int64(old), roots[old]); err != nil {
				t.Fatalf("%d → %d: %v", old, size, err)
			}
		}
	}
	// A history where event 3 said something else has another root at every size above 3, and the
	// real log's consistency proof from it fails.
	forged := newTestLog(t)
	forged.add(3)
	e := souq.Event{Kind: "order.paid", Order: souq.OrderID{1}, At: forged.at, Fields: map[string]string{"amount": "1"}}
	e.Seal(3, evs[2].Hash)
	if err := forged.l.Append(ctx, e); err != nil {
		t.Fatal(err)
	}
	forgedRoot, _ := forged.l.Root(ctx, 4)
	p, _ := x.l.ConsistencyProof(ctx, 4, 21)
	if forgedRoot == roots[4] || tlog.CheckTree(p, 21, roots[21], 4, forgedRoot) == nil {
		t.Fatal("a rewritten history is consistent with the log")
	}
	// Handing over a changed event 3 again is refused; a gap too.
	if err := x.l.Append(ctx, e); !errors.Is(err, ErrForked) {
		t.Fatalf("changed event: %v", err)
	}
	e.Seal(30, evs[20].Hash)
	if err := x.l.Append(ctx, e); err == nil {
		t.Fatal("gap accepted")
	}
	// Handing over the same events again (after a crash) changes nothing.
	if err := x.l.Append(ctx, evs...); err != nil {
		t.Fatal(err)
	}
	if n, _ := x.l.Size(ctx); n != 21 {
		t.Fatalf("size %d", n)
	}
}

// Checkpoints are C2SP tlog-checkpoint signed notes: exact text, the key's origin, verified only
// by the log's key.
func TestCheckpointNote(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	root := tlog.Hash{1, 2, 3}
	signed, err := x.key.Sign(Checkpoint{Origin: "souq.test/log", Size: 42, Root: root})
	if err != nil {
		t.Fatal(err)
	}
	want := "souq.test/log\n42\nAQIDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n— souq.test/log "
	if !strings.HasPrefix(string(signed), want) {
		t.Fatalf("note:\n%s", signed)
	}
	c, err := OpenCheckpoint(signed, x.key.VerifierKey())
	if err != nil || c.Size != 42 || c.Root != root || c.Origin != "souq.test/log" {
		t.Fatalf("open: %+v %v", c, err)
	}
	_, otherV, _ := note.GenerateKey(nil, "souq.test/log")
	if _, err := OpenCheckpoint(signed, otherV); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("another key: %v", err)
	}
	changed := strings.Replace(string(signed), "\n42\n", "\n43\n", 1)
	if _, err := OpenCheckpoint([]byte(changed), x.key.VerifierKey()); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("changed size: %v", err)
	}
	if _, err := x.key.Sign(Checkpoint{Origin: "elsewhere", Size: 1, Root: root}); err == nil {
		t.Fatal("signed another origin")
	}
}

// A client that knows only C2SP tlog-tiles (sumdb/tlog's tile reader over HTTP) follows the log:
// it reads the checkpoint, proves records and entries from tiles, and gets 404 beyond the tree.
func TestTilesServeAStandardClient(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	evs := x.add(300)
	a := NewAnchorer(x.l, nil, AnchorConfig{})
	ctx := context.Background()
	if _, err := a.cut(ctx, true); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.StripPrefix("/log", a.Handler()))
	defer srv.Close()
	get := func(p string) ([]byte, int) {
		resp, err := http.Get(srv.URL + "/log/" + p)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return b, resp.StatusCode
	}
	signed, code := get("checkpoint")
	if code != 200 {
		t.Fatalf("checkpoint: %d", code)
	}
	c, err := OpenCheckpoint(signed, x.key.VerifierKey())
	if err != nil || c.Size != 300 {
		t.Fatalf("checkpoint %+v %v", c, err)
	}
	tr := tileReader{get: get}
	hr := tlog.TileHashReader(tlog.Tree{N: int64(c.Size), Hash: c.Root}, tr)
	for _, seq := range []int64{0, 255, 256, 299} {
		p, err := tlog.ProveRecord(int64(c.Size), seq, hr)
		if err != nil {
			t.Fatal(err)
		}
		if err := tlog.CheckRecord(p, int64(c.Size), c.Root, seq, tlog.Hash(evs[seq].Hash)); err != nil {
			t.Fatal(err)
		}
	}
	// Entry bundles hold the canonical bytes, length-prefixed.
	b, code := get("tile/entries/001.p/44")
	if code != 200 {
		t.Fatalf("entries: %d", code)
	}
	first := evs[256].Canonical()
	if int(b[0])<<8|int(b[1]) != len(first) || string(b[2:2+len(first)]) != string(first) {
		t.Fatal("entry bundle does not start with event 256's canonical bytes")
	}
	for _, p := range []string{"tile/0/001.p/45", "tile/entries/001", "tile/1/000", "tile/0/002.p/1", "tile/x", "nothing"} {
		if _, code := get(p); code != 404 {
			t.Fatalf("%s: %d, want 404", p, code)
		}
	}
}

// tileReader fetches C2SP tiles for sumdb/tlog's TileHashReader (which names them tile/8/…).
type tileReader struct{ get func(string) ([]byte, int) }

func (tileReader) Height() int { return tileHeight }
func (r tileReader) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(tiles))
	for i, t := range tiles {
		p := strings.Replace(t.Path(), "tile/8/", "tile/", 1)
		b, code := r.get(p)
		if code != 200 {
			return nil, fmt.Errorf("%s: %d", p, code)
		}
		out[i] = b
	}
	return out, nil
}
func (tileReader) SaveTiles([]tlog.Tile, [][]byte) {}

func TestAnchorerCutsBySizeAndAgeAndSurvivesRestart(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 15*time.Millisecond)
	x := newTestLog(t)
	st, _ := txstore.New(context.Background(), x.db.KV())
	now := x.at
	s := sender.New(c.Client, st, keys.NewKey(c.Operator.Key), sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	cfg := AnchorConfig{ChainID: 1337, Contract: c.Contracts.EventAnchor, MaxBatch: 4, MaxAge: time.Minute, Now: func() time.Time { return now }}
	a := NewAnchorer(x.l, s, cfg)
	x.add(4)
	if err := a.Step(ctx, false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Checkpoint(ctx, 4); err != nil {
		t.Fatalf("a full batch was not cut: %v", err)
	}
	x.add(2)
	if err := a.Step(ctx, false); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Checkpoint(ctx, 6); err == nil {
		t.Fatal("young events were cut before MaxAge")
	}
	// A minute later they are cut — but "crash" right after cutting, before submitting.
	now = now.Add(2 * time.Minute)
	if r, err := a.cut(ctx, false); err != nil || r == nil || r.Size != 6 || r.PrevSize != 4 {
		t.Fatalf("age cut: %+v %v", r, err)
	}
	// A new anchorer (restart) submits it and both get anchored in order.
	a2 := NewAnchorer(x.l, s, cfg)
	deadline := time.Now().Add(20 * time.Second)
	for {
		if err := a2.Step(ctx, false); err != nil {
			t.Fatal(err)
		}
		r, _ := a2.Checkpoint(ctx, 6)
		if r.State == Anchored {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("checkpoint 6 still %s", r.State)
		}
		time.Sleep(20 * time.Millisecond)
	}
	ea := eventanchor.NewEventAnchor()
	size, _ := bind.Call(ea.Instance(c.Client, c.Contracts.EventAnchor), nil, ea.PackSize(), ea.UnpackSize)
	if size != 6 {
		t.Fatalf("contract size %d, want 6", size)
	}
	for seq := range uint64(6) {
		b, err := a2.Bundle(ctx, seq)
		if err != nil {
			t.Fatal(err)
		}
		want := uint64(4)
		if seq >= 4 {
			want = 6
		}
		if b.Checkpoint.Size != want || b.Anchor.TxHash == [32]byte{} || b.Proof == nil {
			t.Fatalf("bundle %d: %+v", seq, b.Checkpoint)
		}
	}
	if _, err := a2.Bundle(ctx, 6); !errors.Is(err, ErrNotFound) {
		t.Fatalf("bundle of an event that does not exist: %v", err)
	}
	cons, err := a2.Consistency(ctx, 4, 6)
	if err != nil || len(cons.Proof) == 0 {
		t.Fatalf("consistency: %+v %v", cons, err)
	}
}

func TestAnchorLag(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	a := NewAnchorer(x.l, nil, AnchorConfig{})
	if lag, err := a.Lag(context.Background(), time.Now()); err != nil || lag != 0 {
		t.Fatalf("lag = %v, %v", lag, err)
	}
	x.add(1)
	lag, err := a.Lag(context.Background(), x.at.Add(90*time.Second))
	if err != nil || lag != 90*time.Second {
		t.Fatalf("lag of an unanchored event = %v, %v; want 1m30s", lag, err)
	}
}

// A refused checkpoint (sent from a key that is not yet the anchorer) does not block the next
// ones: once the owner makes that key the anchorer, the next checkpoint lands.
func TestARefusedCheckpointDoesNotBlockTheNext(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t, 0)
	c.AutoMine(t, 10*time.Millisecond)
	x := newTestLog(t)
	st, _ := txstore.New(context.Background(), x.db.KV())
	s := sender.New(c.Client, st, keys.NewKey(c.Faucet.Key), sender.Config{ChainID: c.ChainID, Poll: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	a := NewAnchorer(x.l, s, AnchorConfig{ChainID: 1337, Contract: c.Contracts.EventAnchor})
	wait := func(size uint64) Record {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			if err := a.Step(ctx, true); err != nil {
				t.Fatal(err)
			}
			if r, err := a.Checkpoint(ctx, size); err == nil && r.State != Pending {
				return r
			}
			if time.Now().After(deadline) {
				t.Fatalf("checkpoint %d still pending", size)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	x.add(3)
	if r := wait(3); r.State != Failed {
		t.Fatalf("checkpoint from a stranger: %+v", r)
	}
	ea := eventanchor.NewEventAnchor()
	tx, err := bind.Transact(ea.Instance(c.Client, c.Contracts.EventAnchor), bind.NewKeyedTransactor(c.Operator.Key, c.ChainID), ea.PackSetAnchorer(c.Faucet.Address))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, c.Client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	x.add(2)
	if r := wait(5); r.State != Anchored || r.PrevSize != 0 {
		t.Fatalf("checkpoint after the refused one: %+v", r)
	}
}

// A service whose clock was moved forward (the demo's or a soak's time travel on the dev chain)
// stamps events later than the anchorer's own clock: they must still be cut, or they never age and
// stay unanchored.
func TestAnchorerCutsEventsStampedInTheFuture(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		shift time.Duration // the anchorer's clock minus the events' stamp
		cut   bool
	}{
		{"young event waits", time.Second, false},
		{"old event is cut", 2 * time.Minute, true},
		{"event from a clock 10 days ahead is cut", -240 * time.Hour, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			x := newTestLog(t)
			now := x.at.Add(tt.shift)
			a := NewAnchorer(x.l, nil, AnchorConfig{ChainID: 1337, MaxBatch: 4, MaxAge: time.Minute, Now: func() time.Time { return now }})
			x.add(1)
			r, err := a.cut(context.Background(), false)
			if err != nil {
				t.Fatal(err)
			}
			if (r != nil) != tt.cut {
				t.Fatalf("cut %+v, want a checkpoint: %v", r, tt.cut)
			}
		})
	}
}
