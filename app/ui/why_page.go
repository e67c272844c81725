package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WhyPage sums the lesson up in a few cards: why Ukraine will not accept
// another Budapest-style memorandum. Each card links to the explainer
// section it summarises and to a short quiz on that section. It prints on
// one page.
type WhyPage struct {
	app.Compo

	lesson *quiz.Lesson
	err    error
}

// OnInit loads the lesson.
func (w *WhyPage) OnInit() { w.lesson, w.err = Lesson() }

// Render shows one card per reason.
func (w *WhyPage) Render() app.UI {
	if w.err != nil {
		return lessonError(w.err)
	}
	l := w.lesson
	count := map[string]int{}
	for _, q := range l.Questions {
		count[q.Section]++
	}
	return shell("/why", &Notice{},
		app.H1().Text(L("Why not another Budapest? In five points")),
		app.P().Class("lead").Text(L("The whole story, short.")),
		app.Ol().Class("reasons").Body(app.Range(l.Reasons).Slice(func(i int) app.UI {
			r := l.Reasons[i]
			sec, _ := l.Section(r.Section)
			return app.Li().ID(r.ID).Class("reason").Body(
				app.H2().Text(r.Title),
				paragraphs(r.Body),
				app.P().Class("reason-links").Body(
					app.A().Href(Href("/learn#"+sec.ID)).Text(Lf("Read: %s", sec.Title)),
					app.Text(" · "),
					app.A().Href(Href("/quiz")+"?"+quiz.Settings{Sections: []string{sec.ID}}.Encode()).
						Text(Lf("Practise: %s", plural(count[sec.ID], "question", "questions"))),
				),
			)
		})),
		moreLinks("/why"),
	)
}
