package stellar

import (
	"strings"

	"github.com/stellar/go-stellar-sdk/network"
)

// Explorer builds links an auditor can open for transactions, accounts and assets. On testnet and
// the public network they point at stellar.expert; on any other network (the sandbox) at the
// Horizon resources themselves, since no public explorer indexes a local test ledger.
type Explorer struct {
	base    string
	horizon bool
}

// NewExplorer picks the explorer for a network passphrase and Horizon URL.
func NewExplorer(passphrase, horizonURL string) Explorer {
	switch passphrase {
	case network.TestNetworkPassphrase:
		return Explorer{base: "https://stellar.expert/explorer/testnet"}
	case network.PublicNetworkPassphrase:
		return Explorer{base: "https://stellar.expert/explorer/public"}
	}
	return Explorer{base: strings.TrimRight(horizonURL, "/"), horizon: true}
}

// Tx links a transaction by hash.
func (e Explorer) Tx(hash string) string {
	if e.horizon {
		return e.base + "/transactions/" + hash
	}
	return e.base + "/tx/" + hash
}

// Account links an account.
func (e Explorer) Account(addr string) string {
	if e.horizon {
		return e.base + "/accounts/" + addr
	}
	return e.base + "/account/" + addr
}

// Asset links an asset; on stellar.expert as CODE-ISSUER, on Horizon as its issuer account.
func (e Explorer) Asset(code, issuer string) string {
	if e.horizon {
		return e.base + "/accounts/" + issuer
	}
	return e.base + "/asset/" + code + "-" + issuer
}
