package journey

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestResultsAgreeWithThemselves: mid-quiz the score counts only the
// questions answered; during a retry the questions still to retry are
// listed, never called right; Start over asks first and can be called off.
func TestResultsAgreeWithThemselves(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 360, 740)
	openApp(t, ctx, srv.URL+"/quiz?sections=eu")
	q := shownQuestion(t, ctx, l)
	answerByMouse(t, ctx, q, rightResponse(q))
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "the verdict", `document.getElementById("verdict")`)

	openApp(t, ctx, srv.URL+"/results?sections=eu")
	if got := text(t, ctx, "#score"); !strings.HasPrefix(got, "So far: 1 of 1 points on the 1 question answered (100%)") {
		t.Errorf("mid-quiz score %q, want it over the one question answered", got)
	}

	// Finish with the others wrong, then retry them.
	total := sectionSize(l, "eu")
	openApp(t, ctx, srv.URL+"/quiz?sections=eu")
	do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
	for n := 2; n <= total; n++ {
		waitFor(t, ctx, "question", fmt.Sprintf(`document.getElementById("question-heading").textContent === "Question %d of %d"`, n, total))
		q := shownQuestion(t, ctx, l)
		answerByMouse(t, ctx, q, wrongResponse(q))
		do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
		waitFor(t, ctx, "Next", `!document.getElementById("next").disabled`)
		do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
	}
	waitFor(t, ctx, "the retry button", `document.getElementById("retry-missed")`)
	do(t, ctx, "retry", chromedp.Click(chromedp.ID("retry-missed")))
	waitFor(t, ctx, "the retry", `document.getElementById("question-heading").textContent === "Retry: question 1 of `+fmt.Sprint(total-1)+`"`)
	openApp(t, ctx, srv.URL+"/results?sections=eu")
	if eval[bool](t, ctx, `!!document.querySelector(".all-right")`) {
		t.Errorf("during the retry the results say %q", text(t, ctx, ".all-right"))
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#mistakes > li").length`); n != total-1 {
		t.Errorf("during the retry the results list %d questions to look at, want the %d being retried", n, total-1)
	}
	openApp(t, ctx, srv.URL+"/")
	if got := text(t, ctx, "#quiz-link"); got != "Start the quiz" && !strings.HasPrefix(got, "Continue the retry") && !strings.HasPrefix(got, "Continue") {
		t.Errorf("home offers %q", got)
	}

	// Start over asks first.
	openApp(t, ctx, srv.URL+"/results?sections=eu")
	do(t, ctx, "start over", chromedp.Click(chromedp.ID("start-over")))
	waitFor(t, ctx, "the question", `document.getElementById("start-over-confirm") && document.activeElement.id === "start-over-confirm"`)
	viewShot(t, ctx, "phone-results-start-over-ask")
	do(t, ctx, "keep my answers", chromedp.Click(chromedp.ID("start-over-cancel")))
	waitFor(t, ctx, "the button again", `!document.getElementById("start-over").hidden && document.getElementById("start-over-ask").hidden && document.activeElement.id === "start-over"`)
	if !strings.HasPrefix(text(t, ctx, "#score"), "So far:") {
		t.Errorf("calling off Start over changed the results: %q", text(t, ctx, "#score"))
	}
	do(t, ctx, "start over", chromedp.Click(chromedp.ID("start-over")))
	do(t, ctx, "confirm", chromedp.Click(chromedp.ID("start-over-confirm")))
	waitFor(t, ctx, "a fresh quiz", `location.pathname === "/quiz" && document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question 1 of `+fmt.Sprint(total)+`"`)
}
