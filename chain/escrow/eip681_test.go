package escrow_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/souqchain/souq/chain/escrow"
)

// Issue 12 finding 14: the payment page's wallet links follow the EIP-681 grammar and carry the
// exact amount, in the smallest unit.
func TestPaymentURIsParseAsEIP681(t *testing.T) {
	t.Parallel()
	token := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	deposit := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	usdc, _ := new(big.Int).SetString("30500000", 10)                  // 30.50 with 6 decimals
	wei, _ := new(big.Int).SetString("15000000000000000", 10)          // 0.015 ETH
	huge, _ := new(big.Int).SetString("1000000000000000000000000", 10) // past uint64: no float anywhere
	tests := []struct {
		name               string
		uri                string
		target, fn, amount string
		key                string
	}{
		{"token", escrow.TokenTransferURI(1337, token, deposit, usdc), token.Hex(), "transfer", "30500000", "uint256"},
		{"eth", escrow.ETHRequestURI(1337, deposit, wei), deposit.Hex(), "", "15000000000000000", "value"},
		{"huge", escrow.TokenTransferURI(1337, token, deposit, huge), token.Hex(), "transfer", "1000000000000000000000000", "uint256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := escrow.ParseTransactionRequest(tt.uri)
			if err != nil {
				t.Fatalf("%s: %v", tt.uri, err)
			}
			if r.Target != tt.target || r.ChainID != 1337 || r.Function != tt.fn || r.Pay {
				t.Fatalf("%s parsed as %+v", tt.uri, r)
			}
			v, ok := r.Param(tt.key)
			if !ok {
				t.Fatalf("%s: no %s", tt.uri, tt.key)
			}
			n, err := escrow.RequestNumber(v)
			if err != nil || n.String() != tt.amount {
				t.Fatalf("%s=%s is %v (%v), want %s", tt.key, v, n, err, tt.amount)
			}
			if tt.fn == "transfer" {
				if to, _ := r.Param("address"); to != deposit.Hex() {
					t.Fatalf("transfer to %q, want the deposit address %s", to, deposit.Hex())
				}
			}
		})
	}
}

func TestEIP681Grammar(t *testing.T) {
	t.Parallel()
	good := []string{
		"ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359?value=2.014e18",                                                        // the EIP's own example
		"ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1", // the EIP's ERC-20 example
		"ethereum:pay-0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359@1?value=1&gas=21000",
		"ethereum:souq.eth@8453",
	}
	for _, s := range good {
		if _, err := escrow.ParseTransactionRequest(s); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
	bad := map[string]string{
		"http scheme":          "https://example.com/?value=1",
		"short address":        "ethereum:0x1234?value=1",
		"chain id not digits":  "ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359@main?value=1",
		"value not a number":   "ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359?value=lots",
		"uint256 not a number": "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1,5",
		"bad address param":    "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=nobody&uint256=1",
		"unknown key":          "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?amount=1",
		"no value":             "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?uint256",
		// The old page's escrow call: a struct parameter is not an ABI type name EIP-681 allows.
		"tuple parameter": "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7@1337/fundETH?(address,uint256)=(0x8e23ee67d1332ad560396262c48ffbb01f93d052,1)&value=1",
	}
	for name, s := range bad {
		if _, err := escrow.ParseTransactionRequest(s); !errors.Is(err, escrow.ErrBadRequestURI) {
			t.Errorf("%s: %s parsed (%v)", name, s, err)
		}
	}
	for s, want := range map[string]string{"2.014e18": "2014000000000000000", "1000": "1000", "1e0": "1", "+5": "5"} {
		if n, err := escrow.RequestNumber(s); err != nil || n.String() != want {
			t.Errorf("number %s = %v (%v), want %s", s, n, err, want)
		}
	}
	for _, s := range []string{"1.5", "2.0145e3", "", "e", "0x10"} {
		if n, err := escrow.RequestNumber(s); err == nil {
			t.Errorf("number %q = %v: not an integer, want an error", s, n)
		}
	}
}
