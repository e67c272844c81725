package ui

import (
	"time"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Home introduces the lesson and offers the two ways in: read first, or
// go straight to the quiz (continuing a started one).
type Home struct {
	app.Compo

	lesson  *quiz.Lesson
	session *quiz.Session
	notice  string
	due     int  // Questions due in the review queue.
	lms     bool // Running from a SCORM package inside a course.
	err     error
}

// OnInit loads the lesson and any saved session. Local storage is
// in-memory and empty on the server, so the prerender shows a fresh start.
func (h *Home) OnInit() {
	h.lesson, h.err = Lesson()
}

// OnMount reads saved progress, which only exists in the browser.
func (h *Home) OnMount(ctx app.Context) {
	if h.err == nil {
		place := mainPlace(h.lesson)
		h.lms = place.LMS != nil
		h.session, h.notice = loadSession(ctx, h.lesson, place)
		rq := loadReview(ctx, h.lesson)
		h.due = h.dueOutsideRetry(rq.Due(h.lesson, time.Now()))
	}
}

// dueOutsideRetry counts the review questions due that a retry under way
// does not already ask again: the same missed questions must not show up
// twice on the home page, under two buttons with two counts.
func (h *Home) dueOutsideRetry(due []string) int {
	s := h.session
	if s == nil || s.Round() == 1 || s.Finished() {
		return len(due)
	}
	inRetry := map[string]bool{}
	for _, id := range s.Progress().Round {
		inRetry[id] = true
	}
	n := 0
	for _, id := range due {
		if !inRetry[id] {
			n++
		}
	}
	return n
}

// Render shows the introduction and the calls to action.
func (h *Home) Render() app.UI {
	if h.err != nil {
		return lessonError(h.err)
	}
	return shell("/", &Notice{Text: h.notice},
		app.H1().Text(L("Beyond Budapest")),
		app.P().Class("lead").Text(L("In 1994 Ukraine gave up its nuclear weapons in return for promises from Russia, the United States and the United Kingdom. Background: the memorandum's English text calls them security assurances: promises to respect Ukraine's borders, not a duty to defend it. In 2022, at peace talks in Istanbul, it asked for more: guarantees in ratified treaties. This short explainer and quiz show why, and why the West hesitates.")),
		app.Div().Class("actions").Body(
			app.A().Class("button").Href(Href("/learn")).Text(L("Start reading")),
			h.quizLink(),
			app.If(h.due > 0, func() app.UI {
				return app.A().Class("button secondary").ID("review-link").Href(Href("/review")).Text(Lf("Review (%d due)", h.due))
			}),
			app.A().Class("button secondary").Href(Href("/why")).Text(L("Why not another Budapest? In five points")),
		),
		app.H2().Text(L("What you will learn")),
		app.Ul().Class("section-list").Body(
			app.Range(h.lesson.Sections).Slice(func(i int) app.UI {
				s := h.lesson.Sections[i]
				return app.Li().Body(
					app.A().Href(Href("/learn#"+s.ID)).Text(s.Title),
					app.Text(": "+s.Takeaway),
				)
			}),
		),
		app.P().Body(withLinks(L("Also: a %s, the %s, %s and the %s."),
			app.A().Href(Href("/timeline")).Text(L("timeline")),
			app.A().Href(Href("/terms")).Text(L("key terms")),
			app.A().Href(Href("/people")).Text(L("who said what")),
			app.A().Href(Href("/sources")).Text(L("sources")),
		)...),
		app.P().ID("quiz-about").Text(Lf("The quiz has %s, in the order of the explainer (about %s). You get feedback after each answer, with a link back to the part of the explainer that covers it. %s",
			plural(h.questions(), "question", "questions"), plural((h.questions()+2)/3, "minute", "minutes"), h.kept())),
	)
}

// questions is how many questions the student's quiz has: all of them,
// unless a course (a SCORM package's settings) chose fewer.
func (h *Home) questions() int {
	if h.session != nil {
		return len(h.session.Progress().Questions)
	}
	return len(h.lesson.Questions)
}

// kept says where progress goes, which differs inside a course.
func (h *Home) kept() string {
	if h.lms {
		return L("Your answers and score are recorded in your course, so you can leave and carry on later.")
	}
	return L("Your progress is kept on this device.")
}

// quizLink offers to start, continue or review the quiz depending on the
// saved session.
func (h *Home) quizLink() app.UI {
	label := L("Start the quiz")
	path := "/quiz"
	if s := h.session; s != nil {
		switch {
		case s.Finished():
			label, path = L("See your results"), "/results"
		case s.Round() > 1:
			n, total := s.Position()
			label = Lf("Continue the retry (question %d of %d)", n, total)
		case s.Answered() > 0:
			n, total := s.Position()
			label = Lf("Continue the quiz (question %d of %d)", n, total)
		}
	}
	return app.A().Class("button secondary").ID("quiz-link").Href(Href(path)).Text(label)
}

// lessonError replaces a page when the bundled lesson failed to load.
func lessonError(err error) app.UI {
	return shell("", &Notice{},
		app.H1().Text(L("The lesson could not be loaded")),
		app.P().Text(L("This copy of the app was built from lesson files with problems. Please tell whoever hosts it:")),
		app.P().Class("error-detail").Text(err.Error()),
	)
}
