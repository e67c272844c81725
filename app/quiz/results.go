package quiz

import "math"

// Results is the outcome of a session over all its questions.
type Results struct {
	Score    float64 // Points earned, partial credit included.
	Max      int     // One point per question.
	PassMark int     // 0 when the session has no pass mark.
	Items    []Item  // Every question, in presentation order.
}

// Item is one question's line in the results.
type Item struct {
	Question *Question
	Answer   Answer
	Answered bool // Checked in some round.
	Grade    Grade
}

// Missed reports whether the item earned less than full credit.
func (it Item) Missed() bool { return !it.Grade.Correct }

// Percent is the score as a whole percentage, rounded to nearest.
func (r Results) Percent() int {
	if r.Max == 0 {
		return 0
	}
	return int(math.Round(r.Score / float64(r.Max) * 100))
}

// HasPassMark reports whether pass or fail applies at all.
func (r Results) HasPassMark() bool { return r.PassMark > 0 }

// Passed reports whether the exact score reaches the pass mark (no
// rounding in the student's favour or against it).
func (r Results) Passed() bool {
	return r.HasPassMark() && r.Score*100 >= float64(r.PassMark*r.Max)-1e-9
}

// Missed returns the items that earned less than full credit.
func (r Results) Missed() []Item {
	var out []Item
	for _, it := range r.Items {
		if it.Missed() {
			out = append(out, it)
		}
	}
	return out
}

// Results grades the session as it stands.
func (s *Session) Results() Results {
	r := Results{Max: len(s.p.Questions), PassMark: s.p.Options.PassMark}
	for _, id := range s.p.Questions {
		q, _ := s.lesson.Question(id)
		a, _ := s.Answer(id)
		it := Item{Question: q, Answer: a, Answered: a.Checked}
		if a.Checked {
			it.Grade = GradeResponse(q, a.Response)
		}
		r.Score += it.Grade.Score
		r.Items = append(r.Items, it)
	}
	return r
}
