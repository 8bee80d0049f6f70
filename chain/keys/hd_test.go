package keys

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

type goldenWallet struct {
	Index   uint32 `json:"index"`
	Address string `json:"address"`
}

type goldenCase struct {
	Name       string         `json:"name"`
	Mnemonic   string         `json:"mnemonic,omitempty"`
	Passphrase string         `json:"bip39_passphrase,omitempty"`
	Seed       string         `json:"seed"` // hex
	Wallets    []goldenWallet `json:"wallets"`
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

func checkWallets(t *testing.T, w *Wallets, want []goldenWallet) {
	t.Helper()
	for _, g := range want {
		a, err := w.Address(g.Index)
		if err != nil {
			t.Fatalf("wallet %d: %v", g.Index, err)
		}
		if a != common.HexToAddress(g.Address) {
			t.Errorf("wallet %d = %s, want %s", g.Index, a, g.Address)
		}
	}
}

// TestGoldenWallets holds the derivation to the addresses the hand-written BIP-32/39 code of
// c0d2cff gave (testdata/golden_wallets.json was written by it): customers' wallets hold money,
// so a seed must open the same accounts forever. The seeds include ones where a hardened parent
// key on m/44'/60'/0'/0 starts with a zero byte, which libraries have got wrong before.
func TestGoldenWallets(t *testing.T) {
	t.Parallel()
	var cases []goldenCase
	readJSON(t, "golden_wallets.json", &cases)
	if len(cases) < 10 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Parallel()
			seed, err := hex.DecodeString(c.Seed)
			if err != nil {
				t.Fatal(err)
			}
			if c.Mnemonic != "" {
				got, err := MnemonicSeed(c.Mnemonic, c.Passphrase)
				if err != nil {
					t.Fatal(err)
				}
				if hex.EncodeToString(got) != c.Seed {
					t.Fatalf("mnemonic seed %x, want %s", got, c.Seed)
				}
			}
			w, err := NewWallets(seed, DefaultWalletPath)
			if err != nil {
				t.Fatal(err)
			}
			checkWallets(t, w, c.Wallets)
		})
	}
}

