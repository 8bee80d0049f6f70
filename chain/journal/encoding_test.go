package journal

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
)

// go test ./chain/journal -run TestRecordEncodingGolden -update rewrites testdata/record_*.golden;
// a change there is a change of the stored format, to be versioned.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var goldenRecords = []struct {
	name string
	r    Record
}{
	{"anchored", Record{Size: 48, Root: common.HexToHash("0x602749dbcae63b1e75276a247b5f4bb563892d3df73bbdfa4887d3d67e7f6b0b"),
		Note:     "souq/1337/0xe7f1725e7734ce288f8367e1bb143e90bb3f0512\n48\nYCdJ28rmOx51J2oke19LtWOJLT33O736SIfT1n5/aws=\n\n— souq/1337/0xe7f1725e7734ce288f8367e1bb143e90bb3f0512 mbAzXnmQcl9N7sSBAttQaFXkDLjXKZ6IXUZbSnmVySRvvYIkug6v5RXuc1/mUUe9rdBD2htyMSCpOo+ns0Shghka/gc=\n",
		PrevSize: 47, CutAt: time.Date(2026, 11, 30, 11, 11, 15, 210606389, time.UTC), State: Anchored,
		IntentKey: "checkpoint/0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512/48",
		TxHash:    common.HexToHash("0xdd641029362de19d04e4e77733a37352a0375a5f1b7168311a1e8b636fb321f3"), BlockNumber: 17,
		BlockHash: common.HexToHash("0x1500102c5a1edbbbf637cddb9daf18a86bc18f44b229bc565068ef81b6691e7c"), GasUsed: 28851}},
	{"pending", Record{Size: 3, Root: common.HexToHash("0x01"), Note: "souq.test/log\n3\nAQ==\n", CutAt: time.Date(2027, 1, 2, 3, 4, 5, 0, time.UTC),
		State: Pending, IntentKey: "checkpoint/0x0000000000000000000000000000000000000001/3"}},
	{"failed", Record{Size: 9, Root: common.HexToHash("0x02"), Note: "n", PrevSize: 3, CutAt: time.Date(2027, 1, 2, 3, 4, 6, 0, time.UTC),
		State: Failed, IntentKey: "checkpoint/0x0000000000000000000000000000000000000001/9", Error: "EventAnchorSizeNotGrowing{Size: 9}"}},
}

// A checkpoint record's stored bytes are 0x01 ‖ JSON, as in the golden files, and read back as the
// record.
func TestRecordEncodingGolden(t *testing.T) {
	for _, tc := range goldenRecords {
		t.Run(tc.name, func(t *testing.T) {
			got, err := encodeRecord(&tc.r)
			if err != nil {
				t.Fatal(err)
			}
			want := souqtest.Golden(t, filepath.Join("testdata", "record_"+tc.name+".golden"), got, *update)
			back, err := decodeRecord(want)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, tc.r) {
				t.Errorf("decoded %+v, want %+v", back, tc.r)
			}
		})
	}
}

// Bare JSON (what the bbolt code stored, before the version byte) reads as version 1; an empty value
// or an unknown version is an error naming it.
func TestRecordDecodeLegacyAndUnknown(t *testing.T) {
	legacy, err := os.ReadFile(filepath.Join("testdata", "record_legacy.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		raw     []byte
		want    *Record
		wantErr string
	}{
		{"legacy", legacy, &goldenRecords[0].r, ""},
		{"v1", append([]byte{0x01}, legacy...), &goldenRecords[0].r, ""},
		{"v2", append([]byte{0x02}, legacy...), nil, "version 2 unknown"},
		{"empty", []byte{}, nil, "empty"},
		{"bad json", []byte{0x01, '{', '"'}, nil, "decode checkpoint record"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := decodeRecord(tc.raw)
			if tc.want == nil {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, *tc.want) {
				t.Errorf("decoded %+v, want %+v", got, *tc.want)
			}
		})
	}
}

// The tree's stored hashes and the size are raw fixed-width bytes: tlog.meta "size" is 8 bytes BE,
// tlog.hashes index 0 is the first record's hash itself, index 2 the root of the first two.
func TestStoredHashesAndSizeBytes(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	evs := x.add(2)
	var size, h0, h2 []byte
	err := x.db.KV().View(context.Background(), func(tx kv.Tx) error {
		size, h0, h2 = tx.Get("tlog.meta", []byte("size")), tx.Get("tlog.hashes", make([]byte, 8)), tx.Get("tlog.hashes", []byte{0, 0, 0, 0, 0, 0, 0, 2})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []byte{0, 0, 0, 0, 0, 0, 0, 2}; !bytes.Equal(size, want) {
		t.Errorf("size bytes %x, want %x", size, want)
	}
	if !bytes.Equal(h0, evs[0].Hash[:]) {
		t.Errorf("hash 0 is %x, want event 0's record hash %x", h0, evs[0].Hash)
	}
	root, err := x.l.Root(context.Background(), 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := tlog.NodeHash(tlog.Hash(evs[0].Hash), tlog.Hash(evs[1].Hash)); !bytes.Equal(h2, want[:]) || root != want {
		t.Errorf("hash 2 is %x (root %x), want %x", h2, root, want)
	}
}

// A stored size that is not 8 bytes is refused when the log opens and when it appends, rather than
// read as 0, which would have the next append overwrite the tree from its first hash.
func TestMalformedSizeIsRefused(t *testing.T) {
	t.Parallel()
	x := newTestLog(t)
	evs := x.add(3)
	ctx := context.Background()
	if err := x.db.KV().Update(ctx, func(tx kv.Tx) error { return tx.Put("tlog.meta", []byte("size"), []byte{0, 0, 0, 3}) }); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, x.db.KV(), StoreSource{Store: x.db.Sales()}, x.key); err == nil || !strings.Contains(err.Error(), "not 8") {
		t.Errorf("open: %v, want the size refused", err)
	}
	if _, err := x.l.Size(ctx); err == nil {
		t.Error("size read from 4 bytes")
	}
	if err := x.l.Append(ctx, evs[0]); err == nil {
		t.Error("appended over a malformed size")
	}
}
