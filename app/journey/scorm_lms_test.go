package journey

import (
	"archive/zip"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"github.com/chromedp/chromedp"
)

// The SCORM journeys play each package in a test LMS: a page on 127.0.0.1
// that runs scorm-again (npm), the LMS side of the SCORM run-time, and
// opens the package in a frame from a path the package cannot know in
// advance, as Moodle does (/pluginfile.php/<context>/mod_scorm/content/<n>/).
// The student answers part of the quiz, leaves, comes back to the same
// place from the LMS's suspend data, and finishes (in 2004 failing first,
// then retrying the missed questions); the LMS must then hold the score,
// the outcome, the session time and one valid interaction per check.
// scorm-again refuses values of the wrong type, range or format, and every
// call the package makes is logged and checked.
//
// This file is the test LMS and what the journeys ask of it; its script
// and page are in testdata/. The journeys are in scorm_test.go (played in
// steps by scorm_attempt_test.go) and scorm_wasm_type_test.go.

const lmsContent = "/pluginfile.php/42/mod_scorm/content/7/"

// lmsDriver is the test LMS's own script: launching and closing the
// activity, logging each API call, and a helper that answers the question
// shown in the frame the way answerByMouse does on a page.
//
//go:embed testdata/lms_driver.js
var lmsDriver string

// lmsPage is the test LMS's player page: scorm-again, lmsDriver, and the
// slot the activity's frame goes in.
//
//go:embed testdata/lms_player.html
var lmsPage string

// scormPackage builds the package for v with the given quiz settings,
// exactly as make scorm does, and returns the zip.
func scormPackage(t *testing.T, l *quiz.Lesson, v report.SCORMVersion, settings string) []byte {
	t.Helper()
	site := t.TempDir()
	// With make wasm's gzip -9 copy when BB_WASM names one, as make scorm.
	cfg := appConfig(t)
	cfg.Lesson = l
	if err := server.Relocatable(site, cfg); err != nil {
		t.Fatal(err)
	}
	p, err := server.SCORMPackageFor(v, settings, l)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := p.Write(&buf, os.DirFS(site)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unzip extracts a package into dir.
func unzip(t *testing.T, b []byte, dir string) {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		out := filepath.Join(dir, filepath.FromSlash(f.Name))
		os.MkdirAll(filepath.Dir(out), 0o755)
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		if err := os.WriteFile(out, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// manifestLaunch reads what an LMS takes from the manifest: the launch
// parameters and the pass mark it hands to the activity.
func manifestLaunch(t *testing.T, dir string, v report.SCORMVersion) (params string, state map[string]any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "imsmanifest.xml"))
	if err != nil {
		t.Fatal(err)
	}
	m := string(b)
	attr := func(name string) string {
		i := strings.Index(m, name+`="`)
		if i < 0 {
			return ""
		}
		rest := m[i+len(name)+2:]
		return strings.ReplaceAll(rest[:strings.Index(rest, `"`)], "&amp;", "&")
	}
	between := func(open, close string) string {
		i := strings.Index(m, open)
		if i < 0 {
			return ""
		}
		rest := m[i+len(open):]
		return rest[:strings.Index(rest, close)]
	}
	params = attr("parameters")
	if v == report.SCORM12 {
		return params, map[string]any{"student_data": map[string]any{"mastery_score": between("<adlcp:masteryscore>", "<")}}
	}
	return params, map[string]any{"scaled_passing_score": between("<imsss:minNormalizedMeasure>", "<")}
}

type lmsCall struct {
	Name   string   `json:"name"`
	Args   []string `json:"args"`
	Result string   `json:"result"`
	Error  string   `json:"error"`
}

// checkCalls fails on any call the LMS refused, and returns the values
// the package set, last one winning.
func checkCalls(t *testing.T, ctx context.Context, v report.SCORMVersion) map[string]string {
	t.Helper()
	calls := eval[[]lmsCall](t, ctx, `window.lmsCalls`)
	set := map[string]string{}
	for _, c := range calls {
		if c.Result != "true" {
			t.Errorf("SCORM %s: the LMS refused %s(%s): error %s", v, c.Name, strings.Join(c.Args, ", "), c.Error)
		}
		if (c.Name == "SetValue" || c.Name == "LMSSetValue") && len(c.Args) == 2 {
			set[c.Args[0]] = c.Args[1]
		}
	}
	if errs := eval[[]string](t, ctx, `window.lmsErrors`); len(errs) > 0 {
		t.Errorf("SCORM %s: scorm-again logged errors: %v", v, errs)
	}
	return set
}

// inFrame evaluates expr with document standing for the activity frame's
// document (same origin as the test LMS page).
func inFrame(expr string) string {
	return `(() => { const document = window.document.querySelector("iframe").contentDocument; return ` + expr + `; })()`
}

// answerInFrame answers the question shown in the frame with r, checks it
// and moves on, through the test LMS's answer() helper.
func answerInFrame(t *testing.T, ctx context.Context, q *quiz.Question, r quiz.Response) {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"choices": r.Choices, "order": r.Order, "matches": r.Matches, "text": r.Text})
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf(`answer(%q, %s)`, q.Kind, b), chromedp.EvalAwaitPromise)); err != nil {
		t.Fatalf("answering %s: %v", q.ID, err)
	}
}

