package quiz

import (
	"fmt"
	"unicode/utf8"
)

// ProgressSchema is the version of the Progress layout. Bump it when a field
// changes meaning; Resume then refuses older progress with ErrOutdated.
const ProgressSchema = 1

// Progress is a session's whole state as plain, JSON-serialisable data: what
// the UI saves in the browser and hands back to Resume after a reload.
type Progress struct {
	Schema  int     `json:"schema"`
	Lesson  string  `json:"lesson"` // Lesson.Version when the session started.
	Options Options `json:"options"`
	// Questions is every question of the session in presentation order; the
	// score is taken over all of them.
	Questions []string `json:"questions"`
	// Round is the questions being worked through now: all of them at first,
	// the missed ones after RetryMissed.
	Round   []string `json:"round"`
	RoundNo int      `json:"roundNo"` // 1 for the first pass, 2 for the first retry…
	Current int      `json:"current"` // Index into Round; len(Round) once finished.
	// Layouts holds, per question, the display order of its choices, its
	// order items as first shown, or its match options.
	Layouts  map[string][]int  `json:"layouts"`
	Answers  map[string]Answer `json:"answers"`
	Finished bool              `json:"finished"`
}

// Answer is the saved state of one question.
type Answer struct {
	Hash     string   `json:"hash"` // Question.Hash when answered.
	Response Response `json:"response"`
	Checked  bool     `json:"checked"` // False for a draft not yet checked.
	Score    float64  `json:"score"`
	Tries    int      `json:"tries"` // Checks over all rounds.
}

// Resumed reports what Resume had to change to fit saved progress to the
// current lesson.
type Resumed struct {
	// Dropped counts answers discarded because their question changed or
	// was removed since they were given.
	Dropped int
}

// Resume rebuilds a session from saved progress. Progress from an older
// schema gives ErrOutdated; inconsistent data gives an error wrapping
// ErrCorrupt. Progress made against an older lesson is kept where it still
// fits: answers to questions that were changed or removed are dropped and
// counted in Resumed.
func Resume(l *Lesson, p Progress) (*Session, Resumed, error) {
	var info Resumed
	corrupt := func(format string, args ...any) (*Session, Resumed, error) {
		return nil, info, fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
	}
	if p.Schema != ProgressSchema {
		return nil, info, ErrOutdated
	}
	o := p.Options
	if o.Feedback != FeedbackNow && o.Feedback != FeedbackEnd {
		return corrupt("unknown feedback mode %q", o.Feedback)
	}
	if o.PassMark < 0 || o.PassMark > 100 {
		return corrupt("pass mark %d out of range", o.PassMark)
	}
	if p.RoundNo < 1 {
		return corrupt("round %d", p.RoundNo)
	}
	if p.Current < 0 || p.Current > len(p.Round) {
		return corrupt("current question %d of %d", p.Current, len(p.Round))
	}
	inSession := map[string]bool{}
	var qs []string
	for _, id := range p.Questions {
		if inSession[id] {
			return corrupt("question %q listed twice", id)
		}
		inSession[id] = true
		if _, ok := l.Question(id); ok {
			qs = append(qs, id)
		} else if _, had := p.Answers[id]; had {
			info.Dropped++
		}
	}
	if len(qs) == 0 {
		return corrupt("no question of the saved quiz exists any more")
	}
	var round []string
	current := p.Current
	for i, id := range p.Round {
		if !inSession[id] {
			return corrupt("question %q is in the round but not the quiz", id)
		}
		if _, ok := l.Question(id); ok {
			round = append(round, id)
		} else if i < p.Current {
			current--
		}
	}
	if len(round) == 0 {
		round = append([]string(nil), qs...)
		current = 0
	}
	s := &Session{lesson: l, p: Progress{
		Schema:    ProgressSchema,
		Lesson:    l.Version,
		Options:   o,
		Questions: qs,
		Round:     round,
		RoundNo:   p.RoundNo,
		Current:   current,
		Layouts:   map[string][]int{},
		Answers:   map[string]Answer{},
		Finished:  p.Finished && current >= len(round),
	}}
	for _, id := range qs {
		q, _ := l.Question(id)
		// A fixed choice order is recomputed rather than trusted: progress
		// saved before choices had one (they were shown as written, key
		// first) then shows the order the worksheet shows. Answers hold
		// choice indices, not positions, so they keep their meaning.
		if lay := p.Layouts[id]; isPermutation(lay, layoutSize(q)) && !fixedChoices(q, o) {
			s.p.Layouts[id] = append([]int(nil), lay...)
		} else {
			s.p.Layouts[id] = layout(q, o)
		}
		a, ok := p.Answers[id]
		if !ok {
			continue
		}
		if a.Hash == "" && !a.Checked && a.Response.Empty(q) {
			// RetryMissed's cleared answer, which only carries the tries.
			s.p.Answers[id] = Answer{Tries: a.Tries}
			continue
		}
		if a.Hash != q.Hash || !validResponse(q, a.Response) {
			info.Dropped++
			continue
		}
		if a.Checked {
			a.Score = GradeResponse(q, a.Response).Score // never trust a stored score
		}
		s.p.Answers[id] = a
	}
	if !s.p.Finished && s.p.Current >= len(round) {
		s.p.Current = len(round) - 1
	}
	return s, info, nil
}

// validResponse reports whether r has the right shape for q, so that a
// damaged saved response can never index out of range.
func validResponse(q *Question, r Response) bool {
	switch q.Kind {
	case Single, TrueFalse:
		return len(r.Choices) <= 1 && allValid(r.Choices, len(q.Choices)) && r.Order == nil && r.Matches == nil
	case Multiple:
		return allValid(r.Choices, len(q.Choices)) && distinct(r.Choices) && r.Order == nil && r.Matches == nil
	case Order:
		return (len(r.Order) == 0 || isPermutation(r.Order, len(q.Items))) && r.Choices == nil && r.Matches == nil
	case Match:
		if len(r.Matches) != 0 && len(r.Matches) != len(q.Pairs) {
			return false
		}
		for _, m := range r.Matches {
			if m < -1 || m >= len(q.Pairs) {
				return false
			}
		}
		return r.Choices == nil && r.Order == nil
	case Text:
		return r.Choices == nil && r.Order == nil && r.Matches == nil && utf8.RuneCountInString(r.Text) <= MaxTextAnswer
	}
	return false
}

func allValid(xs []int, n int) bool {
	for _, x := range xs {
		if !validIndex(x, n) {
			return false
		}
	}
	return true
}

func distinct(xs []int) bool {
	seen := map[int]bool{}
	for _, x := range xs {
		if seen[x] {
			return false
		}
		seen[x] = true
	}
	return true
}
