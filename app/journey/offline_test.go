package journey

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// liveServer is the app served on a fixed 127.0.0.1 address that a test
// can stop (a real network cut for the page and its service worker) and
// start again with another release on the same origin.
type liveServer struct {
	addr string
	srv  *http.Server
}

func serveAt(t *testing.T, addr string, h http.Handler) *liveServer {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listening on %s: %v", addr, err)
	}
	s := &liveServer{addr: ln.Addr().String(), srv: &http.Server{Handler: h}}
	go s.srv.Serve(ln)
	t.Cleanup(s.stop)
	return s
}

func (s *liveServer) url() string { return "http://" + s.addr }

// stop closes the listener and every connection: from now on nothing
// answers on this address.
func (s *liveServer) stop() { s.srv.Close() }

// appHandler builds the app's handler for one release.
func appHandler(t *testing.T, version string, updateEvery time.Duration) http.Handler {
	t.Helper()
	return appHandlerWith(t, func(c *server.Config) { c.Version, c.UpdateInterval = version, updateEvery })
}

// appHandlerWith serves the built app with the bundled lesson and what
// set changes in its configuration.
func appHandlerWith(t *testing.T, set func(*server.Config)) http.Handler {
	t.Helper()
	cfg := appConfig(t)
	set(&cfg)
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// waitForOfflineReady waits until the service worker controls the page
// and has finished installing, which happens only once every precached
// file is stored (the install waits for the precache). A browser retries a
// failed install at the next navigation, as a student's reload would; the
// test does the same after 40 s and says so, so a first install that keeps
// failing still fails the test.
func waitForOfflineReady(t *testing.T, ctx context.Context) {
	t.Helper()
	for attempt := 1; attempt <= 3; attempt++ {
		deadline := time.Now().Add(40 * time.Second)
		for time.Now().Before(deadline) {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(async () => {
				const c = navigator.serviceWorker && navigator.serviceWorker.controller;
				if (!c || c.state !== "activated") return false;
				return (await caches.keys()).some(k => k.startsWith("beyond-budapest-"));
			})()`, chromedp.EvalAwaitPromise))
			if err == nil && ok {
				if attempt > 1 {
					t.Logf("the service worker took control after %d reloads", attempt-1)
				}
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		state, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => {
			const r = await navigator.serviceWorker.getRegistration();
			if (!r) return "no registration";
			const w = r.installing || r.waiting || r.active;
			return "registration " + r.scope + ", worker " + (w ? w.state : "none") + ", caches " + (await caches.keys()).join(" ");
		})()`, chromedp.EvalAwaitPromise))
		t.Logf("attempt %d: no controlling worker yet (%s); reloading", attempt, state)
		reloadApp(t, ctx)
	}
	t.Fatal("the service worker never took control with a complete cache")
}

// assertNetworkDown proves the cut: a request that no cache holds fails.
func assertNetworkDown(t *testing.T, ctx context.Context) {
	t.Helper()
	failed, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`fetch("/web/app.css?network-probe").then(() => false, () => true)`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if !failed {
		t.Fatal("the network is still reachable: the offline test would prove nothing")
	}
}

