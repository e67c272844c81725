// Package ui holds the go-app components: pages that render the lesson and
// the quiz engine's state, and turn clicks and key presses into engine
// calls. Components never score, validate or parse: app/quiz does.
package ui

import (
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// replaced is the lesson UseLesson put in place of the bundled one.
var replaced *quiz.Lesson

// UseLesson makes every page render l instead of the bundled lesson; nil
// brings the bundled one back. The browser app always has the lesson
// compiled into it, so this is only for a server that prerenders for an
// app.wasm built from other files: the journeys build one from a lesson
// of their own, and the prerender must show the same first question.
func UseLesson(l *quiz.Lesson) { replaced = l }

// Lesson returns the lesson the pages render: the bundled one in the
// pages' language (questions.LessonIn), unless UseLesson replaced it. An
// error means a build that skipped `make content`; pages then show the
// error instead of a blank.
func Lesson() (*quiz.Lesson, error) {
	if replaced != nil {
		return replaced, nil
	}
	return questions.LessonIn(lang)
}

// bundledLanguages is the bundled lesson in every language, for reports
// that name questions in each (report.Quiz.Languages); none when a lesson
// of another origin replaced it.
func bundledLanguages() []*quiz.Lesson {
	if replaced != nil {
		return nil
	}
	var out []*quiz.Lesson
	for _, l := range Languages {
		if lesson, err := questions.LessonIn(l.Code); err == nil {
			out = append(out, lesson)
		}
	}
	return out
}
