package keys

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/souqchain/souq"
)

// Book assigns each customer (by commitment, never by phone number) the next custodial wallet index
// and remembers it both ways, so the sender can find the key of a buyer address. Indices are never
// reused: a wallet once handed out keeps its customer.
type Book struct {
	db      *bolt.DB
	wallets *Wallets
}

var (
	bucketByCustomer = []byte("custodial/by_customer")
	bucketByAddress  = []byte("custodial/by_address")
	bucketMeta       = []byte("custodial/meta")
	keyNext          = []byte("next")
)

// NewBook keeps its buckets in db (souq's store file).
func NewBook(db *bolt.DB, w *Wallets) (*Book, error) {
	err := db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketByCustomer, bucketByAddress, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("custodial book: %w", err)
	}
	return &Book{db: db, wallets: w}, nil
}

var _ souq.Wallets = (*Book)(nil)

// CustodialAddress returns the customer's wallet address, assigning the next index on first use.
func (b *Book) CustodialAddress(_ context.Context, customer string) (string, error) {
	if customer == "" {
		return "", fmt.Errorf("custodial wallet: empty customer: %w", souq.ErrInvalidRequest)
	}
	var addr common.Address
	known := false
	// Every offer asks for both wallets: a known customer is a read, not a write transaction (which
	// would take the store's single writer lock and fsync for nothing).
	err := b.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketByCustomer).Get([]byte(customer))
		if v == nil {
			return nil
		}
		a, err := b.wallets.Address(binary.BigEndian.Uint32(v))
		addr, known = a, err == nil
		return err
	})
	if err != nil {
		return "", fmt.Errorf("custodial wallet: %w", err)
	}
	if known {
		return addr.Hex(), nil
	}
	err = b.db.Update(func(tx *bolt.Tx) error {
		byC := tx.Bucket(bucketByCustomer)
		if v := byC.Get([]byte(customer)); v != nil { // assigned by a concurrent first use
			a, err := b.wallets.Address(binary.BigEndian.Uint32(v))
			addr = a
			return err
		}
		meta := tx.Bucket(bucketMeta)
		var next uint32
		if v := meta.Get(keyNext); v != nil {
			next = binary.BigEndian.Uint32(v)
		}
		for {
			// BIP-32: an index whose key falls outside the curve order is skipped (p < 2^-127).
			a, err := b.wallets.Address(next)
			if err == nil {
				addr = a
				break
			}
			next++
		}
		idx := binary.BigEndian.AppendUint32(nil, next)
		if err := byC.Put([]byte(customer), idx); err != nil {
			return err
		}
		if err := tx.Bucket(bucketByAddress).Put(addr.Bytes(), idx); err != nil {
			return err
		}
		return meta.Put(keyNext, binary.BigEndian.AppendUint32(nil, next+1))
	})
	if err != nil {
		return "", fmt.Errorf("custodial wallet: %w", err)
	}
	return addr.Hex(), nil
}

// ErrNotCustodial is returned for an address that is not one of souq's custodial wallets.
var ErrNotCustodial = errors.New("not a custodial wallet")

// KeyOf returns the signing key of a custodial wallet address.
func (b *Book) KeyOf(addr common.Address) (*Key, error) {
	var idx []byte
	if err := b.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketByAddress).Get(addr.Bytes()); v != nil {
			idx = append([]byte(nil), v...)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if idx == nil {
		return nil, fmt.Errorf("%s: %w", addr.Hex(), ErrNotCustodial)
	}
	return b.wallets.Wallet(binary.BigEndian.Uint32(idx))
}

// ValidatePayout accepts a 0x address (all lower, all upper, or with a correct EIP-55 checksum) that
// is not the zero address, and returns its checksummed form.
func (b *Book) ValidatePayout(s string) (string, error) {
	return ValidateAddress(s)
}

// ValidateAddress is ValidatePayout without a book.
func ValidateAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if !common.IsHexAddress(s) || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return "", fmt.Errorf("%q is not a 0x address: %w", s, souq.ErrInvalidAddress)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return "", fmt.Errorf("the zero address cannot receive payouts: %w", souq.ErrInvalidAddress)
	}
	body := s[2:]
	if body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != "0x"+body {
		return "", fmt.Errorf("%q (a typo?): %w", s, souq.ErrAddressChecksum)
	}
	return a.Hex(), nil
}
