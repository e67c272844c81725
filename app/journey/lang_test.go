package journey

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"beyondbudapest/app/report"
	"beyondbudapest/app/server"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// documentLoads records every page the tab loads: its path, what started
// the load ("script" for location.replace in assets/boot.js) and whether
// the browser painted any of its content.
type documentLoads struct {
	mu    sync.Mutex
	loads []*documentLoad
}

type documentLoad struct {
	loader    cdp.LoaderID
	path      string
	initiator network.InitiatorType
	painted   bool // firstContentfulPaint
}

func watchDocumentLoads(t *testing.T, ctx context.Context) *documentLoads {
	t.Helper()
	d := &documentLoads{}
	err := chromedp.Listen(ctx, func(ev any) {
		d.mu.Lock()
		defer d.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if ev.Type != network.ResourceTypeDocument {
				return
			}
			u, _ := url.Parse(ev.Request.URL)
			load := &documentLoad{loader: ev.LoaderID, path: u.Path}
			if ev.Initiator != nil {
				load.initiator = ev.Initiator.Type
			}
			d.loads = append(d.loads, load)
		case *page.EventLifecycleEvent:
			if ev.Name != "firstContentfulPaint" {
				return
			}
			for _, l := range d.loads {
				if l.loader == ev.LoaderID {
					l.painted = true
				}
			}
		}
	})
	if err != nil {
		t.Fatalf("listening to page loads: %v", err)
	}
	return d
}

// since returns the loads from the n-th on.
func (d *documentLoads) since(n int) []documentLoad {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []documentLoad
	for _, l := range d.loads[n:] {
		out = append(out, *l)
	}
	return out
}

func (d *documentLoads) count() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.loads)
}

// switchLanguage follows the language switch to code and waits for the
// page at path to run, checking that it was a page load of its own (not
// go-app's in-app navigation, which would keep the old language's words).
func switchLanguage(t *testing.T, ctx context.Context, code, path string) {
	t.Helper()
	do(t, ctx, "mark the page", chromedp.Evaluate[chromedp.Void](`window.beforeTheSwitch = true`))
	sel := fmt.Sprintf(`a[data-bb-lang=%q]`, code)
	if got := eval[string](t, ctx, `document.querySelector('`+sel+`').getAttribute("hreflang")`); got != code {
		t.Errorf("the switch to %s has hreflang %q", code, got)
	}
	do(t, ctx, "follow the switch to "+code, chromedp.Click(chromedp.CSS(sel)))
	waitFor(t, ctx, path+" loaded afresh", fmt.Sprintf(`location.pathname === %q && !window.beforeTheSwitch && document.getElementById("app-ready")`, path))
	if got := eval[string](t, ctx, `document.documentElement.lang`); got != code {
		t.Errorf("%s is <html lang=%q>, want %q", path, got, code)
	}
	if got := eval[string](t, ctx, `localStorage.getItem("beyond-budapest/lang/v1")`); got != `"`+code+`"` {
		t.Errorf("after the switch the device keeps the language %s, want %q", got, code)
	}
}

// TestLanguageSwitchIsRememberedBeforeFirstPaint: the switch on /learn
// leads to /uk/learn and is remembered: /quiz opened later lands on
// /uk/quiz, sent there by boot.js before any of the English page was
// painted; switching back to English works the same way.
func TestLanguageSwitchIsRememberedBeforeFirstPaint(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	loads := watchDocumentLoads(t, ctx)
	openApp(t, ctx, srv.URL+"/learn#istanbul")
	if got := text(t, ctx, `a[data-bb-lang="uk"]`); got != "Українська" {
		t.Errorf("the switch names Ukrainian %q, want it in Ukrainian", got)
	}
	switchLanguage(t, ctx, "uk", "/uk/learn")
	if got := eval[string](t, ctx, `location.hash`); got != "#istanbul" {
		t.Errorf("the switch lost the page's place: hash %q, want #istanbul", got)
	}

	n := loads.count()
	openApp(t, ctx, srv.URL+"/quiz")
	if got := eval[string](t, ctx, `location.pathname`); got != "/uk/quiz" {
		t.Fatalf("/quiz opened at %s, want /uk/quiz (the language chosen on this device)", got)
	}
	got := loads.since(n)
	if len(got) != 2 || got[0].path != "/quiz" || got[1].path != "/uk/quiz" {
		t.Fatalf("opening /quiz loaded %+v, want /quiz then /uk/quiz", got)
	}
	if got[1].initiator != network.InitiatorTypeScript {
		t.Errorf("/uk/quiz was loaded by %q, want the boot script", got[1].initiator)
	}
	if got[0].painted {
		t.Error("the English /quiz was painted before the boot script sent the browser to /uk/quiz")
	}
	if !got[1].painted {
		t.Error("no paint was seen for /uk/quiz, so the check for an English paint proves nothing")
	}

	switchLanguage(t, ctx, "en", "/quiz")
	openApp(t, ctx, srv.URL+"/learn")
	if got := eval[string](t, ctx, `location.pathname + " " + document.documentElement.lang`); got != "/learn en" {
		t.Errorf("after switching back, /learn opened as %q", got)
	}
	// A link's lang= wins over the device's choice, without changing it.
	openApp(t, ctx, srv.URL+"/learn?lang=uk")
	if got := eval[string](t, ctx, `location.pathname + location.search`); got != "/uk/learn?lang=uk" {
		t.Errorf("/learn?lang=uk opened as %q, want /uk/learn?lang=uk", got)
	}
	if got := eval[string](t, ctx, `localStorage.getItem("beyond-budapest/lang/v1")`); got != `"en"` {
		t.Errorf("a link's lang= changed the device's language to %s", got)
	}
}

