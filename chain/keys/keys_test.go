package keys

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestHardhatMnemonicDerivation(t *testing.T) {
	t.Parallel()
	// Hardhat's well-known default accounts: the derivation must match wallets and tools.
	seed, err := MnemonicSeed("test test test test test test test test test test test junk", "")
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWallets(seed, DefaultWalletPath)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		i    uint32
		addr string
		key  string
	}{
		{0, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"},
		{1, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
		{4, "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"},
	}
	for _, tt := range tests {
		k, err := w.Wallet(tt.i)
		if err != nil {
			t.Fatal(err)
		}
		if k.Address() != common.HexToAddress(tt.addr) {
			t.Errorf("wallet %d = %s, want %s", tt.i, k.Address(), tt.addr)
		}
		if got := fmt.Sprintf("%x", crypto.FromECDSA(k.PrivateKey())); got != tt.key {
			t.Errorf("wallet %d key mismatch", tt.i)
		}
	}
}

func TestKeyNeverPrintsSecret(t *testing.T) {
	t.Parallel()
	priv, _ := crypto.GenerateKey()
	k := NewKey(priv)
	secret := fmt.Sprintf("%x", crypto.FromECDSA(priv))
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%x", "%q"} {
		out := fmt.Sprintf(verb, k)
		if strings.Contains(out, secret[:16]) || !strings.Contains(out, k.Address().Hex()) {
			t.Errorf("%s printed %q", verb, out)
		}
	}
	// Inside a struct too.
	if out := fmt.Sprintf("%+v", struct{ K *Key }{k}); strings.Contains(out, secret[:16]) {
		t.Errorf("struct print leaked the key: %s", out)
	}
}

func TestKeystoreCreateListUnlock(t *testing.T) {
	t.Parallel()
	ks := Keystore{Dir: filepath.Join(t.TempDir(), "keystore"), ScryptN: LightScryptN, ScryptP: LightScryptP}
	if l, err := ks.List(); err != nil || len(l) != 0 {
		t.Fatalf("empty keystore lists %v, %v", l, err)
	}
	a1, err := ks.Create("pw")
	if err != nil {
		t.Fatal(err)
	}
	a2, err := ks.Create("pw")
	if err != nil {
		t.Fatal(err)
	}
	l, err := ks.List()
	if err != nil || len(l) != 2 {
		t.Fatalf("list = %v, %v", l, err)
	}
	tests := []struct {
		name string
		addr common.Address
		pass string
		want error
	}{
		{"first", a1, "pw", nil},
		{"second", a2, "pw", nil},
		{"wrong passphrase", a1, "nope", ErrWrongPassphrase},
		{"unknown", common.HexToAddress("0x1"), "pw", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := ks.Unlock(tt.addr, tt.pass)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err == nil && k.Address() != tt.addr {
				t.Fatalf("unlocked %s, want %s", k.Address(), tt.addr)
			}
			if err != nil && strings.Contains(err.Error(), tt.pass) && tt.pass != "pw" {
				t.Fatalf("error quotes the passphrase: %v", err)
			}
		})
	}
	if _, err := ks.Create(""); !errors.Is(err, ErrNoPassphrase) {
		t.Errorf("empty passphrase accepted: %v", err)
	}
}

func TestSeedFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "seed.json")
	if err := CreateSeed(path, "pw", LightScryptN, LightScryptP); err != nil {
		t.Fatal(err)
	}
	if err := CreateSeed(path, "pw", LightScryptN, LightScryptP); !errors.Is(err, ErrSeedExists) {
		t.Fatalf("seed overwritten: %v", err)
	}
	w1, err := OpenWallets(path, "pw")
	if err != nil {
		t.Fatal(err)
	}
	w2, _ := OpenWallets(path, "pw")
	a, _ := w1.Address(7)
	b, _ := w2.Address(7)
	c, _ := w1.Address(8)
	if a != b || a == c {
		t.Errorf("derivation not deterministic/distinct: %s %s %s", a, b, c)
	}
	if _, err := OpenWallets(path, "bad"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	raw, _ := os.ReadFile(path)
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("seed file mode %v", st.Mode().Perm())
	}
	if strings.Contains(string(raw), "mnemonic") {
		t.Error("seed file is not just ciphertext")
	}
}

func TestPassphraseSources(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	os.WriteFile(file, []byte("from-file\r\nignored\n"), 0o600)
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o600)
	t.Setenv("SOUQ_TEST_PW", "from-env")
	tests := []struct {
		env, file, want string
		err             error
	}{
		{"SOUQ_TEST_PW", file, "from-env", nil},
		{"SOUQ_TEST_UNSET", file, "from-file", nil},
		{"SOUQ_TEST_UNSET", "", "", ErrNoPassphrase},
		{"", empty, "", ErrNoPassphrase},
	}
	for _, tt := range tests {
		got, err := Passphrase(tt.env, tt.file)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Passphrase(%q,%q) = %q, %v; want %q, %v", tt.env, tt.file, got, err, tt.want, tt.err)
		}
	}
}
