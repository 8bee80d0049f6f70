package keys_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/chain/keys"
)

// TestRolesSeparateKeys holds issue 11's "one key plays every part": `souq keys init` gives each
// power its own key (an owner held elsewhere, a multisig, is recorded by address only), serve
// unlocks three different keys and never the owner's, and a roles file that gives one address two
// roles is refused.
func TestRolesSeparateKeys(t *testing.T) {
	t.Parallel()
	multisig := common.HexToAddress("0x5afe00000000000000000000000000000000cafe")
	for _, tt := range []struct {
		name     string
		external keys.RoleBook
		created  int
	}{
		{"every role a new key", nil, 4},
		{"owner is a multisig", keys.RoleBook{keys.RoleOwner: multisig}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ks := keys.Keystore{Dir: t.TempDir(), ScryptN: keys.LightScryptN, ScryptP: keys.LightScryptP}
			if _, err := ks.UnlockRoles("pw"); !errors.Is(err, keys.ErrNoRoles) {
				t.Fatalf("no roles file: %v", err)
			}
			book, err := ks.InitRoles("pw", tt.external)
			if err != nil {
				t.Fatal(err)
			}
			if err := book.Check(keys.AllRoles...); err != nil {
				t.Fatal(err)
			}
			if addrs, err := ks.List(); err != nil || len(addrs) != tt.created {
				t.Fatalf("keystore holds %v (%v), want %d keys", addrs, err, tt.created)
			}
			if tt.external != nil && book[keys.RoleOwner] != multisig {
				t.Fatalf("owner %s, want the multisig", book[keys.RoleOwner])
			}
			// init again keeps every key.
			again, err := ks.InitRoles("pw", tt.external)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range keys.AllRoles {
				if again[r] != book[r] {
					t.Fatalf("init again changed the %s key", r)
				}
			}
			u, err := ks.UnlockRoles("pw")
			if err != nil {
				t.Fatal(err)
			}
			got := map[common.Address]bool{u.Relayer.Address(): true, u.Arbiter.Address(): true, u.Attester.Address(): true, u.Owner: true}
			if len(got) != 4 || u.Relayer.Address() != book[keys.RoleRelayer] || u.Arbiter.Address() != book[keys.RoleArbiter] ||
				u.Attester.Address() != book[keys.RoleAttester] || u.Owner != book[keys.RoleOwner] {
				t.Fatalf("unlocked %+v for roles %v", u, book)
			}
			if _, err := ks.SetRoles(keys.RoleBook{keys.RoleArbiter: book[keys.RoleRelayer]}); !errors.Is(err, keys.ErrSharedKey) {
				t.Fatalf("relayer as arbiter too: %v", err)
			}
		})
	}
}
