package ui

import (
	"strings"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// defaultOptions shape the quiz a student starts from the home page: every
// question, grouped by explainer section. Choice order is not shuffled by
// default so that the prerendered page and the running app show the same
// question; teachers can ask for shuffling.
func defaultOptions(l *quiz.Lesson) quiz.Options {
	return quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: l.InSectionOrder()}
}

// quizPlace says which quiz a page shows and where its progress is kept.
// The home page's quiz uses progressKey; a quiz configured by a link
// (/quiz?sections=eu, an embed) keeps its own progress under a key derived
// from its settings (progressKeyFor), so it never overwrites the student's
// main quiz.
type quizPlace struct {
	Key     string
	Query   string // The link's settings, carried to the results page and back.
	Options quiz.Options
	Notices []string // Settings that were ignored, in plain words.
	Origins []string // Pages allowed to receive results (embeds only).
	LMS     *lmsLink // The LMS that keeps progress and gets results (SCORM packages only).
}

// placeFor reads the quiz settings from a URL query string.
func placeFor(l *quiz.Lesson, query string) quizPlace {
	query = strings.TrimPrefix(query, "?")
	if query == "" {
		return quizPlace{Key: progressKey, Options: defaultOptions(l)}
	}
	s, notices := quiz.ParseSettings(query)
	o, more := s.Options(l)
	return quizPlace{Key: progressKeyFor(l, o), Query: query, Options: o, Notices: noticeTexts(append(notices, more...)), Origins: s.Origins}
}

// placeFromURL is placeFor with the page's own query string (none on the
// server, which prerenders the default quiz).
// In a SCORM package played by an LMS, the quiz is the one the package was
// launched with, whatever the page's URL.
func placeFromURL(l *quiz.Lesson) quizPlace {
	if app.IsServer {
		return placeFor(l, "")
	}
	if m := currentLMS(); m != nil {
		return lmsPlace(l, m)
	}
	if bridge := app.Window().Get("bbLMS"); bridge.Truthy() {
		// A SCORM package with no LMS: its settings, not the address,
		// which holds the app's page too (lmsPage).
		return placeFor(l, strings.TrimPrefix(bridge.Get("query").String(), "?"))
	}
	return placeFor(l, app.Window().URL().RawQuery)
}

// mainPlace is the student's main quiz, the one the home page continues.
func mainPlace(l *quiz.Lesson) quizPlace {
	if m := currentLMS(); m != nil {
		return lmsPlace(l, m)
	}
	return placeFor(l, "")
}

// href returns path with the place's settings, so the quiz and its results
// stay the same quiz.
func (p quizPlace) href(path string) string {
	if p.Query == "" {
		return Href(path)
	}
	return Href(path) + "?" + p.Query
}

// activity is the xAPI activity for the place's quiz: this app's quiz page
// with the quiz's own settings (where results go is left out).
func (p quizPlace) activity() report.Quiz {
	id := appOrigin() + "/quiz"
	if q := quiz.Identity(p.Query); q != "" {
		id += "?" + q
	}
	return report.Quiz{ID: id, Name: "Beyond Budapest quiz"}
}
