package journey

import (
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"beyondbudapest/app/server"
)

// TestStuckWorkerInstallGivesUpAndStartsAgain makes the first install hang:
// the server never answers the worker's first precache request for
// app.wasm, as a connection that stalls without failing would. The worker
// must give up after its install timeout (here 8 s), abort the request,
// and the next page load must end with an activated worker and a complete
// cache. Without the timeout the install waits for ever and the test
// fails.
func TestStuckWorkerInstallGivesUpAndStartsAgain(t *testing.T) {
	const timeout = 8 * time.Second
	inner := appHandlerWith(t, func(c *server.Config) { c.InstallTimeout = timeout })
	var mu sync.Mutex
	held := false
	aborted := make(chan time.Time, 1)
	release := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The worker's own requests name its script as referrer; the
		// page's download of app.wasm goes through.
		mu.Lock()
		hold := !held && strings.HasSuffix(r.URL.Path, "/app.wasm") && strings.HasSuffix(r.Referer(), "/app-worker.js")
		held = held || hold
		mu.Unlock()
		if hold {
			select {
			case <-r.Context().Done():
				aborted <- time.Now()
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
	start := time.Now()
	select {
	case at := <-aborted:
		t.Logf("the worker gave up its held request %s after the install started (timeout %s)", at.Sub(start).Round(time.Second), timeout)
	case <-time.After(timeout + 30*time.Second):
		t.Fatalf("the worker still waits for app.wasm %s after its install started; its timeout is %s", time.Since(start).Round(time.Second), timeout)
	}
	g.waitFor("the failed install to leave no registration behind", `navigator.serviceWorker.getRegistration().then(r => !r || !r.installing)`, 10*time.Second)
	g.open(srv.url() + "/learn") // the next visit registers again
	waitEngineOfflineReady(g, srv.url())
	g.assertNoConsoleErrors("during the recovery")
}
