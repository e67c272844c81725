package report_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/questions"
)

// TestEachAttemptHasItsOwnRegistrationAndOnlyTheFirstIsGraded: a teacher
// reading the statements can tell attempts apart, and a retry never
// reports a score or a pass that the first attempt did not earn.
func TestEachAttemptHasItsOwnRegistrationAndOnlyTheFirstIsGraded(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	q := &l.Questions[0]
	res := quiz.Results{Score: 3, Max: 4, PassMark: 50}
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		attempt   report.Attempt
		wantVerbs []string
		wantScore bool
	}{
		{"first attempt", report.Attempt{Registration: "0b6f1b2c-3d4e-4c1e-9a55-3f1c2a9e7f4b", Number: 1}, []string{"completed", "passed"}, true},
		{"retry", report.Attempt{Registration: "9a553f1c-2a9e-4f4b-8c1e-0b6f1b2c3d4e", Number: 2}, []string{"completed"}, false},
		{"third attempt", report.Attempt{Registration: "1c2a9e7f-4b4c-4e9a-953f-0b6f1b2c3d4e", Number: 3}, []string{"completed"}, false},
	}
	var all []report.Statement
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			z := theQuiz
			z.Attempt = tt.attempt
			st := append([]report.Statement{report.Answered(actor, z, q, quiz.Answer{Checked: true, Score: 1}, time.Second, now)},
				report.Finished(actor, z, res, time.Minute, now)...)
			all = append(all, st...)
			var verbs []string
			for i, s := range st {
				if s.Context == nil || s.Context.Registration != tt.attempt.Registration {
					t.Errorf("statement %d (%s) has context %+v, want registration %s", i, s.Verb.Display["en-US"], s.Context, tt.attempt.Registration)
					continue
				}
				if n := s.Context.Extensions[report.ExtensionAttempt]; n != tt.attempt.Number {
					t.Errorf("statement %d says attempt %v, want %d", i, n, tt.attempt.Number)
				}
				if i > 0 {
					verbs = append(verbs, s.Verb.Display["en-US"])
					if hasScore := s.Result != nil && s.Result.Score != nil; hasScore != tt.wantScore {
						t.Errorf("%s carries a score: %v, want %v", s.Verb.Display["en-US"], hasScore, tt.wantScore)
					}
				}
			}
			if got, want := fmtList(verbs), fmtList(tt.wantVerbs); got != want {
				t.Errorf("the quiz ends with %s, want %s", got, want)
			}
		})
	}
	b, _ := json.Marshal(all)
	script, _ := filepath.Abs(filepath.Join("..", "..", "tests", "node", "validate-xapi.js"))
	cmd := exec.Command("node", script)
	cmd.Stdin = bytes.NewReader(b)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("validator rejected the attempt statements:\n%s", out)
	}
}

func fmtList(xs []string) string {
	b, _ := json.Marshal(xs)
	return string(b)
}
