// Command genbindings generates souq's Go contract bindings from Hardhat artifacts with go-ethereum's
// abigen v2 generator (accounts/abi/abigen.BindV2, the function `abigen --v2` runs), one package per
// contract under chain/bindings/<lowercase name>. `make bindings` runs it; a test fails when the
// committed bindings differ from what it would write.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/souqchain/souq/scripts/genbindings/gen"
)

func main() {
	artifacts := flag.String("artifacts", "artifacts", "Hardhat artifacts directory")
	out := flag.String("out", "chain/bindings", "output directory")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: genbindings -artifacts DIR -out DIR Contract...")
		os.Exit(2)
	}
	for _, name := range flag.Args() {
		code, err := gen.Generate(*artifacts, name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "genbindings:", err)
			os.Exit(1)
		}
		path := filepath.Join(*out, gen.Package(name), gen.Package(name)+".go")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "genbindings:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(path, code, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genbindings:", err)
			os.Exit(1)
		}
		fmt.Println("wrote", path)
	}
}
