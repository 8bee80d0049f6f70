package escrow_test

import (
	"context"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/souqchain/souq"
	"github.com/souqchain/souq/chain/escrow"
)

// deployUSDCLike deploys testdata/PermitV2Token (USDC's permit domain: version "2", no
// eip712Domain()) from the faucet and returns its address.
func deployUSDCLike(t *testing.T, e *env) common.Address {
	t.Helper()
	raw, err := os.ReadFile("testdata/PermitV2Token.bin")
	if err != nil {
		t.Fatal(err)
	}
	code, err := hexutil.Decode("0x" + strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	r := sendRaw(t, e.c, e.c.Faucet.Key, nil, nil, code)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("deploy reverted")
	}
	return r.ContractAddress
}

// A custodial wallet holding only a USDC-style token (permit domain version "2") pays its order.
// Before, the permit was signed for version "1": the token rejected it, the escrow's pull failed
// with ERC20InsufficientAllowance, and no payment in USDC could ever go through.
func TestFundWithUSDCStylePermit(t *testing.T) {
	t.Parallel()
	p := newPortEnv(t)
	usdc := deployUSDCLike(t, p.env)
	b, err := p.wallets.Wallet(20)
	if err != nil {
		t.Fatal(err)
	}
	p.pool.Add(b)
	p.keys[b.Address()] = b
	p.fundGas(b.Address())
	p.send(p.c.Faucet.Key, usdc, nil, tokenABI.PackMint(b.Address(), big.NewInt(50_000_000)))
	st := p.souqTerms(b.Address(), usdc, 50_000_000, 0)
	key := "escrow.fund/usdc/1"
	if err := p.port.Fund(context.Background(), key, st); err != nil {
		t.Fatal(err)
	}
	if r := p.result(key); !r.OK {
		t.Fatalf("fund with a version-2 permit: %+v", r)
	}
	if s := p.onChain(st); s != escrow.StatusFunded {
		t.Fatalf("order %s, want funded", s)
	}
}

// The domain is read from the token: EIP-5267 where it has it (the test token, OpenZeppelin's
// ERC20Permit), name() and version() where it does not (USDC).
func TestPermitDomainIsReadFromTheToken(t *testing.T) {
	t.Parallel()
	e := newEnv(t, 0)
	usdc := deployUSDCLike(t, e)
	tests := []struct {
		name    string
		token   common.Address
		version string
		source  string
	}{
		{"openzeppelin", e.c.Contracts.TestToken, "1", "eip5267"},
		{"usdc-like", usdc, "2", "name+version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := e.client.PermitDomain(context.Background(), tt.token)
			if err != nil {
				t.Fatal(err)
			}
			if d.Domain.Version != tt.version || d.Source != tt.source || d.Domain.VerifyingContract != tt.token.Hex() {
				t.Errorf("domain %+v from %s, want version %q from %s", d.Domain, d.Source, tt.version, tt.source)
			}
		})
	}
	// An address with no code is a misconfiguration, not a transient error.
	_, err := e.client.PermitDomain(context.Background(), common.HexToAddress("0xdead"))
	if souq.Classify(err) != souq.ClassOperator {
		t.Errorf("domain of an address with no code: %v (class %s), want operator", err, souq.Classify(err))
	}
}
