package journey

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// setPrefs stores display preferences as the settings page does.
func setPrefs(t *testing.T, ctx context.Context, json string) {
	t.Helper()
	do(t, ctx, "store preferences", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem("beyond-budapest/prefs/v1", %q)`, json)))
}

// TestPreferencesApplyBeforeTheAppStarts chooses settings on the settings
// page by keyboard-free clicks, then reloads with app.wasm held back: the
// page must already be in the chosen style before any Go code runs.
func TestPreferencesApplyBeforeTheAppStarts(t *testing.T) {
	gate, h := gateWasm(appHandler(t, "", 0), false)
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 360, 740)
	openApp(t, ctx, s.url()+"/settings")
	for _, id := range []string{"text-size-200", "theme-dark", "contrast-high", "scores-true"} {
		do(t, ctx, "choose "+id, chromedp.Click(chromedp.CSS(`label[for="`+id+`"]`)))
		waitFor(t, ctx, id, `document.getElementById("`+id+`").checked`)
	}
	waitFor(t, ctx, "the page to take the style", `document.documentElement.getAttribute("data-text-size") === "200"`)

	// Reload the quiz with the wasm held back: only boot.js has run. A
	// service worker that finished its precache meanwhile would serve
	// app.wasm past the gate, so it goes first.
	do(t, ctx, "remove the service worker", chromedp.Evaluate[chromedp.Void](`navigator.serviceWorker.getRegistrations().then(rs => Promise.all(rs.map(r => r.unregister()))).then(() => caches.keys()).then(ks => Promise.all(ks.map(k => caches.delete(k))))`, chromedp.EvalAwaitPromise))
	gate.hold()
	do(t, ctx, "open the quiz without the app", chromedp.Navigate(s.url()+"/quiz"))
	waitFor(t, ctx, "the prerendered page", `document.querySelector("main h1")`)
	if eval[bool](t, ctx, `!!document.getElementById("app-ready")`) {
		t.Fatal("the app ran although app.wasm was held back")
	}
	attrs := eval[string](t, ctx, `["data-text-size","data-theme","data-contrast","data-scores"].map(a => document.documentElement.getAttribute(a)).join(",")`)
	if attrs != "200,dark,high,hidden" {
		t.Errorf("before the app started the page had %q, want 200,dark,high,hidden", attrs)
	}
	if size := eval[string](t, ctx, `getComputedStyle(document.documentElement).fontSize`); size != "32px" {
		t.Errorf("root font size %s, want 32px at 200%%", size)
	}
	if bg := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`); bg != "rgb(0, 0, 0)" {
		t.Errorf("background %s, want black for high contrast dark", bg)
	}
	gate.open()
	do(t, ctx, "let the app start", waitReady())
	screenshot(t, ctx, "phone-quiz-200-dark-high-contrast")
	// The settings page shows the saved choices after a reload.
	openApp(t, ctx, s.url()+"/settings")
	waitFor(t, ctx, "saved choices shown", `document.getElementById("text-size-200").checked && document.getElementById("theme-dark").checked`)
}

// TestLargeTextReflowsOnAPhone: at 200% text size no page scrolls
// sideways at 360 px, in any theme.
func TestLargeTextReflowsOnAPhone(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 360, 740)
	openApp(t, ctx, srv.URL+"/")
	for _, prefs := range []string{`{"textSize":200}`, `{"textSize":200,"theme":"dark","contrast":"high"}`} {
		setPrefs(t, ctx, prefs)
		for _, p := range ui.Pages {
			openApp(t, ctx, srv.URL+p.Path)
			assertNoSideways(t, ctx, p.Path+" at "+prefs)
		}
		// Every kind of question, before and after Check.
		openApp(t, ctx, srv.URL+"/quiz")
		seen := map[quiz.Kind]bool{}
		for n := 1; n <= len(l.Questions) && len(seen) < len(quiz.Kinds); n++ {
			waitFor(t, ctx, "question", fmt.Sprintf(`document.getElementById("question-heading").textContent.startsWith("Question %d of")`, n))
			q := shownQuestion(t, ctx, l)
			answerByMouse(t, ctx, q, rightResponse(q))
			do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
			waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
			if !seen[q.Kind] {
				assertNoSideways(t, ctx, "a checked "+string(q.Kind)+" question at "+prefs)
				seen[q.Kind] = true
			}
			do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
		}
		do(t, ctx, "clear", chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	}
	setPrefs(t, ctx, `{"textSize":200}`)
	openApp(t, ctx, srv.URL+"/learn")
	screenshot(t, ctx, "phone-explainer-200")
	setPrefs(t, ctx, `{"theme":"dark"}`)
	openApp(t, ctx, srv.URL+"/learn")
	screenshot(t, ctx, "phone-explainer-dark")
	setPrefs(t, ctx, `{"contrast":"high"}`)
	openApp(t, ctx, srv.URL+"/quiz")
	screenshot(t, ctx, "phone-quiz-high-contrast")
}

