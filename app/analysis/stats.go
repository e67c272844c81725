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

// Mastery is how well the class did on the questions about one explainer
// section or one source fact.
type Mastery struct {
	ID        string  // Section id, or fact id.
	Section   string  // The explainer section to re-teach it from.
	Score     float64 // Mean score over every answer to those questions, 0–1.
	Questions int     // Questions about it that students were given.
	Answers   int     // Answers (skips included) the score is over.
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
