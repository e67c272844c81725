package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PrintPage is a paper version of the quiz: the worksheet (questions only)
// or, with Key set, the answer key (answers, explanations and sources).
// Both take the same settings as a quiz link (/worksheet?sections=eu) and
// come with a print stylesheet.
type PrintPage struct {
	app.Compo

	Key bool // The answer key rather than the worksheet.

	lesson *quiz.Lesson
	err    error
	place  quizPlace
}

// OnInit prepares the default selection for the prerender.
func (p *PrintPage) OnInit() {
	p.lesson, p.err = Lesson()
	if p.err == nil {
		p.place = placeFor(p.lesson, "")
	}
}

// OnMount applies the link's settings.
func (p *PrintPage) OnMount(ctx app.Context) {
	if p.err == nil {
		p.place = placeFromURL(p.lesson)
	}
}

// Render lists the questions, numbered, in print-friendly form.
func (p *PrintPage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	s, err := quiz.New(p.lesson, p.place.Options)
	if err != nil {
		return lessonError(err)
	}
	var qs []*quiz.Question
	for _, id := range s.Progress().Questions {
		q, _ := p.lesson.Question(id)
		qs = append(qs, q)
	}
	title, current := L("Worksheet"), "/worksheet"
	if p.Key {
		title, current = L("Answer key"), "/answer-key"
	}
	return shell(current, &Notice{Text: joinNotices(p.place.Notices)},
		app.H1().Text(Lf("Beyond Budapest: %s", title)),
		app.If(!p.Key, func() app.UI {
			return app.P().Class("name-line").Text(L("Name: ____________________   Date: ____________"))
		}),
		app.P().Class("no-print actions").Body(
			untilApp(app.Button()).Type("button").Class("button").Text(L("Print")).
				OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
			app.A().Class("button secondary").Href(p.place.href(map[bool]string{true: "/worksheet", false: "/answer-key"}[p.Key])).
				Text(map[bool]string{true: L("The worksheet"), false: L("The answer key")}[p.Key]),
		),
		app.Ol().Class("print-questions").Body(app.Range(qs).Slice(func(i int) app.UI {
			q := qs[i]
			return app.Li().Class("print-question").ID("print-"+q.ID).Body(
				app.P().Class("print-prompt").Text(q.Prompt),
				app.P().Class("kind-hint").Text(L(q.Kind.Label())),
				app.If(p.Key, func() app.UI { return p.answer(q) }).Else(func() app.UI { return p.blank(q, s.Layout(q.ID)) }),
			)
		})),
	)
}

// blank is how a question looks on the worksheet: boxes and lines to fill.
func (p *PrintPage) blank(q *quiz.Question, layout []int) app.UI {
	switch q.Kind {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		return app.Ul().Class("print-options").Body(app.Range(layout).Slice(func(i int) app.UI {
			return app.Li().Text("☐ " + choiceText(q, layout[i]))
		}))
	case quiz.Order:
		return app.Ul().Class("print-options").Body(app.Range(layout).Slice(func(i int) app.UI {
			return app.Li().Text("___ " + q.Items[layout[i]])
		}))
	case quiz.Match:
		return app.Div().Body(
			app.Ul().Class("print-options").Body(app.Range(q.Pairs).Slice(func(i int) app.UI {
				return app.Li().Textf("%s → ___", q.Pairs[i].Left)
			})),
			app.Ol().Class("print-options letters").Body(app.Range(layout).Slice(func(i int) app.UI {
				return app.Li().Text(q.Pairs[layout[i]].Right)
			})),
		)
	}
	return app.P().Class("answer-line").Text(L("Answer: ______________________________"))
}

// answer is how a question looks in the answer key.
func (p *PrintPage) answer(q *quiz.Question) app.UI {
	return app.Div().Class("print-answer").Body(
		answerBlock(q, L("Answer: "), correctOrder(q), keyText(q)),
		app.P().Text(q.Explanation),
		app.P().Class("citations").Text(Lf("Section: %s · Facts: %s", sectionTitle(p.lesson, q.Section), joinIDs(q.Facts))),
		// Each cited fact in full, so the key can be checked on paper
		// without the fact sheet.
		app.Ul().Class("print-facts").Body(app.Range(q.Facts).Slice(func(i int) app.UI {
			f, _ := p.lesson.Fact(q.Facts[i])
			return app.Li().Body(app.Strong().Text("["+f.ID+"] "), app.Text(f.Text))
		})),
	)
}

// keyText is the answer key's answer to q (describeCorrect), with a true
// or false in the page's language.
func keyText(q *quiz.Question) string {
	if q.Kind == quiz.TrueFalse {
		return trueOrFalse(describeCorrect(q))
	}
	return describeCorrect(q)
}

func trueOrFalse(s string) string {
	switch s {
	case "True":
		return L("True")
	case "False":
		return L("False")
	}
	return s
}

func sectionTitle(l *quiz.Lesson, id string) string {
	s, _ := l.Section(id)
	return s.Title
}

func joinIDs(ids []string) string {
	out := ""
	for i, id := range ids {
		if i > 0 {
			out += ", "
		}
		out += id
	}
	return out
}

func joinNotices(ns []string) string {
	out := ""
	for _, n := range ns {
		if out != "" {
			out += " "
		}
		out += n
	}
	return out
}
