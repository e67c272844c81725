package ui

import (
	"fmt"
	"strings"

	"beyondbudapest/app/quiz"
)

// describeResponse puts a student's response into words for the results
// page: "Russia alone", "1. … 2. …", "Raab → …".
func describeResponse(q *quiz.Question, r quiz.Response) string {
	switch q.Kind {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		var picked []string
		for _, i := range r.Choices {
			picked = append(picked, choiceText(q, i))
		}
		return orNothing(joinParts(picked))
	case quiz.Order:
		var items []string
		for n, i := range r.Order {
			items = append(items, fmt.Sprintf("%d. %s", n+1, q.Items[i]))
		}
		return orNothing(strings.Join(items, " "))
	case quiz.Match:
		var pairs []string
		for i, m := range r.Matches {
			right := L("(nothing)")
			if m >= 0 {
				right = q.Pairs[m].Right
			}
			pairs = append(pairs, q.Pairs[i].Left+" → "+right)
		}
		return orNothing(joinParts(pairs))
	}
	return orNothing(strings.TrimSpace(r.Text))
}

// describeCorrect puts the answer key into words.
func describeCorrect(q *quiz.Question) string {
	switch q.Kind {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		var right []string
		for i, c := range q.Choices {
			if c.Correct {
				right = append(right, choiceText(q, i))
			}
		}
		return joinParts(right)
	case quiz.Order:
		var items []string
		for n, it := range q.Items {
			items = append(items, fmt.Sprintf("%d. %s", n+1, it))
		}
		return strings.Join(items, " ")
	case quiz.Match:
		var pairs []string
		for _, p := range q.Pairs {
			pairs = append(pairs, p.Left+" → "+p.Right)
		}
		return joinParts(pairs)
	}
	return q.Answers[0]
}

func orNothing(s string) string {
	if s == "" {
		return L("(no answer)")
	}
	return s
}

// points formats a score like 1, 0.5 or 7.3 without trailing zeros, with
// a decimal comma in Ukrainian (0,5).
func points(v float64) string {
	// Whole points or one decimal: "2.67 of 4" reads as false precision.
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.1f", v), "0"), ".")
	if s == "" || s == "-0" {
		return "0"
	}
	if lang == Ukrainian {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// choiceText is the text of q's choice i as the page shows it. The loader
// writes a true/false question's choices as "True" and "False" in every
// language (rawQuestion.check in app/quiz/question_check.go), so they are translated here.
func choiceText(q *quiz.Question, i int) string {
	if q.Kind == quiz.TrueFalse {
		return L(q.Choices[i].Text)
	}
	return q.Choices[i].Text
}

// joinParts lists answers in one line, "A; B; C", without the full stop
// that ends a choice written as a sentence ("…binding.; Many…").
func joinParts(parts []string) string {
	trimmed := make([]string, len(parts))
	for i, p := range parts {
		trimmed[i] = strings.TrimRight(strings.TrimSpace(p), ".")
	}
	return strings.Join(trimmed, "; ")
}
