package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LangSwitch links to the page shown in each other language, named in
// that language ("Українська" on English pages, "English" on Ukrainian
// ones), keeping the page's query string (its quiz settings) and, when
// followed, its #fragment.
//
// Following it is a real page load, not go-app's in-app navigation:
// every component would otherwise keep the words of the language it was
// built in. go-app follows links itself from one window-level click
// handler (go-app v10.1.11, pkg/app/browser.go:28-67, handleAnchorClick),
// so the link's own handler stops the click from reaching it; the browser
// then follows the link. The handler also remembers the choice on the
// device (writeLang), which assets/boot.js applies before the first paint
// of any later page. Until the app runs, boot.js remembers it itself.
type LangSwitch struct {
	app.Compo
	page  string // The page's own path, without language: "/learn".
	query string // The page's query string, without lang=.
}

func (s *LangSwitch) OnPreRender(ctx app.Context) { s.read(ctx.Page().URL()) }
func (s *LangSwitch) OnMount(ctx app.Context)     { s.read(ctx.Page().URL()) }

// OnNav runs on the server too (with the request's address).
func (s *LangSwitch) OnNav(ctx app.Context) { s.read(ctx.Page().URL()) }

// read takes the page and its settings from the page's address.
func (s *LangSwitch) read(u *url.URL) {
	path := u.Path
	if app.IsClient {
		path = strings.TrimPrefix(path, strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/"))
	}
	_, s.page = SplitLang(path)
	s.query = withoutLang(u.Query())
}

// withoutLang encodes q without lang=: a switch to Ukrainian that kept
// lang=en would be sent back to English by boot.js.
func withoutLang(q url.Values) string {
	q.Del("lang")
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

// href is the address of the page in language code.
func (s *LangSwitch) href(code string) string {
	page := s.page
	if page == "" {
		page = "/"
	}
	path := LangPath(code, page)
	if app.IsClient {
		path = strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/") + path
	}
	return path + s.query
}

func (s *LangSwitch) Render() app.UI {
	if strings.HasSuffix(s.page, LMSLaunch) {
		// In a SCORM package the LMS serves the launch page alone, and
		// its lang= (the package's setting) chooses the language.
		return app.Span().Class("lang-switch").Hidden(true)
	}
	var others []Language
	for _, l := range Languages {
		if l.Code != lang {
			others = append(others, l)
		}
	}
	return app.Ul().Class("lang-switch").Body(app.Range(others).Slice(func(i int) app.UI {
		l := others[i]
		return app.Li().Body(app.A().
			Href(s.href(l.Code)).
			HrefLang(l.Code).
			Lang(l.Code).
			DataSet("bb-lang", l.Code).
			OnClick(s.follow(l.Code)).
			Text(l.Name))
	}))
}

// followedByBrowser keeps a link's click from go-app, whose in-app
// navigation would build the page in the language rendered so far, so
// that the browser loads it.
func followedByBrowser(ctx app.Context, e app.Event) { e.Call("stopPropagation") }

// follow remembers language code and lets the browser follow the link,
// with the page's current #fragment, as a page load of its own.
func (s *LangSwitch) follow(code string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		followedByBrowser(ctx, e)
		writeLang(ctx, code)
		a := e.Get("currentTarget")
		if hash := app.Window().Get("location").Get("hash").String(); hash != "" {
			a.Set("hash", hash)
		}
	}
}
