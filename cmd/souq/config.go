package main

import (
	"cmp"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/devnode"
)

// Config is every setting souq takes. Empty network settings select the embedded default: an
// in-process dev chain, the Stellar sandbox ledger and the WhatsApp simulator.
type Config struct {
	DataDir   string
	LogFormat string // json or text

	// HTTP
	HTTPAddr  string
	PublicURL string // how users reach the server (payment links, stellar.toml, simulator)

	// EVM
	EthRPC         string // empty: embedded dev node
	DevChain       bool   // EthRPC is a `souq devchain` node: use its dev keys and faucet
	EthChainID     uint64
	EthRPCAddr     string // embedded node's JSON-RPC listen address
	Confirmations  uint64
	EscrowAddr     string
	AnchorAddr     string
	TokenAddr      string
	TokenSymbol    string
	TokenDecimals  int // < 0: read from the token
	DeployBlock    uint64
	Deployment     string // `souq deploy --out` file: escrow, anchor and deploy block
	RelayerWarnTxs uint64
	// MaxFeePerGas (gwei) and MaxTxFee (native coin) cap what the relayer pays in fees: per gas,
	// and per transaction (gas limit × fee per gas). Decimal strings; parsed by feeCaps.
	MaxFeePerGas, MaxTxFee string
	KeystoreDir            string
	PassphraseEnv          string
	PassphraseFile         string
	SeedFile               string
	// MaxOrder and HardMaxOrder bound one order's total, in whole units of its currency: the
	// default per-merchant limit (a merchant may set its own, up to the hard one) and the hard one.
	MaxOrder, HardMaxOrder int64
	ExplorerURL            string

	// Stellar
	HorizonURL        string // empty: embedded sandbox ledger
	NetworkPassphrase string
	StellarHomeDomain string

	// WhatsApp Cloud API
	GraphURL       string // empty: simulator
	GraphVersion   string
	GraphToken     string
	AppSecret      string
	VerifyToken    string
	PhoneNumberID  string
	WindowTemplate string
}

func (c *Config) bindCommon(fs *pflag.FlagSet) {
	fs.StringVar(&c.DataDir, "data", "./data", "directory for the store, the dev chain, the sandbox ledger and keys")
	fs.StringVar(&c.LogFormat, "log-format", "text", "log format: text or json (production)")
	fs.StringVar(&c.HTTPAddr, "http-addr", "127.0.0.1:8080", "HTTP listen address")
	fs.StringVar(&c.PublicURL, "public-url", "", "public base URL of the server (default http://<http-addr>)")

	fs.StringVar(&c.EthRPC, "eth-rpc", "", "EVM JSON-RPC URL; empty runs the embedded dev chain")
	fs.BoolVar(&c.DevChain, "dev-chain", false, "--eth-rpc is a `souq devchain` node (chain id 1337): use its well-known dev keys and faucet, as the embedded default does")
	fs.Uint64Var(&c.EthChainID, "eth-chain-id", 0, "expected chain id of --eth-rpc (checked at start)")
	fs.StringVar(&c.EthRPCAddr, "eth-rpc-addr", "127.0.0.1:8545", "JSON-RPC listen address of the embedded dev chain")
	fs.Uint64Var(&c.Confirmations, "confirmations", 0, "blocks to wait before an on-chain event counts (0: 1 on the dev chain and on nodes that mine on demand — Hardhat, anvil, geth --dev — 3 elsewhere)")
	fs.StringVar(&c.EscrowAddr, "escrow", "", "Escrow contract address on --eth-rpc")
	fs.StringVar(&c.AnchorAddr, "anchor", "", "EventAnchor contract address on --eth-rpc")
	fs.StringVar(&c.TokenAddr, "token", "", "ERC-20 token accepted besides ETH (address)")
	fs.StringVar(&c.TokenSymbol, "token-symbol", "", "symbol of --token (default: read from the token; checked against it when given)")
	fs.IntVar(&c.TokenDecimals, "token-decimals", -1, "decimals of --token (default: read from the token; checked against it when given)")
	fs.Uint64Var(&c.DeployBlock, "deploy-block", 0, "block the contracts were deployed in (printed by `souq deploy`): the escrow watcher starts there")
	fs.StringVar(&c.Deployment, "deployment", "", "JSON written by `souq deploy --out`: sets --escrow, --anchor and --deploy-block when not given")
	fs.Uint64Var(&c.RelayerWarnTxs, "relayer-warn-txs", 100, "warn when an operator account can pay for fewer transactions than this")
	fs.StringVar(&c.MaxFeePerGas, "max-fee-per-gas", defaultMaxFeePerGas, "most the relayer pays per gas, in gwei; a transaction the network's base fee does not let through under it is refused as needing the operator (souq status)")
	fs.StringVar(&c.MaxTxFee, "max-tx-fee", defaultMaxTxFee, "most the relayer pays in fees for one transaction (gas limit × fee per gas), in the chain's native coin (ETH)")
	fs.Int64Var(&c.MaxOrder, "max-order", souq.DefaultMaxOrder, "default limit on one order's total, in whole units of its currency (a merchant may set its own up to --hard-max-order)")
	fs.Int64Var(&c.HardMaxOrder, "hard-max-order", souq.HardMaxOrder, "limit on one order's total no merchant setting raises, in whole units")
	fs.StringVar(&c.KeystoreDir, "keystore", "", "operator keystore directory (default <data>/keystore)")
	fs.StringVar(&c.PassphraseEnv, "passphrase-env", "SOUQ_PASSPHRASE", "environment variable holding the keystore/seed passphrase")
	fs.StringVar(&c.PassphraseFile, "passphrase-file", "", "file whose first line is the keystore/seed passphrase")
	fs.StringVar(&c.SeedFile, "seed", "", "encrypted custodial-wallet seed file (default <data>/seed.json)")
	fs.StringVar(&c.ExplorerURL, "explorer", "", "block explorer base URL (Etherscan-style /tx/ and /address/)")

	fs.StringVar(&c.HorizonURL, "horizon", "", "Horizon URL; empty runs the embedded Stellar sandbox ledger")
	fs.StringVar(&c.NetworkPassphrase, "stellar-network", "", "Stellar network passphrase (required with --horizon)")
	fs.StringVar(&c.StellarHomeDomain, "stellar-home-domain", "", "home domain of the loyalty assets (serves stellar.toml)")

	fs.StringVar(&c.GraphURL, "graph-url", "", "WhatsApp Graph API base URL; empty runs the simulator")
	fs.StringVar(&c.GraphVersion, "graph-version", "v24.0", "Graph API version")
	fs.StringVar(&c.GraphToken, "graph-token", "", "Graph API access token")
	fs.StringVar(&c.AppSecret, "app-secret", "", "Meta app secret (webhook signatures)")
	fs.StringVar(&c.VerifyToken, "verify-token", "", "webhook verify token")
	fs.StringVar(&c.PhoneNumberID, "phone-number-id", "", "WhatsApp business phone number id")
	fs.StringVar(&c.WindowTemplate, "window-template", "", "template sent outside the 24-hour window")
}

