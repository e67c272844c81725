package journey

import (
	"testing"
	"time"
)

// TestWebKitReloadDuringFirstInstallRecovers reloads at the worst moment,
// right after the app became ready on a first visit, when the service
// worker's first install has just begun. In WebKitGTK 2.50 that left the
// registration "installing" for the rest of the browser session in 7 of
// 10 tries (WebKit bug 294391). The next load must still end with an
// activated worker and a complete cache, with no further reload, and the
// Settings page must then say that the device has an offline copy.
func TestWebKitReloadDuringFirstInstallRecovers(t *testing.T) {
	srv := serveAt(t, "127.0.0.1:0", appHandler(t, "", 0))
	g := eng{t, newWebKitEngine(t, 1280, 900)}
	g.open(srv.url() + "/settings")
	g.reload() // at once: boot.js registered the worker as the app started

	var state string
	g.eval(`navigator.serviceWorker.getRegistration().then(r => r ? (r.installing ? "installing" : r.waiting ? "waiting" : r.active ? r.active.state : "none") : "no registration")`, &state)
	t.Logf("webkit: right after the reload the registration is %s", state)
	start := time.Now()
	waitEngineOfflineReady(g, srv.url())
	var recovered any
	g.eval(`window.bbWorkerRecovered || false`, &recovered)
	t.Logf("webkit: activated with a complete cache %s after the reload; re-registered by the app: %v", time.Since(start).Round(time.Second), recovered)

	// The Settings page of this load checks again while the copy is being
	// saved; a later load reads it at once. (Not the same address again:
	// WebKit loads that as a reload that bypasses the service worker.)
	g.waitFor("Settings to report the offline copy", `document.getElementById("offline-status").dataset.state === "ready"`, 10*time.Second)
	g.open(srv.url() + "/")
	g.open(srv.url() + "/settings")
	g.waitFor("Settings to report the offline copy on a new load", `document.getElementById("offline-status").dataset.state === "ready"`, 10*time.Second)
	if got := g.str(`document.getElementById("offline-status").textContent`); got != offlineReadyText {
		t.Errorf("webkit: Settings says %q, want %q", got, offlineReadyText)
	}
	g.screenshot("webkit-desktop-settings")
	g.assertNoConsoleErrors("during the recovery")
}

// offlineReadyText is what Settings says when the device has an offline copy.
const offlineReadyText = "This device has an offline copy of the app: it opens, and the quiz works, with no network."
