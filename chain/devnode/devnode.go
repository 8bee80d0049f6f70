// Package devnode runs souq's embedded EVM chain: a real, in-process go-ethereum node in dev mode
// (node.Node + eth.New + catalyst.SimulatedBeacon), persistent under a data directory, serving
// JSON-RPC (HTTP and WebSocket on one port) on a loopback address, with prefunded well-known dev
// accounts and souq's contracts deployed on first start.
//
// Hardhat and wallets can use it like any node: the RPC URL is Node.HTTPURL() (by default
// http://127.0.0.1:8545), the chain id is 1337, and the prefunded accounts are Hardhat's default
// ones (see DevAccounts), so `npx hardhat --network localhost` and a wallet's "localhost 8545"
// network work unchanged. The contract addresses are in <datadir>/souq-contracts.json.
//
// Blocks are sealed as soon as transactions are pending (go-ethereum's on-demand dev mode: the
// simulated beacon's API loop commits on every new-transaction event), or every Period if set.
// Gas follows mainnet (Osaka) rules by default, see MainnetRules.
package devnode

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/souqchain/souq/chain"
)

// ChainID is the dev chain's id (go-ethereum's --dev default).
const ChainID = 1337

// DefaultPort is the JSON-RPC port of the embedded default, the one Hardhat's "localhost" uses.
const DefaultPort = 8545

// contractsFile records the addresses deployed on first start, inside the data directory.
const contractsFile = "souq-contracts.json"

// Config configures the dev node. The zero value is an in-memory node on 127.0.0.1:8545.
type Config struct {
	// DataDir holds the chain; empty means in memory (lost on Close). The embedded default uses ./data/evm.
	DataDir string
	// Host is the RPC listen address; it must be a loopback address unless AllowRemote.
	Host string
	// Port is the RPC port (HTTP and WebSocket); 0 picks DefaultPort, -1 picks a free port (tests).
	Port int
	// AllowRemote allows a non-loopback Host. The dev keys are public: never expose them.
	AllowRemote bool
	// Period seals a block every Period (whole seconds) even when idle; 0 seals only when
	// transactions are pending.
	Period time.Duration
	// GasLimit of blocks; 0 means 60M (go-ethereum's default gas ceiling).
	GasLimit uint64
	// NextForkGas keeps go-ethereum's dev-chain fork rules (Bogota/Amsterdam stubs with state-gas
	// metering, ~111k gas per new storage slot). False (the default) applies MainnetRules.
	NextForkGas bool
	// FeeBps is the Escrow platform fee set at first deployment.
	FeeBps uint16
	// Logger receives go-ethereum's logs; nil discards them.
	Logger log.Logger
}

// ErrPortInUse is returned when the RPC port is taken (another souq, geth or Hardhat node).
var ErrPortInUse = errors.New("rpc port already in use")

// ErrNotLoopback is returned for a non-loopback Host without AllowRemote.
var ErrNotLoopback = errors.New("dev node must listen on a loopback address")

// ErrDataDirLocked is returned when another process has the data directory open.
var ErrDataDirLocked = errors.New("dev node data directory in use by another process")

// MainnetRules makes a dev chain price gas as mainnet does today (Osaka): go-ethereum ≥ 1.17.5
// enables the next forks' state-gas metering (EIP-8037/8038) on dev chains, which makes a new
// storage slot cost ~111k instead of ~22k. It is an option for simulated.NewBackend too.
func MainnetRules(_ *node.Config, ec *ethconfig.Config) {
	if ec.Genesis == nil || ec.Genesis.Config == nil {
		return
	}
	c := *ec.Genesis.Config
	c.BogotaTime, c.AmsterdamTime = nil, nil
	ec.Genesis.Config = &c
}

// Node is a running dev node.
type Node struct {
	stack     *node.Node
	eth       *eth.Ethereum
	beacon    *catalyst.SimulatedBeacon
	client    *ethclient.Client
	contracts chain.Contracts
	fresh     bool
}

// Start starts the node, and on first start (no contracts recorded in DataDir) deploys souq's
// contracts from the dev operator account and records their addresses.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	host := cfg.Host
	if host == "" {
		host = "127.0.0.1"
	}
	if ip := net.ParseIP(host); !cfg.AllowRemote && (ip == nil && host != "localhost" || ip != nil && !ip.IsLoopback()) {
		return nil, fmt.Errorf("host %q: %w", host, ErrNotLoopback)
	}
	port := cfg.Port
	switch port {
	case 0:
		port = DefaultPort
	case -1:
		port = 0
	}
	logger := cfg.Logger
	if logger == nil {
		logger = log.NewLogger(log.DiscardHandler())
	}
	modules := []string{"eth", "net", "web3", "txpool", "dev"}
	stack, err := node.New(&node.Config{
		Name:              "souq-dev",
		DataDir:           cfg.DataDir,
		P2P:               p2p.Config{MaxPeers: 0, NoDiscovery: true, ListenAddr: ""},
		HTTPHost:          host,
		HTTPPort:          port,
		HTTPModules:       modules,
		HTTPVirtualHosts:  []string{"localhost", "127.0.0.1", "[::1]"},
		HTTPCors:          []string{"*"},
		HTTPTimeouts:      rpc.DefaultHTTPTimeouts,
		WSHost:            host,
		WSPort:            port,
		WSModules:         modules,
		WSOrigins:         []string{"*"},
		UseLightweightKDF: true,
		Logger:            logger,
	})
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%s: %w", cfg.DataDir, ErrDataDirLocked)
		}
		return nil, fmt.Errorf("dev node: %w", err)
	}
	n, err := start(ctx, stack, cfg)
	if err != nil {
		stack.Close()
		return nil, err
	}
	return n, nil
}

