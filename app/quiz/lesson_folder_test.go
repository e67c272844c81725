package quiz_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// writeFolder writes the test lesson and its translation (uk/) as a
// lesson folder on disk and returns it.
func writeFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"facts.txt": goodFacts, "explainer.txt": goodExplainer, "a.quiz.txt": goodQuiz,
		"uk/facts.txt": trFacts, "uk/explainer.txt": trExplainer, "uk/a.quiz.txt": trQuiz,
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// compileFolder runs CompileFolder and returns what it says of each file,
// one line each.
func compileFolder(t *testing.T, dir string) string {
	t.Helper()
	files, err := quiz.CompileFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, f := range files {
		lines = append(lines, strings.TrimPrefix(f.String(), dir+string(filepath.Separator)))
	}
	return strings.Join(lines, "\n")
}

// TestCompileAndStampAFolder walks a translator's round: `app compile`
// writes each lesson.json once, a changed English entry leaves the
// translation's entry in English until `app stamp` records it again.
func TestCompileAndStampAFolder(t *testing.T) {
	dir := writeFolder(t)
	if _, err := quiz.StampFolder(dir, "uk", nil); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		do   func()
		want string
	}{
		{"first compile", func() {}, "" +
			"lesson.json: 3 facts, 1 sections, 6 questions: written\n" +
			filepath.Join("uk", "lesson.json") + ": 6 questions, 0 entries left in English: written"},
		{"nothing changed", func() {}, "" +
			"lesson.json: 3 facts, 1 sections, 6 questions: up to date\n" +
			filepath.Join("uk", "lesson.json") + ": 6 questions, 0 entries left in English: up to date"},
		{"English changed", func() {
			p := filepath.Join(dir, "a.quiz.txt")
			if err := os.WriteFile(p, []byte(strings.Replace(goodQuiz, "prompt: Pick one.", "prompt: Pick the one.", 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}, "" +
			"lesson.json: 3 facts, 1 sections, 6 questions: written\n" +
			filepath.Join("uk", "lesson.json") + ": 6 questions, 1 entries left in English: written"},
		{"stamped again", func() {
			file, err := quiz.StampFolder(dir, "uk", []string{"one"})
			if err != nil {
				t.Fatal(err)
			}
			if want := filepath.Join(dir, "uk", quiz.StampsFile); file != want {
				t.Errorf("stamped %s, want %s", file, want)
			}
		}, "" +
			"lesson.json: 3 facts, 1 sections, 6 questions: up to date\n" +
			filepath.Join("uk", "lesson.json") + ": 6 questions, 0 entries left in English: written"},
	}
	for _, s := range steps {
		s.do()
		if got := compileFolder(t, dir); got != s.want {
			t.Errorf("%s: compile said\n%s\nwant\n%s", s.name, got, s.want)
		}
	}
	if _, err := quiz.StampFolder(dir, "uk", []string{"no-such-question"}); err == nil {
		t.Error("stamping an unknown id was accepted")
	}
}
