package journey

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"github.com/chromedp/chromedp"
)

// TestSCORMPackageInUkrainian: a package made with lang=uk, launched as an
// LMS launches it (the manifest's parameters on the launch address), runs
// in Ukrainian without a notice about the setting, and stays Ukrainian
// across the app's own pages and a reload, whose address keeps the page
// in bbpage= (/uk/learn).
func TestSCORMPackageInUkrainian(t *testing.T) {
	l := appConfig(t).Lesson
	root := t.TempDir()
	content := filepath.Join(root, filepath.FromSlash(lmsContent))
	unzip(t, scormPackage(t, l, report.SCORM12, "lang=uk&pass=70"), content)
	mux := http.NewServeMux()
	mux.Handle(lmsContent, http.StripPrefix(lmsContent, http.FileServer(http.Dir(content))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := newBrowser(t, 400, 800)
	openApp(t, ctx, srv.URL+lmsContent+server.SCORMLaunch+"?lang=uk&pass=70")

	// No LMS here: the notice says so, in Ukrainian, and nothing else.
	waitFor(t, ctx, "the Ukrainian notice", `document.querySelector(".notice") && document.querySelector(".notice").innerText.includes("Жодна навчальна платформа не відповіла")`)
	if notice := eval[string](t, ctx, `document.querySelector(".notice").innerText`); strings.Contains(notice, "Не враховано") || strings.Contains(notice, "Ignored") {
		t.Errorf("lang=uk was taken for a setting the quiz cannot use: %s", notice)
	}
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "uk" {
		t.Errorf("the package's quiz is in %q, want uk", lang)
	}

	do(t, ctx, "open the explainer", chromedp.Click(chromedp.CSS(`nav a[href$="/learn"]`)))
	waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
	if page := eval[string](t, ctx, `new URLSearchParams(location.search).get("bbpage") || ""`); page != "/uk/learn" {
		t.Errorf("the explainer is at bbpage=%q, want /uk/learn", page)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the explainer after a reload", `document.querySelector(".more-links")`)
	if lang := eval[string](t, ctx, `document.documentElement.lang`); lang != "uk" {
		t.Errorf("after a reload the explainer is in %q, want uk", lang)
	}
}
