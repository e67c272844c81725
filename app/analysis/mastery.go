package analysis

import (
	"sort"

	"beyondbudapest/app/quiz"
)

// Mastery is how well the class did on the questions about one explainer
// section or one source fact.
type Mastery struct {
	ID        string  // Section id, or fact id.
	Section   string  // The explainer section to re-teach it from.
	Score     float64 // Mean score over every answer to those questions, 0–1.
	Questions int     // Questions about it that students were given.
	Answers   int     // Answers (skips included) the score is over.
}

// factSection is the explainer section that teaches fact f: the first
// section resting on it, else the section of a question about it.
func factSection(l *quiz.Lesson, f, fallback string) string {
	for _, s := range l.Sections {
		for _, id := range s.Facts {
			if id == f {
				return s.ID
			}
		}
	}
	return fallback
}

func sectionOrder(l *quiz.Lesson) map[string]int {
	m := map[string]int{}
	for i, s := range l.Sections {
		m[s.ID] = i
	}
	return m
}

func factOrder(l *quiz.Lesson) map[string]int {
	m := map[string]int{}
	for i, f := range l.Facts {
		m[f.ID] = i
	}
	return m
}

// weakestFirst turns sums into means and sorts them, lowest first; ties
// keep the lesson's order.
func weakestFirst(m map[string]*Mastery, order map[string]int) []Mastery {
	out := make([]Mastery, 0, len(m))
	for _, v := range m {
		v.Score /= float64(v.Answers)
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score < out[j].Score
		}
		return order[out[i].ID] < order[out[j].ID]
	})
	return out
}
