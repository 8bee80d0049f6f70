// Package keys holds souq's EVM keys: operator keys in go-ethereum's encrypted keystore format,
// and custodial customer wallets derived deterministically (BIP-32, path m/44'/60'/0'/0/i as in
// BIP-44 for Ethereum) from one seed that is itself stored encrypted (keystore v3 crypto: scrypt +
// AES-128-CTR + keccak MAC). Passphrases come from the environment or a file, never a flag. The
// Book hands out custodial wallet indices to customers and keeps them in souq's store through the
// kv port, in the spaces and fixed-width encoding written down in encoding.go.
//
// Private keys never leave this package in printable form: Key formats as its address only, and
// no error here mentions key material.
package keys

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Key is an unlocked private key. It prints as its address, so logging one by mistake leaks nothing.
type Key struct {
	addr common.Address
	priv *ecdsa.PrivateKey
}

// NewKey wraps a private key.
func NewKey(priv *ecdsa.PrivateKey) *Key {
	return &Key{addr: crypto.PubkeyToAddress(priv.PublicKey), priv: priv}
}

// Address is the key's account.
func (k *Key) Address() common.Address { return k.addr }

// SignTx signs a transaction for chainID.
func (k *Key) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), k.priv)
}

// SignHash signs a 32-byte digest and returns r||s||v with v in {27, 28}, the form Solidity's
// ECDSA.recover and OpenZeppelin's SignatureChecker expect.
func (k *Key) SignHash(digest []byte) ([]byte, error) {
	sig, err := crypto.Sign(digest, k.priv)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// PrivateKey exposes the key to code that must sign with go-ethereum APIs (bind.TransactOpts).
// Callers must not log or store it.
func (k *Key) PrivateKey() *ecdsa.PrivateKey { return k.priv }

// String returns the address only.
func (k *Key) String() string { return "key(" + k.addr.Hex() + ")" }

// GoString returns the address only, so %#v cannot dump the key either.
func (k *Key) GoString() string { return k.String() }

// Format makes every verb (%v, %+v, %s, %x…) print the address only.
func (k *Key) Format(f fmt.State, _ rune) { fmt.Fprint(f, k.String()) }

// Passphrase reads a passphrase from the environment variable env, or else from the first line of
// file. Both empty or unset is an error: an unencrypted key is never the silent default.
func Passphrase(env, file string) (string, error) {
	if env != "" {
		if v, ok := os.LookupEnv(env); ok && v != "" {
			return v, nil
		}
	}
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("passphrase file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		line = strings.TrimRight(line, "\r")
		if line == "" {
			return "", fmt.Errorf("passphrase file %s: %w", file, ErrNoPassphrase)
		}
		return line, nil
	}
	return "", fmt.Errorf("set $%s or a passphrase file: %w", env, ErrNoPassphrase)
}

// ErrNoPassphrase is returned when no passphrase is configured.
var ErrNoPassphrase = errors.New("no passphrase")

// ErrNotFound is returned for an address that has no key in the keystore.
var ErrNotFound = errors.New("key not found")

// ErrWrongPassphrase is returned when a keystore file or seed does not decrypt.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// Scrypt cost of new keystore files. Standard is go-ethereum's default (256 MB, about a second);
// Light is for tests and dev data only.
const (
	StandardScryptN = keystore.StandardScryptN
	StandardScryptP = keystore.StandardScryptP
	LightScryptN    = keystore.LightScryptN
	LightScryptP    = keystore.LightScryptP
)

// Keystore is a directory of go-ethereum keystore files (the same files geth, Clef and most
// wallets import).
type Keystore struct {
	Dir              string
	ScryptN, ScryptP int // 0 means Standard
}

func (s Keystore) cost() (int, int) {
	if s.ScryptN == 0 {
		return StandardScryptN, StandardScryptP
	}
	return s.ScryptN, s.ScryptP
}

// Create makes a new random operator key, encrypted with passphrase, and returns its address.
func (s Keystore) Create(passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, ErrNoPassphrase
	}
	n, p := s.cost()
	a, err := keystore.StoreKey(s.Dir, passphrase, n, p)
	if err != nil {
		return common.Address{}, fmt.Errorf("create key in %s: %w", s.Dir, err)
	}
	return a.Address, nil
}

// Import encrypts an existing private key into the keystore (e.g. a funded testnet key).
func (s Keystore) Import(priv *ecdsa.PrivateKey, passphrase string) (common.Address, error) {
	if passphrase == "" {
		return common.Address{}, ErrNoPassphrase
	}
	n, p := s.cost()
	a, err := keystore.NewKeyStore(s.Dir, n, p).ImportECDSA(priv, passphrase)
	if err != nil {
		return common.Address{}, fmt.Errorf("import key into %s: %w", s.Dir, err)
	}
	return a.Address, nil
}

// List returns the addresses in the keystore, sorted by file name (creation time).
func (s Keystore) List() ([]common.Address, error) {
	accs, err := s.accounts()
	if err != nil {
		return nil, err
	}
	out := make([]common.Address, len(accs))
	for i, a := range accs {
		out[i] = a.Address
	}
	return out, nil
}

func (s Keystore) accounts() ([]accounts.Account, error) {
	if _, err := os.Stat(s.Dir); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("keystore %s: %w", s.Dir, err)
	}
	// NewKeyStore scans the directory synchronously on its first Accounts call.
	return keystore.NewKeyStore(s.Dir, LightScryptN, LightScryptP).Accounts(), nil
}

// Unlock decrypts the key of addr; the zero address means the only (or first) key.
func (s Keystore) Unlock(addr common.Address, passphrase string) (*Key, error) {
	accs, err := s.accounts()
	if err != nil {
		return nil, err
	}
	for _, a := range accs {
		if addr != (common.Address{}) && a.Address != addr {
			continue
		}
		b, err := os.ReadFile(a.URL.Path)
		if err != nil {
			return nil, fmt.Errorf("read key %s: %w", a.Address, err)
		}
		k, err := keystore.DecryptKey(b, passphrase)
		if err != nil {
			if errors.Is(err, keystore.ErrDecrypt) {
				return nil, fmt.Errorf("key %s: %w", a.Address, ErrWrongPassphrase)
			}
			return nil, fmt.Errorf("key %s: decrypt failed", a.Address) // the cause may quote the file
		}
		return NewKey(k.PrivateKey), nil
	}
	return nil, fmt.Errorf("%s in %s: %w", addr, s.Dir, ErrNotFound)
}
