package soak

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
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
	started    time.Time
	journal    JournalSummary
	points     []PointsLine
}

// OK reports a run with no violation.
func (r *Report) OK() bool { return len(r.Violations) == 0 }

// SummaryVersion names the format of Summary (report.json).
const SummaryVersion = "souq.soak.v1"

// Summary is a run's figures in a form a benchmark or CI step reads (report.json in the run
// directory, and -json FILE). Durations are whole milliseconds; every list is in a fixed order
// (paths as allPaths, steps as a sale goes, phases and violation kinds by name), so two runs of one
// seed differ only in their measured times and what souq did.
type Summary struct {
	Version    string `json:"version"`
	OK         bool   `json:"ok"`
	Seed       uint64 `json:"seed"`
	Chain      string `json:"chain"`
	Customers  int    `json:"customers"`
	Merchants  int    `json:"merchants"`
	KillsAsked int    `json:"killsAsked"`
	Started    string `json:"started"` // RFC 3339, UTC
	WallMs     int64  `json:"wallMs"`
	SouqStarts int    `json:"souqStarts"`
	TimeTravel string `json:"timeTravel"`
	LogDir     string `json:"logDir"`

	Sales    []SaleSummary   `json:"sales"`
	Paths    []PathSummary   `json:"paths"`
	Steps    []StepSummary   `json:"steps"`
	Kills    []KillSummary   `json:"kills"`
	Phases   []Count         `json:"killsByPhase"`
	Recovery RecoverySummary `json:"recovery"`
	Faults   []string        `json:"faults"`
	Journal  JournalSummary  `json:"journal"`
	Points   []PointsLine    `json:"points"`

	Violations []Violation `json:"violations"`
	ByKind     []Count     `json:"violationsByKind"`
}

// SaleSummary is one sale: how it was meant to end, how it ended on the chain, how the people got on.
type SaleSummary struct {
	N        int    `json:"n"`
	Path     string `json:"path"`
	Order    string `json:"order,omitempty"`
	Asset    string `json:"asset"`
	Total    string `json:"total"`   // the price, in whole units
	Charged  string `json:"charged"` // less the points discount
	Redeemed int64  `json:"redeemedPoints,omitempty"`
	Redeem   string `json:"redeem,omitempty"` // burned, failed, in doubt (a redeem sale only)
	Final    string `json:"final"`            // the order's state from the escrow's events
	Want     string `json:"want"`             // the state the path ends in
	Outcome  string `json:"outcome"`          // done, stuck, skipped
	Note     string `json:"note,omitempty"`   // where it was stuck, or what was skipped
	TookMs   int64  `json:"tookMs"`
	Steps    []Lap  `json:"steps"`
}

// Lap is one step of a sale: a person's action and the time until its answer reached them.
type Lap struct {
	Step string `json:"step"`
	Ms   int64  `json:"ms"`
}

// PathSummary counts one path's sales by how the people got on and by their final state.
type PathSummary struct {
	Path    string         `json:"path"`
	Want    string         `json:"want"`
	Sales   int            `json:"sales"`
	Done    int            `json:"done"`
	Stuck   int            `json:"stuck"`
	Skipped int            `json:"skipped"`
	Final   map[string]int `json:"final"` // state on the chain → sales
}

// StepSummary is the distribution of one step's time over every sale that took it.
type StepSummary struct {
	Step  string `json:"step"`
	N     int    `json:"n"`
	P50Ms int64  `json:"p50Ms"`
	P90Ms int64  `json:"p90Ms"`
	P99Ms int64  `json:"p99Ms"`
	MaxMs int64  `json:"maxMs"`
}

// KillSummary is one SIGKILL of souq and its recovery.
type KillSummary struct {
	Phase string `json:"phase"`
	At    string `json:"at"`
	// ReadyMs: kill → /readyz answers; NextMessageMs: kill → the next message souq sent (absent
	// when none came within 90 s).
	ReadyMs       int64  `json:"readyMs"`
	NextMessageMs *int64 `json:"nextMessageMs,omitempty"`
	Err           string `json:"error,omitempty"`
}

// RecoverySummary is the recovery over all kills that restarted.
type RecoverySummary struct {
	ReadyP50Ms       int64 `json:"readyP50Ms"`
	ReadyMaxMs       int64 `json:"readyMaxMs"`
	NextMessageP50Ms int64 `json:"nextMessageP50Ms"`
	NextMessageMaxMs int64 `json:"nextMessageMaxMs"`
	NextMessageSeen  int   `json:"nextMessageSeen"` // kills after which souq sent within 90 s
	Restarted        int   `json:"restarted"`       // kills after which souq started again
}

