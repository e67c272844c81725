package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
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

func parseFacts(file, src string, ps *Problems) []Fact {
	var facts []Fact
	seen := map[string]int{}
	var last *Fact
	for _, ln := range lines(src) {
		switch {
		case ln.text == "":
			last = nil
		case ln.indented && last != nil:
			last.Text = join(last.Text, ln.text)
		default:
			m := factLine.FindStringSubmatch(ln.text)
			if m == nil {
				ps.add(file, ln.n, `want a fact like "F1: what the source says" (or "B1: …" for background)`)
				last = nil
				continue
			}
			if first, dup := seen[m[1]]; dup {
				ps.add(file, ln.n, "fact %s is already defined at line %d", m[1], first)
				last = nil
				continue
			}
			seen[m[1]] = ln.n
			facts = append(facts, Fact{ID: m[1], Text: m[2], Background: m[1][0] == 'B'})
			last = &facts[len(facts)-1]
		}
	}
	for i, f := range facts {
		if strings.TrimSpace(f.Text) == "" {
			ps.add(file, seen[f.ID], "fact %s has no text", f.ID)
		}
		if len(f.Text) > maxText {
			ps.add(file, seen[f.ID], "fact %s is %d characters long, more than the %d allowed", f.ID, len(f.Text), maxText)
		}
		facts[i].Text = strings.TrimSpace(f.Text)
	}
	if len(facts) == 0 {
		ps.add(file, 0, "no facts found")
	}
	return facts
}

// entry is one "## id: Title" block of the explainer, the timeline, the
// glossary or the people file: header fields, then paragraphs.
type entry struct {
	id, title string
	line      int
	fields    map[string]string
	facts     []string
	body      []string
}

// parseEntries reads a file of "## id: Title" blocks. Right below the
// heading come "field: value" lines (only the given fields, plus "facts"),
// then a blank line, then paragraphs separated by blank lines, in which
// [F5] cites a fact. required fields must be present in every block.
func parseEntries(file, src, what string, fields, required []string, ps *Problems) ([]entry, []ref) {
	var (
		entries  []entry
		refs     []ref
		inHeader bool
		para     string
	)
	known := append([]string{"facts"}, fields...)
	seen := map[string]int{}
	flush := func() {
		if para != "" && len(entries) > 0 {
			e := &entries[len(entries)-1]
			e.body = append(e.body, para)
		}
		para = ""
	}
	for _, ln := range lines(src) {
		if strings.HasPrefix(ln.text, "## ") && !ln.indented {
			flush()
			head := strings.TrimSpace(strings.TrimPrefix(ln.text, "## "))
			id, title, ok := strings.Cut(head, ":")
			id, title = strings.TrimSpace(id), strings.TrimSpace(title)
			switch {
			case !ok || title == "":
				ps.add(file, ln.n, `want a %s heading like "## some-id: Title"`, what)
			case !idPattern.MatchString(id):
				ps.add(file, ln.n, "%s id %q must use only lowercase letters, digits and dashes", what, id)
			}
			if first, dup := seen[id]; dup {
				ps.add(file, ln.n, "%s id %q is already used at line %d", what, id, first)
			}
			seen[id] = ln.n
			entries = append(entries, entry{id: id, title: title, line: ln.n, fields: map[string]string{}})
			inHeader = true
			continue
		}
		if len(entries) == 0 {
			if ln.text != "" {
				ps.add(file, ln.n, `text before the first heading ("## id: Title")`)
			}
			continue
		}
		e := &entries[len(entries)-1]
		if inHeader {
			if ln.text == "" {
				inHeader = false
				continue
			}
			m := fieldLine.FindStringSubmatch(ln.text)
			if ln.indented || m == nil {
				ps.add(file, ln.n, "leave a blank line between the fields (%s) and the text", strings.Join(known, ", "))
				inHeader = false
			} else {
				key := strings.ToLower(m[1])
				switch {
				case !contains(known, key):
					ps.add(file, ln.n, "unknown field %q (known here: %s)", m[1], strings.Join(known, ", "))
				case key == "facts":
					e.facts = list(m[2])
					for _, id := range e.facts {
						refs = append(refs, ref{"fact", id, file, ln.n})
					}
				default:
					e.fields[key] = strings.TrimSpace(m[2])
				}
				continue
			}
		}
		if ln.text == "" {
			flush()
			continue
		}
		for _, seg := range Segments(ln.text) {
			if seg.Fact != "" {
				refs = append(refs, ref{"fact", seg.Fact, file, ln.n})
			}
		}
		para = join(para, ln.text)
	}
	flush()
	for _, e := range entries {
		if len(e.body) == 0 {
			ps.add(file, e.line, "%s %q has no text", what, e.id)
		}
		for _, p := range e.body {
			if len(p) > 2*maxText {
				ps.add(file, e.line, "%s %q has a paragraph of %d characters, more than the %d allowed", what, e.id, len(p), 2*maxText)
			}
		}
		for _, f := range required {
			if e.fields[f] == "" && !(f == "facts" && len(e.facts) > 0) {
				ps.add(file, e.line, "%s %q has no %s: line", what, e.id, f)
			}
		}
	}
	if len(entries) == 0 {
		ps.add(file, 0, "no %ss found", what)
	}
	return entries, refs
}

