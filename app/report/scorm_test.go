package report

import (
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
)

// only is an LMS that holds one element.
func only(element, value string) SCORMGetter {
	return func(el string) string {
		if el == element {
			return value
		}
		return ""
	}
}

func values(sets []SCORMValue) map[string]string {
	m := map[string]string{}
	for _, s := range sets {
		m[s.Element] = s.Value
	}
	return m
}

func TestInteractionsInBothEditions(t *testing.T) {
	tf := &quiz.Question{ID: "tf", Kind: quiz.TrueFalse, Prompt: "It was binding.", Choices: []quiz.Choice{{Text: "True"}, {Text: "False", Correct: true}}}
	multi := &quiz.Question{ID: "multi", Kind: quiz.Multiple, Prompt: "Pick", Choices: []quiz.Choice{{Correct: true}, {}, {Correct: true}}}
	order := &quiz.Question{ID: "seq", Kind: quiz.Order, Items: []string{"x", "y", "z"}}
	match := &quiz.Question{ID: "pairs", Kind: quiz.Match, Pairs: []quiz.Pair{{Left: "a", Right: "1"}, {Left: "b", Right: "2"}, {Left: "c", Right: "3"}}}
	text := &quiz.Question{ID: "typed", Kind: quiz.Text, Answers: []string{"Article 5", "Art. 5"}}
	for _, c := range []struct {
		v         SCORMVersion
		q         *quiz.Question
		r         quiz.Response
		kind      string
		response  string
		pattern   string
		result    string
		responseE string
	}{
		{SCORM12, tf, quiz.Response{Choices: []int{0}}, "true-false", "t", "f", "wrong", "student_response"},
		{SCORM2004, tf, quiz.Response{Choices: []int{1}}, "true-false", "false", "false", "correct", "learner_response"},
		{SCORM12, multi, quiz.Response{Choices: []int{0, 2}}, "choice", "a,c", "a,c", "correct", "student_response"},
		{SCORM2004, multi, quiz.Response{Choices: []int{1}}, "choice", "b", "a[,]c", "incorrect", "learner_response"},
		{SCORM12, order, quiz.Response{Order: []int{2, 0, 1}}, "sequencing", "c,a,b", "a,b,c", "wrong", "student_response"},
		{SCORM2004, order, quiz.Response{Order: []int{0, 1, 2}}, "sequencing", "a[,]b[,]c", "a[,]b[,]c", "correct", "learner_response"},
		{SCORM12, match, quiz.Response{Matches: []int{1, -1, 2}}, "matching", "0.b,2.c", "0.a,1.b,2.c", "wrong", "student_response"},
		{SCORM2004, match, quiz.Response{Matches: []int{0, 1, 2}}, "matching", "0[.]a[,]1[.]b[,]2[.]c", "0[.]a[,]1[.]b[,]2[.]c", "correct", "learner_response"},
		{SCORM12, text, quiz.Response{Text: " article 5 "}, "fill-in", "article 5", "Article 5", "correct", "student_response"},
		{SCORM2004, text, quiz.Response{Text: "{lang=xx}A[,]B"}, "fill-in", "lang=xx}A,B", "Article 5", "incorrect", "learner_response"},
	} {
		got := values(SCORMAnswered(c.v, 3, c.q, quiz.Answer{Response: c.r, Checked: true}, 1500*time.Millisecond, time.Date(2026, 11, 26, 9, 5, 7, 0, time.UTC)))
		p := "cmi.interactions.3."
		want := map[string]string{p + "id": c.q.ID, p + "type": c.kind, p + c.responseE: c.response, p + "correct_responses.0.pattern": c.pattern, p + "result": c.result}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%s %s: %s = %q, want %q", c.v, c.q.ID, k, got[k], w)
			}
		}
		if c.v == SCORM12 && (got[p+"latency"] != "0000:00:01.50" || got[p+"time"] != "09:05:07") {
			t.Errorf("1.2 latency %q time %q", got[p+"latency"], got[p+"time"])
		}
		if c.v == SCORM2004 && (got[p+"latency"] != "PT1.5S" || got[p+"timestamp"] != "2026-11-26T09:05:07") {
			t.Errorf("2004 latency %q timestamp %q", got[p+"latency"], got[p+"timestamp"])
		}
	}
	// A fill-in lists every accepted answer as a correct pattern.
	got := values(SCORMAnswered(SCORM2004, 0, text, quiz.Answer{Response: quiz.Response{Text: "x"}}, 0, time.Now()))
	if got["cmi.interactions.0.correct_responses.1.pattern"] != "Art. 5" {
		t.Errorf("second accepted answer: %q", got["cmi.interactions.0.correct_responses.1.pattern"])
	}
	// id and type come first: 2004 refuses other fields before them (408).
	sets := SCORMAnswered(SCORM2004, 0, multi, quiz.Answer{Response: quiz.Response{Choices: []int{0}}}, 0, time.Now())
	if !strings.HasSuffix(sets[0].Element, ".id") || !strings.HasSuffix(sets[1].Element, ".type") {
		t.Errorf("first elements are %s, %s", sets[0].Element, sets[1].Element)
	}
}

