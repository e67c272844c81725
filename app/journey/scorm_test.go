package journey

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"github.com/chromedp/chromedp"
)

// TestSCORMPackagesInAnLMS plays each package in the test LMS
// (scorm_lms_test.go) over two visits (scorm_attempt_test.go), then opens
// one for review and one with no LMS at all.
func TestSCORMPackagesInAnLMS(t *testing.T) {
	l := appConfig(t).Lesson
	// One question of each kind, so that every interaction format reaches
	// scorm-again.
	var ids []string
	seen := map[quiz.Kind]bool{}
	for _, q := range l.Questions {
		if !seen[q.Kind] {
			seen[q.Kind] = true
			ids = append(ids, q.ID)
		}
	}
	if len(ids) != 6 {
		t.Fatalf("the lesson has %d kinds of question, want 6", len(ids))
	}
	for _, c := range []struct {
		v        report.SCORMVersion
		wrong    map[string]bool // questions answered wrongly
		wasmType string          // as the LMS sends app.wasm
	}{
		{report.SCORM12, map[string]bool{ids[0]: true}, "application/octet-stream"},
		{report.SCORM2004, map[string]bool{ids[0]: true, ids[1]: true, ids[4]: true}, "document/unknown"},
	} {
		t.Run("SCORM "+string(c.v), func(t *testing.T) {
			settings := "questions=" + strings.Join(ids, ",") + "&pass=70&retries=1"
			a := startLMSAttempt(t, l, c.v, settings, c.wasmType, c.wrong)
			kept := a.firstVisit()
			res, cmi, set := a.secondVisit(kept)
			a.checkHeld(res, cmi, set)
		})
	}
	t.Run("review mode", func(t *testing.T) { reviewInLMS(t, l) })
	t.Run("without an LMS", func(t *testing.T) { playWithoutLMS(t, l) })
}

// reviewInLMS: opened by the LMS for review, the package shows the attempt, says
// that nothing is recorded, and records nothing.
func reviewInLMS(t *testing.T, l *quiz.Lesson) {
	content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
	unzip(t, scormPackage(t, l, report.SCORM12, "pass=70"), content)
	lms := testLMS(t, content, "")
	ctx := newBrowser(t, 1000, 1000)
	do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
	eval[bool](t, ctx, fmt.Sprintf(`(launch("1.2", {core: {lesson_mode: "review"}}, %q), true)`, lmsContent+server.SCORMLaunch+"?pass=70"))
	waitFor(t, ctx, "the review notice", inFrame(`document.getElementById("app-ready") && document.querySelector(".notice") && document.querySelector(".notice").innerText.includes("opened this attempt for review")`))
	waitFor(t, ctx, "a question", inFrame(`document.querySelector("fieldset[data-question]")`))
	q, _ := l.Question(eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`)))
	answerInFrame(t, ctx, q, rightResponse(q))
	eval[map[string]any](t, ctx, `close()`)
	for _, c := range eval[[]lmsCall](t, ctx, `window.lmsCalls`) {
		if c.Name == "LMSSetValue" {
			t.Errorf("review mode recorded %s = %s", c.Args[0], c.Args[1])
		}
	}
}

// playWithoutLMS: opened outside an LMS, the package still works, and says that
// nothing is recorded.
func playWithoutLMS(t *testing.T, l *quiz.Lesson) {
	root := t.TempDir()
	content := filepath.Join(root, filepath.FromSlash(lmsContent))
	unzip(t, scormPackage(t, l, report.SCORM12, "pass=70"), content)
	mux := http.NewServeMux()
	mux.Handle(lmsContent, http.StripPrefix(lmsContent, http.FileServer(http.Dir(content))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := newBrowser(t, 400, 800)
	openApp(t, ctx, srv.URL+lmsContent+server.SCORMLaunch)
	waitFor(t, ctx, "the notice", `document.querySelector(".notice") && document.querySelector(".notice").innerText.includes("No learning platform answered")`)
	takeQuestion(t, ctx, l, planned)
	waitFor(t, ctx, "question 2", `document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
	// The address stays one the LMS can serve: the launch page, with
	// the app's page in bbpage=. A reload comes back to the same page
	// and question, with no notice about the address.
	if path, page := eval[string](t, ctx, `location.pathname`), eval[string](t, ctx, `new URLSearchParams(location.search).get("bbpage") || ""`); path != lmsContent+server.SCORMLaunch || (page != "/quiz" && page != "") {
		t.Errorf("the quiz is at %s with bbpage=%q, want %s showing the quiz", path, page, lmsContent+server.SCORMLaunch)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "question 2 after the reload", `document.getElementById("question-heading") && document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
	if notice := eval[string](t, ctx, `document.querySelector(".notice") ? document.querySelector(".notice").innerText : ""`); strings.Contains(notice, "Ignored") {
		t.Errorf("the address's page was taken for a quiz setting: %s", notice)
	}
	if title := eval[string](t, ctx, `document.title`); title != "Quiz · Beyond Budapest" {
		t.Errorf("title %q", title)
	}
	// Back and Forward work through the same addresses.
	do(t, ctx, "open the explainer", chromedp.Click(chromedp.CSS(`nav a[href$="/learn"]`)))
	waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
	do(t, ctx, "go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
	waitFor(t, ctx, "the quiz again", `document.getElementById("question-heading") && document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
	// The start page has an address of its own, since the bare launch
	// address is the quiz: a reload stays there.
	do(t, ctx, "open the start page", chromedp.Click(chromedp.CSS(`a.brand`)))
	waitFor(t, ctx, "the start page", `document.getElementById("quiz-link")`)
	if page := eval[string](t, ctx, `new URLSearchParams(location.search).get("bbpage") || ""`); page != "/" {
		t.Errorf("the start page is at bbpage=%q, want /", page)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the start page after a reload", `document.getElementById("quiz-link")`)
}
