package quiz

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// Feedback says when a student learns whether an answer was right.
type Feedback string

// The feedback modes.
const (
	FeedbackNow Feedback = "now" // After each Check.
	FeedbackEnd Feedback = "end" // Only on the results page.
)

// Options shape a quiz session. The zero value is the whole lesson in file
// order with immediate feedback and no pass mark.
type Options struct {
	// Questions restricts the session to these ids, in this order; empty
	// means every question of the lesson.
	Questions []string `json:"questions,omitempty"`
	// Count keeps only the first Count questions (after shuffling); 0 keeps all.
	Count int `json:"count,omitempty"`
	// Seed drives every shuffle, so the same seed gives the same quiz.
	Seed uint64 `json:"seed"`
	// ShuffleQuestions presents the questions in a seeded random order.
	ShuffleQuestions bool `json:"shuffleQuestions,omitempty"`
	// ShuffleChoices presents choice options in a seeded random order, one
	// per student; without it each question has one fixed order derived
	// from its id (ChoiceOrder), never the file order, whose first option
	// was usually the key. Order items and match options are always
	// shuffled: shown in their correct order they would give the answer away.
	ShuffleChoices bool `json:"shuffleChoices,omitempty"`
	// PassMark is the percentage needed to pass, 1–100; 0 means the quiz is
	// a self-check without pass or fail.
	PassMark int `json:"passMark,omitempty"`
	// Feedback is when answers are marked; empty means FeedbackNow.
	Feedback Feedback `json:"feedback,omitempty"`
	// HideExplanations leaves explanations out of the feedback and results,
	// for a teacher who wants to discuss the answers in class.
	HideExplanations bool `json:"hideExplanations,omitempty"`
	// NoRetries refuses RetryMissed: one attempt, for a quiz whose score a
	// teacher grades. Settings.Options sets it when a pass mark is set, unless
	// the link says retries=1.
	NoRetries bool `json:"noRetries,omitempty"`
}

// Errors returned by the session.
var (
	ErrEmptyResponse = errors.New("give an answer before checking")
	ErrChecked       = errors.New("this question is already checked")
	ErrFinished      = errors.New("the quiz is finished")
	ErrNothingMissed = errors.New("no question was missed")
	ErrNoRetries     = errors.New("this quiz allows one attempt")
	ErrOutdated      = errors.New("saved progress is from an older version of the app")
	ErrCorrupt       = errors.New("saved progress is damaged")
)

// Session is one student's run through a quiz. It is a thin set of state
// transitions over Progress; every method leaves Progress consistent, so it
// can be saved after any call.
type Session struct {
	lesson *Lesson
	p      Progress
}

// New starts a session over lesson l.
func New(l *Lesson, o Options) (*Session, error) {
	if o.Feedback == "" {
		o.Feedback = FeedbackNow
	}
	if o.Feedback != FeedbackNow && o.Feedback != FeedbackEnd {
		return nil, fmt.Errorf("feedback must be %q or %q, not %q", FeedbackNow, FeedbackEnd, o.Feedback)
	}
	if o.PassMark < 0 || o.PassMark > 100 {
		return nil, fmt.Errorf("pass mark must be between 0 and 100, not %d", o.PassMark)
	}
	if o.Count < 0 {
		return nil, fmt.Errorf("question count must not be negative, not %d", o.Count)
	}
	ids := o.Questions
	if len(ids) == 0 {
		for _, q := range l.Questions {
			ids = append(ids, q.ID)
		}
	}
	seen := map[string]bool{}
	var picked []string
	for _, id := range ids {
		if _, ok := l.Question(id); !ok {
			return nil, fmt.Errorf("no question with id %q", id)
		}
		if !seen[id] {
			picked = append(picked, id)
			seen[id] = true
		}
	}
	if len(picked) == 0 {
		return nil, errors.New("the quiz has no questions")
	}
	if o.ShuffleQuestions {
		r := rand.New(rand.NewPCG(o.Seed, 0x9e3779b97f4a7c15))
		r.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	}
	if o.Count > 0 && o.Count < len(picked) {
		picked = picked[:o.Count]
	}
	s := &Session{lesson: l, p: Progress{
		Schema:    ProgressSchema,
		Lesson:    l.Version,
		Options:   o,
		Questions: picked,
		Round:     append([]string(nil), picked...),
		RoundNo:   1,
		Layouts:   map[string][]int{},
		Answers:   map[string]Answer{},
	}}
	for _, id := range picked {
		q, _ := l.Question(id)
		s.p.Layouts[id] = layout(q, o)
	}
	return s, nil
}

// Lesson returns the lesson the session is over.
func (s *Session) Lesson() *Lesson { return s.lesson }

// Options returns the options the session was started with.
func (s *Session) Options() Options { return s.p.Options }

// FeedbackNow reports whether answers are marked as soon as they are checked.
func (s *Session) FeedbackNow() bool { return s.p.Options.Feedback != FeedbackEnd }

// Progress returns a deep copy of the session state, safe to save or keep.
func (s *Session) Progress() Progress {
	p := s.p
	p.Options.Questions = append([]string(nil), p.Options.Questions...)
	p.Questions = append([]string(nil), p.Questions...)
	p.Round = append([]string(nil), p.Round...)
	p.Layouts = make(map[string][]int, len(s.p.Layouts))
	for k, v := range s.p.Layouts {
		p.Layouts[k] = append([]int(nil), v...)
	}
	p.Answers = make(map[string]Answer, len(s.p.Answers))
	for k, a := range s.p.Answers {
		a.Response = a.Response.clone()
		p.Answers[k] = a
	}
	return p
}

