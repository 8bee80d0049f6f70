package keys

// This file generated testdata/golden_wallets.json and testdata/golden_seed.json with the
// hand-written BIP-32/39 code of commit c0d2cff (hd.go before hdkeychain and go-bip39), so the
// library-based derivation can be held to the addresses existing wallets already hold.
// Run: SOUQ_GEN_GOLDEN=1 go test ./chain/keys -run TestGenerateGolden

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
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

var goldenIndexes = []uint32{0, 1, 2, 7, 255, 1000, 65535, 1<<31 - 1}

// leadingZeroOnPath reports whether a parent key of a hardened step on DefaultWalletPath (where
// the key itself enters the HMAC, so a dropped leading zero would change everything) starts
// with a zero byte.
func leadingZeroOnPath(seed []byte) bool {
	w, err := newWalletsTrace(seed)
	if err != nil {
		return false
	}
	for _, k := range w {
		if k[0] == 0 {
			return true
		}
	}
	return false
}

func newWalletsTrace(seed []byte) ([][]byte, error) {
	var keys [][]byte
	for n := 0; n <= len(DefaultWalletPath); n++ {
		w, err := NewWallets(seed, DefaultWalletPath[:n])
		if err != nil {
			return nil, err
		}
		if n < len(DefaultWalletPath) {
			keys = append(keys, w.key)
		}
	}
	return keys, nil
}

func TestGenerateGolden(t *testing.T) {
	if os.Getenv("SOUQ_GEN_GOLDEN") == "" {
		t.Skip("generator: set SOUQ_GEN_GOLDEN=1")
	}
	var cases []goldenCase
	add := func(name, mnemonic, pass string, seed []byte) {
		w, err := NewWallets(seed, DefaultWalletPath)
		if err != nil {
			t.Fatal(err)
		}
		c := goldenCase{Name: name, Mnemonic: mnemonic, Passphrase: pass, Seed: hex.EncodeToString(seed)}
		for _, i := range goldenIndexes {
			a, err := w.Address(i)
			if err != nil {
				t.Fatal(err)
			}
			c.Wallets = append(c.Wallets, goldenWallet{Index: i, Address: a.Hex()})
		}
		cases = append(cases, c)
	}
	s16, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f")
	add("16-byte seed (BIP-32 vector 1)", "", "", s16)
	s64, _ := hex.DecodeString("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542")
	add("64-byte seed (BIP-32 vector 2)", "", "", s64)
	s32, _ := hex.DecodeString("3ddd5602285899a946114506157c7997e5444528f3003f6134712147db19b678")
	add("32-byte seed (BIP-32 vector 4)", "", "", s32)
	for i := 0; i < 4; i++ {
		s := sha256.Sum256(fmt.Appendf(nil, "souq golden seed %d", i))
		add(fmt.Sprintf("32-byte seed sha256(souq golden seed %d)", i), "", "", s[:])
	}
	found := 0
	for i := 0; found < 2 && i < 100000; i++ {
		s := sha256.Sum256(fmt.Appendf(nil, "souq leading zero %d", i))
		if leadingZeroOnPath(s[:]) {
			add(fmt.Sprintf("32-byte seed sha256(souq leading zero %d): a hardened parent key on the path starts with 0x00", i), "", "", s[:])
			found++
		}
	}
	mnemonics := []struct{ name, m, pass string }{
		{"Hardhat default", "test test test test test test test test test test test junk", ""},
		{"abandon about", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", ""},
		{"BIP-39 vector, TREZOR", "legal winner thank year wave sausage worth useful legal winner thank yellow", "TREZOR"},
		{"BIP-39 vector 24 words, TREZOR", "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless", "TREZOR"},
		{"BIP-39 vector 12 words, TREZOR", "scheme spot photo card baby mountain device kick cradle pact join borrow", "TREZOR"},
		{"BIP-39 vector 18 words, TREZOR", "gravity machine north sort system female filter attitude volume fold club stay feature office ecology stable narrow fog", "TREZOR"},
		{"12 words, own passphrase", "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about", "souq passphrase"},
	}
	for _, m := range mnemonics {
		seed, err := MnemonicSeed(m.m, m.pass)
		if err != nil {
			t.Fatal(err)
		}
		add("mnemonic: "+m.name, m.m, m.pass, seed)
	}
	b, _ := json.MarshalIndent(cases, "", "  ")
	if err := os.WriteFile(filepath.Join("testdata", "golden_wallets.json"), append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}

	// A seed file as CreateSeed writes it (light scrypt), with its wallets.
	seed := sha256.Sum256([]byte("souq golden seed file"))
	dir := t.TempDir()
	path := filepath.Join(dir, "seed.json")
	if err := writeSeed(path, seed[:], "golden-pass", LightScryptN, LightScryptP); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if err := os.WriteFile(filepath.Join("testdata", "golden_seed.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := OpenWallets(path, "golden-pass")
	if err != nil {
		t.Fatal(err)
	}
	var ws []goldenWallet
	for _, i := range goldenIndexes {
		a, _ := w.Address(i)
		ws = append(ws, goldenWallet{Index: i, Address: a.Hex()})
	}
	b, _ = json.MarshalIndent(ws, "", "  ")
	if err := os.WriteFile(filepath.Join("testdata", "golden_seed_wallets.json"), append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}
