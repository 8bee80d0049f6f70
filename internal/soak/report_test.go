package soak

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPctMs(t *testing.T) {
	ms := func(vs ...int) []time.Duration {
		var out []time.Duration
		for _, v := range vs {
			out = append(out, time.Duration(v)*time.Millisecond)
		}
		return out
	}
	for _, tc := range []struct {
		ds   []time.Duration
		p    int
		want int64
	}{
		{nil, 50, 0},
		{ms(7), 99, 7},
		{ms(40, 10, 30, 20), 50, 20},
		{ms(40, 10, 30, 20), 90, 40},
		{ms(40, 10, 30, 20), 100, 40},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9},
	} {
		if got := pctMs(tc.ds, tc.p); got != tc.want {
			t.Errorf("pctMs(%v, %d) = %d, want %d", tc.ds, tc.p, got, tc.want)
		}
	}
}

// TestSummary: the figures a CI step reads — paths in a fixed order with their final states,
// steps in the order a sale goes, kills by phase and recovery, violations by kind — survive JSON
// and print the same table twice.
func TestSummary(t *testing.T) {
	usdc := big.NewInt(30_000_000)
	r := &Report{
		cfg: Config{Seed: 3, Chain: "embedded", Customers: 2, Merchants: 1, Kills: 2},
		dir: "/tmp/run",
		sales: []*sale{
			{N: 0, Path: pathUSDCConfirm, OrderID: "0xa1a1a1a1ff", Total: usdc, final: "released", Took: 9 * time.Second,
				Steps: []stepTime{{"confirm → released", 900 * time.Millisecond}, {"tap Pay → held in escrow", 300 * time.Millisecond}}},
			{N: 1, Path: pathRedeem, OrderID: "0xb2b2b2b2ff", Total: usdc, Redeemed: 3, Discount: big.NewInt(3_000_000), final: "funded",
				Stuck: "release: timed out", Steps: []stepTime{{"tap Pay → held in escrow", 700 * time.Millisecond}}},
			{N: 2, Path: pathUSDCConfirm, Total: usdc, Skipped: "no time travel", final: "no order"},
			{N: 3, Path: pathOptOut, Total: big.NewInt(1e15), Stuck: "not started: souq cannot go on"}, // never judged
		},
		kills: []kill{
			{Phase: "redeem/pay", Ready: 2 * time.Second, Progress: 5 * time.Second},
			{Phase: "idle (waiting on souq or the chain)", Ready: 4 * time.Second},
		},
		Violations: []Violation{{Kind: "not-final", Order: "0xb2b2b2b2ff", Detail: "funded"}, {Kind: "discount", Detail: "x"}, {Kind: "not-final", Detail: "y"}},
	}
	sm := r.Summary()
	if sm.OK {
		t.Fatal("a run with violations is not OK")
	}
	var paths []string
	for _, p := range sm.Paths {
		paths = append(paths, p.Path)
	}
	if !slices.Equal(paths, []string{"usdc-confirm", "optout", "redeem"}) {
		t.Fatalf("paths %v: want allPaths' order", paths)
	}
	if p := sm.Paths[0]; p.Sales != 2 || p.Done != 1 || p.Skipped != 1 || p.Final["released"] != 1 || p.Final["no order"] != 1 {
		t.Fatalf("usdc-confirm: %+v", p)
	}
	if sm.Sales[1].Charged != "27" || sm.Sales[1].Redeem != "burned" || sm.Sales[1].Outcome != "stuck" {
		t.Fatalf("redeem sale: %+v", sm.Sales[1])
	}
	if len(sm.Steps) != 2 || sm.Steps[0].Step != "tap Pay → held in escrow" || sm.Steps[0].N != 2 || sm.Steps[0].P50Ms != 300 || sm.Steps[0].MaxMs != 700 {
		t.Fatalf("steps %+v", sm.Steps)
	}
	if sm.Recovery.ReadyP50Ms != 2000 || sm.Recovery.ReadyMaxMs != 4000 || sm.Recovery.NextMessageSeen != 1 || sm.Recovery.Restarted != 2 || sm.Kills[1].NextMessageMs != nil {
		t.Fatalf("recovery %+v, kills %+v", sm.Recovery, sm.Kills)
	}
	if !slices.Equal(sm.Phases, []Count{{"idle (waiting on souq or the chain)", 1}, {"redeem/pay", 1}}) ||
		!slices.Equal(sm.ByKind, []Count{{"discount", 1}, {"not-final", 2}}) {
		t.Fatalf("phases %v, kinds %v", sm.Phases, sm.ByKind)
	}

	out := filepath.Join(t.TempDir(), "report.json")
	if err := sm.writeJSON(out); err != nil {
		t.Fatal(err)
	}
	var back Summary
	b := mustRead(t, out)
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Version != SummaryVersion || back.Steps[1].Step != "confirm → released" || back.Sales[0].Steps[0].Ms != 900 {
		t.Fatalf("read back: %+v", back)
	}

	var a, c bytes.Buffer
	defer func() {
		if !regexp.MustCompile(`optout .* unknown +\? `).MatchString(a.String()) {
			t.Errorf("a sale never judged is not marked unknown/?:\n%s", a.String())
		}
	}()
	sm.print(&a)
	r.Summary().print(&c)
	if a.String() != c.String() {
		t.Fatal("the same run prints two different tables")
	}
	for _, want := range []string{"usdc-confirm", "no order 1, released 1", "unknown   ?", "27 (redeem burned, 3 pts)", "≠ released", "tap Pay → held in escrow", "violations: 3"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, a.String())
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
