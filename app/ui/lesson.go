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

// Lesson returns the bundled lesson, decoded once from the compiled
// questions/lesson.json. `make content` writes that file from the text
// sources and refuses lessons with problems, so an error here means a
// build that skipped it; pages then show the error instead of a blank.
func Lesson() (*quiz.Lesson, error) {
	lessonOnce.Do(func() {
		lesson, lessonErr = quiz.Decode(questions.Compiled)
	})
	return lesson, lessonErr
}
