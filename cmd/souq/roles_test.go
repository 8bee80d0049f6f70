package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/keys"
)

// TestEmbeddedKeysSeparatePowers holds issue 11's "one key plays every part" on the embedded
// default: a fresh start has a different key for each power, and the deployed contracts give
// each power to its key (Escrow's owner and arbiter, EventAnchor's owner and anchorer). Before,
// the relayer (the operator key) also owned both contracts.
func TestEmbeddedKeysSeparatePowers(t *testing.T) {
	e := startE2E(t, t.TempDir())
	r := e.app.Roles
	if err := r.Check(keys.AllRoles...); err != nil {
		t.Fatalf("roles %v: %v", r, err)
	}
	on, err := chain.ReadRoles(e.ctx, e.app.Client, e.app.Network.Contracts.Escrow, e.app.Network.Contracts.EventAnchor)
	e.must(err)
	for _, c := range []struct {
		what      string
		got, want any
	}{
		{"Escrow.owner()", on.EscrowOwner, r[keys.RoleOwner]},
		{"Escrow.arbiter()", on.Arbiter, r[keys.RoleArbiter]},
		{"EventAnchor.owner()", on.AnchorOwner, r[keys.RoleOwner]},
		{"EventAnchor.anchorer()", on.Anchorer, r[keys.RoleRelayer]},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	if on.EscrowOwner == r[keys.RoleRelayer] || on.Arbiter == r[keys.RoleRelayer] {
		t.Errorf("the relayer %s holds another power on chain: %+v", r[keys.RoleRelayer], on)
	}
}

// TestServeNeedsAKeyPerPower: on a real network souq serve unlocks the relayer's, arbiter's and
// attester's keys from the roles file, each its own, and refuses to start without one or with a
// key holding two powers (before, the keystore's first key played every part).
func TestServeNeedsAKeyPerPower(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		prepare func(t *testing.T, ks keys.Keystore)
		wantErr error
	}{
		{"one key, no roles file", func(t *testing.T, ks keys.Keystore) {
			if _, err := ks.Create("pw"); err != nil {
				t.Fatal(err)
			}
		}, keys.ErrNoRoles},
		{"relayer also the arbiter", func(t *testing.T, ks keys.Keystore) {
			a, err := ks.Create("pw")
			if err != nil {
				t.Fatal(err)
			}
			roles := `{"relayer":"` + a.Hex() + `","arbiter":"` + a.Hex() + `","attester":"` + a.Hex() + `"}`
			if err := os.WriteFile(filepath.Join(ks.Dir, keys.RolesFile), []byte(roles), 0o600); err != nil {
				t.Fatal(err)
			}
		}, keys.ErrSharedKey},
		{"keys init", func(t *testing.T, ks keys.Keystore) {
			if _, err := ks.InitRoles("pw", nil); err != nil {
				t.Fatal(err)
			}
		}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			ks := keys.Keystore{Dir: filepath.Join(dir, "keystore"), ScryptN: keys.LightScryptN, ScryptP: keys.LightScryptP}
			tt.prepare(t, ks)
			pass := filepath.Join(dir, "pass")
			if err := os.WriteFile(pass, []byte("pw\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			a := &App{cfg: &Config{DataDir: dir, EthRPC: "http://127.0.0.1:1", KeystoreDir: ks.Dir, PassphraseFile: pass}}
			roles, err := a.operatorKeys()
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("operatorKeys: %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]string{}
			for _, r := range []string{"operator", "arbiter", "attester"} {
				addr := roles[r].Address().Hex()
				if other, dup := seen[addr]; dup {
					t.Fatalf("%s and %s share %s", other, r, addr)
				}
				seen[addr] = r
			}
			if a.Roles[keys.RoleOwner] == roles["operator"].Address() || len(a.Roles) != 4 {
				t.Fatalf("roles %v", a.Roles)
			}
		})
	}
}
