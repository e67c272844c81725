package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is one route of the app.
type Page struct {
	Path  string
	Title string
	New   func() app.Composer
}

// Pages is the single route table, shared by the browser app, the server's
// prerender and (later) the static-site and precache lists.
var Pages = []Page{
	{"/", "Beyond Budapest", func() app.Composer { return &Home{} }},
	{"/learn", "Explainer", func() app.Composer { return &Explainer{} }},
	{"/timeline", "Timeline", func() app.Composer { return &TimelinePage{} }},
	{"/terms", "Key terms", func() app.Composer { return &TermsPage{} }},
	{"/people", "Who said what", func() app.Composer { return &PeoplePage{} }},
	{"/sources", "Sources and facts", func() app.Composer { return &SourcesPage{} }},
	{"/quiz", "Quiz", func() app.Composer { return &QuizPage{} }},
	{"/results", "Results", func() app.Composer { return &ResultsPage{} }},
	{"/review", "Review", func() app.Composer { return &QuizPage{Review: true} }},
	{"/why", "Why not another Budapest? In five points", func() app.Composer { return &WhyPage{} }},
	{"/embed", "Quiz", func() app.Composer { return &QuizPage{Embed: true} }},
	{"/embed/results", "Results", func() app.Composer { return &ResultsPage{Embed: true} }},
	{"/teachers", "For teachers", func() app.Composer { return &TeachersPage{} }},
	{"/worksheet", "Worksheet", func() app.Composer { return &PrintPage{} }},
	{"/answer-key", "Answer key", func() app.Composer { return &PrintPage{Key: true} }},
	{"/settings", "Settings", func() app.Composer { return &SettingsPage{} }},
	{"/class", "Class results", func() app.Composer { return &ClassPage{} }},
}

// LMSLaunch is the page an LMS opens from a SCORM package (make scorm),
// under the file name the package's manifest gives. It is routed like any
// page, because the app routes by path and an LMS serves the package from
// a path of its own choosing.
const LMSLaunch = "/index_lms.html"

// lmsPage is what the launch address shows: the quiz, which is what a
// course links to (the explainer is a click away, in the menu and in the
// quiz's opening line), or the page named in bbpage=. Inside a package, assets/lms.js keeps every address
// the app sets at the launch page with the app's own page in bbpage=, so
// that a reload asks the LMS for a file it has; the page is routed from
// there, on a reload as on Back and Forward.
func lmsPage() app.Composer {
	if app.IsClient {
		page := app.Window().URL().Query().Get("bbpage")
		if i := strings.IndexAny(page, "?#"); i >= 0 {
			page = page[:i]
		}
		for _, p := range Pages {
			if p.Path == page {
				return p.New()
			}
		}
	}
	return &QuizPage{}
}

// Register declares every page with go-app. Both mains call it.
func Register() {
	for _, p := range Pages {
		app.Route(p.Path, p.New)
	}
	app.Route(LMSLaunch, lmsPage)
}
