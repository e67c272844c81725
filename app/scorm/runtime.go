// Package scorm speaks the SCORM run-time data model (1.2 and 2004 4th
// edition) for a quiz session: which elements to set, and to what, when a
// session starts, a question is checked and the quiz is finished. It only
// computes values; assets/lms.js finds the LMS's API and carries them over,
// so everything here is plain Go and tested without a browser.
package scorm

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
)

// Version is the SCORM edition the LMS speaks.
type Version string

// The two editions a package is built for.
const (
	V12   Version = "1.2"
	V2004 Version = "2004"
)

// FileName names the edition's package: beyond-budapest-scorm12.zip or
// beyond-budapest-scorm2004.zip, in build/scorm/ and at /scorm/.
func (v Version) FileName() string {
	return "beyond-budapest-scorm" + strings.ReplaceAll(string(v), ".", "") + ".zip"
}

// Versions are the editions a package is built for.
var Versions = []Version{V12, V2004}

// Set is one data model element and the value to give it, in order: some
// elements must be set before others (an interaction's id and type first).
type Set struct {
	Element string
	Value   string
}

// Getter reads one data model element; "" when it is unset or unreadable.
type Getter func(element string) string

// SuspendElement holds the learner's progress between launches.
const SuspendElement = "cmi.suspend_data"

// PassMark reads the pass mark the LMS was given for this activity
// (adlcp:masterscore in a 1.2 manifest, the objective's minimum measure in
// 2004) as a percentage, 1–100; ok is false when the LMS has none.
func PassMark(v Version, get Getter) (percent int, ok bool) {
	switch v {
	case V12:
		f, err := strconv.ParseFloat(strings.TrimSpace(get("cmi.student_data.mastery_score")), 64)
		if err != nil || f <= 0 || f > 100 {
			return 0, false
		}
		return int(math.Ceil(f)), true
	case V2004:
		f, err := strconv.ParseFloat(strings.TrimSpace(get("cmi.scaled_passing_score")), 64)
		if err != nil || f <= 0 || f > 1 {
			return 0, false
		}
		return int(math.Ceil(f*100 - 1e-9)), true
	}
	return 0, false
}

// Review reports whether the LMS opened the activity to look at an
// earlier attempt (lesson mode "review"): nothing is recorded then, as
// the LMS would refuse or, worse, overwrite the attempt.
func Review(v Version, get Getter) bool {
	switch v {
	case V12:
		return get("cmi.core.lesson_mode") == "review"
	case V2004:
		return get("cmi.mode") == "review"
	}
	return false
}

// exitElement is where the package tells the LMS how the learner left:
// "suspend" keeps the attempt open and hands the suspend data back at the
// next launch; "normal" (2004) or "" (1.2) closes it, so the LMS's own
// attempt and grading settings apply.
var exitElement = map[Version]string{V12: "cmi.core.exit", V2004: "cmi.exit"}

// Started is what to set when the quiz opens: the attempt is under way,
// and leaving before the last question keeps it open (exit "suspend"), so
// the LMS hands the progress back at the next launch.
func Started(v Version, get Getter) []Set {
	switch v {
	case V12:
		out := []Set{{"cmi.core.exit", "suspend"}}
		if s := get("cmi.core.lesson_status"); s == "" || s == "not attempted" {
			out = append(out, Set{"cmi.core.lesson_status", "incomplete"})
		}
		return out
	case V2004:
		out := []Set{{"cmi.exit", "suspend"}}
		if s := get("cmi.completion_status"); s == "" || s == "not attempted" || s == "unknown" {
			out = append(out, Set{"cmi.completion_status", "incomplete"})
		}
		return out
	}
	return nil
}

// Answered records one checked answer as interaction n (the LMS's
// cmi.interactions._count): SCORM 1.2 interactions are write-only, so each
// check is journaled as a new one rather than updated in place.
func Answered(v Version, n int, q *quiz.Question, a quiz.Answer, took time.Duration, at time.Time) []Set {
	p := fmt.Sprintf("cmi.interactions.%d.", n)
	kind, response, patterns := interaction(v, q, a.Response)
	g := quiz.GradeResponse(q, a.Response)
	out := []Set{{p + "id", q.ID}, {p + "type", kind}}
	switch v {
	case V12:
		result := "wrong"
		if g.Correct {
			result = "correct"
		}
		out = append(out,
			Set{p + "time", at.UTC().Format("15:04:05")},
			Set{p + "weighting", "1"},
			Set{p + "student_response", response},
			Set{p + "result", result},
			Set{p + "latency", timespan12(took)},
		)
	case V2004:
		result := "incorrect"
		if g.Correct {
			result = "correct"
		}
		out = append(out,
			Set{p + "description", clip(q.Prompt, 250)},
			Set{p + "timestamp", at.UTC().Format("2006-01-02T15:04:05")},
			Set{p + "weighting", "1"},
			Set{p + "learner_response", response},
			Set{p + "result", result},
			Set{p + "latency", Timespan2004(took)},
		)
	}
	for i, pat := range patterns {
		out = append(out, Set{fmt.Sprintf("%scorrect_responses.%d.pattern", p, i), pat})
	}
	// A student who retries after finishing is under way again: leaving
	// now must keep the attempt open, as before the first finish.
	return append(out, Set{exitElement[v], "suspend"})
}

