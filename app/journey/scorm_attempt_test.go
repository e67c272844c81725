package journey

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"github.com/chromedp/chromedp"
)

// lmsAttempt is one student's attempt at a package in the test LMS, taken
// in steps: a first visit that leaves mid-quiz (firstVisit), a second that
// resumes and finishes (secondVisit), then what the LMS holds (checkHeld).
type lmsAttempt struct {
	t      *testing.T
	ctx    context.Context // the browser tab showing the test LMS
	l      *quiz.Lesson
	v      report.SCORMVersion
	lms    *httptest.Server
	params string // the launch parameters from the package's manifest
	first  []byte // the LMS's state at the first launch, as JSON

	missed map[string]bool          // questions the student first gets wrong
	wrong  map[string]bool          // questions answered wrongly from now on
	plan   map[string]quiz.Response // each question's latest answer
}

// startLMSAttempt builds the package for v with settings, puts it in a
// test LMS that sends app.wasm as wasmType, and opens a browser on it. The
// student will answer the questions in missed wrongly the first time.
func startLMSAttempt(t *testing.T, l *quiz.Lesson, v report.SCORMVersion, settings, wasmType string, missed map[string]bool) *lmsAttempt {
	root := t.TempDir()
	content := filepath.Join(root, filepath.FromSlash(lmsContent))
	unzip(t, scormPackage(t, l, v, settings), content)
	params, firstState := manifestLaunch(t, content, v)
	if params != "?"+settings {
		t.Fatalf("manifest parameters %q", params)
	}

	lms := testLMS(t, content, wasmType)

	ctx := newBrowser(t, 1000, 1000)
	first, _ := json.Marshal(firstState)
	return &lmsAttempt{t: t, ctx: ctx, l: l, v: v, lms: lms, params: params, first: first,
		missed: missed, wrong: missed, plan: map[string]quiz.Response{}}
}

// launch opens the LMS page and the activity in it, with the state given
// as a JavaScript expression.
func (a *lmsAttempt) launch(state string) {
	t, ctx := a.t, a.ctx
	do(t, ctx, "opening the LMS", chromedp.Navigate(a.lms.URL+"/lms/player.html"))
	eval[bool](t, ctx, fmt.Sprintf(`(launch(%q, %s, %q), true)`, string(a.v), state, lmsContent+server.SCORMLaunch+a.params))
	waitFor(t, ctx, "the app to start in the LMS frame", inFrame(`document.getElementById("app-ready")`))
}

