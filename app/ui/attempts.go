package ui

import (
	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attemptLog is the attempt under way for one quiz. An attempt is one
// round of one session: a retry of the missed questions is a new round,
// and starting over is a new session (with a new seed).
type attemptLog struct {
	Seed         uint64 `json:"seed"`
	Round        int    `json:"round"`
	Number       int    `json:"number"`
	Registration string `json:"registration"`
	// Graded is the first attempt's result as it was reported, kept so
	// that the results page after a retry can say what the teacher sees.
	Graded *gradedResult `json:"graded,omitempty"`
}

// gradedResult is the first attempt's reported score.
type gradedResult struct {
	Score    float64 `json:"score"`
	Max      int     `json:"max"`
	PassMark int     `json:"passMark,omitempty"`
}

// recordGraded keeps the result reported for the first attempt.
func recordGraded(ctx app.Context, place quizPlace, res quiz.Results) {
	logs := readAttempts(ctx)
	a := logs[place.Key]
	if a.Number != 1 || a.Graded != nil {
		return
	}
	a.Graded = &gradedResult{Score: res.Score, Max: res.Max, PassMark: res.PassMark}
	logs[place.Key] = a
	writeAttempts(ctx, logs)
}

// gradedFor returns the first attempt's reported result, if any.
func gradedFor(ctx app.Context, place quizPlace) *quiz.Results {
	g := readAttempts(ctx)[place.Key].Graded
	if g == nil {
		return nil
	}
	return &quiz.Results{Score: g.Score, Max: g.Max, PassMark: g.PassMark}
}

// currentAttempt returns the attempt s is in, starting a new one (with a
// new registration) when s moved to another round or was started afresh.
func currentAttempt(ctx app.Context, place quizPlace, s *quiz.Session) report.Attempt {
	logs := readAttempts(ctx)
	a := logs[place.Key]
	if a.Registration == "" || a.Seed != s.Options().Seed || a.Round != s.Round() {
		a = attemptLog{Seed: s.Options().Seed, Round: s.Round(), Number: a.Number + 1, Registration: newUUID(), Graded: a.Graded}
		logs[place.Key] = a
		writeAttempts(ctx, logs)
	}
	return report.Attempt{Registration: a.Registration, Number: a.Number}
}
