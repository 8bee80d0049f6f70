package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestBindingsUpToDate fails when the committed bindings differ from what `make bindings` would
// generate from the current Hardhat artifacts (built by `make contracts`, which `make test` runs first).
func TestBindingsUpToDate(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..", "..")
	artifacts := os.Getenv("SOUQ_ARTIFACTS")
	if artifacts == "" {
		artifacts = filepath.Join(root, "artifacts")
	}
	for _, name := range []string{"Escrow", "EventAnchor", "TestToken"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, err := Generate(artifacts, name)
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
			path := filepath.Join(root, "chain", "bindings", Package(name), Package(name)+".go")
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("committed bindings: %v (run `make bindings`)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s is stale: run `make bindings` and commit the result", path)
			}
		})
	}
}

func TestLoadRejectsMissingArtifact(t *testing.T) {
	t.Parallel()
	if _, err := Load(t.TempDir(), "Escrow"); err == nil {
		t.Fatal("Load of a missing artifact succeeded")
	}
}
