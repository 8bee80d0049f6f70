package keys

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/store"
)

// testBook is a book on db, with wallets from a fixed test seed.
func testBook(t *testing.T, db *store.DB) (*Book, *Wallets) {
	t.Helper()
	w, err := NewWallets([]byte("0123456789abcdef0123456789abcdef"), DefaultWalletPath)
	if err != nil {
		t.Fatal(err)
	}
	book, err := NewBook(db.KV(), w)
	if err != nil {
		t.Fatal(err)
	}
	return book, w
}

func TestBookAssignsStableDistinctWallets(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "souq.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	book, w := testBook(t, db)
	ctx := context.Background()
	a1, _ := book.CustodialAddress(ctx, "c1")
	a2, _ := book.CustodialAddress(ctx, "c2")
	a1again, _ := book.CustodialAddress(ctx, "c1")
	if a1 == a2 || a1 != a1again {
		t.Fatalf("c1 %s, c2 %s, c1 again %s", a1, a2, a1again)
	}
	want0, _ := w.Address(0)
	if a1 != want0.Hex() {
		t.Fatalf("first customer got %s, want wallet 0 %s", a1, want0.Hex())
	}
	k, err := book.KeyOf(common.HexToAddress(a2))
	if err != nil || k.Address().Hex() != a2 {
		t.Fatalf("KeyOf(%s) = %v, %v", a2, k, err)
	}
	if _, err := book.KeyOf(common.HexToAddress("0x000000000000000000000000000000000000dEaD")); !errors.Is(err, ErrNotCustodial) {
		t.Fatalf("KeyOf a stranger: %v", err)
	}
	// Reopened, the book remembers and continues after the last index.
	db.Close()
	db, err = store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	book, _ = NewBook(db.KV(), w)
	if got, _ := book.CustodialAddress(ctx, "c2"); got != a2 {
		t.Fatalf("after reopen c2 = %s, want %s", got, a2)
	}
	a3, _ := book.CustodialAddress(ctx, "c3")
	want2, _ := w.Address(2)
	if a3 != want2.Hex() {
		t.Fatalf("third customer got %s, want wallet 2", a3)
	}
}

func TestValidateAddress(t *testing.T) {
	t.Parallel()
	good := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	tests := []struct {
		in, want string
		ok       bool
	}{
		{good, good, true},
		{strings.ToLower(good), good, true},
		{"0x" + strings.ToUpper(good[2:]), good, true},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "", false}, // checksum typo
		{"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "", false},   // no 0x
		{"0x0000000000000000000000000000000000000000", "", false},
		{"0x1234", "", false},
		{"vitalik.eth", "", false},
	}
	for _, tt := range tests {
		got, err := ValidateAddress(tt.in)
		if tt.ok != (err == nil) || got != tt.want {
			t.Errorf("ValidateAddress(%q) = %q, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, souq.ErrInvalidAddress) {
			t.Errorf("ValidateAddress(%q) error %v does not wrap ErrInvalidAddress", tt.in, err)
		}
	}
}

// A customer's wallet, once assigned, is looked up without a write transaction: each offer asks for
// two wallets, and a write takes the store's single writer lock and an fsync.
func TestBookKnownCustomerIsARead(t *testing.T) {
	t.Parallel()
	db, err := store.Open(filepath.Join(t.TempDir(), "souq.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	book, _ := testBook(t, db)
	ctx := context.Background()
	first, err := book.CustodialAddress(ctx, "c1")
	if err != nil {
		t.Fatal(err)
	}
	pageWrites := db.PagesWritten
	writes := pageWrites()
	for range 3 {
		if got, err := book.CustodialAddress(ctx, "c1"); err != nil || got != first {
			t.Fatalf("c1 again = %s, %v; want %s", got, err, first)
		}
	}
	if got := pageWrites() - writes; got != 0 {
		t.Fatalf("looking up a known customer wrote %d pages", got)
	}
}
