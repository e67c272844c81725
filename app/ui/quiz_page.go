package ui

import (
	"errors"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuizPage asks one question at a time: Check marks it (or just saves it
// when feedback is deferred to the end), Next moves on. Every change is
// saved, so a reload resumes mid-question. With Review set it works
// through the questions due in the review queue instead.
type QuizPage struct {
	app.Compo

	Review bool // The review round (/review) rather than the quiz.
	Embed  bool // The embed view (/embed): no site chrome; results go to the host page.

	lesson  *quiz.Lesson
	err     error
	place   quizPlace
	session *quiz.Session
	resp    quiz.Response // The current question's inputs.
	notice  string
	problem string       // Why Check was refused, shown next to the button.
	nothing bool         // Review: no question is due.
	loading bool         // Review: the queue is read on mount, in the browser.
	early   *earlyAnswer // An answer given before the app started, until OnMount takes it over.
	shownAt time.Time    // When the current question appeared, for xAPI durations.
	started time.Time    // When this visit to the quiz began.
}

// OnInit starts from a fresh session so that the prerendered page and the
// app's first frame show the same first question.
func (p *QuizPage) OnInit() {
	p.lesson, p.err = Lesson()
	if p.err != nil {
		return
	}
	p.place = placeFor(p.lesson, "")
	p.session, _ = quiz.New(p.lesson, p.place.Options)
	p.syncResponse()
	p.loading = p.Review
	if !p.Review {
		// The first frame shows what the student already did with the
		// prerendered question, so nothing flashes back to empty.
		if p.early = takeEarlyAnswer(); p.early != nil && p.early.fits(p.session) {
			p.resp = p.early.response(p.session.Current())
		}
	}
}

// OnMount restores saved progress, which only exists in the browser, for
// the quiz the URL asks for.
func (p *QuizPage) OnMount(ctx app.Context) {
	if p.err != nil {
		return
	}
	if p.Review {
		p.loading = false
		p.startReview(ctx)
		return
	}
	p.place = placeFromURL(p.lesson)
	p.started = time.Now()
	p.session, p.notice = loadSession(ctx, p.lesson, p.place)
	if len(p.place.Notices) > 0 {
		p.notice = strings.TrimSpace(strings.Join(p.place.Notices, " ") + " " + p.notice)
	}
	p.syncResponse()
	p.adoptEarly(ctx)
}

// startReview resumes the review round under way, or starts one with the
// questions due now.
func (p *QuizPage) startReview(ctx app.Context) {
	p.place = quizPlace{Key: reviewSessionKey}
	if saved, found, err := readProgress(ctx, reviewSessionKey); err == nil && found && !saved.Progress.Finished {
		if s, _, err := quiz.Resume(p.lesson, saved.Progress); err == nil {
			p.session = s
			p.syncResponse()
			return
		}
	}
	rq := loadReview(ctx, p.lesson)
	due := rq.Due(p.lesson, time.Now())
	if len(due) == 0 {
		p.nothing = true
		return
	}
	p.session, _ = quiz.New(p.lesson, quiz.Options{Questions: due, Seed: uint64(time.Now().UnixNano()), Feedback: quiz.FeedbackNow})
	p.save(ctx)
	p.syncResponse()
}

func (p *QuizPage) syncResponse() {
	if q := p.session.Current(); q != nil {
		p.resp = p.session.Response(q.ID)
	}
	p.shownAt = time.Now()
}

// frame wraps the page in the site shell, or the bare embed frame.
func (p *QuizPage) frame(current string, content ...app.UI) app.UI {
	if p.Embed {
		return embedShell(&Notice{Text: p.notice}, content...)
	}
	return shell(current, &Notice{Text: p.notice}, content...)
}

// courseIntro opens a quiz launched from a course (a SCORM package, which
// starts on the quiz) before its first answer: how long it is, where the
// score goes, and the explainer a click away for a student new to the
// topic. Elsewhere the start page says this.
func (p *QuizPage) courseIntro(total int) app.UI {
	if p.place.LMS == nil || p.place.LMS.review || p.Review || p.session.Answered() > 0 {
		return nil
	}
	return app.P().ID("lms-intro").Body(
		app.Text(Lf("This quiz has %s (about %s); your answers and score are recorded in your course. New to the topic? Read the ",
			plural(total, "question", "questions"), plural((total+2)/3, "minute", "minutes"))),
		app.A().Href(Href("/learn")).Text(L("explainer")),
		app.Text(L(" first: the feedback on each answer links back to it.")),
	)
}

// resultsPath is where the quiz goes when finished.
func (p *QuizPage) resultsPath() string {
	if p.Embed {
		return "/embed/results"
	}
	return "/results"
}

// Render shows the current question, its feedback and the navigation, or
// the screen that stands in for them: review loading, nothing to review,
// review done, round done.
func (p *QuizPage) Render() app.UI {
	if p.err != nil {
		return lessonError(p.err)
	}
	current := "/quiz"
	if p.Review {
		current = "/review"
	}
	switch {
	case p.loading:
		return p.frame(current, reviewLoading()...)
	case p.nothing:
		return p.frame(current, nothingToReview()...)
	}
	q := p.session.Current()
	switch {
	case q == nil && p.Review:
		return p.frame(current, p.reviewDone()...)
	case q == nil:
		return p.frame(current, p.roundDone()...)
	}
	return p.frame(current, p.questionScreen(q)...)
}

// reviewLoading stands in while the review queue is read from the device.
func reviewLoading() []app.UI {
	return []app.UI{
		app.H1().ID("question-heading").TabIndex(-1).Text(L("Review")),
		app.P().Text(L("Looking for questions to review on this device…")),
	}
}

// nothingToReview says when missed questions come back, and points to the quiz.
func nothingToReview() []app.UI {
	return []app.UI{
		app.H1().ID("question-heading").TabIndex(-1).Text(L("Nothing to review right now")),
		app.P().Text(L("Questions you miss come back here on later visits: a missed one straight away, one you then got right a day later, and so on.")),
		app.P().Class("actions").Body(app.A().Class("button").Href(Href("/quiz")).Text(L("Go to the quiz"))),
	}
}

// reviewDone sums up a finished review round.
func (p *QuizPage) reviewDone() []app.UI {
	res := p.session.Results()
	return []app.UI{
		app.H1().ID("question-heading").TabIndex(-1).Text(L("Review done")),
		app.P().ID("review-summary").Text(Lf("You reviewed %s: %d right. Those you missed come back on your next visit; those you got right come back later, further apart each time.",
			plural(res.Max, "question", "questions"), res.Max-len(res.Missed()))),
		app.P().Class("actions").Body(app.A().Class("button").Href(Href("/")).Text(L("Back to the start"))),
	}
}

// roundDone leads to the results once every question of the round is
// answered, with a way back to the last question.
func (p *QuizPage) roundDone() []app.UI {
	return []app.UI{
		app.H1().ID("question-heading").TabIndex(-1).Text(L("You have answered every question")),
		app.P().Class("actions").Body(
			app.A().Class("button").ID("see-results").Href(p.place.href(p.resultsPath())).Text(L("See your results")),
			app.Button().Type("button").Class("button secondary").Text(L("Look at the last question again")).
				OnClick(p.back),
		),
	}
}

// questionScreen is question q with its progress, form, feedback and navigation.
func (p *QuizPage) questionScreen(q *quiz.Question) []app.UI {
	n, total := p.session.Position()
	answer, _ := p.session.Answer(q.ID)
	checked := answer.Checked
	return []app.UI{
		noscriptNote(L("The quiz needs JavaScript, which is turned off in this browser.")),
		app.Div().Class("quiz-head").Body(
			app.H1().ID("question-heading").TabIndex(-1).Text(p.questionHeading(n, total)),
			app.Progress().ID("quiz-progress").Max(total).Value(p.session.Answered()).
				Aria("label", Lf("%d of %d questions answered", p.session.Answered(), total)),
		),
		p.courseIntro(total),
		p.questionForm(q, checked),
		// The region exists before anything is checked, so that screen
		// readers announce the feedback when it appears.
		app.Div().ID("feedback").Class("feedback-region").Role("status").Aria("live", "polite").Body(
			app.If(checked, func() app.UI { return p.feedback(q, answer) }).
				ElseIf(p.early != nil && p.early.Checked, func() app.UI { return app.P().Class("early-status").Text(earlyWaiting()) }),
		),
		p.quizNav(n, total, checked),
	}
}

// questionHeading numbers the question, saying whether this is a review or a retry.
func (p *QuizPage) questionHeading(n, total int) string {
	switch {
	case p.Review:
		return Lf("Review: question %d of %d", n, total)
	case p.session.Round() > 1:
		return Lf("Retry: question %d of %d", n, total)
	}
	return Lf("Question %d of %d", n, total)
}

// questionForm holds the question card, a problem with the last check, and
// the Check (or Save answer) button until the question is checked.
func (p *QuizPage) questionForm(q *quiz.Question, checked bool) app.UI {
	return p.earlyForm(app.Form().ID("question-form").Class("question-form")).
		OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			p.check(ctx)
		}).
		Body(
			&QuestionCard{
				Question: q,
				Terms:    p.lesson.Terms,
				Layout:   p.session.Layout(q.ID),
				Response: p.resp,
				Locked:   checked,
				Reveal:   checked && p.session.FeedbackNow(),
				OnChange: p.changed,
			},
			app.If(p.problem != "", func() app.UI {
				return app.P().ID("check-problem").Class("problem").Role("alert").Text(p.problem)
			}),
			app.If(!checked, func() app.UI {
				return untilApp(app.Button()).Type("submit").ID("check").Class("button").
					Text(map[bool]string{true: L("Check"), false: L("Save answer")}[p.session.FeedbackNow()])
			}),
		)
}

