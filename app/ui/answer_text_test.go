package ui

import (
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestDescribeAnswers checks how a student's answer and points read in
// words (results page, result file).
func TestDescribeAnswers(t *testing.T) {
	l, _ := Lesson()
	q, _ := l.Question("who-said-what")
	got := describeResponse(q, quiz.Response{Matches: []int{1, -1, 2, 3}})
	if !strings.HasPrefix(got, "David Arakhamia → "+strings.TrimRight(q.Pairs[1].Right, ".")) || !strings.Contains(got, "Dominic Raab → (nothing)") || strings.Contains(got, ".;") {
		t.Errorf("match response described as %q", got)
	}
	if describeResponse(q, quiz.Response{}) != "(no answer)" {
		t.Error("an empty response should read (no answer)")
	}
	if points(0.5) != "0.5" || points(1) != "1" || points(7.666) != "7.7" || points(2.96) != "3" || points(0) != "0" {
		t.Errorf("points formatting: %s %s %s %s %s", points(0.5), points(1), points(7.666), points(0), points(2.96))
	}
}
