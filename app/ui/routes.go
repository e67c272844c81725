package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is one route of the app.
type Page struct {
	Path  string
	Title string // In the browser tab, with the app's name (titleFor).
	// NavLabel is the text of links to the page, where the title is too
	// long for a link; empty means the title.
	NavLabel string
	In       Menu // The navigation lists that link to the page.
	New      func() app.Composer
}

// Menu is a set of the navigation lists that every page repeats. Each list
// links its pages in the order of Pages.
type Menu uint8

const (
	// HeaderNav is the site header's main navigation (shell).
	HeaderNav Menu = 1 << iota
	// FooterNav is the footer's list of all pages (shell).
	FooterNav
	// ReadingNav is "More to read" under the reading pages (moreLinks).
	ReadingNav
)

// Label is the text of links to p.
func (p Page) Label() string {
	if p.NavLabel != "" {
		return L(p.NavLabel)
	}
	return L(p.Title)
}

// pagesIn returns the pages that menu m links to, in route-table order.
func pagesIn(m Menu) []Page {
	var in []Page
	for _, p := range Pages {
		if p.In&m != 0 {
			in = append(in, p)
		}
	}
	return in
}

// Pages is the single route table, shared by the browser app, the server's
// prerender, the static-site and precache lists, the page titles and the
// navigation lists.
var Pages = []Page{
	{Path: "/", Title: "Beyond Budapest", New: func() app.Composer { return &Home{} }},
	{Path: "/learn", Title: "Explainer", In: HeaderNav | FooterNav | ReadingNav, New: func() app.Composer { return &Explainer{} }},
	{Path: "/timeline", Title: "Timeline", In: FooterNav | ReadingNav, New: func() app.Composer { return &TimelinePage{} }},
	{Path: "/terms", Title: "Key terms", In: FooterNav | ReadingNav, New: func() app.Composer { return &TermsPage{} }},
	{Path: "/people", Title: "Who said what", In: FooterNav | ReadingNav, New: func() app.Composer { return &PeoplePage{} }},
	{Path: "/sources", Title: "Sources and facts", In: FooterNav | ReadingNav, New: func() app.Composer { return &SourcesPage{} }},
	{Path: "/quiz", Title: "Quiz", In: HeaderNav, New: func() app.Composer { return &QuizPage{} }},
	{Path: "/results", Title: "Results", In: HeaderNav, New: func() app.Composer { return &ResultsPage{} }},
	{Path: "/review", Title: "Review", New: func() app.Composer { return &QuizPage{Review: true} }},
	{Path: "/why", Title: "Why not another Budapest? In five points", NavLabel: "Why not another Budapest?", In: FooterNav, New: func() app.Composer { return &WhyPage{} }},
	{Path: "/embed", Title: "Quiz", New: func() app.Composer { return &QuizPage{Embed: true} }},
	{Path: "/embed/results", Title: "Results", New: func() app.Composer { return &ResultsPage{Embed: true} }},
	{Path: "/teachers", Title: "For teachers", In: FooterNav, New: func() app.Composer { return &TeachersPage{} }},
	{Path: "/worksheet", Title: "Worksheet", New: func() app.Composer { return &PrintPage{} }},
	{Path: "/answer-key", Title: "Answer key", New: func() app.Composer { return &PrintPage{Key: true} }},
	{Path: "/settings", Title: "Settings", In: HeaderNav, New: func() app.Composer { return &SettingsPage{} }},
	{Path: "/class", Title: "Class results", New: func() app.Composer { return &ClassPage{} }},
}

// lmsPage is what the launch address shows: the quiz, which is what a
// course links to (the explainer is a click away, in the menu and in the
// quiz's opening line), or the page named in bbpage=. Inside a package, assets/lms.js keeps every address
// the app sets at the launch page with the app's own page in bbpage=, so
// that a reload asks the LMS for a file it has; the page is routed from
// there, on a reload as on Back and Forward.
func lmsPage() app.Composer {
	// The server prerenders the launch page in English, not in the
	// language of whatever page it rendered last.
	SetLang(English)
	if app.IsClient {
		// A package's language is a setting of its launch address; once
		// the student has moved on, the page kept in bbpage= says it
		// (/uk/learn), as every address does.
		SetLang(app.Window().URL().Query().Get("lang"))
		page := app.Window().URL().Query().Get("bbpage")
		if i := strings.IndexAny(page, "?#"); i >= 0 {
			page = page[:i]
		}
		// In a Ukrainian package the app's links are /uk/learn and so on;
		// the package's lang= has chosen the language already.
		_, page = SplitLang(page)
		for _, p := range Pages {
			if p.Path == page {
				return p.New()
			}
		}
	}
	return &QuizPage{}
}

// Register declares every page with go-app. Both mains call it.
// Every page has an address in each language: /learn and /uk/learn.
func Register() {
	for _, p := range Pages {
		for _, l := range Languages {
			app.Route(LangPath(l.Code, p.Path), langRoute(l.Code, p.New))
		}
	}
	app.Route(LMSLaunch, lmsPage)
}
