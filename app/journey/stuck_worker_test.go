package journey

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestStuckWorkerInstallIsRegisteredAgain makes a first install hang for
// good, as WebKit bug 294391 does after a reload at the wrong moment: the
// server never answers the worker's precache request for app.wasm. A
// later page load must notice the registration stuck in "installing",
// register the worker again, and end with an activated worker and a
// complete cache. Only requests made after the app gave up on the stuck
// install are answered, so without the recovery the test fails.
func TestStuckWorkerInstallIsRegisteredAgain(t *testing.T) {
	inner := appHandler(t, "", 0)
	var mu sync.Mutex
	hold := true
	release := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		// The worker's own requests name its script as referrer; the
		// page's download of app.wasm goes through.
		held := hold && strings.HasSuffix(r.URL.Path, "/app.wasm") && strings.HasSuffix(r.Referer(), "/app-worker.js")
		mu.Unlock()
		if held {
			select {
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		inner.ServeHTTP(w, r)
	})
	srv := serveAt(t, "127.0.0.1:0", h)
	t.Cleanup(func() { close(release) })
	g := eng{t, newChromiumEngine(t, 1280, 900)}

	g.open(srv.url() + "/")
	g.waitFor("the first install to start", `navigator.serviceWorker.getRegistration().then(r => !!(r && r.installing))`, 30*time.Second)
	g.reload()
	start := time.Now()
	g.waitFor("the app to give up on the stuck install and register again", `window.bbWorkerRecovered`, 60*time.Second)
	t.Logf("the app registered the worker again %s after the reload", time.Since(start).Round(time.Second))
	mu.Lock()
	hold = false
	mu.Unlock()
	waitEngineOfflineReady(g, srv.url())
	g.assertNoConsoleErrors("during the recovery")
}
