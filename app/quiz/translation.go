package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// A translation is a second lesson folder (questions/uk/) in the same
// format as the English one and keyed by the same ids. English stays the
// source of truth: a translation may change words, never structure.
// CompareTranslation checks that it does not; Stamps records which English
// wording each unit was translated from, so that a unit whose English
// changed since is reported as stale and Translate serves the English
// instead of it.

// unit is one translatable block of a lesson: a fact, a section, an
// event, a term, a person, a summary card or a question.
type unit struct {
	kind, id string
	hash     string   // of the English wording and key, for stamps
	facts    []string // cited facts, sorted: a translation must cite the same
	shape    string   // everything besides words a translation must keep
}

// kindFiles names the file each unit kind lives in, for messages.
var kindFiles = map[string]string{
	"fact": FactsFile, "section": ExplainerFile, "event": TimelineFile,
	"term": GlossaryFile, "person": PeopleFile, "reason": SummaryFile, "question": QuizPattern,
}

// units lists every translatable unit of l in file order.
func units(l *Lesson) []unit {
	var out []unit
	add := func(kind, id string, facts []string, shape string, words ...string) {
		h := sha256.New()
		for _, w := range append([]string{kind, id, shape}, words...) {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out = append(out, unit{kind: kind, id: id, hash: hex.EncodeToString(h.Sum(nil))[:10], facts: sortedSet(facts), shape: shape})
	}
	for _, f := range l.Facts {
		add("fact", f.ID, nil, "", f.Text)
	}
	for _, s := range l.Sections {
		add("section", s.ID, append(cited(s.Body), s.Facts...), "", append([]string{s.Title, s.Takeaway}, s.Body...)...)
	}
	for _, e := range l.Events {
		add("event", e.ID, append(cited(e.Body), e.Facts...), "", append([]string{e.Date, e.Title}, e.Body...)...)
	}
	for _, t := range l.Terms {
		add("term", t.ID, append(cited(t.Body), t.Facts...), "", append([]string{t.Term}, t.Body...)...)
	}
	for _, p := range l.People {
		add("person", p.ID, append(cited(p.Body), p.Facts...), "", append([]string{p.Name, p.Role}, p.Body...)...)
	}
	for _, r := range l.Reasons {
		add("reason", r.ID, cited(r.Body), "section "+r.Section, append([]string{r.Title}, r.Body...)...)
	}
	for _, q := range l.Questions {
		// q.Hash covers the prompt and key, not the explanation and
		// feedback, which a student reads too.
		words := []string{q.Hash, q.Explanation}
		for _, c := range q.Choices {
			words = append(words, c.Feedback)
		}
		add("question", q.ID, q.Facts, questionShape(&q), words...)
	}
	return out
}

// questionShape is what a translated question must keep: its kind,
// section, level, the number of its parts and which choices are right.
func questionShape(q *Question) string {
	var key strings.Builder
	for _, c := range q.Choices {
		if c.Correct {
			key.WriteByte('x')
		} else {
			key.WriteByte('-')
		}
	}
	shape := fmt.Sprintf("%s in section %s", q.Kind, q.Section)
	if q.Level != "" {
		shape += ", level " + q.Level
	}
	switch q.Kind {
	case Single, Multiple, TrueFalse:
		shape += fmt.Sprintf(", %d choices marked %s", len(q.Choices), key.String())
	case Order:
		shape += fmt.Sprintf(", %d items", len(q.Items))
	case Match:
		shape += fmt.Sprintf(", %d pairs", len(q.Pairs))
	}
	return shape
}

// cited lists the facts cited as [F5] in paragraphs.
func cited(body []string) []string {
	var out []string
	for _, p := range body {
		for _, s := range Segments(p) {
			if s.Fact != "" {
				out = append(out, s.Fact)
			}
		}
	}
	return out
}

func sortedSet(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// locator finds the line where a unit is written in a lesson folder.
type locator map[string]Problem

// locate records where each unit of the folder starts: "## id" blocks and
// "F5:" fact lines.
func locate(fsys fs.FS, dir string) locator {
	at := locator{}
	files := []string{FactsFile, ExplainerFile, TimelineFile, GlossaryFile, PeopleFile, SummaryFile}
	kinds := []string{"fact", "section", "event", "term", "person", "reason"}
	quizFiles, _ := fs.Glob(fsys, QuizPattern)
	sort.Strings(quizFiles)
	for _, f := range quizFiles {
		files = append(files, f)
		kinds = append(kinds, "question")
	}
	for i, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			continue
		}
		for _, ln := range lines(string(b)) {
			id := ""
			if m := factLine.FindStringSubmatch(ln.text); m != nil && kinds[i] == "fact" {
				id = m[1]
			} else if rest, ok := strings.CutPrefix(ln.text, "## "); ok {
				id, _, _ = strings.Cut(rest, ":")
				id = strings.TrimSpace(id)
			}
			key := kinds[i] + " " + id
			if _, dup := at[key]; id != "" && !dup {
				at[key] = Problem{File: path.Join(dir, f), Line: ln.n}
			}
		}
	}
	return at
}

