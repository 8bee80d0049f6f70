// Command soak drives real `souq serve` processes through whole sales at human pace, kills them
// with SIGKILL, breaks the Graph API and the chain node, and judges the money from the chains.
// It exits 1 on any violation and 2 when the harness itself could not run.
//
//	go run ./cmd/soak -seed 1 -sales 10 -kills 3 -duration 3m     (make soak-short)
//	go run ./cmd/soak -sales 120 -kills 32 -duration 40m          (make soak)
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/souqchain/souq/internal/soak"
)

func main() {
	var c soak.Config
	flag.Uint64Var(&c.Seed, "seed", 1, "seed of every random choice (plan, think times, faults)")
	flag.IntVar(&c.Sales, "sales", 10, "sales to drive")
	flag.IntVar(&c.Kills, "kills", 3, "SIGKILLs of souq serve")
	flag.IntVar(&c.Customers, "customers", 4, "customers buying at the same time")
	flag.IntVar(&c.Merchants, "merchants", 2, "merchants")
	flag.DurationVar(&c.Duration, "duration", 0, "hard time limit of the whole run (default 3m)")
	flag.DurationVar(&c.Settle, "settle", 0, "time every sale has, after the last step, to reach a final state (default 45s)")
	flag.StringVar(&c.Chain, "chain", "embedded", "embedded (souq's in-process dev chain) or separate (souq devchain in its own process)")
	flag.DurationVar(&c.ThinkMin, "think-min", 0, "shortest pause of a person between steps (default 0.5s)")
	flag.DurationVar(&c.ThinkMax, "think-max", 0, "longest pause (default 3s)")
	flag.DurationVar(&c.StepTimeout, "step-timeout", 0, "how long a person waits for an answer (default 75s)")
	flag.DurationVar(&c.TravelGap, "travel-gap", 0, "least time between two moves of the chain's clock (default 20s; longer keeps fewer 49-hour jumps inside one order's life)")
	flag.IntVar(&c.GraphFaults, "graph-faults", 2, "windows of Graph API 503s / hangs")
	flag.IntVar(&c.HorizonFaults, "horizon-faults", 0, "windows of Horizon 503s / hangs (>0: the harness runs the Stellar sandbox and souq uses it with --horizon)")
	flag.IntVar(&c.ChainFaults, "chain-faults", 2, "separate chain: node restarts and RPC stalls")
	flag.StringVar(&c.SouqBin, "souq", "", "souq binary to run (default: build ./cmd/souq)")
	flag.StringVar(&c.Dir, "dir", "", "run directory (default: a new temp dir, kept with souq's logs)")
	flag.BoolVar(&c.KeepData, "keep-data", false, "keep souq's and the chain's data directories (over a gigabyte)")
	flag.StringVar(&c.JSON, "json", "", "also write the run's figures (sales by path and final state, step latencies, kills, recovery, violations) to this file as JSON; always written to report.json in the run directory")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := soak.Run(ctx, c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(2)
	}
	if !rep.OK() {
		os.Exit(1)
	}
}