// TestSwitchingLanguageMidQuizKeepsAnswers: two answers given in English
// are there in Ukrainian, with the same question next: progress is kept
// by question id, which the Ukrainian lesson shares.
func TestSwitchingLanguageMidQuizKeepsAnswers(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/quiz")
	for n := 1; n <= 2; n++ {
		takeQuestion(t, ctx, l, rightResponse)
	}
	waitFor(t, ctx, "two answers", `document.getElementById("quiz-progress").value === 2`)
	next := shownQuestion(t, ctx, l).ID

	switchLanguage(t, ctx, "uk", "/uk/quiz")
	waitFor(t, ctx, "the quiz in Ukrainian", `document.querySelector("fieldset[data-question]")`)
	// Waited for, not read at once: the page shows the question the
	// progress resumes at once the app has read it.
	waitFor(t, ctx, "the two answers kept in Ukrainian", `document.getElementById("quiz-progress").value === 2`)
	waitFor(t, ctx, "the question where the English left off ("+next+")", fmt.Sprintf(`document.querySelector("fieldset[data-question]").dataset.question === %q`, next))
	if title := eval[string](t, ctx, `document.title`); strings.HasPrefix(title, "Quiz ") {
		t.Errorf("the Ukrainian quiz is titled %q", title)
	}
}

