package journey

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core, installed by `make test` from tests/node.
func axeSource(t *testing.T) string {
	t.Helper()
	p := os.Getenv("BB_AXE")
	if p == "" {
		p = filepath.Join("..", "..", "tests", "node", "node_modules", "axe-core", "axe.min.js")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("axe-core is missing (%v): run `make deps-node-tools` (make test does)", err)
	}
	return string(b)
}

type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// audit runs axe-core's WCAG 2.x A and AA rules on the page and reports
// every violation.
func audit(t *testing.T, ctx context.Context, axe, state string) {
	t.Helper()
	if !eval[bool](t, ctx, `typeof axe !== "undefined"`) {
		do(t, ctx, "load axe", chromedp.Evaluate[chromedp.Void](axe))
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {
		runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
		resultTypes: ["violations"],
	}).then(r => JSON.stringify(r.violations))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe on %s: %v", state, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		var targets []string
		for _, n := range v.Nodes {
			targets = append(targets, strings.Join(n.Target, " "))
		}
		t.Errorf("%s: %s (%s) at %s", state, v.ID, v.Help, strings.Join(targets, "; "))
	}
}

// TestAccessibilityAuditEveryPageAndState: axe-core reports no WCAG 2.x
// A/AA violation on any page, on every kind of question before and after
// Check, or on the results.
func TestAccessibilityAuditEveryPageAndState(t *testing.T) { auditEveryPageAndState(t, ui.English) }

// TestAccessibilityAuditUkrainian: the same audit of every page and state
// at the /uk/ addresses (issue 19).
func TestAccessibilityAuditUkrainian(t *testing.T) { auditEveryPageAndState(t, ui.Ukrainian) }

func auditEveryPageAndState(t *testing.T, lang string) {
	axe := axeSource(t)
	srv, _ := startApp(t)
	l := lessonIn(t, lang)
	for _, size := range viewports {
		ctx := newBrowser(t, size.width, size.height)
		for _, p := range ui.Pages {
			openApp(t, ctx, srv.URL+ui.LangPath(lang, p.Path))
			audit(t, ctx, axe, size.name+" "+ui.LangPath(lang, p.Path))
		}
		openApp(t, ctx, srv.URL+ui.LangPath(lang, "/quiz"))
		seen := map[quiz.Kind]bool{}
		for n := 1; n <= len(l.Questions); n++ {
			waitFor(t, ctx, "question", fmt.Sprintf(`document.getElementById("question-heading").textContent === %q`, fmt.Sprintf(ui.In(lang, "Question %d of %d"), n, len(l.Questions))))
			q := shownQuestion(t, ctx, l)
			first := !seen[q.Kind]
			if first {
				audit(t, ctx, axe, size.name+" "+string(q.Kind)+" question")
			}
			r := rightResponse(q)
			if wrongOn[q.ID] {
				r = wrongResponse(q)
			}
			answerByMouse(t, ctx, q, r)
			do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
			waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
			if first || wrongOn[q.ID] {
				audit(t, ctx, axe, size.name+" checked "+string(q.Kind)+" question "+q.ID)
			}
			seen[q.Kind] = true
			do(t, ctx, "next", chromedp.Click(chromedp.ID("next")))
		}
		waitFor(t, ctx, "results", `document.getElementById("score")`)
		audit(t, ctx, axe, size.name+" results")
	}
}

// TestKeyboardReachesEveryControl tabs through each page and checks that
// every link, button and form control takes focus (a radio group counts
// once: arrow keys move within it).
func TestKeyboardReachesEveryControl(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	for _, p := range pagePaths() {
		openApp(t, ctx, srv.URL+p)
		time.Sleep(200 * time.Millisecond) // let OnMount's restored state render
		do(t, ctx, "mark controls", chromedp.Evaluate[chromedp.Void](`(() => {
			window.bbControls = [...document.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])")]
				.filter(e => e.getClientRects().length > 0 || e.classList.contains("skip-link"));
			window.bbReached = new Set();
			document.addEventListener("focusin", e => {
				const el = e.target;
				window.bbReached.add(el.type === "radio" ? "radio:" + el.name : el);
			});
		})()`))
		// Opened glossary tips add their own links, so keep tabbing until
		// every control was reached or it has clearly gone round.
		total := eval[int](t, ctx, `window.bbControls.length`)
		for i := 0; i < 3*total+10; i++ {
			press(t, ctx, "\t")
			if i%10 == 9 && eval[bool](t, ctx, `window.bbControls.every(e => window.bbReached.has(e) || (e.type === "radio" && window.bbReached.has("radio:" + e.name)))`) {
				break
			}
		}
		missed := eval[[]string](t, ctx, `window.bbControls
			.filter(e => !(window.bbReached.has(e) || (e.type === "radio" && window.bbReached.has("radio:" + e.name))))
			.map(e => e.outerHTML.slice(0, 120))`)
		for _, m := range missed {
			t.Errorf("%s: Tab never reaches %s", p, m)
		}
	}
}

func pagePaths() []string {
	var out []string
	for _, p := range ui.Pages {
		out = append(out, p.Path)
	}
	return out
}

// TestAccessibilityInEveryPreference runs axe with each learner
// preference (dark, high contrast, both, 200% text) on the main pages and
// on a question before and after Check.
func TestAccessibilityInEveryPreference(t *testing.T) {
	axe := axeSource(t)
	srv, l := startApp(t)
	ctx := newBrowser(t, 360, 740)
	openApp(t, ctx, srv.URL+"/")
	for _, prefs := range []string{`{"theme":"dark"}`, `{"contrast":"high"}`, `{"contrast":"high","theme":"dark"}`, `{"textSize":200,"hideScores":true}`} {
		setPrefs(t, ctx, prefs)
		for _, p := range []string{"/", "/learn", "/terms", "/settings", "/why", "/results"} {
			openApp(t, ctx, srv.URL+p)
			audit(t, ctx, axe, prefs+" "+p)
		}
		openApp(t, ctx, srv.URL+"/quiz")
		q := shownQuestion(t, ctx, l)
		audit(t, ctx, axe, prefs+" question")
		answerByMouse(t, ctx, q, wrongResponse(q))
		do(t, ctx, "check", chromedp.Click(chromedp.ID("check")))
		waitFor(t, ctx, "feedback", `document.querySelector("#feedback .feedback")`)
		audit(t, ctx, axe, prefs+" checked question")
		do(t, ctx, "clear", chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
	}
}
