package journey

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"
	"beyondbudapest/questions"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// press sends key presses to the focused element.
func press(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	do(t, ctx, fmt.Sprintf("pressing %q", keys), chromedp.KeyEvent(keys))
}

// tabTo presses Tab until the focused element matches css. Failing to get
// there within 60 presses means the control is not keyboard-reachable.
func tabTo(t *testing.T, ctx context.Context, css string) {
	t.Helper()
	for i := 0; i < 60; i++ {
		if eval[bool](t, ctx, fmt.Sprintf(`!!document.activeElement && document.activeElement.matches(%q)`, css)) {
			return
		}
		press(t, ctx, kb.Tab)
	}
	t.Fatalf("could not reach %s with the Tab key (focus is on #%s)", css, activeID(t, ctx))
}

// waitFor polls a JavaScript condition until it is true; go-app applies
// updates on its next frame, not synchronously with the event.
func waitFor(t *testing.T, ctx context.Context, what, cond string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if eval[bool](t, ctx, "!!("+cond+")") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s (%s); focus on #%s; page: %s", what, cond, activeID(t, ctx),
		eval[string](t, ctx, `(document.querySelector("main")||{outerHTML: "no main"}).outerHTML.slice(0, 3000)`))
}

// shownQuestion returns the question on screen.
func shownQuestion(t *testing.T, ctx context.Context, l *quiz.Lesson) *quiz.Question {
	t.Helper()
	waitFor(t, ctx, "a question", `document.querySelector("fieldset[data-question]")`)
	id := eval[string](t, ctx, `document.querySelector("fieldset[data-question]").dataset.question`)
	q, ok := l.Question(id)
	if !ok {
		t.Fatalf("page shows unknown question %q", id)
	}
	return q
}

// rightResponse is the correct answer to q.
func rightResponse(q *quiz.Question) quiz.Response {
	var r quiz.Response
	switch q.Kind {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		for i, c := range q.Choices {
			if c.Correct {
				r.Choices = append(r.Choices, i)
			}
		}
	case quiz.Order:
		for i := range q.Items {
			r.Order = append(r.Order, i)
		}
	case quiz.Match:
		for i := range q.Pairs {
			r.Matches = append(r.Matches, i)
		}
	case quiz.Text:
		r.Text = q.Answers[0]
	}
	return r
}

// wrongResponse is a plausible wrong answer to q, partly right where the
// kind allows partial credit, so that scoring is exercised.
func wrongResponse(q *quiz.Question) quiz.Response {
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse:
		for i, c := range q.Choices {
			if !c.Correct {
				return quiz.Response{Choices: []int{i}}
			}
		}
	case quiz.Multiple:
		r := rightResponse(q)
		return quiz.Response{Choices: r.Choices[:1]} // half credit when two are right
	case quiz.Order:
		r := rightResponse(q)
		r.Order[0], r.Order[1] = r.Order[1], r.Order[0]
		return r
	case quiz.Match:
		r := rightResponse(q)
		r.Matches[0], r.Matches[1] = r.Matches[1], r.Matches[0]
		return r
	}
	return quiz.Response{Text: "the Minsk agreement"}
}

