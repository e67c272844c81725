package report

// This file speaks the SCORM run-time data model (1.2 and 2004 4th
// edition) for a quiz session: which elements to set, and to what, when a
// session starts, a question is checked and the quiz is finished. It only
// computes values; assets/lms.js finds the LMS's API and carries them over
// (app/ui/lms.go is the glue), so everything here is plain Go and tested
// without a browser. The packages an LMS uploads are made by app/server.

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
)

// SCORMVersion is the SCORM edition the LMS speaks.
type SCORMVersion string

// The two editions a package is built for.
const (
	SCORM12   SCORMVersion = "1.2"
	SCORM2004 SCORMVersion = "2004"
)

// FileName names the edition's package: beyond-budapest-scorm12.zip or
// beyond-budapest-scorm2004.zip, in build/scorm/ and at /scorm/.
func (v SCORMVersion) FileName() string {
	return "beyond-budapest-scorm" + strings.ReplaceAll(string(v), ".", "") + ".zip"
}

// SCORMVersions are the editions a package is built for.
var SCORMVersions = []SCORMVersion{SCORM12, SCORM2004}

// SCORMValue is one data model element and the value to give it. They
// come in order: some elements must be set before others (an
// interaction's id and type first).
type SCORMValue struct {
	Element string
	Value   string
}

// SCORMGetter reads one data model element; "" when it is unset or
// unreadable.
type SCORMGetter func(element string) string

// SCORMSuspendElement holds the learner's progress between launches.
const SCORMSuspendElement = "cmi.suspend_data"

// SCORMPassMark reads the pass mark the LMS was given for this activity
// (adlcp:masterscore in a 1.2 manifest, the objective's minimum measure in
// 2004) as a percentage, 1–100; ok is false when the LMS has none.
func SCORMPassMark(v SCORMVersion, get SCORMGetter) (percent int, ok bool) {
	switch v {
	case SCORM12:
		f, err := strconv.ParseFloat(strings.TrimSpace(get("cmi.student_data.mastery_score")), 64)
		if err != nil || f <= 0 || f > 100 {
			return 0, false
		}
		return int(math.Ceil(f)), true
	case SCORM2004:
		f, err := strconv.ParseFloat(strings.TrimSpace(get("cmi.scaled_passing_score")), 64)
		if err != nil || f <= 0 || f > 1 {
			return 0, false
		}
		return int(math.Ceil(f*100 - 1e-9)), true
	}
	return 0, false
}

// SCORMReview reports whether the LMS opened the activity to look at an
// earlier attempt (lesson mode "review"): nothing is recorded then, as
// the LMS would refuse or, worse, overwrite the attempt.
func SCORMReview(v SCORMVersion, get SCORMGetter) bool {
	switch v {
	case SCORM12:
		return get("cmi.core.lesson_mode") == "review"
	case SCORM2004:
		return get("cmi.mode") == "review"
	}
	return false
}

// exitElement is where the package tells the LMS how the learner left:
// "suspend" keeps the attempt open and hands the suspend data back at the
// next launch; "normal" (2004) or "" (1.2) closes it, so the LMS's own
// attempt and grading settings apply.
var exitElement = map[SCORMVersion]string{SCORM12: "cmi.core.exit", SCORM2004: "cmi.exit"}

// SCORMStarted is what to set when the quiz opens: the attempt is under
// way, and leaving before the last question keeps it open (exit
// "suspend"), so the LMS hands the progress back at the next launch.
func SCORMStarted(v SCORMVersion, get SCORMGetter) []SCORMValue {
	switch v {
	case SCORM12:
		out := []SCORMValue{{"cmi.core.exit", "suspend"}}
		if s := get("cmi.core.lesson_status"); s == "" || s == "not attempted" {
			out = append(out, SCORMValue{"cmi.core.lesson_status", "incomplete"})
		}
		return out
	case SCORM2004:
		out := []SCORMValue{{"cmi.exit", "suspend"}}
		if s := get("cmi.completion_status"); s == "" || s == "not attempted" || s == "unknown" {
			out = append(out, SCORMValue{"cmi.completion_status", "incomplete"})
		}
		return out
	}
	return nil
}

