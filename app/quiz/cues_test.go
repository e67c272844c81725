package quiz_test

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// single builds a single-choice question whose choices are shown in the
// order given: texts[key] is the right one. The choices are stored so
// that ChoiceOrder puts them back in this order.
func single(id string, key int, texts ...string) quiz.Question {
	return shownAs(id, quiz.Single, []int{key}, texts...)
}

// shownAs builds a choice question of kind k whose options students see
// in the order of texts; the options at positions right are the right ones.
func shownAs(id string, k quiz.Kind, right []int, texts ...string) quiz.Question {
	q := quiz.Question{ID: id, Kind: k, Choices: make([]quiz.Choice, len(texts))}
	for pos, idx := range quiz.ChoiceOrder(&q) {
		q.Choices[idx] = quiz.Choice{Text: texts[pos], Correct: slices.Contains(right, pos)}
	}
	return q
}

func trueFalse(id string, answer bool) quiz.Question {
	return quiz.Question{ID: id, Kind: quiz.TrueFalse, Choices: []quiz.Choice{{Text: "True", Correct: answer}, {Text: "False", Correct: !answer}}}
}

func TestAnswerCues(t *testing.T) {
	tests := []struct {
		name        string
		bank        []quiz.Question
		positions   []int // keys per display position
		longest     []string
		meanRatio   float64
		rightLonger []string
		trues       int
		falses      int
	}{
		{
			name: "balanced bank",
			bank: []quiz.Question{
				single("a", 0, "aaaa", "bbbb", "cccc"),
				single("b", 1, "aaaa", "bbbb", "cccc"),
				single("c", 2, "aaaa", "bbbb", "cccc"),
			},
			positions: []int{1, 1, 1}, meanRatio: 1,
		},
		{
			name: "key always first and longest",
			bank: []quiz.Question{
				single("a", 0, "a long right answer", "short", "tiny"),
				single("b", 0, "another long answer", "wrong", "no"),
			},
			positions: []int{2}, longest: []string{"a", "b"},
			meanRatio: (19/4.5 + 19/3.5) / 2,
		},
		{
			name:      "a key as long as a wrong option is not strictly the longest",
			bank:      []quiz.Question{single("a", 1, "same", "same", "no")},
			positions: []int{0, 1}, meanRatio: 4 / 3.0,
		},
		{
			name: "multiple select with long right options",
			bank: []quiz.Question{
				shownAs("m", quiz.Multiple, []int{0, 2}, "right and long", "no", "also right, long", "nope"),
				shownAs("n", quiz.Multiple, []int{1}, "wrong but the longest", "right", "x"),
			},
			longest: []string{"m"}, rightLonger: []string{"m"},
			meanRatio: (15/3.0 + 5/11.0) / 2,
		},
		{
			name:   "true/false balance, not choice questions",
			bank:   []quiz.Question{trueFalse("t1", true), trueFalse("t2", false), trueFalse("t3", false)},
			trues:  1,
			falses: 2,
		},
		{
			name: "other kinds are left out",
			bank: []quiz.Question{{ID: "o", Kind: quiz.Order, Items: []string{"a", "b"}}, {ID: "x", Kind: quiz.Text, Answers: []string{"a"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := quiz.AnswerCues(tt.bank)
			var positions []int
			for _, ids := range c.Positions {
				positions = append(positions, len(ids))
			}
			if !reflect.DeepEqual(positions, tt.positions) {
				t.Errorf("keys by position %v, want %v", positions, tt.positions)
			}
			if !slices.Equal(c.Longest, tt.longest) {
				t.Errorf("key longest in %v, want %v", c.Longest, tt.longest)
			}
			if math.Abs(c.MeanRatio()-tt.meanRatio) > 1e-9 {
				t.Errorf("mean ratio %v, want %v", c.MeanRatio(), tt.meanRatio)
			}
			if !slices.Equal(c.RightLonger, tt.rightLonger) {
				t.Errorf("right options all longer in %v, want %v", c.RightLonger, tt.rightLonger)
			}
			if c.True != tt.trues || c.False != tt.falses {
				t.Errorf("true/false %d/%d, want %d/%d", c.True, c.False, tt.trues, tt.falses)
			}
		})
	}
}

// TestCueProblemsNameTheLimitAndTheQuestions: each limit, when broken,
// gives one problem naming the questions to rewrite.
func TestCueProblemsNameTheLimitAndTheQuestions(t *testing.T) {
	even := []quiz.Question{
		single("e1", 0, "aaaa", "bbbb", "cccc"),
		single("e2", 1, "aaaa", "bbbb", "cccc"),
		single("e3", 2, "aaaa", "bbbb", "cccc"),
	}
	tests := []struct {
		name string
		bank []quiz.Question
		want [][]string // per expected problem, substrings it must hold
	}{
		{"no cues", even, nil},
		{
			"two of five keys at one position is 40 %, allowed",
			append(slices.Clone(even), single("p1", 0, "aaaa", "bbbb", "cccc"), single("p2", 1, "aaaa", "bbbb", "cccc")),
			nil,
		},
		{
			"three of five keys first",
			append(slices.Clone(even), single("p1", 0, "aaaa", "bbbb", "cccc"), single("p2", 0, "aaaa", "bbbb", "cccc")),
			[][]string{{"3 of 5 single-choice keys (60 %) are shown at position 1, more than 40 %", "rewrite: e1, p1, p2"}},
		},
		{
			"the key longest in two of five",
			append(slices.Clone(even), single("l1", 0, "aaaaa", "bbbb", "cccc"), single("l2", 1, "aaaa", "bbbbb", "cccc")),
			[][]string{{"strictly the longest option in 2 of 5 choice questions (40 %), more than a third: l1, l2"}},
		},
		{
			"the key longest in one of six is within a third",
			append(slices.Clone(even), single("f1", 0, "aaaa", "bbbb", "cccc"), single("f2", 1, "aaaa", "bbbb", "cccc"), single("l1", 2, "aaaa", "bbbb", "ccccc")),
			nil,
		},
		{
			"keys much longer on average, though never the longest",
			[]quiz.Question{
				single("r1", 0, "a long key here", "a long wrong one", "x"),
				single("r2", 1, "y", "another long key", "a longer wrong one"),
				single("r3", 2, "z", "a long wrong answer", "yet another key"),
			},
			[][]string{{"keys are on average 1.65 times as long as the wrong options, more than 1.25", "longest keys first: r1 1.76, r2 1.68, r3 1.50"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quiz.AnswerCues(tt.bank).Problems()
			if len(got) != len(tt.want) {
				t.Fatalf("%d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for i, want := range tt.want {
				for _, w := range want {
					if !strings.Contains(got[i], w) {
						t.Errorf("problem %q lacks %q", got[i], w)
					}
				}
			}
		})
	}
}
