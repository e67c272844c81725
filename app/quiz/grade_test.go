package quiz_test

import (
	"math"
	"testing"

	"beyondbudapest/app/quiz"
)

func TestGradeResponse(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	q := func(id string) *quiz.Question { x, _ := l.Question(id); return x }
	tests := []struct {
		name     string
		question string
		resp     quiz.Response
		want     float64
	}{
		{"single right", "one", quiz.Response{Choices: []int{0}}, 1},
		{"single wrong", "one", quiz.Response{Choices: []int{1}}, 0},
		{"single out of range", "one", quiz.Response{Choices: []int{7}}, 0},
		{"single two picks", "one", quiz.Response{Choices: []int{0, 1}}, 0},
		{"multiple all right", "many", quiz.Response{Choices: []int{0, 1}}, 1},
		{"multiple half", "many", quiz.Response{Choices: []int{0}}, 0.5},
		{"multiple one right one wrong", "many", quiz.Response{Choices: []int{0, 2}}, 0},
		{"multiple everything ticked", "many", quiz.Response{Choices: []int{0, 1, 2}}, 0},
		{"multiple only wrong", "many", quiz.Response{Choices: []int{2}}, 0},
		{"truefalse right", "tf", quiz.Response{Choices: []int{1}}, 1},
		{"truefalse wrong", "tf", quiz.Response{Choices: []int{0}}, 0},
		{"order right", "seq", quiz.Response{Order: []int{0, 1, 2}}, 1},
		{"order one displaced", "seq", quiz.Response{Order: []int{1, 0, 2}}, 0.5},
		{"order reversed", "seq", quiz.Response{Order: []int{2, 1, 0}}, 0},
		{"order not a permutation", "seq", quiz.Response{Order: []int{0, 0, 1}}, 0},
		{"match all", "pairs", quiz.Response{Matches: []int{0, 1}}, 1},
		{"match half", "pairs", quiz.Response{Matches: []int{0, -1}}, 0.5},
		{"match swapped", "pairs", quiz.Response{Matches: []int{1, 0}}, 0},
		{"text exact", "typed", quiz.Response{Text: "Budapest Memorandum"}, 1},
		{"text alternative, case and spaces", "typed", quiz.Response{Text: "  budapest   MEMORANDUM. "}, 1},
		{"text second alternative", "typed", quiz.Response{Text: "budapest"}, 1},
		{"text wrong", "typed", quiz.Response{Text: "Minsk"}, 0},
		{"text empty", "typed", quiz.Response{Text: "   "}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := quiz.GradeResponse(q(tt.question), tt.resp)
			if math.Abs(g.Score-tt.want) > 1e-9 {
				t.Errorf("score = %v, want %v", g.Score, tt.want)
			}
			if g.Correct != (tt.want == 1) {
				t.Errorf("correct = %v for score %v", g.Correct, g.Score)
			}
		})
	}
}

// TestMultipleSelectCreditDoesNotRewardTickingEverything: each right pick
// earns 1/R and each wrong pick costs 1/W (R, W: the question's right and
// wrong choices), floored at 0, so ticking every box scores 0 whatever the
// mix of right and wrong choices.
func TestMultipleSelectCreditDoesNotRewardTickingEverything(t *testing.T) {
	question := func(marks string) *quiz.Question {
		q := &quiz.Question{ID: "m", Kind: quiz.Multiple}
		for _, m := range marks {
			q.Choices = append(q.Choices, quiz.Choice{Text: string(m), Correct: m == 'x'})
		}
		return q
	}
	tests := []struct {
		name   string
		marks  string // x: a right choice, o: a wrong one
		picked []int
		want   float64
	}{
		{"three right of four, all ticked", "xxxo", []int{0, 1, 2, 3}, 0},
		{"two right of three, all ticked", "xxo", []int{0, 1, 2}, 0},
		{"one right of four, all ticked", "xooo", []int{0, 1, 2, 3}, 0},
		{"three right of four, all right ones", "xxxo", []int{0, 1, 2}, 1},
		{"three right of four, two right", "xxxo", []int{0, 1}, 2.0 / 3},
		{"three right of four, two right and the wrong one", "xxxo", []int{0, 1, 3}, 0},
		{"two right of five, both right and one wrong", "xxooo", []int{0, 1, 2}, 1 - 1.0/3},
		{"two right of five, one right and one wrong", "xxooo", []int{0, 2}, 0.5 - 1.0/3},
		{"two right of five, one right and two wrong", "xxooo", []int{0, 2, 3}, 0},
		{"two right of five, only wrong ones", "xxooo", []int{2, 3}, 0},
		{"every choice right, one ticked", "xxx", []int{1}, 1.0 / 3},
		{"every choice right, all ticked", "xxx", []int{0, 1, 2}, 1},
		{"nothing ticked", "xxo", nil, 0},
		{"out-of-range picks are ignored", "xxo", []int{0, 1, 9, -1}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := quiz.GradeResponse(question(tt.marks), quiz.Response{Choices: tt.picked})
			if math.Abs(g.Score-tt.want) > 1e-9 {
				t.Errorf("%s picking %v: score = %v, want %v", tt.marks, tt.picked, g.Score, tt.want)
			}
			if g.Correct != (tt.want == 1) {
				t.Errorf("correct = %v for score %v", g.Correct, g.Score)
			}
		})
	}
}

func TestGradeGivesFeedbackOfPickedChoices(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	one, _ := l.Question("one")
	if g := quiz.GradeResponse(one, quiz.Response{Choices: []int{0}}); len(g.Feedback) != 1 || g.Feedback[0] != "Well done." {
		t.Errorf("feedback = %q, want the picked choice's", g.Feedback)
	}
	if g := quiz.GradeResponse(one, quiz.Response{Choices: []int{1}}); len(g.Feedback) != 0 {
		t.Errorf("feedback = %q for a choice without any", g.Feedback)
	}
}

func TestNormalizeForgivesTypingDifferences(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ukraine’s arsenal", "ukraine's arsenal"},
		{"“Budapest”", `"budapest"`},
		{"Klympush–Tsintsadze", "klympush-tsintsadze"},
		{"Article  5", "article 5"},
		{"ratified!", "Ratified"},
		{"\u00a0Donbas\t", "donbas"},
	}
	for _, tt := range tests {
		if quiz.Normalize(tt.a) != quiz.Normalize(tt.b) {
			t.Errorf("Normalize(%q) = %q, Normalize(%q) = %q; want equal", tt.a, quiz.Normalize(tt.a), tt.b, quiz.Normalize(tt.b))
		}
	}
	if quiz.Normalize("Budapest") == quiz.Normalize("Bucharest") {
		t.Error("different words normalised to the same text")
	}
}
