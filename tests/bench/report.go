package main

import (
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
	"time"
)

// Stat is a median with its range.
type Stat struct {
	Median, Min, Max float64
}

func stat(xs []float64) Stat {
	if len(xs) == 0 {
		return Stat{}
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return Stat{Median: s[len(s)/2], Min: s[0], Max: s[len(s)-1]}
}

// Row is one line of the results table.
type Row struct {
	Condition, Visit, Metric string
	App, Baseline            Stat
	HasBaseline              bool
}

// Target is one goal from the issue, with whether this run met it.
type Target struct {
	Name    string
	Want    string
	Got     string
	Met     bool
	Comment string
}

// Report is everything bench.json holds.
type Report struct {
	When       time.Time
	Rows       []Row
	Latency    Stat // Check → feedback, ms
	LatencyP95 float64
	Sizes      map[string][3]int // name → raw, gzip, brotli
	Class      Stat              // 500 result files: change event → analysis on screen, ms
	ClassInGo  Stat              // the same, reading and analysing only, as the page measures it
	Targets    []Target
}

func find(rep Report, cond, visit, metric string) Row {
	for _, r := range rep.Rows {
		if r.Condition == cond && r.Visit == visit && r.Metric == metric {
			return r
		}
	}
	return Row{}
}

func targets(rep Report) []Target {
	slow := conditions[1].Name
	var ts []Target
	text := find(rep, slow, "cold", "lesson text visible (ms)")
	fcp := find(rep, slow, "cold", "first contentful paint (ms)")
	ts = append(ts, Target{
		Name: "content visible, cold, slow 4G", Want: fmt.Sprintf("≤ 1.2 × baseline first paint = %.0f ms", 1.2*fcp.Baseline.Median),
		Got: fmt.Sprintf("%.0f ms", text.App.Median), Met: text.App.Median <= 1.2*fcp.Baseline.Median,
	})
	answerable := find(rep, slow, "cold", "first question answerable (ms)")
	ts = append(ts, Target{
		Name: "answerable, cold, slow 4G", Want: fmt.Sprintf("≤ 1.2 × baseline first paint = %.0f ms", 1.2*fcp.Baseline.Median),
		Got: fmt.Sprintf("%.0f ms", answerable.App.Median), Met: answerable.App.Median <= 1.2*fcp.Baseline.Median,
	})
	ready := find(rep, slow, "cold", "app ready (ms)")
	transfer := find(rep, slow, "cold", "app.wasm transfer (ms)")
	ts = append(ts, Target{
		Name: "app ready, cold, slow 4G", Want: fmt.Sprintf("≤ 1.1 × wasm transfer = %.0f ms", 1.1*transfer.App.Median),
		Got: fmt.Sprintf("%.0f ms", ready.App.Median), Met: ready.App.Median <= 1.1*transfer.App.Median,
	})
	for _, c := range conditions {
		warmReady := find(rep, c.Name, "warm", "first question answerable (ms)")
		warmBase := find(rep, c.Name, "warm", "lesson text visible (ms)")
		ts = append(ts, Target{
			Name: "answerable, warm, " + c.Name, Want: fmt.Sprintf("≤ baseline usable = %.0f ms", warmBase.Baseline.Median),
			Got: fmt.Sprintf("%.0f ms", warmReady.App.Median), Met: warmReady.App.Median <= warmBase.Baseline.Median,
		})
	}
	brotli := rep.Sizes["app.wasm"][2]
	ts = append(ts, Target{Name: "app.wasm brotli", Want: "≤ 1,500,000 bytes", Got: fmt.Sprintf("%d bytes", brotli), Met: brotli <= 1_500_000})
	ts = append(ts, Target{Name: "Check → feedback, median", Want: "≤ 16 ms", Got: fmt.Sprintf("%.1f ms", rep.Latency.Median), Met: rep.Latency.Median <= 16})
	ts = append(ts, Target{Name: fmt.Sprintf("class page, %d files, median", classFiles), Want: "< 1000 ms on screen", Got: fmt.Sprintf("%.0f ms", rep.Class.Median), Met: rep.Class.Median < 1000})
	return ts
}

func print(rep Report) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CONDITION\tVISIT\tMETRIC\tAPP median [min–max]\tBASELINE median [min–max]\tAPP / BASELINE")
	for _, r := range rep.Rows {
		base, ratio := "–", "–"
		if r.HasBaseline {
			base = fmt.Sprintf("%.0f [%.0f–%.0f]", r.Baseline.Median, r.Baseline.Min, r.Baseline.Max)
			if r.Baseline.Median > 0 {
				ratio = fmt.Sprintf("%.2f×", r.App.Median/r.Baseline.Median)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f [%.0f–%.0f]\t%s\t%s\n", r.Condition, r.Visit, r.Metric, r.App.Median, r.App.Min, r.App.Max, base, ratio)
	}
	tw.Flush()
	fmt.Printf("\nCheck → feedback over 20 answers: median %.1f ms, p95 %.1f ms, min %.1f, max %.1f\n", rep.Latency.Median, rep.LatencyP95, rep.Latency.Min, rep.Latency.Max)
	fmt.Printf("Class page, %d result files: on screen in %.0f ms median [%.0f–%.0f], of which reading and analysing %.0f ms\n", classFiles, rep.Class.Median, rep.Class.Min, rep.Class.Max, rep.ClassInGo.Median)
	fmt.Println("\nSIZE (bytes)\traw\tgzip -9\tbrotli -q 11")
	for _, name := range []string{"plain Go (fmt)", "go-app floor", EnglishOnly, "app.wasm"} {
		s := rep.Sizes[name]
		fmt.Printf("%-22s\t%d\t%d\t%d\n", name, s[0], s[1], s[2])
	}
	g, a, p, e := rep.Sizes["go-app floor"], rep.Sizes["app.wasm"], rep.Sizes["plain Go (fmt)"], rep.Sizes[EnglishOnly]
	fmt.Printf("Go runtime + std adds %d brotli bytes; go-app adds %d; Beyond Budapest (quiz engine, UI, lesson) adds %d, of which the Ukrainian edition (lesson and catalogue) %d.\n", p[2], g[2]-p[2], a[2]-g[2], a[2]-e[2])
	fmt.Println("\nTARGETS")
	for _, t := range rep.Targets {
		mark := "met"
		if !t.Met {
			mark = "NOT MET"
		}
		fmt.Printf("  %-8s %-32s got %-12s want %s\n", mark, t.Name, t.Got, t.Want)
	}
}
