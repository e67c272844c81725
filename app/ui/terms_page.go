package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TermsPage is the glossary: each key term in plain words, with an anchor
// (/terms#treaty) so that other pages can point at it.
type TermsPage struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (p *TermsPage) OnInit() { p.lesson, p.err = Lesson() }

// Render shows the terms as a description list.
func (p *TermsPage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	terms := p.lesson.Terms
	return shell("/terms", &Notice{},
		app.H1().Text(L("Key terms")),
		app.P().Text(L("The words that matter most in this story. The difference between a promise and a binding commitment is the whole point.")),
		// Headings and paragraphs rather than <dl>: each HTML element type
		// go-app renders adds tens of kilobytes to app.wasm.
		app.Div().Class("glossary").Body(app.Range(terms).Slice(func(i int) app.UI {
			t := terms[i]
			return app.Section().ID(t.ID).Class("term").Aria("labelledby", t.ID+"-term").Body(
				app.H2().ID(t.ID+"-term").Text(t.Term),
				paragraphs(t.Body),
				citations(t.Facts),
			)
		})),
		moreLinks("/terms"),
	)
}
