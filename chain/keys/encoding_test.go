package keys

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/kv"
	"github.com/souqchain/souq/souqtest"
	"github.com/souqchain/souq/store"
)

// go test ./chain/keys -run TestBookGolden -update rewrites testdata/book_records.golden.
var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// dumpSpaces writes every record of the book's spaces as "space key-hex value-hex" lines.
func dumpSpaces(t *testing.T, db kv.DB, w io.Writer) {
	t.Helper()
	err := db.View(context.Background(), func(tx kv.Tx) error {
		for _, sp := range []string{spaceByCustomer, spaceByAddress, spaceMeta} {
			if err := tx.Ascend(sp, nil, func(k, v []byte) error {
				_, err := fmt.Fprintf(w, "%s %x %x\n", sp, k, v)
				return err
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// The book's stored bytes for two customers under a fixed seed are pinned in a golden file, and
// read back to the same wallets.
func TestBookGolden(t *testing.T) {
	t.Parallel()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"), store.WithNoSync())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	book, w := testBook(t, db)
	for _, c := range []string{"customer-a", "seller/customer-b"} {
		if _, err := book.CustodialAddress(context.Background(), c); err != nil {
			t.Fatal(err)
		}
	}
	var got bytes.Buffer
	dumpSpaces(t, db.KV(), &got)
	want := souqtest.Golden(t, filepath.Join("testdata", "book_records.golden"), got.Bytes(), *update)
	// Decoding the golden gives each customer its index, each address its index, and next = 2.
	wantIdx := map[string]uint32{"customer-a": 0, "seller/customer-b": 1}
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			t.Fatalf("golden line %q", line)
		}
		k, _ := hex.DecodeString(f[1])
		v, _ := hex.DecodeString(f[2])
		i, err := decodeIndex(v)
		if err != nil {
			t.Fatal(err)
		}
		switch f[0] {
		case spaceByCustomer:
			if want, ok := wantIdx[string(k)]; !ok || i != want {
				t.Errorf("by_customer %q = %d", k, i)
			}
		case spaceByAddress:
			if a, _ := w.Address(i); a != common.BytesToAddress(k) {
				t.Errorf("by_address %x = index %d, whose wallet is %s", k, i, a.Hex())
			}
		case spaceMeta:
			if string(k) != "next" || i != 2 {
				t.Errorf("meta %q = %d", k, i)
			}
		}
		seen++
	}
	if seen != 5 {
		t.Fatalf("golden holds %d records, want 5", seen)
	}
}

func TestDecodeIndexRefusesOtherWidths(t *testing.T) {
	t.Parallel()
	for _, v := range [][]byte{nil, {1}, {0, 0, 0, 0, 1}, []byte(`"1"`)} {
		if _, err := decodeIndex(v); err == nil {
			t.Errorf("decodeIndex(%x) accepted", v)
		}
	}
	if i, err := decodeIndex([]byte{0, 0, 1, 2}); err != nil || i != 258 {
		t.Fatalf("decodeIndex(00000102) = %d, %v", i, err)
	}
}

// A souq.db written by b1c9294's demo opens as is: its customers keep their wallets and the next
// customer gets index 2. The demo's seed is not in the fixture, so the test derives with its own
// seed and checks indices: the known customer gets wallet 0 (not a new index), the seller wallet 1.
func TestBookReadsB1c9294Store(t *testing.T) {
	t.Parallel()
	db := souqtest.OpenStoreCopy(t, filepath.Join("..", "testdata", "souq_b1c9294.db"))
	book, w := testBook(t, db)
	counts := map[string]int{}
	if err := db.KV().View(context.Background(), func(tx kv.Tx) error {
		for _, sp := range []string{spaceByCustomer, spaceByAddress, spaceMeta} {
			if err := tx.Ascend(sp, nil, func(_, _ []byte) error { counts[sp]++; return nil }); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if counts[spaceByCustomer] != 2 || counts[spaceByAddress] != 2 || counts[spaceMeta] != 1 {
		t.Fatalf("fixture records %v", counts)
	}
	ctx := context.Background()
	const buyer = "beaec26967aacab2ce105ea197ce8b9ccdee31d847e1472e05bb40c6436495d2"
	const seller = "seller/77ddbd28a7fd98b77c94f29f6fe084c1f55d3bdab1f5a6c22ca6243580706d14"
	for i, c := range []string{buyer, seller} {
		got, err := book.CustodialAddress(ctx, c)
		want, _ := w.Address(uint32(i))
		if err != nil || got != want.Hex() {
			t.Fatalf("customer %s = %s, %v; want wallet %d %s", c, got, err, i, want.Hex())
		}
	}
	// The demo's buyer wallet (index 0 under the demo's seed) resolves to index 0's key.
	k, err := book.KeyOf(common.HexToAddress("0x4344501e3d0f9cf6a5efbd6363685a1d9ae7b1cf"))
	if want, _ := w.Address(0); err != nil || k.Address() != want {
		t.Fatalf("KeyOf(demo buyer wallet) = %v, %v; want index 0", k, err)
	}
	got, err := book.CustodialAddress(ctx, "a new customer")
	want2, _ := w.Address(2)
	if err != nil || got != want2.Hex() {
		t.Fatalf("new customer = %s, %v; want wallet 2 %s", got, err, want2.Hex())
	}
	if k, err := book.KeyOf(want2); err != nil || k.Address() != want2 {
		t.Fatalf("KeyOf(new wallet) = %v, %v", k, err)
	}
	if _, err := book.KeyOf(common.HexToAddress("0x000000000000000000000000000000000000dEaD")); !errors.Is(err, ErrNotCustodial) {
		t.Fatalf("KeyOf a stranger: %v", err)
	}
	var next []byte
	_ = db.KV().View(ctx, func(tx kv.Tx) error { next = tx.Get(spaceMeta, keyNext); return nil })
	if n, err := decodeIndex(next); err != nil || n != 3 {
		t.Fatalf("next index after the new customer = %d, %v; want 3", n, err)
	}
}