// Finished reports the score and the outcome, and closes the attempt
// (exit "" in 1.2, "normal" in 2004): otherwise the LMS keeps a finished
// attempt open for ever (Moodle does), and its settings for new attempts
// and grading never apply. The score is the percentage (raw 0–100, as
// SCORM 1.2 LMSs expect), and in 2004 also scaled 0–1. Without a pass
// mark the quiz is only completed; with one, passed or failed too.
func Finished(v Version, res quiz.Results) []Set {
	pct := res.Percent()
	raw := strconv.Itoa(pct)
	switch v {
	case V12:
		status := "completed"
		if res.HasPassMark() {
			status = map[bool]string{true: "passed", false: "failed"}[res.Passed()]
		}
		return []Set{
			{"cmi.core.score.min", "0"},
			{"cmi.core.score.max", "100"},
			{"cmi.core.score.raw", raw},
			{"cmi.core.lesson_status", status},
			{"cmi.core.exit", ""},
		}
	case V2004:
		success := "unknown"
		if res.HasPassMark() {
			success = map[bool]string{true: "passed", false: "failed"}[res.Passed()]
		}
		return []Set{
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

// interaction gives the interaction type, the learner's response and the
// correct response patterns. Choices, items and match targets are named
// by one letter and match sources by one digit, the only identifiers
// SCORM 1.2 allows; 2004 accepts the same names with its own delimiters.
func interaction(v Version, q *quiz.Question, r quiz.Response) (kind, response string, patterns []string) {
	list, pair := ",", "."
	if v == V2004 {
		list, pair = "[,]", "[.]"
	}
	letters := func(xs []int) string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = letter(x)
		}
		return strings.Join(out, list)
	}
	switch q.Kind {
	case quiz.TrueFalse:
		// Choice 0 is "True" (quiz.Load builds true/false that way).
		tf := func(i int) string {
			if v == V12 {
				return map[bool]string{true: "t", false: "f"}[i == 0]
			}
			return strconv.FormatBool(i == 0)
		}
		for i, c := range q.Choices {
			if c.Correct {
				patterns = append(patterns, tf(i))
			}
		}
		if len(r.Choices) == 1 {
			response = tf(r.Choices[0])
		}
		return "true-false", response, patterns
	case quiz.Single, quiz.Multiple:
		var right []int
		for i, c := range q.Choices {
			if c.Correct {
				right = append(right, i)
			}
		}
		return "choice", letters(r.Choices), []string{letters(right)}
	case quiz.Order:
		all := make([]int, len(q.Items))
		for i := range all {
			all[i] = i
		}
		return "sequencing", letters(r.Order), []string{letters(all)}
	case quiz.Match:
		var want, got []string
		for i := range q.Pairs {
			want = append(want, digit(i)+pair+letter(i))
			if i < len(r.Matches) && r.Matches[i] >= 0 {
				got = append(got, digit(i)+pair+letter(r.Matches[i]))
			}
		}
		return "matching", strings.Join(got, list), []string{strings.Join(want, list)}
	}
	limit := 255
	if v == V2004 {
		limit = 250
	}
	for i, a := range q.Answers {
		if i == 10 { // 2004 keeps at most ten fill-in patterns
			break
		}
		patterns = append(patterns, fillIn(v, a, limit))
	}
	return "fill-in", fillIn(v, strings.TrimSpace(r.Text), limit), patterns
}

// fillIn keeps typed text from being read as 2004's delimiters: "[,]"
// would split it into several answers and a leading "{" starts a
// language tag.
func fillIn(v Version, s string, limit int) string {
	if v == V2004 {
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

// timespan12 is SCORM 1.2's CMITimeSpan, HHHH:MM:SS.SS.
func timespan12(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	cs := d.Round(10*time.Millisecond).Milliseconds() / 10
	h, cs := cs/360000, cs%360000
	m, cs := cs/6000, cs%6000
	return fmt.Sprintf("%04d:%02d:%02d.%02d", h, m, cs/100, cs%100)
}

// Timespan2004 is an ISO 8601 duration to the hundredth of a second, as
// SCORM 2004's timeinterval wants (PT1H2M3.45S).
func Timespan2004(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	cs := d.Round(10*time.Millisecond).Milliseconds() / 10
	h, cs := cs/360000, cs%360000
	m, cs := cs/6000, cs%6000
	s := strconv.FormatFloat(float64(cs)/100, 'f', -1, 64)
	out := "PT"
	if h > 0 {
		out += strconv.FormatInt(h, 10) + "H"
	}
	if m > 0 {
		out += strconv.FormatInt(m, 10) + "M"
	}
	return out + s + "S"
}

// clip shortens s to at most n characters.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
