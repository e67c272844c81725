package quiz

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// The limits on answer cues that `app check` enforces: a test-wise student
// who always picks one position, or the longest option, must not pass.
const (
	// MaxKeyPositionShare is the largest share of single-choice keys that
	// may be shown at any one position.
	MaxKeyPositionShare = 0.40
	// MaxKeyLongestShare is the largest share of choice questions whose key
	// may be strictly the longest option.
	MaxKeyLongestShare = 1.0 / 3
	// MaxKeyLengthRatio is the largest mean ratio of key length to the mean
	// length of the wrong options.
	MaxKeyLengthRatio = 1.25
)

// Cues measures the answer cues of a question bank as students see the
// options: in each question's ChoiceOrder, without per-student shuffling.
// Choice questions are single and multiple ones; lengths are in characters.
type Cues struct {
	// Positions[p] lists the single-choice questions whose key is shown at
	// position p+1.
	Positions [][]string
	Single    int // Single-choice questions.
	Choice    int // Single- and multiple-choice questions.
	// Longest lists the choice questions whose key (for multiple select, a
	// right option) is strictly the longest option.
	Longest []string
	// Ratios holds, per choice question with a wrong option, the mean
	// length of its right options over the mean length of its wrong ones,
	// in bank order.
	Ratios []QuestionRatio
	// RightLonger lists the multiple-select questions whose right options
	// are all longer than every wrong one.
	RightLonger []string
	True, False int // True/false questions by answer.
	where       map[string]string
}

// QuestionRatio is one question's key length over its mean wrong-option
// length.
type QuestionRatio struct {
	ID    string
	Ratio float64
}

// MeanRatio is the mean of the questions' length ratios, 0 with none.
func (c Cues) MeanRatio() float64 {
	if len(c.Ratios) == 0 {
		return 0
	}
	sum := 0.0
	for _, r := range c.Ratios {
		sum += r.Ratio
	}
	return sum / float64(len(c.Ratios))
}

// AnswerCues measures the cues of questions qs. It is a plain function of
// the questions, so a bank can be checked before it is a whole lesson.
func AnswerCues(qs []Question) Cues {
	c := Cues{where: map[string]string{}}
	for i := range qs {
		q := &qs[i]
		if q.File != "" {
			c.where[q.ID] = fmt.Sprintf("%s:%d", q.File, q.Line)
		}
		switch q.Kind {
		case TrueFalse:
			if len(q.Choices) > 0 && q.Choices[0].Correct {
				c.True++
			} else {
				c.False++
			}
			continue
		case Single, Multiple:
		default:
			continue
		}
		c.Choice++
		var right, wrong []int // lengths
		for _, ch := range q.Choices {
			n := utf8.RuneCountInString(strings.TrimSpace(ch.Text))
			if ch.Correct {
				right = append(right, n)
			} else {
				wrong = append(wrong, n)
			}
		}
		if q.Kind == Single {
			c.Single++
			for pos, idx := range ChoiceOrder(q) {
				if q.Choices[idx].Correct {
					for len(c.Positions) <= pos {
						c.Positions = append(c.Positions, nil)
					}
					c.Positions[pos] = append(c.Positions[pos], q.ID)
				}
			}
		}
		if len(right) == 0 || len(wrong) == 0 {
			continue
		}
		if slices.Max(right) > slices.Max(wrong) {
			c.Longest = append(c.Longest, q.ID)
		}
		if q.Kind == Multiple && slices.Min(right) > slices.Max(wrong) {
			c.RightLonger = append(c.RightLonger, q.ID)
		}
		if m := mean(wrong); m > 0 {
			c.Ratios = append(c.Ratios, QuestionRatio{ID: q.ID, Ratio: mean(right) / m})
		}
	}
	return c
}

// Problems lists each limit the bank breaks, naming the questions to
// rewrite (file:line where known); nil when it keeps them all.
func (c Cues) Problems() []string {
	var out []string
	for pos, ids := range c.Positions {
		if c.Single > 0 && float64(len(ids)) > MaxKeyPositionShare*float64(c.Single) {
			out = append(out, fmt.Sprintf("%d of %d single-choice keys (%.0f %%) are shown at position %d, more than %.0f %%: move some of these keys in the file, or rewrite: %s",
				len(ids), c.Single, percent(len(ids), c.Single), pos+1, MaxKeyPositionShare*100, c.list(ids)))
		}
	}
	if c.Choice > 0 && float64(len(c.Longest)) > MaxKeyLongestShare*float64(c.Choice) {
		out = append(out, fmt.Sprintf("the key is strictly the longest option in %d of %d choice questions (%.0f %%), more than a third: %s",
			len(c.Longest), c.Choice, percent(len(c.Longest), c.Choice), c.list(c.Longest)))
	}
	if m := c.MeanRatio(); m > MaxKeyLengthRatio {
		var long []QuestionRatio
		for _, r := range c.Ratios {
			if r.Ratio > MaxKeyLengthRatio {
				long = append(long, r)
			}
		}
		slices.SortStableFunc(long, func(a, b QuestionRatio) int {
			switch {
			case a.Ratio > b.Ratio:
				return -1
			case a.Ratio < b.Ratio:
				return 1
			}
			return 0
		})
		var ids []string
		for _, r := range long {
			ids = append(ids, fmt.Sprintf("%s %.2f", r.ID, r.Ratio))
		}
		out = append(out, fmt.Sprintf("keys are on average %.2f times as long as the wrong options, more than %.2f; longest keys first: %s",
			m, MaxKeyLengthRatio, c.list(ids)))
	}
	return out
}

// list names questions for a problem message, each with its file:line.
func (c Cues) list(ids []string) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = id
		bare, _, _ := strings.Cut(id, " ")
		if w, ok := c.where[bare]; ok {
			parts[i] = fmt.Sprintf("%s (%s)", id, w)
		}
	}
	return strings.Join(parts, ", ")
}

func mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}
