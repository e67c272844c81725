package export

import (
	"math"
	"strconv"
	"strings"

	"beyondbudapest/app/quiz"
)

// moodleFractions are the answer grades Moodle accepts, as fractions of a
// question's mark (question_bank::fraction_options_full, the negatives
// being the same list with a minus sign). Its GIFT and XML importers refuse
// any other value by default, so a weight is written as the nearest of
// these.
var moodleFractions = []float64{1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333,
	0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0}

// shown returns q's choices in the order the app shows them when choices
// are not shuffled per student.
func shown(q *quiz.Question) []quiz.Choice {
	out := make([]quiz.Choice, 0, len(q.Choices))
	for _, i := range quiz.ChoiceOrder(q) {
		out = append(out, q.Choices[i])
	}
	return out
}

// choiceCounts returns how many of q's choices are right and how many wrong.
func choiceCounts(q *quiz.Question) (rights, wrongs int) {
	for _, c := range q.Choices {
		if c.Correct {
			rights++
		} else {
			wrongs++
		}
	}
	return rights, wrongs
}

// multipleWeights are the Moodle percentages of a multiple-select question
// that give the app's partial credit (quiz.GradeResponse): each right
// choice +100/R %, each wrong one −100/W %, and Moodle floors the total at
// 0. For 1 to 10 right or wrong choices these are exact (1/7 is Moodle's
// 14.28571 %); beyond that Moodle has no exact weight and the nearest one
// it accepts is used, so the credit differs slightly from the app's.
func multipleWeights(q *quiz.Question) (right, wrong string) {
	rights, wrongs := choiceCounts(q)
	right = moodlePercent(1 / float64(max(rights, 1)))
	wrong = "0"
	if wrongs > 0 {
		wrong = "-" + moodlePercent(1/float64(wrongs))
	}
	return right, wrong
}

// moodlePercent writes fraction f (0–1) as the percentage of the nearest
// grade Moodle accepts: 1/3 → "33.33333", 1/4 → "25".
func moodlePercent(f float64) string {
	best := moodleFractions[0]
	for _, m := range moodleFractions {
		if math.Abs(m-f) < math.Abs(best-f) {
			best = m
		}
	}
	s := strconv.FormatFloat(best*100, 'f', 5, 64)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}
