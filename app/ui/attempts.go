package ui

import (
	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attemptsKey holds, for each quiz on this device (by its progress key),
// the attempt under way: xAPI statements carry its id as
// context.registration and its number, so a teacher can tell the graded
// first attempt from retries.
const attemptsKey = "beyond-budapest/attempts/v1"

// attemptLog is the attempt under way for one quiz. An attempt is one
// round of one session: a retry of the missed questions is a new round,
// and starting over is a new session (with a new seed).
type attemptLog struct {
	Seed         uint64 `json:"seed"`
	Round        int    `json:"round"`
	Number       int    `json:"number"`
	Registration string `json:"registration"`
}

// currentAttempt returns the attempt s is in, starting a new one (with a
// new registration) when s moved to another round or was started afresh.
func currentAttempt(ctx app.Context, place quizPlace, s *quiz.Session) report.Attempt {
	logs := map[string]attemptLog{}
	if _, err := readKey(ctx, attemptsKey, &logs); err != nil || logs == nil {
		logs = map[string]attemptLog{}
	}
	a := logs[place.Key]
	if a.Registration == "" || a.Seed != s.Options().Seed || a.Round != s.Round() {
		a = attemptLog{Seed: s.Options().Seed, Round: s.Round(), Number: a.Number + 1, Registration: newUUID()}
		logs[place.Key] = a
		writeKey(ctx, attemptsKey, logs)
	}
	return report.Attempt{Registration: a.Registration, Number: a.Number}
}
