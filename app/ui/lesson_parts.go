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

// moreLinks links the reading pages (ReadingNav) to each other; current is
// the path of the page it is on.
func moreLinks(current string) app.UI {
	reading := pagesIn(ReadingNav)
	return app.Nav().Class("more-links").Aria("label", "More to read").Body(
		app.Ul().Body(app.Range(reading).Slice(func(i int) app.UI {
			return app.Li().Body(navLink(reading[i], current))
		})),
		app.P().Body(app.A().Class("button").Href(Href("/quiz")).Text("Test yourself: take the quiz")),
	)
}