// answerByKeyboard puts r into the question's inputs using only keys.
func answerByKeyboard(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response) {
	t.Helper()
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse:
		shown := eval[[]int](t, ctx, `[...document.querySelectorAll("input[name=answer]")].map(e => +e.value)`)
		pos := slices.Index(shown, r.Choices[0])
		tabTo(t, ctx, "input[name=answer]")
		if pos == 0 {
			press(t, ctx, " ")
		}
		// Choices are no longer shown key first, so the arrows are used
		// most of the time. Each arrow moves to the next choice and picks
		// it; the next press waits until the app has recorded that pick
		// (its saved draft) and rendered it: go-app runs the handler at
		// once but renders on its next frame tick (engineX.Start,
		// pkg/app/engine.go:228-256 in v10.1.11), which on a loaded machine
		// came after the next key press, and that press's pick was then
		// undone. A student waits for the page anyway; whether a fast
		// typist on a slow phone can hit this is an open question.
		// Before the app runs (the first question, enabled by boot.js) the
		// browser alone handles the arrows, and nothing is saved yet.
		appRuns := eval[bool](t, ctx, `!!document.getElementById("app-ready")`)
		for i := 1; i <= pos; i++ {
			press(t, ctx, kb.ArrowDown)
			waitFor(t, ctx, fmt.Sprintf("the arrow to pick choice %d of the list", i+1), fmt.Sprintf(
				`(() => { const el = document.querySelectorAll("input[name=answer]")[%d];
				  if (!%v) return document.activeElement === el && el.checked;
				  const saved = JSON.parse(localStorage.getItem("beyond-budapest/progress/v1") || "{}");
				  const a = ((saved.progress || {}).answers || {})[%s];
				  return document.activeElement === el && el.checked && !!a && JSON.stringify(a.response.choices) === "[" + el.value + "]" })()`,
				i, appRuns, jsString(q.ID)))
			if appRuns {
				time.Sleep(time.Second) // the render that follows the draft
			}
		}
		waitFor(t, ctx, "the choice to be picked", fmt.Sprintf(`document.getElementById("choice-%d").checked`, r.Choices[0]))
	case quiz.Multiple:
		for _, i := range toToggle(t, ctx, q, r) {
			want := slices.Contains(r.Choices, i)
			tabTo(t, ctx, fmt.Sprintf("#choice-%d", i))
			press(t, ctx, " ")
			waitFor(t, ctx, "the box to change", fmt.Sprintf(`document.getElementById("choice-%d").checked === %v`, i, want))
		}
	case quiz.Order:
		// Selection sort with the Move up buttons; focus must follow the
		// moved item, so Enter is pressed again without tabbing.
		for target, item := range r.Order {
			current := eval[[]int](t, ctx, `[...document.querySelectorAll(".order-item")].map(e => +e.dataset.item)`)
			from := slices.Index(current, item)
			if from == target {
				continue
			}
			tabTo(t, ctx, fmt.Sprintf("#move-up-%d", item))
			for step := from; step > target; step-- {
				press(t, ctx, kb.Enter)
				waitFor(t, ctx, "the item to move up", fmt.Sprintf(`[...document.querySelectorAll(".order-item")].findIndex(e => +e.dataset.item === %d) === %d`, item, step-1))
			}
		}
	case quiz.Match:
		for i, want := range r.Matches {
			options := eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll("#match-%d option")].map(o => o.value)`, i))
			pos := slices.Index(options, fmt.Sprint(want))
			tabTo(t, ctx, fmt.Sprintf("#match-%d", i))
			for step := 0; step < pos; step++ {
				press(t, ctx, kb.ArrowDown)
			}
			waitFor(t, ctx, "the match to be chosen", fmt.Sprintf(`document.getElementById("match-%d").value === "%d"`, i, want))
		}
	case quiz.Text:
		tabTo(t, ctx, "#answer-text")
		press(t, ctx, r.Text)
		waitFor(t, ctx, "the answer to be typed", fmt.Sprintf(`document.getElementById("answer-text").value === %q`, r.Text))
	}
}

// answerByMouse puts r into the question's inputs by clicking.
func answerByMouse(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response) {
	t.Helper()
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		for _, i := range toToggle(t, ctx, q, r) {
			want := slices.Contains(r.Choices, i)
			// Click the label, as a person taps the text of an answer.
			do(t, ctx, "tapping a choice", chromedp.Click(chromedp.CSS(fmt.Sprintf(`label[for="choice-%d"]`, i))))
			waitFor(t, ctx, "the choice to change", fmt.Sprintf(`document.getElementById("choice-%d").checked === %v`, i, want))
		}
	case quiz.Order:
		for target, item := range r.Order {
			current := eval[[]int](t, ctx, `[...document.querySelectorAll(".order-item")].map(e => +e.dataset.item)`)
			for step := slices.Index(current, item); step > target; step-- {
				do(t, ctx, "tapping move up", chromedp.Click(chromedp.ID(fmt.Sprintf("move-up-%d", item))))
				waitFor(t, ctx, "the item to move up", fmt.Sprintf(`[...document.querySelectorAll(".order-item")].findIndex(e => +e.dataset.item === %d) === %d`, item, step-1))
			}
		}
	case quiz.Match:
		for i, want := range r.Matches {
			do(t, ctx, "choosing a match", chromedp.SetValue(chromedp.ID(fmt.Sprintf("match-%d", i)), fmt.Sprint(want)))
			// SetValue fires no change event of its own; a person's pick does.
			do(t, ctx, "firing change", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById("match-%d").dispatchEvent(new Event("change", {bubbles: true}))`, i)))
		}
	case quiz.Text:
		// Clear any draft first, as a person selects and retypes.
		do(t, ctx, "typing the answer", chromedp.Evaluate[chromedp.Void](`document.getElementById("answer-text").value = ""`),
			chromedp.Click(chromedp.ID("answer-text")), chromedp.SendKeys(chromedp.ID("answer-text"), r.Text))
	}
}

