package store

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/souqchain/souq"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestJournalRecordGolden pins the bytes a journal record is stored as, and reads back the same
// event from them and from souq.Event's plain JSON (records written before this encoding).
func TestJournalRecordGolden(t *testing.T) {
	prev := [32]byte{1, 2, 3}
	e := souq.Event{Kind: souq.EventIntentDone, At: time.Date(2026, 3, 1, 12, 0, 0, 5, time.UTC),
		Fields: map[string]string{"intent": "escrow.fund", "tx": "0xabc"}}
	e.Order[0], e.Order[31] = 0xaa, 0x55
	e.Seal(41, prev)
	raw, err := encodeEvent(&e)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "journal_record_v3.golden")
	if *updateGolden {
		if err := os.WriteFile(golden, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, want) {
		t.Fatalf("record =\n%q\nwant\n%q", raw, want)
	}
	old, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) > len(old)*2/3 {
		t.Errorf("record is %d bytes, the plain JSON %d: the compact encoding should save a third", len(raw), len(old))
	}
	for name, r := range map[string][]byte{"v3": raw, "plain JSON": old} {
		got, err := decodeEvent(u64(41), r, prev)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Seq != 41 || got.PrevHash != prev || got.Hash != e.Hash || got.Order != e.Order || !got.At.Equal(e.At) ||
			got.Kind != e.Kind || len(got.Fields) != 2 || got.Fields["tx"] != "0xabc" || !got.Verify() {
			t.Errorf("%s: decoded %+v", name, got)
		}
	}
}
