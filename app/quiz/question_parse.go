package quiz

import (
	"strconv"
	"strings"
)

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
