package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

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
