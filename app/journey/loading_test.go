package journey

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestLessonIsReadableWhileTheWasmLoads holds back app.wasm and looks at
// the page meanwhile: the prerendered lesson must be visible, with only a
// slim progress bar instead of go-app's full-screen loader.
func TestLessonIsReadableWhileTheWasmLoads(t *testing.T) {
	gate, h := gateWasm(appHandler(t, "", 0), true)
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 360, 740)
	do(t, ctx, "open the explainer", chromedp.Navigate(s.url()+"/learn"))
	waitFor(t, ctx, "the loader", `document.getElementById("app-wasm-loader")`)

	// The heading is what a person sees at its centre, not the loader.
	if !eval[bool](t, ctx, `(() => {
		const h = document.querySelector("main h1"), r = h.getBoundingClientRect();
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return h.contains(top);
	})()`) {
		t.Error("the lesson heading is covered while the wasm loads")
	}
	if share := eval[float64](t, ctx, `document.getElementById("app-wasm-loader").getBoundingClientRect().height / window.innerHeight`); share > 0.12 {
		t.Errorf("the loader covers %.0f%% of the screen, want a slim bar", share*100)
	}
	if eval[bool](t, ctx, `!!document.getElementById("app-ready")`) {
		t.Fatal("the app ran although app.wasm was held back")
	}
	screenshot(t, ctx, "phone-loading")
	gate.open()
	do(t, ctx, "wait for the app", waitReady())
	if eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
		t.Error("the loader is still there after the app started")
	}
}

// TestColdVisitGivesTheWasmTheBandwidth: the page preloads app.wasm, and
// the service worker is registered only once the app runs, so its precache
// (every page, the icons) does not compete with the one download the
// student is waiting for, and it revalidates the page's copy of app.wasm
// (304) instead of downloading it again.
func TestColdVisitGivesTheWasmTheBandwidth(t *testing.T) {
	var mu sync.Mutex
	var full int
	var wasmDone, precacheStart time.Time
	inner := appHandler(t, "", 0)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/timeline":
			mu.Lock()
			if precacheStart.IsZero() {
				precacheStart = time.Now()
			}
			mu.Unlock()
		case strings.HasSuffix(r.URL.Path, "/app.wasm"):
			// A slow network: the first copy takes a while to arrive.
			if r.Header.Get("If-None-Match") == "" {
				time.Sleep(time.Second)
			}
			rec := &statusRecorder{ResponseWriter: w}
			inner.ServeHTTP(rec, r)
			mu.Lock()
			if rec.status == http.StatusOK || rec.status == 0 {
				full++
				wasmDone = time.Now()
			}
			mu.Unlock()
			return
		}
		inner.ServeHTTP(w, r)
	})
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, s.url()+"/quiz")
	if n := eval[int](t, ctx, `document.querySelectorAll('link[rel="preload"][href$="/web/app.wasm"]').length`); n != 1 {
		t.Errorf("%d preload links for app.wasm, want 1", n)
	}
	waitForOfflineReady(t, ctx)
	mu.Lock()
	defer mu.Unlock()
	if full != 1 {
		t.Errorf("app.wasm was downloaded in full %d times on a first visit, want once", full)
	}
	if precacheStart.IsZero() || precacheStart.Before(wasmDone) {
		t.Errorf("the worker's precache started %v before app.wasm had arrived", wasmDone.Sub(precacheStart))
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}
