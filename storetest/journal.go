package storetest

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

// checkChain checks the journal read from 0: numbered 0, 1, 2… without a gap, each event's
// PrevHash the Hash of the one before, each Hash the record hash of its canonical bytes.
func checkChain(t *testing.T, evs []souq.Event) {
	t.Helper()
	var prev [32]byte
	for i, e := range evs {
		if e.Seq != uint64(i) {
			t.Fatalf("event %d has Seq %d", i, e.Seq)
		}
		if e.PrevHash != prev {
			t.Fatalf("event %d: PrevHash %x, want %x", i, e.PrevHash[:4], prev[:4])
		}
		if !e.Verify() {
			t.Fatalf("event %d: hash does not match its content", i)
		}
		prev = e.Hash
	}
}

// Events are numbered from 0 without gaps across transactions, many to one transaction or
// one each, and chained; Append seals the caller's event.
func testJournalChain(t *testing.T, s *Subject) {
	var sealed []souq.Event
	for i := range 3 {
		update(t, s.Sales, func(tx souq.Tx) error {
			e := newEvent("order.paid", t0.Add(time.Duration(i)*time.Second), map[string]string{"i": fmt.Sprint(i)})
			if err := tx.Append(e); err != nil {
				return err
			}
			if e.Seq != uint64(i) || e.Hash == ([32]byte{}) {
				t.Errorf("Append sealed event %d as Seq %d, hash %x", i, e.Seq, e.Hash[:4])
			}
			sealed = append(sealed, *e)
			return nil
		})
	}
	update(t, s.Sales, func(tx souq.Tx) error {
		for i := 3; i < 7; i++ {
			e := newEvent("order.shipped", t0.Add(time.Duration(i)*time.Second), nil)
			if err := tx.Append(e); err != nil {
				return err
			}
			sealed = append(sealed, *e)
		}
		return nil
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		evs, err := tx.Events(0, 0)
		if err != nil {
			return err
		}
		if len(evs) != 7 {
			t.Fatalf("%d events, want 7", len(evs))
		}
		checkChain(t, evs)
		for i := range evs {
			if evs[i].Hash != sealed[i].Hash {
				t.Errorf("event %d read back with another hash than it was sealed with", i)
			}
		}
		// A window starts where asked and carries the link to the event before it.
		win, err := tx.Events(4, 2)
		if err != nil {
			return err
		}
		if len(win) != 2 || win[0].Seq != 4 || win[1].Seq != 5 || win[0].PrevHash != evs[3].Hash {
			t.Errorf("Events(4, 2) = %d events from %v", len(win), win)
		}
		if tail, _ := tx.Events(7, 0); len(tail) != 0 {
			t.Errorf("Events past the end = %d events", len(tail))
		}
		return nil
	})
}

// Events read back exactly as written (the bytes their hash commits to), and appending more
// does not change them.
func testJournalExact(t *testing.T, s *Subject) {
	written := []*souq.Event{
		newEvent("order.offered", t0, map[string]string{"total": "25000000", "asset": "USDC", "customer": "c-commit"}),
		{Kind: souq.EventMerchant, At: t0.Add(time.Nanosecond), Fields: map[string]string{}}, // no order
		newEvent("order.disputed", t0.Add(time.Hour), map[string]string{"reason_sha256": "ab", "empty": ""}),
	}
	update(t, s.Sales, func(tx souq.Tx) error {
		for _, e := range written {
			if err := tx.Append(e); err != nil {
				return err
			}
		}
		return nil
	})
	var before []souq.Event
	view(t, s.Sales, func(tx souq.Tx) error {
		var err error
		before, err = tx.Events(0, 0)
		return err
	})
	if len(before) != len(written) {
		t.Fatalf("%d events, want %d", len(before), len(written))
	}
	for i, e := range written {
		if !bytes.Equal(before[i].Canonical(), e.Canonical()) || before[i].Hash != e.Hash {
			t.Errorf("event %d read back as %+v, want %+v", i, before[i], *e)
		}
		if before[i].Order != e.Order || !before[i].At.Equal(e.At) || len(before[i].Fields) != len(e.Fields) {
			t.Errorf("event %d fields differ: %+v", i, before[i])
		}
	}
	for i := range 20 {
		update(t, s.Sales, func(tx souq.Tx) error {
			return tx.Append(newEvent("order.paid", t0.Add(time.Duration(i)*time.Minute), map[string]string{"pad": fmt.Sprintf("%0300d", i)}))
		})
	}
	view(t, s.Sales, func(tx souq.Tx) error {
		after, err := tx.Events(0, 3)
		if err != nil {
			return err
		}
		for i := range after {
			if !bytes.Equal(after[i].Canonical(), before[i].Canonical()) {
				t.Errorf("event %d changed after later appends", i)
			}
		}
		all, err := tx.Events(0, 0)
		checkChain(t, all)
		return err
	})
}

