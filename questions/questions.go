// Package questions holds the lesson: its plain-text sources (the fact
// sheet, the explainer and the question files, documented for teachers in
// README.md) and lesson.json, the same lesson compiled by `make content`.
//
// The browser app embeds only lesson.json, so it carries no parser; the
// server and the tools embed the sources too (sources.go).
package questions

import (
	_ "embed"
	"sync"

	"beyondbudapest/app/quiz"
)

// Compiled is lesson.json: the lesson as quiz.Compile writes it.
//
//go:embed lesson.json
var Compiled []byte

// CompiledIn is the compiled lesson in language lang, English for a
// language without a translation.
func CompiledIn(lang string) []byte {
	if lang == "uk" {
		return CompiledUK
	}
	return Compiled
}

// LessonIn returns the bundled lesson in language lang (English when it
// has no translation), decoded once.
func LessonIn(lang string) (*quiz.Lesson, error) {
	if lang == "uk" {
		return ukrainian.get(CompiledUK)
	}
	return english.get(Compiled)
}

// Lesson returns the bundled lesson, decoded once from Compiled and shared
// by every caller, who must not change it. The pages (ui.Lesson), the
// server, the tools and the tests all read it here, so none of them needs
// the UI just to know the lesson. `make content` refuses lessons with
// problems before writing lesson.json, so an error means a build that
// skipped it.
func Lesson() (*quiz.Lesson, error) { return english.get(Compiled) }

// decodedOnce is a compiled lesson decoded the first time it is asked
// for. A sync.Once rather than sync.OnceValues, whose generic wrapper adds
// about 6 KB to app.wasm (measured with Go 1.26).
type decodedOnce struct {
	once   sync.Once
	lesson *quiz.Lesson
	err    error
}

func (d *decodedOnce) get(data []byte) (*quiz.Lesson, error) {
	d.once.Do(func() { d.lesson, d.err = quiz.Decode(data) })
	return d.lesson, d.err
}

var english, ukrainian decodedOnce