// JournalSummary is what the judge checked of souq's transparency log.
type JournalSummary struct {
	Events          uint64 `json:"events"`          // the log's size at the end
	Anchored        uint64 `json:"anchored"`        // the latest anchored checkpoint's size
	Checkpoints     int    `json:"checkpoints"`     // Checkpoint events on the chain
	BundlesVerified int    `json:"bundlesVerified"` // proof bundles verified against the pinned trust root
	ConsistentPairs int    `json:"consistentPairs"` // consecutive checkpoints proved consistent
}

// PointsLine is one customer's loyalty points: what the Stellar ledger holds and what the rule
// says they should (the released USDC orders' points less what was burned).
type PointsLine struct {
	Customer string `json:"customer"`
	Want     int64  `json:"want"`
	Got      int64  `json:"got"`
	Orders   string `json:"orders"` // how want adds up: order:+points, redeem:-points
}

// Count is a named count.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// stepOrder is the order steps are listed in: as a sale goes.
var stepOrder = []string{
	"YES → opted in", "redeem → reply", "redeem → burned or failed", "sell → customer sees the offer",
	"tap Pay → held in escrow", "STOP → opted out", "shipped → reply", "photo → courier reply",
	"photo → delivered on-chain", "photo → customer told delivered", "confirm → released",
	"inspection over → released", "refund request → merchant told", "refund → customer refunded",
	"dispute → merchant told", "resolve → customer told", "deadline passed → refunded",
}

// Summary computes the run's figures.
func (r *Report) Summary() Summary {
	sm := Summary{Version: SummaryVersion, OK: r.OK(), Seed: r.cfg.Seed, Chain: r.cfg.Chain, Customers: r.cfg.Customers,
		Merchants: r.cfg.Merchants, KillsAsked: r.cfg.Kills, SouqStarts: r.souqStarts, TimeTravel: r.timeTravel,
		LogDir: filepath.Join(r.dir, "logs"), Faults: append([]string{}, r.faults...), Violations: append([]Violation{}, r.Violations...),
		Journal: r.journal, Points: append([]PointsLine{}, r.points...)}
	if !r.started.IsZero() {
		sm.Started = r.started.UTC().Format(time.RFC3339)
		sm.WallMs = time.Since(r.started).Milliseconds()
	}

	paths := map[path]*PathSummary{}
	steps := map[string][]time.Duration{}
	for _, s := range r.sales {
		ss := saleSummary(s)
		sm.Sales = append(sm.Sales, ss)
		p := paths[s.Path]
		if p == nil {
			p = &PathSummary{Path: string(s.Path), Want: s.Path.expectState(), Final: map[string]int{}}
			paths[s.Path] = p
		}
		p.Sales++
		switch ss.Outcome {
		case "skipped":
			p.Skipped++
		case "stuck":
			p.Stuck++
		default:
			p.Done++
		}
		p.Final[ss.Final]++
		for _, l := range s.Steps {
			steps[l.Step] = append(steps[l.Step], l.D)
		}
	}
	for _, p := range allPaths {
		if x := paths[p]; x != nil {
			sm.Paths = append(sm.Paths, *x)
		}
	}
	names := make([]string, 0, len(steps))
	for n := range steps {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := slices.Index(stepOrder, names[i]), slices.Index(stepOrder, names[j])
		if a < 0 {
			a = len(stepOrder)
		}
		if b < 0 {
			b = len(stepOrder)
		}
		return a < b || a == b && names[i] < names[j]
	})
	for _, n := range names {
		ds := steps[n]
		sm.Steps = append(sm.Steps, StepSummary{Step: n, N: len(ds), P50Ms: pctMs(ds, 50), P90Ms: pctMs(ds, 90), P99Ms: pctMs(ds, 99), MaxMs: pctMs(ds, 100)})
	}

	phases := map[string]int{}
	var ready, next []time.Duration
	for _, k := range r.kills {
		phases[k.Phase]++
		ks := KillSummary{Phase: k.Phase, At: k.At.UTC().Format(time.RFC3339), ReadyMs: k.Ready.Milliseconds(), Err: k.Err}
		if k.Progress > 0 {
			ms := k.Progress.Milliseconds()
			ks.NextMessageMs = &ms
		}
		sm.Kills = append(sm.Kills, ks)
		if k.Err != "" {
			continue
		}
		ready = append(ready, k.Ready)
		if k.Progress > 0 {
			next = append(next, k.Progress)
		}
	}
	sm.Phases = counts(phases)
	sm.Recovery = RecoverySummary{ReadyP50Ms: pctMs(ready, 50), ReadyMaxMs: pctMs(ready, 100),
		NextMessageP50Ms: pctMs(next, 50), NextMessageMaxMs: pctMs(next, 100), NextMessageSeen: len(next), Restarted: len(ready)}

	kinds := map[string]int{}
	for _, v := range r.Violations {
		kinds[v.Kind]++
	}
	sm.ByKind = counts(kinds)
	return sm
}

