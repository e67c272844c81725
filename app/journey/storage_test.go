package journey

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// onEveryPage runs JavaScript before any page script, to break storage the
// way browsers do in privacy modes and sandboxed frames.
func onEveryPage(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
}

// TestQuizWorksWhenStorageThrows: localStorage throws on any access, as in
// a sandboxed frame or a strict privacy mode. The quiz must still work and
// say that progress cannot be kept.
func TestQuizWorksWhenStorageThrows(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	onEveryPage(t, ctx, `Object.defineProperty(window, "localStorage", { configurable: true, get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });`)
	openApp(t, ctx, srv.URL+"/quiz")
	waitFor(t, ctx, "the notice", `document.querySelector(".notice")`)
	if got := text(t, ctx, ".notice p"); !strings.Contains(got, "cannot be saved") {
		t.Errorf("notice %q does not say progress cannot be saved", got)
	}
	q := shownQuestion(t, ctx, l)
	answerByMouse(t, ctx, q, rightResponse(q))
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
	do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
	waitFor(t, ctx, "question 2", `document.getElementById("question-heading").textContent.startsWith("Question 2 of")`)
}

// TestQuizWorksWhenStorageIsFull: every write fails with a quota error.
// Answers still work within the visit, and the student is told.
func TestQuizWorksWhenStorageIsFull(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	onEveryPage(t, ctx, `Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`)
	openApp(t, ctx, srv.URL+"/quiz")
	q := shownQuestion(t, ctx, l)
	answerByMouse(t, ctx, q, rightResponse(q))
	waitFor(t, ctx, "the notice", `document.querySelector(".notice")`)
	if got := text(t, ctx, ".notice p"); !strings.Contains(got, "cannot be saved") {
		t.Errorf("notice %q does not say progress cannot be saved", got)
	}
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
}

// TestProgressFromAnOlderLessonKeepsWhatStillFits: progress saved before the
// questions were edited. Answers to changed questions are dropped, the rest
// kept, and the notice says how many were cleared.
func TestProgressFromAnOlderLessonKeepsWhatStillFits(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/quiz")
	for n := 1; n <= 2; n++ {
		waitFor(t, ctx, "the question", fmt.Sprintf(`document.getElementById("question-heading").textContent.startsWith("Question %d of")`, n))
		takeQuestion(t, ctx, l, rightResponse)
	}
	// Pretend the first answer was given to an older wording.
	do(t, ctx, "age the progress", chromedp.Evaluate[chromedp.Void](`(() => {
		const key = "beyond-budapest/progress/v1";
		const saved = JSON.parse(localStorage.getItem(key));
		saved.progress.lesson = "an-older-lesson";
		const first = saved.progress.questions[0];
		saved.progress.answers[first].hash = "an-older-hash";
		localStorage.setItem(key, JSON.stringify(saved));
	})()`))
	reloadApp(t, ctx)
	waitFor(t, ctx, "the notice", `document.querySelector(".notice")`)
	if got := text(t, ctx, ".notice p"); !strings.Contains(got, "1 answer to changed questions was cleared") {
		t.Errorf("notice %q does not say one answer was cleared", got)
	}
	if got := eval[int](t, ctx, `document.getElementById("quiz-progress").value`); got != 1 {
		t.Errorf("%d answers kept, want 1", got)
	}
	if got := text(t, ctx, "#question-heading"); !strings.HasPrefix(got, "Question 3 of") {
		t.Errorf("the student was moved to %q, want to stay at question 3", got)
	}
}
