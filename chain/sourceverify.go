package chain

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// SourceVerification is what an auditor (or souq) submits to Etherscan's verifysourcecode
// (codeformat=solidity-standard-json-input) or to Sourcify's /v2/verify to publish a deployed
// contract's source, so explorers decode its logs and anyone can match it to the bytecode.
type SourceVerification struct {
	// ContractName is "<source name>:<contract>" as in the standard JSON input.
	ContractName string `json:"contractName"`
	// CompilerVersion is Etherscan's form, e.g. "v0.8.30+commit.73712a01".
	CompilerVersion string `json:"compilerVersion"`
	// StandardJSONInput is solc's standard JSON input exactly as Hardhat compiled it.
	StandardJSONInput json.RawMessage `json:"standardJsonInput"`
	// ConstructorArguments is the ABI-encoded constructor input, hex without 0x.
	ConstructorArguments string `json:"constructorArguments"`
	// Bytecode is the creation bytecode the input compiles to (compare with the deployment).
	Bytecode string `json:"bytecode"`
}

// SourceVerificationInput reads a contract's Hardhat 3 artifact and build info (written by
// `make contracts` under artifactsDir; they are build outputs, not committed) and returns the
// verification request for a deployment made with constructor input ctorArgs.
func SourceVerificationInput(artifactsDir, contract string, ctorArgs []byte) (*SourceVerification, error) {
	var art struct {
		ContractName    string `json:"contractName"`
		InputSourceName string `json:"inputSourceName"`
		Bytecode        string `json:"bytecode"`
		BuildInfoID     string `json:"buildInfoId"`
	}
	ap := filepath.Join(artifactsDir, "contracts", contract+".sol", contract+".json")
	raw, err := os.ReadFile(ap)
	if err != nil {
		return nil, fmt.Errorf("source verification: %w (run `make contracts`)", err)
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return nil, fmt.Errorf("source verification: %s: %w", ap, err)
	}
	var bi struct {
		SolcLongVersion string          `json:"solcLongVersion"`
		Input           json.RawMessage `json:"input"`
	}
	bp := filepath.Join(artifactsDir, "build-info", art.BuildInfoID+".json")
	raw, err = os.ReadFile(bp)
	if err != nil {
		return nil, fmt.Errorf("source verification: build info: %w", err)
	}
	if err := json.Unmarshal(raw, &bi); err != nil || len(bi.Input) == 0 {
		return nil, fmt.Errorf("source verification: %s: no standard JSON input", bp)
	}
	return &SourceVerification{
		ContractName:         art.InputSourceName + ":" + art.ContractName,
		CompilerVersion:      "v" + strings.TrimPrefix(bi.SolcLongVersion, "v"),
		StandardJSONInput:    bi.Input,
		ConstructorArguments: hex.EncodeToString(ctorArgs),
		Bytecode:             art.Bytecode,
	}, nil
}

// DeployedWith reports whether creation bytecode (the binding's Bin) is what this input
// compiles to: then the published source is the deployed one.
func (v *SourceVerification) DeployedWith(bin string) bool {
	return strings.EqualFold(strings.TrimPrefix(v.Bytecode, "0x"), strings.TrimPrefix(bin, "0x")) && len(common.FromHex(bin)) > 0
}
