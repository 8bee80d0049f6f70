package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
	"github.com/souqchain/souq/chain/bindings/testtoken"
)

// Start-up checks of an external chain. Each error says what happened and what the operator does
// about it; the sentinel errors let callers and tests tell the cases apart.
var (
	// ErrNoCode: no contract at a configured address (an EOA, a typo, or a chain that was reset).
	ErrNoCode = errors.New("no contract code")
	// ErrNotOurContract: a contract that does not answer as souq's does.
	ErrNotOurContract = errors.New("not souq's contract")
	// ErrTokenMismatch: the token's own decimals or symbol differ from the configuration.
	ErrTokenMismatch = errors.New("token does not match the configuration")
	// ErrChainReset: the chain no longer holds what this data directory saw happen on it.
	ErrChainReset = errors.New("chain was reset")
	// ErrDataMismatch: the data directory is not the one these contracts were used with.
	ErrDataMismatch = errors.New("data directory does not match the contracts")
)

// PreflightBackend is what the start-up checks read (ethclient satisfies it).
type PreflightBackend interface {
	CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error)
}

// EscrowName is the EIP-712 domain name souq's Escrow declares (ERC-5267 eip712Domain()).
const EscrowName = "souq Escrow"

// CheckEscrow checks that the contract at addr is souq's Escrow on this chain.
//
// It asks the contract rather than hashing its code: the runtime code carries immutables (the
// cached EIP-712 domain separator, chain id and address), so its hash never equals the artifact's
// deployedBytecode without masking, and it changes with every compiler setting. What souq relies
// on is that the contract signs orders under the domain souq signs with: ERC-5267 eip712Domain()
// must name "souq Escrow", this chain and this very address (a copy elsewhere names its own).
// This catches the mistakes that lose money (an EOA, the token's or another contract's address, a
// chain that was reset); it is not a defence against a contract built to imitate souq's answers.
func CheckEscrow(ctx context.Context, b PreflightBackend, addr common.Address, chainID uint64) error {
	if err := hasCode(ctx, b, "--escrow", addr); err != nil {
		return err
	}
	e := escrow.NewEscrow()
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: e.PackEip712Domain()}, nil)
	if err != nil {
		return fmt.Errorf("--escrow %s does not answer eip712Domain() (%v): it is not souq's Escrow; deploy one with `souq deploy`: %w", addr.Hex(), err, ErrNotOurContract)
	}
	d, err := e.UnpackEip712Domain(out)
	if err != nil {
		return fmt.Errorf("--escrow %s: eip712Domain(): %v: %w", addr.Hex(), err, ErrNotOurContract)
	}
	if d.Name != EscrowName || d.ChainId == nil || !d.ChainId.IsUint64() || d.ChainId.Uint64() != chainID || d.VerifyingContract != addr {
		return fmt.Errorf("--escrow %s is not souq's Escrow on chain %d (its EIP-712 domain is %q v%s, chain %v, contract %s); deploy one with `souq deploy`: %w",
			addr.Hex(), chainID, d.Name, d.Version, d.ChainId, d.VerifyingContract.Hex(), ErrNotOurContract)
	}
	// An Escrow from before disputes end has no disputePeriod() and emits another Disputed event:
	// the watcher could not read its disputes, and none would ever end.
	if _, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: e.PackDisputePeriod()}, nil); err != nil {
		return fmt.Errorf("--escrow %s does not answer disputePeriod() (%v): it predates disputes that end; deploy the current one with `souq deploy`: %w", addr.Hex(), err, ErrNotOurContract)
	}
	return nil
}