// place is where unit kind/id is written, or its file when it is not.
func (at locator) place(dir, kind, id string) (string, int) {
	if p, ok := at[kind+" "+id]; ok {
		return p.File, p.Line
	}
	return path.Join(dir, kindFiles[kind]), 0
}

// CompareTranslation reports, as file:line problems in the translation
// folder dir (read from fsys), every way translation tr departs from the
// English lesson en other than in words: a missing or extra unit, other
// facts cited, or a question whose kind, section, level, number of parts
// or answer key changed.
func CompareTranslation(en, tr *Lesson, fsys fs.FS, dir string) error {
	var ps Problems
	at := locate(fsys, dir)
	want := map[string]unit{}
	for _, e := range units(en) {
		want[e.kind+" "+e.id] = e
	}
	got := map[string]bool{}
	for _, e := range units(tr) {
		key := e.kind + " " + e.id
		got[key] = true
		file, line := at.place(dir, e.kind, e.id)
		w, ok := want[key]
		if !ok {
			ps.add(file, line, "%s %q is not in the English lesson: a translation keeps the English ids", e.kind, e.id)
			continue
		}
		if a, b := strings.Join(w.facts, ", "), strings.Join(e.facts, ", "); a != b {
			ps.add(file, line, "%s %q cites %s, the English cites %s", e.kind, e.id, orNone(b), orNone(a))
		}
		if w.shape != e.shape {
			ps.add(file, line, "%s %q is %s, the English is %s: translate the words, keep the rest", e.kind, e.id, e.shape, w.shape)
		}
	}
	for _, e := range units(en) {
		if !got[e.kind+" "+e.id] {
			file, _ := at.place(dir, e.kind, e.id)
			ps.add(file, 0, "%s %q is not translated", e.kind, e.id)
		}
	}
	if len(ps) > 0 {
		return ps.sorted()
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "no facts"
	}
	return s
}

