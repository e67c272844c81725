package quiz_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"beyondbudapest/app/quiz"
)

const goodFacts = `// comment
F1: Ukraine gave up its nuclear weapons.
F2: The promises were not binding,
  which Ukraine regrets.
B1: Signed in 1994.
`

const goodExplainer = `## budapest: The memorandum
takeaway: A promise, not a treaty.
facts: F1, B1

First paragraph [F1]
continues here.

Second paragraph [F2].
`

const goodQuiz = `## one
type: single
section: budapest
facts: F1
prompt: Pick one.
[x] Right
  > Well done.
[ ] Wrong
explanation: Because.

## many
type: multiple
section: budapest
facts: F1, F2
level: reasoning
tags: core, memo
prompt: Pick some
  of these.
[x] A
[x] B
[ ] C
explanation: A and B.

## tf
type: truefalse
section: budapest
facts: F2
prompt: It was binding.
answer: false
if true: No.
explanation: It was not.

## seq
type: order
section: budapest
facts: B1
prompt: Order them.
1. First
2. Second
3. Third
explanation: In time order.

## pairs
type: match
section: budapest
facts: F1
prompt: Match.
- Raab -> UK
- Bedingfield -> White House
explanation: Roles.

## typed
type: text
section: budapest
facts: F1
prompt: Name it.
answer: Budapest Memorandum
answer: Budapest
explanation: The name.
`

