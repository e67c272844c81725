package journey

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/server"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// hostPage is a course page on another site that embeds the quiz and
// sizes the frame with one of the three height dialects the app speaks.
const hostPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course page</title></head>
<body style="margin:0">
<h1>Week 5: security guarantees</h1>
<iframe id="quiz" title="Beyond Budapest quiz" src="%s" style="width:100%%;border:0;height:150px"></iframe>
<script>
const MODE = "%s", APP = "%s";
window.received = [];
const frame = document.getElementById("quiz");
window.addEventListener("message", (e) => {
  if (e.origin !== APP) return;
  window.received.push(e.data);
  const d = e.data || {};
  if (MODE === "own" && d.type === "beyond-budapest:resize") frame.style.height = d.height + "px";
  if (MODE === "canvas" && d.subject === "lti.frameResize") frame.style.height = d.height + "px";
  if (MODE === "h5p" && d.context === "h5p") {
    // H5P's resizer: answer hello, reset before measuring, then apply.
    if (d.action === "hello") frame.contentWindow.postMessage({context: "h5p", action: "hello"}, "*");
    if (d.action === "prepareResize") {
      frame.style.height = d.clientHeight + "px";
      frame.contentWindow.postMessage({context: "h5p", action: "resizePrepared"}, "*");
    }
    if (d.action === "resize") frame.style.height = d.scrollHeight + "px";
  }
});
if (MODE === "h5p") frame.addEventListener("load", () => frame.contentWindow.postMessage({context: "h5p", action: "ready"}, "*"));
</script>
</body></html>`

// embedSetup serves the app on 127.0.0.1 and two course sites on
// "localhost" (another site, so the frame is truly cross-site), both
// allowed to embed it; only the first is listed to receive results.
func embedSetup(t *testing.T) (appURL, listed, unlisted string) {
	t.Helper()
	hosts := map[string]*liveServer{}
	var app string // set below, once the app server runs
	coursePage := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mode := strings.TrimPrefix(r.URL.Path, "/")
		src := app + "/embed?sections=eu&pass=50&origins=" + "http://" + hosts["listed"].addrAs("localhost")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, hostPage, src, mode, app)
	})
	for _, name := range []string{"listed", "unlisted"} {
		hosts[name] = serveAt(t, "127.0.0.1:0", coursePage)
	}
	cfg := appConfig(t)
	cfg.FrameAncestors = []string{"http://" + hosts["listed"].addrAs("localhost"), "http://" + hosts["unlisted"].addrAs("localhost")}
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	a := serveAt(t, "127.0.0.1:0", h)
	app = a.url()
	return app, "http://" + hosts["listed"].addrAs("localhost"), "http://" + hosts["unlisted"].addrAs("localhost")
}

// addrAs is the server's address under another host name.
func (s *liveServer) addrAs(host string) string {
	_, port, _ := strings.Cut(s.addr, ":")
	return host + ":" + port
}

// frameContext attaches to the quiz iframe, which Chromium runs as its own
// target because it is another site.
func frameContext(t *testing.T, ctx context.Context, appURL string) context.Context {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, appURL+"/embed") {
				fctx, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				do(t, fctx, "wait for the app in the frame", waitReady())
				return fctx
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("the quiz iframe never appeared as a target")
	return nil
}

// assertFrameFits checks that the host sized the frame to the quiz.
func assertFrameFits(t *testing.T, ctx, fctx context.Context, how string) {
	t.Helper()
	var frameH, contentH float64
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		frameH = eval[float64](t, ctx, `document.getElementById("quiz").getBoundingClientRect().height`)
		contentH = eval[float64](t, fctx, `Math.ceil(document.querySelector(".page").getBoundingClientRect().height)`)
		if math.Abs(frameH-contentH) <= 2 && frameH > 300 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("%s: the frame is %.0f px tall for %.0f px of content; host received %s; frame scripts %s", how, frameH, contentH,
		eval[string](t, ctx, `JSON.stringify(window.received.slice(0, 5))`), eval[string](t, fctx, `[...document.scripts].map(s => s.src).join(" ")`))
}

// TestEmbedSizesItselfAndReportsOnlyToListedSites: the cross-origin embed
// journey. The frame is sized through each dialect; valid xAPI statements
// reach the listed course site and none reach the unlisted one.
func TestEmbedSizesItselfAndReportsOnlyToListedSites(t *testing.T) {
	appURL, listed, unlisted := embedSetup(t)
	_, l := lessonForJourney(t)
	// Tall enough that the whole frame is on screen: a real pointer clicks
	// inside the frame at page coordinates.
	ctx := newBrowser(t, 1000, 2400)

	for _, mode := range []string{"h5p", "canvas"} {
		do(t, ctx, "open the course page", chromedp.Navigate(listed+"/"+mode))
		fctx := frameContext(t, ctx, appURL)
		assertFrameFits(t, ctx, fctx, mode)
	}

	do(t, ctx, "open the course page", chromedp.Navigate(listed+"/own"))
	fctx := frameContext(t, ctx, appURL)
	assertFrameFits(t, ctx, fctx, "own protocol")
	if eval[bool](t, fctx, `!!document.querySelector(".site-header")`) {
		t.Error("the embed view shows the site header")
	}
	if target := eval[string](t, fctx, `document.querySelector(".embed-footer a").target`); target != "_blank" {
		t.Errorf("the full-app link opens in %q, want a new tab", target)
	}
	total := sectionSize(l, "eu")
	for n := 1; n <= total; n++ {
		waitFor(t, fctx, "question", fmt.Sprintf(`document.getElementById("question-heading") && document.getElementById("question-heading").textContent === "Question %d of %d"`, n, total))
		q := shownQuestion(t, fctx, l)
		r := rightResponse(q)
		if n == 2 {
			r = wrongResponse(q)
		}
		// Each step changes the content's height; the host resizes the
		// frame, and the pointer clicks only once the layout has settled.
		assertFrameFits(t, ctx, fctx, fmt.Sprintf("question %d", n))
		answerByMouse(t, fctx, q, r)
		do(t, fctx, "check", chromedp.Click(chromedp.ID("check")))
		waitFor(t, fctx, "Next", `!document.getElementById("next").disabled`)
		assertFrameFits(t, ctx, fctx, fmt.Sprintf("feedback %d", n))
		do(t, fctx, "next", chromedp.Click(chromedp.ID("next")))
	}
	waitFor(t, fctx, "the embedded results", `document.getElementById("score")`)
	if path := eval[string](t, fctx, `location.pathname`); path != "/embed/results" {
		t.Errorf("results at %s, want /embed/results", path)
	}
	screenshot(t, ctx, "desktop-embed-results")
	waitFor(t, ctx, "all statements", fmt.Sprintf(`window.received.filter(d => d.type === "beyond-budapest:xapi").length >= %d`, total+2))
	raw := eval[string](t, ctx, `JSON.stringify(window.received.filter(d => d.type === "beyond-budapest:xapi").map(d => d.statement))`)
	var statements []map[string]any
	if err := json.Unmarshal([]byte(raw), &statements); err != nil {
		t.Fatal(err)
	}
	var verbs []string
	for _, s := range statements {
		verbs = append(verbs, s["verb"].(map[string]any)["display"].(map[string]any)["en-US"].(string))
	}
	if got, want := strings.Join(verbs, ","), strings.Repeat("answered,", total)+"completed,passed"; got != want {
		t.Errorf("statements %s, want %s: one answered per question, completed, passed", got, want)
	}
	validateXAPI(t, []byte(raw))

	// The unlisted site can embed the quiz and size it, but gets no results.
	do(t, ctx, "open the unlisted course page", chromedp.Navigate(unlisted+"/own"))
	fctx = frameContext(t, ctx, appURL)
	// Both course sites are "localhost", one storage partition: start afresh.
	do(t, fctx, "start over", chromedp.Evaluate[chromedp.Void](`localStorage.clear(); document.getElementById("app-ready").remove(); location.reload()`))
	time.Sleep(300 * time.Millisecond)
	do(t, fctx, "wait for the app", waitReady())
	assertFrameFits(t, ctx, fctx, "unlisted site")
	q := shownQuestion(t, fctx, l)
	answerByMouse(t, fctx, q, rightResponse(q))
	do(t, fctx, "check", chromedp.Click(chromedp.ID("check")))
	waitFor(t, fctx, "feedback", `document.querySelector("#feedback .feedback")`)
	time.Sleep(500 * time.Millisecond)
	if n := eval[int](t, ctx, `window.received.filter(d => d.type === "beyond-budapest:xapi").length`); n != 0 {
		t.Errorf("the unlisted site received %d statements", n)
	}
}

// validateXAPI runs Learning Locker's validator (tests/node) on statements.
func validateXAPI(t *testing.T, statements []byte) {
	t.Helper()
	script, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "validate-xapi.js"))
	cmd := exec.Command("node", script)
	cmd.Stdin = bytes.NewReader(statements)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xAPI validator:\n%s", out)
	}
}

// TestTeachersPageBuildsTheSnippet: choices on the teachers' page change
// the embed link in the snippet and the live preview.
func TestTeachersPageBuildsTheSnippet(t *testing.T) {
	srv, _ := startAppWith(t, func(cfg *server.Config) {
		site := t.TempDir()
		if err := server.Relocatable(site, *cfg); err != nil {
			t.Fatal(err)
		}
		cfg.ScormSite = os.DirFS(site)
	})
	ctx := newBrowser(t, 1280, 900)
	openApp(t, ctx, srv.URL+"/teachers")
	for _, id := range []string{"section-budapest", "section-weapons", "section-broken-promise", "section-istanbul", "section-west-hesitates"} {
		do(t, ctx, "untick "+id, chromedp.Click(chromedp.CSS(`label[for="`+id+`"]`)))
	}
	do(t, ctx, "pass mark", chromedp.SendKeys(chromedp.ID("pass"), "70"))
	do(t, ctx, "feedback at the end", chromedp.Click(chromedp.CSS(`label[for="feedback-end"]`)))
	do(t, ctx, "origins", chromedp.SendKeys(chromedp.ID("origins"), "https://moodle.example.edu"))
	want := "/embed?feedback=end&amp;origins=https%3A%2F%2Fmoodle.example.edu&amp;pass=70&amp;sections=eu%2Cfirst"
	waitFor(t, ctx, "the snippet", `document.getElementById("snippet").value.includes(`+jsString(want)+`)`)
	snippet := eval[string](t, ctx, `document.getElementById("snippet").value`)
	if !strings.HasPrefix(snippet, `<iframe src="`+srv.URL+`/embed?`) || !strings.Contains(snippet, `title="Beyond Budapest quiz"`) {
		t.Errorf("snippet:\n%s", snippet)
	}
	waitFor(t, ctx, "the preview", `document.getElementById("preview").getAttribute("src").includes("sections=eu%2Cfirst")`)
	screenshot(t, ctx, "desktop-teachers")

	// The SCORM package offered carries the same settings, less the sites
	// to send results to: in an LMS, results go to the LMS.
	href := eval[string](t, ctx, `document.getElementById("scorm2004-link").href`)
	if !strings.HasSuffix(href, "/scorm/beyond-budapest-scorm2004.zip?feedback=end&pass=70&sections=eu%2Cfirst") {
		t.Fatalf("SCORM link %s", href)
	}
	if name := eval[string](t, ctx, `document.getElementById("scorm2004-link").getAttribute("download")`); name != "beyond-budapest-scorm2004-eu-first-pass70-feedback-at-end.zip" {
		t.Errorf("the SCORM package downloads as %q, a name that does not say its settings", name)
	}
	resp, err := http.Get(href)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatalf("the SCORM download is not a zip (%d %s): %v", resp.StatusCode, body[:min(len(body), 200)], err)
	}
	r, _ := z.Open("imsmanifest.xml")
	manifest, _ := io.ReadAll(r)
	for _, want := range []string{`parameters="?feedback=end&amp;pass=70&amp;sections=eu%2Cfirst"`, `<imsss:minNormalizedMeasure>0.7<`} {
		if !bytes.Contains(manifest, []byte(want)) {
			t.Errorf("the downloaded package's manifest lacks %s", want)
		}
	}
	if _, err := z.Open("web/app.wasm.gz"); err != nil {
		t.Error("the downloaded package has no app")
	}
}