// quizNav is the Back and Next buttons under question n of total.
//
// Both buttons are always rendered, disabled when they do not
// apply: go-app drops a ctx.Defer whose source element was removed
// (pkg/app/context.go, Defer checks Mounted), so the focus move
// after Next would be lost if Next vanished with the new question.
func (p *QuizPage) quizNav(n, total int, checked bool) app.UI {
	return app.Div().Class("quiz-nav").Body(
		flag(app.Button(), "disabled", n <= 1 || app.IsServer).Type("button").ID("back").Class("button secondary").Text(L("Back")).
			OnClick(p.back),
		flag(app.Button(), "disabled", !checked || app.IsServer).Type("button").ID("next").Class("button").Text(nextLabel(n, total)).
			OnClick(p.next),
	)
}

func (p *QuizPage) changed(ctx app.Context, r quiz.Response) {
	p.resp = r
	p.problem = ""
	if err := p.session.Save(r); err == nil {
		p.save(ctx)
	}
}

func (p *QuizPage) check(ctx app.Context) {
	q := p.session.Current()
	if _, moved := p.session.Answer(q.ID); q.Kind == quiz.Order && !moved && p.problem != untouchedOrder() {
		// The items start shuffled, so Check on an untouched list would
		// mark an order the student never chose. Ask first; a second
		// Check keeps the order as it is.
		p.problem = untouchedOrder()
		return
	}
	g, err := p.session.Check(p.resp)
	switch {
	case errors.Is(err, quiz.ErrEmptyResponse):
		p.problem = L("Give an answer before checking.")
		return
	case err != nil:
		p.problem = err.Error()
		return
	}
	p.problem = ""
	p.save(ctx)
	if p.place.LMS != nil {
		// The review queue lives in the browser, which an LMS's students
		// may share; the LMS gets the answer instead.
		a, _ := p.session.Answer(q.ID)
		if msg := p.place.LMS.answered(q, a, time.Since(p.shownAt)); msg != "" {
			p.notice = msg
		}
	} else {
		recordReview(ctx, p.lesson, q, g.Correct)
	}
	if len(p.place.Origins) > 0 {
		a, _ := p.session.Answer(q.ID)
		postStatements(p.place.Origins, report.Answered(actor(ctx), p.reported(ctx), q, a, time.Since(p.shownAt), time.Now()))
	}
	revealVerdict(ctx)
}

