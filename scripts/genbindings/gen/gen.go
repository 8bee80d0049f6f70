// Package gen turns a Hardhat 3 artifact into abigen v2 Go bindings.
package gen

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Artifact is the part of a Hardhat artifact (artifacts/contracts/X.sol/X.json) bindings need.
type Artifact struct {
	ContractName string          `json:"contractName"`
	SourceName   string          `json:"sourceName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Package is the Go package name of a contract's bindings.
func Package(contract string) string { return strings.ToLower(contract) }

// Load reads contracts/<name>.sol/<name>.json under the artifacts directory.
func Load(artifactsDir, name string) (Artifact, error) {
	var a Artifact
	path := filepath.Join(artifactsDir, "contracts", name+".sol", name+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return a, fmt.Errorf("artifact of %s (run `make contracts`): %w", name, err)
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return a, fmt.Errorf("artifact %s: %w", path, err)
	}
	if a.ContractName != name || len(a.ABI) == 0 {
		return a, fmt.Errorf("artifact %s: not the artifact of contract %s", path, name)
	}
	return a, nil
}

// Generate returns the gofmt'ed abigen v2 bindings of one contract.
func Generate(artifactsDir, name string) ([]byte, error) {
	a, err := Load(artifactsDir, name)
	if err != nil {
		return nil, err
	}
	code, err := abigen.BindV2([]string{name}, []string{string(a.ABI)}, []string{a.Bytecode}, Package(name), map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("abigen %s: %w", name, err)
	}
	return []byte(code), nil
}
