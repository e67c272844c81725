package ui

import (
	"strings"

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
			app.Text(L("Sources: ")),
			app.Range(facts).Slice(func(i int) app.UI { return factLink(facts[i]) }),
		)
	})
}

// moreLinks links the reading pages (ReadingNav) to each other; current is
// the path of the page it is on.
func moreLinks(current string) app.UI {
	reading := pagesIn(ReadingNav)
	return app.Nav().Class("more-links").Aria("label", L("More to read")).Body(
		app.Ul().Body(app.Range(reading).Slice(func(i int) app.UI {
			return app.Li().Body(navLink(reading[i], current))
		})),
		app.P().Body(app.A().Class("button").Href(Href("/quiz")).Text(L("Test yourself: take the quiz"))),
	)
}

// withLinks renders a sentence that holds links: each %s of format, a
// translated sentence (L), is replaced by the next link, in order. The
// whole sentence is translated at once, so a translation can put its own
// words around the links; only %s is replaced, nothing else is formatted.
func withLinks(format string, links ...app.UI) []app.UI {
	var out []app.UI
	for i, text := range strings.Split(format, "%s") {
		if i > 0 && i-1 < len(links) {
			out = append(out, links[i-1])
		}
		if text != "" {
			out = append(out, app.Text(text))
		}
	}
	return out
}