// TestMissedQuestionComesBackForReview: a question answered wrongly is
// due on the next visit, survives a reload, and once answered right in
// review is no longer due today. Forgetting progress clears the queue
// and the device's random id.
func TestMissedQuestionComesBackForReview(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/quiz")
	q := shownQuestion(t, ctx, l)
	answerByMouse(t, ctx, q, wrongResponse(q))
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)

	reloadApp(t, ctx)
	openApp(t, ctx, srv.URL+"/")
	waitFor(t, ctx, "the review link", `document.getElementById("review-link")`)
	if got := text(t, ctx, "#review-link"); got != "Review (1 due)" {
		t.Errorf("home offers %q, want Review (1 due)", got)
	}
	do(t, ctx, "open the review", chromedp.Click(chromedp.ID("review-link")))
	waitFor(t, ctx, "the review question", `document.getElementById("question-heading").textContent === "Review: question 1 of 1"`)
	if got := shownQuestion(t, ctx, l); got.ID != q.ID {
		t.Fatalf("review asks %s, want the missed %s", got.ID, q.ID)
	}
	answerByMouse(t, ctx, q, rightResponse(q))
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "Next", `!document.getElementById("next").disabled`)
	do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
	waitFor(t, ctx, "the review summary", `document.getElementById("review-summary")`)

	openApp(t, ctx, srv.URL+"/")
	if eval[bool](t, ctx, `!!document.getElementById("review-link")`) {
		t.Error("a question answered right in review is still due today")
	}
	if eval[string](t, ctx, `localStorage.getItem("beyond-budapest/review/v1")`) == "" {
		t.Fatal("the review queue was not kept")
	}
	// The results page gives the device its random id (the one result
	// files show); forgetting must take it too, so the next student on a
	// shared computer is a new learner.
	openApp(t, ctx, srv.URL+"/results")
	if eval[string](t, ctx, `localStorage.getItem("beyond-budapest/actor/v1")`) == "" {
		t.Fatal("the results page made no random id for the device")
	}
	openSettings(t, ctx, srv.URL+"/settings")
	if !eval[bool](t, ctx, `!!document.getElementById("progress-link")`) {
		t.Fatal("Settings offers no progress link for the answered question")
	}
	do(t, ctx, "forget", chromedp.Click(chromedp.ID("forget")))
	waitFor(t, ctx, "confirm", `document.getElementById("forget-yes")`)
	do(t, ctx, "confirm", chromedp.Click(chromedp.ID("forget-yes")))
	waitFor(t, ctx, "the notice", `document.querySelector(".notice")`)
	left := eval[[]string](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("beyond-budapest/") && !k.startsWith("beyond-budapest/prefs"))`)
	if len(left) != 0 {
		t.Errorf("forgetting left %v", left)
	}
	// The same page no longer offers the cleared answers to carry away.
	waitFor(t, ctx, "the progress link to go", `document.getElementById("transfer-empty") && !document.getElementById("progress-link")`)
}

// TestGlossaryTermsOpenByKeyboardAndCloseWithEscape: a marked term in the
// explainer opens its definition on focus, keeps focus where it is when
// Escape closes it, and stays open while hovered.
func TestGlossaryTermsOpenByKeyboardAndCloseWithEscape(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/learn")
	tabTo(t, ctx, ".term-ref")
	id := activeID(t, ctx)
	tip := strings.Replace(id, "term-", "tip-", 1)
	waitFor(t, ctx, "the definition to open", `!document.getElementById("`+tip+`").hidden`)
	if got := eval[string](t, ctx, `document.getElementById("`+id+`").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("aria-expanded %q while open", got)
	}
	screenshot(t, ctx, "desktop-term-open")
	press(t, ctx, kb.Escape)
	waitFor(t, ctx, "Escape to close it", `document.getElementById("`+tip+`").hidden`)
	if activeID(t, ctx) != id {
		t.Errorf("Escape moved focus to #%s", activeID(t, ctx))
	}
	// Hover, with the real pointer: the definition opens over the term and
	// stays open while the pointer moves onto it, then closes when it leaves.
	do(t, ctx, "blur", chromedp.Evaluate[chromedp.Void](`document.activeElement.blur()`))
	mouseTo(t, ctx, "#"+id)
	waitFor(t, ctx, "hover to open it", `!document.getElementById("`+tip+`").hidden`)
	mouseTo(t, ctx, "#"+tip)
	if eval[bool](t, ctx, `document.getElementById("`+tip+`").hidden`) {
		t.Error("the definition closed when the pointer moved onto it")
	}
	do(t, ctx, "move away", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 5, 5))
	waitFor(t, ctx, "leaving to close it", `document.getElementById("`+tip+`").hidden`)
}

