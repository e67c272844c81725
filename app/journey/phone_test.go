package journey

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"

	"github.com/chromedp/chromedp"
)

// assertNoSideways fails when the page is wider than the screen: at 360 px
// every page must reflow. It compares with screen.width, not innerWidth:
// a phone browser zooms out to fit wide content, which widens the layout
// viewport and would hide the overflow.
func assertNoSideways(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	over := eval[int](t, ctx, `Math.max(document.documentElement.scrollWidth, window.innerWidth) - screen.width`)
	if over > 0 {
		culprits := eval[[]string](t, ctx, `[...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > screen.width + 1).slice(0, 5).map(e => e.tagName + "." + e.className + " " + (e.textContent || "").slice(0, 30))`)
		t.Errorf("%s is %d px wider than the %d px screen; widest: %q", page, over, eval[int](t, ctx, `screen.width`), culprits)
	}
}

// TestPhoneJourneyByTouch takes the quiz by tapping at 360×740, as on a
// small phone, saving a screenshot of every page and of each kind of
// question before and after Check under test-output/screenshots/.
func TestPhoneJourneyByTouch(t *testing.T) { phoneJourney(t, ui.English) }

// TestPhoneJourneyInUkrainian: the same at /uk/, where longer words must
// still fit a 360 px screen (issue 19).
func TestPhoneJourneyInUkrainian(t *testing.T) { phoneJourney(t, ui.Ukrainian) }

func phoneJourney(t *testing.T, lang string) {
	srv, _ := startApp(t)
	l := lessonIn(t, lang)
	in := wordsIn(lang)
	shotName := func(name string) string {
		if lang == ui.English {
			return name
		}
		return name + "-" + lang
	}
	ctx := newBrowser(t, 360, 740)

	openApp(t, ctx, srv.URL+ui.LangPath(lang, "/"))
	assertNoSideways(t, ctx, "home")
	screenshot(t, ctx, shotName("phone-home"))

	do(t, ctx, "open the explainer", chromedp.Click(chromedp.CSS(`a.button[href="`+ui.LangPath(lang, "/learn")+`"]`)))
	waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
	assertNoSideways(t, ctx, "explainer")
	screenshot(t, ctx, shotName("phone-explainer"))

	do(t, ctx, "open the quiz", chromedp.Click(chromedp.CSS(`a.button[href="`+ui.LangPath(lang, "/quiz")+`"]`)))
	shot := map[quiz.Kind]bool{}
	plan := map[string]quiz.Response{}
	for n := 1; n <= len(l.Questions); n++ {
		waitFor(t, ctx, fmt.Sprintf("question %d", n), fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === %q`, in("Question %d of %d", n, len(l.Questions))))
		q := shownQuestion(t, ctx, l)
		assertFreshInputs(t, ctx, q)
		r := rightResponse(q)
		if wrongOn[q.ID] {
			r = wrongResponse(q)
		}
		plan[q.ID] = r
		if !shot[q.Kind] {
			assertNoSideways(t, ctx, "a "+string(q.Kind)+" question")
			screenshot(t, ctx, shotName("phone-quiz-"+string(q.Kind)))
		}
		answerByMouse(t, ctx, q, r)
		do(t, ctx, "tap Check", chromedp.Click(chromedp.ID("check")))
		waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
		if !shot[q.Kind] {
			assertNoSideways(t, ctx, "a checked "+string(q.Kind)+" question")
			screenshot(t, ctx, shotName("phone-quiz-"+string(q.Kind)+"-checked"))
			shot[q.Kind] = true
		}
		do(t, ctx, "tap Next", chromedp.Click(chromedp.ID("next")))
	}
	waitFor(t, ctx, "the results page", `document.getElementById("score")`)
	want := scorePrefix(lang, expectedScore(l, plan), len(l.Questions))
	if got := text(t, ctx, "#score"); !strings.HasPrefix(got, want) {
		t.Errorf("results show %q, want %q…", got, want)
	}
	assertNoSideways(t, ctx, "results")
	screenshot(t, ctx, shotName("phone-results"))

	// Touch targets: every button and form control is at least 24×24 CSS
	// px (WCAG 2.2 target size, minimum).
	small := eval[[]string](t, ctx, `[...document.querySelectorAll("button, input, select, a.button")]
		.filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 24 || r.height < 24); })
		.map(e => e.id || e.textContent)`)
	if len(small) > 0 {
		t.Errorf("controls smaller than 24×24 px: %q", small)
	}
}

// TestDamagedProgressIsResetWithANotice stores unreadable progress, then
// opens the quiz: the page must work from question 1 and say what happened.
func TestDamagedProgressIsResetWithANotice(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	tests := []struct {
		name, value, notice string
	}{
		{"not JSON", `{"savedAt": tru`, "could not be read"},
		{"wrong shape", `{"savedAt":"2026-01-01T00:00:00Z","progress":{"schema":1,"questions":["memorandum-name"],"round":["memorandum-name"],"roundNo":1,"current":7}}`, "was damaged"},
		{"older schema", `{"savedAt":"2026-01-01T00:00:00Z","progress":{"schema":0}}`, "older version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			openApp(t, ctx, srv.URL+"/")
			do(t, ctx, "store damaged progress", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`localStorage.setItem("beyond-budapest/progress/v1", %q)`, tt.value)))
			openApp(t, ctx, srv.URL+"/quiz")
			waitFor(t, ctx, "the notice", `document.querySelector(".notice:not(.noscript)")`)
			if got := text(t, ctx, ".notice:not(.noscript) p"); !strings.Contains(got, tt.notice) {
				t.Errorf("notice %q does not say %q", got, tt.notice)
			}
			if got := text(t, ctx, "#question-heading"); got != fmt.Sprintf("Question 1 of %d", len(l.Questions)) {
				t.Errorf("after the reset the page shows %q", got)
			}
			// The app must still work: answer the first question.
			q := shownQuestion(t, ctx, l)
			answerByMouse(t, ctx, q, rightResponse(q))
			do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
			waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
			do(t, ctx, "dismiss the notice", chromedp.Click(chromedp.CSS(".notice button")))
			waitFor(t, ctx, "the notice to go", `!document.querySelector(".notice:not(.noscript)")`)
			do(t, ctx, "clear storage", chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
		})
	}
}
