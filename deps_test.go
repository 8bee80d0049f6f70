package souq_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The dependency rule of the house (README, "How it fits together"): the domain at the root
// imports no souq package; an adapter imports the root, its own family and shared libraries,
// never another adapter; only the wiring (commands and harnesses) imports everything.

const module = "github.com/souqchain/souq"

type layer string

const (
	domain  layer = "domain"  // the root package: souq.Service and its ports
	adapter layer = "adapter" // implements ports; its family is its top-level directory
	library layer = "library" // shared code with no souq dependency
	support layer = "support" // test support: the real service on a temporary store, fakes at the edges
	// conformance: the suite any implementation of the persistence ports must pass; it knows the
	// ports only, so it may import the domain and the libraries (kv) and nothing else of souq (not
	// store/: it is what store/ is held to).
	conformance layer = "conformance"
	wiring      layer = "wiring"   // commands and harnesses: may import anything
	unplaced    layer = "unplaced" // a package the table below does not know: place it
)

// layers places every package by its path inside the module (the longest prefix wins).
var layers = map[string]layer{
	"":                           domain,
	"bot":                        adapter,
	"chain":                      adapter,
	"server":                     adapter,
	"store":                      adapter,
	"internal/backoff":           library,
	"internal/cputime":           library,
	"internal/lang":              library, // the languages, their rules and the words the bot and the pages share
	"kv":                         library, // the adapters' key-value port: store/ implements it, chain/* use it
	"souqtest":                   support,
	"storetest":                  conformance,
	"cmd":                        wiring,
	"scripts":                    wiring,
	"internal/soak":              wiring, // drives a souq binary from outside (cmd/soak)
	"bot/whatsapp/simulator/e2e": wiring, // a program wiring the bot, server and store for the browser test
}

// rootLibraries are the only libraries outside the standard library the domain uses.
var rootLibraries = []string{"github.com/sirupsen/logrus", "golang.org/x/mod/sumdb/tlog", "golang.org/x/text/unicode/norm"}

func place(pkg string) (layer, string) {
	rel := strings.TrimPrefix(strings.TrimPrefix(pkg, module), "/")
	best, l := -1, unplaced
	for p, pl := range layers {
		if (p == "" || rel == p || strings.HasPrefix(rel, p+"/")) && len(p) > best {
			best, l = len(p), pl
		}
	}
	family, _, _ := strings.Cut(rel, "/")
	return l, family
}

// allowed says whether a package in layer from (family ff) may import the souq package to.
func allowed(from layer, ff string, to string) bool {
	tl, tf := place(to)
	switch from {
	case wiring:
		return true
	case domain, library:
		return false
	case adapter:
		return tl == domain || tl == library || tl == adapter && tf == ff
	case support:
		return tl == domain || tl == library || to == module+"/store" || tl == support
	case conformance:
		return tl == domain || tl == library
	}
	return false
}

type listed struct {
	ImportPath string
	Imports    []string
}

func goList(t *testing.T) []listed {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []listed
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func TestDependenciesPointOneWay(t *testing.T) {
	pkgs := goList(t)
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		from, family := place(p.ImportPath)
		if from == unplaced {
			t.Errorf("%s is in no layer: add it to the table in deps_test.go", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			switch {
			case imp == module || strings.HasPrefix(imp, module+"/"):
				if !allowed(from, family, imp) {
					t.Errorf("%s (%s) imports %s: not allowed", p.ImportPath, from, imp)
				}
			case from == domain && strings.Contains(strings.Split(imp, "/")[0], ".") && !slices.Contains(rootLibraries, imp):
				t.Errorf("the domain imports %s: only the standard library and %v", imp, rootLibraries)
			}
		}
	}
}

// The rule itself is checked against the edges that broke it before: the bot reading the store,
// the root importing an adapter, one adapter reaching into another.
func TestDependencyRuleRefuses(t *testing.T) {
	tests := []struct {
		from, to string
		ok       bool
	}{
		{module + "/bot", module + "/store", false},
		{module + "/bot/whatsapp", module + "/store", false},
		{module, module + "/store", false},
		{module + "/server", module + "/bot", false},
		{module + "/chain/audit", module + "/server", false},
		{module + "/bot", module + "/souqtest", false},
		{module + "/bot", module + "/cmd/souq", false},
		{module + "/bot", module + "/bot/whatsapp", true},
		{module + "/chain/escrow", module + "/chain/keys", true},
		{module + "/store", module, true},
		{module + "/souqtest", module + "/store", true},
		{module + "/cmd/souq", module + "/store", true},
		{module + "/internal/cputime", module, false},
		{module + "/storetest", module, true},
		{module + "/storetest", module + "/store", false},
		{module + "/storetest", module + "/kv", true},
		{module + "/chain/txstore", module + "/kv", true},
		{module + "/kv", module, false},
		{module + "/store", module + "/storetest", false},
		// The words the bot and the pages share: both may use them; they know no souq package.
		{module + "/bot", module + "/internal/lang", true},
		{module + "/server", module + "/internal/lang", true},
		{module + "/internal/lang", module, false},
		{module + "/internal/lang", module + "/bot", false},
	}
	for _, tt := range tests {
		from, family := place(tt.from)
		if got := allowed(from, family, tt.to); got != tt.ok {
			t.Errorf("%s → %s allowed = %v, want %v", tt.from, tt.to, got, tt.ok)
		}
	}
}

// One persistence boundary: only store/ opens the database (the Stellar sandbox, a ledger of its
// own standing in for Horizon, keeps its own file). Every other package keeps its records
// through the domain's ports or package kv.
func TestOnlyTheStoreImportsBbolt(t *testing.T) {
	may := []string{module + "/store", module + "/chain/stellar/sandbox"}
	for _, p := range goList(t) {
		for _, imp := range p.Imports {
			if (imp == "go.etcd.io/bbolt" || strings.HasPrefix(imp, "go.etcd.io/bbolt/")) && !slices.Contains(may, p.ImportPath) {
				t.Errorf("%s imports %s: keep its records through store/ (the domain's ports or kv.DB)", p.ImportPath, imp)
			}
		}
	}
}
