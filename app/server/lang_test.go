package server_test

import (
	"encoding/json"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

// alternatesFor is what each page's head must carry: links to the page at
// prefix in every language, English also as the default.
func alternatesFor(prefix, page string) []string {
	return []string{
		`<link rel="alternate" hreflang="en" href="` + prefix + page + `">`,
		`<link rel="alternate" hreflang="uk" href="` + prefix + ui.LangPath(ui.Ukrainian, page) + `">`,
		`<link rel="alternate" hreflang="x-default" href="` + prefix + page + `">`,
	}
}

// TestEveryPageNamesItsLanguageAndItsAlternates: each page, in each
// language, is served with <html lang> right, hreflang alternates before
// assets/boot.js (which follows them to the learner's language), the
// site's description and the loader's label in the page's language, and a language switch that
// keeps the page's settings but drops lang=. The LMS launch page, whose
// language is its lang=, has no alternates.
func TestEveryPageNamesItsLanguageAndItsAlternates(t *testing.T) {
	srv := newServer(t, []byte("w"))
	for _, l := range ui.Languages {
		for _, p := range ui.Pages {
			path := ui.LangPath(l.Code, p.Path)
			_, body := get(t, srv.URL+path)
			if !strings.Contains(body, `<html lang="`+l.Code+`"`) {
				t.Errorf("%s is not <html lang=%q>", path, l.Code)
			}
			for _, want := range alternatesFor("", p.Path) {
				i := strings.Index(body, want)
				if i < 0 {
					t.Errorf("%s lacks %s", path, want)
				} else if i > strings.Index(body, "<script>") {
					t.Errorf("%s: %s comes after the boot script, which needs it", path, want)
				}
			}
			if got := meta(body, "name", "description"); len(got) != 1 || got[0] != ui.DescriptionIn(l.Code) {
				t.Errorf("%s: description %q, want %q", path, got, ui.DescriptionIn(l.Code))
			}
			if want := ">" + strings.ReplaceAll(ui.LoadingLabelIn(l.Code), "{progress}", "0") + "</p>"; !strings.Contains(body, want) {
				t.Errorf("%s: the loader's label is not %s", path, want)
			}
			if got := meta(body, "property", "og:description"); len(got) != 1 || got[0] != ui.DescriptionIn(l.Code) {
				t.Errorf("%s: og:description %q, want %q", path, got, ui.DescriptionIn(l.Code))
			}
		}
	}
	if ui.DescriptionIn(ui.Ukrainian) == ui.DescriptionIn(ui.English) || ui.LoadingLabelIn(ui.Ukrainian) == ui.LoadingLabelIn(ui.English) {
		t.Error("the Ukrainian description or loading label is the English one")
	}
	_, appJS := get(t, srv.URL+"/app.js")
	if want := `"uk":"` + ui.LoadingLabelIn(ui.Ukrainian) + `"`; !strings.Contains(appJS, want) || !strings.Contains(appJS, "bbLoadingLabel(document.documentElement.lang)") {
		t.Errorf("app.js does not take the loader's label in the page's language (%s)", want)
	}
	if msg, retry := ui.WasmFailedIn(ui.Ukrainian); !strings.Contains(appJS, msg) || !strings.Contains(appJS, retry) || !strings.Contains(appJS, "bbFailedWords(document.documentElement.lang)") {
		t.Errorf("app.js does not say in Ukrainian that the quiz could not start (%s / %s)", msg, retry)
	}

	_, body := get(t, srv.URL+"/learn?pass=80&lang=en")
	if want := `href="/uk/learn?pass=80"`; !strings.Contains(body, want) {
		t.Errorf("the switch on /learn?pass=80&lang=en does not link to %s", want)
	}
	for _, want := range []string{`hreflang="uk"`, `lang="uk"`, `data-bb-lang="uk"`, ">Українська</a>"} {
		if !strings.Contains(body, want) {
			t.Errorf("the switch on /learn lacks %s", want)
		}
	}
	_, body = get(t, srv.URL+"/uk/quiz?pass=80")
	if want := `href="/quiz?pass=80"`; !strings.Contains(body, want) || !strings.Contains(body, ">English</a>") {
		t.Errorf("the switch on /uk/quiz?pass=80 does not link to %s, named English", want)
	}

	_, body = get(t, srv.URL+ui.LMSLaunch+"?lang=uk")
	if strings.Contains(body, `<link rel="alternate"`) {
		t.Errorf("the LMS launch page links to alternates, which boot.js could follow out of the package")
	}
}

// TestPrecacheHoldsEveryPageInEveryLanguage: one visit in any language
// makes every page work offline in both.
func TestPrecacheHoldsEveryPageInEveryLanguage(t *testing.T) {
	srv := newServer(t, []byte("w"))
	_, worker := get(t, srv.URL+"/app-worker.js")
	for _, l := range ui.Languages {
		for _, p := range ui.Pages {
			if path := ui.LangPath(l.Code, p.Path); !strings.Contains(worker, `"`+path+`"`) {
				t.Errorf("the service worker does not precache %s", path)
			}
		}
	}
}

// TestStaticSiteHasBothLanguages: make static writes every page in each
// language, under the base path, with <html lang>, prefixed alternates,
// the Ukrainian start page at uk/ (uk/index.html), and a precache list
// with every Ukrainian page under the base path.
func TestStaticSiteHasBothLanguages(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, []byte("\x00asm"))
	ui.SetLang(ui.English)
	if err := server.Static(dir, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	if ui.Lang() != ui.English {
		t.Errorf("after make static, pages render in %q: the last page's language stayed", ui.Lang())
	}
	files := map[string]string{
		"learn.html":         "/learn",
		"uk/learn.html":      "/learn",
		"uk/quiz.html":       "/quiz",
		"uk/index.html":      "/",
		"uk.html":            "/",
		"uk/embed.html":      "/embed",
		"index.html":         "/",
		"uk/answer-key.html": "/answer-key",
	}
	for file, page := range files {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(file)))
		if err != nil {
			t.Errorf("make static did not write %s: %v", file, err)
			continue
		}
		body := string(b)
		lang := ui.English
		if strings.HasPrefix(file, "uk") {
			lang = ui.Ukrainian
		}
		if !strings.Contains(body, `<html lang="`+lang+`"`) {
			t.Errorf("%s is not <html lang=%q>", file, lang)
		}
		for _, want := range alternatesFor("/beyond-budapest", page) {
			if !strings.Contains(body, want) {
				t.Errorf("%s lacks %s", file, want)
			}
		}
	}
	worker := read(t, dir, "app-worker.js")
	for _, want := range []string{`"/beyond-budapest/uk/"`, `"/beyond-budapest/uk/learn"`, `"/beyond-budapest/uk/quiz"`, `"/beyond-budapest/uk/manifest.webmanifest"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("the static service worker does not precache %s", want)
		}
	}
	checkManifest(t, "static uk/manifest.webmanifest", read(t, dir, "uk/manifest.webmanifest"), "/beyond-budapest/uk/", "/beyond-budapest")
	if page := read(t, dir, "uk/learn.html"); !strings.Contains(page, `href="/beyond-budapest/uk/manifest.webmanifest"`) {
		t.Error("the static uk/learn.html does not link to the Ukrainian manifest under the base path")
	}
	if page := read(t, dir, "learn.html"); !strings.Contains(page, `href="/beyond-budapest/manifest.webmanifest"`) {
		t.Error("the static learn.html does not link to the English manifest under the base path")
	}
}

// checkManifest checks a Ukrainian web manifest: its language, its
// description in Ukrainian, its start at the Ukrainian start page, and
// the English one's id (one app in either language).
func checkManifest(t *testing.T, name, body, start, id string) {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if m["lang"] != "uk" || m["description"] != ui.DescriptionIn(ui.Ukrainian) || m["start_url"] != start || m["id"] != id || m["name"] == "" {
		t.Errorf("%s: lang %v, description %v, start_url %v, id %v; want uk, the Ukrainian description, %s, %s", name, m["lang"], m["description"], m["start_url"], m["id"], start, id)
	}
}

// TestEachLanguageHasItsManifest: /uk/ pages link to a manifest in
// Ukrainian, which the service worker precaches, so that the app installed
// from a Ukrainian page is described in Ukrainian and opens in Ukrainian.
func TestEachLanguageHasItsManifest(t *testing.T) {
	srv := newServer(t, []byte("w"))
	resp, body := get(t, srv.URL+"/uk/manifest.webmanifest")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/manifest+json") {
		t.Fatalf("/uk/manifest.webmanifest: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	checkManifest(t, "/uk/manifest.webmanifest", body, "/uk/", "/")
	if _, page := get(t, srv.URL+"/uk/learn"); !strings.Contains(page, `href="/uk/manifest.webmanifest"`) {
		t.Error("/uk/learn does not link to the Ukrainian manifest")
	}
	if _, page := get(t, srv.URL+"/learn"); !strings.Contains(page, `href="/manifest.webmanifest"`) {
		t.Error("/learn does not link to the English manifest")
	}
	if _, worker := get(t, srv.URL+"/app-worker.js"); !strings.Contains(worker, `"/uk/manifest.webmanifest"`) {
		t.Error("the service worker does not precache the Ukrainian manifest")
	}
}

// englishWords are words that only English text has: a Ukrainian page
// that shows one still has an untranslated string.
var englishWords = regexp.MustCompile(`\b(?i:the|and|your|you|this|with|for|not|are|was|were|what|which|from|question|answer|quiz|results)\b`)

// TestUkrainianPagesHaveNoEnglishLeft renders every page at its /uk/
// address and looks for English in what a reader sees or hears: the
// text, and the labels, titles and placeholders of elements. Code a
// teacher copies (the snippet) is not text.
func TestUkrainianPagesHaveNoEnglishLeft(t *testing.T) {
	srv := newServer(t, []byte("w"))
	hidden := regexp.MustCompile(`(?s)<head>.*?</head>|<script.*?</script>|<style.*?</style>|<textarea.*?</textarea>|<pre.*?</pre>|<code.*?</code>`)
	attr := regexp.MustCompile(`(?:aria-label|title|placeholder|alt)="([^"]*)"`)
	tag := regexp.MustCompile(`<[^>]+>`)
	for _, p := range ui.Pages {
		path := ui.LangPath(ui.Ukrainian, p.Path)
		_, body := get(t, srv.URL+path)
		body = hidden.ReplaceAllString(body, " ")
		seen := tag.ReplaceAllString(body, " ")
		for _, m := range attr.FindAllStringSubmatch(body, -1) {
			seen += " " + m[1]
		}
		seen = html.UnescapeString(seen)
		for _, loc := range englishWords.FindAllStringIndex(seen, 5) {
			from, to := max(loc[0]-40, 0), min(loc[1]+40, len(seen))
			t.Errorf("%s shows English: …%s…", path, strings.Join(strings.Fields(strings.ToValidUTF8(seen[from:to], "")), " "))
		}
	}
}

// TestLMSLaunchPageIsPrerenderedInEnglish: a SCORM package's launch page
// is prerendered in English whatever page was rendered before it (the
// package's lang= sets the language in the browser); it once took the
// language of the last Ukrainian page, and showed a Ukrainian loader in an
// English package.
func TestLMSLaunchPageIsPrerenderedInEnglish(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, []byte("\x00asm"))
	defer ui.SetLang(ui.SetLang(ui.Ukrainian))
	if err := server.Relocatable(dir, cfg); err != nil {
		t.Fatal(err)
	}
	page := read(t, dir, strings.TrimPrefix(ui.LMSLaunch, "/"))
	if !strings.Contains(page, `<html lang="en"`) || !strings.Contains(page, ">"+strings.ReplaceAll(ui.LoadingLabelIn(ui.English), "{progress}", "0")+"<") {
		t.Errorf("the launch page is not in English:\n%.600s", page)
	}
}