// An append in a transaction that fails takes no number: the next event follows on.
func testJournalRollback(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error { return tx.Append(newEvent("order.paid", t0, nil)) })
	err := s.Sales.Update(context.Background(), func(tx souq.Tx) error {
		for range 3 {
			if err := tx.Append(newEvent("order.shipped", t0, nil)); err != nil {
				return err
			}
		}
		return errDecision
	})
	if err == nil {
		t.Fatal("the failing transaction committed")
	}
	update(t, s.Sales, func(tx souq.Tx) error {
		e := newEvent("order.delivered", t0, nil)
		if err := tx.Append(e); err != nil {
			return err
		}
		if e.Seq != 1 {
			t.Errorf("the event after a rolled-back append has Seq %d, want 1", e.Seq)
		}
		return nil
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		evs, err := tx.Events(0, 0)
		if len(evs) != 2 || evs[1].Kind != "order.delivered" {
			t.Errorf("journal = %+v", evs)
		}
		checkChain(t, evs)
		return err
	})
}

// Appenders running at once are serialized: every event once, numbered without gaps, chained.
func testJournalConcurrent(t *testing.T, s *Subject) {
	const writers, each = 6, 8
	start(writers, func(w int) {
		for i := range each {
			err := s.Sales.Update(context.Background(), func(tx souq.Tx) error {
				return tx.Append(newEvent("order.paid", t0, map[string]string{"w": fmt.Sprint(w), "i": fmt.Sprint(i)}))
			})
			if err != nil {
				t.Errorf("writer %d: %v", w, err)
			}
		}
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		evs, err := tx.Events(0, 0)
		if err != nil {
			return err
		}
		if len(evs) != writers*each {
			t.Fatalf("%d events, want %d", len(evs), writers*each)
		}
		checkChain(t, evs)
		seen := map[string]bool{}
		for _, e := range evs {
			k := e.Fields["w"] + "/" + e.Fields["i"]
			if seen[k] {
				t.Errorf("event %s twice", k)
			}
			seen[k] = true
		}
		return nil
	})
}

// Cursors (the journal pump's progress) start at 0 and keep what was set, per name.
func testCursors(t *testing.T, s *Subject) {
	update(t, s.Sales, func(tx souq.Tx) error {
		if v, err := tx.Cursor("anchor"); v != 0 || err != nil {
			t.Errorf("new cursor = %d, %v", v, err)
		}
		if err := tx.SetCursor("anchor", 41); err != nil {
			return err
		}
		return tx.SetCursor("other", 1<<40)
	})
	update(t, s.Sales, func(tx souq.Tx) error {
		if v, _ := tx.Cursor("anchor"); v != 41 {
			t.Errorf("cursor = %d, want 41", v)
		}
		return tx.SetCursor("anchor", 42)
	})
	view(t, s.Sales, func(tx souq.Tx) error {
		if v, _ := tx.Cursor("anchor"); v != 42 {
			t.Errorf("cursor = %d, want 42", v)
		}
		if v, _ := tx.Cursor("other"); v != 1<<40 {
			t.Errorf("other cursor = %d", v)
		}
		return nil
	})
}