// Finished reports whether the current round is over.
func (s *Session) Finished() bool { return s.p.Finished }

// Round returns the number of the current pass: 1 first, then 2, 3… for
// each retry of the missed questions.
func (s *Session) Round() int { return s.p.RoundNo }

// Current returns the question being answered, or nil once finished.
func (s *Session) Current() *Question {
	if s.p.Finished {
		return nil
	}
	q, _ := s.lesson.Question(s.p.Round[s.p.Current])
	return q
}

// Position returns the current question's 1-based position in the round
// and the round's length: "3 of 20".
func (s *Session) Position() (n, total int) {
	return min(s.p.Current+1, len(s.p.Round)), len(s.p.Round)
}

// Answered returns how many questions of the round are checked.
func (s *Session) Answered() int {
	n := 0
	for _, id := range s.p.Round {
		if s.p.Answers[id].Checked {
			n++
		}
	}
	return n
}

// Answer returns the saved answer (checked or draft) to question id.
func (s *Session) Answer(id string) (Answer, bool) {
	a, ok := s.p.Answers[id]
	a.Response = a.Response.clone()
	return a, ok
}

// Response returns what to show in question id's inputs: the saved answer,
// or the starting state (nothing picked, items as shuffled).
func (s *Session) Response(id string) Response {
	if a, ok := s.p.Answers[id]; ok {
		return a.Response.clone()
	}
	q, ok := s.lesson.Question(id)
	if !ok {
		return Response{}
	}
	switch q.Kind {
	case Order:
		return Response{Order: s.Layout(id)}
	case Match:
		m := make([]int, len(q.Pairs))
		for i := range m {
			m[i] = -1
		}
		return Response{Matches: m}
	}
	return Response{}
}

// Save keeps an unchecked response to the current question, so that a
// reload mid-question restores what the student had picked or typed.
func (s *Session) Save(r Response) error {
	q := s.Current()
	if q == nil {
		return ErrFinished
	}
	a := s.p.Answers[q.ID]
	if a.Checked {
		return ErrChecked
	}
	if !validResponse(q, r) {
		return fmt.Errorf("response does not fit question %q", q.ID)
	}
	a.Hash, a.Response = q.Hash, r.clone()
	s.p.Answers[q.ID] = a
	return nil
}

// Check records r as the answer to the current question and grades it. A
// checked answer is final for this round; RetryMissed opens it again.
func (s *Session) Check(r Response) (Grade, error) {
	q := s.Current()
	if q == nil {
		return Grade{}, ErrFinished
	}
	a := s.p.Answers[q.ID]
	if a.Checked {
		return Grade{}, ErrChecked
	}
	if !validResponse(q, r) {
		return Grade{}, fmt.Errorf("response does not fit question %q", q.ID)
	}
	if r.Empty(q) {
		return Grade{}, ErrEmptyResponse
	}
	g := GradeResponse(q, r)
	s.p.Answers[q.ID] = Answer{Hash: q.Hash, Response: r.clone(), Checked: true, Score: g.Score, Tries: a.Tries + 1}
	return g, nil
}

// Next moves to the following question; after the last one the round is
// finished.
func (s *Session) Next() {
	if s.p.Finished {
		return
	}
	s.p.Current++
	if s.p.Current >= len(s.p.Round) {
		s.p.Current = len(s.p.Round)
		s.p.Finished = true
	}
}

// Back moves to the previous question, to look at it again.
func (s *Session) Back() {
	if s.p.Finished {
		s.p.Finished = false
		s.p.Current = len(s.p.Round) - 1
		return
	}
	if s.p.Current > 0 {
		s.p.Current--
	}
}

// Finish ends the round now; unanswered questions score nothing.
func (s *Session) Finish() {
	s.p.Current = len(s.p.Round)
	s.p.Finished = true
}

// RetryMissed starts a new round with only the questions that earned less
// than full credit. Their answers are cleared; the rest keep theirs, so the
// score can only improve.
func (s *Session) RetryMissed() error {
	if s.p.Options.NoRetries {
		return ErrNoRetries
	}
	var missed []string
	for _, it := range s.Results().Items {
		if it.Missed() {
			missed = append(missed, it.Question.ID)
		}
	}
	if len(missed) == 0 {
		return ErrNothingMissed
	}
	for _, id := range missed {
		s.p.Answers[id] = Answer{Tries: s.p.Answers[id].Tries}
	}
	s.p.Round, s.p.Current, s.p.Finished = missed, 0, false
	s.p.RoundNo++
	return nil
}

// StartOver returns a fresh session with the same options but a new seed,
// so that shuffled quizzes come out differently.
func (s *Session) StartOver(seed uint64) *Session {
	o := s.p.Options
	o.Seed = seed
	fresh, err := New(s.lesson, o)
	if err != nil {
		// The options were accepted once for this lesson, so they still are.
		panic("quiz: restarting a valid session failed: " + err.Error())
	}
	return fresh
}

func (r Response) clone() Response {
	return Response{
		Choices: cloneInts(r.Choices),
		Order:   cloneInts(r.Order),
		Matches: cloneInts(r.Matches),
		Text:    r.Text,
	}
}

func cloneInts(xs []int) []int {
	if xs == nil {
		return nil
	}
	return append([]int(nil), xs...)
}
