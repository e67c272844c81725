package journey

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// earlyStart opens path with app.wasm held back and waits for boot.js to
// enable the prerendered first question; no Go code has run yet.
func earlyStart(t *testing.T, ctx context.Context, url string, l *quiz.Lesson) *quiz.Question {
	t.Helper()
	do(t, ctx, "open the quiz", chromedp.Navigate(url))
	waitFor(t, ctx, "the first question to be enabled before the app", `!document.querySelector("fieldset.question").disabled && !document.getElementById("check").disabled`)
	if eval[bool](t, ctx, `!!document.getElementById("app-ready")`) {
		t.Fatal("the app ran although app.wasm was held back")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("input[name=answer]:checked").length`); n != 0 {
		t.Errorf("%d options are selected before the student chose any", n)
	}
	q := shownQuestion(t, ctx, l)
	if want := l.InSectionOrder()[0]; q.ID != want {
		t.Fatalf("the prerender shows %s, want the first question %s", q.ID, want)
	}
	// A marker that a navigation (a native form submit) would wipe out.
	do(t, ctx, "mark the page", chromedp.Evaluate[chromedp.Void](`window.bbStayed = true`))
	return q
}

// checkEarly presses Check before the app runs and expects the waiting
// status, on the same page.
func checkEarly(t *testing.T, ctx context.Context, byKeyboard bool) {
	t.Helper()
	if byKeyboard {
		tabTo(t, ctx, "#check")
		press(t, ctx, kb.Enter)
	} else {
		do(t, ctx, "press Check", chromedp.Click(chromedp.ID("check")))
	}
	waitFor(t, ctx, "the waiting status", `!!document.querySelector("#feedback .early-status")`)
	if got := text(t, ctx, "#feedback .early-status"); got != "Your answer will be checked as soon as the quiz has loaded." {
		t.Errorf("status says %q", got)
	}
	if !eval[bool](t, ctx, `window.bbStayed === true`) {
		t.Fatal("pressing Check before the app loaded navigated away from the page")
	}
}

// assertAdopted waits for the app and checks that it took over the early
// answer: marked with the engine's verdict, the choice kept, focus on the
// verdict as after a live Check, and saved for a reload and the review queue.
func assertAdopted(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response, verdict string) {
	t.Helper()
	do(t, ctx, "wait for the app", waitReady())
	waitFor(t, ctx, "the feedback", `!!document.querySelector("#feedback .feedback h2")`)
	if got := text(t, ctx, "#feedback .feedback h2"); got != verdict {
		t.Errorf("verdict %q, want %q", got, verdict)
	}
	assertShowsResponse(t, ctx, q, r)
	if id := activeID(t, ctx); id != "verdict" {
		t.Errorf("focus is on %q after the hand-over, want the verdict (as after a live Check)", id)
	}
	if eval[bool](t, ctx, `!!document.querySelector(".early-status")`) {
		t.Error("the waiting status is still shown after the answer was checked")
	}
	// The review queue keeps the questions a student missed.
	if queued := eval[bool](t, ctx, fmt.Sprintf(`(localStorage.getItem("beyond-budapest/review/v1") || "").includes(%q)`, q.ID)); queued == (verdict == "✓ Correct") {
		t.Errorf("after %s the question is in the review queue: %v", verdict, queued)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the feedback after a reload", `!!document.querySelector("#feedback .feedback h2")`)
	if got := text(t, ctx, "#feedback .feedback h2"); got != verdict {
		t.Errorf("after a reload the verdict is %q, want %q: the checked answer was not saved", got, verdict)
	}
	assertShowsResponse(t, ctx, q, r)
}

// TestFirstQuestionAnswerableBeforeTheWasm answers the prerendered first
// question while app.wasm is held back, by mouse and by keyboard, presses
// Check, and lets the app take over.
func TestFirstQuestionAnswerableBeforeTheWasm(t *testing.T) {
	axe := axeSource(t)
	for _, tt := range []struct {
		name       string
		byKeyboard bool
		right      bool
		path       string
	}{
		{"mouse, right answer", false, true, "/quiz"},
		{"keyboard, wrong answer, embed", true, false, "/embed?pass=70&explanations=off"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			gate, h := gateWasm(appHandler(t, "", 0), true)
			s := serveAt(t, "127.0.0.1:0", h)
			_, l := lessonForJourney(t)
			ctx := newBrowser(t, 360, 740)
			q := earlyStart(t, ctx, s.url()+tt.path, l)
			audit(t, ctx, axe, "the first question before the app has loaded")
			r, verdict := rightResponse(q), "✓ Correct"
			if !tt.right {
				r, verdict = wrongResponse(q), "✗ Not quite"
			}
			if tt.byKeyboard {
				answerByKeyboard(t, ctx, q, r)
			} else {
				answerByMouse(t, ctx, q, r)
			}
			checkEarly(t, ctx, tt.byKeyboard)
			screenshot(t, ctx, "early-"+map[bool]string{true: "keyboard", false: "mouse"}[tt.byKeyboard]+"-waiting")
			gate.open()
			assertAdopted(t, ctx, q, r, verdict)
		})
	}
}

// TestEarlyFormStaysInertWhenItMayBeTheWrongQuestion: with saved progress,
// or a link that chooses other questions, the prerendered question may not
// be the one the app will show, so boot.js leaves it disabled.
func TestEarlyFormStaysInertWhenItMayBeTheWrongQuestion(t *testing.T) {
	_, h := gateWasm(appHandler(t, "", 0), true)
	s := serveAt(t, "127.0.0.1:0", h)
	ctx := newBrowser(t, 1280, 900)
	inert := func(what string) {
		t.Helper()
		// boot.js enables it once the question is parsed, long before this evaluates.
		waitFor(t, ctx, "the page to be parsed", `document.readyState !== "loading"`)
		if eval[bool](t, ctx, `!document.querySelector("fieldset.question").disabled || !document.getElementById("check").disabled`) {
			t.Errorf("%s: the prerendered question was enabled", what)
		}
	}
	do(t, ctx, "open a link with other questions", chromedp.Navigate(s.url()+"/quiz?sections=eu"))
	inert("a filtered link")
	do(t, ctx, "save some progress", chromedp.Evaluate[chromedp.Void](`localStorage.setItem("beyond-budapest/progress/v1", "{}")`))
	do(t, ctx, "open the quiz", chromedp.Navigate(s.url()+"/quiz"))
	inert("saved progress")
}

// TestQuizWithoutScriptsIsInertAndSaysWhy: with scripts off, the question
// shows greyed out with nothing selected, and a note says what needs
// JavaScript and what does not.
func TestQuizWithoutScriptsIsInertAndSaysWhy(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 360, 740)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatalf("turning scripts off: %v", err)
	}
	do(t, ctx, "open the quiz without scripts", chromedp.Navigate(srv.URL+"/quiz"))
	// Only the DOM is read from here on: page scripts are off.
	for _, sel := range []string{"fieldset.question", "#check"} {
		attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), "disabled"))
		if err != nil {
			t.Fatalf("reading %s: %v", sel, err)
		}
		if !attr.Exists {
			t.Errorf("with scripts off, %s is not disabled", sel)
		}
	}
	picked, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSS("input[checked]"), chromedp.AtLeast(0)))
	if err != nil {
		t.Fatal(err)
	}
	if len(picked) > 0 {
		t.Errorf("with scripts off, %d options show as selected", len(picked))
	}
	note, err := chromedp.Run(ctx, chromedp.TextContent(chromedp.CSS("noscript p")))
	if err != nil {
		t.Fatal(err)
	}
	if want := "The quiz needs JavaScript"; !strings.HasPrefix(strings.TrimSpace(note), want) {
		t.Errorf("no note that the quiz needs JavaScript: %q", note)
	}
	screenshot(t, ctx, "phone-quiz-no-scripts")
}

// TestTypingAcrossTheHandOverKeepsEveryLetter types into the prerendered
// text question before app.wasm has arrived, and goes on typing while the
// app starts and replaces the page: every letter must land, in order, in
// the field that has focus, with the caret after the last one.
func TestTypingAcrossTheHandOverKeepsEveryLetter(t *testing.T) {
	cfg := customConfig(t)
	l := cfg.Lesson
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	gate, gated := gateWasm(h, true)
	s := serveAt(t, "127.0.0.1:0", gated)
	ctx := newBrowser(t, 360, 740)
	q := earlyStart(t, ctx, s.url()+"/quiz", l)
	if q.Kind != quiz.Text {
		t.Fatalf("the journeys' lesson starts with a %s question, want text", q.Kind)
	}
	// Each key press notes whether the app was running when it arrived.
	do(t, ctx, "log key presses", chromedp.Evaluate[chromedp.Void](`window.bbKeys = [];
		document.addEventListener("keydown", () => bbKeys.push(!!document.getElementById("app-ready")), true)`))
	do(t, ctx, "focus the field", chromedp.Click(chromedp.ID("answer-text")))
	const words = "Budapest, the capital of Hungary, where the memorandum was signed in December of 1994 by four states"
	typed := words[:5]
	press(t, ctx, typed)
	gate.open()
	after := 0
	for _, r := range words[5:] {
		press(t, ctx, string(r))
		typed += string(r)
		if eval[bool](t, ctx, `!!document.getElementById("app-ready")`) {
			if after++; after == 10 {
				break
			}
		}
		time.Sleep(15 * time.Millisecond)
	}
	if after < 10 {
		t.Fatalf("the app had not started after %d letters; the hand-over was not typed across", len(typed))
	}
	keys := eval[[]bool](t, ctx, `bbKeys`)
	if !slices.Contains(keys, false) || !slices.Contains(keys, true) {
		t.Fatalf("the key presses did not span the hand-over (app running at each: %v)", keys)
	}
	waitFor(t, ctx, "the last letter", fmt.Sprintf(`document.getElementById("answer-text").value.length === %d`, len(typed)))
	if got := eval[string](t, ctx, `document.getElementById("answer-text").value`); got != typed {
		t.Errorf("the field holds %q, want %q", got, typed)
	}
	if id := activeID(t, ctx); id != "answer-text" {
		t.Errorf("focus is on %q after the hand-over, want the text field", id)
	}
	if caret := eval[int](t, ctx, `document.getElementById("answer-text").selectionStart`); caret != len(typed) {
		t.Errorf("the caret is at %d, want %d (after the last letter)", caret, len(typed))
	}
	// The app saved the draft: it survives a reload.
	reloadApp(t, ctx)
	waitFor(t, ctx, "the draft after a reload", fmt.Sprintf(`document.getElementById("answer-text").value === %q`, typed))
}