// CheckAnchor checks that the contract at addr is an EventAnchor that records checkpoints and
// that anchorer may anchor on it, and returns the log size it has recorded.
func CheckAnchor(ctx context.Context, b PreflightBackend, addr, anchorer common.Address) (size uint64, err error) {
	if err := hasCode(ctx, b, "--anchor", addr); err != nil {
		return 0, err
	}
	ea := eventanchor.NewEventAnchor()
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: ea.PackSize()}, nil)
	if err == nil {
		size, err = ea.UnpackSize(out)
	}
	if err != nil {
		return 0, fmt.Errorf("--anchor %s does not answer size() (%v): it is not souq's EventAnchor (or predates the transparency log); deploy one with `souq deploy`: %w", addr.Hex(), err, ErrNotOurContract)
	}
	out, err = b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: ea.PackAnchorer()}, nil)
	var who common.Address
	if err == nil {
		who, err = ea.UnpackAnchorer(out)
	}
	if err != nil {
		return 0, fmt.Errorf("--anchor %s does not answer anchorer() (%v): %w", addr.Hex(), err, ErrNotOurContract)
	}
	if who != anchorer {
		return 0, fmt.Errorf("--anchor %s accepts checkpoints only from %s, but souq's operator key is %s: every anchor would revert; start with that key or have the owner call setAnchorer(%s): %w",
			addr.Hex(), who.Hex(), anchorer.Hex(), anchorer.Hex(), ErrNotOurContract)
	}
	return size, nil
}

// Token is what the token contract says about itself.
type Token struct {
	Symbol   string
	Decimals uint8
}

// ReadToken reads an ERC-20's symbol and decimals, and checks them against the configured ones
// (wantSymbol "" and wantDecimals < 0 mean "not configured: take the token's").
func ReadToken(ctx context.Context, b PreflightBackend, addr common.Address, wantSymbol string, wantDecimals int) (Token, error) {
	if err := hasCode(ctx, b, "--token", addr); err != nil {
		return Token{}, err
	}
	t := testtoken.NewTestToken() // the standard ERC-20 metadata selectors
	var tok Token
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: t.PackDecimals()}, nil)
	if err == nil {
		tok.Decimals, err = t.UnpackDecimals(out)
	}
	if err != nil {
		return Token{}, fmt.Errorf("--token %s: decimals(): %v: not an ERC-20 with metadata: %w", addr.Hex(), err, ErrTokenMismatch)
	}
	out, err = b.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: t.PackSymbol()}, nil)
	if err == nil {
		tok.Symbol, err = t.UnpackSymbol(out)
	}
	if err != nil {
		return Token{}, fmt.Errorf("--token %s: symbol(): %v: %w", addr.Hex(), err, ErrTokenMismatch)
	}
	if wantDecimals >= 0 && int(tok.Decimals) != wantDecimals {
		// An 18-decimal token taken for 6 would charge 10^-12 of every price.
		return tok, fmt.Errorf("--token %s has %d decimals, --token-decimals says %d: prices would be off by 10^%d; drop --token-decimals (souq reads it) or fix it: %w",
			addr.Hex(), tok.Decimals, wantDecimals, absDiff(int(tok.Decimals), wantDecimals), ErrTokenMismatch)
	}
	if wantSymbol != "" && !strings.EqualFold(tok.Symbol, wantSymbol) {
		return tok, fmt.Errorf("--token %s calls itself %q, --token-symbol says %q: drop --token-symbol (souq reads it) or check the address: %w",
			addr.Hex(), tok.Symbol, wantSymbol, ErrTokenMismatch)
	}
	return tok, nil
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// reorgHorizon is how deep a block must be before another hash at its height means another chain
// rather than a reorganisation.
const reorgHorizon = 128

// CheckAccountHistory checks that the chain holds the transactions this data directory recorded
// as mined from account: its nonce on chain must be past the highest one recorded, and the block
// of the last one recorded must still be there. A node restarted from genesis (Hardhat, anvil,
// geth --dev without a data dir) fails here instead of answering "nonce too high" for ever.
func CheckAccountHistory(ctx context.Context, b PreflightBackend, account common.Address, maxNonce uint64, lastBlock uint64, lastHash common.Hash) error {
	n, err := b.NonceAt(ctx, account, nil)
	if err != nil {
		return fmt.Errorf("read nonce of %s: %w", account.Hex(), err)
	}
	if n <= maxNonce {
		return fmt.Errorf("this data directory recorded transactions of %s up to nonce %d, but the chain has only %d from it: the chain was reset (a restarted dev node?) or is not the one this data directory ran on; start on a fresh --data and deploy new contracts with `souq deploy`, or point --eth-rpc at the chain this data ran on: %w",
			account.Hex(), maxNonce, n, ErrChainReset)
	}
	if lastHash == (common.Hash{}) {
		return nil
	}
	head, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if head.Number.Uint64() < lastBlock {
		return fmt.Errorf("this data directory saw block %d, but the chain's head is %d: the chain was reset; start on a fresh --data and deploy new contracts with `souq deploy`: %w", lastBlock, head.Number.Uint64(), ErrChainReset)
	}
	if head.Number.Uint64()-lastBlock < reorgHorizon {
		return nil // recent enough for a reorg to have moved it: the nonce check above is the one that counts
	}
	h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(lastBlock))
	if errors.Is(err, ethereum.NotFound) || (err == nil && h == nil) {
		return fmt.Errorf("this data directory saw block %d, which the chain does not have: the chain was reset; start on a fresh --data and deploy new contracts with `souq deploy`: %w", lastBlock, ErrChainReset)
	}
	if err != nil {
		return fmt.Errorf("read block %d: %w", lastBlock, err)
	}
	if h.Hash() != lastHash {
		return fmt.Errorf("block %d is %s on the chain, but this data directory saw %s there: the chain was reset or is another chain; start on a fresh --data and deploy new contracts with `souq deploy`: %w",
			lastBlock, h.Hash().Hex(), lastHash.Hex(), ErrChainReset)
	}
	return nil
}

