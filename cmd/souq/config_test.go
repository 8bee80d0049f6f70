package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI in-process with args; env is applied with t.Setenv, so these tests are serial.
func run(t *testing.T, env map[string]string, args ...string) (string, error) {
	t.Helper()
	for k, v := range env {
		t.Setenv(k, v)
	}
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

func TestConfigValidation(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		env  map[string]string
		args []string
		err  string
	}{
		{"bad log format from env", map[string]string{"SOUQ_LOG_FORMAT": "xml"}, nil, "want text or json"},
		{"horizon without network", nil, []string{"--horizon", "https://horizon-testnet.stellar.org"}, "--stellar-network"},
		{"rpc without chain id", map[string]string{"SOUQ_ETH_RPC": "http://127.0.0.1:9"}, nil, "--eth-chain-id"},
		{"graph url without secrets", nil, []string{"--graph-url", "https://graph.facebook.com"}, "--graph-url needs"},
		{"malformed number in env", map[string]string{"SOUQ_CONFIRMATIONS": "three"}, nil, "$SOUQ_CONFIRMATIONS"},
		{"dev chain without rpc", map[string]string{"SOUQ_DEV_CHAIN": "true"}, nil, "--dev-chain needs --eth-rpc"},
		{"dev chain on another chain id", nil, []string{"--eth-rpc", "http://127.0.0.1:9", "--dev-chain", "--eth-chain-id", "1"}, "dev chain's is 1337"},
		{"valid", map[string]string{"SOUQ_PASSPHRASE": "x"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"keys", "list", "--data", dir}, tt.args...)
			_, err := run(t, tt.env, args...)
			if tt.err == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %v, want it to mention %q", err, tt.err)
			}
		})
	}
}

func TestKeysCreateListAndFlagBeatsEnv(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "ks")
	out, err := run(t, map[string]string{"SOUQ_PASSPHRASE": "correct horse", "SOUQ_KEYSTORE": filepath.Join(dir, "ignored")},
		"keys", "create", "--data", dir, "--keystore", ks)
	if err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimSpace(out)
	if !strings.HasPrefix(addr, "0x") || len(addr) != 42 {
		t.Fatalf("create printed %q, want an address", out)
	}
	if _, err := os.Stat(filepath.Join(dir, "ignored")); err == nil {
		t.Fatal("the environment overrode an explicit flag")
	}
	out, err = run(t, nil, "keys", "list", "--data", dir, "--keystore", ks)
	if err != nil || strings.TrimSpace(out) != addr {
		t.Fatalf("list = %q, %v; want %s", out, err, addr)
	}
	entries, _ := os.ReadDir(ks)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(ks, e.Name()))
		if !strings.Contains(string(b), `"crypto"`) {
			t.Fatalf("keystore file %s is not an encrypted keystore", e.Name())
		}
	}
}

func TestKeysCreateWithoutPassphraseFails(t *testing.T) {
	t.Setenv("SOUQ_PASSPHRASE", "")
	_, err := run(t, nil, "keys", "create", "--data", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "no passphrase") {
		t.Fatalf("error %v, want no passphrase", err)
	}
}
