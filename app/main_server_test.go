//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckPassesTheBundledLesson(t *testing.T) {
	var out bytes.Buffer
	if err := check(&out, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "no problems") {
		t.Errorf("unexpected output %q", out.String())
	}
}

// TestCheckReportsEveryProblemOfAFolder is what a teacher sees after a
// bad edit: each problem as file:line, all in one run.
func TestCheckReportsEveryProblemOfAFolder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"facts.txt", "explainer.txt", "basics.quiz.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "questions", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	broken := "## broken\ntype: essay\nsection: nowhere\nfacts: F99\nprompt: x\nexplanation: y\n"
	if err := os.WriteFile(filepath.Join(dir, "broken.quiz.txt"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	err := check(&bytes.Buffer{}, []string{dir})
	if err == nil {
		t.Fatal("a broken lesson passed the check")
	}
	for _, want := range []string{
		filepath.Join(dir, "broken.quiz.txt") + `:2: unknown type "essay"`,
		filepath.Join(dir, "broken.quiz.txt") + `:3: section "nowhere" is not in`,
		filepath.Join(dir, "broken.quiz.txt") + `:4: fact "F99" is not in`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("check output lacks %q:\n%v", want, err)
		}
	}
}

// TestCheckRefusesACueLadenBank: a bank a test-wise student could pass
// without reading (testdata/cue-laden: every key shown first, every key
// the longest option) fails the check, which names each limit broken and
// the questions to rewrite with their file:line.
func TestCheckRefusesACueLadenBank(t *testing.T) {
	dir := filepath.Join("testdata", "cue-laden")
	err := check(&bytes.Buffer{}, []string{dir})
	if err == nil {
		t.Fatal("a bank full of answer cues passed the check")
	}
	quizFile := filepath.Join(dir, "cues.quiz.txt")
	for _, want := range []string{
		"5 of 5 single-choice keys (100 %) are shown at position 1, more than 40 %",
		"the key is strictly the longest option in 5 of 5 choice questions (100 %), more than a third",
		"times as long as the wrong options, more than 1.25",
		"signed-when (" + quizFile + ":3)",
		"istanbul-ask (" + quizFile + ":43)",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("check output lacks %q:\n%v", want, err)
		}
	}
}
