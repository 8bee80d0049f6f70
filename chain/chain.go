// Package chain holds what every EVM adapter of souq shares: the description of a network (RPC URL,
// chain id, contract addresses, confirmations, explorer), dialing it with a chain-id check, and the
// deployment of souq's contracts.
//
// The sub-packages do the work: devnode (the embedded go-ethereum dev chain), keys (operator and
// custodial keys), sender (exactly-once transactions), txstore (the sender's bbolt state), escrow
// (escrow client, watcher, payment links), journal (canonical events, Merkle batches, anchoring,
// proof bundles) and audit (verification of a proof bundle against the chain alone).
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Contracts are the addresses of souq's contracts on one network.
type Contracts struct {
	Escrow      common.Address `json:"escrow"`
	EventAnchor common.Address `json:"eventAnchor"`
	// TestToken is the dev chain's USDC-like token; zero on real networks.
	TestToken common.Address `json:"testToken,omitempty"`
	// DeployBlock is the block of the earliest deployment: watchers start their log scans there.
	DeployBlock uint64 `json:"deployBlock"`
}

// Network is an EVM chain souq talks to. The embedded dev node fills one in; an external chain is
// pure configuration.
type Network struct {
	Name    string `json:"name"`
	RPCURL  string `json:"rpcUrl"`
	ChainID uint64 `json:"chainId"`
	// Confirmations is how many blocks must be built on top of a transaction's block before souq
	// treats it as final (1 = the block itself is enough).
	Confirmations uint64    `json:"confirmations"`
	Contracts     Contracts `json:"contracts"`
	Explorer      Explorer  `json:"explorer"`
}

// ErrChainIDMismatch is returned when the node at an RPC URL serves another chain than configured:
// signing for the wrong chain id would at best fail and at worst replay elsewhere, so souq refuses
// to start.
var ErrChainIDMismatch = errors.New("chain id mismatch")

// Dial connects to the network's RPC URL and checks that the node's chain id is the configured one.
func Dial(ctx context.Context, n Network) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, n.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", n.RPCURL, err)
	}
	if err := CheckChainID(ctx, c, n.ChainID); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// ChainIDReader is the one call CheckChainID needs.
type ChainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// CheckChainID fails with ErrChainIDMismatch unless the node reports want.
func CheckChainID(ctx context.Context, c ChainIDReader, want uint64) error {
	got, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if !got.IsUint64() || got.Uint64() != want {
		return fmt.Errorf("node serves chain %s, configured %d: %w", got, want, ErrChainIDMismatch)
	}
	return nil
}

// Explorer builds Etherscan-style links (`/tx/<hash>`, `/address/<addr>`, `/block/<n>`). The zero
// value (no base URL) yields no links: the dev chain has no explorer.
type Explorer struct {
	BaseURL string `json:"baseUrl,omitempty"` // e.g. https://sepolia.etherscan.io
}

// TxURL links a transaction, or returns "" without an explorer.
func (e Explorer) TxURL(h common.Hash) string { return e.link("tx", h.Hex()) }

// AddressURL links an account or contract, or returns "" without an explorer.
func (e Explorer) AddressURL(a common.Address) string { return e.link("address", a.Hex()) }

// BlockURL links a block, or returns "" without an explorer.
func (e Explorer) BlockURL(n uint64) string { return e.link("block", fmt.Sprint(n)) }

func (e Explorer) link(kind, id string) string {
	if e.BaseURL == "" {
		return ""
	}
	return strings.TrimRight(e.BaseURL, "/") + "/" + kind + "/" + id
}

// DefaultExplorer returns the Etherscan-family explorer of a public chain souq may be pointed at,
// or the zero Explorer (no links) for an unknown chain such as the dev chain. Configuration may
// override it.
func DefaultExplorer(chainID uint64) Explorer {
	base := map[uint64]string{
		1:        "https://etherscan.io",
		11155111: "https://sepolia.etherscan.io",
		17000:    "https://holesky.etherscan.io",
		560048:   "https://hoodi.etherscan.io",
		8453:     "https://basescan.org",
		84532:    "https://sepolia.basescan.org",
		10:       "https://optimistic.etherscan.io",
		42161:    "https://arbiscan.io",
		137:      "https://polygonscan.com",
	}[chainID]
	return Explorer{BaseURL: base}
}
