package souqtest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/souqchain/souq/store"
)

// OpenStoreCopy opens a copy of the store file at path (a fixture an older souq wrote, kept in
// testdata/) in t's temporary directory, so the fixture itself is never migrated; it is closed
// when t ends.
func OpenStoreCopy(t testing.TB, path string) *store.DB {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "souq.db")
	if err := os.WriteFile(dst, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(dst)
	if err != nil {
		t.Fatalf("open a copy of %s: %v", path, err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// Golden compares got with the golden file at path, rewriting the file first when update is set
// (each package's -update flag), and returns the golden bytes for decoding back.
func Golden(t testing.TB, path string, got []byte, update bool) []byte {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s: the stored bytes changed:\n got %q\nwant %q", path, got, want)
	}
	return want
}