// offlineJourney visits base once online, cuts the network with stop, and
// then uses every page offline: reload, explainer and an anchor, a deep
// link with a query string, and the whole quiz to its results.
func offlineJourney(t *testing.T, ctx context.Context, base string, stop func()) {
	t.Helper()
	_, l := lessonForJourney(t)
	openApp(t, ctx, base+"/")
	waitForOfflineReady(t, ctx)
	stop()
	assertNetworkDown(t, ctx)

	reloadApp(t, ctx)
	if got := text(t, ctx, "h1"); got != "Beyond Budapest" {
		t.Errorf("home offline shows %q", got)
	}
	for _, path := range []string{"/learn", "/learn#istanbul", "/quiz?utm_source=newsletter", "/results", "/?utm_source=pwa"} {
		openApp(t, ctx, base+path)
		if n := eval[int](t, ctx, `document.querySelectorAll("main h1").length`); n != 1 {
			t.Errorf("%s offline: the page has no heading", path)
		}
	}
	openApp(t, ctx, base+"/learn#istanbul")
	if !eval[bool](t, ctx, `!!document.getElementById("istanbul")`) {
		t.Error("the explainer anchor is missing offline")
	}

	openApp(t, ctx, base+"/quiz?utm_source=newsletter")
	for n := 1; n <= len(l.Questions); n++ {
		waitFor(t, ctx, fmt.Sprintf("question %d offline", n), fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question %d of %d"`, n, len(l.Questions)))
		assertFreshInputs(t, ctx, shownQuestion(t, ctx, l))
		takeQuestion(t, ctx, l, rightResponse)
	}
	waitFor(t, ctx, "results offline", `document.getElementById("score")`)
	if got, want := text(t, ctx, "#score"), fmt.Sprintf("%d of %d points", len(l.Questions), len(l.Questions)); !strings.HasPrefix(got, want) {
		t.Errorf("offline results show %q, want %q…; mistakes: %v", got, want, eval[[]string](t, ctx, `[...document.querySelectorAll("#mistakes > li")].map(e => e.id + ": " + e.textContent.slice(0, 300))`))
	}
}

func lessonForJourney(t *testing.T) (struct{}, *quiz.Lesson) {
	t.Helper()
	l, err := ui.Lesson()
	if err != nil {
		t.Fatal(err)
	}
	return struct{}{}, l
}

// TestOfflineAfterOneVisit: journey 1 against the live server.
func TestOfflineAfterOneVisit(t *testing.T) {
	s := serveAt(t, "127.0.0.1:0", appHandler(t, "", 0))
	ctx := newBrowser(t, 1280, 900)
	start := time.Now()
	offlineJourney(t, ctx, s.url(), s.stop)
	t.Logf("offline journey took %v", time.Since(start).Round(time.Millisecond))
}

// TestUpdateKeepsAnswersAndWaitsForTheStudent: journey 2. Release A runs
// mid-quiz; release B replaces it on the same origin; the app shows the
// notice without reloading by itself; Reload brings B with the answers
// given under A.
func TestUpdateKeepsAnswersAndWaitsForTheStudent(t *testing.T) {
	_, l := lessonForJourney(t)
	a := serveAt(t, "127.0.0.1:0", appHandler(t, "release-a", time.Second))
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, a.url()+"/quiz")
	waitForOfflineReady(t, ctx)
	// The first install must not look like an update.
	time.Sleep(2 * time.Second)
	if eval[bool](t, ctx, `!!document.getElementById("update-notice")`) {
		t.Fatal("the update notice appeared on the first visit, with no new release")
	}
	if got := text(t, ctx, "#app-version"); got != "release-a" {
		t.Fatalf("running version %q, want release-a", got)
	}
	for n := 1; n <= 2; n++ {
		waitFor(t, ctx, fmt.Sprintf("question %d", n), fmt.Sprintf(`document.getElementById("question-heading").textContent.startsWith("Question %d of")`, n))
		takeQuestion(t, ctx, l, rightResponse)
	}
	waitFor(t, ctx, "question 3", `document.getElementById("question-heading").textContent.startsWith("Question 3 of")`)
	do(t, ctx, "mark the page", chromedp.Evaluate[chromedp.Void](`window.stillTheSamePage = true`))

	a.stop()
	serveAt(t, a.addr, appHandler(t, "release-b", time.Second))
	waitFor(t, ctx, "the update notice", `document.getElementById("update-notice")`)
	if !eval[bool](t, ctx, `window.stillTheSamePage === true`) {
		t.Fatal("the app reloaded by itself mid-quiz")
	}
	if role := eval[string](t, ctx, `document.getElementById("update-area").getAttribute("role")`); role != "status" {
		t.Errorf("the update notice has role %q, want status", role)
	}
	screenshot(t, ctx, "desktop-update-notice")

	do(t, ctx, "reload into the update", chromedp.Click(chromedp.ID("reload")))
	waitFor(t, ctx, "release B", `document.getElementById("app-version") && document.getElementById("app-version").textContent === "release-b"`)
	waitFor(t, ctx, "question 3 after the update", `document.getElementById("question-heading") && document.getElementById("question-heading").textContent.startsWith("Question 3 of")`)
	if got := eval[int](t, ctx, `document.getElementById("quiz-progress").value`); got != 2 {
		t.Errorf("after the update %d answers remain, want 2", got)
	}
	caches, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`caches.keys()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if len(caches) != 1 || caches[0] != "beyond-budapest-release-b" {
		t.Errorf("caches after the update: %v, want only beyond-budapest-release-b", caches)
	}
}

// githubPagesLike serves a static folder under prefix the way GitHub Pages
// does: /prefix redirects to /prefix/, /prefix/learn serves learn.html,
// /prefix/uk/ serves uk/index.html, unknown paths get 404.html.
func githubPagesLike(dir, prefix string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == prefix {
			http.Redirect(w, r, prefix+"/", http.StatusMovedPermanently)
			return
		}
		rest, ok := strings.CutPrefix(r.URL.Path, prefix)
		if !ok {
			http.NotFound(w, r)
			return
		}
		name := filepath.Join(dir, filepath.FromSlash(rest))
		// A folder's address with a slash serves its index.html, as
		// /uk/ serves uk/index.html.
		if st, err := os.Stat(name); err != nil || st.IsDir() && !strings.HasSuffix(rest, "/") {
			if _, err := os.Stat(name + ".html"); err == nil {
				rest += ".html"
			} else if errors.Is(err, os.ErrNotExist) {
				w.WriteHeader(http.StatusNotFound)
				http.ServeFile(w, r, filepath.Join(dir, "404.html"))
				return
			}
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = rest
		files.ServeHTTP(w, r2)
	})
}

// TestStaticSiteUnderABasePathWorksOffline: journey 3, the make static
// output served by a plain static file server under /beyond-budapest/.
func TestStaticSiteUnderABasePathWorksOffline(t *testing.T) {
	cfg := appConfig(t)
	// app.wasm alone, as this journey has always published it: a static
	// host like GitHub Pages serves no pre-compressed copies.
	cfg.WasmBrotli, cfg.WasmGzip = nil, nil
	dir := t.TempDir()
	if err := server.Static(dir, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	s := serveAt(t, "127.0.0.1:0", githubPagesLike(dir, "/beyond-budapest"))
	ctx := newBrowser(t, 1280, 900)

	// In-app links keep the base path once the wasm runs.
	openApp(t, ctx, s.url()+"/beyond-budapest/")
	do(t, ctx, "follow the Explainer link", chromedp.Click(chromedp.CSS(`nav a[href$="/learn"]`)))
	waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
	if path := eval[string](t, ctx, `location.pathname`); path != "/beyond-budapest/learn" {
		t.Errorf("the in-app link went to %s, want /beyond-budapest/learn", path)
	}
	// The running app names each page, under the base path too.
	waitFor(t, ctx, "the explainer's title", `document.title === "Explainer · Beyond Budapest"`)
	if href := eval[string](t, ctx, `document.querySelector('a.button[href*="quiz"]').getAttribute("href")`); href != "/beyond-budapest/quiz" {
		t.Errorf("a link rendered by the running app is %q, want /beyond-budapest/quiz", href)
	}
	offlineJourney(t, ctx, s.url()+"/beyond-budapest", s.stop)
}

// TestInstallable: journey 4, Chromium's own installability and manifest
// checks report nothing.
func TestInstallable(t *testing.T) {
	s := serveAt(t, "127.0.0.1:0", appHandler(t, "", 0))
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, s.url()+"/")
	waitForOfflineReady(t, ctx)
	m, err := chromedp.Call(ctx, page.GetAppManifest, page.GetAppManifestParams{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range m.Errors {
		t.Errorf("manifest error: %s (line %d)", e.Message, e.Line)
	}
	if !strings.Contains(m.Data, `"maskable"`) || !strings.Contains(m.Data, "icon-192.png") {
		t.Errorf("manifest lacks the maskable or 192 px icon: %s", m.Data)
	}
	ie, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ie.InstallabilityErrors {
		t.Errorf("installability error: %s %v", e.ErrorID, e.ErrorArguments)
	}
}
