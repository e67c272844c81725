// Package quiz holds the lesson model, the loader that reads it from the
// plain-text files in questions/, and the quiz engine: sessions, grading,
// shuffling and progress as plain data.
//
// The package is pure Go on purpose: it imports neither go-app nor
// syscall/js nor net/http, so it runs the same on the server, in the browser
// and under `go test` (natively and under GOOS=js GOARCH=wasm).
package quiz

// Lesson is everything a student reads and answers: the fact sheet, the
// explainer sections and the questions, as loaded and validated by Load.
type Lesson struct {
	// Version is a hash of the lesson's source files. Saved progress records
	// it so that answers to questions that later changed can be recognised.
	Version string
	// Lang is the lesson's language (BCP 47, "uk"); empty for English,
	// the language every lesson is written in first.
	Lang      string `json:",omitempty"`
	Facts     []Fact
	Sections  []Section
	Events    []Event  // The timeline, in order.
	Terms     []Term   // The glossary.
	People    []Person // Who's who.
	Reasons   []Reason // "Why not another Budapest?" in a few cards.
	Questions []Question

	factIndex     map[string]int
	sectionIndex  map[string]int
	questionIndex map[string]int
}

// Fact is one numbered statement of the fact sheet, in our own words.
type Fact struct {
	ID   string // "F3" for the source report, "B1" for background knowledge.
	Text string
	// Background is true for well-established knowledge that the source
	// report itself does not state (ids starting with "B").
	Background bool
}

// Section is one part of the explainer, with a stable id used as its anchor.
type Section struct {
	ID       string
	Title    string
	Takeaway string   // One line a student should remember.
	Body     []string // Paragraphs; may contain fact references like [F3].
	Facts    []string // Fact ids the section rests on.
}

// Event is one dated entry of the timeline.
type Event struct {
	ID    string
	Date  string // As shown: "5 December 1994", "2014".
	Title string
	Body  []string
	Facts []string
}

// Term is one glossary entry.
type Term struct {
	ID    string
	Term  string
	Forms []string // Words that mark the term in running text ("ratified").
	Body  []string // The definition.
	Facts []string
}

// Person is one entry of who's who: a role and what they said, in our
// words and attributed.
type Person struct {
	ID    string
	Name  string
	Role  string
	Body  []string
	Facts []string
}

// Reason is one card of the "Why not another Budapest?" summary.
type Reason struct {
	ID      string
	Title   string
	Section string // The explainer section it summarises.
	Body    []string
}

// Kind says how a question is answered and graded.
type Kind string

// The question kinds a lesson may use.
const (
	Single    Kind = "single"    // Exactly one correct choice.
	Multiple  Kind = "multiple"  // One or more correct choices; partial credit.
	TrueFalse Kind = "truefalse" // A statement that is true or false.
	Order     Kind = "order"     // Put items in the right order; partial credit.
	Match     Kind = "match"     // Pair each left item with a right item; partial credit.
	Text      Kind = "text"      // A short typed answer, matched forgivingly.
)

// Kinds lists every kind in the order the documentation presents them.
var Kinds = []Kind{Single, Multiple, TrueFalse, Order, Match, Text}

// Label is a short human name for the kind, shown to students.
func (k Kind) Label() string {
	switch k {
	case Single:
		return "Choose one answer"
	case Multiple:
		return "Choose every correct answer"
	case TrueFalse:
		return "True or false"
	case Order:
		return "Put in order"
	case Match:
		return "Match the pairs"
	case Text:
		return "Type your answer"
	}
	return string(k)
}

// Question is one quiz item. Which of Choices, Items, Pairs and Answers is
// used depends on Kind.
type Question struct {
	ID          string // Stable once published: progress and reports refer to it.
	Kind        Kind
	Prompt      string
	Choices     []Choice // Single, Multiple, TrueFalse.
	Items       []string // Order: in the correct order.
	Pairs       []Pair   // Match: each Left belongs with its Right.
	Answers     []string // Text: accepted answers; the first is shown as the model answer.
	Explanation string   // Why the answer is what it is; shown after checking.
	Facts       []string // Fact ids the question rests on.
	Section     string   // Id of the explainer section that teaches it.
	Level       string   // "recall", "understanding" or "reasoning"; may be empty.
	Tags        []string

	// Hash identifies this exact wording and answer key. An answer saved
	// against another hash belongs to an older version of the question.
	Hash string

	File string `json:"-"` // Where the question was defined, for error messages.
	Line int    `json:"-"`
}

// Choice is one option of a choice question.
type Choice struct {
	Text     string
	Correct  bool
	Feedback string // Shown when the student picked this choice; may be empty.
}

// Pair is one correct pairing of a matching question.
type Pair struct {
	Left, Right string
}

// Fact returns the fact with the given id.
func (l *Lesson) Fact(id string) (Fact, bool) {
	i, ok := l.factIndex[id]
	if !ok {
		return Fact{}, false
	}
	return l.Facts[i], true
}

// Section returns the explainer section with the given id.
func (l *Lesson) Section(id string) (Section, bool) {
	i, ok := l.sectionIndex[id]
	if !ok {
		return Section{}, false
	}
	return l.Sections[i], true
}

// Question returns the question with the given id.
func (l *Lesson) Question(id string) (*Question, bool) {
	i, ok := l.questionIndex[id]
	if !ok {
		return nil, false
	}
	return &l.Questions[i], true
}

// index builds the id lookups; Load calls it once the lesson is complete.
func (l *Lesson) index() {
	l.factIndex = make(map[string]int, len(l.Facts))
	for i, f := range l.Facts {
		l.factIndex[f.ID] = i
	}
	l.sectionIndex = make(map[string]int, len(l.Sections))
	for i, s := range l.Sections {
		l.sectionIndex[s.ID] = i
	}
	l.questionIndex = make(map[string]int, len(l.Questions))
	for i, q := range l.Questions {
		l.questionIndex[q.ID] = i
	}
}

// InSectionOrder returns every question id grouped by the explainer section
// that teaches it, sections in reading order and questions in file order
// within each: the order a student who has just read the explainer meets
// the topics again.
func (l *Lesson) InSectionOrder() []string {
	rank := map[string]int{}
	for i, s := range l.Sections {
		rank[s.ID] = i
	}
	ids := make([]string, 0, len(l.Questions))
	for i := range l.Sections {
		for _, q := range l.Questions {
			if rank[q.Section] == i {
				ids = append(ids, q.ID)
			}
		}
	}
	return ids
}