func lessonFS(files map[string]string) fstest.MapFS {
	fs := fstest.MapFS{}
	for name, body := range files {
		fs[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fs
}

func mustLoad(t *testing.T, quizText string) *quiz.Lesson {
	t.Helper()
	l, err := quiz.Load(lessonFS(map[string]string{
		"facts.txt": goodFacts, "explainer.txt": goodExplainer, "a.quiz.txt": quizText,
	}), "questions")
	if err != nil {
		t.Fatalf("load failed:\n%v", err)
	}
	return l
}

func TestLoadReadsEveryKind(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	if got := len(l.Questions); got != 6 {
		t.Fatalf("got %d questions, want 6", got)
	}
	one, _ := l.Question("one")
	if one.Choices[0].Feedback != "Well done." || !one.Choices[0].Correct || one.Choices[1].Correct {
		t.Errorf("single choice parsed wrong: %+v", one.Choices)
	}
	many, _ := l.Question("many")
	if many.Prompt != "Pick some of these." {
		t.Errorf("continuation line not joined: %q", many.Prompt)
	}
	if many.Level != "reasoning" || strings.Join(many.Tags, "|") != "core|memo" {
		t.Errorf("level/tags parsed wrong: %q %q", many.Level, many.Tags)
	}
	tf, _ := l.Question("tf")
	if len(tf.Choices) != 2 || tf.Choices[0].Correct || !tf.Choices[1].Correct || tf.Choices[0].Feedback != "No." {
		t.Errorf("true/false parsed wrong: %+v", tf.Choices)
	}
	seq, _ := l.Question("seq")
	if strings.Join(seq.Items, ",") != "First,Second,Third" {
		t.Errorf("order items parsed wrong: %q", seq.Items)
	}
	pairs, _ := l.Question("pairs")
	if pairs.Pairs[1] != (quiz.Pair{Left: "Bedingfield", Right: "White House"}) {
		t.Errorf("pairs parsed wrong: %+v", pairs.Pairs)
	}
	typed, _ := l.Question("typed")
	if len(typed.Answers) != 2 {
		t.Errorf("answers parsed wrong: %q", typed.Answers)
	}
	f2, _ := l.Fact("F2")
	if f2.Text != "The promises were not binding, which Ukraine regrets." {
		t.Errorf("fact continuation: %q", f2.Text)
	}
	if b1, _ := l.Fact("B1"); !b1.Background {
		t.Error("B1 should be background")
	}
	sec, _ := l.Section("budapest")
	if len(sec.Body) != 2 || sec.Body[0] != "First paragraph [F1] continues here." || sec.Takeaway == "" {
		t.Errorf("section parsed wrong: %+v", sec)
	}
	if l.Version == "" || one.Hash == "" || one.Hash == many.Hash {
		t.Errorf("hashes missing or equal: version %q, %q %q", l.Version, one.Hash, many.Hash)
	}
}

// TestLoadReportsEveryProblemWithFileAndLine feeds one broken question file
// per case and expects each problem at its line, all reported together.
func TestLoadReportsEveryProblemWithFileAndLine(t *testing.T) {
	tests := []struct {
		name string
		quiz string
		want []string // substrings, each expected in some problem
	}{
		{"unknown type", "## q\ntype: essay\nsection: budapest\nfacts: F1\nprompt: P\nexplanation: E\n",
			[]string{`questions/a.quiz.txt:2: unknown type "essay"`}},
		{"no type", "## q\nsection: budapest\nfacts: F1\nprompt: P\nexplanation: E\n",
			[]string{`questions/a.quiz.txt:1: question "q" has no type`}},
		{"missing correct answer", "## q\ntype: single\nsection: budapest\nfacts: F1\nprompt: P\n[ ] a\n[ ] b\nexplanation: E\n",
			[]string{`:1: question "q" has no correct choice`}},
		{"two correct in single", "## q\ntype: single\nsection: budapest\nfacts: F1\nprompt: P\n[x] a\n[x] b\nexplanation: E\n",
			[]string{`has 2 choices marked [x]`}},
		{"duplicate id", goodQuiz + "\n## one\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`question id "one" is already used at questions/a.quiz.txt:1`}},
		{"dangling fact and section", "## q\ntype: text\nsection: nowhere\nfacts: F1, F99\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`:3: section "nowhere" is not in questions/explainer.txt`, `:4: fact "F99" is not in questions/facts.txt`}},
		{"empty explanation", "## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nanswer: a\nexplanation:\n",
			[]string{`:7: question "q" has an empty explanation`}},
		{"every problem at once", "## q\ntype: essay\nsection: budapest\nfacts: F1, F77\nprompt: P\nexplanation: E\n\n## r\ntype: single\nsection: budapest\nfacts: F1\nprompt: P\n[ ] a\n[ ] b\nexplanation: E\nwhatever line\n",
			[]string{`:2: unknown type`, `:4: fact "F77" is not in`, `:8: question "r" has no correct choice`, `:16: cannot read this line`}},
		{"parts of another kind", "## q\ntype: order\nsection: budapest\nfacts: F1\nprompt: P\n1. a\n2. b\n[x] c\nexplanation: E\n",
			[]string{`:8: a order question cannot have choices`}},
		{"order misnumbered", "## q\ntype: order\nsection: budapest\nfacts: F1\nprompt: P\n1. a\n3. b\nexplanation: E\n",
			[]string{`items must be numbered 1, 2, 3`}},
		{"match without arrow", "## q\ntype: match\nsection: budapest\nfacts: F1\nprompt: P\n- a -> b\n- c = d\nexplanation: E\n",
			[]string{`:7: want a pair like`}},
		{"truefalse without answer", "## q\ntype: truefalse\nsection: budapest\nfacts: F1\nprompt: P\nexplanation: E\n",
			[]string{`needs answer: true or answer: false`}},
		{"text without answer", "## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nexplanation: E\n",
			[]string{`needs at least one accepted answer`}},
		{"unknown field", "## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nanswer: a\nexplanation: E\nhint: h\n",
			[]string{`:8: unknown field "hint"`}},
		{"duplicate field", "## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nprompt: Q\nanswer: a\nexplanation: E\n",
			[]string{`:6: prompt is already set at line 5`}},
		{"bad id", "## Bad Id\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`:1: question id "Bad Id" must use only lowercase`}},
		{"text before heading", "stray\n## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`:1: text before the first question heading`}},
		{"orphan feedback", "## q\ntype: single\nsection: budapest\nfacts: F1\nprompt: P\n> lost\n[x] a\n[ ] b\nexplanation: E\n",
			[]string{`:6: feedback ("> …") must follow the choice`}},
		{"unknown level", "## q\ntype: text\nsection: budapest\nfacts: F1\nlevel: hard\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`:5: unknown level "hard"`}},
		{"huge prompt", "## q\ntype: text\nsection: budapest\nfacts: F1\nprompt: " + strings.Repeat("x", 5000) + "\nanswer: a\nexplanation: E\n",
			[]string{`:1: question "q": the prompt is 5000 characters long`}},
		{"empty file", "// only a comment\n", []string{`questions/a.quiz.txt: no questions in this file`}},
		{"no facts cited", "## q\ntype: text\nsection: budapest\nprompt: P\nanswer: a\nexplanation: E\n",
			[]string{`question "q" cites no fact`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := quiz.Load(lessonFS(map[string]string{
				"facts.txt": goodFacts, "explainer.txt": goodExplainer, "a.quiz.txt": tt.quiz,
			}), "questions")
			var ps quiz.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("want quiz.Problems, got %v", err)
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("problems do not mention %q; got:\n%s", w, msg)
				}
			}
			for _, p := range ps {
				if p.File == "" {
					t.Errorf("problem without a file: %v", p)
				}
			}
		})
	}
}

func TestLoadChecksFactsAndExplainer(t *testing.T) {
	tests := []struct {
		name, facts, explainer string
		want                   []string
	}{
		{"duplicate fact", "F1: a\nF1: b\n", goodExplainer, []string{`questions/facts.txt:2: fact F1 is already defined at line 1`}},
		{"malformed fact", "F1: a\nnot a fact\n", goodExplainer, []string{`questions/facts.txt:2: want a fact like`}},
		{"dangling inline reference", goodFacts, "## budapest: T\n\nText [F42].\n", []string{`questions/explainer.txt:3: fact "F42" is not in`}},
		{"section without text", goodFacts, "## budapest: T\ntakeaway: x\n", []string{`questions/explainer.txt:1: section "budapest" has no text`}},
		{"heading without title", goodFacts, "## budapest\n\nText.\n", []string{`questions/explainer.txt:1: want a section heading`}},
		{"duplicate section", goodFacts, goodExplainer + "\n## budapest: Again\n\nMore.\n", []string{`section id "budapest" is already used at line 1`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := quiz.Load(lessonFS(map[string]string{
				"facts.txt": tt.facts, "explainer.txt": tt.explainer, "a.quiz.txt": goodQuiz,
			}), "questions")
			if err == nil {
				t.Fatal("want problems, got none")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("problems do not mention %q; got:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadWithoutFilesSaysWhatIsMissing(t *testing.T) {
	_, err := quiz.Load(lessonFS(nil), "questions")
	if err == nil {
		t.Fatal("want problems for an empty folder")
	}
	for _, w := range []string{"questions/facts.txt: cannot read", "questions/explainer.txt: cannot read", "no question files found"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in:\n%v", w, err)
		}
	}
}

func TestQuestionHashIgnoresExplanationButNotAnswers(t *testing.T) {
	base := mustLoad(t, goodQuiz)
	reworded := mustLoad(t, strings.Replace(goodQuiz, "explanation: Because.", "explanation: Because, reworded.", 1))
	changed := mustLoad(t, strings.Replace(goodQuiz, "[ ] Wrong", "[ ] Also wrong", 1))
	a, _ := base.Question("one")
	b, _ := reworded.Question("one")
	c, _ := changed.Question("one")
	if a.Hash != b.Hash {
		t.Error("rewording the explanation changed the question hash; saved answers would be lost needlessly")
	}
	if a.Hash == c.Hash {
		t.Error("changing a choice kept the question hash; stale answers would be kept")
	}
	if base.Version == reworded.Version {
		t.Error("lesson version did not change with the content")
	}
}
