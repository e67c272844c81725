package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// answerBlock shows an answer after its label ("The answer: "): order
// answers as a numbered list, which "1. … 2. …" run together in one line
// was not; every other kind as a line of text.
func answerBlock(q *quiz.Question, label string, order []int, text string) app.UI {
	if q.Kind != quiz.Order || len(order) == 0 {
		return app.P().Body(app.Strong().Text(label), app.Text(text))
	}
	return app.Div().Class("answer-block").Body(
		app.P().Body(app.Strong().Text(label)),
		app.Ol().Class("answer-order").Body(app.Range(order).Slice(func(i int) app.UI {
			return app.Li().Text(q.Items[order[i]])
		})),
	)
}

// correctOrder is the order items in their right order.
func correctOrder(q *quiz.Question) []int {
	out := make([]int, len(q.Items))
	for i := range out {
		out[i] = i
	}
	return out
}
