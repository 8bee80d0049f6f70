package chain_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/souqchain/souq/chain"
	"github.com/souqchain/souq/chain/bindings/escrow"
	"github.com/souqchain/souq/chain/bindings/eventanchor"
)

// The standard JSON input Hardhat wrote compiles to the bytecode souq deploys (the bindings'),
// so an auditor verifying the contract on Etherscan or Sourcify verifies what is on-chain.
func TestSourceVerificationInput(t *testing.T) {
	t.Parallel()
	artifacts := os.Getenv("SOUQ_ARTIFACTS")
	if artifacts == "" {
		artifacts = filepath.Join("..", "artifacts")
	}
	tests := []struct {
		name string
		bin  string
		args []byte
	}{
		{"Escrow", escrow.EscrowMetaData.Bin, escrow.NewEscrow().PackConstructor(common.HexToAddress("0x1"), common.HexToAddress("0x2"), common.HexToAddress("0x3"), 100, 14*24*3600)},
		{"EventAnchor", eventanchor.EventAnchorMetaData.Bin, eventanchor.NewEventAnchor().PackConstructor(common.HexToAddress("0x1"), common.HexToAddress("0x2"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v, err := chain.SourceVerificationInput(artifacts, tt.name, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(v.ContractName, "contracts/"+tt.name+".sol:"+tt.name) || !strings.HasPrefix(v.CompilerVersion, "v0.8.") {
				t.Errorf("name %q version %q", v.ContractName, v.CompilerVersion)
			}
			var in struct {
				Language string                     `json:"language"`
				Sources  map[string]json.RawMessage `json:"sources"`
			}
			if err := json.Unmarshal(v.StandardJSONInput, &in); err != nil || in.Language != "Solidity" || len(in.Sources) == 0 {
				t.Fatalf("not a standard JSON input: %v %q %d", err, in.Language, len(in.Sources))
			}
			if len(v.ConstructorArguments) != 2*len(tt.args) || len(tt.args)%32 != 0 {
				t.Errorf("constructor arguments %q", v.ConstructorArguments)
			}
			if !v.DeployedWith(tt.bin) {
				t.Error("artifact bytecode differs from the binding's: run `make bindings`")
			}
		})
	}
}
