package report

import (
	"strings"

	"beyondbudapest/app/quiz"
)

// responseFormat is how one report format (xAPI, or a SCORM edition)
// writes a question's response and its correct response patterns: the
// ids it gives choices, items and the two sides of a match, its
// delimiters, and what it does to typed text.
type responseFormat struct {
	list, pair     string            // Between listed ids, and between a match's source and target.
	truth          func(bool) string // A true-false response.
	choice, item   func(int) string  // Choice i; item i of an order question.
	source, target func(int) string  // The left and the right of match pair i.
	maxPatterns    int               // How many typed answers become patterns; 0 for all.
	pattern        func(string) string
	response       func(string) string // The learner's typed text, trimmed.
}

// interaction maps each question kind onto its interaction type, which
// xAPI and SCORM share, and writes the learner's response and the correct
// response patterns in format f.
func interaction(q *quiz.Question, r quiz.Response, f responseFormat) (kind, response string, patterns []string) {
	ids := func(xs []int, name func(int) string) string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = name(x)
		}
		return strings.Join(out, f.list)
	}
	switch q.Kind {
	case quiz.TrueFalse:
		// Choice 0 is "True" (quiz.Load builds true/false that way).
		for i, c := range q.Choices {
			if c.Correct {
				patterns = append(patterns, f.truth(i == 0))
			}
		}
		if len(r.Choices) == 1 {
			response = f.truth(r.Choices[0] == 0)
		}
		return "true-false", response, patterns
	case quiz.Single, quiz.Multiple:
		var right []int
		for i, c := range q.Choices {
			if c.Correct {
				right = append(right, i)
			}
		}
		return "choice", ids(r.Choices, f.choice), []string{ids(right, f.choice)}
	case quiz.Order:
		all := make([]int, len(q.Items))
		for i := range all {
			all[i] = i
		}
		return "sequencing", ids(r.Order, f.item), []string{ids(all, f.item)}
	case quiz.Match:
		var want, got []string
		for i := range q.Pairs {
			want = append(want, f.source(i)+f.pair+f.target(i))
			if i < len(r.Matches) && r.Matches[i] >= 0 {
				got = append(got, f.source(i)+f.pair+f.target(r.Matches[i]))
			}
		}
		return "matching", strings.Join(got, f.list), []string{strings.Join(want, f.list)}
	}
	for i, a := range q.Answers {
		if i == f.maxPatterns && f.maxPatterns > 0 {
			break
		}
		patterns = append(patterns, f.pattern(a))
	}
	return "fill-in", f.response(strings.TrimSpace(r.Text)), patterns
}

// clip shortens s to at most n characters, the last of them "…" when
// anything was cut. It counts and cuts whole characters (runes), never
// bytes: SCORM's limits are in characters, and a character cut in half
// is invalid UTF-8, which an LMS or LRS may refuse outright.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
