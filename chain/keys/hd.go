package keys

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DefaultWalletPath is the BIP-44 account path of custodial wallets: m/44'/60'/0'/0, and wallet i
// is m/44'/60'/0'/0/i — the path MetaMask, Hardhat and Ledger Live use, so a seed exported from
// souq opens the same accounts elsewhere.
var DefaultWalletPath = []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0}

const hardened = 0x80000000

// seedFile is the on-disk form of an encrypted HD seed (versioned).
type seedFile struct {
	Version int                 `json:"version"`
	Kind    string              `json:"kind"`
	Crypto  keystore.CryptoJSON `json:"crypto"`
}

const seedKind = "souq-hd-seed"

// ErrSeedExists protects an existing seed: overwriting it would orphan every custodial wallet.
var ErrSeedExists = errors.New("seed file already exists")

// CreateSeed generates a random 32-byte BIP-32 seed and writes it to path, encrypted with
// passphrase. It refuses to overwrite an existing seed.
func CreateSeed(path, passphrase string, scryptN, scryptP int) error {
	seed := make([]byte, 32)
	if _, err := rand.Read(seed); err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	return writeSeed(path, seed, passphrase, scryptN, scryptP)
}

// ImportMnemonic stores the BIP-39 seed of an (ASCII, e.g. English) mnemonic and optional BIP-39
// passphrase, encrypted with passphrase. The mnemonic's checksum is not validated.
func ImportMnemonic(path, mnemonic, bip39Passphrase, passphrase string, scryptN, scryptP int) error {
	seed, err := MnemonicSeed(mnemonic, bip39Passphrase)
	if err != nil {
		return err
	}
	return writeSeed(path, seed, passphrase, scryptN, scryptP)
}

// MnemonicSeed is BIP-39's mnemonic-to-seed: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic"+passphrase,
// 2048 rounds, 64 bytes). Only ASCII mnemonics are accepted (no NFKD normalisation needed).
func MnemonicSeed(mnemonic, bip39Passphrase string) ([]byte, error) {
	m := strings.Join(strings.Fields(mnemonic), " ")
	for _, r := range m + bip39Passphrase {
		if r > 0x7f {
			return nil, errors.New("mnemonic: only ASCII mnemonics and passphrases are supported")
		}
	}
	if len(strings.Fields(m)) < 12 {
		return nil, errors.New("mnemonic: at least 12 words")
	}
	return pbkdf2.Key(sha512.New, m, []byte("mnemonic"+bip39Passphrase), 2048, 64)
}

func writeSeed(path string, seed []byte, passphrase string, scryptN, scryptP int) error {
	if passphrase == "" {
		return ErrNoPassphrase
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s: %w", path, ErrSeedExists)
	}
	if scryptN == 0 {
		scryptN, scryptP = StandardScryptN, StandardScryptP
	}
	cj, err := keystore.EncryptDataV3(seed, []byte(passphrase), scryptN, scryptP)
	if err != nil {
		return fmt.Errorf("encrypt seed: %w", err)
	}
	b, err := json.MarshalIndent(seedFile{Version: 1, Kind: seedKind, Crypto: cj}, "", "  ")
	if err != nil {
		return fmt.Errorf("encode seed: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("seed dir: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("write seed: %w", err)
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return fmt.Errorf("write seed: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write seed: %w", err)
	}
	return f.Close()
}

// Wallets derives custodial customer wallets from a seed.
type Wallets struct {
	key, chain []byte // extended private key of the account path
}

// OpenWallets decrypts the seed at path and prepares derivation below DefaultWalletPath.
func OpenWallets(path, passphrase string) (*Wallets, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("seed: %w", err)
	}
	var sf seedFile
	if err := json.Unmarshal(b, &sf); err != nil || sf.Kind != seedKind || sf.Version != 1 {
		return nil, fmt.Errorf("seed %s: not a souq seed file (version 1)", path)
	}
	seed, err := keystore.DecryptDataV3(sf.Crypto, passphrase)
	if err != nil {
		return nil, fmt.Errorf("seed %s: %w", path, ErrWrongPassphrase)
	}
	return NewWallets(seed, DefaultWalletPath)
}

// NewWallets derives the account node at path from a raw BIP-32 seed.
func NewWallets(seed []byte, path []uint32) (*Wallets, error) {
	if len(seed) < 16 || len(seed) > 64 {
		return nil, errors.New("bip32: seed must be 16 to 64 bytes")
	}
	mac := hmac.New(sha512.New, []byte("Bitcoin seed"))
	mac.Write(seed)
	sum := mac.Sum(nil)
	k, c := sum[:32], sum[32:]
	if err := validKey(k); err != nil {
		return nil, err
	}
	for _, i := range path {
		var err error
		if k, c, err = deriveChild(k, c, i); err != nil {
			return nil, err
		}
	}
	return &Wallets{key: k, chain: c}, nil
}

// Wallet returns custodial wallet i (m/44'/60'/0'/0/i). The index is what the store keeps per
// customer; the key is re-derived when needed and never stored.
func (w *Wallets) Wallet(i uint32) (*Key, error) {
	if i >= hardened {
		return nil, fmt.Errorf("bip32: wallet index %d out of range", i)
	}
	k, _, err := deriveChild(w.key, w.chain, i)
	if err != nil {
		return nil, err
	}
	priv, err := crypto.ToECDSA(k)
	if err != nil {
		return nil, fmt.Errorf("bip32: wallet %d: invalid key", i)
	}
	return NewKey(priv), nil
}

// Address returns wallet i's address.
func (w *Wallets) Address(i uint32) (common.Address, error) {
	k, err := w.Wallet(i)
	if err != nil {
		return common.Address{}, err
	}
	return k.Address(), nil
}

var curveN = crypto.S256().Params().N

func validKey(k []byte) error {
	v := new(big.Int).SetBytes(k)
	if v.Sign() == 0 || v.Cmp(curveN) >= 0 {
		return errors.New("bip32: derived key out of range; use the next index")
	}
	return nil
}

// deriveChild is BIP-32 CKDpriv.
func deriveChild(k, c []byte, i uint32) ([]byte, []byte, error) {
	var data []byte
	if i >= hardened {
		data = append([]byte{0}, k...)
	} else {
		priv, err := crypto.ToECDSA(k)
		if err != nil {
			return nil, nil, errors.New("bip32: invalid parent key")
		}
		data = crypto.CompressPubkey(&priv.PublicKey)
	}
	data = binary.BigEndian.AppendUint32(data, i)
	mac := hmac.New(sha512.New, c)
	mac.Write(data)
	sum := mac.Sum(nil)
	il := new(big.Int).SetBytes(sum[:32])
	if il.Cmp(curveN) >= 0 {
		return nil, nil, errors.New("bip32: derived key out of range; use the next index")
	}
	child := il.Add(il, new(big.Int).SetBytes(k))
	child.Mod(child, curveN)
	if child.Sign() == 0 {
		return nil, nil, errors.New("bip32: derived key out of range; use the next index")
	}
	return common.LeftPadBytes(child.Bytes(), 32), sum[32:], nil
}
