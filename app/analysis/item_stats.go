package analysis

import (
	"encoding/json"
	"math"
	"sort"
	"strconv"

	"beyondbudapest/app/quiz"
)

// Thresholds for flagging a question, as in Moodle's and most item-analysis
// guides: almost everyone right or almost everyone wrong tells a teacher
// little about who has learnt it, and a negative discrimination means the
// stronger students did worse on it than the weaker ones.
const (
	EasyAbove = 0.95
	HardBelow = 0.2
	// GroupShare is the share of the class in each of the upper and lower
	// groups of the discrimination index (Kelley's 27 %).
	GroupShare = 0.27
	// MinForDiscrimination is the fewest students given a question for its
	// discrimination to be computed; with fewer, each group is one student.
	MinForDiscrimination = 5
)

// ItemStats is the item analysis of one question.
type ItemStats struct {
	Question *quiz.Question
	Given    int // Students who were given it (and whose answer still fits it).
	Skipped  int // Of those, how many left it unanswered (scored 0, as in the quiz).
	// Facility is the mean score, 0–1, with partial credit as the quiz
	// gives it and skips as 0: the share of the question the class got right.
	Facility float64
	// Discrimination is the upper–lower index: the mean score on this
	// question of the 27 % of students with the highest total, minus that of
	// the 27 % with the lowest; from −1 to 1. Valid only when HasDiscrimination.
	Discrimination    float64
	HasDiscrimination bool
	Wrong             *WrongAnswer  // The most chosen wrong answer; nil when nobody answered wrongly.
	Flags             []quiz.Notice // Plain-words warnings about the question (English: String).
}

// WrongAnswer is the most common wrong answer to a question: for a choice
// question, the wrong choice picked most often, with the feedback the quiz
// gives for it (the misconception); for other kinds, the most common wrong
// response as a whole.
type WrongAnswer struct {
	Response quiz.Response // A response holding just that answer.
	Count    int           // Students who gave it.
	Feedback string        // The choice's feedback; "" when it has none.
}

// upperLower is the upper–lower 27 % discrimination index of one question:
// students ranked by total score (ties keep the order the files were
// loaded in), g = round(0.27 × n) in each group, and the index is the
// upper group's mean score on the question minus the lower group's.
func upperLower(scores, totals []float64) (float64, bool) {
	n := len(scores)
	if n < MinForDiscrimination {
		return 0, false
	}
	rank := make([]int, n)
	for i := range rank {
		rank[i] = i
	}
	sort.SliceStable(rank, func(i, j int) bool { return totals[rank[i]] > totals[rank[j]] })
	g := int(math.Round(GroupShare * float64(n)))
	upper, lower := 0.0, 0.0
	for k := 0; k < g; k++ {
		upper += scores[rank[k]]
		lower += scores[rank[n-1-k]]
	}
	return (upper - lower) / float64(g), true
}

// mostChosenWrong finds the most common wrong answer among responses that
// earned less than full credit; ties go to the earlier choice or the
// response that sorts first, so the result does not depend on file order.
func mostChosenWrong(q *quiz.Question, wrong []quiz.Response) *WrongAnswer {
	counts := map[string]int{}
	examples := map[string]quiz.Response{}
	feedback := map[string]string{}
	for _, r := range wrong {
		switch q.Kind {
		case quiz.Single, quiz.Multiple, quiz.TrueFalse:
			picked := map[int]bool{}
			for _, c := range r.Choices {
				if !q.Choices[c].Correct && !picked[c] {
					picked[c] = true
					k := strconv.Itoa(c)
					counts[k]++
					examples[k] = quiz.Response{Choices: []int{c}}
					feedback[k] = q.Choices[c].Feedback
				}
			}
		case quiz.Text:
			k := quiz.Normalize(r.Text)
			if k == "" {
				continue
			}
			if _, ok := examples[k]; !ok {
				examples[k] = r
			}
			counts[k]++
		default:
			b, _ := json.Marshal(r)
			k := string(b)
			counts[k]++
			examples[k] = r
		}
	}
	// Choices compare as numbers, so choice 10 does not win a tie with 9.
	less := func(a, b string) bool {
		x, errA := strconv.Atoi(a)
		y, errB := strconv.Atoi(b)
		if errA == nil && errB == nil {
			return x < y
		}
		return a < b
	}
	best := ""
	for k, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && less(k, best) {
			best = k
		}
	}
	if best == "" {
		return nil
	}
	return &WrongAnswer{Response: examples[best], Count: counts[best], Feedback: feedback[best]}
}

// flags puts what is odd about a question into plain words.
func flags(it ItemStats) []quiz.Notice {
	var out []quiz.Notice
	switch {
	case it.Facility > EasyAbove:
		out = append(out, quiz.Notice{Format: flagEasy, Args: []any{it.Facility}})
	case it.Facility < HardBelow:
		out = append(out, quiz.Notice{Format: flagHard, Args: []any{it.Facility}})
	}
	if it.HasDiscrimination && it.Discrimination < 0 {
		out = append(out, quiz.Notice{Format: flagMisleading, Args: []any{it.Discrimination}})
	}
	return out
}

// The warnings about a question, as formats of one number, so that the
// class page can show them in its language (FlagFormats).
const (
	flagEasy       = "Almost everyone got this right (facility %.2f): it tells you little about who has learnt it."
	flagHard       = "Very few got this right (facility %.2f): check the answer key and the wording, or re-teach the section."
	flagMisleading = "Students with high totals did worse on this than students with low totals (discrimination %.2f): the question may be misleading or its key wrong."
)

// FlagFormats lists the formats of the warnings in ItemStats.Flags, for
// the translations (the UI's catalogue test).
var FlagFormats = []string{flagEasy, flagHard, flagMisleading}
