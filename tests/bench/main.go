// Command bench measures what a student waits for, in headless Chromium,
// against a baseline measured in the same run: the same prerendered pages
// served as plain static HTML without the wasm. `make bench` runs it.
//
// For each network condition (none; slow 4G: 1.6 Mbps down, 750 kbps up,
// 150 ms round trip, with the CPU slowed 4×) it loads /quiz cold (a fresh
// profile) and warm (a second visit, from the service worker) several
// times and reports medians with min and max: first contentful paint, when
// real lesson text is visible, when the first question is answerable
// (enabled by assets/boot.js, or by the app), when the app is ready (the
// wasm running), the wasm's own transfer time and the bytes transferred.
// It also times Check → feedback over 20 answers and the class page with
// 500 result files (class.go), reports app.wasm's size
// raw, gzip and brotli beside the Go and go-app floors, and prints each
// target as met or not met. The same figures go to build/bench.json.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
	"beyondbudapest/tests/browser"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func main() {
	runs := flag.Int("runs", 3, "loads per condition, cold and warm each")
	wasmPath := flag.String("wasm", "build/web/app.wasm", "compiled browser app (with .br and .gz beside it)")
	out := flag.String("json", "build/bench.json", "where to write the figures")
	flag.BoolVar(&classOnly, "class-only", false, "time only the class page (500 result files)")
	flag.Parse()
	if err := run(*runs, *wasmPath, *out); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// condition is a network and CPU profile.
type condition struct {
	Name               string
	LatencyMs          float64
	DownBytes, UpBytes float64 // per second; 0 means unthrottled
	CPUSlowdown        float64
	throttled          bool
}

var conditions = []condition{
	{Name: "no throttling", CPUSlowdown: 1},
	{Name: "slow 4G, CPU 4x", LatencyMs: 150, DownBytes: 1_600_000 / 8, UpBytes: 750_000 / 8, CPUSlowdown: 4, throttled: true},
}

// load is what one page load measured, in milliseconds from navigation.
type load struct {
	FCP, Text, Answerable, Ready, WasmTransfer float64
	Handover                                   float64 // bbEarly.take(), the hand-over's reading of the page
	Bytes                                      float64
}

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

// classOnly skips every measurement but the class page's.
var classOnly bool

func run(runs int, wasmPath, out string) error {
	ui.Register()
	l, err := ui.Lesson()
	if err != nil {
		return err
	}
	wasm, br, gz, err := server.ReadWasm(wasmPath)
	if err != nil {
		return err
	}
	if br == nil {
		return fmt.Errorf("no matching %s.br: run make wasm", wasmPath)
	}
	cfg := server.Config{Wasm: wasm, WasmBrotli: br, WasmGzip: gz, Lesson: l}
	h, err := server.New(cfg)
	if err != nil {
		return err
	}
	appURL, stopApp, err := serve(h)
	if err != nil {
		return err
	}
	defer stopApp()
	baseDir, err := os.MkdirTemp("", "bb-baseline-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(baseDir)
	if err := baseline(baseDir, cfg); err != nil {
		return err
	}
	baseURL, stopBase, err := serve(htmlFiles(baseDir))
	if err != nil {
		return err
	}
	defer stopBase()

	rep := Report{When: time.Now().UTC(), Sizes: map[string][3]int{}}
	wall, inGo, err := classTiming(appURL, l, runs)
	if err != nil {
		return fmt.Errorf("class page: %w", err)
	}
	rep.Class, rep.ClassInGo = stat(wall), stat(inGo)
	if classOnly {
		fmt.Printf("class page, %d result files: on screen in %.0f ms median [%.0f–%.0f]; read and analysed in %.0f ms [%.0f–%.0f]\n",
			classFiles, rep.Class.Median, rep.Class.Min, rep.Class.Max, rep.ClassInGo.Median, rep.ClassInGo.Min, rep.ClassInGo.Max)
		return nil
	}
	measured := map[string]map[string][]load{} // condition/visit → app|baseline → loads
	for _, c := range conditions {
		for _, who := range []struct{ name, url string }{{"app", appURL}, {"baseline", baseURL}} {
			for i := 0; i < runs; i++ {
				cold, warm, err := coldAndWarm(who.url+"/quiz", c, who.name == "app")
				if err != nil {
					return fmt.Errorf("%s, %s: %w", c.Name, who.name, err)
				}
				add := func(visit string, ld load) {
					k := c.Name + "|" + visit
					if measured[k] == nil {
						measured[k] = map[string][]load{}
					}
					measured[k][who.name] = append(measured[k][who.name], ld)
				}
				add("cold", cold)
				add("warm", warm)
				fmt.Fprintf(os.Stderr, "%s %s run %d: cold text %.0f ms ready %.0f ms, warm ready %.0f ms\n", c.Name, who.name, i+1, cold.Text, cold.Ready, warm.Ready)
			}
		}
	}
	pick := func(ls []load, f func(load) float64) []float64 {
		var xs []float64
		for _, l := range ls {
			xs = append(xs, f(l))
		}
		return xs
	}
	metrics := []struct {
		name     string
		f        func(load) float64
		baseline bool
	}{
		{"first contentful paint (ms)", func(l load) float64 { return l.FCP }, true},
		{"lesson text visible (ms)", func(l load) float64 { return l.Text }, true},
		{"first question answerable (ms)", func(l load) float64 { return l.Answerable }, false},
		{"app ready (ms)", func(l load) float64 { return l.Ready }, false},
		{"hand-over, bbEarly.take() (µs)", func(l load) float64 { return l.Handover * 1000 }, false},
		{"app.wasm transfer (ms)", func(l load) float64 { return l.WasmTransfer }, false},
		{"bytes transferred (KB)", func(l load) float64 { return l.Bytes / 1000 }, true},
	}
	for _, c := range conditions {
		for _, visit := range []string{"cold", "warm"} {
			m := measured[c.Name+"|"+visit]
			for _, mt := range metrics {
				rep.Rows = append(rep.Rows, Row{Condition: c.Name, Visit: visit, Metric: mt.name,
					App: stat(pick(m["app"], mt.f)), Baseline: stat(pick(m["baseline"], mt.f)), HasBaseline: mt.baseline})
			}
		}
	}

	lat, err := checkLatency(appURL+"/quiz", 20)
	if err != nil {
		return fmt.Errorf("check latency: %w", err)
	}
	rep.Latency = stat(lat)
	slices.Sort(lat)
	rep.LatencyP95 = lat[min(len(lat)-1, int(0.95*float64(len(lat))))]

	if err := sizes(rep.Sizes, wasm, br, gz); err != nil {
		return err
	}
	rep.Targets = targets(rep)
	print(rep)
	b, _ := json.MarshalIndent(rep, "", "  ")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return err
	}
	fmt.Printf("\nfigures written to %s\n", out)
	return nil
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
	for _, name := range []string{"plain Go (fmt)", "go-app floor", "app.wasm"} {
		s := rep.Sizes[name]
		fmt.Printf("%-16s\t%d\t%d\t%d\n", name, s[0], s[1], s[2])
	}
	g, a, p := rep.Sizes["go-app floor"], rep.Sizes["app.wasm"], rep.Sizes["plain Go (fmt)"]
	fmt.Printf("Go runtime + std adds %d brotli bytes; go-app adds %d; Beyond Budapest (quiz engine, UI, lesson) adds %d.\n", p[2], g[2]-p[2], a[2]-g[2])
	fmt.Println("\nTARGETS")
	for _, t := range rep.Targets {
		mark := "met"
		if !t.Met {
			mark = "NOT MET"
		}
		fmt.Printf("  %-8s %-32s got %-12s want %s\n", mark, t.Name, t.Got, t.Want)
	}
}

// sizes measures app.wasm and the floors built from tests/bench/floor.
func sizes(into map[string][3]int, wasm, br, gz []byte) error {
	into["app.wasm"] = [3]int{len(wasm), len(gz), len(br)}
	for name, pkg := range map[string]string{"plain Go (fmt)": "./tests/bench/floor/plain", "go-app floor": "./tests/bench/floor/goapp"} {
		dir, err := os.MkdirTemp("", "bb-floor-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		p := filepath.Join(dir, "x.wasm")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", p, pkg)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %v\n%s", pkg, err, b)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var zb bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&zb, 9)
		zw.Write(raw)
		zw.Close()
		brc := exec.Command("brotli", "-q", "11", "-c", p)
		bro, err := brc.Output()
		if err != nil {
			return fmt.Errorf("brotli: %w", err)
		}
		into[name] = [3]int{len(raw), zb.Len(), len(bro)}
	}
	return nil
}

// baseline writes the static site and strips every script from its pages:
// the same prerendered HTML and CSS, without go-app or the wasm.
func baseline(dir string, cfg server.Config) error {
	if err := server.Static(dir, "/", cfg); err != nil {
		return err
	}
	scripts := regexp.MustCompile(`(?s)<script[^>]*>.*?</script>|<aside id="app-wasm-loader".*?</aside>|<link rel="preload"[^>]*>`)
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, scripts.ReplaceAll(b, nil), 0o644)
	})
}

