package stellar

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"strconv"

	"github.com/stellar/go-stellar-sdk/keypair"
)

// keyring derives every key souq holds on Stellar from one secret seed, so nothing but the seed
// needs backing up and a restart finds the same accounts: key = ed25519 seed
// HMAC-SHA256(seed, "stellar/"+purpose). The customer purpose includes the customer id, so the
// on-ledger address is a keyed hash of it: no personal data reaches the ledger, and nobody without
// the seed can link an address to a customer. Keys are never logged or put in errors.
type keyring struct {
	seed []byte
}

func newKeyring(seed []byte) (keyring, error) {
	if len(seed) < 16 {
		return keyring{}, fmt.Errorf("%w: key seed must be at least 16 bytes", ErrInvalidRequest)
	}
	return keyring{seed: append([]byte(nil), seed...)}, nil
}

func (k keyring) derive(purpose string) *keypair.Full {
	m := hmac.New(sha256.New, k.seed)
	m.Write([]byte("stellar/" + purpose))
	var raw [32]byte
	copy(raw[:], m.Sum(nil))
	kp, err := keypair.FromRawSeed(raw)
	if err != nil {
		panic(err) // FromRawSeed fails only on a wrong length, impossible here
	}
	return kp
}

func (k keyring) operator() *keypair.Full        { return k.derive("operator") }
func (k keyring) channel(i int) *keypair.Full    { return k.derive("channel/" + strconv.Itoa(i)) }
func (k keyring) issuer(m string) *keypair.Full  { return k.derive("merchant/" + m + "/issuer") }
func (k keyring) distrib(m string) *keypair.Full { return k.derive("merchant/" + m + "/distribution") }
func (k keyring) customer(c string) *keypair.Full {
	return k.derive("customer/" + c)
}
