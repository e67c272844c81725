package quiz_test

import (
	"errors"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestRetryMissedHonoursTheTeachersSetting: a quiz with retries refused
// keeps its first score; one that allows them opens the missed questions.
func TestRetryMissedHonoursTheTeachersSetting(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	tests := []struct {
		query     string
		wantError error
		wantRound int
	}{
		{"questions=one,tf&pass=70", quiz.ErrNoRetries, 1},
		{"questions=one,tf&pass=70&retries=1", nil, 2},
		{"questions=one,tf", nil, 2},
		{"questions=one,tf&retries=0", quiz.ErrNoRetries, 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			o, notices := quiz.ParseOptions(tt.query, l)
			if len(notices) > 0 {
				t.Fatalf("notices %q", notices)
			}
			s, err := quiz.New(l, o)
			if err != nil {
				t.Fatal(err)
			}
			s.Check(quiz.Response{Choices: []int{0}}) // right
			s.Next()
			s.Check(quiz.Response{Choices: []int{0}}) // wrong
			s.Next()
			before := s.Results().Score
			if err := s.RetryMissed(); !errors.Is(err, tt.wantError) {
				t.Fatalf("RetryMissed: %v, want %v", err, tt.wantError)
			}
			if s.Round() != tt.wantRound {
				t.Errorf("round %d, want %d", s.Round(), tt.wantRound)
			}
			if tt.wantError != nil && (!s.Finished() || s.Results().Score != before) {
				t.Errorf("a refused retry changed the session: finished %v, score %v (was %v)", s.Finished(), s.Results().Score, before)
			}
		})
	}
}
