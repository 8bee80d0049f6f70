package keys

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/kv"
)

// Book assigns each customer (by commitment, never by phone number) the next custodial wallet index
// and remembers it both ways, so the sender can find the key of a buyer address. Indices are never
// reused: a wallet once handed out keeps its customer. Its records are in encoding.go.
type Book struct {
	db      kv.DB
	wallets *Wallets
}

// NewBook keeps its records in db (souq's store).
func NewBook(db kv.DB, w *Wallets) (*Book, error) {
	if db == nil || w == nil {
		return nil, errors.New("custodial book: a database and wallets are required")
	}
	return &Book{db: db, wallets: w}, nil
}

var _ souq.Wallets = (*Book)(nil)

// CustodialAddress returns the customer's wallet address, assigning the next index on first use.
func (b *Book) CustodialAddress(ctx context.Context, customer string) (string, error) {
	if customer == "" {
		return "", fmt.Errorf("custodial wallet: empty customer: %w", souq.ErrInvalidRequest)
	}
	var addr common.Address
	known := false
	// Every offer asks for both wallets: a known customer is a read, not a write transaction (which
	// would take the store's single writer lock and fsync for nothing).
	err := b.db.View(ctx, func(tx kv.Tx) error {
		v := tx.Get(spaceByCustomer, []byte(customer))
		if v == nil {
			return nil
		}
		a, err := b.address(v)
		addr, known = a, err == nil
		return err
	})
	if err != nil {
		return "", fmt.Errorf("custodial wallet: %w", err)
	}
	if known {
		return addr.Hex(), nil
	}
	err = b.db.Update(ctx, func(tx kv.Tx) error {
		if v := tx.Get(spaceByCustomer, []byte(customer)); v != nil { // assigned by a concurrent first use
			a, err := b.address(v)
			addr = a
			return err
		}
		var next uint32
		if v := tx.Get(spaceMeta, keyNext); v != nil {
			n, err := decodeIndex(v)
			if err != nil {
				return err
			}
			next = n
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
		idx := encodeIndex(next)
		if err := tx.Put(spaceByCustomer, []byte(customer), idx); err != nil {
			return err
		}
		if err := tx.Put(spaceByAddress, addressKey(addr), idx); err != nil {
			return err
		}
		return tx.Put(spaceMeta, keyNext, encodeIndex(next+1))
	})
	if err != nil {
		return "", fmt.Errorf("custodial wallet: %w", err)
	}
	return addr.Hex(), nil
}

// address is the wallet address of a stored index.
func (b *Book) address(v []byte) (common.Address, error) {
	i, err := decodeIndex(v)
	if err != nil {
		return common.Address{}, err
	}
	return b.wallets.Address(i)
}

// ErrNotCustodial is returned for an address that is not one of souq's custodial wallets.
var ErrNotCustodial = errors.New("not a custodial wallet")

// KeyOf returns the signing key of a custodial wallet address.
func (b *Book) KeyOf(addr common.Address) (*Key, error) {
	var idx []byte
	// The sender's signer asks without a context; a lookup is a short local read.
	if err := b.db.View(context.Background(), func(tx kv.Tx) error {
		idx = tx.Get(spaceByAddress, addressKey(addr))
		return nil
	}); err != nil {
		return nil, err
	}
	if idx == nil {
		return nil, fmt.Errorf("%s: %w", addr.Hex(), ErrNotCustodial)
	}
	i, err := decodeIndex(idx)
	if err != nil {
		return nil, err
	}
	return b.wallets.Wallet(i)
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
