package journey

import (
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLessonIsReadableWhileTheWasmLoads holds back app.wasm and looks at
// the page meanwhile: the prerendered lesson must be visible, with only a
// slim progress bar instead of go-app's full-screen loader.
func TestLessonIsReadableWhileTheWasmLoads(t *testing.T) {
	release := make(chan struct{})
	inner := appHandler(t, "", 0)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		inner.ServeHTTP(w, r)
	})
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
	close(release)
	do(t, ctx, "wait for the app", waitReady())
	if eval[bool](t, ctx, `!!document.getElementById("app-wasm-loader")`) {
		t.Error("the loader is still there after the app started")
	}
}
