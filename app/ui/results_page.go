package ui

import (
	"fmt"
	"time"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ResultsPage shows the score, pass or fail when a pass mark is set, and
// every mistake with its explanation; it offers to retry the missed
// questions or to start over.
type ResultsPage struct {
	app.Compo

	lesson  *quiz.Lesson
	err     error
	session *quiz.Session
	notice  string
}

// OnInit loads the lesson; the prerender shows an empty session.
func (r *ResultsPage) OnInit() {
	r.lesson, r.err = Lesson()
	if r.err == nil {
		r.session, _ = quiz.New(r.lesson, defaultOptions(r.lesson))
	}
}

// OnMount restores the student's session from the browser.
func (r *ResultsPage) OnMount(ctx app.Context) {
	if r.err == nil {
		r.session, r.notice = loadSession(ctx, r.lesson)
	}
}

// Render shows the summary, the mistakes and the next steps.
func (r *ResultsPage) Render() app.UI {
	if r.err != nil {
		return lessonError(r.err)
	}
	res := r.session.Results()
	answered := 0
	var missed []quiz.Item
	for _, it := range res.Items {
		if it.Answered {
			answered++
		}
		// Before the end, unanswered questions are not mistakes yet.
		if it.Missed() && (it.Answered || r.session.Finished()) {
			missed = append(missed, it)
		}
	}
	return shell("/results", &Notice{Text: r.notice},
		app.H1().ID("results-heading").TabIndex(-1).Text("Your results"),
		app.If(!r.session.Finished(), func() app.UI {
			return app.P().Class("unfinished").Body(
				app.Textf("You have answered %d of %d questions so far. ", answered, res.Max),
				app.A().Href(Href("/quiz")).Text("Continue the quiz"),
			)
		}),
		app.P().ID("score").Class("score").Textf("%s of %d points (%d%%)", points(res.Score), res.Max, res.Percent()),
		app.If(res.HasPassMark(), func() app.UI {
			if res.Passed() {
				return app.P().ID("pass-status").Class("pass").Textf("✓ Passed: the pass mark is %d%%.", res.PassMark)
			}
			return app.P().ID("pass-status").Class("fail").Textf("✗ Not passed yet: the pass mark is %d%%.", res.PassMark)
		}),
		app.Div().Class("actions").Body(
			app.If(len(missed) > 0 && r.session.Finished(), func() app.UI {
				return app.Button().Type("button").ID("retry-missed").Class("button").
					Text(fmt.Sprintf("Retry the %s", plural(len(missed), "missed question", "missed questions"))).
					OnClick(r.retryMissed)
			}),
			app.Button().Type("button").ID("start-over").Class("button secondary").Text("Start over").
				OnClick(r.startOver),
		),
		app.If(len(missed) > 0, func() app.UI {
			return app.Section().Class("mistakes").Aria("labelledby", "mistakes-title").Body(
				app.H2().ID("mistakes-title").Text("Questions to look at again"),
				app.Ol().ID("mistakes").Body(app.Range(missed).Slice(func(i int) app.UI {
					return r.mistake(missed[i])
				})),
			)
		}).ElseIf(answered > 0, func() app.UI {
			return app.P().Class("all-right").Text("Every answer so far is right. Well done!")
		}),
	)
}

func (r *ResultsPage) mistake(it quiz.Item) app.UI {
	q := it.Question
	yours := "(not answered)"
	if it.Answered {
		yours = describeResponse(q, it.Answer.Response)
	}
	return app.Li().Class("mistake").ID("mistake-"+q.ID).Body(
		app.H3().Text(q.Prompt),
		app.P().Body(app.Strong().Text("Your answer: "), app.Text(yours),
			app.If(it.Grade.Score > 0, func() app.UI {
				return app.Textf(" (%s of 1 point)", points(it.Grade.Score))
			})),
		app.P().Body(app.Strong().Text("The answer: "), app.Text(describeCorrect(q))),
		app.P().Class("explanation").Text(q.Explanation),
		sourceLinks(r.lesson, q),
	)
}

func (r *ResultsPage) retryMissed(ctx app.Context, e app.Event) {
	if err := r.session.RetryMissed(); err != nil {
		r.notice = err.Error()
		return
	}
	if msg := saveSession(ctx, r.session); msg != "" {
		r.notice = msg
	}
	ctx.Navigate(Href("/quiz"))
}

func (r *ResultsPage) startOver(ctx app.Context, e app.Event) {
	r.session = r.session.StartOver(uint64(time.Now().UnixNano()))
	if msg := saveSession(ctx, r.session); msg != "" {
		r.notice = msg
	}
	ctx.Navigate(Href("/quiz"))
}
