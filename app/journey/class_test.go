package journey

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"beyondbudapest/tests/classfiles"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// browserStudents take a short quiz in the browser, each with a fresh
// device (storage cleared), and download their result file: right
// answers, wrong ones, and a mix; one types a name.
var browserStudents = []struct {
	name string
	pick func(*quiz.Question) quiz.Response
}{
	{"", rightResponse},
	{"Ada <b>L.</b>", wrongResponse},
	{"", planned},
}

// downloadResult finishes the quiz in ctx's browser and downloads the
// result file by clicking the link, returning the file's bytes.
func downloadResult(t *testing.T, ctx context.Context, dir, link string) []byte {
	t.Helper()
	before, _ := os.ReadDir(dir)
	do(t, ctx, "download "+link, chromedp.Click(chromedp.ID(link)))
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		if len(entries) > len(before) {
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".crdownload") {
					continue
				}
				known := false
				for _, b := range before {
					known = known || b.Name() == e.Name()
				}
				if !known {
					b, err := os.ReadFile(filepath.Join(dir, e.Name()))
					if err == nil && len(b) > 0 {
						return b
					}
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no file downloaded from #%s into %s", link, dir)
	return nil
}

// classFiles writes the class's files to dir: results downloaded from the
// real browser, the rest made by the same code from Go, a copy of one
// file, and bad files. It returns their paths.
func classFiles(t *testing.T, ctx context.Context, base string, l *quiz.Lesson, dir string) []string {
	t.Helper()
	downloads := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads,
	}); err != nil {
		t.Fatalf("allowing downloads: %v", err)
	}
	var paths []string
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for i, s := range browserStudents {
		openApp(t, ctx, base+"/quiz")
		do(t, ctx, "a fresh device", chromedp.Evaluate[chromedp.Void](`localStorage.clear()`))
		openApp(t, ctx, base+"/quiz?count=6")
		for n := 1; n <= 6; n++ {
			waitFor(t, ctx, "question", fmt.Sprintf(`document.getElementById("question-heading").textContent.startsWith("Question %d of")`, n))
			takeQuestion(t, ctx, l, s.pick)
		}
		waitFor(t, ctx, "the download", `document.getElementById("download-json")`)
		if s.name != "" {
			do(t, ctx, "type a name", chromedp.SendKeys(chromedp.ID("result-name"), s.name))
			waitFor(t, ctx, "the name in the file", `decodeURIComponent(document.getElementById("download-json").href).includes("Ada")`)
		}
		link := "download-json"
		if i == 1 {
			link = "download-csv"
		}
		data := downloadResult(t, ctx, downloads, link)
		if s.name != "" && eval[bool](t, ctx, `JSON.stringify(localStorage).includes("Ada")`) {
			t.Error("the typed name was kept in localStorage; it belongs in the file only")
		}
		write(fmt.Sprintf("browser-%d.%s", i+1, map[bool]string{true: "csv", false: "json"}[i == 1]), data)
	}
	made, err := classfiles.Generate(l, 30-len(browserStudents), 11)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range made {
		write(f.Name, f.Data)
	}
	write("copy-of-student-001.json", made[0].Data)
	write("truncated.json", made[0].Data[:len(made[0].Data)/3])
	write("huge.json", []byte(`{"app": "Beyond Budapest", "quiz": "`+strings.Repeat("x", analysis.MaxFileSize)+`"}`))
	write("notes.txt", []byte("not a result"))
	write(`<img src=x onerror=alert(1)>.json`, []byte(`{"app": "Beyond Budapest", "questions": [{"id": "<script>", "tries": -1}]}`))
	return paths
}

