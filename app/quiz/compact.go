package quiz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf16"
)

// SuspendLimit is the most characters SCORM 1.2 keeps in cmi.suspend_data
// (CMIString4096). SCORM 2004 allows more, but one limit for both keeps a
// package's behaviour the same whichever version the LMS plays.
const SuspendLimit = 4096

// MaxTextAnswer caps a typed answer, so that a session with every question
// answered still fits SuspendLimit (TestCompactWorstCaseFits checks it for
// the bundled lesson). The expected answers are a few words.
const MaxTextAnswer = 120

// compactSchema is the layout version of EncodeCompact's output.
const compactSchema = 1

// compact is Progress without what can be rebuilt: options other than the
// seed come from the launch, layouts are recomputed from the seed, answer
// hashes are shortened and answers point at questions by position.
type compact struct {
	V int      `json:"v"`
	S uint64   `json:"s"`           // Options.Seed (StartOver changes it).
	Q []string `json:"q"`           // Progress.Questions.
	R []int    `json:"r,omitempty"` // Round as indices into Q; absent when it is Q.
	N int      `json:"n"`           // RoundNo.
	C int      `json:"c"`           // Current.
	F int      `json:"f,omitempty"` // Finished: 1.
	// A holds one entry per answer:
	// [index into Q, hash prefix, checked 0/1, tries, response].
	A [][]any `json:"a,omitempty"`
}

// compactResponse is Response with one-letter keys.
type compactResponse struct {
	C []int  `json:"c,omitempty"`
	O []int  `json:"o,omitempty"`
	M []int  `json:"m,omitempty"`
	T string `json:"t,omitempty"`
}

// hashPrefix is how much of Question.Hash is kept: enough to notice an
// edited question, short enough for 54 answers to fit.
const hashPrefix = 8

// EncodeCompact writes p in the short form an LMS keeps for a learner
// (SCORM suspend data). It fails if the result would exceed SuspendLimit
// characters, counted as JavaScript counts them (UTF-16 code units).
func EncodeCompact(p Progress) (string, error) {
	c := compact{V: compactSchema, S: p.Options.Seed, Q: p.Questions, N: p.RoundNo, C: p.Current}
	if p.Finished {
		c.F = 1
	}
	pos := make(map[string]int, len(p.Questions))
	for i, id := range p.Questions {
		pos[id] = i
	}
	if !sameStrings(p.Round, p.Questions) {
		c.R = []int{}
		for _, id := range p.Round {
			i, ok := pos[id]
			if !ok {
				return "", fmt.Errorf("quiz: round question %q is not in the quiz", id)
			}
			c.R = append(c.R, i)
		}
	}
	for i, id := range p.Questions {
		a, ok := p.Answers[id]
		if !ok {
			continue
		}
		h := a.Hash
		if len(h) > hashPrefix {
			h = h[:hashPrefix]
		}
		checked := 0
		if a.Checked {
			checked = 1
		}
		r := a.Response
		c.A = append(c.A, []any{i, h, checked, a.Tries, compactResponse{C: r.Choices, O: r.Order, M: r.Matches, T: r.Text}})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // <, > and & as themselves: fewer characters.
	if err := enc.Encode(c); err != nil {
		return "", err
	}
	s := strings.TrimSuffix(buf.String(), "\n")
	if n := len(utf16.Encode([]rune(s))); n > SuspendLimit {
		return "", fmt.Errorf("quiz: progress needs %d characters, more than the %d an LMS keeps", n, SuspendLimit)
	}
	return s, nil
}

// DecodeCompact reads EncodeCompact's output back into Progress for lesson
// l, taking every option but the seed from o. The result still goes through
// Resume, which drops answers to questions edited since and regrades the
// rest; a hash prefix that matches is expanded to the full hash so that
// Resume keeps the answer. Anything malformed gives an error wrapping
// ErrCorrupt.
func DecodeCompact(l *Lesson, s string, o Options) (Progress, error) {
	corrupt := func(format string, args ...any) (Progress, error) {
		return Progress{}, fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
	}
	var c compact
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&c); err != nil {
		return corrupt("suspend data: %v", err)
	}
	if c.V != compactSchema {
		return Progress{}, ErrOutdated
	}
	o.Seed = c.S
	if o.Feedback == "" {
		o.Feedback = FeedbackNow // as New does
	}
	p := Progress{
		Schema:    ProgressSchema,
		Lesson:    l.Version,
		Options:   o,
		Questions: c.Q,
		Round:     c.Q,
		RoundNo:   c.N,
		Current:   c.C,
		Layouts:   map[string][]int{},
		Answers:   map[string]Answer{},
		Finished:  c.F == 1,
	}
	if c.R != nil {
		p.Round = make([]string, 0, len(c.R))
		for _, i := range c.R {
			if i < 0 || i >= len(c.Q) {
				return corrupt("round index %d of %d", i, len(c.Q))
			}
			p.Round = append(p.Round, c.Q[i])
		}
	}
	for _, e := range c.A {
		if len(e) != 5 {
			return corrupt("answer with %d fields", len(e))
		}
		i, ok1 := jsonInt(e[0])
		h, ok2 := e[1].(string)
		checked, ok3 := jsonInt(e[2])
		tries, ok4 := jsonInt(e[3])
		if !ok1 || !ok2 || !ok3 || !ok4 || i < 0 || i >= len(c.Q) || tries < 0 {
			return corrupt("answer %v", e)
		}
		b, err := json.Marshal(e[4])
		if err != nil {
			return corrupt("answer %v", e)
		}
		var r compactResponse
		if err := json.Unmarshal(b, &r); err != nil {
			return corrupt("response %s", b)
		}
		id := c.Q[i]
		if q, ok := l.Question(id); ok && h != "" && strings.HasPrefix(q.Hash, h) {
			h = q.Hash
		}
		p.Answers[id] = Answer{
			Hash:     h,
			Response: Response{Choices: r.C, Order: r.O, Matches: r.M, Text: r.T},
			Checked:  checked == 1,
			Tries:    tries,
		}
	}
	return p, nil
}

func jsonInt(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	if err != nil || i < -1<<31 || i > 1<<31-1 {
		return 0, false
	}
	return int(i), true
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
