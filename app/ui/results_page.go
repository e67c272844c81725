package ui

import (
	"net/url"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ResultsPage shows the score, pass or fail when a pass mark is set, and
// every mistake with its explanation; it offers to retry the missed
// questions or to start over.
type ResultsPage struct {
	app.Compo

	Embed bool // The embed view's results (/embed/results).

	lesson  *quiz.Lesson
	err     error
	place   quizPlace
	session *quiz.Session
	notice  string
	copied  bool
	student string // The device's pseudonymous id, for the result file.
	seconds int    // Time on the quiz so far, for the result file; 0 when unknown.
	name    string // Typed for the result file only: never stored or sent.
	confirm bool   // "Start over" was pressed once: ask before clearing.
	// graded is the first attempt's result as reported to the course
	// page, shown after a retry; nil when nothing was reported.
	graded *quiz.Results
}

// OnInit loads the lesson; the prerender shows an empty session.
func (r *ResultsPage) OnInit() {
	r.lesson, r.err = Lesson()
	if r.err == nil {
		r.place = placeFor(r.lesson, "")
		r.session, _ = quiz.New(r.lesson, r.place.Options)
	}
}

// OnMount restores the student's session, for the quiz the URL names.
func (r *ResultsPage) OnMount(ctx app.Context) {
	if r.err == nil {
		r.place = placeFromURL(r.lesson)
		r.session, r.notice = loadSession(ctx, r.lesson, r.place)
		r.student = actor(ctx).Account.Name
		r.seconds = secondsOnQuiz(ctx, r.place)
		if len(r.place.Origins) > 0 && r.session.Round() > 1 {
			r.graded = gradedFor(ctx, r.place)
		}
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
	var soFar float64
	inRound := map[string]bool{}
	for _, id := range r.session.Progress().Round {
		inRound[id] = true
	}
	retrying := r.session.Round() > 1 && !r.session.Finished()
	for _, it := range res.Items {
		if it.Answered {
			answered++
			soFar += it.Grade.Score
		}
		// Before the end, unanswered questions are not mistakes yet,
		// except those a retry round is still to ask again.
		if it.Missed() && (it.Answered || r.session.Finished() || retrying && inRound[it.Question.ID]) {
			missed = append(missed, it)
		}
	}
	frame := func(content ...app.UI) app.UI {
		if r.Embed {
			return embedShell(&Notice{Text: r.notice}, content...)
		}
		return shell("/results", &Notice{Text: r.notice}, content...)
	}
	return frame(
		app.H1().ID("results-heading").TabIndex(-1).Text(L("Your results")),
		app.If(!r.session.Finished(), func() app.UI {
			return app.P().Class("unfinished").Body(
				app.Text(Lf("You have answered %d of %d questions so far. ", answered, res.Max)),
				app.A().Href(r.place.href(r.quizPath())).Text(L("Continue the quiz")),
			)
		}),
		app.P().ID("score").Class("score").Body(
			app.If(r.session.Finished() || answered == 0, func() app.UI {
				return app.Span().Class("score-value").Text(Lf("%s of %d points (%d%%)", points(res.Score), res.Max, res.Percent()))
			}).Else(func() app.UI {
				// Mid-quiz, the score is over the questions answered so
				// far: 3 of 3 is a good start, not "3 of 54 (6%)".
				return app.Span().Class("score-value").Text(Lf("So far: %s of %d points on the %s answered (%d%%)",
					points(soFar), answered, plural(answered, "question", "questions"), int(soFar/float64(answered)*100+0.5)))
			}),
			app.Span().Class("score-hidden-text").Text(L("Here is what to look at again.")),
		),
		app.If(r.graded != nil, func() app.UI {
			g := r.graded
			// One whole sentence for each outcome, so that a translation
			// can say "passed" where its language puts it.
			format := L("Your teacher sees your first attempt: %s of %d points (%d%%). The retry is practice.")
			switch {
			case g.HasPassMark() && g.Passed():
				format = L("Your teacher sees your first attempt: %s of %d points (%d%%), passed. The retry is practice.")
			case g.HasPassMark():
				format = L("Your teacher sees your first attempt: %s of %d points (%d%%), not passed. The retry is practice.")
			}
			return app.P().ID("graded-score").Class("graded").Textf(format, points(g.Score), g.Max, g.Percent())
		}),
		app.If(res.HasPassMark(), func() app.UI {
			if res.Passed() && r.graded != nil {
				return app.P().ID("pass-status").Class("pass").Text(Lf("✓ With the retry you reach the pass mark of %d%%.", res.PassMark))
			}
			if res.Passed() {
				return app.P().ID("pass-status").Class("pass").Text(Lf("✓ Passed: the pass mark is %d%%.", res.PassMark))
			}
			return app.P().ID("pass-status").Class("fail").Text(Lf("✗ Not passed yet: the pass mark is %d%%.", res.PassMark))
		}),
		app.If(r.place.LMS != nil && !r.place.LMS.review && r.session.Finished(), func() app.UI {
			// The quiz page only comes here once the LMS took the score.
			return app.P().ID("lms-recorded").Text(L("Your score is recorded in your course."))
		}),
		r.actions(missed),
		app.If(r.session.Finished(), func() app.UI { return r.share(res, missed) }),
		app.If(r.session.Finished(), func() app.UI { return r.download(res) }),
		app.If(len(missed) > 0, func() app.UI {
			return app.Section().Class("mistakes").Aria("labelledby", "mistakes-title").Body(
				app.H2().ID("mistakes-title").Text(L("Questions to look at again")),
				app.Ol().ID("mistakes").Body(app.Range(missed).Slice(func(i int) app.UI {
					return r.mistake(missed[i])
				})),
			)
		}).ElseIf(answered > 0 && !retrying, func() app.UI {
			return app.P().Class("all-right").Text(L("Every answer so far is right. Well done!"))
		}),
	)
}

func (r *ResultsPage) mistake(it quiz.Item) app.UI {
	q := it.Question
	yours := L("(not answered)")
	if it.Answered {
		yours = describeResponse(q, it.Answer.Response)
	}
	return app.Li().Class("mistake").ID("mistake-"+q.ID).Body(
		app.H3().Text(q.Prompt),
		answerBlock(q, L("Your answer: "), it.Answer.Response.Order, yours),
		app.If(it.Grade.Score > 0, func() app.UI {
			return app.P().Class("score-value").Text(Lf("(%s of 1 point)", points(it.Grade.Score)))
		}),
		answerBlock(q, L("The answer: "), correctOrder(q), describeCorrect(q)),
		app.If(!r.session.Options().HideExplanations, func() app.UI {
			return app.P().Class("explanation").Text(q.Explanation)
		}),
		sourceLinks(r.lesson, q),
	)
}

func (r *ResultsPage) retryMissed(ctx app.Context, e app.Event) {
	if err := r.session.RetryMissed(); err != nil {
		r.notice = err.Error()
		return
	}
	if msg := saveSession(ctx, r.place, r.session); msg != "" {
		r.notice = msg
	}
	ctx.Navigate(r.place.href(r.quizPath()))
}

// quizPath is the quiz these results belong to.
func (r *ResultsPage) quizPath() string {
	if r.Embed {
		return "/embed"
	}
	return "/quiz"
}

// download offers the results as a file, JSON or CSV, for classes without
// a learning platform. The files are made in the page: nothing is sent. A
// name or class code typed here goes into the file and nowhere else.
func (r *ResultsPage) download(res quiz.Results) app.UI {
	f := report.NewFile(r.lesson, quiz.Identity(r.place.Query), res, describeResponse, time.Now())
	f.Student, f.Seconds, f.Name = r.student, r.seconds, strings.TrimSpace(r.name)
	dataURL := func(mime string, b []byte) string {
		return "data:" + mime + ";charset=utf-8," + url.PathEscape(string(b))
	}
	return app.Section().Class("download").Aria("labelledby", "download-title").Body(
		app.H2().ID("download-title").Text(L("Keep a copy")),
		app.P().Text(L("Download your answers and score to hand in or keep. Without a name, the file shows only a random id made on this device.")),
		app.Div().Class("field").Body(
			app.Label().For("result-name").Text(L("Your name or class code (optional, only if your teacher asks; it goes into the file and nowhere else)")),
			untilApp(app.Input()).Type("text").ID("result-name").MaxLength(80).Attr("autocomplete", "off").Value(r.name).
				OnInput(func(ctx app.Context, e app.Event) { r.name = ctx.JSSrc().Get("value").String() }),
		),
		app.P().Class("actions").Body(
			app.A().Class("button secondary").ID("download-json").Href(dataURL("application/json", f.JSON())).
				Attr("download", "beyond-budapest-result.json").Text(L("Download (JSON)")),
			app.A().Class("button secondary").ID("download-csv").Href(dataURL("text/csv", f.CSV())).
				Attr("download", "beyond-budapest-result.csv").Text(L("Download (CSV, for spreadsheets)")),
		),
	)
}

func (r *ResultsPage) startOver(ctx app.Context, e app.Event) {
	r.confirm = false
	r.session = r.session.StartOver(uint64(time.Now().UnixNano()))
	if msg := saveSession(ctx, r.place, r.session); msg != "" {
		r.notice = msg
	}
	ctx.Navigate(r.place.href(r.quizPath()))
}

// shareText is a short summary a student can paste to a teacher or a
// classmate: the score and the sections to revisit, nothing personal.
func shareText(l *quiz.Lesson, res quiz.Results, missed []quiz.Item, hideScores bool) string {
	var b strings.Builder
	if hideScores {
		b.WriteString(L("Beyond Budapest quiz: finished."))
	} else {
		b.WriteString(Lf("Beyond Budapest quiz: %s of %d points (%d%%).", points(res.Score), res.Max, res.Percent()))
	}
	var sections []string
	seen := map[string]bool{}
	for _, it := range missed {
		if s, ok := l.Section(it.Question.Section); ok && !seen[s.ID] {
			seen[s.ID] = true
			sections = append(sections, s.Title)
		}
	}
	if len(sections) == 0 {
		b.WriteString(" " + L("Nothing to revisit."))
	} else {
		b.WriteString(" " + Lf("To revisit: %s.", strings.Join(sections, "; ")))
	}
	return b.String()
}

// share offers the summary as text to copy.
func (r *ResultsPage) share(res quiz.Results, missed []quiz.Item) app.UI {
	hide := app.IsClient && app.Window().Get("document").Get("documentElement").Call("getAttribute", "data-scores").String() == "hidden"
	text := shareText(r.lesson, res, missed, hide)
	return app.Section().Class("share").Aria("labelledby", "share-title").Body(
		app.H2().ID("share-title").Text(L("Share your result")),
		app.P().Text(L("A short summary with no name or other personal data, to paste into a message or your learning platform.")),
		app.Label().For("share-text").Class("visually-hidden").Text(L("Summary to copy")),
		app.Textarea().ID("share-text").ReadOnly(true).Rows(3).Body(app.Text(text)),
		untilApp(app.Button()).Type("button").ID("copy-share").Class("button secondary").
			Text(map[bool]string{true: L("Copied"), false: L("Copy")}[r.copied]).
			OnClick(func(ctx app.Context, e app.Event) {
				if cb := app.Window().Get("navigator").Get("clipboard"); cb.Truthy() {
					cb.Call("writeText", text)
				}
				r.copied = true
			}),
	)
}
