package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

// The files a lesson folder holds. questions/README.md documents their format.
const (
	FactsFile     = "facts.txt"
	ExplainerFile = "explainer.txt"
	TimelineFile  = "timeline.txt"
	GlossaryFile  = "glossary.txt"
	PeopleFile    = "people.txt"
	SummaryFile   = "summary.txt"
	QuizPattern   = "*.quiz.txt"
)

// Length limits, in bytes, so that a runaway paste cannot make a page
// unusable on a phone; each is far above what good content needs.
const (
	maxShort = 300  // a choice, an order item, one side of a pair, an answer
	maxText  = 2000 // a prompt, an explanation, a feedback, a fact
)

// Levels are the difficulty tags a question may carry.
var Levels = []string{"recall", "understanding", "reasoning"}

// Line patterns of the lesson format. (go-app links the regexp package
// into app.wasm anyway, so using it here costs the browser nothing more.)
var (
	factLine   = regexp.MustCompile(`^([FB][0-9]+):\s*(.*)$`)
	fieldLine  = regexp.MustCompile(`^([A-Za-z][A-Za-z ]*?):\s*(.*)$`)
	choiceLine = regexp.MustCompile(`^\[( |x|X)\]\s*(.*)$`)
	itemLine   = regexp.MustCompile(`^([0-9]+)\.\s+(.*)$`)
	idPattern  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
)

// Load reads and validates a lesson from fsys: the fact sheet (facts.txt),
// the explainer (explainer.txt) and every question file (*.quiz.txt). dir is
// only used to name files in problems, so that a message reads
// "questions/basics.quiz.txt:12: …" from the repository root.
//
// Load reports every problem it finds, not just the first: the error is then
// of type Problems.
func Load(fsys fs.FS, dir string) (*Lesson, error) {
	var ps Problems
	name := func(f string) string { return path.Join(dir, f) }
	l := &Lesson{}
	h := sha256.New()

	read := func(f string) (string, bool) {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			ps.add(name(f), 0, "cannot read: %v", err)
			return "", false
		}
		h.Write([]byte(f + "\x00"))
		h.Write(b)
		h.Write([]byte{0})
		return string(b), true
	}

	if src, ok := read(FactsFile); ok {
		l.Facts = parseFacts(name(FactsFile), src, &ps)
	}
	factIDs := map[string]bool{}
	for _, f := range l.Facts {
		factIDs[f.ID] = true
	}

	var sectionRefs []ref
	if src, ok := read(ExplainerFile); ok {
		l.Sections, sectionRefs = parseExplainer(name(ExplainerFile), src, &ps)
	}
	// The timeline, glossary and people files are optional.
	optional := func(f string) (string, bool) {
		if _, err := fs.Stat(fsys, f); err != nil {
			return "", false
		}
		return read(f)
	}
	var more []ref
	if src, ok := optional(TimelineFile); ok {
		l.Events, more = parseTimeline(name(TimelineFile), src, &ps)
		sectionRefs = append(sectionRefs, more...)
	}
	if src, ok := optional(GlossaryFile); ok {
		l.Terms, more = parseGlossary(name(GlossaryFile), src, &ps)
		sectionRefs = append(sectionRefs, more...)
	}
	if src, ok := optional(PeopleFile); ok {
		l.People, more = parsePeople(name(PeopleFile), src, &ps)
		sectionRefs = append(sectionRefs, more...)
	}
	if src, ok := optional(SummaryFile); ok {
		l.Reasons, more = parseSummary(name(SummaryFile), src, &ps)
		sectionRefs = append(sectionRefs, more...)
	}
	sectionIDs := map[string]bool{}
	for _, s := range l.Sections {
		sectionIDs[s.ID] = true
	}

	quizFiles, err := fs.Glob(fsys, QuizPattern)
	if err != nil || len(quizFiles) == 0 {
		ps.add(name(QuizPattern), 0, "no question files found (want at least one file named like basics.quiz.txt)")
	}
	sort.Strings(quizFiles)
	var questionRefs []ref
	seen := map[string]Problem{}
	for _, f := range quizFiles {
		src, ok := read(f)
		if !ok {
			continue
		}
		before := len(ps)
		qs, refs := parseQuestions(name(f), src, &ps)
		questionRefs = append(questionRefs, refs...)
		if len(qs) == 0 && len(ps) == before {
			ps.add(name(f), 0, `no questions in this file (each starts with "## question-id")`)
		}
		for _, q := range qs {
			if first, dup := seen[q.ID]; dup {
				ps.add(q.File, q.Line, "question id %q is already used at %s:%d", q.ID, first.File, first.Line)
				continue
			}
			seen[q.ID] = Problem{File: q.File, Line: q.Line}
			l.Questions = append(l.Questions, q)
		}
	}

	for _, r := range append(sectionRefs, questionRefs...) {
		switch r.kind {
		case "fact":
			if !factIDs[r.id] {
				ps.add(r.file, r.line, "fact %q is not in %s", r.id, name(FactsFile))
			}
		case "section":
			if !sectionIDs[r.id] {
				ps.add(r.file, r.line, "section %q is not in %s", r.id, name(ExplainerFile))
			}
		}
	}

	if len(ps) > 0 {
		return nil, ps.sorted()
	}
	l.Version = hex.EncodeToString(h.Sum(nil))[:12]
	l.index()
	return l, nil
}

// ref is a reference to a fact or section, checked once every file is read.
type ref struct {
	kind, id, file string
	line           int
}

// sourceLine is one line of a lesson file with its 1-based number.
type sourceLine struct {
	n        int
	text     string // Without trailing spaces.
	indented bool   // Starts with a space or a tab: continues the line above.
}

// lines splits a file into lines, dropping // comments.
func lines(src string) []sourceLine {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	var out []sourceLine
	for i, t := range strings.Split(src, "\n") {
		t = strings.TrimRight(t, " \t")
		trimmed := strings.TrimLeft(t, " \t")
		if strings.HasPrefix(trimmed, "//") {
			continue
		}
		out = append(out, sourceLine{
			n:        i + 1,
			text:     trimmed,
			indented: len(trimmed) < len(t),
		})
	}
	return out
}

// join appends a continuation line to text with a single space.
func join(text, more string) string {
	if text == "" {
		return more
	}
	return text + " " + more
}

// list splits "F1, F2 F3" into its ids.
func list(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
}