// TestClassPageAnalysesAClass: a teacher loads 30 result files (three
// downloaded from real quizzes in the browser), a copy and four bad files;
// the page shows the class's figures as app/analysis computes them, the
// weakest section first, one line per refused file, CSVs to download, and
// the same analysis after a reload, until cleared. axe finds nothing in
// any state.
func TestClassPageAnalysesAClass(t *testing.T) {
	axe := axeSource(t)
	srv, l := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	dir := t.TempDir()
	paths := classFiles(t, ctx, srv.URL, l, dir)

	// What the page should show: the analysis of the same files in Go.
	var want analysis.Class
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		want.Add(filepath.Base(p), b)
	}
	rep := analysis.Analyse(l, want.Attempts)
	if rep.Students != 30 || len(want.Rejected) != 4 || want.Duplicates != 1 {
		t.Fatalf("the test's own files: %d students, %d rejected (%q), %d duplicates; want 30, 4, 1", rep.Students, len(want.Rejected), want.Rejected, want.Duplicates)
	}

	openApp(t, ctx, srv.URL+"/class")
	audit(t, ctx, axe, "empty class page")
	if !strings.Contains(text(t, ctx, "#class-privacy"), "Nothing is sent anywhere") {
		t.Error("the page does not say that nothing is sent")
	}
	do(t, ctx, "drop the files", chromedp.SetUploadFiles(chromedp.ID("class-files"), paths))
	waitFor(t, ctx, "the analysis", `document.getElementById("class-summary")`)
	assertClass(t, ctx, l, rep)
	screenshot(t, ctx, "class-desktop")

	rejected := eval[[]string](t, ctx, `[...document.querySelectorAll("#rejected li")].map(li => li.textContent)`)
	for _, prefix := range []string{"truncated.json: the file ends too early", "huge.json: too large", "notes.txt: not a Beyond Budapest result file", "<img src=x onerror=alert(1)>.json: "} {
		found := false
		for _, r := range rejected {
			found = found || strings.HasPrefix(r, prefix)
		}
		if !found {
			t.Errorf("no rejection starting %q in %q", prefix, rejected)
		}
	}
	if eval[int](t, ctx, `document.querySelectorAll("main img, main script").length`) != 0 {
		t.Error("a file name was rendered as HTML")
	}
	if notes := text(t, ctx, "#import-notes"); !strings.Contains(notes, "1 attempt already loaded counted once") {
		t.Errorf("import notes %q do not count the copy once", notes)
	}
	if name := eval[bool](t, ctx, `[...document.querySelectorAll("#students-table td")].some(td => td.textContent === "Ada <b>L.</b>")`); !name {
		t.Error("the typed name is not shown, as text, in the student table")
	}

	for _, c := range []struct {
		id     string
		rows   int
		header string
	}{{"items-csv", len(rep.Items) + 1, "question"}, {"students-csv", 31, "student"}} {
		href := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).href`, c.id))
		_, data, _ := strings.Cut(href, ",")
		body, err := url.PathUnescape(data)
		if err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil || len(rows) != c.rows || rows[0][0] != c.header {
			t.Errorf("%s: %d rows (header %q), err %v; want %d starting %q", c.id, len(rows), rows[0], err, c.rows, c.header)
		}
	}
	audit(t, ctx, axe, "class page with a class")

	reloadApp(t, ctx)
	waitFor(t, ctx, "the analysis after a reload", `document.getElementById("class-summary")`)
	assertClass(t, ctx, l, rep)

	do(t, ctx, "clear", chromedp.Click(chromedp.ID("clear-class")))
	waitFor(t, ctx, "the cleared page", `!document.getElementById("class-summary")`)
	audit(t, ctx, axe, "cleared class page")
	reloadApp(t, ctx)
	if eval[bool](t, ctx, `!!document.getElementById("class-summary") || localStorage.getItem("beyond-budapest/class/v1") !== null`) {
		t.Error("the class came back after Clear and a reload")
	}

	// The same class at phone size, in a browser of its own (each
	// browser has three minutes, which a loaded machine needs).
	phone := newBrowser(t, 360, 740)
	openApp(t, phone, srv.URL+"/class")
	audit(t, phone, axe, "empty class page, phone")
	do(t, phone, "drop the files on a phone", chromedp.SetUploadFiles(chromedp.ID("class-files"), paths))
	waitFor(t, phone, "the analysis on a phone", `document.getElementById("class-summary")`)
	audit(t, phone, axe, "class page with a class, phone")
	if wide := eval[bool](t, phone, `document.documentElement.scrollWidth > window.innerWidth + 1`); wide {
		t.Error("the class page scrolls sideways on a phone; only its tables may")
	}
	screenshot(t, phone, "class-phone")
}

// assertClass compares the page's figures with the analysis.
func assertClass(t *testing.T, ctx context.Context, l *quiz.Lesson, rep analysis.Report) {
	t.Helper()
	percent := func(v float64) string {
		return strings.TrimSuffix(strings.TrimSuffix(fmt.Sprintf("%.1f", v), "0"), ".") + " %"
	}
	for sel, want := range map[string]string{
		"#class-size":   fmt.Sprint(rep.Students),
		"#class-mean":   percent(rep.Mean),
		"#class-median": percent(rep.Median),
	} {
		if got := text(t, ctx, sel); got != want {
			t.Errorf("%s shows %q, want %q", sel, got, want)
		}
	}
	weakest, _ := l.Section(rep.Sections[0].ID)
	first := text(t, ctx, "#section-mastery li")
	if !strings.Contains(first, weakest.Title) || !strings.Contains(first, "Re-teach this") {
		t.Errorf("first section shown %q, want the weakest, %q, with a re-teach link", first, weakest.Title)
	}
	if href := eval[string](t, ctx, `document.querySelector("#section-mastery li a").getAttribute("href")`); href != "/learn#"+weakest.ID {
		t.Errorf("re-teach link %q, want /learn#%s", href, weakest.ID)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#students-table tbody tr").length`); n != rep.Students {
		t.Errorf("%d student rows, want %d", n, rep.Students)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#items-table tbody tr").length`); n != len(rep.Items) {
		t.Errorf("%d question rows, want %d", n, len(rep.Items))
	}
}
