package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the frame every page shares: a skip link, the site header with
// navigation, a notice area, the page's main content and the footer.
// current is the path of the page, marked with aria-current in the nav.
func shell(current string, notice *Notice, content ...app.UI) app.UI {
	header, footer := pagesIn(HeaderNav), pagesIn(FooterNav)
	return app.Div().Class("page").Body(
		app.A().Class("skip-link").Href("#main").Text(L("Skip to content")),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Href("/")).Text("Beyond Budapest"),
			app.Nav().Aria("label", L("Main")).Body(
				app.Ul().Body(app.Range(header).Slice(func(i int) app.UI {
					return app.Li().Body(navLink(header[i], current))
				})),
			),
			&LangSwitch{},
		),
		&UpdateNotice{},
		&pageTitle{},
		notice,
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("site-footer").Body(
			app.Nav().Aria("label", L("All pages")).Body(app.Ul().Class("footer-links").Body(
				app.Range(footer).Slice(func(i int) app.UI {
					return app.Li().Body(app.A().Href(Href(footer[i].Path)).Text(footer[i].Label()))
				}),
			)),
			app.P().Text(L("Built from a CNN report on the Istanbul peace talks of March 2022, retold in our own words. Background beyond the report is marked as such.")),
			app.If(app.IsClient, func() app.UI {
				// In words: a bare "Version 3f2a…" told a reader nothing.
				return app.P().Class("version").Body(
					app.Text(L("You are using release ")), app.Span().ID("app-version").Text(app.Getenv("GOAPP_VERSION")),
					app.Text(L(" of this app. It updates itself when you are online; quote this code when you report a problem.")))
			}),
		),
		// A client-only marker: it exists exactly when the Go program has
		// mounted and event handlers are attached. Browser tests wait for it.
		app.If(app.IsClient, func() app.UI {
			return app.Span().ID("app-ready").Hidden(true)
		}),
	)
}

// navLink links to page p, marked as the current page when it is the one
// at path current.
func navLink(p Page, current string) app.UI {
	a := app.A().Href(Href(p.Path)).Text(p.Label())
	if p.Path == current {
		a = a.Aria("current", "page")
	}
	return a
}

// embedShell is the frame of the embed view (/embed), made for an iframe
// in a course page: no site header, navigation or footer, just the quiz,
// the notices and a link that opens the full app in a new tab.
func embedShell(notice *Notice, content ...app.UI) app.UI {
	return app.Div().Class("page embed").Body(
		&UpdateNotice{},
		&pageTitle{},
		notice,
		app.Main().ID("main").TabIndex(-1).Body(content...),
		// A footer, not a bare paragraph: all content sits in a landmark,
		// so screen-reader users who move by landmarks reach the link.
		app.Footer().Class("embed-footer").Body(
			app.P().Body(
				app.A().Href(Href("/")).Target("_blank").Rel("noopener").Text(L("Open the full app: explainer, timeline and more (new tab)")),
			),
			&LangSwitch{},
		),
		app.If(app.IsClient, func() app.UI {
			return app.Span().ID("app-ready").Hidden(true)
		}),
	)
}
