package soak

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Report is a soak's outcome.
type Report struct {
	Violations []Violation

	cfg        Config
	dir        string
	sales      []*sale
	kills      []kill
	faults     []string
	timeTravel string
	souqStarts int
	ledger     *escrowLedger
}

// OK reports a run with no violation.
func (r *Report) OK() bool { return len(r.Violations) == 0 }

func (r *Report) print(w io.Writer) {
	fmt.Fprintf(w, "\n=== souq soak: seed %d, %s chain, %d sales, %d customers, %d merchants ===\n",
		r.cfg.Seed, r.cfg.Chain, len(r.sales), r.cfg.Customers, r.cfg.Merchants)

	// Sales by path and how the people got on.
	type row struct{ done, stuck, skipped int }
	rows := map[path]*row{}
	for _, s := range r.sales {
		if rows[s.Path] == nil {
			rows[s.Path] = &row{}
		}
		switch {
		case s.Skipped != "":
			rows[s.Path].skipped++
		case s.Stuck != "":
			rows[s.Path].stuck++
		default:
			rows[s.Path].done++
		}
	}
	fmt.Fprintf(w, "\nsales by path          driven  stuck  skipped   (expected end on chain)\n")
	for _, p := range allPaths {
		if x := rows[p]; x != nil {
			fmt.Fprintf(w, "  %-20s %6d %6d %8d   %s\n", p, x.done, x.stuck, x.skipped, p.expectState())
		}
	}
	fmt.Fprintf(w, "\nsales (final state from the chain's events)\n")
	for _, s := range r.sales {
		note := ""
		switch {
		case s.Skipped != "":
			note = "SKIPPED " + s.Skipped
		case s.Stuck != "":
			note = "stuck: " + s.Stuck
		}
		fmt.Fprintf(w, "  #%-3d %-16s %-9s %-12s %-10s %6s  %s\n", s.N, s.Path, s.short(), s.totalText(), s.final, s.Took.Round(time.Second), note)
	}

	fmt.Fprintf(w, "\nkills (SIGKILL of souq serve, restarted on the same data dir): %d of %d asked; souq started %d times\n", len(r.kills), r.cfg.Kills, r.souqStarts)
	byPhase := map[string]int{}
	var ready, progress []time.Duration
	for _, k := range r.kills {
		byPhase[k.Phase]++
		if k.Err != "" {
			continue
		}
		ready = append(ready, k.Ready)
		if k.Progress > 0 {
			progress = append(progress, k.Progress)
		}
	}
	phases := make([]string, 0, len(byPhase))
	for p := range byPhase {
		phases = append(phases, p)
	}
	sort.Strings(phases)
	for _, p := range phases {
		fmt.Fprintf(w, "  %-40s %d\n", p, byPhase[p])
	}
	if len(r.kills) > 0 {
		fmt.Fprintf(w, "  recovery kill→/readyz     p50 %s  max %s\n", pct(ready, 50), pct(ready, 100))
		fmt.Fprintf(w, "  recovery kill→next notice p50 %s  max %s  (%d of %d kills saw souq send within 90 s)\n", pct(progress, 50), pct(progress, 100), len(progress), len(r.kills))
	}
	for i, k := range r.kills {
		fmt.Fprintf(w, "    kill %2d %-38s ready %-6s next message %s %s\n", i+1, k.Phase, k.Ready.Round(100*time.Millisecond), fmtDur(k.Progress), k.Err)
	}
	if len(r.faults) > 0 {
		fmt.Fprintf(w, "\nother faults\n")
		for _, f := range r.faults {
			fmt.Fprintf(w, "  %s\n", f)
		}
	}
	fmt.Fprintf(w, "\n%s\n", r.timeTravel)
	fmt.Fprintf(w, "\nviolations: %d\n", len(r.Violations))
	byKind := map[string]int{}
	for _, v := range r.Violations {
		byKind[v.Kind]++
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-20s %d\n", k, byKind[k])
	}
	for _, v := range r.Violations {
		fmt.Fprintf(w, "  [%s] %s %s\n", v.Kind, v.Order, v.Detail)
		for _, l := range v.Logs {
			fmt.Fprintf(w, "      log: %s\n", truncate(l, 300))
		}
	}
	fmt.Fprintf(w, "\nsouq's logs: %s\n", filepath.Join(r.dir, "logs"))
}

func pct(ds []time.Duration, p int) string {
	if len(ds) == 0 {
		return "—"
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s) - 1) * p / 100
	return s[i].Round(100 * time.Millisecond).String()
}

func fmtDur(d time.Duration) string {
	if d == 0 {
		return "none within 90 s"
	}
	return d.Round(100 * time.Millisecond).String()
}

func truncate(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