// SCORMAnswered records one checked answer as interaction n (the LMS's
// cmi.interactions._count): SCORM 1.2 interactions are write-only, so each
// check is journaled as a new one rather than updated in place.
func SCORMAnswered(v SCORMVersion, n int, q *quiz.Question, a quiz.Answer, took time.Duration, at time.Time) []SCORMValue {
	p := fmt.Sprintf("cmi.interactions.%d.", n)
	kind, response, patterns := interaction(q, a.Response, scormResponses(v))
	g := quiz.GradeResponse(q, a.Response)
	out := []SCORMValue{{p + "id", q.ID}, {p + "type", kind}}
	switch v {
	case SCORM12:
		result := "wrong"
		if g.Correct {
			result = "correct"
		}
		out = append(out,
			SCORMValue{p + "time", at.UTC().Format("15:04:05")},
			SCORMValue{p + "weighting", "1"},
			SCORMValue{p + "student_response", response},
			SCORMValue{p + "result", result},
			SCORMValue{p + "latency", timespan12(took)},
		)
	case SCORM2004:
		result := "incorrect"
		if g.Correct {
			result = "correct"
		}
		out = append(out,
			SCORMValue{p + "description", clip(q.Prompt, 250)},
			SCORMValue{p + "timestamp", at.UTC().Format("2006-01-02T15:04:05")},
			SCORMValue{p + "weighting", "1"},
			SCORMValue{p + "learner_response", response},
			SCORMValue{p + "result", result},
			SCORMValue{p + "latency", timespan2004(took)},
		)
	}
	for i, pat := range patterns {
		out = append(out, SCORMValue{fmt.Sprintf("%scorrect_responses.%d.pattern", p, i), pat})
	}
	// A student who retries after finishing is under way again: leaving
	// now must keep the attempt open, as before the first finish.
	return append(out, SCORMValue{exitElement[v], "suspend"})
}

// SCORMFinished reports the score and the outcome, and closes the attempt
// (exit "" in 1.2, "normal" in 2004): otherwise the LMS keeps a finished
// attempt open for ever (Moodle does), and its settings for new attempts
// and grading never apply. The score is the percentage (raw 0–100, as
// SCORM 1.2 LMSs expect), and in 2004 also scaled 0–1. Without a pass
// mark the quiz is only completed; with one, passed or failed too.
func SCORMFinished(v SCORMVersion, res quiz.Results) []SCORMValue {
	pct := res.Percent()
	raw := strconv.Itoa(pct)
	switch v {
	case SCORM12:
		status := "completed"
		if res.HasPassMark() {
			status = map[bool]string{true: "passed", false: "failed"}[res.Passed()]
		}
		return []SCORMValue{
			{"cmi.core.score.min", "0"},
			{"cmi.core.score.max", "100"},
			{"cmi.core.score.raw", raw},
			{"cmi.core.lesson_status", status},
			{"cmi.core.exit", ""},
		}
	case SCORM2004:
		success := "unknown"
		if res.HasPassMark() {
			success = map[bool]string{true: "passed", false: "failed"}[res.Passed()]
		}
		return []SCORMValue{
			{"cmi.score.min", "0"},
			{"cmi.score.max", "100"},
			{"cmi.score.raw", raw},
			{"cmi.score.scaled", strconv.FormatFloat(float64(pct)/100, 'f', -1, 64)},
			{"cmi.completion_status", "completed"},
			{"cmi.success_status", success},
			{"cmi.exit", "normal"},
		}
	}
	return nil
}

// scormResponses is how edition v writes responses. Choices, items and
// match targets are named by one letter and match sources by one digit,
// the only identifiers SCORM 1.2 allows; 2004 accepts the same names with
// its own delimiters, and true-false as true/false rather than t/f. A
// typed answer is cut to the edition's length, and at most ten of them
// are patterns (2004's limit).
func scormResponses(v SCORMVersion) responseFormat {
	f := responseFormat{
		list: ",", pair: ".",
		truth:  func(b bool) string { return map[bool]string{true: "t", false: "f"}[b] },
		choice: letter, item: letter, source: digit, target: letter,
		maxPatterns: 10,
	}
	limit := 255
	if v == SCORM2004 {
		f.list, f.pair, f.truth, limit = "[,]", "[.]", strconv.FormatBool, 250
	}
	f.pattern = func(s string) string { return fillIn(v, s, limit) }
	f.response = f.pattern
	return f
}

// fillIn keeps typed text from being read as 2004's delimiters: "[,]"
// would split it into several answers and a leading "{" starts a
// language tag.
func fillIn(v SCORMVersion, s string, limit int) string {
	if v == SCORM2004 {
		s = strings.NewReplacer("[,]", ",", "[.]", ".").Replace(s)
		s = strings.TrimLeft(s, "{")
	}
	return clip(s, limit)
}

// letter names choice i: a…z, then 0…9 (SCORM 1.2 allows one character).
func letter(i int) string { return oneChar("abcdefghijklmnopqrstuvwxyz0123456789", i) }

// digit names match source i: 0…9, then a…z.
func digit(i int) string { return oneChar("0123456789abcdefghijklmnopqrstuvwxyz", i) }

func oneChar(names string, i int) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	return names[i : i+1]
}