// envName maps a flag name to its environment variable: eth-rpc → SOUQ_ETH_RPC.
func envName(flag string) string {
	return "SOUQ_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

// applyEnv sets every flag not given on the command line from its SOUQ_* variable, and rejects a
// malformed value with the variable's name.
func (c *Config) applyEnv(cmd *cobra.Command) error {
	var firstErr error
	visit := func(f *pflag.Flag) {
		if firstErr != nil || f.Changed {
			return
		}
		v, ok := os.LookupEnv(envName(f.Name))
		if !ok {
			return
		}
		if err := f.Value.Set(v); err != nil {
			firstErr = fmt.Errorf("$%s: %w", envName(f.Name), err)
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	if firstErr != nil {
		return firstErr
	}
	if err := c.loadDeployment(); err != nil {
		return err
	}
	return c.validate()
}

func (c *Config) validate() error {
	switch c.LogFormat {
	case "text", "json":
	default:
		return fmt.Errorf("--log-format %q: want text or json", c.LogFormat)
	}
	if c.DataDir == "" {
		return fmt.Errorf("--data must not be empty")
	}
	if c.HorizonURL != "" && c.NetworkPassphrase == "" {
		return fmt.Errorf("--horizon needs --stellar-network (the network passphrase)")
	}
	if c.DevChain {
		if c.EthRPC == "" {
			return fmt.Errorf("--dev-chain needs --eth-rpc (the embedded default is a dev chain already)")
		}
		if c.EthChainID == 0 {
			c.EthChainID = devnode.ChainID
		}
		if c.EthChainID != devnode.ChainID {
			return fmt.Errorf("--dev-chain: chain id %d, but the dev chain's is %d (its dev keys are public: never use them elsewhere)", c.EthChainID, devnode.ChainID)
		}
	}
	if c.EthRPC != "" && c.EthChainID == 0 {
		return fmt.Errorf("--eth-rpc needs --eth-chain-id, checked against the node at start")
	}
	if _, _, err := c.feeCaps(); err != nil {
		return err
	}
	if c.TokenDecimals > 77 {
		return fmt.Errorf("--token-decimals %d: at most 77", c.TokenDecimals)
	}
	if c.GraphURL != "" {
		for name, v := range map[string]string{"graph-token": c.GraphToken, "app-secret": c.AppSecret, "verify-token": c.VerifyToken, "phone-number-id": c.PhoneNumberID} {
			if v == "" {
				return fmt.Errorf("--graph-url needs --%s", name)
			}
		}
	}
	return nil
}

// The relayer's fee caps by default: 200 gwei per gas (several times a busy mainnet's base fee,
// far above an L2's) and 0.05 ETH per transaction (a permit funding at 150k gas and 200 gwei
// costs 0.03).
const (
	defaultMaxFeePerGas = "200"
	defaultMaxTxFee     = "0.05"
)

// feeCaps are --max-fee-per-gas and --max-tx-fee in wei (unset: the defaults).
func (c *Config) feeCaps() (perGas, perTx *big.Int, err error) {
	if perGas, err = souq.ParseAmount(cmp.Or(c.MaxFeePerGas, defaultMaxFeePerGas), 9); err == nil && perGas.Sign() <= 0 {
		err = souq.ErrAmountNotPos
	}
	if err != nil {
		return nil, nil, fmt.Errorf("--max-fee-per-gas %q: want a positive number of gwei: %w", c.MaxFeePerGas, err)
	}
	if perTx, err = souq.ParseAmount(cmp.Or(c.MaxTxFee, defaultMaxTxFee), 18); err == nil && perTx.Sign() <= 0 {
		err = souq.ErrAmountNotPos
	}
	if err != nil {
		return nil, nil, fmt.Errorf("--max-tx-fee %q: want a positive amount of the native coin: %w", c.MaxTxFee, err)
	}
	return perGas, perTx, nil
}

func (c *Config) keystoreDir() string {
	if c.KeystoreDir != "" {
		return c.KeystoreDir
	}
	return c.DataDir + "/keystore"
}

func (c *Config) seedFile() string {
	if c.SeedFile != "" {
		return c.SeedFile
	}
	return c.DataDir + "/seed.json"
}
