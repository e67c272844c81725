package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pageTitle gives each page its own title ("Explainer · Beyond Budapest"),
// in the server's first response and after every in-app navigation, so
// that tabs, history and screen readers tell pages apart (WCAG 2.4.2).
// go-app would otherwise keep the handler's one title on every page.
type pageTitle struct{ app.Compo }

func (t *pageTitle) OnPreRender(ctx app.Context) { t.set(ctx) }
func (t *pageTitle) OnMount(ctx app.Context)     { t.set(ctx) }
func (t *pageTitle) OnNav(ctx app.Context) {
	t.set(ctx)
	startAtTop(ctx)
}

func (t *pageTitle) set(ctx app.Context) {
	u := ctx.Page().URL()
	path := u.Path
	if app.IsClient {
		path = strings.TrimPrefix(path, strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	}
	if page := u.Query().Get("bbpage"); path == LMSLaunch && page != "" {
		// A SCORM package keeps the app's page there (lmsPage).
		path, _, _ = strings.Cut(page, "?")
	}
	_, path = SplitLang(path)
	ctx.Page().SetTitle("%s", titleFor(path))
	ctx.Page().SetLang(lang)
	mounted = mounted || app.IsClient
}

// titleFor is the title of the page at path: its entry in Pages followed
// by the app's name; the start page has the app's full title, and the LMS
// launch page that of the quiz it shows.
func titleFor(path string) string {
	if path == LMSLaunch {
		path = "/quiz"
	}
	if path == "" || path == "/" {
		return L(SiteTitle)
	}
	for _, p := range Pages {
		if p.Path == path {
			return L(p.Title) + " · Beyond Budapest"
		}
	}
	return L(SiteTitle)
}

func (t *pageTitle) Render() app.UI {
	return app.Span().Class("page-title").Hidden(true)
}
