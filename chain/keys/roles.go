package keys

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Role is one of the separate powers souq's accounts hold. Each is its own key, so a leak of one
// (the relayer's, hot on the server) does not give away the others.
type Role string

// Roles.
const (
	// RoleOwner owns Escrow and EventAnchor (Ownable2Step): sets the fee, treasury and arbiter,
	// pauses funding, changes the anchorer. `souq serve` never uses it: it belongs in a hardware
	// wallet or a multisig.
	RoleOwner Role = "owner"
	// RoleRelayer sends souq's transactions and pays their gas (relayed buyer and seller acts,
	// deliveries, releases, refunds) and anchors the journal (EventAnchor's anchorer). It holds
	// no power over money by itself: the escrow checks the parties' signatures.
	RoleRelayer Role = "relayer"
	// RoleArbiter resolves disputes: Escrow.resolve checks msg.sender, so it sends (and pays for)
	// its own transactions.
	RoleArbiter Role = "arbiter"
	// RoleAttester signs EIP-712 Delivery attestations off chain; it never sends a transaction.
	RoleAttester Role = "attester"
)

// AllRoles lists the roles in the order `souq keys init` creates them.
var AllRoles = []Role{RoleOwner, RoleRelayer, RoleArbiter, RoleAttester}

// RolesFile is the file in the keystore directory that says which address holds which role
// (addresses only: public).
const RolesFile = "roles.json"

// ErrNoRoles is returned when the keystore has no roles file.
var ErrNoRoles = errors.New("no roles file")

// ErrSharedKey is returned when one address holds two roles.
var ErrSharedKey = errors.New("one key holds two roles")

// RoleBook maps roles to addresses.
type RoleBook map[Role]common.Address

// Check reports a missing role among need, and any address holding two roles.
func (b RoleBook) Check(need ...Role) error {
	for _, r := range need {
		if b[r] == (common.Address{}) {
			return fmt.Errorf("no %s key in the roles file (souq keys init, or souq keys create --role %s)", r, r)
		}
	}
	seen := map[common.Address]Role{}
	for _, r := range AllRoles {
		a, ok := b[r]
		if !ok {
			continue
		}
		if other, dup := seen[a]; dup {
			return fmt.Errorf("%s and %s are both %s: %w", other, r, a.Hex(), ErrSharedKey)
		}
		seen[a] = r
	}
	return nil
}

func (s Keystore) rolesPath() string { return filepath.Join(s.Dir, RolesFile) }

// Roles reads the keystore's roles file (ErrNoRoles if there is none).
func (s Keystore) Roles() (RoleBook, error) {
	b, err := os.ReadFile(s.rolesPath())
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", s.rolesPath(), ErrNoRoles)
	}
	if err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	var raw map[Role]string
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("roles file %s: %w", s.rolesPath(), err)
	}
	out := RoleBook{}
	for r, a := range raw {
		if !slices.Contains(AllRoles, r) || !common.IsHexAddress(a) {
			return nil, fmt.Errorf("roles file %s: %q: %q is not a role and an address", s.rolesPath(), r, a)
		}
		out[r] = common.HexToAddress(a)
	}
	return out, nil
}

// SetRoles records the addresses of roles (replacing those named, keeping the others) and checks
// no address holds two roles.
func (s Keystore) SetRoles(set RoleBook) (RoleBook, error) {
	book, err := s.Roles()
	if errors.Is(err, ErrNoRoles) {
		book, err = RoleBook{}, nil
	}
	if err != nil {
		return nil, err
	}
	for r, a := range set {
		book[r] = a
	}
	if err := book.Check(); err != nil {
		return nil, err
	}
	raw := map[Role]string{}
	for r, a := range book {
		raw[r] = a.Hex()
	}
	b, _ := json.MarshalIndent(raw, "", "  ")
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	tmp := s.rolesPath() + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o600); err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	if err := os.Rename(tmp, s.rolesPath()); err != nil {
		return nil, fmt.Errorf("roles: %w", err)
	}
	return book, nil
}

// InitRoles gives every role its own new key, encrypted with passphrase, except the roles in
// external: accounts held elsewhere (a multisig or hardware wallet owner, an arbiter contract),
// recorded by address only. A role the roles file already names keeps its key.
func (s Keystore) InitRoles(passphrase string, external RoleBook) (RoleBook, error) {
	have, err := s.Roles()
	if errors.Is(err, ErrNoRoles) {
		have, err = RoleBook{}, nil
	}
	if err != nil {
		return nil, err
	}
	set := RoleBook{}
	for _, r := range AllRoles {
		switch a, ok := external[r]; {
		case ok:
			set[r] = a
		case have[r] != (common.Address{}):
		default:
			a, err := s.Create(passphrase)
			if err != nil {
				return nil, err
			}
			set[r] = a
		}
	}
	return s.SetRoles(set)
}

// Unlocked are the keys souq serve holds, by role: never the owner's.
type Unlocked struct {
	Relayer, Arbiter, Attester *Key
	Owner                      common.Address // for checks against the chain only
}

// UnlockRoles unlocks the relayer's, arbiter's and attester's keys, each its own.
func (s Keystore) UnlockRoles(passphrase string) (Unlocked, error) {
	book, err := s.Roles()
	if err != nil {
		return Unlocked{}, err
	}
	if err := book.Check(RoleRelayer, RoleArbiter, RoleAttester); err != nil {
		return Unlocked{}, err
	}
	out := Unlocked{Owner: book[RoleOwner]}
	for r, dst := range map[Role]**Key{RoleRelayer: &out.Relayer, RoleArbiter: &out.Arbiter, RoleAttester: &out.Attester} {
		k, err := s.Unlock(book[r], passphrase)
		if err != nil {
			return Unlocked{}, fmt.Errorf("%s key: %w", r, err)
		}
		*dst = k
	}
	return out, nil
}
