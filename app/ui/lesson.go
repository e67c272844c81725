// Package ui holds the go-app components: pages that render the lesson and
// the quiz engine's state, and turn clicks and key presses into engine
// calls. Components never score, validate or parse: app/quiz does.
package ui

import (
	"sync"

	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

var (
	lessonOnce sync.Once
	lesson     *quiz.Lesson
	lessonErr  error
)

// Lesson returns the bundled lesson, parsed once. The server refuses to
// start when it has problems (see `app check`), so in the browser an error
// here means a build that skipped that check; pages then show it.
func Lesson() (*quiz.Lesson, error) {
	lessonOnce.Do(func() {
		lesson, lessonErr = quiz.Load(questions.Files, "questions")
	})
	return lesson, lessonErr
}