// TestGoldenSeedFile opens a seed file written by the old code's CreateSeed path.
func TestGoldenSeedFile(t *testing.T) {
	t.Parallel()
	var want []goldenWallet
	readJSON(t, "golden_seed_wallets.json", &want)
	w, err := OpenWallets(filepath.Join("testdata", "golden_seed.json"), "golden-pass")
	if err != nil {
		t.Fatal(err)
	}
	checkWallets(t, w, want)
	if _, err := OpenWallets(filepath.Join("testdata", "golden_seed.json"), "nope"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
}

func parsePath(t *testing.T, s string) []uint32 {
	t.Helper()
	parts := strings.Split(s, "/")
	if parts[0] != "m" {
		t.Fatalf("path %q", s)
	}
	var path []uint32
	for _, p := range parts[1:] {
		n, err := strconv.ParseUint(strings.TrimSuffix(p, "'"), 10, 32)
		if err != nil {
			t.Fatalf("path %q: %v", s, err)
		}
		if strings.HasSuffix(p, "'") {
			n += hardened
		}
		path = append(path, uint32(n))
	}
	return path
}

// TestBIP32Vectors checks the derivation against BIP-32's published test vectors 1 to 4 (3 and 4
// are the leading-zero cases).
func TestBIP32Vectors(t *testing.T) {
	t.Parallel()
	var vs []struct{ Name, Seed, Path, Xprv string }
	readJSON(t, "bip32_vectors.json", &vs)
	if len(vs) != 17 {
		t.Fatalf("%d vectors, want 17", len(vs))
	}
	for _, v := range vs {
		seed, err := hex.DecodeString(v.Seed)
		if err != nil {
			t.Fatal(err)
		}
		k, err := deriveAccount(seed, parsePath(t, v.Path))
		if err != nil {
			t.Fatalf("%s: %v", v.Name, err)
		}
		if k.String() != v.Xprv {
			t.Errorf("%s = %s, want %s", v.Name, k, v.Xprv)
		}
	}
}

// TestBIP39Vectors checks mnemonic to seed against the BIP-39 reference vectors (passphrase
// "TREZOR").
func TestBIP39Vectors(t *testing.T) {
	t.Parallel()
	tests := []struct{ mnemonic, seed string }{
		{"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
			"c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"},
		{"legal winner thank year wave sausage worth useful legal winner thank yellow",
			"2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607"},
		{"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
			"ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069"},
	}
	for _, tt := range tests {
		got, err := MnemonicSeed(tt.mnemonic, "TREZOR")
		if err != nil {
			t.Fatalf("%q: %v", tt.mnemonic[:20], err)
		}
		if hex.EncodeToString(got) != tt.seed {
			t.Errorf("%q: seed %x, want %s", tt.mnemonic[:20], got, tt.seed)
		}
	}
}

// TestMnemonicValidation: the old code accepted any 12 or more ASCII words (a typo gave a
// different, empty wallet without a word of warning). Errors name positions, never words.
func TestMnemonicValidation(t *testing.T) {
	t.Parallel()
	const valid = "test test test test test test test test test test test junk"
	tests := []struct {
		name, mnemonic, pass string
		wantErr              error
		mustSay              string
	}{
		{"valid", valid, "", nil, ""},
		{"extra whitespace is the same mnemonic", "  test test\ttest test test test test test test test test\n junk ", "", nil, ""},
		{"bad checksum", "test test test test test test test test test test test test", "", ErrInvalidMnemonic, "checksum"},
		{"word not in the list", "test test test test test test test test test test tset junk", "", ErrInvalidMnemonic, "word 11"},
		{"swapped words", "junk test test test test test test test test test test test", "", ErrInvalidMnemonic, "checksum"},
		{"13 words", valid + " test", "", ErrInvalidMnemonic, "13 words"},
		{"too short", "test test test", "", ErrInvalidMnemonic, "3 words"},
		{"capitalised word", "Test test test test test test test test test test test junk", "", ErrInvalidMnemonic, "word 1"},
		{"non-ASCII passphrase", valid, "pässword", nil, "ASCII"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seed, err := MnemonicSeed(tt.mnemonic, tt.pass)
			switch {
			case tt.mustSay == "" && err != nil:
				t.Fatalf("err %v", err)
			case tt.mustSay == "":
				if len(seed) != 64 {
					t.Fatalf("seed of %d bytes", len(seed))
				}
				return
			case err == nil:
				t.Fatal("accepted")
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			case !strings.Contains(err.Error(), tt.mustSay):
				t.Fatalf("err %q does not say %q", err, tt.mustSay)
			case strings.Contains(err.Error(), "tset") || strings.Contains(err.Error(), "junk"):
				t.Fatalf("err %q quotes the mnemonic", err)
			}
		})
	}
	// ImportMnemonic refuses an invalid mnemonic before writing anything.
	path := filepath.Join(t.TempDir(), "seed.json")
	if err := ImportMnemonic(path, "test test test test test test test test test test test test", "", "pw", LightScryptN, LightScryptP); !errors.Is(err, ErrInvalidMnemonic) {
		t.Fatalf("import: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("seed file written for an invalid mnemonic: %v", err)
	}
	if err := ImportMnemonic(path, valid, "", "pw", LightScryptN, LightScryptP); err != nil {
		t.Fatal(err)
	}
	w, err := OpenWallets(path, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := w.Address(0); a != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("imported wallet 0 = %s", a)
	}
}

func TestWalletErrors(t *testing.T) {
	t.Parallel()
	if _, err := NewWallets(make([]byte, 15), DefaultWalletPath); err == nil {
		t.Error("15-byte seed accepted")
	}
	if _, err := NewWallets(make([]byte, 65), DefaultWalletPath); err == nil {
		t.Error("65-byte seed accepted")
	}
	w, err := NewWallets(make([]byte, 32), DefaultWalletPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Wallet(hardened); err == nil {
		t.Error("hardened wallet index accepted")
	}
}

// TestWalletsConcurrent: the sender and the book derive from one Wallets at once (run with -race).
func TestWalletsConcurrent(t *testing.T) {
	t.Parallel()
	seed, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	w, err := NewWallets(seed, DefaultWalletPath)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := NewWallets(seed, DefaultWalletPath) // w itself is first used by the goroutines
	want, _ := other.Address(3)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if a, err := w.Address(3); err != nil || a != want {
					errs <- fmt.Errorf("address %s, %v", a, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
