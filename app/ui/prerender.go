package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// attrSetter is any go-app element: each one's Attr returns the element's
// own type, so a helper can take and give back the same builder.
type attrSetter[T any] interface {
	Attr(name string, value any) T
}

// flag sets the boolean attribute name on e when on is true, and leaves a
// false one out of the prerendered page.
//
// go-app's server renderer writes Checked(false) as checked="false"
// (nodeManager.encodeHTMLAttribute, pkg/app/node.go:739-751, v10.1.11),
// and HTML reads any present boolean attribute as true: every prerendered
// option came out disabled, with the last radio button of a question
// selected. In the browser the attribute is always set, true or false,
// because go-app turns it into the DOM property (setJSAttribute,
// pkg/app/attribute.go:72-107); removing the attribute instead would not
// clear a property the student changed.
func flag[T attrSetter[T]](e T, name string, on bool) T {
	if on || app.IsClient {
		return e.Attr(name, on)
	}
	return e
}

// untilApp makes a control inert in the prerendered page, where nothing
// can handle it yet, and leaves it to the app in the browser: a student
// who clicks before app.wasm has started sees a greyed-out control, not
// one that silently does nothing. assets/boot.js may enable the first
// question's controls sooner (see QuizPage).
func untilApp[T attrSetter[T]](e T) T {
	return flag(e, "disabled", app.IsServer)
}

// noscriptNote tells a visitor whose browser runs no scripts what works
// without them. Browsers that run scripts never show it. needs is the
// first sentence, translated, saying what needs JavaScript: L("The quiz
// needs JavaScript, which is turned off in this browser.").
func noscriptNote(needs string) app.UI {
	return app.NoScript().Body(
		app.P().Class("noscript-note").Body(withLinks(
			needs+" "+L("The %s, the %s and the worksheet for paper work without it."),
			app.A().Href(Href("/learn")).Text(L("explainer")),
			app.A().Href(Href("/sources")).Text(L("fact sheet")),
		)...),
	)
}
