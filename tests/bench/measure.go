package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"beyondbudapest/app/server"
	"beyondbudapest/tests/browser"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

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
		// take() skips the read when the question was not touched, so the
		// form is told it was (a focus event, which changes no answer):
		// the figure is the full read, the worst case.
		let early;
		Object.defineProperty(window, "bbEarly", {configurable: true, get() { return early; }, set(v) {
			const form = document.querySelector("form[data-early]");
			if (form) form.dispatchEvent(new FocusEvent("focusin"));
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
