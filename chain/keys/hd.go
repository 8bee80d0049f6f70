package keys

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/btcsuite/btcd/btcutil/hdkeychain"
	"github.com/btcsuite/btcd/chaincfg"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tyler-smith/go-bip39"
)

// DefaultWalletPath is the BIP-44 account path of custodial wallets: m/44'/60'/0'/0, and wallet i
// is m/44'/60'/0'/0/i — the path MetaMask, Hardhat and Ledger Live use, so a seed exported from
// souq opens the same accounts elsewhere.
var DefaultWalletPath = []uint32{44 | hardened, 60 | hardened, 0 | hardened, 0}

const hardened = hdkeychain.HardenedKeyStart

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

// ImportMnemonic stores the BIP-39 seed of an English mnemonic and optional BIP-39 passphrase,
// encrypted with passphrase. The mnemonic is validated first (word list, length, checksum).
func ImportMnemonic(path, mnemonic, bip39Passphrase, passphrase string, scryptN, scryptP int) error {
	seed, err := MnemonicSeed(mnemonic, bip39Passphrase)
	if err != nil {
		return err
	}
	return writeSeed(path, seed, passphrase, scryptN, scryptP)
}

// ErrInvalidMnemonic is returned for a mnemonic that is not a valid English BIP-39 sentence. Its
// messages give word positions, never words: a mnemonic is key material.
var ErrInvalidMnemonic = errors.New("invalid mnemonic")

// MnemonicSeed validates an English BIP-39 mnemonic (12 to 24 words from the word list, checksum
// matching) and returns its seed: PBKDF2-HMAC-SHA512(mnemonic, "mnemonic"+passphrase, 2048, 64).
// Words may be separated by any whitespace. The passphrase must be ASCII, since neither souq nor
// the library applies BIP-39's NFKD normalisation.
func MnemonicSeed(mnemonic, bip39Passphrase string) ([]byte, error) {
	words := strings.Fields(mnemonic)
	if n := len(words); n < 12 || n > 24 || n%3 != 0 {
		return nil, fmt.Errorf("mnemonic: %d words; BIP-39 has 12, 15, 18, 21 or 24: %w", n, ErrInvalidMnemonic)
	}
	for i, w := range words {
		if _, ok := bip39.GetWordIndex(w); !ok {
			return nil, fmt.Errorf("mnemonic: word %d is not in the English BIP-39 word list: %w", i+1, ErrInvalidMnemonic)
		}
	}
	for _, r := range bip39Passphrase {
		if r > 0x7f {
			return nil, errors.New("mnemonic: only ASCII BIP-39 passphrases are supported")
		}
	}
	m := strings.Join(words, " ")
	// EntropyFromMnemonic tells a wrong checksum apart (NewSeedWithErrorChecking does not).
	if _, err := bip39.EntropyFromMnemonic(m); errors.Is(err, bip39.ErrChecksumIncorrect) {
		return nil, fmt.Errorf("mnemonic: checksum does not match (a word is wrong or out of order): %w", ErrInvalidMnemonic)
	} else if err != nil {
		return nil, fmt.Errorf("mnemonic: %w", ErrInvalidMnemonic) // the library's message may quote a word
	}
	return bip39.NewSeed(m, bip39Passphrase), nil
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

// Wallets derives custodial customer wallets from a seed. It is safe for concurrent use.
type Wallets struct {
	account *hdkeychain.ExtendedKey // extended private key of the account path
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
	k, err := deriveAccount(seed, path)
	if err != nil {
		return nil, err
	}
	// hdkeychain memoises a private node's public key on first use; doing it here, once, makes
	// the concurrent Wallet calls below read-only on the shared account node.
	if _, err := k.ECPubKey(); err != nil {
		return nil, fmt.Errorf("bip32: account key: %w", err)
	}
	return &Wallets{account: k}, nil
}

// deriveAccount is BIP-32: the master node of seed, then CKDpriv along path.
func deriveAccount(seed []byte, path []uint32) (*hdkeychain.ExtendedKey, error) {
	// The network only picks the xprv version bytes, which souq never serialises.
	k, err := hdkeychain.NewMaster(seed, &chaincfg.MainNetParams)
	if err != nil {
		return nil, fmt.Errorf("bip32: master key: %w", err)
	}
	for _, i := range path {
		if k, err = k.Derive(i); err != nil {
			return nil, fmt.Errorf("bip32: path: %w", err)
		}
	}
	return k, nil
}

// Wallet returns custodial wallet i (m/44'/60'/0'/0/i). The index is what the store keeps per
// customer; the key is re-derived when needed and never stored.
func (w *Wallets) Wallet(i uint32) (*Key, error) {
	if i >= hdkeychain.HardenedKeyStart {
		return nil, fmt.Errorf("bip32: wallet index %d out of range", i)
	}
	child, err := w.account.Derive(i)
	if err != nil {
		// ErrInvalidChild (odds below 2^-127): the index has no key; BIP-32 says use the next.
		return nil, fmt.Errorf("bip32: wallet %d: %w", i, err)
	}
	bk, err := child.ECPrivKey()
	if err != nil {
		return nil, fmt.Errorf("bip32: wallet %d: %w", i, err)
	}
	priv, err := crypto.ToECDSA(bk.Serialize())
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
