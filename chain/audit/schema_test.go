package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "docs", "audit", "proof-bundle.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("proof-bundle.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("proof-bundle.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, raw []byte) error {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(v)
}

// What souq hands out — proof bundles, consistency bundles, the trust root — validates against
// the documented schema (every field defined, the required ones present, canonical string forms),
// and the forms the issue found (a null proof, unprefixed or upper-case hashes, checksummed
// addresses, an extra field) do not.
func TestBundlesMatchTheSchema(t *testing.T) {
	t.Parallel()
	s := compileSchema(t)
	f := newFixture(t)
	ctx := context.Background()
	var docs [][]byte
	for _, seq := range []uint64{0, 3, 8} {
		raw, _ := json.Marshal(f.souq.bundle(seq))
		docs = append(docs, raw)
	}
	cb, err := f.souq.a.Consistency(ctx, 4, 10)
	if err != nil {
		t.Fatal(err)
	}
	same, _ := f.souq.a.Consistency(ctx, 10, 10)
	for _, v := range []any{cb, same, f.trust} {
		raw, _ := json.Marshal(v)
		docs = append(docs, raw)
	}
	for _, name := range []string{"example_bundle.json", "example_trust.json"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, raw)
	}
	for _, raw := range docs {
		if err := validate(t, s, raw); err != nil {
			t.Fatalf("%s\n%v", raw, err)
		}
	}
	one, _ := json.Marshal(f.souq.bundle(9)) // the only event after checkpoint 8: still an array
	if !bytes.Contains(one, []byte(`"proof":[`)) {
		t.Fatalf("proof is not an array: %s", one)
	}
	bundle := string(docs[0])
	contract := strings.ToLower(f.c.Contracts.EventAnchor.Hex())
	bad := map[string]string{
		"null proof":          strings.Replace(bundle, `"proof":[`, `"proof":null,"x":[`, 1),
		"hash without 0x":     strings.Replace(bundle, `"hash":"0x`, `"hash":"`, 1),
		"upper-case hash":     strings.Replace(bundle, `"root":"0x`, `"root":"0xAB`, 1),
		"checksummed address": strings.Replace(bundle, contract, f.c.Contracts.EventAnchor.Hex(), 1),
		"extra field":         strings.Replace(bundle, `"version":`, `"extra":1,"version":`, 1),
		"missing links":       strings.Replace(bundle, `,"links":{}`, ``, 1),
	}
	for name, doc := range bad {
		if doc == bundle {
			t.Fatalf("%s: the test did not change the bundle", name)
		}
		if err := validate(t, s, []byte(doc)); err == nil {
			t.Errorf("%s validates", name)
		}
	}
}