// htmlFiles serves a folder as static hosts do: /quiz from quiz.html.
func htmlFiles(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" && filepath.Ext(r.URL.Path) == "" {
			r2 := r.Clone(r.Context())
			r2.URL.Path += ".html"
			files.ServeHTTP(w, r2)
			return
		}
		files.ServeHTTP(w, r)
	})
}

func serve(h http.Handler) (string, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), func() { srv.Close() }, nil
}

func newBrowser() (context.Context, func(), error) {
	dir, err := browser.Dir()
	if err != nil {
		return nil, nil, err
	}
	opts := browser.Options("chromium", dir, 360, 740)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	cleanup := func() { cancelTime(); cancelTab(); cancelAlloc(); os.RemoveAll(dir) }
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile, chromedp.EmulateTouch)); err != nil {
		cleanup()
		return nil, nil, err
	}
	// Marks, in the page's own clock: when the lesson text is on screen and
	// not covered, and when the app is running (its client-only marker).
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
		window.__bb = {};
		// Time the hand-over: the app reads what the student did with the
		// prerendered question through bbEarly.take() (assets/boot.js).
		let early;
		Object.defineProperty(window, "bbEarly", {configurable: true, get() { return early; }, set(v) {
			const take = v.take;
			v.take = function () { const t0 = performance.now(); const r = take.apply(this, arguments); window.__bb.handover = performance.now() - t0; return r; };
			early = v;
		}});
		(function watch() {
			const mark = k => { if (!(k in window.__bb)) window.__bb[k] = performance.now(); };
			const el = document.querySelector("main .prompt") || document.querySelector("main h1");
			if (el) {
				const r = el.getBoundingClientRect();
				const top = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
				if (top && (el.contains(top) || top.contains(el))) mark("text");
			}
			// Answerable: the first question's inputs and Check are enabled,
			// by assets/boot.js before the app, or by the app itself.
			const q = document.querySelector("fieldset.question"), check = document.getElementById("check");
			if (q && check && !q.disabled && !check.disabled) mark("answerable");
			if (document.getElementById("app-ready")) mark("ready");
			if (!("ready" in window.__bb) || !("text" in window.__bb)) requestAnimationFrame(watch);
		})();`}); err != nil {
		cleanup()
		return nil, nil, err
	}
	return ctx, cleanup, nil
}

func throttle(ctx context.Context, c condition) error {
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return err
	}
	cond := &network.Conditions{Latency: 0, DownloadThroughput: -1, UploadThroughput: -1}
	if c.throttled {
		cond = &network.Conditions{Latency: c.LatencyMs, DownloadThroughput: c.DownBytes, UploadThroughput: c.UpBytes}
	}
	if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{cond}}); err != nil {
		return err
	}
	_, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: c.CPUSlowdown})
	return err
}

// coldAndWarm loads url in a fresh profile, waits until the app could work
// offline, then loads it again.
func coldAndWarm(url string, c condition, isApp bool) (cold, warm load, err error) {
	ctx, cleanup, err := newBrowser()
	if err != nil {
		return cold, warm, err
	}
	defer cleanup()
	if err = throttle(ctx, c); err != nil {
		return
	}
	if cold, err = measureLoad(ctx, url, isApp); err != nil {
		return
	}
	if isApp {
		// Let the service worker finish its precache before the warm visit.
		deadline := time.Now().Add(2 * time.Minute)
		for time.Now().Before(deadline) {
			ok, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
				const c = navigator.serviceWorker.controller;
				return !!c && c.state === "activated";
			})()`, chromedp.EvalAwaitPromise))
			if ok {
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	warm, err = measureLoad(ctx, url, isApp)
	return
}