func TestPassMarkFromTheLMS(t *testing.T) {
	for _, c := range []struct {
		v     SCORMVersion
		el    string
		value string
		want  int
		ok    bool
	}{
		{SCORM12, "cmi.student_data.mastery_score", "70", 70, true},
		{SCORM12, "cmi.student_data.mastery_score", "", 0, false},
		{SCORM12, "cmi.student_data.mastery_score", "150", 0, false},
		{SCORM2004, "cmi.scaled_passing_score", "0.7", 70, true},
		{SCORM2004, "cmi.scaled_passing_score", "0.655", 66, true},
		{SCORM2004, "cmi.scaled_passing_score", "-0.5", 0, false},
		{SCORM2004, "cmi.scaled_passing_score", "abc", 0, false},
	} {
		got, ok := SCORMPassMark(c.v, only(c.el, c.value))
		if got != c.want || ok != c.ok {
			t.Errorf("%s %s=%q: %d %v, want %d %v", c.v, c.el, c.value, got, ok, c.want, c.ok)
		}
	}
}

func TestStartedKeepsAnEarlierOutcome(t *testing.T) {
	fresh := values(SCORMStarted(SCORM12, func(string) string { return "not attempted" }))
	if fresh["cmi.core.lesson_status"] != "incomplete" || fresh["cmi.core.exit"] != "suspend" {
		t.Errorf("fresh 1.2 start: %v", fresh)
	}
	again := values(SCORMStarted(SCORM12, func(string) string { return "passed" }))
	if _, set := again["cmi.core.lesson_status"]; set {
		t.Errorf("a passed attempt was set back: %v", again)
	}
	fresh04 := values(SCORMStarted(SCORM2004, func(string) string { return "unknown" }))
	if fresh04["cmi.completion_status"] != "incomplete" || fresh04["cmi.exit"] != "suspend" {
		t.Errorf("fresh 2004 start: %v", fresh04)
	}
}

func TestFinishedReportsScoreAndOutcome(t *testing.T) {
	res := quiz.Results{Score: 7, Max: 10, PassMark: 80}
	got := values(SCORMFinished(SCORM12, res))
	if got["cmi.core.score.raw"] != "70" || got["cmi.core.lesson_status"] != "failed" {
		t.Errorf("1.2: %v", got)
	}
	res.PassMark = 0
	if got := values(SCORMFinished(SCORM12, res)); got["cmi.core.lesson_status"] != "completed" {
		t.Errorf("1.2 without pass mark: %v", got)
	}
	res.PassMark = 70
	got = values(SCORMFinished(SCORM2004, res))
	if got["cmi.score.scaled"] != "0.7" || got["cmi.success_status"] != "passed" || got["cmi.completion_status"] != "completed" {
		t.Errorf("2004: %v", got)
	}
}

func TestReviewMode(t *testing.T) {
	for _, c := range []struct {
		v     SCORMVersion
		el    string
		value string
		want  bool
	}{
		{SCORM12, "cmi.core.lesson_mode", "review", true},
		{SCORM12, "cmi.core.lesson_mode", "normal", false},
		{SCORM12, "cmi.core.lesson_mode", "browse", false},
		{SCORM2004, "cmi.mode", "review", true},
		{SCORM2004, "cmi.mode", "", false},
		{SCORM12, "cmi.mode", "review", false}, // not a 1.2 element
	} {
		got := SCORMReview(c.v, only(c.el, c.value))
		if got != c.want {
			t.Errorf("%s %s=%q: review %v", c.v, c.el, c.value, got)
		}
	}
}

// TestExitClosesOnlyAFinishedAttempt: the last question closes the
// attempt (exit normal / ""), while starting or answering, a retry
// included, keeps it open to resume (suspend).
func TestExitClosesOnlyAFinishedAttempt(t *testing.T) {
	q := &quiz.Question{ID: "tf", Kind: quiz.TrueFalse, Prompt: "It was binding.", Choices: []quiz.Choice{{Text: "True"}, {Text: "False", Correct: true}}}
	res := quiz.Results{Score: 1, Max: 1}
	tests := []struct {
		v       SCORMVersion
		step    string
		sets    []SCORMValue
		element string
		want    string
	}{
		{SCORM12, "start", SCORMStarted(SCORM12, func(string) string { return "" }), "cmi.core.exit", "suspend"},
		{SCORM12, "answer", SCORMAnswered(SCORM12, 0, q, quiz.Answer{}, time.Second, time.Now()), "cmi.core.exit", "suspend"},
		{SCORM12, "finish", SCORMFinished(SCORM12, res), "cmi.core.exit", ""},
		{SCORM2004, "start", SCORMStarted(SCORM2004, func(string) string { return "" }), "cmi.exit", "suspend"},
		{SCORM2004, "answer", SCORMAnswered(SCORM2004, 0, q, quiz.Answer{}, time.Second, time.Now()), "cmi.exit", "suspend"},
		{SCORM2004, "finish", SCORMFinished(SCORM2004, res), "cmi.exit", "normal"},
	}
	for _, tt := range tests {
		got, ok := values(tt.sets)[tt.element]
		if !ok || got != tt.want {
			t.Errorf("SCORM %s %s: %s = %q (set: %v), want %q", tt.v, tt.step, tt.element, got, ok, tt.want)
		}
	}
}
