package quiz

import (
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"unicode/utf8"
)

// ProgressSchema is the version of the Progress layout. Bump it when a field
// changes meaning; Resume then refuses older progress with ErrOutdated.
const ProgressSchema = 1

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
	// teacher grades. ParseOptions sets it when a pass mark is set, unless
	// the link says retries=1.
	NoRetries bool `json:"noRetries,omitempty"`
}

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

// Layout returns the display order for question id: choice indices for
// choice questions, item indices as first shown for order questions, and
// pair indices of the right-hand options for match questions.
func (s *Session) Layout(id string) []int {
	return append([]int(nil), s.p.Layouts[id]...)
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