func saleSummary(s *sale) SaleSummary {
	asset := s.Path.asset()
	ss := SaleSummary{N: s.N, Path: string(s.Path), Order: s.OrderID, Asset: asset, Total: fmtAmount(s.Total, decimals[asset]),
		Charged: fmtAmount(s.charged(), decimals[asset]), Redeemed: s.Redeemed, Final: s.final, Want: s.Path.expectState(),
		TookMs: s.Took.Milliseconds(), Steps: []Lap{}}
	if ss.Final == "" {
		ss.Final = "unknown" // the judge could not read the chain (souq and its chain gone)
	}
	switch {
	case s.Redeemed > 0:
		ss.Redeem = "burned"
	case s.RedeemFailed:
		ss.Redeem = "failed"
	case s.RedeemInDoubt > 0:
		ss.Redeem = "in doubt"
	}
	switch {
	case s.Skipped != "":
		ss.Outcome, ss.Note = "skipped", s.Skipped
	case s.Stuck != "":
		ss.Outcome, ss.Note = "stuck", s.Stuck
	default:
		ss.Outcome = "done"
	}
	for _, l := range s.Steps {
		ss.Steps = append(ss.Steps, Lap{Step: l.Step, Ms: l.D.Milliseconds()})
	}
	return ss
}

func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// pctMs is the p-th percentile (nearest rank) in milliseconds; 0 for no values.
func pctMs(ds []time.Duration, p int) int64 {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	slices.Sort(s)
	i := (len(s)*p + 99) / 100 // nearest rank: ceil(p/100 × n)
	return s[max(i, 1)-1].Milliseconds()
}

