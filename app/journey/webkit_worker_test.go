package journey

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestWebKitReloadDuringFirstInstall reloads at the worst moment, right
// after the app became ready on a first visit, when the service worker's
// first install has just begun. In WebKitGTK 2.50 that leaves the
// registration "installing" for the rest of the browser session in most
// tries on a loaded machine (WebKit bug 294391): the worker's own install
// timeout, unregister() and a new registration all wait behind it. The app
// cannot end it; it must not pretend either. Settings must end up saying
// one of two true things: the device has an offline copy (and a new load
// says so too), or saving it has stalled and what ends it. "Still being
// saved" for ever fails the test.
func TestWebKitReloadDuringFirstInstall(t *testing.T) {
	srv := serveAt(t, "127.0.0.1:0", appHandler(t, "", 0))
	g := eng{t, newWebKitEngine(t, 1280, 900)}
	g.open(srv.url() + "/settings")
	g.reload() // at once: boot.js registered the worker as the app started

	var state string
	g.eval(`navigator.serviceWorker.getRegistration().then(r => r ? (r.installing ? "installing" : r.waiting ? "waiting" : r.active ? r.active.state : "none") : "no registration")`, &state)
	t.Logf("webkit: right after the reload the registration is %s", state)

	// Settings asks every 2 s; boot.js calls an install stalled 75 s after
	// it was first seen installing (the worker's timeout and a margin).
	start := time.Now()
	shown := waitOfflineStatus(g, "Settings to report an offline copy or a stalled one", 150*time.Second, "ready", "stalled")
	t.Logf("webkit: Settings says %q %s after the reload", shown, time.Since(start).Round(time.Second))
	switch shown {
	case "stalled":
		if text := g.str(`document.getElementById("offline-status").textContent`); !strings.Contains(text, "close the browser completely") {
			t.Errorf("webkit: a stalled install reads %q, which does not say what ends it", text)
		}
		g.screenshot("webkit-desktop-settings-stalled")
	case "ready":
		waitEngineOfflineReady(g, srv.url())
		// Not the same address again: WebKit loads that as a reload that
		// bypasses the service worker.
		g.open(srv.url() + "/")
		g.open(srv.url() + "/settings")
		waitOfflineStatus(g, "Settings to report the offline copy on a new load", 10*time.Second, "ready")
		if text := g.str(`document.getElementById("offline-status").textContent`); text != offlineReadyText {
			t.Errorf("webkit: Settings says %q, want %q", text, offlineReadyText)
		}
		g.screenshot("webkit-desktop-settings")
	}
	g.assertNoConsoleErrors("after a reload during the first install")
}

// waitOfflineStatus waits until the Settings page shows one of the given
// offline states and returns it; if it never does, the failure shows what
// the page says and what the browser knows.
func waitOfflineStatus(g eng, what string, limit time.Duration, states ...string) string {
	g.t.Helper()
	const shown = `(document.getElementById("offline-status") || {dataset: {state: "no #offline-status"}}).dataset.state`
	deadline := time.Now().Add(limit)
	var state string
	for time.Now().Before(deadline) {
		if g.e.Eval(shown, &state) == nil && slices.Contains(states, state) {
			return state
		}
		time.Sleep(200 * time.Millisecond)
	}
	var seen any
	_ = g.e.Eval(`(async () => JSON.stringify({registration: await navigator.serviceWorker.getRegistration().then(r => r ? (r.installing ? "installing" : r.waiting ? "waiting" : r.active ? r.active.state : "none") : "none"), controller: !!navigator.serviceWorker.controller, caches: await caches.keys(), stalled: window.bbInstallStalled || false}))()`, &seen)
	g.t.Fatalf("%s: timed out after %s waiting for %s: Settings shows %q, want one of %q; the page sees %v", g.e.Name(), limit, what, state, states, seen)
	return ""
}

// offlineReadyText is what Settings says when the device has an offline copy.
const offlineReadyText = "This device has an offline copy of the app: it opens, and the quiz works, with no network."
