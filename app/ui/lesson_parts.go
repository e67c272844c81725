package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// paragraphs renders text blocks, linking their [F5] citations.
func paragraphs(body []string) app.UI {
	return app.Div().Class("text").Body(app.Range(body).Slice(func(i int) app.UI {
		return app.P().Body(withFactLinks(body[i])...)
	}))
}

// citations lists the facts an entry rests on as small links.
func citations(facts []string) app.UI {
	return app.If(len(facts) > 0, func() app.UI {
		return app.P().Class("citations").Body(
			app.Text("Sources: "),
			app.Range(facts).Slice(func(i int) app.UI { return factLink(facts[i]) }),
		)
	})
}

// lessonPages are the reading pages besides the explainer.
var lessonPages = []struct{ path, label string }{
	{"/learn", "Explainer"},
	{"/timeline", "Timeline"},
	{"/terms", "Key terms"},
	{"/people", "Who said what"},
	{"/sources", "Sources and facts"},
}

// moreLinks links the reading pages to each other.
func moreLinks(current string) app.UI {
	return app.Nav().Class("more-links").Aria("label", "More to read").Body(
		app.Ul().Body(app.Range(lessonPages).Slice(func(i int) app.UI {
			p := lessonPages[i]
			a := app.A().Href(Href(p.path)).Text(p.label)
			if p.path == current {
				a = a.Aria("current", "page")
			}
			return app.Li().Body(a)
		})),
		app.P().Body(app.A().Class("button").Href(Href("/quiz")).Text("Test yourself: take the quiz")),
	)
}