func parseExplainer(file, src string, ps *Problems) ([]Section, []ref) {
	entries, refs := parseEntries(file, src, "section", []string{"takeaway"}, []string{"takeaway"}, ps)
	var out []Section
	for _, e := range entries {
		out = append(out, Section{ID: e.id, Title: e.title, Takeaway: e.fields["takeaway"], Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseTimeline(file, src string, ps *Problems) ([]Event, []ref) {
	entries, refs := parseEntries(file, src, "event", []string{"date"}, []string{"date", "facts"}, ps)
	var out []Event
	for _, e := range entries {
		out = append(out, Event{ID: e.id, Date: e.fields["date"], Title: e.title, Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseGlossary(file, src string, ps *Problems) ([]Term, []ref) {
	entries, refs := parseEntries(file, src, "term", []string{"also"}, nil, ps)
	var out []Term
	for _, e := range entries {
		forms := []string{e.title}
		for _, f := range strings.Split(e.fields["also"], ",") {
			if f = strings.TrimSpace(f); f != "" {
				forms = append(forms, f)
			}
		}
		out = append(out, Term{ID: e.id, Term: e.title, Forms: forms, Body: e.body, Facts: e.facts})
	}
	return out, refs
}

func parseSummary(file, src string, ps *Problems) ([]Reason, []ref) {
	entries, refs := parseEntries(file, src, "reason", []string{"section"}, []string{"section"}, ps)
	var out []Reason
	for _, e := range entries {
		out = append(out, Reason{ID: e.id, Title: e.title, Section: e.fields["section"], Body: e.body})
		refs = append(refs, ref{"section", e.fields["section"], file, e.line})
	}
	return out, refs
}

func parsePeople(file, src string, ps *Problems) ([]Person, []ref) {
	entries, refs := parseEntries(file, src, "person", []string{"role"}, []string{"role", "facts"}, ps)
	var out []Person
	for _, e := range entries {
		out = append(out, Person{ID: e.id, Name: e.title, Role: e.fields["role"], Body: e.body, Facts: e.facts})
	}
	return out, refs
}

// rawQuestion collects one question block before it is checked as a whole.
type rawQuestion struct {
	q       Question
	fields  map[string]int // field name → line, to catch duplicates and locate problems
	choices []int          // line of each choice
	items   []int          // number written before each order item
	answer  string         // truefalse: "true" or "false"
	ifTrue  string
	ifFalse string
}

// The fields a question block may set, with "answer" repeatable.
var questionFields = map[string]bool{
	"type": true, "section": true, "facts": true, "level": true, "tags": true,
	"prompt": true, "explanation": true, "answer": true, "if true": true, "if false": true,
}

func parseQuestions(file, src string, ps *Problems) ([]Question, []ref) {
	var (
		out  []Question
		refs []ref
		cur  *rawQuestion
		cont *string // the text a continuation line extends
	)
	finish := func() {
		if cur == nil {
			return
		}
		// References are checked even for a question with other problems,
		// so that one run reports everything.
		for _, id := range cur.q.Facts {
			refs = append(refs, ref{"fact", id, file, cur.fields["facts"]})
		}
		if cur.q.Section != "" {
			refs = append(refs, ref{"section", cur.q.Section, file, cur.fields["section"]})
		}
		if q, ok := cur.check(file, ps); ok {
			out = append(out, q)
		}
		cur, cont = nil, nil
	}
	for _, ln := range lines(src) {
		if strings.HasPrefix(ln.text, "## ") && !ln.indented {
			finish()
			id := strings.TrimSpace(strings.TrimPrefix(ln.text, "## "))
			if !idPattern.MatchString(id) {
				ps.add(file, ln.n, "question id %q must use only lowercase letters, digits and dashes", id)
			}
			cur = &rawQuestion{q: Question{ID: id, File: file, Line: ln.n}, fields: map[string]int{}}
			continue
		}
		if ln.text == "" {
			cont = nil
			continue
		}
		if cur == nil {
			ps.add(file, ln.n, `text before the first question heading ("## question-id")`)
			continue
		}
		q := &cur.q
		switch {
		case strings.HasPrefix(ln.text, ">"):
			fb := strings.TrimSpace(strings.TrimPrefix(ln.text, ">"))
			if len(q.Choices) == 0 || cont != &q.Choices[len(q.Choices)-1].Text && cont != &q.Choices[len(q.Choices)-1].Feedback {
				ps.add(file, ln.n, `feedback ("> …") must follow the choice it belongs to`)
				continue
			}
			c := &q.Choices[len(q.Choices)-1]
			c.Feedback = join(c.Feedback, fb)
			cont = &c.Feedback
		case ln.indented:
			if cont == nil {
				ps.add(file, ln.n, "indented line continues nothing: indent only to continue the line above")
				continue
			}
			*cont = join(*cont, ln.text)
		case choiceLine.MatchString(ln.text):
			m := choiceLine.FindStringSubmatch(ln.text)
			q.Choices = append(q.Choices, Choice{Text: m[2], Correct: m[1] != " "})
			cur.choices = append(cur.choices, ln.n)
			cont = &q.Choices[len(q.Choices)-1].Text
		case itemLine.MatchString(ln.text):
			m := itemLine.FindStringSubmatch(ln.text)
			n, _ := strconv.Atoi(m[1])
			q.Items = append(q.Items, m[2])
			cur.items = append(cur.items, n)
			cur.fields["item"] = ln.n
			cont = &q.Items[len(q.Items)-1]
		case strings.HasPrefix(ln.text, "- "):
			left, right, ok := strings.Cut(strings.TrimPrefix(ln.text, "- "), "->")
			left, right = strings.TrimSpace(left), strings.TrimSpace(right)
			if !ok || left == "" || right == "" {
				ps.add(file, ln.n, `want a pair like "- Arakhamia -> ratified guarantees"`)
				continue
			}
			q.Pairs = append(q.Pairs, Pair{Left: left, Right: right})
			cur.fields["pair"] = ln.n
			cont = &q.Pairs[len(q.Pairs)-1].Right
		case fieldLine.MatchString(ln.text):
			m := fieldLine.FindStringSubmatch(ln.text)
			key, val := strings.ToLower(m[1]), strings.TrimSpace(m[2])
			if !questionFields[key] {
				ps.add(file, ln.n, "unknown field %q (known: type, prompt, section, facts, level, tags, answer, explanation, if true, if false)", m[1])
				cont = nil
				continue
			}
			if first, dup := cur.fields[key]; dup && key != "answer" {
				ps.add(file, ln.n, "%s is already set at line %d", key, first)
				cont = nil
				continue
			}
			if _, dup := cur.fields[key]; !dup {
				cur.fields[key] = ln.n
			}
			cont = cur.set(key, val)
		default:
			ps.add(file, ln.n, `cannot read this line: want "field: value", "[x] choice", "1. item" or "- left -> right"`)
			cont = nil
		}
	}
	finish()
	return out, refs
}

// set stores a field's value and returns the text a continuation line would
// extend, or nil where continuing makes no sense.
func (r *rawQuestion) set(key, val string) *string {
	q := &r.q
	switch key {
	case "type":
		q.Kind = Kind(strings.ToLower(val))
	case "section":
		q.Section = val
	case "facts":
		q.Facts = list(val)
	case "level":
		q.Level = strings.ToLower(val)
	case "tags":
		q.Tags = list(val)
	case "prompt":
		q.Prompt = val
		return &q.Prompt
	case "explanation":
		q.Explanation = val
		return &q.Explanation
	case "answer":
		q.Answers = append(q.Answers, val)
		return &q.Answers[len(q.Answers)-1]
	case "if true":
		r.ifTrue = val
		return &r.ifTrue
	case "if false":
		r.ifFalse = val
		return &r.ifFalse
	}
	return nil
}

// check validates a finished block and turns it into a Question.
func (r *rawQuestion) check(file string, ps *Problems) (Question, bool) {
	q := r.q
	before := len(*ps)
	at := func(field string) int {
		if n, ok := r.fields[field]; ok {
			return n
		}
		return q.Line
	}
	bad := func(line int, format string, args ...any) { ps.add(file, line, format, args...) }

	q.Prompt = strings.TrimSpace(q.Prompt)
	q.Explanation = strings.TrimSpace(q.Explanation)
	if _, ok := r.fields["type"]; !ok {
		bad(q.Line, "question %q has no type (one of: single, multiple, truefalse, order, match, text)", q.ID)
	} else if !validKind(q.Kind) {
		bad(at("type"), "unknown type %q (want one of: single, multiple, truefalse, order, match, text)", q.Kind)
	}
	if q.Prompt == "" {
		bad(at("prompt"), "question %q has no prompt", q.ID)
	}
	if q.Explanation == "" {
		bad(at("explanation"), "question %q has an empty explanation: say why the answer is right", q.ID)
	}
	if q.Section == "" {
		bad(at("section"), "question %q names no explainer section (section: …)", q.ID)
	}
	if len(q.Facts) == 0 {
		bad(at("facts"), "question %q cites no fact (facts: F1, …)", q.ID)
	}
	if q.Level != "" && !contains(Levels, q.Level) {
		bad(at("level"), "unknown level %q (want recall, understanding or reasoning)", q.Level)
	}

	// Parts that belong to other kinds are mistakes, not silently ignored.
	uses := map[Kind][]string{
		Single: {"choices"}, Multiple: {"choices"}, TrueFalse: {"answer", "if true", "if false"},
		Order: {"items"}, Match: {"pairs"}, Text: {"answer"},
	}
	present := map[string]int{}
	if len(r.choices) > 0 {
		present["choices"] = r.choices[0]
	}
	if len(q.Items) > 0 {
		present["items"] = r.fields["item"]
	}
	if len(q.Pairs) > 0 {
		present["pairs"] = r.fields["pair"]
	}
	for _, f := range []string{"answer", "if true", "if false"} {
		if n, ok := r.fields[f]; ok {
			present[f] = n
		}
	}
	if validKind(q.Kind) {
		for part, line := range present {
			if !contains(uses[q.Kind], part) {
				bad(line, "a %s question cannot have %s", q.Kind, describePart(part))
			}
		}
	}

	switch q.Kind {
	case Single, Multiple:
		correct := 0
		texts := map[string]int{}
		for i, c := range q.Choices {
			c.Text = strings.TrimSpace(c.Text)
			q.Choices[i].Text = c.Text
			if c.Text == "" {
				bad(r.choices[i], "choice has no text")
			}
			if first, dup := texts[c.Text]; dup {
				bad(r.choices[i], "choice %q repeats line %d", c.Text, first)
			}
			texts[c.Text] = r.choices[i]
			if c.Correct {
				correct++
			}
		}
		switch {
		case len(q.Choices) < 2:
			bad(q.Line, "question %q needs at least two choices ([x] right, [ ] wrong)", q.ID)
		case correct == 0:
			bad(q.Line, "question %q has no correct choice: mark one with [x]", q.ID)
		case q.Kind == Single && correct > 1:
			bad(q.Line, "single-choice question %q has %d choices marked [x]: mark exactly one, or use type: multiple", q.ID, correct)
		}
	case TrueFalse:
		ans := strings.ToLower(strings.TrimSpace(strings.Join(q.Answers, " ")))
		if ans != "true" && ans != "false" {
			bad(at("answer"), "true/false question %q needs answer: true or answer: false", q.ID)
		}
		q.Answers = nil
		q.Choices = []Choice{
			{Text: "True", Correct: ans == "true", Feedback: strings.TrimSpace(r.ifTrue)},
			{Text: "False", Correct: ans == "false", Feedback: strings.TrimSpace(r.ifFalse)},
		}
	case Order:
		if len(q.Items) < 2 {
			bad(q.Line, "order question %q needs at least two numbered items (1. first, 2. second)", q.ID)
		}
		for i, n := range r.items {
			if n != i+1 {
				bad(r.fields["item"], "order question %q: items must be numbered 1, 2, 3… in the correct order (item %d is numbered %d)", q.ID, i+1, n)
				break
			}
		}
		checkDistinct(q.Items, func(dup string) { bad(q.Line, "order question %q lists %q twice", q.ID, dup) })
	case Match:
		if len(q.Pairs) < 2 {
			bad(q.Line, "match question %q needs at least two pairs (- left -> right)", q.ID)
		}
		var lefts, rights []string
		for _, p := range q.Pairs {
			lefts, rights = append(lefts, p.Left), append(rights, p.Right)
		}
		checkDistinct(lefts, func(dup string) { bad(q.Line, "match question %q has %q on the left twice", q.ID, dup) })
		checkDistinct(rights, func(dup string) {
			bad(q.Line, "match question %q has %q on the right twice: each right side must be different", q.ID, dup)
		})
	case Text:
		if len(q.Answers) == 0 {
			bad(q.Line, "text question %q needs at least one accepted answer (answer: …)", q.ID)
		}
		for i, a := range q.Answers {
			q.Answers[i] = strings.TrimSpace(a)
			if Normalize(a) == "" {
				bad(at("answer"), "text question %q has an empty answer", q.ID)
			}
		}
	}
	tooLong := func(what, text string, limit int) {
		if len(text) > limit {
			bad(q.Line, "question %q: %s is %d characters long, more than the %d allowed", q.ID, what, len(text), limit)
		}
	}
	tooLong("the prompt", q.Prompt, maxText)
	tooLong("the explanation", q.Explanation, maxText)
	for _, c := range q.Choices {
		tooLong("a choice", c.Text, maxShort)
		tooLong("a feedback", c.Feedback, maxText)
	}
	for _, it := range q.Items {
		tooLong("an item", it, maxShort)
	}
	for _, p := range q.Pairs {
		tooLong("a pair", p.Left+p.Right, 2*maxShort)
	}
	for _, a := range q.Answers {
		tooLong("an answer", a, maxShort)
	}
	if len(*ps) > before {
		return Question{}, false
	}
	q.Hash = questionHash(&q)
	return q, true
}

func describePart(part string) string {
	switch part {
	case "choices":
		return `choices ("[x] …")`
	case "items":
		return `numbered items ("1. …")`
	case "pairs":
		return `pairs ("- left -> right")`
	}
	return `"` + part + `:"`
}

func validKind(k Kind) bool { return contains(Kinds, k) }

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func checkDistinct(xs []string, dup func(string)) {
	seen := map[string]bool{}
	for _, x := range xs {
		if seen[x] {
			dup(x)
		}
		seen[x] = true
	}
}

// questionHash covers what a saved answer depends on: the kind and the
// answer key as shown. Rewording the explanation or moving the question to
// another section keeps saved answers; changing a choice drops them.
func questionHash(q *Question) string {
	h := sha256.New()
	w := func(s string) { h.Write([]byte(s)); h.Write([]byte{0}) }
	w(string(q.Kind))
	w(q.Prompt)
	for _, c := range q.Choices {
		w(c.Text)
		w(strconv.FormatBool(c.Correct))
	}
	for _, it := range q.Items {
		w(it)
	}
	for _, p := range q.Pairs {
		w(p.Left)
		w(p.Right)
	}
	for _, a := range q.Answers {
		w(a)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