// TestWorksheetAndAnswerKeyPrint: the worksheet lists the chosen questions
// without answers, the key gives every answer, and both print to PDF.
func TestWorksheetAndAnswerKeyPrint(t *testing.T) {
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	for _, p := range []struct{ path, name string }{{"/worksheet?sections=eu", "worksheet"}, {"/answer-key?sections=eu", "answer-key"}} {
		openApp(t, ctx, srv.URL+p.path)
		waitFor(t, ctx, "the questions", fmt.Sprintf(`document.querySelectorAll(".print-question").length === %d`, sectionSize(l, "eu")))
		answers := eval[int](t, ctx, `document.querySelectorAll(".print-answer").length`)
		if p.name == "worksheet" && answers != 0 {
			t.Errorf("the worksheet shows %d answers", answers)
		}
		if p.name == "answer-key" {
			for _, q := range l.Questions {
				if q.Section == "eu" && !eval[bool](t, ctx, `document.getElementById("print-`+q.ID+`").textContent.includes(`+jsString(q.Explanation[:30])+`)`) {
					t.Errorf("the key lacks the explanation of %s", q.ID)
				}
				if f, ok := l.Fact(q.Facts[0]); q.Section == "eu" && ok && !eval[bool](t, ctx, `document.getElementById("print-`+q.ID+`").textContent.includes(`+jsString(f.Text[:min(len(f.Text), 30)])+`)`) {
					t.Errorf("the key does not show the text of fact %s, cited by %s", f.ID, q.ID)
				}
			}
		}
		pdf, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(pdf.Data, []byte("%PDF")) {
			t.Fatalf("%s did not print to PDF", p.name)
		}
		dir := filepath.Join("..", "..", "test-output")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, p.name+".pdf"), pdf.Data, 0o644)
		if n := bytes.Count(pdf.Data, []byte("/Type /Page\n")) + bytes.Count(pdf.Data, []byte("/Type /Page ")) + bytes.Count(pdf.Data, []byte("/Type/Page")); n > 3 {
			t.Errorf("%s for 4 questions runs to %d pages", p.name, n)
		}
	}
}
