package ui

import (
	"reflect"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestEarlyAnswerFitsOnlyTheQuestionItWasGivenTo: an answer given before
// the app started is taken over only when the session shows that very
// question, first, in the same order, with nothing answered yet.
func TestEarlyAnswerFitsOnlyTheQuestionItWasGivenTo(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	fresh := func() *quiz.Session {
		s, err := quiz.New(l, defaultOptions(l))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	s := fresh()
	first := s.Current()
	layout := s.Layout(first.ID)
	reversed := make([]int, len(layout))
	for i, v := range layout {
		reversed[len(layout)-1-i] = v
	}
	answered := fresh()
	if _, err := answered.Check(rightResponseFor(first)); err != nil {
		t.Fatal(err)
	}
	drafted := fresh()
	if err := drafted.Save(quiz.Response{Choices: []int{layout[0]}}); err != nil {
		t.Fatal(err)
	}
	moved := fresh()
	moved.Next()

	tests := []struct {
		name string
		s    *quiz.Session
		e    earlyAnswer
		want bool
	}{
		{"the same question in the same order", fresh(), earlyAnswer{Question: first.ID, Layout: layout}, true},
		{"another question", fresh(), earlyAnswer{Question: "no-such-question", Layout: layout}, false},
		{"the choices in another order", fresh(), earlyAnswer{Question: first.ID, Layout: reversed}, false},
		{"saved progress: answered", answered, earlyAnswer{Question: first.ID, Layout: layout}, false},
		{"saved progress: a draft", drafted, earlyAnswer{Question: first.ID, Layout: layout}, false},
		{"saved progress: further on", moved, earlyAnswer{Question: first.ID, Layout: layout}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.e.fits(tt.s); got != tt.want {
				t.Errorf("fits = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEarlyAnswerBecomesTheEnginesResponse maps what boot.js read from
// the page onto each kind's response.
func TestEarlyAnswerBecomesTheEnginesResponse(t *testing.T) {
	text := "Budapest"
	tests := []struct {
		kind    quiz.Kind
		e       earlyAnswer
		want    quiz.Response
		touched bool
	}{
		{quiz.Single, earlyAnswer{Choices: []int{2}}, quiz.Response{Choices: []int{2}}, true},
		{quiz.Multiple, earlyAnswer{Choices: []int{3, 0}}, quiz.Response{Choices: []int{0, 3}}, true},
		{quiz.TrueFalse, earlyAnswer{}, quiz.Response{Choices: []int{}}, false},
		{quiz.Match, earlyAnswer{Matches: []int{-1, 2}}, quiz.Response{Matches: []int{-1, 2}}, true},
		{quiz.Match, earlyAnswer{Matches: []int{-1, -1}}, quiz.Response{Matches: []int{-1, -1}}, false},
		{quiz.Text, earlyAnswer{Text: &text}, quiz.Response{Text: "Budapest"}, true},
		{quiz.Text, earlyAnswer{Checked: true}, quiz.Response{}, true},
		{quiz.Order, earlyAnswer{Choices: []int{1}}, quiz.Response{}, true},
	}
	for _, tt := range tests {
		got := tt.e.response(&quiz.Question{Kind: tt.kind})
		if len(got.Choices) == 0 && len(tt.want.Choices) == 0 {
			got.Choices, tt.want.Choices = nil, nil
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %+v: response %+v, want %+v", tt.kind, tt.e, got, tt.want)
		}
		if tt.e.touched() != tt.touched {
			t.Errorf("%s %+v: touched = %v, want %v", tt.kind, tt.e, !tt.touched, tt.touched)
		}
	}
}

func rightResponseFor(q *quiz.Question) quiz.Response {
	var r quiz.Response
	for i, c := range q.Choices {
		if c.Correct {
			r.Choices = append(r.Choices, i)
		}
	}
	return r
}
