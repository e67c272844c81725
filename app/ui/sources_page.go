package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SourcesPage names the source report and lists the fact sheet: the
// numbered facts every claim and question points to, with background
// knowledge kept apart from what the report says.
type SourcesPage struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (p *SourcesPage) OnInit() { p.lesson, p.err = Lesson() }

// Render shows the source panel and both fact lists.
func (p *SourcesPage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	var fromReport, background []quiz.Fact
	for _, f := range p.lesson.Facts {
		if f.Background {
			background = append(background, f)
		} else {
			fromReport = append(fromReport, f)
		}
	}
	return shell("/sources", &Notice{},
		app.H1().Text(L("Sources and facts")),
		app.Section().Class("source-panel").Aria("labelledby", "source-title").Body(
			app.H2().ID("source-title").Text(L("The source")),
			app.P().Text(L("A CNN news report, with Kevin Liptak contributing, published in the week of the Istanbul peace talks between Ukraine and Russia (the talks were held on 29 March 2022). Its \"Wednesday\" is 30 March 2022.")),
			app.P().Text(L("Everything here retells its facts in our own words; statements stay with the people who made them. The report is a re-translation; names are given in their usual spelling (Anastasia Radina).")),
			app.P().Text(Lf("Lesson version %s.", p.lesson.Version)),
		),
		app.Section().ID("facts").Class("fact-sheet").Aria("labelledby", "facts-title").Body(
			app.H2().ID("facts-title").Text(L("What the report says")),
			factList(fromReport),
		),
		app.Section().ID("background").Class("fact-sheet").Aria("labelledby", "background-title").Body(
			app.H2().ID("background-title").Text(L("Background beyond the report")),
			app.P().Text(L("Well-established history that helps to understand the report but is not stated in it.")),
			factList(background),
		),
		moreLinks("/sources"),
	)
}

func factList(facts []quiz.Fact) app.UI {
	return app.Ol().Class("facts").Body(app.Range(facts).Slice(func(i int) app.UI {
		f := facts[i]
		return app.Li().ID("fact-"+f.ID).Body(
			app.Strong().Text(f.ID),
			app.If(f.Background, func() app.UI { return app.Span().Class("tag").Text(L("background")) }),
			app.Text(" "+f.Text),
		)
	}))
}
