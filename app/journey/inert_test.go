package journey

import (
	"context"
	"encoding/json"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"

	"github.com/chromedp/chromedp"
)

// hostileQuestion tries every way lesson text could turn into markup or
// script. It is part of the journeys' own lesson (customLesson).
const hostileQuestion = `## hostile
type: single
section: budapest
facts: F6
level: recall
prompt: <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> Which is safe?
[x] <a href="javascript:window.pwned = 3">click me</a>
  > "><svg onload="window.pwned = 4">
[ ] <iframe src="javascript:window.pwned = 5"></iframe>
explanation: <style>body { display: none }</style><b onmouseover="window.pwned = 6">bold</b>
`

// hostileExplainer is a sentence of the explainer with markup added.
const hostileExplainer = `<iframe src="javascript:window.pwned = 7"></iframe><script>window.pwned = 8</script>`

// TestLessonTextRendersAsText runs the app built with a lesson full of
// HTML and script (customLesson, compiled in as a teacher's files would
// be) and checks in Chromium that all of it shows as plain text: no
// element is created from it and nothing runs. The CSP listener would
// also fail the test on any blocked attempt.
func TestLessonTextRendersAsText(t *testing.T) {
	cfg := customConfig(t)
	l := cfg.Lesson
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 1280, 900)

	openApp(t, ctx, s.url()+"/learn")
	assertInert(t, ctx, "the explainer", "<iframe src=")
	openApp(t, ctx, s.url()+"/quiz?questions=hostile")
	q, _ := l.Question("hostile")
	if got := shownQuestion(t, ctx, l); got.ID != "hostile" {
		t.Fatalf("the question shown is %s, want the hostile one", got.ID)
	}
	assertInert(t, ctx, "the question", "<script>window.pwned = 1</script>")
	// Hover and click everything, then check: feedback and explanation too.
	do(t, ctx, "poke", chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("main *").forEach(e => { e.dispatchEvent(new MouseEvent("mouseover", {bubbles: true})); })`))
	answerByMouse(t, ctx, q, quiz.Response{Choices: []int{0}})
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
	assertInert(t, ctx, "the feedback", `"><svg onload=`)
	assertInert(t, ctx, "the feedback", "<style>body { display: none }</style>")
}

// assertInert checks that the page shows the hostile text literally and
// created nothing from it.
func assertInert(t *testing.T, ctx context.Context, where, literal string) {
	t.Helper()
	if !eval[bool](t, ctx, `document.querySelector("main").textContent.includes(`+jsString(literal)+`)`) {
		t.Errorf("%s does not show %q as text", where, literal)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main script, main img, main iframe, main svg, main style, main b, main [onerror], main [onload], main [onmouseover], main a[href^='javascript']").length`); n != 0 {
		t.Errorf("%s: %d elements were created from lesson text", where, n)
	}
	if eval[bool](t, ctx, `typeof window.pwned !== "undefined"`) {
		t.Fatalf("%s: lesson text ran as script (window.pwned = %v)", where, eval[int](t, ctx, `window.pwned`))
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
