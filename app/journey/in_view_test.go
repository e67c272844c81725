package journey

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"

	"github.com/chromedp/chromedp"
)

// viewShot saves what is on screen (not the whole page) under
// test-output/screenshots/, to see what the student sees.
func viewShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := filepath.Join("..", "..", "test-output", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// oneOfEachKind is a quiz link with the first question of every kind.
func oneOfEachKind(t *testing.T, l *quiz.Lesson) (string, int) {
	t.Helper()
	var ids []string
	for _, k := range quiz.Kinds {
		for _, id := range l.InSectionOrder() {
			if q, _ := l.Question(id); q.Kind == k {
				ids = append(ids, id)
				break
			}
		}
	}
	return "questions=" + strings.Join(ids, ","), len(ids)
}

// withSlip is a typed answer with two neighbouring letters swapped, the
// kind of slip the marking forgives ("Istnabul").
func withSlip(s string) string {
	r := []rune(s)
	if len(r) >= 5 && !strings.ContainsAny(s, "0123456789") {
		r[2], r[3] = r[3], r[2]
	}
	return string(r)
}

// inViewJS is true when the element is wholly on screen.
const inViewJS = `((e) => { const b = e.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; })`

// TestVerdictIsInViewAndPagesStartAtTheTopOnAPhone: on a 360 px phone,
// after Check for every kind of question the ✓/✗ verdict is on screen with
// focus on it, and the nearest mark on the answers too when both fit; a
// typed answer with a slip is accepted with a spelling note. "See results"
// and a footer link open their page at the top with focus on its heading;
// a link to a #section goes to the section.
func TestVerdictIsInViewAndPagesStartAtTheTopOnAPhone(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 360, 740)
	query, n := oneOfEachKind(t, l)
	openApp(t, ctx, srv.URL+"/quiz?"+query)
	for i := 1; i <= n; i++ {
		waitFor(t, ctx, "the question", fmt.Sprintf(`document.getElementById("question-heading").textContent === "Question %d of %d"`, i, n))
		q := shownQuestion(t, ctx, l)
		r := rightResponse(q)
		if q.Kind == quiz.Text {
			r.Text = withSlip(q.Answers[0])
		}
		if q.Kind == quiz.Order {
			// Check on the list as shuffled asks for an answer first.
			do(t, ctx, "tap Check on the untouched list", chromedp.Click(chromedp.ID("check")))
			waitFor(t, ctx, "a request for an answer", `document.getElementById("check-problem") && document.getElementById("check-problem").textContent.includes("not moved")`)
			viewShot(t, ctx, "phone-order-untouched")
		}
		answerByMouse(t, ctx, q, r)
		do(t, ctx, "tap Check", chromedp.Click(chromedp.ID("check")))
		waitFor(t, ctx, "focus on the verdict", `document.activeElement && document.activeElement.id === "verdict"`)
		if !eval[bool](t, ctx, inViewJS+`(document.getElementById("verdict"))`) {
			t.Errorf("%s (%s): the verdict is off screen after Check (top %.0f px of %.0f)", q.ID, q.Kind,
				eval[float64](t, ctx, `document.getElementById("verdict").getBoundingClientRect().top`), eval[float64](t, ctx, `innerHeight`))
		}
		// The nearest mark above the verdict, when both fit on the screen.
		fits := eval[bool](t, ctx, `(() => { const m = [...document.querySelectorAll("#question-form .mark")].pop(); if (!m) return false;
			return document.getElementById("verdict").getBoundingClientRect().bottom - m.getBoundingClientRect().top <= innerHeight - 24; })()`)
		if fits && !eval[bool](t, ctx, inViewJS+`([...document.querySelectorAll("#question-form .mark")].pop())`) {
			t.Errorf("%s (%s): the marks on the answers are off screen after Check", q.ID, q.Kind)
		}
		if q.Kind == quiz.Text && r.Text != q.Answers[0] && !eval[bool](t, ctx, `!!document.getElementById("spelling-note")`) {
			t.Errorf("%s: %q was not accepted with a spelling note: %q", q.ID, r.Text, text(t, ctx, "#feedback"))
		}
		viewShot(t, ctx, "phone-verdict-"+string(q.Kind))
		do(t, ctx, "tap Next", chromedp.Click(chromedp.ID("next")))
	}

	waitFor(t, ctx, "the results", `document.getElementById("score") && location.pathname === "/results"`)
	waitFor(t, ctx, "focus on the results heading", `document.activeElement && document.activeElement.id === "results-heading"`)
	if y := eval[float64](t, ctx, `scrollY`); y > 0 {
		t.Errorf("the results page opened %.0f px down, want the top", y)
	}
	viewShot(t, ctx, "phone-results-top")

	do(t, ctx, "tap a footer link", chromedp.Click(chromedp.CSS(`.site-footer a[href="/why"]`)))
	waitFor(t, ctx, "the page", `location.pathname === "/why"`)
	waitFor(t, ctx, "focus on the page heading", `document.activeElement && document.activeElement.tagName === "H1"`)
	if y := eval[float64](t, ctx, `scrollY`); y > 0 {
		t.Errorf("a footer link opened /why %.0f px down, want the top", y)
	}
	viewShot(t, ctx, "phone-why-top")

	openApp(t, ctx, srv.URL+"/terms")
	sec := l.Sections[len(l.Sections)-1].ID
	do(t, ctx, "follow a link to a section", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const a = document.createElement("a"); a.href = "/learn#%s"; a.textContent = "x"; document.querySelector("main").append(a); a.click(); })()`, sec)))
	waitFor(t, ctx, "the section", fmt.Sprintf(`location.pathname === "/learn" && document.getElementById(%q)`, sec))
	waitFor(t, ctx, "the scroll to the section", fmt.Sprintf(`Math.abs(document.getElementById(%q).getBoundingClientRect().top) < 80`, sec))
}