// mouseTo moves the real pointer to the centre of the element.
func mouseTo(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	xy := eval[[]float64](t, ctx, `(() => { const e = document.querySelector("`+sel+`"); e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + Math.min(r.height / 2, 10)]; })()`)
	do(t, ctx, "move the pointer to "+sel, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1]))
}

// TestWhySummaryAndShareableResult: the summary page links each reason to
// its section and a quiz on it; that quiz keeps its own progress; its
// results offer a copyable summary with no personal data.
func TestWhySummaryAndShareableResult(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/why")
	if n := eval[int](t, ctx, `document.querySelectorAll(".reason").length`); n != len(l.Reasons) {
		t.Fatalf("%d reasons shown, want %d", n, len(l.Reasons))
	}
	screenshot(t, ctx, "desktop-why")
	do(t, ctx, "practise the last section", chromedp.Click(chromedp.CSS(`.reason a[href="/quiz?sections=first"]`)))
	total := sectionSize(l, "first")
	waitFor(t, ctx, "the section quiz", fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question 1 of %d"`, total))
	for n := 1; n <= total; n++ {
		waitFor(t, ctx, "question", fmt.Sprintf(`document.getElementById("question-heading").textContent === "Question %d of %d"`, n, total))
		takeQuestion(t, ctx, l, func(q *quiz.Question) quiz.Response {
			if q.Section != "first" {
				t.Fatalf("question %s is not from the section", q.ID)
			}
			if n == 1 {
				return wrongResponse(q)
			}
			return rightResponse(q)
		})
	}
	waitFor(t, ctx, "the results", `document.getElementById("share-text")`)
	if path := eval[string](t, ctx, `location.pathname + location.search`); path != "/results?sections=first" {
		t.Errorf("results at %s, want /results?sections=first", path)
	}
	share := eval[string](t, ctx, `document.getElementById("share-text").value`)
	first, _ := l.Section("first")
	if !strings.HasPrefix(share, "Beyond Budapest quiz:") || !strings.Contains(share, fmt.Sprintf("of %d points", total)) || !strings.Contains(share, "To revisit: "+first.Title+".") {
		t.Errorf("share text %q", share)
	}
	// The main quiz was not touched by the section quiz.
	openApp(t, ctx, srv.URL+"/quiz")
	if got := eval[int](t, ctx, `document.getElementById("quiz-progress").value`); got != 0 {
		t.Errorf("the main quiz shows %d answers after a section quiz", got)
	}
}