func start(ctx context.Context, stack *node.Node, cfg Config) (*Node, error) {
	accts := DevAccounts()
	gasLimit := cfg.GasLimit
	if gasLimit == 0 {
		gasLimit = ethconfig.Defaults.Miner.GasCeil
	}
	operator := accts[0]
	genesis := core.DeveloperGenesisBlock(gasLimit, &operator.Address)
	for _, a := range accts[1:] {
		// 10^24 wei (one million ETH) each; the operator gets go-ethereum's faucet amount.
		genesis.Alloc[a.Address] = types.Account{Balance: new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)}
	}
	ec := ethconfig.Defaults
	ec.NetworkId = ChainID
	ec.SyncMode = ethconfig.FullSync
	ec.Genesis = genesis
	ec.Miner.GasCeil = gasLimit
	ec.Miner.PendingFeeRecipient = accts[len(accts)-1].Address
	ec.TxPool.NoLocals = true
	if !cfg.NextForkGas {
		MainnetRules(nil, &ec)
	}
	fresh := true
	if cfg.DataDir != "" {
		if _, err := os.Stat(stack.ResolvePath("chaindata")); err == nil {
			// An existing chain: use the genesis (and fork rules) it was created with.
			ec.Genesis = nil
			fresh = false
		}
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		return nil, fmt.Errorf("dev node: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	period := uint64(cfg.Period / time.Second)
	beacon, err := catalyst.NewSimulatedBeacon(period, ec.Miner.PendingFeeRecipient, backend)
	if err != nil {
		return nil, fmt.Errorf("dev node: beacon: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%s:%d: %w", stack.Config().HTTPHost, stack.Config().HTTPPort, ErrPortInUse)
		}
		return nil, fmt.Errorf("dev node: start: %w", err)
	}
	n := &Node{stack: stack, eth: backend, beacon: beacon, client: ethclient.NewClient(stack.Attach()), fresh: fresh}
	if err := n.loadOrDeploy(ctx, cfg); err != nil {
		n.client.Close()
		return nil, err
	}
	return n, nil
}

func (n *Node) loadOrDeploy(ctx context.Context, cfg Config) error {
	path := ""
	if cfg.DataDir != "" {
		path = filepath.Join(cfg.DataDir, contractsFile)
		if b, err := os.ReadFile(path); err == nil {
			if err := json.Unmarshal(b, &n.contracts); err != nil {
				return fmt.Errorf("dev node: %s: %w", path, err)
			}
			for _, a := range []common.Address{n.contracts.Escrow, n.contracts.EventAnchor} {
				code, err := n.client.CodeAt(ctx, a, nil)
				if err != nil {
					return fmt.Errorf("dev node: check contracts: %w", err)
				}
				if len(code) == 0 {
					return fmt.Errorf("dev node: %s names %s but the chain has no code there (chain data lost?)", path, a)
				}
			}
			return nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("dev node: %w", err)
		}
	}
	op, _ := DevAccount("operator")
	arb, _ := DevAccount("arbiter")
	tre, _ := DevAccount("treasury")
	c, err := chain.Deploy(ctx, n.client, op.Key, big.NewInt(ChainID), chain.DeployParams{
		Owner: op.Address, Treasury: tre.Address, Arbiter: arb.Address, Anchorer: op.Address,
		FeeBps: cfg.FeeBps, TestToken: true,
	}, nil)
	if err != nil {
		return fmt.Errorf("dev node: %w", err)
	}
	n.contracts = c
	if path == "" {
		return nil
	}
	b, _ := json.MarshalIndent(c, "", "  ")
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("dev node: record contracts: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("dev node: record contracts: %w", err)
	}
	return nil
}

// HTTPURL is the JSON-RPC URL for Hardhat, wallets and scripts.
func (n *Node) HTTPURL() string { return n.stack.HTTPEndpoint() }

// WSURL is the WebSocket JSON-RPC URL (same port).
func (n *Node) WSURL() string { return n.stack.WSEndpoint() }

// Client is an in-process client (no HTTP round trip), for souq's own use.
func (n *Node) Client() *ethclient.Client { return n.client }

// Contracts are the deployed contracts' addresses.
func (n *Node) Contracts() chain.Contracts { return n.contracts }

// Fresh reports whether this start created the chain (false after a restart on a data directory).
func (n *Node) Fresh() bool { return n.fresh }

// Network describes the dev chain as souq's configuration would; confirmations is 1 since the
// dev chain never reorganises on its own.
func (n *Node) Network() chain.Network {
	return chain.Network{Name: "dev", RPCURL: n.HTTPURL(), ChainID: ChainID, Confirmations: 1, Contracts: n.contracts}
}

// Commit seals a block now, pending transactions included.
func (n *Node) Commit() common.Hash { return n.beacon.Commit() }

// AdjustTime seals an empty block d later than the head (no transactions may be pending): time
// travel for deadlines in integration tests and demos.
func (n *Node) AdjustTime(d time.Duration) error { return n.beacon.AdjustTime(d) }

// Close stops the node; with a data directory the chain is flushed and survives.
func (n *Node) Close() error {
	n.client.Close()
	return n.stack.Close()
}
