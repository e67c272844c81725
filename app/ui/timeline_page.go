package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TimelinePage lists the dated events the lesson relies on, earliest
// first, each citing its facts.
type TimelinePage struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (p *TimelinePage) OnInit() { p.lesson, p.err = Lesson() }

// Render shows the events as an ordered list.
func (p *TimelinePage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	events := quiz.EventsByDate(p.lesson.Events)
	return shell("/timeline", &Notice{},
		app.H1().Text(L("Timeline")),
		app.P().Text(L("The dated events behind the story, earliest first. Entries marked background come from well-established history, not from the source report.")),
		app.Ol().Class("timeline").Body(app.Range(events).Slice(func(i int) app.UI {
			e := events[i]
			return app.Li().ID(e.ID).Class("timeline-event").Body(
				app.P().Class("timeline-date").Text(e.Date),
				app.H2().Text(e.Title),
				paragraphs(e.Body),
				citations(e.Facts),
			)
		})),
		moreLinks("/timeline"),
	)
}