// TestUkrainianPagesWorkOfflineAfterOneVisit: one visit to /uk/ is enough
// for every Ukrainian page, and the English ones, to load offline.
func TestUkrainianPagesWorkOfflineAfterOneVisit(t *testing.T) {
	s := serveAt(t, "127.0.0.1:0", appHandler(t, "", 0))
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, s.url()+"/uk/")
	waitForOfflineReady(t, ctx)
	s.stop()
	assertNetworkDown(t, ctx)

	reloadApp(t, ctx)
	for _, path := range []string{"/uk/", "/uk/learn", "/uk/quiz?utm_source=newsletter", "/uk/timeline", "/learn"} {
		openApp(t, ctx, s.url()+path)
		want := "uk"
		if !strings.HasPrefix(path, "/uk/") {
			want = "en"
		}
		if got := eval[string](t, ctx, `document.documentElement.lang`); got != want {
			t.Errorf("%s offline is <html lang=%q>, want %q", path, got, want)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("main h1").length`); n != 1 {
			t.Errorf("%s offline: the page has no heading", path)
		}
	}
}

// TestSCORMPackageKeepsItsLanguage: a package launched with lang=uk stays
// in Ukrainian from page to page and over a reload: assets/lms.js keeps
// lang= in every address it folds into the launch page, and the launch
// page routes bbpage=/uk/learn to the explainer. It has no language
// switch (the LMS serves the launch page alone) and boot.js leaves it be.
func TestSCORMPackageKeepsItsLanguage(t *testing.T) {
	l := appConfig(t).Lesson
	content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
	unzip(t, scormPackage(t, l, report.SCORM12, "pass=70"), content)
	mux := http.NewServeMux()
	mux.Handle(lmsContent, http.StripPrefix(lmsContent, http.FileServer(http.Dir(content))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := newBrowser(t, 1000, 800)
	launch := srv.URL + lmsContent + server.SCORMLaunch
	// A device that chose English must not take the package out of its
	// language.
	openApp(t, ctx, launch+"?pass=70&lang=uk")
	do(t, ctx, "choose English on this device", chromedp.Evaluate[chromedp.Void](`localStorage.setItem("beyond-budapest/lang/v1", '"en"')`))
	reloadApp(t, ctx)
	if got := eval[string](t, ctx, `document.documentElement.lang`); got != "uk" {
		t.Fatalf("the package launched with lang=uk is <html lang=%q>", got)
	}
	if eval[bool](t, ctx, `!!document.querySelector("a[data-bb-lang]")`) {
		t.Error("the package shows a language switch, which would lead to addresses the LMS cannot serve")
	}
	do(t, ctx, "open the explainer", chromedp.Click(chromedp.CSS(`nav a[href$="/learn"]`)))
	waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
	q := eval[string](t, ctx, `location.pathname + " " + new URLSearchParams(location.search).get("lang") + " " + new URLSearchParams(location.search).get("bbpage")`)
	if want := lmsContent + server.SCORMLaunch + " uk /uk/learn"; q != want {
		t.Errorf("the explainer's address is %q, want %q", q, want)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the explainer after a reload", `document.querySelector(".more-links")`)
	if got := eval[string](t, ctx, `document.documentElement.lang + " " + document.title`); !strings.HasPrefix(got, "uk Пояснення") {
		t.Errorf("after a reload the explainer is %q, want it in Ukrainian", got)
	}
}

// TestStaticSiteInBothLanguagesUnderABasePath: the make static output
// under /beyond-budapest/ switches language within the base path, sends a
// later English address to the chosen language there, and serves the
// Ukrainian pages offline after one visit.
func TestStaticSiteInBothLanguagesUnderABasePath(t *testing.T) {
	cfg := appConfig(t)
	cfg.WasmBrotli, cfg.WasmGzip = nil, nil
	dir := t.TempDir()
	if err := server.Static(dir, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	s := serveAt(t, "127.0.0.1:0", githubPagesLike(dir, "/beyond-budapest"))
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, s.url()+"/beyond-budapest/learn")
	switchLanguage(t, ctx, "uk", "/beyond-budapest/uk/learn")
	openApp(t, ctx, s.url()+"/beyond-budapest/quiz")
	if got := eval[string](t, ctx, `location.pathname`); got != "/beyond-budapest/uk/quiz" {
		t.Errorf("/beyond-budapest/quiz opened at %s, want /beyond-budapest/uk/quiz", got)
	}
	waitForOfflineReady(t, ctx)
	s.stop()
	assertNetworkDown(t, ctx)
	for _, path := range []string{"/beyond-budapest/uk/", "/beyond-budapest/uk/learn", "/beyond-budapest/uk/timeline"} {
		openApp(t, ctx, s.url()+path)
		if got := eval[string](t, ctx, `location.pathname + " " + document.documentElement.lang`); got != path+" uk" {
			t.Errorf("%s offline is %q", path, got)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("main h1").length`); n != 1 {
			t.Errorf("%s offline: the page has no heading", path)
		}
	}
}

// TestLanguageSwitchWorksBeforeTheAppRuns: while app.wasm is still on its
// way, the prerendered switch is an ordinary link, and boot.js remembers
// the choice, so a device that chose English before is not sent back to
// English from /uk/learn.
func TestLanguageSwitchWorksBeforeTheAppRuns(t *testing.T) {
	gate, h := gateWasm(appHandler(t, "", 0), true)
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 1280, 900)
	do(t, ctx, "open /learn without the app", chromedp.Navigate(s.url()+"/learn"))
	do(t, ctx, "choose English on this device", chromedp.Evaluate[chromedp.Void](`localStorage.setItem("beyond-budapest/lang/v1", '"en"')`))
	do(t, ctx, "open /learn again", chromedp.Navigate(s.url()+"/learn?from=test#istanbul"))
	if eval[bool](t, ctx, `!!document.getElementById("app-ready")`) {
		t.Fatal("the app runs although app.wasm is held back")
	}
	do(t, ctx, "follow the prerendered switch", chromedp.Click(chromedp.CSS(`a[data-bb-lang="uk"]`)))
	waitFor(t, ctx, "/uk/learn", `location.pathname + location.search === "/uk/learn?from=test" && document.readyState !== "loading" && document.documentElement.lang === "uk"`)
	if got := eval[string](t, ctx, `localStorage.getItem("beyond-budapest/lang/v1")`); got != `"uk"` {
		t.Errorf("before the app ran, the switch left the device's language at %s", got)
	}
	if got := eval[string](t, ctx, `location.hash`); got != "#istanbul" {
		t.Errorf("the switch lost the page's place: hash %q", got)
	}
	gate.open()
	waitFor(t, ctx, "the app", `document.getElementById("app-ready")`)
	if got := eval[string](t, ctx, `location.pathname`); got != "/uk/learn" {
		t.Errorf("the app runs at %s, want /uk/learn", got)
	}
}