// Translate returns lesson en in the words of translation tr, unit by
// unit where the stamps say tr was made from en's current wording;
// everything else, and every id, fact, key and question hash, stays as in
// en, so progress saved in one language holds in the other. It returns
// too the entries it left in English ("kind id").
func Translate(en, tr *Lesson, s Stamps) (*Lesson, []string) {
	out := *en
	stale := s.Stale(en)
	fresh := func(kind, id string) bool {
		return !contains(stale, kind+" "+id)
	}
	out.Facts = translated(en.Facts, tr.Facts, func(f Fact) string { return f.ID }, func(e, t Fact) Fact {
		e.Text = t.Text
		return e
	}, "fact", fresh)
	out.Sections = translated(en.Sections, tr.Sections, func(x Section) string { return x.ID }, func(e, t Section) Section {
		e.Title, e.Takeaway, e.Body = t.Title, t.Takeaway, t.Body
		return e
	}, "section", fresh)
	out.Events = translated(en.Events, tr.Events, func(x Event) string { return x.ID }, func(e, t Event) Event {
		e.Date, e.Title, e.Body = t.Date, t.Title, t.Body
		return e
	}, "event", fresh)
	out.Terms = translated(en.Terms, tr.Terms, func(x Term) string { return x.ID }, func(e, t Term) Term {
		e.Term, e.Forms, e.Body = t.Term, t.Forms, t.Body
		return e
	}, "term", fresh)
	out.People = translated(en.People, tr.People, func(x Person) string { return x.ID }, func(e, t Person) Person {
		e.Name, e.Role, e.Body = t.Name, t.Role, t.Body
		return e
	}, "person", fresh)
	out.Reasons = translated(en.Reasons, tr.Reasons, func(x Reason) string { return x.ID }, func(e, t Reason) Reason {
		e.Title, e.Body = t.Title, t.Body
		return e
	}, "reason", fresh)
	out.Questions = translated(en.Questions, tr.Questions, func(q Question) string { return q.ID }, translateQuestion, "question", fresh)
	out.index()
	return &out, stale
}

// translateQuestion takes t's words and keeps e's key and hash.
func translateQuestion(e, t Question) Question {
	e.Prompt, e.Explanation, e.Items, e.Pairs, e.Answers = t.Prompt, t.Explanation, t.Items, t.Pairs, t.Answers
	e.Choices = append([]Choice(nil), e.Choices...)
	for i := range e.Choices {
		if i < len(t.Choices) {
			e.Choices[i].Text, e.Choices[i].Feedback = t.Choices[i].Text, t.Choices[i].Feedback
		}
	}
	return e
}

// translated copies en, replacing each fresh unit that tr translates by
// its translation.
func translated[T any](en, tr []T, id func(T) string, words func(e, t T) T, kind string, fresh func(kind, id string) bool) []T {
	byID := make(map[string]T, len(tr))
	for _, t := range tr {
		byID[id(t)] = t
	}
	out := make([]T, len(en))
	for i, e := range en {
		out[i] = e
		if t, ok := byID[id(e)]; ok && fresh(kind, id(e)) {
			out[i] = words(e, t)
		}
	}
	return out
}

// Translations are the languages a lesson folder may hold a translation
// for, each in a subfolder named by its code (questions/uk/).
var Translations = []string{"uk"}

// Translation is a lesson folder's translation, checked against its
// English.
type Translation struct {
	Lang   string
	Lesson *Lesson  // The lesson in this language, stale entries in English.
	Stale  []string // Entries left in English: "question ratified-by".
	Dir    string
}

// LoadTranslations loads and checks every translation the lesson folder
// fsys holds (dir names it in messages): each must load, keep the English
// structure (CompareTranslation) and have a readable stamps file.
func LoadTranslations(en *Lesson, fsys fs.FS, dir string) ([]Translation, error) {
	var out []Translation
	for _, lang := range Translations {
		if _, err := fs.Stat(fsys, path.Join(lang, FactsFile)); err != nil {
			continue
		}
		sub, err := fs.Sub(fsys, lang)
		if err != nil {
			return nil, err
		}
		tdir := path.Join(dir, lang)
		tr, err := Load(sub, tdir)
		if err != nil {
			return nil, err
		}
		if err := CompareTranslation(en, tr, sub, tdir); err != nil {
			return nil, err
		}
		stamps := Stamps{}
		if b, err := fs.ReadFile(sub, StampsFile); err == nil {
			if stamps, err = ParseStamps(path.Join(tdir, StampsFile), string(b)); err != nil {
				return nil, err
			}
		}
		l, stale := Translate(en, tr, stamps)
		l.Lang = lang
		out = append(out, Translation{Lang: lang, Lesson: l, Stale: stale, Dir: tdir})
	}
	return out, nil
}
