package quiz

import (
	"strings"
	"unicode"
)

// Response is what a student gave for one question, always in terms of the
// question's own (unshuffled) indices so that it stays meaningful whatever
// order the choices were shown in.
type Response struct {
	// Choices holds the picked choice indices (Single, Multiple, TrueFalse).
	Choices []int `json:"choices,omitempty"`
	// Order holds item indices in the order the student put them (Order).
	Order []int `json:"order,omitempty"`
	// Matches holds, for each left item, the index of the pair whose right
	// side the student chose, or -1 for none (Match).
	Matches []int `json:"matches,omitempty"`
	// Text is the typed answer (Text).
	Text string `json:"text,omitempty"`
}

// Grade is the outcome of checking one response.
type Grade struct {
	// Score is the credit earned, from 0 to 1.
	Score float64
	// Correct is true only for full credit.
	Correct bool
	// Feedback holds the feedback of every choice the student picked that
	// has some, in the order of the question's choices.
	Feedback []string
	// Spelling is set when a typed answer was accepted despite a
	// one-letter slip: the feedback asks the student to check the spelling.
	Spelling bool
}

// Empty reports whether the response gives no answer at all, which Check
// refuses so that a stray key press does not cost a student the question.
func (r Response) Empty(q *Question) bool {
	switch q.Kind {
	case Single, Multiple, TrueFalse:
		return len(r.Choices) == 0
	case Order:
		return len(r.Order) == 0
	case Match:
		for _, m := range r.Matches {
			if m >= 0 {
				return false
			}
		}
		return true
	case Text:
		return Normalize(r.Text) == ""
	}
	return true
}

// GradeResponse scores a response against a question. The partial-credit
// rules are documented for teachers in questions/README.md:
//
//   - multiple: right picks ÷ R − wrong picks ÷ W, never below 0, where R
//     and W count the question's right and wrong choices (just right picks
//     ÷ R when W is 0), so ticking every box earns nothing whatever the mix;
//   - order: (longest run of items kept in correct relative order − 1) ÷
//     (items − 1), so one misplaced item costs one step, a reversed list 0;
//   - match: pairs matched correctly ÷ pairs.
func GradeResponse(q *Question, r Response) Grade {
	var g Grade
	switch q.Kind {
	case Single, TrueFalse:
		if len(r.Choices) == 1 && validIndex(r.Choices[0], len(q.Choices)) && q.Choices[r.Choices[0]].Correct {
			g.Score = 1
		}
	case Multiple:
		g.Score = multipleScore(q, r.Choices)
	case Order:
		if isPermutation(r.Order, len(q.Items)) && len(q.Items) > 1 {
			g.Score = float64(longestIncreasing(r.Order)-1) / float64(len(q.Items)-1)
		}
	case Match:
		right := 0
		for i := range q.Pairs {
			if i < len(r.Matches) && r.Matches[i] == i {
				right++
			}
		}
		if len(q.Pairs) > 0 {
			g.Score = float64(right) / float64(len(q.Pairs))
		}
	case Text:
		// Extra words around the key term and one-letter slips are
		// forgiven (text_match.go).
		if m := MatchText(r.Text, q.Answers); m != TextWrong {
			g.Score = 1
			g.Spelling = m == TextTypo
		}
	}
	g.Correct = g.Score >= 1
	if q.Kind == Single || q.Kind == Multiple || q.Kind == TrueFalse {
		picked := map[int]bool{}
		for _, i := range r.Choices {
			picked[i] = true
		}
		for i, c := range q.Choices {
			if picked[i] && c.Feedback != "" {
				g.Feedback = append(g.Feedback, c.Feedback)
			}
		}
	}
	return g
}

// multipleScore is the partial credit of a multiple-select answer: each
// right pick earns 1/R and each wrong pick costs 1/W, so that ticking every
// box scores 0 (R/R − W/W) however many right and wrong choices there are.
// The exports give the same weights (app/export).
func multipleScore(q *Question, choices []int) float64 {
	picked := map[int]bool{}
	for _, i := range choices {
		if validIndex(i, len(q.Choices)) {
			picked[i] = true
		}
	}
	var right, wrong, rights, wrongs int
	for i, c := range q.Choices {
		switch {
		case c.Correct:
			rights++
			if picked[i] {
				right++
			}
		default:
			wrongs++
			if picked[i] {
				wrong++
			}
		}
	}
	if rights == 0 {
		return 0
	}
	score := float64(right) / float64(rights)
	if wrongs > 0 {
		score -= float64(wrong) / float64(wrongs)
	}
	return max(score, 0)
}

func validIndex(i, n int) bool { return i >= 0 && i < n }

func isPermutation(xs []int, n int) bool {
	if len(xs) != n {
		return false
	}
	seen := make([]bool, n)
	for _, x := range xs {
		if !validIndex(x, n) || seen[x] {
			return false
		}
		seen[x] = true
	}
	return true
}

// longestIncreasing returns the length of the longest strictly increasing
// subsequence: the most items a student kept in correct relative order.
func longestIncreasing(xs []int) int {
	var tails []int
	for _, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

// Normalize folds the differences a typed answer should forgive: letter
// case, curly versus straight quotes and apostrophes (the Ukrainian ʼ
// too), dashes, runs of white space, punctuation at either end
// ("Budapest." matches "budapest"), and Latin lookalike letters inside a
// Cyrillic word (foldHomoglyphs).
func Normalize(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '‛', '′', '`', '´', 'ʼ':
			return '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			return '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			return '-'
		case '\u00a0':
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	s = foldHomoglyphs(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
}