func measureLoad(ctx context.Context, url string, isApp bool) (load, error) {
	var ld load
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return ld, err
	}
	done := `"text" in window.__bb && performance.getEntriesByName("first-contentful-paint").length > 0`
	if isApp {
		done += ` && "ready" in window.__bb`
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](done))
		if err == nil && ok {
			break
		}
		if time.Now().After(deadline) {
			return ld, fmt.Errorf("%s never became ready", url)
		}
		time.Sleep(50 * time.Millisecond)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify({
		fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime || 0,
		text: window.__bb.text || 0,
		ready: window.__bb.ready || 0,
		answerable: window.__bb.answerable || window.__bb.ready || 0,
		handover: window.__bb.handover || 0,
		wasm: (performance.getEntriesByType("resource").find(e => e.name.endsWith("/app.wasm")) || {}),
		bytes: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource")).reduce((n, e) => n + (e.transferSize || 0), 0),
	})`))
	if err != nil {
		return ld, err
	}
	var v struct {
		FCP, Text, Ready, Answerable, Handover float64
		Wasm                                   struct{ StartTime, ResponseEnd float64 }
		Bytes                                  float64
	}
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return ld, err
	}
	ld = load{FCP: v.FCP, Text: v.Text, Answerable: v.Answerable, Ready: v.Ready, Handover: v.Handover, Bytes: v.Bytes}
	if v.Wasm.ResponseEnd > 0 {
		ld.WasmTransfer = v.Wasm.ResponseEnd - v.Wasm.StartTime
	}
	return ld, nil
}

// checkLatency answers n questions in the running app (no throttling) and
// times each Check until the feedback is on screen.
func checkLatency(url string, n int) ([]float64, error) {
	ctx, cleanup, err := newBrowser()
	if err != nil {
		return nil, err
	}
	defer cleanup()
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("#app-ready"))); err != nil {
		return nil, err
	}
	var out []float64
	for i := 0; i < n; i++ {
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(async () => {
			const frame = () => new Promise(r => setTimeout(r, 30));
			// Give any answer: the first choice, the first match, some text.
			const first = document.querySelector("input[name=answer]");
			if (first) first.click();
			document.querySelectorAll(".match-row select").forEach(s => { s.selectedIndex = 1; s.dispatchEvent(new Event("change", {bubbles: true})); });
			const text = document.getElementById("answer-text");
			if (text) { text.value = "answer"; text.dispatchEvent(new Event("input", {bubbles: true})); }
			// An order question left as shown asks before it checks: move one item.
			const move = document.querySelector(".order-buttons button:not([disabled])");
			if (move) move.click();
			await frame();
			const feedback = document.getElementById("feedback");
			const shown = new Promise(resolve => {
				const obs = new MutationObserver(() => { if (feedback.querySelector(".feedback")) { obs.disconnect(); resolve(performance.now()); } });
				obs.observe(feedback, {childList: true, subtree: true});
			});
			const t0 = performance.now();
			document.getElementById("check").click();
			const t1 = await shown;
			document.getElementById("next").click();
			await frame();
			return t1 - t0;
		})()`, chromedp.EvalAwaitPromise))
		if err != nil {
			return nil, err
		}
		out = append(out, ms)
	}
	return out, nil
}
