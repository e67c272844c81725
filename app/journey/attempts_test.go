package journey

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// coursePageWith is a course page on another site: the teacher's pasted
// snippet, and the few lines a teacher adds to collect results.
const coursePageWith = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body><h1>Week 5: security guarantees</h1>
%s
<script>
window.received = [];
window.addEventListener("message", (e) => {
  if (e.data && e.data.type === "beyond-budapest:xapi") window.received.push(e.data.statement);
});
</script>
</body></html>`

// TestCopiedSnippetWorksOnAnotherSiteAndRetriesDoNotRaiseTheScore: a
// teacher configures the quiz on /teachers of a server with default
// settings (no FRAME_ANCESTORS), pastes the snippet as copied into a course
// page on another site, and collects the statements. The frame shows the
// quiz; each attempt has its own registration; a retry after a failed
// graded attempt reports no new score and no pass.
func TestCopiedSnippetWorksOnAnotherSiteAndRetriesDoNotRaiseTheScore(t *testing.T) {
	srv, l := startApp(t)
	var snippet string
	course := serveAt(t, "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, coursePageWith, snippet)
	}))
	courseOrigin := "http://" + course.addrAs("localhost") // another site than 127.0.0.1
	ctx := newBrowser(t, 1000, 2400)

	openApp(t, ctx, srv.URL+"/teachers")
	if got := text(t, ctx, "#embed-sites"); !strings.Contains(got, "any site") {
		t.Errorf("/teachers says %q about where the quiz can be embedded", got)
	}
	do(t, ctx, "keep only the EU section", chromedp.Evaluate[chromedp.Void](
		`document.querySelectorAll('input[id^="section-"]:checked').forEach(b => { if (b.id !== "section-eu") document.querySelector('label[for="' + b.id + '"]').click(); })`))
	do(t, ctx, "pass mark", chromedp.SendKeys(chromedp.ID("pass"), "95"))
	// Off by default once there is a pass mark: waited for, since the box
	// changes only when the app has read the pass mark typed.
	waitFor(t, ctx, "Allow retries to be off by default with a pass mark", `!document.getElementById("retries").checked`)
	do(t, ctx, "allow retries", chromedp.Click(chromedp.CSS(`label[for="retries"]`)))
	do(t, ctx, "send results to the course site", chromedp.SendKeys(chromedp.ID("origins"), courseOrigin))
	waitFor(t, ctx, "the snippet", `document.getElementById("snippet").value.includes("retries=1") && document.getElementById("snippet").value.includes('sections=eu"')`)
	snippet = eval[string](t, ctx, `document.getElementById("snippet").value`)

	do(t, ctx, "open the course page", chromedp.Navigate(courseOrigin+"/"))
	fctx := frameContext(t, ctx, srv.URL)
	total := sectionSize(l, "eu")
	for n := 1; n <= total; n++ {
		waitFor(t, fctx, "question", fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question %d of %d"`, n, total))
		q := shownQuestion(t, fctx, l)
		r := rightResponse(q)
		if n == 2 {
			r = wrongResponse(q)
		}
		answerByMouse(t, fctx, q, r)
		// Check and Next by script: the course page resizes the frame as
		// the feedback appears, and a pointer click could land mid-resize.
		do(t, fctx, "check", chromedp.Evaluate[chromedp.Void](`document.getElementById("check").click()`))
		waitFor(t, fctx, "Next", `!document.getElementById("next").disabled`)
		do(t, fctx, "next", chromedp.Evaluate[chromedp.Void](`document.getElementById("next").click()`))
	}
	waitFor(t, fctx, "the retry button", `document.getElementById("retry-missed")`)
	if !eval[bool](t, fctx, `!!document.getElementById("retry-note")`) {
		t.Error("the results do not say that a retry is practice")
	}
	do(t, fctx, "retry", chromedp.Evaluate[chromedp.Void](`document.getElementById("retry-missed").click()`))
	waitFor(t, fctx, "the retry round", `document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Retry: question 1 of 1"`)
	q := shownQuestion(t, fctx, l)
	answerByMouse(t, fctx, q, rightResponse(q))
	do(t, fctx, "check", chromedp.Evaluate[chromedp.Void](`document.getElementById("check").click()`))
	waitFor(t, fctx, "Next", `!document.getElementById("next").disabled`)
	do(t, fctx, "see results", chromedp.Evaluate[chromedp.Void](`document.getElementById("next").click()`))
	waitFor(t, fctx, "the results", `document.getElementById("score") && location.pathname === "/embed/results"`)
	screenshot(t, ctx, "desktop-course-page-after-retry")
	waitFor(t, fctx, "what the teacher sees", `!!document.getElementById("graded-score")`)
	if got := text(t, fctx, "#graded-score"); !strings.Contains(got, "first attempt") || !strings.Contains(got, "not passed") {
		t.Errorf("after the retry the results say %q, want the first attempt's score, not passed", got)
	}

	waitFor(t, ctx, "the statements of both attempts", fmt.Sprintf(`window.received.length >= %d`, total+4))
	raw := eval[string](t, ctx, `JSON.stringify(window.received)`)
	var statements []struct {
		Verb struct {
			Display map[string]string `json:"display"`
		} `json:"verb"`
		Result *struct {
			Score *struct{ Raw float64 } `json:"score"`
		} `json:"result"`
		Context struct {
			Registration string         `json:"registration"`
			Extensions   map[string]any `json:"extensions"`
		} `json:"context"`
	}
	if err := json.Unmarshal([]byte(raw), &statements); err != nil {
		t.Fatal(err)
	}
	var lines []string
	registrations := map[float64]string{}
	var scored []float64
	for _, s := range statements {
		verb := s.Verb.Display["en-US"]
		n, _ := s.Context.Extensions["http://id.tincanapi.com/extension/attempt-id"].(float64)
		lines = append(lines, fmt.Sprintf("%s@%v", verb, n))
		if s.Context.Registration == "" {
			t.Errorf("%s (attempt %v) has no registration", verb, n)
		}
		if r, ok := registrations[n]; ok && r != s.Context.Registration {
			t.Errorf("attempt %v uses two registrations", n)
		}
		registrations[n] = s.Context.Registration
		if verb == "completed" && s.Result != nil && s.Result.Score != nil {
			scored = append(scored, s.Result.Score.Raw)
		}
	}
	want := strings.Repeat("answered@1,", total) + "completed@1,failed@1,answered@2,completed@2"
	if got := strings.Join(lines, ","); got != want {
		t.Errorf("statements\n got %s\nwant %s", got, want)
	}
	if registrations[1] == registrations[2] {
		t.Errorf("both attempts share registration %s", registrations[1])
	}
	if len(scored) != 1 || scored[0] >= float64(total) {
		t.Errorf("scores reported %v, want only the first attempt's (below %d)", scored, total)
	}
	validateXAPI(t, []byte(raw))
}
