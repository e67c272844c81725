package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PeoplePage is who's who: each person's role and what they said,
// paraphrased and attributed, with the facts it rests on.
type PeoplePage struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (p *PeoplePage) OnInit() { p.lesson, p.err = Lesson() }

// Render shows one card per person.
func (p *PeoplePage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	people := p.lesson.People
	return shell("/people", &Notice{},
		app.H1().Text(L("Who said what")),
		app.P().Text(L("Everyone the report quotes, with their role. Statements are in our own words; short phrases in quotation marks are theirs.")),
		app.Ul().Class("people").Body(app.Range(people).Slice(func(i int) app.UI {
			pe := people[i]
			return app.Li().ID(pe.ID).Class("person").Body(
				app.H2().Text(pe.Name),
				app.P().Class("role").Text(pe.Role),
				paragraphs(pe.Body),
				citations(pe.Facts),
			)
		})),
		moreLinks("/people"),
	)
}
