package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// actions offers the next steps after (or during) the quiz: retry the
// missed questions when the quiz allows retries, and start over, which
// asks first because it clears every answer.
func (r *ResultsPage) actions(missed []quiz.Item) app.UI {
	oneAttempt := r.session.Options().NoRetries && r.session.Finished()
	reported := len(r.place.Origins) > 0 || r.place.LMS != nil
	if oneAttempt {
		return app.P().ID("one-attempt").Class("one-attempt").
			Text(L("This quiz allows one attempt, so this score is the one your teacher sees. The mistakes below show what to read again."))
	}
	return app.Div().Class("actions").Body(
		app.If(len(missed) > 0 && r.session.Finished(), func() app.UI {
			return untilApp(app.Button()).Type("button").ID("retry-missed").Class("button").
				Text(Lf("Retry the %s", plural(len(missed), "missed question", "missed questions"))).
				OnClick(r.retryMissed)
		}),
		app.If(reported && r.session.Finished() && len(missed) > 0, func() app.UI {
			return app.P().ID("retry-note").Class("hint").Text(L("A retry is practice: your teacher keeps the score of your first attempt."))
		}),
		// Both the button and the question are always rendered, one of
		// them hidden: go-app drops a ctx.Defer whose source element was
		// removed (pkg/app/context.go, Defer checks Mounted; v10.1.11), so
		// the focus move would be lost if the pressed button vanished.
		flag(untilApp(app.Button()), "hidden", r.confirm).Type("button").ID("start-over").Class("button secondary").Text(L("Start over")).
			OnClick(func(ctx app.Context, e app.Event) {
				r.confirm = true
				focusLater(ctx, "start-over-confirm")
			}),
		flag(app.Div(), "hidden", !r.confirm).ID("start-over-ask").Class("confirm").Role("group").Aria("labelledby", "start-over-question").Body(
			app.P().ID("start-over-question").Text(L("Start over? Every answer of this quiz is cleared.")),
			app.Button().Type("button").ID("start-over-confirm").Class("button").Text(L("Yes, start over")).OnClick(r.startOver),
			app.Button().Type("button").ID("start-over-cancel").Class("button secondary").Text(L("Keep my answers")).
				OnClick(func(ctx app.Context, e app.Event) {
					r.confirm = false
					focusLater(ctx, "start-over")
				}),
		),
	)
}
