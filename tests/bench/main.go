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
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
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

// classOnly skips every measurement but the class page's.
var classOnly bool

func run(runs int, wasmPath, out string) error {
	ui.Register()
	cfg, err := server.LoadConfig(wasmPath)
	if err != nil {
		return err
	}
	if cfg.WasmBrotli == nil {
		return fmt.Errorf("no matching %s.br: run make wasm", wasmPath)
	}
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
	wall, inGo, err := classTiming(appURL, cfg.Lesson, runs)
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

	if err := sizes(rep.Sizes, cfg.Wasm, cfg.WasmBrotli, cfg.WasmGzip); err != nil {
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
