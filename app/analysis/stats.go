package analysis

import (
	"sort"

	"beyondbudapest/app/quiz"
)

// Report is the analysis of a class on the current lesson.
type Report struct {
	Students int     // Attempts analysed: each student's latest.
	Mean     float64 // Mean score in percent.
	Median   float64 // Median score in percent.
	// Bins counts students per tenth of the score: 0–9 %, 10–19 %, …,
	// 90–100 % (a full score is in the last bin).
	Bins     [10]int
	Items    []ItemStats // Questions given to at least one student, in lesson order.
	Sections []Mastery   // Weakest first.
	Facts    []Mastery   // Weakest first.
	People   []Person    // In the order the files were loaded.
	// SetApart counts answers to questions that changed or no longer exist
	// in the current lesson: they are left out of every figure.
	SetApart int
	// SetApartQuestions lists those question ids, sorted.
	SetApartQuestions []string
	// Unscorable counts attempts left out because none of their answers
	// fits the current lesson.
	Unscorable int
}

// Person is one student's line.
type Person struct {
	Attempt Attempt
	Points  float64  // Earned, partial credit included.
	Max     int      // Questions given that still fit the lesson.
	Percent float64  // Points ÷ Max × 100.
	Tries   int      // Checks over all questions and rounds.
	Missed  []string // Question ids with less than full credit, in the attempt's order.
}

// Analyse computes the class's figures on lesson l. Answers to questions
// that changed since (another hash) or were removed are set apart and
// counted, never graded against the new key.
func Analyse(l *quiz.Lesson, attempts []Attempt) Report {
	var rep Report
	// Each question's answers, in the order of l.Questions: which person
	// gave it, its score, and the answer itself (pointed to, not copied:
	// 500 students × 56 questions make many).
	type scored struct {
		person int
		score  float64
		answer *Answer
	}
	position := make(map[string]int, len(l.Questions))
	for i := range l.Questions {
		position[l.Questions[i].ID] = i
	}
	byQuestion := make([][]scored, len(l.Questions))
	apart := map[string]bool{}
	xhash := map[string]string{}
	for _, a := range attempts {
		p := Person{Attempt: a}
		for k := range a.Answers {
			ans := &a.Answers[k]
			q, ok := l.Question(ans.Question)
			if ok && ans.Hash != q.Hash {
				if _, done := xhash[q.ID]; !done {
					xhash[q.ID] = currentXAPIHash(q)
				}
				ok = ans.Hash == xhash[q.ID]
			}
			if !ok || !fits(q, ans.Response) {
				rep.SetApart++
				apart[ans.Question] = true
				continue
			}
			score := 0.0
			if ans.Answered {
				score = quiz.GradeResponse(q, ans.Response).Score
			}
			p.Max++
			p.Points += score
			p.Tries += ans.Tries
			if score < 1 {
				p.Missed = append(p.Missed, q.ID)
			}
			i := position[q.ID]
			if byQuestion[i] == nil {
				byQuestion[i] = make([]scored, 0, len(attempts))
			}
			byQuestion[i] = append(byQuestion[i], scored{len(rep.People), score, ans})
		}
		if p.Max == 0 {
			rep.Unscorable++ // nothing in it fits the current lesson
			continue
		}
		p.Percent = p.Points / float64(p.Max) * 100
		rep.People = append(rep.People, p)
	}
	rep.Students = len(rep.People)
	for id := range apart {
		rep.SetApartQuestions = append(rep.SetApartQuestions, id)
	}
	sort.Strings(rep.SetApartQuestions)
	if rep.Students == 0 {
		return rep
	}
	percents := make([]float64, rep.Students)
	for i, p := range rep.People {
		percents[i] = p.Percent
		rep.Mean += p.Percent
		rep.Bins[min(int(p.Percent/10), 9)]++
	}
	rep.Mean /= float64(rep.Students)
	rep.Median = median(percents)

	sections := map[string]*Mastery{}
	facts := map[string]*Mastery{}
	tally := func(m map[string]*Mastery, id, section string, sum float64, n int) {
		if m[id] == nil {
			m[id] = &Mastery{ID: id, Section: section}
		}
		m[id].Score += sum
		m[id].Questions++
		m[id].Answers += n
	}
	for i := range l.Questions {
		q := &l.Questions[i]
		got := byQuestion[i]
		if len(got) == 0 {
			continue
		}
		it := ItemStats{Question: q, Given: len(got)}
		sum := 0.0
		scores := make([]float64, len(got))
		totals := make([]float64, len(got))
		var answers []quiz.Response
		for k, s := range got {
			sum += s.score
			scores[k], totals[k] = s.score, rep.People[s.person].Percent
			if !s.answer.Answered {
				it.Skipped++
			} else if s.score < 1 {
				answers = append(answers, s.answer.Response)
			}
		}
		it.Facility = sum / float64(len(got))
		it.Discrimination, it.HasDiscrimination = upperLower(scores, totals)
		it.Wrong = mostChosenWrong(q, answers)
		it.Flags = flags(it)
		rep.Items = append(rep.Items, it)
		tally(sections, q.Section, q.Section, sum, len(got))
		for _, f := range q.Facts {
			tally(facts, f, factSection(l, f, q.Section), sum, len(got))
		}
	}
	rep.Sections = weakestFirst(sections, sectionOrder(l))
	rep.Facts = weakestFirst(facts, factOrder(l))
	return rep
}

// fits reports whether a response can be graded against q without any
// index falling outside the question: a damaged or hand-edited file must
// neither crash the page nor count a choice that does not exist.
func fits(q *quiz.Question, r quiz.Response) bool {
	n := len(q.Choices)
	switch q.Kind {
	case quiz.Order:
		n = len(q.Items)
	case quiz.Match:
		n = len(q.Pairs)
	case quiz.Text:
		n = 0
	}
	for _, xs := range [][]int{r.Choices, r.Order} {
		for _, x := range xs {
			if x < 0 || x >= n {
				return false
			}
		}
	}
	for _, m := range r.Matches {
		if m < -1 || m >= n {
			return false
		}
	}
	return len(r.Matches) == 0 || len(r.Matches) == n
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
