package escrow

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/sender"
)

// PermitDomain is a token's EIP-712 domain, as its permit checks signatures against.
type PermitDomain struct {
	Domain apitypes.TypedDataDomain
	// Source says where it was read: "eip5267" (eip712Domain()), "name+version" (name() and
	// version()), or "name" (name() and version "1", OpenZeppelin's default).
	Source string
}

func (d PermitDomain) types() []apitypes.Type {
	var t []apitypes.Type
	if d.Domain.Name != "" {
		t = append(t, apitypes.Type{Name: "name", Type: "string"})
	}
	if d.Domain.Version != "" {
		t = append(t, apitypes.Type{Name: "version", Type: "string"})
	}
	if d.Domain.ChainId != nil {
		t = append(t, apitypes.Type{Name: "chainId", Type: "uint256"})
	}
	if d.Domain.VerifyingContract != "" {
		t = append(t, apitypes.Type{Name: "verifyingContract", Type: "address"})
	}
	if d.Domain.Salt != "" {
		t = append(t, apitypes.Type{Name: "salt", Type: "bytes32"})
	}
	return t
}

// Separator is the domain separator (hashStruct of the domain).
func (d PermitDomain) Separator() (common.Hash, error) {
	td := apitypes.TypedData{Types: apitypes.Types{"EIP712Domain": d.types()}, Domain: d.Domain}
	h, err := td.HashStruct("EIP712Domain", d.Domain.Map())
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(h), nil
}

// EIP-5267 field bits.
const (
	fieldName = 1 << iota
	fieldVersion
	fieldChainID
	fieldContract
	fieldSalt
)

var (
	versionSelector = crypto.Keccak256([]byte("version()"))[:4]
	stringOut       = func() abi.Arguments {
		t, _ := abi.NewType("string", "", nil)
		return abi.Arguments{{Type: t}}
	}()
)

// PermitDomain reads a token's EIP-712 domain: EIP-5267's eip712Domain() where the token has it;
// else name() and version() (Circle's USDC: version "2"); else name() with version "1". When the
// token exposes DOMAIN_SEPARATOR(), the domain must hash to it, so a wrong guess is caught here
// (an error wrapping souq.ErrNeedsOperator) and not as a permit that silently fails on-chain.
func (c *Client) PermitDomain(ctx context.Context, token common.Address) (PermitDomain, error) {
	c.domainMu.Lock()
	d, ok := c.domains[token]
	c.domainMu.Unlock()
	if ok {
		return d, nil
	}
	ctx, cancel := context.WithTimeout(ctx, c.rpcTimeout)
	defer cancel()
	d, err := c.readDomain(ctx, token)
	if err != nil {
		return PermitDomain{}, err
	}
	sepWant, err := bind.Call(c.token.Instance(c.backend, token), &bind.CallOpts{Context: ctx}, c.token.PackDOMAINSEPARATOR(), c.token.UnpackDOMAINSEPARATOR)
	switch {
	case err == nil:
		got, herr := d.Separator()
		if herr != nil {
			return PermitDomain{}, fmt.Errorf("escrow: token %s permit domain: %w: %w", token, herr, souq.ErrNeedsOperator)
		}
		if got != sepWant {
			return PermitDomain{}, fmt.Errorf("escrow: token %s: its DOMAIN_SEPARATOR does not match the domain read (%s, version %q): %w",
				token, d.Source, d.Domain.Version, souq.ErrNeedsOperator)
		}
	case isUnsupported(err):
		// No DOMAIN_SEPARATOR(): nothing to check against.
	default:
		return PermitDomain{}, fmt.Errorf("escrow: token %s domain separator: %w", token, classRPC(err))
	}
	c.domainMu.Lock()
	c.domains[token] = d
	c.domainMu.Unlock()
	return d, nil
}

func (c *Client) readDomain(ctx context.Context, token common.Address) (PermitDomain, error) {
	ti := c.token.Instance(c.backend, token)
	opts := &bind.CallOpts{Context: ctx}
	ed, err := bind.Call(ti, opts, c.token.PackEip712Domain(), c.token.UnpackEip712Domain)
	if err == nil {
		f := ed.Fields[0]
		d := PermitDomain{Source: "eip5267"}
		if f&fieldName != 0 {
			d.Domain.Name = ed.Name
		}
		if f&fieldVersion != 0 {
			d.Domain.Version = ed.Version
		}
		if f&fieldChainID != 0 {
			d.Domain.ChainId = (*math.HexOrDecimal256)(ed.ChainId)
		}
		if f&fieldContract != 0 {
			d.Domain.VerifyingContract = ed.VerifyingContract.Hex()
		}
		if f&fieldSalt != 0 {
			d.Domain.Salt = hexutil.Encode(ed.Salt[:])
		}
		return d, nil
	}
	if !isUnsupported(err) {
		return PermitDomain{}, fmt.Errorf("escrow: token %s eip712Domain: %w", token, classRPC(err))
	}
	name, err := bind.Call(ti, opts, c.token.PackName(), c.token.UnpackName)
	if err != nil {
		if isUnsupported(err) {
			return PermitDomain{}, fmt.Errorf("escrow: token %s has no name(): not an EIP-2612 token: %w", token, souq.ErrNeedsOperator)
		}
		return PermitDomain{}, fmt.Errorf("escrow: token %s name: %w", token, classRPC(err))
	}
	d := PermitDomain{Domain: apitypes.TypedDataDomain{Name: name, Version: "1", ChainId: math.NewHexOrDecimal256(c.chainID.Int64()),
		VerifyingContract: token.Hex()}, Source: "name"}
	to := token
	raw, err := c.backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: versionSelector}, nil)
	switch {
	case err == nil && len(raw) > 0:
		out, uerr := stringOut.Unpack(raw)
		if uerr == nil && len(out) == 1 {
			if v, _ := out[0].(string); v != "" {
				d.Domain.Version, d.Source = v, "name+version"
			}
		}
	case err == nil || isUnsupported(err):
	default:
		return PermitDomain{}, fmt.Errorf("escrow: token %s version: %w", token, classRPC(err))
	}
	return d, nil
}

// isUnsupported reports a call to a function the contract does not have: a revert, or no return
// data to decode (a fallback function answered).
func isUnsupported(err error) bool {
	if _, ok := sender.AsRevert(err, nil); ok {
		return true
	}
	return strings.Contains(err.Error(), "attempting to unmarshal an empty string")
}

// classRPC marks an RPC error from a read the port makes synchronously: transient (the node
// down or slow) unless the address has no code, which only the operator can fix.
func classRPC(err error) error {
	if errors.Is(err, bind.ErrNoCode) {
		return fmt.Errorf("%w: %w", err, souq.ErrNeedsOperator)
	}
	return fmt.Errorf("%w: %w", err, souq.ErrRetryLater)
}