// takeInFrame answers the question shown in the frame, right or wrong as
// planned, and moves on.
func (a *lmsAttempt) takeInFrame() {
	t, ctx := a.t, a.ctx
	t.Helper()
	waitFor(t, ctx, "a question in the frame", inFrame(`document.querySelector("fieldset[data-question]")`))
	id := eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`))
	q, ok := a.l.Question(id)
	if !ok {
		t.Fatalf("unknown question %q", id)
	}
	r := rightResponse(q)
	if a.wrong[id] {
		r = wrongResponse(q)
	}
	a.plan[id] = r
	answerInFrame(t, ctx, q, r)
}

// firstVisit: the launch page, then the quiz; three answers, then the
// student leaves. The LMS must hold an incomplete, suspended attempt with
// its session time. It returns what the LMS kept, as JSON text, which
// keeps the order of the fields.
func (a *lmsAttempt) firstVisit() (kept string) {
	t, ctx, v := a.t, a.ctx, a.v
	a.launch(string(a.first))
	if got := eval[string](t, ctx, inFrame(`document.querySelector("main").innerText`)); strings.Contains(got, "No learning platform") {
		t.Fatalf("the package did not find the LMS: %s", got)
	}
	// The package opens on the quiz, which says what the course
	// records and offers the explainer first.
	waitFor(t, ctx, "the quiz to open with the course's intro", inFrame(`document.getElementById("lms-intro") && document.getElementById("lms-intro").innerText.includes("6 questions") && document.getElementById("lms-intro").innerText.includes("recorded in your course") && document.querySelector("#lms-intro a[href$='/learn']") && document.getElementById("question-heading").innerText === "Question 1 of 6"`))
	screenshot(t, ctx, "scorm-"+string(v)+"-launch")
	for i := 0; i < 3; i++ {
		a.takeInFrame()
	}
	waitFor(t, ctx, "question 4", inFrame(`document.getElementById("question-heading").innerText === "Question 4 of 6"`))
	// The launch page is the quiz; a page the app moved to is named.
	if page := eval[string](t, ctx, inFrame(`new URLSearchParams(document.location.search).get("bbpage") || ""`)); page != "/quiz" && page != "" {
		t.Errorf("the frame's address names page %q, want the quiz: %s", page, eval[string](t, ctx, inFrame(`document.location.href`)))
	}
	set := checkCalls(t, ctx, v)
	if set[report.SCORMSuspendElement] == "" {
		t.Fatal("no suspend data after three answers")
	}
	// A commit is often a synchronous request to the LMS: at most
	// one per page opened and per Check or Next.
	commits := eval[int](t, ctx, `window.lmsCalls.filter(c => c.name === "Commit" || c.name === "LMSCommit").length`)
	if commits > 2+2*3 {
		t.Errorf("%d commits for two pages and three answers, want at most 8", commits)
	}
	t.Logf("SCORM %s: %d commits for two pages and three answers", v, commits)
	eval[map[string]any](t, ctx, `close()`)
	// As JSON text, which keeps the order of the fields.
	kept = eval[string](t, ctx, `JSON.stringify(window.lastCMI)`)
	set = checkCalls(t, ctx, v)
	calls := eval[[]lmsCall](t, ctx, `window.lmsCalls`)
	if last := calls[len(calls)-1].Name; last != "LMSFinish" && last != "Terminate" {
		t.Errorf("leaving the activity did not end the session; last call %s", last)
	}
	if sessionTime := sessionTimeElement(v); set[sessionTime] == "" {
		t.Errorf("no %s reported", sessionTime)
	}
	status := map[report.SCORMVersion]string{report.SCORM12: "cmi.core.lesson_status", report.SCORM2004: "cmi.completion_status"}[v]
	if set[status] != "incomplete" {
		t.Errorf("%s = %q after three of six answers, want incomplete", status, set[status])
	}
	exit := map[report.SCORMVersion]string{report.SCORM12: "cmi.core.exit", report.SCORM2004: "cmi.exit"}[v]
	if set[exit] != "suspend" {
		t.Errorf("%s = %q after leaving mid-quiz, want suspend (to resume)", exit, set[exit])
	}
	return kept
}

// secondVisit: the LMS hands the suspend data in kept back; the quiz
// resumes at question 4 with the earlier answers kept, and the student
// finishes it. In SCORM 2004 the student fails, then retries the missed
// questions, right this time. It returns the expected results, what the
// LMS holds once the student has left (cmi) and the values the package set.
func (a *lmsAttempt) secondVisit(kept string) (res quiz.Results, cmi map[string]any, set map[string]string) {
	t, ctx, v, l := a.t, a.ctx, a.v, a.l
	a.launch(fmt.Sprintf(`relaunchState(%q, %s, %s)`, string(v), a.first, kept))
	waitFor(t, ctx, "the quiz to resume at question 4", inFrame(`document.getElementById("question-heading").innerText === "Question 4 of 6"`))
	for i := 0; i < 3; i++ {
		a.takeInFrame()
	}
	waitFor(t, ctx, "the results page", inFrame(`document.getElementById("lms-recorded")`))
	screenshot(t, ctx, "scorm-"+string(v)+"-results")
	res = quiz.Results{Score: expectedScore(l, a.plan), Max: 6, PassMark: 70}
	if v == report.SCORM2004 {
		// Failed: retry the missed questions, right this time; the
		// LMS gets the better score and the new outcome.
		if res.Passed() {
			t.Fatal("the 2004 plan was meant to fail first")
		}
		eval[bool](t, ctx, inFrame(`(document.getElementById("retry-missed").click(), true)`))
		a.wrong = nil
		for range a.missed {
			a.takeInFrame()
		}
		waitFor(t, ctx, "the results page after the retry", inFrame(`document.getElementById("lms-recorded")`))
		res.Score = expectedScore(l, a.plan)
	}
	checkTimeCommittedOnFinish(t, ctx, v)
	cmi = eval[map[string]any](t, ctx, `close()`)
	set = checkCalls(t, ctx, v)
	return res, cmi, set
}

// checkHeld checks what the LMS holds at the end (cmi, and set, the values
// the package set): one interaction per check, each question's latest
// result, the score, the outcome, a closed attempt and the suspend data.
func (a *lmsAttempt) checkHeld(res quiz.Results, cmi map[string]any, set map[string]string) {
	t, v, l := a.t, a.v, a.l
	outcome := map[bool]string{true: "passed", false: "failed"}[res.Passed()]
	interactions, _ := cmi["interactions"].(map[string]any)
	checks := 6
	if v == report.SCORM2004 {
		checks += len(a.missed)
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
		if !quiz.GradeResponse(q, a.plan[q.ID]).Correct {
			want = map[report.SCORMVersion]string{report.SCORM12: "wrong", report.SCORM2004: "incorrect"}[v]
		}
		if result != want {
			t.Errorf("%s: latest result %q, want %q", q.ID, result, want)
		}
	}
	switch v {
	case report.SCORM12:
		core := cmi["core"].(map[string]any)
		score := core["score"].(map[string]any)
		if core["lesson_status"] != outcome || score["raw"] != fmt.Sprint(res.Percent()) || score["max"] != "100" {
			t.Errorf("LMS holds status %v, score %v; want %s with %d", core["lesson_status"], score, outcome, res.Percent())
		}
		if v, ok := set["cmi.core.exit"]; !ok || v != "" {
			t.Errorf("cmi.core.exit = %q after the last question, want \"\" (the attempt closes)", v)
		}
	case report.SCORM2004:
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
		v, res.Percent(), outcome, len(interactions), set[sessionTimeElement(v)], len(fmt.Sprint(cmi["suspend_data"])))
}
