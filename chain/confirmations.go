package chain

import (
	"context"
	"strings"
)

// ClientVersioner answers web3_clientVersion (rpc.Client.CallContext wrapped; see DefaultConfirmations).
type ClientVersioner func(ctx context.Context) (string, error)

// Default confirmations: PublicConfirmations on a chain whose blocks keep coming, 1 on a node that
// mines only when a transaction arrives (Hardhat automine, anvil, ganache, geth --dev with period
// 0): there "3 confirmations" means waiting until two unrelated transactions are mined, which may be
// never, and no reorg can happen anyway.
const PublicConfirmations = 3

// devChainIDs are the chain ids of development nodes: Hardhat and anvil (31337), geth --dev and
// ganache (1337).
var devChainIDs = map[uint64]bool{31337: true, 1337: true}

// DefaultConfirmations picks --confirmations when it is not given, and says why: 1 on a
// development node (recognised by web3_clientVersion — HardhatNetwork, anvil, Ganache — or by a
// development chain id, 31337 or 1337), PublicConfirmations elsewhere.
func DefaultConfirmations(ctx context.Context, chainID uint64, version ClientVersioner) (uint64, string) {
	if version != nil {
		if v, err := version(ctx); err == nil {
			lv := strings.ToLower(v)
			for _, dev := range []string{"hardhat", "anvil", "ganache", "ethereumjs testrpc"} {
				if strings.Contains(lv, dev) {
					return 1, "development node (" + v + ") mines on demand"
				}
			}
		}
	}
	if devChainIDs[chainID] {
		return 1, "development chain id (mines on demand)"
	}
	return PublicConfirmations, "public chain"
}
