package journey

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"

	"github.com/chromedp/chromedp/kb"
)

// wrongOn lists the questions each journey answers wrongly (or partly), so
// that results show a real mix. One per kind where possible.
var wrongOn = map[string]bool{
	"memorandum-binding": true, // truefalse
	"why-worthless":      true, // multiple: half credit
	"ratified-by":        true, // text
	"events-in-order":    true, // order: partial credit
	"who-said-what":      true, // match: partial credit
}

// TestKeyboardOnlyQuizReachesResults takes the whole quiz with the keyboard
// alone: every kind of question, some right and some wrong. It checks that
// focus lands on Next after Check and on the new question after Next, and
// that the results page shows the expected score and lists every mistake.
func TestKeyboardOnlyQuizReachesResults(t *testing.T) { keyboardQuiz(t, ui.English) }

// TestKeyboardOnlyQuizInUkrainian: the same journey on /uk/, where every
// page, question and verdict is in Ukrainian (issue 19).
func TestKeyboardOnlyQuizInUkrainian(t *testing.T) { keyboardQuiz(t, ui.Ukrainian) }

func keyboardQuiz(t *testing.T, lang string) {
	srv, _ := startApp(t)
	l := lessonIn(t, lang)
	in := wordsIn(lang)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+ui.LangPath(lang, "/"))
	if got := eval[string](t, ctx, `document.documentElement.lang`); got != lang {
		t.Errorf("the start page says lang=%q, want %s", got, lang)
	}

	// From the home page to the quiz by keyboard.
	tabTo(t, ctx, "#quiz-link")
	press(t, ctx, kb.Enter)

	plan := map[string]quiz.Response{}
	kindsSeen := map[quiz.Kind]bool{}
	for n := 1; n <= len(l.Questions); n++ {
		waitFor(t, ctx, fmt.Sprintf("question %d", n), fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === %q`, in("Question %d of %d", n, len(l.Questions))))
		q := shownQuestion(t, ctx, l)
		assertFreshInputs(t, ctx, q)
		kindsSeen[q.Kind] = true
		r := rightResponse(q)
		if wrongOn[q.ID] {
			r = wrongResponse(q)
		}
		plan[q.ID] = r
		answerByKeyboard(t, ctx, q, r)

		if q.Kind == quiz.Text {
			press(t, ctx, kb.Enter) // Enter in the field submits the answer
		} else {
			tabTo(t, ctx, "#check")
			press(t, ctx, kb.Enter)
		}
		waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
		feedback := text(t, ctx, "#feedback")
		g := quiz.GradeResponse(q, r)
		if want := map[bool]string{true: in("✓ Correct"), false: in("✗ Not quite")}[g.Correct]; g.Score == 0 || g.Correct {
			if !strings.Contains(feedback, want) {
				t.Errorf("%s: feedback %q does not say %q", q.ID, feedback, want)
			}
		} else if !strings.Contains(feedback, in("◐ Partly right")) {
			t.Errorf("%s: feedback %q does not say it is partly right", q.ID, feedback)
		}
		if !strings.Contains(feedback, q.Explanation[:40]) {
			t.Errorf("%s: feedback does not show the explanation", q.ID)
		}
		href := eval[string](t, ctx, `document.querySelector("#feedback a.section-link").getAttribute("href")`)
		if want := ui.LangPath(lang, "/learn") + "#" + q.Section; href != want {
			t.Errorf("%s: feedback links to %q, want %s", q.ID, href, want)
		}
		waitFor(t, ctx, "focus on the verdict after Check", `document.activeElement && document.activeElement.id === "verdict"`)
		tabTo(t, ctx, "#next")
		press(t, ctx, kb.Enter)
		if n < len(l.Questions) {
			waitFor(t, ctx, "focus on the new question", `document.activeElement && document.activeElement.id === "question-heading"`)
		}
	}
	for _, k := range quiz.Kinds {
		if !kindsSeen[k] {
			t.Errorf("the journey met no %s question", k)
		}
	}

	waitFor(t, ctx, "the results page", `document.getElementById("score")`)
	score := text(t, ctx, "#score")
	want := scorePrefix(lang, expectedScore(l, plan), len(l.Questions))
	if !strings.HasPrefix(score, want) {
		t.Errorf("results show %q, want %q…", score, want)
	}
	for id := range wrongOn {
		if n := eval[int](t, ctx, fmt.Sprintf(`document.querySelectorAll("#mistake-%s").length`, id)); n != 1 {
			t.Errorf("mistake %s is not listed on the results page", id)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#mistakes > li").length`); n != len(wrongOn) {
		t.Errorf("results list %d mistakes, want %d", n, len(wrongOn))
	}
	screenshot(t, ctx, "desktop-results-keyboard-"+lang)

	// Retry only the missed questions, by keyboard.
	tabTo(t, ctx, "#retry-missed")
	press(t, ctx, kb.Enter)
	waitFor(t, ctx, "the retry round", fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === %q`, in("Retry: question %d of %d", 1, len(wrongOn))))
	if q := shownQuestion(t, ctx, l); !wrongOn[q.ID] {
		t.Errorf("retry starts with %s, which was answered right", q.ID)
	}
}

// TestReloadResumesWhereYouLeftOff answers half the quiz, leaves a picked
// but unchecked answer, reloads, and expects the same question with the
// same pick; then finishes and reloads the results page.
func TestReloadResumesWhereYouLeftOff(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/quiz")
	half := len(l.Questions) / 2
	plan := map[string]quiz.Response{}
	for n := 1; n <= half; n++ {
		q, r := takeQuestion(t, ctx, l, planned)
		plan[q.ID] = r
		waitFor(t, ctx, "the next question", fmt.Sprintf(`document.getElementById("question-heading").textContent === "Question %d of %d"`, n+1, len(l.Questions)))
	}
	draftQ := shownQuestion(t, ctx, l)
	draft := wrongResponse(draftQ)
	answerByMouse(t, ctx, draftQ, draft)

	reloadApp(t, ctx)
	heading := text(t, ctx, "#question-heading")
	if want := fmt.Sprintf("Question %d of %d", half+1, len(l.Questions)); heading != want {
		t.Fatalf("after reload the page shows %q, want %q", heading, want)
	}
	if q := shownQuestion(t, ctx, l); q.ID != draftQ.ID {
		t.Fatalf("after reload the question is %s, want %s", q.ID, draftQ.ID)
	}
	assertShowsResponse(t, ctx, draftQ, draft)
	progress := eval[int](t, ctx, `document.getElementById("quiz-progress").value`)
	if progress != half {
		t.Errorf("progress bar shows %d answered, want %d", progress, half)
	}

	// Finish the quiz, then reload the results.
	for n := half + 1; n <= len(l.Questions); n++ {
		q, r := takeQuestion(t, ctx, l, planned)
		plan[q.ID] = r
		if n < len(l.Questions) {
			waitFor(t, ctx, "the next question", fmt.Sprintf(`document.getElementById("question-heading").textContent === "Question %d of %d"`, n+1, len(l.Questions)))
		}
	}
	waitFor(t, ctx, "the results page", `document.getElementById("score")`)
	before := text(t, ctx, "#score")
	want := fmt.Sprintf("%s of %d points", formatPoints(expectedScore(l, plan)), len(l.Questions))
	if !strings.HasPrefix(before, want) {
		t.Errorf("results show %q, want %q…", before, want)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the results after reload", `document.getElementById("score")`)
	if after := text(t, ctx, "#score"); after != before {
		t.Errorf("reload changed the results from %q to %q", before, after)
	}
}

// assertShowsResponse checks that the inputs on screen hold r.
func assertShowsResponse(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response) {
	t.Helper()
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		got := eval[[]int](t, ctx, `[...document.querySelectorAll("input[name=answer]")].filter(e => e.checked).map(e => +e.value).sort()`)
		if fmt.Sprint(got) != fmt.Sprint(r.Choices) {
			t.Errorf("%s: picked %v after reload, want %v", q.ID, got, r.Choices)
		}
	case quiz.Order:
		got := eval[[]int](t, ctx, `[...document.querySelectorAll(".order-item")].map(e => +e.dataset.item)`)
		if fmt.Sprint(got) != fmt.Sprint(r.Order) {
			t.Errorf("%s: order %v after reload, want %v", q.ID, got, r.Order)
		}
	case quiz.Match:
		for i, m := range r.Matches {
			got := eval[string](t, ctx, fmt.Sprintf(`document.getElementById("match-%d").value`, i))
			if got != fmt.Sprint(m) {
				t.Errorf("%s: match %d is %q after reload, want %d", q.ID, i, got, m)
			}
		}
	case quiz.Text:
		if got := eval[string](t, ctx, `document.getElementById("answer-text").value`); got != r.Text {
			t.Errorf("%s: text %q after reload, want %q", q.ID, got, r.Text)
		}
	}
}

// TestTypedAnswerKeepsEveryLetterAndSurvivesReload: fast typing loses no
// letter to a lagging render, and an unchecked typed answer is back after
// a reload.
func TestTypedAnswerKeepsEveryLetterAndSurvivesReload(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/quiz?questions=memorandum-name,ratified-by")
	const typed = "The Budapest Memorandum on Security Assurances, typed quickly"
	tabTo(t, ctx, "#answer-text")
	press(t, ctx, typed)
	waitFor(t, ctx, "the saved draft", `(localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith("beyond-budapest/progress/v1/"))) || "").includes("typed quickly")`)
	if got := eval[string](t, ctx, `document.getElementById("answer-text").value`); got != typed {
		t.Errorf("the field holds %q after typing %q", got, typed)
	}
	reloadApp(t, ctx)
	waitFor(t, ctx, "the draft restored", `document.getElementById("answer-text").value === `+jsString(typed))
}
