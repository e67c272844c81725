package quiz

import (
	"hash/fnv"
	"math/rand/v2"
)

// Layout returns the display order for question id: choice indices for
// choice questions, item indices as first shown for order questions, and
// pair indices of the right-hand options for match questions.
func (s *Session) Layout(id string) []int {
	return append([]int(nil), s.p.Layouts[id]...)
}

// layoutSize is the length of the display order kept for question q.
func layoutSize(q *Question) int {
	switch q.Kind {
	case Order:
		return len(q.Items)
	case Match:
		return len(q.Pairs)
	}
	return len(q.Choices)
}

// layout computes the display order of one question from the seed and the
// question id, so a question looks the same whichever other questions share
// the session. Choices keep the question's fixed ChoiceOrder unless the
// teacher asked for per-student shuffling.
func layout(q *Question, o Options) []int {
	n := layoutSize(q)
	if fixedChoices(q, o) {
		return ChoiceOrder(q)
	}
	lay := make([]int, n)
	for i := range lay {
		lay[i] = i
	}
	shuffle := o.ShuffleChoices && q.Kind != TrueFalse || q.Kind == Order || q.Kind == Match
	if !shuffle || n < 2 {
		return lay
	}
	h := fnv.New64a()
	h.Write([]byte(q.ID))
	r := rand.New(rand.NewPCG(o.Seed, h.Sum64()))
	for try := 0; try < 8; try++ {
		r.Shuffle(n, func(i, j int) { lay[i], lay[j] = lay[j], lay[i] })
		if q.Kind != Order && q.Kind != Match || !isIdentity(lay) {
			return lay
		}
	}
	// Still in the correct order after eight shuffles (only likely with two
	// items): rotate, which never leaves a list of two or more unchanged.
	return append(lay[1:], lay[0])
}

// fixedChoices reports whether q's choices are shown in its ChoiceOrder
// rather than shuffled for the student.
func fixedChoices(q *Question, o Options) bool {
	return !o.ShuffleChoices && (q.Kind == Single || q.Kind == Multiple)
}

func isIdentity(xs []int) bool {
	for i, x := range xs {
		if i != x {
			return false
		}
	}
	return true
}