// writeJSON writes the summary to path.
func (sm Summary) writeJSON(path string) error {
	b, err := json.MarshalIndent(sm, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// print writes the table a person reads at the end of a run.
func (sm Summary) print(w io.Writer) {
	fmt.Fprintf(w, "\n=== souq soak: seed %d, %s chain, %d sales, %d customers, %d merchants ===\n",
		sm.Seed, sm.Chain, len(sm.Sales), sm.Customers, sm.Merchants)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	section := func(title string) {
		tw.Flush()
		fmt.Fprintf(w, "\n%s\n", title)
	}

	section("sales by path (people: done / stuck / skipped; final state from the escrow's events)")
	fmt.Fprintln(tw, "  path\tsales\tdone\tstuck\tskipped\twant\tfinal on chain\t")
	for _, p := range sm.Paths {
		fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%s\t%s\t\n", p.Path, p.Sales, p.Done, p.Stuck, p.Skipped, p.Want, finals(p.Final))
	}

	section("sales")
	fmt.Fprintln(tw, "  #\tpath\torder\tprice\tcharged\tfinal\tvs path\ttook\tnote\t")
	for _, s := range sm.Sales {
		mark := "ok"
		switch {
		case s.Outcome == "skipped":
			mark = "skipped"
		case s.Final == "unknown":
			mark = "?"
		case s.Final != s.Want:
			mark = "≠ " + s.Want
		}
		charged := s.Charged
		if s.Redeem != "" {
			charged += fmt.Sprintf(" (redeem %s", s.Redeem)
			if s.Redeemed > 0 {
				charged += fmt.Sprintf(", %d pts", s.Redeemed)
			}
			charged += ")"
		}
		short := ""
		if len(s.Order) >= 10 {
			short = s.Order[2:10]
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s %s\t%s\t%s\t%s\t%s\t%s\t\n", s.N, s.Path, short, s.Total, s.Asset, charged, s.Final, mark,
			fmtMs(s.TookMs), truncate(s.Outcome+noteOf(s.Note), 100))
	}

	if len(sm.Steps) > 0 {
		section("steps (a person's action → souq's answer reaching them)")
		fmt.Fprintln(tw, "  step\tn\tp50\tp90\tp99\tmax\t")
		for _, st := range sm.Steps {
			fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\t%s\t%s\t\n", st.Step, st.N, fmtMs(st.P50Ms), fmtMs(st.P90Ms), fmtMs(st.P99Ms), fmtMs(st.MaxMs))
		}
	}

	section(fmt.Sprintf("kills (SIGKILL of souq serve, restarted on the same data dir): %d of %d asked; souq started %d times",
		len(sm.Kills), sm.KillsAsked, sm.SouqStarts))
	for _, p := range sm.Phases {
		fmt.Fprintf(tw, "  %s\t%d\t\n", p.Name, p.N)
	}
	tw.Flush()
	if len(sm.Kills) > 0 {
		rc := sm.Recovery
		dist := func(n int, p50, mx int64) string {
			if n == 0 {
				return "—\t"
			}
			return "p50 " + fmtMs(p50) + "\tmax " + fmtMs(mx)
		}
		fmt.Fprintf(tw, "  recovery kill → /readyz\t%s\t(%d of %d kills: souq started again)\n", dist(rc.Restarted, rc.ReadyP50Ms, rc.ReadyMaxMs), rc.Restarted, len(sm.Kills))
		fmt.Fprintf(tw, "  recovery kill → next message\t%s\t(%d of %d kills: souq sent within 90 s)\n",
			dist(rc.NextMessageSeen, rc.NextMessageP50Ms, rc.NextMessageMaxMs), rc.NextMessageSeen, len(sm.Kills))
		tw.Flush()
		for i, k := range sm.Kills {
			next := "none within 90 s"
			if k.NextMessageMs != nil {
				next = fmtMs(*k.NextMessageMs)
			}
			fmt.Fprintf(tw, "    kill %d\t%s\tready %s\tnext message %s\t%s\n", i+1, k.Phase, fmtMs(k.ReadyMs), next, k.Err)
		}
	}
	if len(sm.Faults) > 0 {
		section("other faults")
		for _, f := range sm.Faults {
			fmt.Fprintf(tw, "  %s\n", f)
		}
	}
	tw.Flush()
	j := sm.Journal
	fmt.Fprintf(w, "\njournal: %d events, the latest of %d anchored checkpoints covers %d; %d bundles and %d consecutive checkpoint pairs verified against the pinned trust root\n",
		j.Events, j.Checkpoints, j.Anchored, j.BundlesVerified, j.ConsistentPairs)
	if len(sm.Points) > 0 {
		var want, got int64
		var wrong int
		for _, p := range sm.Points {
			want, got = want+p.Want, got+p.Got
			if p.Want != p.Got {
				wrong++
			}
		}
		fmt.Fprintf(w, "points: %d customers hold %d POINTS on the Stellar ledger, the rule says %d (%d customers differ)\n", len(sm.Points), got, want, wrong)
	}
	if sm.TimeTravel != "" {
		fmt.Fprintf(w, "\n%s\n", sm.TimeTravel)
	}

	section(fmt.Sprintf("violations: %d", len(sm.Violations)))
	for _, c := range sm.ByKind {
		fmt.Fprintf(tw, "  %s\t%d\t\n", c.Name, c.N)
	}
	tw.Flush()
	for _, v := range sm.Violations {
		order := ""
		if v.Order != "" {
			order = " " + v.Order
		}
		fmt.Fprintf(w, "  [%s]%s %s\n", v.Kind, order, v.Detail)
		for _, l := range v.Logs {
			fmt.Fprintf(w, "      log: %s\n", truncate(l, 300))
		}
	}
	fmt.Fprintf(w, "\nsouq's logs: %s\n", sm.LogDir)
}

// finals writes the final states of a path's sales, e.g. "released 3, funded 1".
func finals(m map[string]int) string {
	var out []string
	for _, c := range counts(m) {
		out = append(out, fmt.Sprintf("%s %d", c.Name, c.N))
	}
	return strings.Join(out, ", ")
}

func noteOf(n string) string {
	if n == "" {
		return ""
	}
	return ": " + n
}

// fmtMs writes milliseconds as seconds with one decimal ("0.2s", "41.0s") or minutes past 10 min.
func fmtMs(ms int64) string {
	d := time.Duration(ms) * time.Millisecond
	if d >= 10*time.Minute {
		return d.Round(time.Second).String()
	}
	return fmt.Sprintf("%.1fs", d.Seconds())
}

// truncate cuts s to n characters on one line.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
