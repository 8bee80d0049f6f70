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
// Blocks are sealed when transactions are pending, at most one a second, each stamped with the
// chain's clock: the wall clock plus a time-travel offset kept in the data directory (AdjustTime,
// JSON-RPC souqdev_advanceTime). Every sealed block is on disk before it becomes the head (archive
// state, synced write-ahead log), so the chain survives kill -9. Gas follows mainnet (Osaka) rules
// by default, see MainnetRules.
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
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
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
	sealer    *sealer
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
	ip := net.ParseIP(host)
	loopback := host == "localhost" || ip != nil && ip.IsLoopback()
	if !loopback && !cfg.AllowRemote {
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
	modules := []string{"eth", "net", "web3", "txpool"}
	if loopback {
		modules = append(modules, "souqdev") // time travel: only for this machine
	}
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
	// Write-through: the hash scheme in archive mode commits every block's state trie to the
	// database as the block is inserted (the path scheme keeps up to 128 blocks of state in
	// memory, and a crash rewinds the chain to the last flush: genesis, or the last clean stop).
	// No snapshot: a second copy of the state that a crash would only make regenerate.
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.SnapshotCache = 0
	fresh := true
	clockPath := ""
	if cfg.DataDir != "" {
		clockPath = filepath.Join(cfg.DataDir, clockFile)
		if _, err := os.Stat(stack.ResolvePath("chaindata")); err == nil {
			// An existing chain: use the genesis (and fork rules) it was created with.
			ec.Genesis = nil
			fresh = false
			scheme, err := existingScheme(stack)
			if err != nil {
				return nil, err
			}
			if scheme == rawdb.PathScheme {
				// Created before write-through: it runs, but a crash still rewinds it.
				ec.StateScheme, ec.NoPruning = rawdb.PathScheme, false
				log.Warn("Dev chain data predates write-through and does not survive kill -9; remove it to start a durable one", "dir", cfg.DataDir)
			}
		}
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		return nil, fmt.Errorf("dev node: eth: %w", err)
	}
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	if err := adoptOrphanHeads(backend); err != nil {
		return nil, err
	}
	head := backend.BlockChain().CurrentBlock()
	backend.BlockChain().SetSafe(head)
	backend.BlockChain().SetFinalized(head)
	backend.SetSynced()
	s, err := newSealer(backend, ec.Miner.PendingFeeRecipient, cfg.Period, clockPath)
	if err != nil {
		return nil, err
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "souqdev", Service: &devAPI{s: s}}})
	stack.RegisterLifecycle(s)
	if err := stack.Start(); err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("%s:%d: %w", stack.Config().HTTPHost, stack.Config().HTTPPort, ErrPortInUse)
		}
		return nil, fmt.Errorf("dev node: start: %w", err)
	}
	n := &Node{stack: stack, eth: backend, sealer: s, client: ethclient.NewClient(stack.Attach()), fresh: fresh}
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
			if err := chain.CheckEscrow(ctx, n.client, n.contracts.Escrow, ChainID); err != nil {
				return fmt.Errorf("dev node: %s: %w (the dev chain in %s was deployed by an older souq: move it and the store aside to start a new one)", path, err, cfg.DataDir)
			}
			return nil
		} else if !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("dev node: %w", err)
		}
	}
	// Each power its own key: the relayer deploys (and pays) and anchors; the owner, arbiter
	// and treasury are other accounts.
	op, _ := DevAccount("operator")
	arb, _ := DevAccount("arbiter")
	tre, _ := DevAccount("treasury")
	c, err := chain.Deploy(ctx, n.client, op.Key, big.NewInt(ChainID), chain.DeployParams{
		Owner: DevOwner().Address, Treasury: tre.Address, Arbiter: arb.Address, Anchorer: op.Address,
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
	if err := writeFileSync(path, append(b, '\n')); err != nil {
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

// Seal seals a block now with the pending transactions, at the chain's clock; when the head is
// from the current second it waits for the next one (block timestamps never run ahead).
func (n *Node) Seal(ctx context.Context) (*types.Header, error) {
	b, err := n.sealer.seal(ctx, false)
	if err != nil {
		return nil, err
	}
	return b.Header(), nil
}

// Now is the chain's clock: the wall clock plus the time travelled (AdjustTime), which every new
// block's timestamp follows.
func (n *Node) Now() time.Time { return n.sealer.now() }

// Offset is the time travelled so far (whole seconds), kept in the data directory.
func (n *Node) Offset() time.Duration { return time.Duration(n.sealer.offset.Load()) * time.Second }

// ChainNow implements souq.ChainClock: the newest block's timestamp, after sealing a block
// (pending transactions included) if the head lags the chain's clock by more than a second.
func (n *Node) ChainNow(ctx context.Context) (time.Time, error) { return n.sealer.chainNow(ctx) }

// AdjustTime is time travel for deadlines in demos, tests and soaks: it seals the pending
// transactions, moves the chain's clock d forward (whole seconds; kept in the data directory, so
// it survives restarts) and seals a block at the new time. Every later block follows the moved
// clock.
func (n *Node) AdjustTime(d time.Duration) error {
	_, err := n.sealer.adjustTime(context.Background(), d)
	return err
}

// existingScheme reads the state scheme of an existing chain, opening its database briefly.
func existingScheme(stack *node.Node) (string, error) {
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{ReadOnly: true})
	if err != nil {
		return "", fmt.Errorf("dev node: open chain: %w", err)
	}
	defer db.Close()
	return rawdb.ReadStateScheme(db), nil
}

// Close stops the node; every sealed block is already on disk.
func (n *Node) Close() error {
	n.client.Close()
	return n.stack.Close()
}
