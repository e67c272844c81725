package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// feedback explains a checked answer and points back to the explainer
// section and source facts it rests on.
func (p *QuizPage) feedback(q *quiz.Question, a quiz.Answer) app.UI {
	if !p.session.FeedbackNow() {
		return app.Div().Class("feedback").Body(
			app.P().Text(L("Answer saved. You will see how you did on the results page.")),
		)
	}
	g := quiz.GradeResponse(q, a.Response)
	return app.Div().Class("feedback", verdictClass(g)).Body(
		verdict(g),
		app.If(g.Spelling, func() app.UI {
			return app.P().ID("spelling-note").Class("spelling-note").Body(
				app.Text(L("Accepted, but check the spelling: it is written ")), app.Strong().Text(q.Answers[0]), app.Text("."))
		}),
		app.Range(g.Feedback).Slice(func(i int) app.UI {
			return app.P().Class("choice-feedback").Text(g.Feedback[i])
		}),
		app.If(!g.Correct, func() app.UI {
			return answerBlock(q, L("The answer: "), correctOrder(q), describeCorrect(q))
		}),
		app.If(!p.session.Options().HideExplanations, func() app.UI {
			return app.P().Class("explanation").Text(q.Explanation)
		}),
		sourceLinks(p.lesson, q),
	)
}

// sourceLinks names the explainer section and the facts behind a question.
func sourceLinks(l *quiz.Lesson, q *quiz.Question) app.UI {
	sec, _ := l.Section(q.Section)
	return app.Div().Class("sources").Body(
		app.P().Body(
			app.Text(L("Read more: ")),
			app.A().Class("section-link").Href(Href("/learn#"+sec.ID)).Text(sec.Title),
		),
		app.Ul().Class("fact-list").Body(
			app.Range(q.Facts).Slice(func(i int) app.UI {
				f, _ := l.Fact(q.Facts[i])
				return app.Li().Body(factLink(f.ID), app.Text(" "+f.Text))
			}),
		),
	)
}

func nextLabel(n, total int) string {
	if n == total {
		return L("See results")
	}
	return L("Next question")
}

func verdict(g quiz.Grade) app.UI {
	// The verdict takes focus after Check (revealVerdict).
	h := app.H2().ID("verdict").TabIndex(-1)
	switch {
	case g.Correct:
		return h.Text(L("✓ Correct"))
	case g.Score > 0:
		return h.Body(app.Text(L("◐ Partly right")), app.Span().Class("score-value").Text(Lf(": %s of 1 point", points(g.Score))))
	}
	return h.Text(L("✗ Not quite"))
}

func verdictClass(g quiz.Grade) string {
	switch {
	case g.Correct:
		return "is-correct"
	case g.Score > 0:
		return "is-partial"
	}
	return "is-wrong"
}
