package ui

import (
	"errors"
	"fmt"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizPage asks one question at a time: Check marks it (or just saves it
// when feedback is deferred to the end), Next moves on. Every change is
// saved, so a reload resumes mid-question.
type QuizPage struct {
	app.Compo

	lesson  *quiz.Lesson
	err     error
	session *quiz.Session
	resp    quiz.Response // The current question's inputs.
	notice  string
	problem string // Why Check was refused, shown next to the button.
}

// OnInit starts from a fresh session so that the prerendered page and the
// app's first frame show the same first question.
func (p *QuizPage) OnInit() {
	p.lesson, p.err = Lesson()
	if p.err != nil {
		return
	}
	p.session, _ = quiz.New(p.lesson, defaultOptions(p.lesson))
	p.syncResponse()
}

// OnMount restores saved progress, which only exists in the browser.
func (p *QuizPage) OnMount(ctx app.Context) {
	if p.err != nil {
		return
	}
	p.session, p.notice = loadSession(ctx, p.lesson)
	p.syncResponse()
}

func (p *QuizPage) syncResponse() {
	if q := p.session.Current(); q != nil {
		p.resp = p.session.Response(q.ID)
	}
}

// Render shows the current question, its feedback and the navigation.
func (p *QuizPage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	q := p.session.Current()
	if q == nil {
		return shell("/quiz", &Notice{Text: p.notice},
			app.H1().ID("question-heading").TabIndex(-1).Text("You have answered every question"),
			app.P().Class("actions").Body(
				app.A().Class("button").ID("see-results").Href(Href("/results")).Text("See your results"),
				app.Button().Type("button").Class("button secondary").Text("Look at the last question again").
					OnClick(p.back),
			),
		)
	}
	n, total := p.session.Position()
	answer, _ := p.session.Answer(q.ID)
	checked := answer.Checked
	reveal := checked && p.session.FeedbackNow()
	heading := fmt.Sprintf("Question %d of %d", n, total)
	if p.session.Round() > 1 {
		heading = fmt.Sprintf("Retry: question %d of %d", n, total)
	}
	return shell("/quiz", &Notice{Text: p.notice},
		app.Div().Class("quiz-head").Body(
			app.H1().ID("question-heading").TabIndex(-1).Text(heading),
			app.Progress().ID("quiz-progress").Max(total).Value(p.session.Answered()).
				Aria("label", fmt.Sprintf("%d of %d questions answered", p.session.Answered(), total)),
		),
		app.Form().ID("question-form").Class("question-form").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				p.check(ctx)
			}).
			Body(
				&QuestionCard{
					Question: q,
					Layout:   p.session.Layout(q.ID),
					Response: p.resp,
					Locked:   checked,
					Reveal:   reveal,
					OnChange: p.changed,
				},
				app.If(p.problem != "", func() app.UI {
					return app.P().ID("check-problem").Class("problem").Role("alert").Text(p.problem)
				}),
				app.If(!checked, func() app.UI {
					return app.Button().Type("submit").ID("check").Class("button").
						Text(map[bool]string{true: "Check", false: "Save answer"}[p.session.FeedbackNow()])
				}),
			),
		// The region exists before anything is checked, so that screen
		// readers announce the feedback when it appears.
		app.Div().ID("feedback").Class("feedback-region").Role("status").Aria("live", "polite").Body(
			app.If(checked, func() app.UI { return p.feedback(q, answer) }),
		),
		// Both buttons are always rendered, disabled when they do not
		// apply: go-app drops a ctx.Defer whose source element was removed
		// (pkg/app/context.go, Defer checks Mounted), so the focus move
		// after Next would be lost if Next vanished with the new question.
		app.Div().Class("quiz-nav").Body(
			app.Button().Type("button").ID("back").Class("button secondary").Text("Back").
				Disabled(n <= 1).OnClick(p.back),
			app.Button().Type("button").ID("next").Class("button").Text(nextLabel(n, total)).
				Disabled(!checked).OnClick(p.next),
		),
	)
}

// feedback explains a checked answer and points back to the explainer
// section and source facts it rests on.
func (p *QuizPage) feedback(q *quiz.Question, a quiz.Answer) app.UI {
	if !p.session.FeedbackNow() {
		return app.Div().Class("feedback").Body(
			app.P().Text("Answer saved. You will see how you did on the results page."),
		)
	}
	g := quiz.GradeResponse(q, a.Response)
	return app.Div().Class("feedback", verdictClass(g)).Body(
		app.H2().Text(verdict(g)),
		app.Range(g.Feedback).Slice(func(i int) app.UI {
			return app.P().Class("choice-feedback").Text(g.Feedback[i])
		}),
		app.If(!g.Correct, func() app.UI {
			return app.P().Body(app.Strong().Text("The answer: "), app.Text(describeCorrect(q)))
		}),
		app.P().Class("explanation").Text(q.Explanation),
		sourceLinks(p.lesson, q),
	)
}

// sourceLinks names the explainer section and the facts behind a question.
func sourceLinks(l *quiz.Lesson, q *quiz.Question) app.UI {
	sec, _ := l.Section(q.Section)
	return app.Div().Class("sources").Body(
		app.P().Body(
			app.Text("Read more: "),
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
		return "See results"
	}
	return "Next question"
}

func verdict(g quiz.Grade) string {
	switch {
	case g.Correct:
		return "✓ Correct"
	case g.Score > 0:
		return fmt.Sprintf("◐ Partly right: %s of 1 point", points(g.Score))
	}
	return "✗ Not quite"
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

func (p *QuizPage) changed(ctx app.Context, r quiz.Response) {
	p.resp = r
	p.problem = ""
	if err := p.session.Save(r); err == nil {
		p.save(ctx)
	}
}

func (p *QuizPage) check(ctx app.Context) {
	_, err := p.session.Check(p.resp)
	switch {
	case errors.Is(err, quiz.ErrEmptyResponse):
		p.problem = "Give an answer before checking."
		return
	case err != nil:
		p.problem = err.Error()
		return
	}
	p.problem = ""
	p.save(ctx)
	focusLater(ctx, "next")
}

func (p *QuizPage) next(ctx app.Context, e app.Event) {
	p.session.Next()
	p.save(ctx)
	if p.session.Finished() {
		ctx.Navigate(Href("/results"))
		return
	}
	p.syncResponse()
	p.problem = ""
	p.focusQuestion(ctx)
}

func (p *QuizPage) back(ctx app.Context, e app.Event) {
	p.session.Back()
	p.save(ctx)
	p.syncResponse()
	p.problem = ""
	p.focusQuestion(ctx)
}

// focusQuestion puts focus on the new question's heading, so a screen
// reader reads it and Tab leads into its answers.
func (p *QuizPage) focusQuestion(ctx app.Context) {
	focusLater(ctx, "question-heading")
	ctx.Defer(func(ctx app.Context) { app.Window().ScrollToID("main") })
}

func (p *QuizPage) save(ctx app.Context) {
	if msg := saveSession(ctx, p.session); msg != "" {
		p.notice = msg
	}
}