// toToggle returns the choices whose checked state must change for the
// inputs to show r: a person unticks a box as well as ticking one.
func toToggle(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response) []int {
	t.Helper()
	checked := eval[[]int](t, ctx, `[...document.querySelectorAll("input[name=answer]")].filter(e => e.checked).map(e => +e.value)`)
	var out []int
	for _, i := range r.Choices {
		if !slices.Contains(checked, i) {
			out = append(out, i)
		}
	}
	for _, i := range checked {
		if !slices.Contains(r.Choices, i) && q.Kind == quiz.Multiple {
			out = append(out, i) // radios switch by themselves; boxes need a click
		}
	}
	return out
}

// expectedScore sums the engine's grade of each planned response: the
// page must show the same total.
func expectedScore(l *quiz.Lesson, plan map[string]quiz.Response) float64 {
	var total float64
	for id, r := range plan {
		q, _ := l.Question(id)
		total += quiz.GradeResponse(q, r).Score
	}
	return total
}

// formatPoints mirrors how the results page prints a score.
func formatPoints(v float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
	if s == "" {
		return "0"
	}
	return s
}

// assertFreshInputs checks that a question not yet answered shows nothing
// picked or typed: nothing may leak over from the question before.
func assertFreshInputs(t *testing.T, ctx context.Context, q *quiz.Question) {
	t.Helper()
	switch q.Kind {
	case quiz.Text:
		if v := eval[string](t, ctx, `document.getElementById("answer-text").value`); v != "" {
			t.Errorf("%s: the text field already holds %q before typing", q.ID, v)
		}
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		if n := eval[int](t, ctx, `[...document.querySelectorAll("input[name=answer]")].filter(e => e.checked).length`); n != 0 {
			t.Errorf("%s: %d choices already picked before answering", q.ID, n)
		}
	case quiz.Match:
		if n := eval[int](t, ctx, `[...document.querySelectorAll(".match-row select")].filter(e => e.value !== "-1").length`); n != 0 {
			t.Errorf("%s: %d pairs already chosen before answering", q.ID, n)
		}
	}
}

// planned is the usual mix of answers: right, except for the questions in
// wrongOn, which get a wrong or partly right answer.
func planned(q *quiz.Question) quiz.Response {
	if wrongOn[q.ID] {
		return wrongResponse(q)
	}
	return rightResponse(q)
}

// takeQuestion answers the question on screen by mouse with pick's
// response, checks it and moves on, returning what it answered.
func takeQuestion(t *testing.T, ctx context.Context, l *quiz.Lesson, pick func(*quiz.Question) quiz.Response) (*quiz.Question, quiz.Response) {
	t.Helper()
	q := shownQuestion(t, ctx, l)
	r := pick(q)
	answerByMouse(t, ctx, q, r)
	do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, ctx, "Next", `!document.getElementById("next").disabled`)
	heading := eval[string](t, ctx, `document.getElementById("question-heading").textContent`)
	do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
	// Next is handled on the app's next frame: until the heading changes
	// (another question, the end of the round, the results page), the
	// page still shows q, and a caller reading the question shown would
	// read q (it did, once in six runs, when switching language).
	waitFor(t, ctx, "the question after "+q.ID, fmt.Sprintf(`!document.getElementById("question-heading") || document.getElementById("question-heading").textContent !== %q`, heading))
	return q, r
}

// sectionSize is how many questions the lesson has in a section: the
// length of a quiz linked with sections=id.
func sectionSize(l *quiz.Lesson, id string) int {
	n := 0
	for _, q := range l.Questions {
		if q.Section == id {
			n++
		}
	}
	return n
}

// lessonIn is the bundled lesson in language lang, for a journey that
// takes the quiz at that language's addresses.
func lessonIn(t *testing.T, lang string) *quiz.Lesson {
	t.Helper()
	l, err := questions.LessonIn(lang)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// wordsIn formats a string of the interface as a page in language lang
// shows it (ui.In), without changing the language the server renders in.
func wordsIn(lang string) func(format string, args ...any) string {
	return func(format string, args ...any) string { return fmt.Sprintf(ui.In(lang, format), args...) }
}

// scorePrefix is how the results page in language lang begins a score of
// points out of max: "7.5 of 12 points", "Бали: 7,5 з 12". The
// percentage after it is not compared.
func scorePrefix(lang string, points float64, max int) string {
	p := formatPoints(points)
	if lang == ui.Ukrainian {
		p = strings.Replace(p, ".", ",", 1)
	}
	s := wordsIn(lang)("%s of %d points (%d%%)", p, max, 0)
	return s[:strings.LastIndex(s, " (")]
}
