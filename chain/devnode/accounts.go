package devnode

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is a prefunded dev-chain account.
type Account struct {
	Role    string
	Address common.Address
	Key     *ecdsa.PrivateKey
}

// devKeys are WELL-KNOWN, PUBLIC development keys: the first five accounts of Hardhat's default
// mnemonic "test test test test test test test test test test test junk" (m/44'/60'/0'/0/i), so
// Hardhat configs and browser wallets already know them, and go-ethereum's --dev DeveloperKey.
// They are only ever funded on the embedded dev chain. Never use them anywhere else.
var devKeys = [...]struct{ role, hex string }{
	{"operator", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"}, // the relayer; also the EventAnchor's anchorer
	{"arbiter", "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"},
	{"treasury", "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"},
	{"attester", "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"}, // the couriers' delivery attester
	{"faucet", "47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a"},   // tops up custodial wallets
	{"geth-dev", "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"},
}

// DevAccounts returns the dev chain's prefunded accounts (well-known keys, dev chain only), in a
// fixed order: operator, arbiter, treasury, attester, faucet, geth-dev.
func DevAccounts() []Account {
	out := make([]Account, len(devKeys))
	for i, k := range devKeys {
		key, err := crypto.HexToECDSA(k.hex)
		if err != nil {
			panic("devnode: bad built-in dev key") // constant input; cannot happen
		}
		out[i] = Account{Role: k.role, Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
	}
	return out
}

// devOwnerKey is the embedded default's contract owner: Hardhat's account #5 of the same
// mnemonic, as WELL-KNOWN and PUBLIC as the keys above (dev chain only). It is kept out of
// DevAccounts so the genesis (which funds those) and existing dev chains stay as they were: the
// owner holds no ETH and souq never sends from it (owner calls are the operator's, by hand).
const devOwnerKey = "8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba"

// DevOwner returns the dev chain's contract owner account (a well-known key, dev chain only).
func DevOwner() Account {
	key, err := crypto.HexToECDSA(devOwnerKey)
	if err != nil {
		panic("devnode: bad built-in dev key") // constant input; cannot happen
	}
	return Account{Role: "owner", Address: crypto.PubkeyToAddress(key.PublicKey), Key: key}
}

// DevAccount returns the dev account with the given role ("owner" included), or false.
func DevAccount(role string) (Account, bool) {
	if role == "owner" {
		return DevOwner(), true
	}
	for _, a := range DevAccounts() {
		if a.Role == role {
			return a, true
		}
	}
	return Account{}, false
}
