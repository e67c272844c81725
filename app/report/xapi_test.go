package report_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/questions"
)

var actor = report.Actor{ObjectType: "Agent", Account: report.Account{HomePage: "https://example.org", Name: "3f1c2a9e-7f4b-4c1e-9a55-0b6f1b2c3d4e"}}
var theQuiz = report.Quiz{ID: "https://example.org/quiz?sections=eu", Name: "Beyond Budapest"}

// statementsForEveryQuestion answers every bundled question right, wrong
// and not at all where possible, and finishes with a pass mark.
func statementsForEveryQuestion(t *testing.T) []report.Statement {
	return statementsFor(t, theQuiz)
}

// bilingual is the quiz as the app reports it: with the lesson in both
// languages, so that names and descriptions are language maps of both.
func bilingual(t *testing.T) report.Quiz {
	t.Helper()
	z := theQuiz
	for _, lang := range []string{"en", "uk"} {
		l, err := questions.LessonIn(lang)
		if err != nil {
			t.Fatal(err)
		}
		z.Languages = append(z.Languages, l)
	}
	return z
}

func statementsFor(t *testing.T, z report.Quiz) []report.Statement {
	t.Helper()
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	s, err := quiz.New(l, quiz.Options{PassMark: 60, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	var out []report.Statement
	for i := 0; !s.Finished(); i++ {
		q := s.Current()
		r := s.Response(q.ID)
		switch q.Kind {
		case quiz.Single, quiz.TrueFalse, quiz.Multiple:
			r = quiz.Response{Choices: []int{i % len(q.Choices)}}
		case quiz.Match:
			r.Matches[0] = 0
		case quiz.Text:
			r.Text = []string{q.Answers[0], "not this [,] one", "‘Budapest’"}[i%3]
		}
		if _, err := s.Check(r); err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		a, _ := s.Answer(q.ID)
		out = append(out, report.Answered(actor, z, q, a, 12400*time.Millisecond, now))
		s.Next()
	}
	return append(out, report.Finished(actor, z, s.Results(), 9*time.Minute, now)...)
}

// TestStatementsPassAnIndependentValidator feeds every statement the app
// can send to Learning Locker's xAPI validator (tests/node).
func TestStatementsPassAnIndependentValidator(t *testing.T) {
	statements := append(statementsForEveryQuestion(t), statementsFor(t, bilingual(t))...)
	b, err := json.Marshal(statements)
	if err != nil {
		t.Fatal(err)
	}
	script, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "validate-xapi.js"))
	cmd := exec.Command("node", script)
	cmd.Stdin = bytes.NewReader(b)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("validator rejected statements (make deps-node-tools installs it):\n%s", out)
	}
	if !strings.Contains(string(out), " 0 problems") {
		t.Fatalf("unexpected validator output: %s", out)
	}
}

func TestStatementShapes(t *testing.T) {
	st := statementsForEveryQuestion(t)
	kinds := map[string]report.Statement{}
	for _, s := range st {
		if s.Object.Definition != nil {
			kinds[s.Object.Definition.InteractionType] = s
		}
	}
	for _, k := range []string{"choice", "true-false", "sequencing", "matching", "fill-in"} {
		s, ok := kinds[k]
		if !ok {
			t.Errorf("no %s statement", k)
			continue
		}
		if s.Verb.ID != report.VerbAnswered.ID || s.Result == nil || s.Result.Score == nil || s.Context == nil {
			t.Errorf("%s statement incomplete: %+v", k, s)
		}
		if !strings.HasPrefix(s.Object.ID, theQuiz.ID+"#") {
			t.Errorf("%s object id %q is not within the quiz", k, s.Object.ID)
		}
	}
	if got := kinds["matching"].Result.Response; !strings.HasPrefix(got, "s0[.]t0") {
		t.Errorf("matching response %q", got)
	}
	last := st[len(st)-2:]
	if last[0].Verb.ID != report.VerbCompleted.ID || (last[1].Verb.ID != report.VerbPassed.ID && last[1].Verb.ID != report.VerbFailed.ID) {
		t.Errorf("quiz ends with %s, %s; want completed then passed or failed", last[0].Verb.ID, last[1].Verb.ID)
	}
	b, _ := json.Marshal(st)
	for _, personal := range []string{"mbox", "email", "openid"} {
		if bytes.Contains(b, []byte(personal)) {
			t.Errorf("statements contain %q: the actor must stay pseudonymous", personal)
		}
	}
	if last[0].Result.Duration != "PT540.00S" {
		t.Errorf("duration %q", last[0].Result.Duration)
	}
}

// TestStatementsNameQuestionsInBothLanguages: a question's name and its
// choices, items and match sides reach the LRS in English and Ukrainian,
// whichever language the student answered in.
func TestStatementsNameQuestionsInBothLanguages(t *testing.T) {
	uk, err := questions.LessonIn("uk")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[quiz.Kind]bool{}
	for _, st := range statementsFor(t, bilingual(t)) {
		d := st.Object.Definition
		if st.Verb.ID != report.VerbAnswered.ID {
			continue
		}
		id := st.Object.ID[strings.LastIndex(st.Object.ID, "#")+1:]
		q, ok := uk.Question(id)
		if !ok {
			t.Fatalf("no Ukrainian question %s", id)
		}
		kinds[q.Kind] = true
		// Names are cut at 200 characters, as xAPI profiles advise.
		if name := d.Name["uk"]; !strings.HasPrefix(q.Prompt, strings.TrimSuffix(name, "…")) || name == "" || d.Name["en-US"] == "" || d.Name["en-US"] == name {
			t.Errorf("%s: name %v, want English and Ukrainian (%q)", id, d.Name, q.Prompt)
		}
		for i, c := range d.Choices {
			want := ""
			switch q.Kind {
			case quiz.Single, quiz.Multiple:
				want = q.Choices[i].Text
			case quiz.Order:
				want = q.Items[i]
			}
			if c.Description["uk"] != want || c.Description["en-US"] == "" {
				t.Errorf("%s choice %d: %v, want en-US and uk %q", id, i, c.Description, want)
			}
		}
		for i, c := range d.Target {
			if c.Description["uk"] != q.Pairs[i].Right || c.Description["en-US"] == "" {
				t.Errorf("%s target %d: %v", id, i, c.Description)
			}
		}
	}
	for _, k := range []quiz.Kind{quiz.Single, quiz.Multiple, quiz.Order, quiz.Match} {
		if !kinds[k] {
			t.Errorf("no %s question was reported", k)
		}
	}
}