func (p *QuizPage) next(ctx app.Context, e app.Event) {
	p.session.Next()
	p.save(ctx)
	if p.session.Finished() {
		if p.Review {
			focusLater(ctx, "question-heading")
			return
		}
		// An LMS gets each round's score: it runs attempts of its own,
		// and a retry round exists only where the teacher allowed
		// retries (README, "Attempts").
		if p.place.LMS != nil {
			if msg := p.place.LMS.finished(p.session.Results()); msg != "" {
				p.notice = msg
				return // stay, so the student sees that the score was not recorded
			}
		}
		if len(p.place.Origins) > 0 {
			z := p.reported(ctx)
			postStatements(p.place.Origins, report.Finished(actor(ctx), z, p.session.Results(), time.Since(p.started), time.Now())...)
			if !z.Attempt.Retry() {
				recordGraded(ctx, p.place, p.session.Results())
			}
		}
		ctx.Navigate(p.place.href(p.resultsPath()))
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

// untouchedOrder asks for an answer when Check is pressed on an order
// question whose items were not moved.
func untouchedOrder() string {
	return L("You have not moved any item yet. Put them in order with the arrows, or press Check again if this order is your answer.")
}

// reported is the quiz as its statements name it, with the attempt.
func (p *QuizPage) reported(ctx app.Context) report.Quiz {
	z := p.place.activity()
	z.Attempt = currentAttempt(ctx, p.place, p.session)
	z.Languages = bundledLanguages()
	return z
}

func (p *QuizPage) save(ctx app.Context) {
	if msg := saveSession(ctx, p.place, p.session); msg != "" {
		p.notice = msg
	}
}
