package journey

import (
	"archive/zip"
	"bytes"
	"context"
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
	"beyondbudapest/app/scorm"
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
// the outcome, the session time and one valid interaction per check. scorm-again refuses values of the wrong type, range or format,
// and every call the package makes is logged and checked.

const lmsContent = "/pluginfile.php/42/mod_scorm/content/7/"

// lmsDriver is the test LMS's own script: launching and closing the
// activity, logging each API call, and a helper that answers the question
// shown in the frame the way answerByMouse does on a page.
const lmsDriver = `
window.lmsCalls = [];
window.lmsErrors = [];
let api = null;

function wrap(a, edition) {
	const lastError = edition === "1.2" ? () => a.LMSGetLastError() : () => a.GetLastError();
	const names = edition === "1.2" ? ["LMSInitialize", "LMSSetValue", "LMSCommit", "LMSFinish"] : ["Initialize", "SetValue", "Commit", "Terminate"];
	for (const name of names) {
		const orig = a[name].bind(a);
		a[name] = function (...args) {
			const result = String(orig(...args));
			window.lmsCalls.push({name, args: args.map(String), result, error: String(lastError())});
			return result;
		};
	}
}

// launch opens the activity with the learner's state from an earlier
// attempt (null for a first launch) and the manifest's mastery score.
window.launch = function (edition, state, src) {
	const settings = {autocommit: false, logLevel: 4, onLogMessage: (level, msg) => {
		if (level === 4 || level === "ERROR") window.lmsErrors.push(String(msg));
	}};
	api = edition === "1.2" ? new Scorm12API(settings) : new Scorm2004API(settings);
	if (state) {
		api.loadFromJSON(state);
	}
	wrap(api, edition);
	if (edition === "1.2") window.API = api; else window.API_1484_11 = api;
	const frame = document.createElement("iframe");
	frame.title = "Activity";
	frame.style = "width: 100%; height: 900px; border: 0";
	frame.src = src;
	document.getElementById("slot").appendChild(frame);
};

// close removes the frame, as an LMS does when the student leaves the
// activity; the package's pagehide handler ends the session.
window.close = function () {
	document.getElementById("slot").innerHTML = "";
	window.lastCMI = JSON.parse(JSON.stringify(api.cmi));
	return window.lastCMI;
};

window.cmi = () => JSON.parse(JSON.stringify(api.cmi));

// relaunchState is what the LMS keeps from a session and hands back at
// the next launch. It is built here, not in Go, because the order of an
// interaction's fields matters (type before learner_response) and Go maps
// do not keep it.
window.relaunchState = function (edition, first, prev) {
	const next = Object.assign({}, first, {suspend_data: prev.suspend_data, interactions: prev.interactions});
	if (edition === "1.2") {
		next.core = {entry: "resume", lesson_status: prev.core.lesson_status, score: prev.core.score};
	} else {
		Object.assign(next, {entry: "resume", completion_status: prev.completion_status, success_status: prev.success_status, score: prev.score});
	}
	return next;
};

const frameDoc = () => document.querySelector("iframe").contentDocument;
const until = async (cond, what) => {
	for (let i = 0; i < 500; i++) {
		try { if (cond()) return; } catch (e) {}
		await new Promise(r => setTimeout(r, 20));
	}
	throw new Error("timed out waiting for " + what);
};

// answer puts response r into the shown question's inputs.
window.answer = async function (kind, r) {
	const d = frameDoc();
	if (kind === "single" || kind === "truefalse" || kind === "multiple") {
		for (const input of d.querySelectorAll("input[name=answer]")) {
			const want = (r.choices || []).includes(+input.value);
			if (input.checked !== want) {
				const label = d.querySelector('label[for="' + input.id + '"]');
				if (!label) throw new Error("no label for " + input.id + " in " + d.querySelector("fieldset").outerHTML.slice(0, 1500));
				label.click();
				await until(() => frameDoc().getElementById(input.id).checked === want, "choice " + input.id);
			}
		}
	} else if (kind === "order") {
		for (let target = 0; target < r.order.length; target++) {
			const item = r.order[target];
			const at = () => [...frameDoc().querySelectorAll(".order-item")].findIndex(e => +e.dataset.item === item);
			while (at() > target) {
				const before = at();
				frameDoc().getElementById("move-up-" + item).click();
				await until(() => at() === before - 1, "item " + item + " to move up");
			}
		}
	} else if (kind === "match") {
		r.matches.forEach((want, i) => {
			const sel = d.getElementById("match-" + i);
			sel.value = String(want);
			sel.dispatchEvent(new Event("change", {bubbles: true}));
		});
	} else {
		const field = d.getElementById("answer-text");
		field.value = r.text;
		field.dispatchEvent(new Event("input", {bubbles: true}));
	}
	frameDoc().getElementById("check").click();
	await until(() => !frameDoc().getElementById("next").disabled, "Next");
	// Wait for the next question (or the results) to replace this one, so
	// that the test never reads the old question as the new one.
	const shown = () => { const f = frameDoc().querySelector("fieldset[data-question]"); return f ? f.dataset.question : ""; };
	const before = shown();
	frameDoc().getElementById("next").click();
	await until(() => shown() !== before, "the next question");
	return true;
};
`

const lmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms/scorm-again/scorm12.min.js"></script>
<script src="/lms/scorm-again/scorm2004.min.js"></script>
<script src="/lms/driver.js"></script>
</head><body><h1>Test LMS</h1><div id="slot"></div></body></html>`

// scormPackage builds the package for v with the given quiz settings,
// exactly as make scorm does, and returns the zip.
func scormPackage(t *testing.T, l *quiz.Lesson, v scorm.Version, settings string) []byte {
	t.Helper()
	site := t.TempDir()
	// With make wasm's gzip -9 copy when BB_WASM names one, as make scorm.
	cfg := appConfig(t)
	cfg.Lesson = l
	if err := server.Relocatable(site, cfg); err != nil {
		t.Fatal(err)
	}
	p, err := scorm.ForSettings(v, settings, l)
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
func manifestLaunch(t *testing.T, dir string, v scorm.Version) (params string, state map[string]any) {
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
	if v == scorm.V12 {
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
func checkCalls(t *testing.T, ctx context.Context, v scorm.Version) map[string]string {
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

func TestSCORMPackagesInAnLMS(t *testing.T) {
	l := appConfig(t).Lesson
	// One question of each kind, so that every interaction format reaches
	// scorm-again.
	var ids []string
	seen := map[quiz.Kind]bool{}
	for _, q := range l.Questions {
		if !seen[q.Kind] {
			seen[q.Kind] = true
			ids = append(ids, q.ID)
		}
	}
	if len(ids) != 6 {
		t.Fatalf("the lesson has %d kinds of question, want 6", len(ids))
	}
	for _, c := range []struct {
		v        scorm.Version
		wrong    map[string]bool // questions answered wrongly
		wasmType string          // as the LMS sends app.wasm
	}{
		{scorm.V12, map[string]bool{ids[0]: true}, "application/octet-stream"},
		{scorm.V2004, map[string]bool{ids[0]: true, ids[1]: true, ids[4]: true}, "document/unknown"},
	} {
		t.Run("SCORM "+string(c.v), func(t *testing.T) {
			settings := "questions=" + strings.Join(ids, ",") + "&pass=70&retries=1"
			root := t.TempDir()
			content := filepath.Join(root, filepath.FromSlash(lmsContent))
			unzip(t, scormPackage(t, l, c.v, settings), content)
			params, firstState := manifestLaunch(t, content, c.v)
			if params != "?"+settings {
				t.Fatalf("manifest parameters %q", params)
			}

			lms := testLMS(t, content, c.wasmType)

			ctx := newBrowser(t, 1000, 1000)
			first, _ := json.Marshal(firstState)
			// launch opens the LMS page and the activity in it, with the
			// state given as a JavaScript expression.
			launch := func(state string) {
				do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
				eval[bool](t, ctx, fmt.Sprintf(`(launch(%q, %s, %q), true)`, string(c.v), state, lmsContent+scorm.Launch+params))
				waitFor(t, ctx, "the app to start in the LMS frame", inFrame(`document.getElementById("app-ready")`))
			}
			plan := map[string]quiz.Response{}
			wrong := c.wrong
			takeInFrame := func() {
				t.Helper()
				waitFor(t, ctx, "a question in the frame", inFrame(`document.querySelector("fieldset[data-question]")`))
				id := eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`))
				q, ok := l.Question(id)
				if !ok {
					t.Fatalf("unknown question %q", id)
				}
				r := rightResponse(q)
				if wrong[id] {
					r = wrongResponse(q)
				}
				plan[id] = r
				answerInFrame(t, ctx, q, r)
			}

			// First visit: the launch page, then the quiz; three answers,
			// then the student leaves.
			launch(string(first))
			if got := eval[string](t, ctx, inFrame(`document.querySelector("main").innerText`)); strings.Contains(got, "No learning platform") {
				t.Fatalf("the package did not find the LMS: %s", got)
			}
			// The package opens on the quiz, which says what the course
			// records and offers the explainer first.
			waitFor(t, ctx, "the quiz to open with the course's intro", inFrame(`document.getElementById("lms-intro") && document.getElementById("lms-intro").innerText.includes("6 questions") && document.getElementById("lms-intro").innerText.includes("recorded in your course") && document.querySelector("#lms-intro a[href$='/learn']") && document.getElementById("question-heading").innerText === "Question 1 of 6"`))
			screenshot(t, ctx, "scorm-"+string(c.v)+"-launch")
			for i := 0; i < 3; i++ {
				takeInFrame()
			}
			waitFor(t, ctx, "question 4", inFrame(`document.getElementById("question-heading").innerText === "Question 4 of 6"`))
			// The launch page is the quiz; a page the app moved to is named.
			if page := eval[string](t, ctx, inFrame(`new URLSearchParams(document.location.search).get("bbpage") || ""`)); page != "/quiz" && page != "" {
				t.Errorf("the frame's address names page %q, want the quiz: %s", page, eval[string](t, ctx, inFrame(`document.location.href`)))
			}
			set := checkCalls(t, ctx, c.v)
			if set[scorm.SuspendElement] == "" {
				t.Fatal("no suspend data after three answers")
			}
			// A commit is often a synchronous request to the LMS: at most
			// one per page opened and per Check or Next.
			commits := eval[int](t, ctx, `window.lmsCalls.filter(c => c.name === "Commit" || c.name === "LMSCommit").length`)
			if commits > 2+2*3 {
				t.Errorf("%d commits for two pages and three answers, want at most 8", commits)
			}
			t.Logf("SCORM %s: %d commits for two pages and three answers", c.v, commits)
			cmi := eval[map[string]any](t, ctx, `close()`)
			// As JSON text, which keeps the order of the fields.
			kept := eval[string](t, ctx, `JSON.stringify(window.lastCMI)`)
			set = checkCalls(t, ctx, c.v)
			calls := eval[[]lmsCall](t, ctx, `window.lmsCalls`)
			if last := calls[len(calls)-1].Name; last != "LMSFinish" && last != "Terminate" {
				t.Errorf("leaving the activity did not end the session; last call %s", last)
			}
			sessionTime := map[scorm.Version]string{scorm.V12: "cmi.core.session_time", scorm.V2004: "cmi.session_time"}[c.v]
			if set[sessionTime] == "" {
				t.Errorf("no %s reported", sessionTime)
			}
			status := map[scorm.Version]string{scorm.V12: "cmi.core.lesson_status", scorm.V2004: "cmi.completion_status"}[c.v]
			if set[status] != "incomplete" {
				t.Errorf("%s = %q after three of six answers, want incomplete", status, set[status])
			}
			exit := map[scorm.Version]string{scorm.V12: "cmi.core.exit", scorm.V2004: "cmi.exit"}[c.v]
			if set[exit] != "suspend" {
				t.Errorf("%s = %q after leaving mid-quiz, want suspend (to resume)", exit, set[exit])
			}

			// Second visit: the LMS hands the suspend data back; the quiz
			// resumes at question 4 with the earlier answers kept.
			launch(fmt.Sprintf(`relaunchState(%q, %s, %s)`, string(c.v), first, kept))
			waitFor(t, ctx, "the quiz to resume at question 4", inFrame(`document.getElementById("question-heading").innerText === "Question 4 of 6"`))
			for i := 0; i < 3; i++ {
				takeInFrame()
			}
			waitFor(t, ctx, "the results page", inFrame(`document.getElementById("lms-recorded")`))
			screenshot(t, ctx, "scorm-"+string(c.v)+"-results")
			res := quiz.Results{Score: expectedScore(l, plan), Max: 6, PassMark: 70}
			if c.v == scorm.V2004 {
				// Failed: retry the missed questions, right this time; the
				// LMS gets the better score and the new outcome.
				if res.Passed() {
					t.Fatal("the 2004 plan was meant to fail first")
				}
				eval[bool](t, ctx, inFrame(`(document.getElementById("retry-missed").click(), true)`))
				wrong = nil
				for range c.wrong {
					takeInFrame()
				}
				waitFor(t, ctx, "the results page after the retry", inFrame(`document.getElementById("lms-recorded")`))
				res.Score = expectedScore(l, plan)
			}
			checkTimeCommittedOnFinish(t, ctx, c.v)
			cmi = eval[map[string]any](t, ctx, `close()`)
			set = checkCalls(t, ctx, c.v)

			// What the LMS holds now: one interaction per check.
			outcome := map[bool]string{true: "passed", false: "failed"}[res.Passed()]
			interactions, _ := cmi["interactions"].(map[string]any)
			checks := 6
			if c.v == scorm.V2004 {
				checks += len(c.wrong)
			}
			if len(interactions) != checks {
				t.Errorf("the LMS holds %d interactions, want %d: %v", len(interactions), checks, interactions)
			}
			last := map[string]string{} // each question's latest result, in the order they were recorded
			for n := 0; n < len(interactions); n++ {
				if in, ok := interactions[fmt.Sprint(n)].(map[string]any); ok {
					last[fmt.Sprint(in["id"])] = fmt.Sprint(in["result"])
				}
			}
			if len(last) != 6 {
				t.Errorf("interactions cover %d questions, want 6: %v", len(last), last)
			}
			for id, result := range last {
				q, ok := l.Question(id)
				if !ok {
					t.Errorf("an interaction names unknown question %q", id)
					continue
				}
				want := "correct"
				if !quiz.GradeResponse(q, plan[q.ID]).Correct {
					want = map[scorm.Version]string{scorm.V12: "wrong", scorm.V2004: "incorrect"}[c.v]
				}
				if result != want {
					t.Errorf("%s: latest result %q, want %q", q.ID, result, want)
				}
			}
			switch c.v {
			case scorm.V12:
				core := cmi["core"].(map[string]any)
				score := core["score"].(map[string]any)
				if core["lesson_status"] != outcome || score["raw"] != fmt.Sprint(res.Percent()) || score["max"] != "100" {
					t.Errorf("LMS holds status %v, score %v; want %s with %d", core["lesson_status"], score, outcome, res.Percent())
				}
				if v, ok := set["cmi.core.exit"]; !ok || v != "" {
					t.Errorf("cmi.core.exit = %q after the last question, want \"\" (the attempt closes)", v)
				}
			case scorm.V2004:
				score := cmi["score"].(map[string]any)
				if cmi["completion_status"] != "completed" || cmi["success_status"] != outcome || score["raw"] != fmt.Sprint(res.Percent()) {
					t.Errorf("LMS holds %v/%v, score %v; want completed/%s with %d", cmi["completion_status"], cmi["success_status"], score, outcome, res.Percent())
				}
				if set["cmi.exit"] != "normal" {
					t.Errorf("cmi.exit = %q after the last question, want normal (the attempt closes)", set["cmi.exit"])
				}
			}
			if data := fmt.Sprint(cmi["suspend_data"]); len(data) == 0 || len(data) > quiz.SuspendLimit {
				t.Errorf("suspend data of %d characters", len(data))
			}
			t.Logf("SCORM %s: %d%% (%s), %d interactions, session time %s, suspend data %d characters",
				c.v, res.Percent(), outcome, len(interactions), set[sessionTime], len(fmt.Sprint(cmi["suspend_data"])))
		})
	}

	// Opened by the LMS for review, the package shows the attempt, says
	// that nothing is recorded, and records nothing.
	t.Run("review mode", func(t *testing.T) {
		content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
		unzip(t, scormPackage(t, l, scorm.V12, "pass=70"), content)
		lms := testLMS(t, content, "")
		ctx := newBrowser(t, 1000, 1000)
		do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
		eval[bool](t, ctx, fmt.Sprintf(`(launch("1.2", {core: {lesson_mode: "review"}}, %q), true)`, lmsContent+scorm.Launch+"?pass=70"))
		waitFor(t, ctx, "the review notice", inFrame(`document.getElementById("app-ready") && document.querySelector(".notice") && document.querySelector(".notice").innerText.includes("opened this attempt for review")`))
		waitFor(t, ctx, "a question", inFrame(`document.querySelector("fieldset[data-question]")`))
		q, _ := l.Question(eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`)))
		answerInFrame(t, ctx, q, rightResponse(q))
		eval[map[string]any](t, ctx, `close()`)
		for _, c := range eval[[]lmsCall](t, ctx, `window.lmsCalls`) {
			if c.Name == "LMSSetValue" {
				t.Errorf("review mode recorded %s = %s", c.Args[0], c.Args[1])
			}
		}
	})

	// Opened outside an LMS, the package still works, and says that
	// nothing is recorded.
	t.Run("without an LMS", func(t *testing.T) {
		root := t.TempDir()
		content := filepath.Join(root, filepath.FromSlash(lmsContent))
		unzip(t, scormPackage(t, l, scorm.V12, "pass=70"), content)
		mux := http.NewServeMux()
		mux.Handle(lmsContent, http.StripPrefix(lmsContent, http.FileServer(http.Dir(content))))
		srv := httptest.NewServer(mux)
		defer srv.Close()
		ctx := newBrowser(t, 400, 800)
		openApp(t, ctx, srv.URL+lmsContent+scorm.Launch)
		waitFor(t, ctx, "the notice", `document.querySelector(".notice") && document.querySelector(".notice").innerText.includes("No learning platform answered")`)
		takeQuestion(t, ctx, l, planned)
		waitFor(t, ctx, "question 2", `document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
		// The address stays one the LMS can serve: the launch page, with
		// the app's page in bbpage=. A reload comes back to the same page
		// and question, with no notice about the address.
		if path, page := eval[string](t, ctx, `location.pathname`), eval[string](t, ctx, `new URLSearchParams(location.search).get("bbpage") || ""`); path != lmsContent+scorm.Launch || (page != "/quiz" && page != "") {
			t.Errorf("the quiz is at %s with bbpage=%q, want %s showing the quiz", path, page, lmsContent+scorm.Launch)
		}
		reloadApp(t, ctx)
		waitFor(t, ctx, "question 2 after the reload", `document.getElementById("question-heading") && document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
		if notice := eval[string](t, ctx, `document.querySelector(".notice") ? document.querySelector(".notice").innerText : ""`); strings.Contains(notice, "Ignored") {
			t.Errorf("the address's page was taken for a quiz setting: %s", notice)
		}
		if title := eval[string](t, ctx, `document.title`); title != "Quiz · Beyond Budapest" {
			t.Errorf("title %q", title)
		}
		// Back and Forward work through the same addresses.
		do(t, ctx, "open the explainer", chromedp.Click(chromedp.CSS(`nav a[href$="/learn"]`)))
		waitFor(t, ctx, "the explainer", `document.querySelector(".more-links")`)
		do(t, ctx, "go back", chromedp.Evaluate[chromedp.Void](`history.back()`))
		waitFor(t, ctx, "the quiz again", `document.getElementById("question-heading") && document.getElementById("question-heading").innerText.startsWith("Question 2 of")`)
		// The start page has an address of its own, since the bare launch
		// address is the quiz: a reload stays there.
		do(t, ctx, "open the start page", chromedp.Click(chromedp.CSS(`a.brand`)))
		waitFor(t, ctx, "the start page", `document.getElementById("quiz-link")`)
		if page := eval[string](t, ctx, `new URLSearchParams(location.search).get("bbpage") || ""`); page != "/" {
			t.Errorf("the start page is at bbpage=%q, want /", page)
		}
		reloadApp(t, ctx)
		waitFor(t, ctx, "the start page after a reload", `document.getElementById("quiz-link")`)
	})
}

// checkTimeCommittedOnFinish fails unless the session time was set and
// committed when the quiz was finished, before the student left: the
// commit on leaving often never reaches the LMS's server (in Moodle the
// 2004 session that finished kept the previous session's time).
func checkTimeCommittedOnFinish(t *testing.T, ctx context.Context, v scorm.Version) {
	t.Helper()
	element := map[scorm.Version]string{scorm.V12: "cmi.core.session_time", scorm.V2004: "cmi.session_time"}[v]
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

// TestSCORMPackagesStartWhateverTheWasmType plays each package to the end
// from an LMS that sends app.wasm with a type that is not
// application/wasm, uncompressed, as real ones do: the quiz must start,
// finish, and the LMS get the score, the closed attempt and the time.
func TestSCORMPackagesStartWhateverTheWasmType(t *testing.T) {
	l := appConfig(t).Lesson
	ids := []string{l.Questions[0].ID, l.Questions[1].ID}
	settings := "questions=" + strings.Join(ids, ",")
	packages := map[scorm.Version][]byte{}
	for _, v := range scorm.Versions {
		packages[v] = scormPackage(t, l, v, settings)
	}
	tests := []struct {
		v        scorm.Version
		wasmType string
	}{
		{scorm.V12, "document/unknown"},
		{scorm.V2004, "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("SCORM %s as %s", tt.v, tt.wasmType), func(t *testing.T) {
			content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
			unzip(t, packages[tt.v], content)
			lms := testLMS(t, content, tt.wasmType)
			ctx := newBrowser(t, 1000, 1000)
			do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
			eval[bool](t, ctx, fmt.Sprintf(`(launch(%q, {}, %q), true)`, string(tt.v), lmsContent+scorm.Launch+"?"+settings))
			waitFor(t, ctx, "the app to start with app.wasm sent as "+tt.wasmType, inFrame(`document.getElementById("app-ready")`))
			// What the student downloaded from the LMS to start the quiz.
			bytes := eval[[]int](t, ctx, `(() => { const w = document.querySelector("iframe").contentWindow;
				const all = [...w.performance.getEntriesByType("navigation"), ...w.performance.getEntriesByType("resource")];
				const wasm = all.filter(e => e.name.includes("app.wasm"));
				return [all.reduce((n, e) => n + e.encodedBodySize, 0), wasm.reduce((n, e) => n + e.encodedBodySize, 0), wasm.length]; })()`)
			if bytes[2] != 1 {
				t.Errorf("app.wasm was downloaded %d times, want once", bytes[2])
			}
			t.Logf("SCORM %s: the student downloaded %d bytes from the LMS, %d of them app.wasm", tt.v, bytes[0], bytes[1])
			for range ids {
				waitFor(t, ctx, "a question in the frame", inFrame(`document.querySelector("fieldset[data-question]")`))
				q, ok := l.Question(eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`)))
				if !ok {
					t.Fatal("unknown question in the frame")
				}
				answerInFrame(t, ctx, q, rightResponse(q))
			}
			waitFor(t, ctx, "the results page", inFrame(`document.getElementById("lms-recorded")`))
			checkTimeCommittedOnFinish(t, ctx, tt.v)
			cmi := eval[map[string]any](t, ctx, `close()`)
			set := checkCalls(t, ctx, tt.v)
			switch tt.v {
			case scorm.V12:
				core, _ := cmi["core"].(map[string]any)
				score, _ := core["score"].(map[string]any)
				if score["raw"] != "100" || core["lesson_status"] != "completed" || set["cmi.core.exit"] != "" {
					t.Errorf("the LMS holds score %v, status %v, exit %q; want 100, completed, \"\"", score, core["lesson_status"], set["cmi.core.exit"])
				}
			case scorm.V2004:
				score, _ := cmi["score"].(map[string]any)
				if score["raw"] != "100" || cmi["completion_status"] != "completed" || set["cmi.exit"] != "normal" {
					t.Errorf("the LMS holds score %v, %v, exit %q; want 100, completed, normal", score, cmi["completion_status"], set["cmi.exit"])
				}
			}
		})
	}

	// A truncated app.wasm (a broken upload, a dropped connection) shows a
	// plain message with a retry, never a bar stuck at 100 %; the launch
	// page's links still lead to pages of the package; once the file is
	// whole again, Try again starts the app.
	t.Run("truncated app.wasm", func(t *testing.T) {
		content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
		unzip(t, packages[scorm.V12], content)
		packed := filepath.Join(content, "web", "app.wasm.gz")
		whole, err := os.ReadFile(packed)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(packed, whole[:len(whole)/2], 0o644); err != nil {
			t.Fatal(err)
		}
		lms := testLMS(t, content, "application/octet-stream")
		ctx := newBrowser(t, 1000, 1000)
		do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
		eval[bool](t, ctx, fmt.Sprintf(`(launch("1.2", {}, %q), true)`, lmsContent+scorm.Launch+"?"+settings))
		waitFor(t, ctx, "the message that the quiz could not start", inFrame(`document.getElementById("wasm-retry") && document.getElementById("wasm-retry").offsetParent !== null`))
		msg := eval[string](t, ctx, inFrame(`document.getElementById("app-wasm-loader").innerText`))
		if !strings.Contains(msg, "could not start") || strings.Contains(msg, "%") {
			t.Errorf("the loader shows %q, want a plain message and no progress", msg)
		}
		screenshot(t, ctx, "scorm-truncated-wasm")

		// Every link of the launch page, followed before the app runs,
		// must be a file the LMS has: the launch page itself.
		links := eval[[]string](t, ctx, inFrame(`[...document.querySelectorAll("a[href]")].map(a => a.href).filter(h => h.startsWith(location.origin))`))
		if len(links) == 0 {
			t.Fatal("the launch page has no links to check")
		}
		for _, link := range links {
			if !strings.HasPrefix(link, lms.URL+lmsContent) {
				t.Errorf("link %s leaves the package", link)
				continue
			}
			resp, err := http.Get(link)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("link %s: %s from the LMS", link, resp.Status)
			}
		}

		if err := os.WriteFile(packed, whole, 0o644); err != nil {
			t.Fatal(err)
		}
		eval[bool](t, ctx, inFrame(`(document.getElementById("wasm-retry").click(), true)`))
		waitFor(t, ctx, "the app to start after Try again", inFrame(`document.getElementById("app-ready")`))
	})
}