// CheckJournalAnchored compares the log size EventAnchor recorded with the checkpoints this
// data directory knows: anchored is the largest it saw confirmed, pending the sizes it sent and
// has not seen confirmed yet (one of those may have landed while souq was down).
func CheckJournalAnchored(anchor common.Address, onChain, anchored uint64, pending []uint64) error {
	if onChain == anchored {
		return nil
	}
	for _, p := range pending {
		if p == onChain {
			return nil
		}
	}
	if onChain > anchored {
		return fmt.Errorf("EventAnchor %s has recorded souq's log up to %d events, but this data directory anchored only %d: it is not the data directory these contracts were used with (a fresh or restored --data). Start with the data directory souq last ran with on them (or its latest backup), or deploy new contracts with `souq deploy` for a fresh start: %w",
			anchor.Hex(), onChain, anchored, ErrDataMismatch)
	}
	return fmt.Errorf("this data directory anchored %d events at EventAnchor %s, but the chain has only %d: the chain was reset or --anchor names another deployment; point --eth-rpc/--anchor at the ones this data ran on, or start on a fresh --data with new contracts (`souq deploy`): %w",
		anchored, anchor.Hex(), onChain, ErrChainReset)
}

func hasCode(ctx context.Context, b PreflightBackend, flag string, addr common.Address) error {
	code, err := b.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("%s %s: read code: %w", flag, addr.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%s %s has no contract code: an account, a wrong address, or a chain that was reset since `souq deploy`; deploy with `souq deploy` and pass the address it prints: %w", flag, addr.Hex(), ErrNoCode)
	}
	return nil
}

// OnChainRoles are the accounts the deployed contracts give each power to.
type OnChainRoles struct {
	EscrowOwner, Arbiter, AnchorOwner, Anchorer common.Address
}

// ReadRoles reads owner() and arbiter() of the escrow and owner() and anchorer() of the anchor.
func ReadRoles(ctx context.Context, b ethereum.ContractCaller, escrowAddr, anchorAddr common.Address) (OnChainRoles, error) {
	var out OnChainRoles
	es, ea := escrow.NewEscrow(), eventanchor.NewEventAnchor()
	for _, q := range []struct {
		to     common.Address
		data   []byte
		unpack func([]byte) (common.Address, error)
		dst    *common.Address
	}{
		{escrowAddr, es.PackOwner(), es.UnpackOwner, &out.EscrowOwner},
		{escrowAddr, es.PackArbiter(), es.UnpackArbiter, &out.Arbiter},
		{anchorAddr, ea.PackOwner(), ea.UnpackOwner, &out.AnchorOwner},
		{anchorAddr, ea.PackAnchorer(), ea.UnpackAnchorer, &out.Anchorer},
	} {
		raw, err := b.CallContract(ctx, ethereum.CallMsg{To: &q.to, Data: q.data}, nil)
		if err != nil {
			return out, fmt.Errorf("read roles of %s: %w", q.to.Hex(), err)
		}
		if *q.dst, err = q.unpack(raw); err != nil {
			return out, fmt.Errorf("read roles of %s: %w: %w", q.to.Hex(), err, ErrNotOurContract)
		}
	}
	return out, nil
}