// servedAs serves the files in dir as an LMS would: with no compression,
// and app.wasm (app.wasm.gz in a package) with the Content-Type the LMS
// stored for it, not application/wasm (wasmType; "" for Go's default).
// Moodle has no wasm entry and sends document/unknown; many Apache and
// nginx set-ups send application/octet-stream.
func servedAs(dir, wasmType string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if wasmType != "" && (strings.HasSuffix(r.URL.Path, ".wasm") || strings.HasSuffix(r.URL.Path, ".wasm.gz")) {
			w.Header().Set("Content-Type", wasmType)
		}
		files.ServeHTTP(w, r)
	})
}

// testLMS serves the test LMS and, under lmsContent, the unzipped package
// in content, with app.wasm's type as servedAs says.
func testLMS(t *testing.T, content, wasmType string) *httptest.Server {
	t.Helper()
	dist, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "node_modules", "scorm-again", "dist"))
	if _, err := os.Stat(dist); err != nil {
		t.Fatalf("scorm-again is missing (%v): run make deps-node-tools", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/lms/scorm-again/", http.StripPrefix("/lms/scorm-again/", http.FileServer(http.Dir(dist))))
	mux.HandleFunc("/lms/driver.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		io.WriteString(w, lmsDriver)
	})
	mux.HandleFunc("/lms/player.html", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, lmsPage)
	})
	mux.Handle(lmsContent, http.StripPrefix(lmsContent, servedAs(content, wasmType)))
	lms := httptest.NewServer(mux)
	t.Cleanup(lms.Close)
	return lms
}

// sessionTimeElement is the data model element that holds a session's
// length in SCORM edition v.
func sessionTimeElement(v report.SCORMVersion) string {
	return map[report.SCORMVersion]string{report.SCORM12: "cmi.core.session_time", report.SCORM2004: "cmi.session_time"}[v]
}

// checkTimeCommittedOnFinish fails unless the session time was set and
// committed when the quiz was finished, before the student left: the
// commit on leaving often never reaches the LMS's server (in Moodle the
// 2004 session that finished kept the previous session's time).
func checkTimeCommittedOnFinish(t *testing.T, ctx context.Context, v report.SCORMVersion) {
	t.Helper()
	element := sessionTimeElement(v)
	calls := eval[[]lmsCall](t, ctx, `window.lmsCalls`)
	setAt := -1
	for i, c := range calls {
		switch {
		case c.Name == "LMSFinish" || c.Name == "Terminate":
			t.Fatalf("SCORM %s: the session ended before the student left", v)
		case (c.Name == "SetValue" || c.Name == "LMSSetValue") && len(c.Args) == 2 && c.Args[0] == element && c.Args[1] != "":
			setAt = i
		case (c.Name == "Commit" || c.Name == "LMSCommit") && setAt >= 0:
			return
		}
	}
	if setAt < 0 {
		t.Errorf("SCORM %s: finishing the quiz did not set %s", v, element)
	} else {
		t.Errorf("SCORM %s: %s was set on finishing but not committed", v, element)
	}
}
