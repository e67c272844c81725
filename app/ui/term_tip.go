package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TermTip marks a glossary term in running text. Its definition opens on
// focus, hover or tap, stays open while the pointer is over it or focus is
// on it, and closes with Escape without moving focus (WCAG 2.2, 1.4.13
// Content on Hover or Focus). It never leaves the page.
type TermTip struct {
	app.Compo

	Term *quiz.Term // The glossary entry.
	Text string     // The words as they appear in the sentence.
	Key  string     // Unique on the page, for ids.

	open bool
}

// Render shows the term as a button, with the definition beside it.
func (t *TermTip) Render() app.UI {
	tipID := "tip-" + t.Key
	return app.Span().Class("term-wrap").
		OnMouseEnter(func(ctx app.Context, e app.Event) { t.open = true }, handlerScope(t.Key)).
		OnMouseLeave(func(ctx app.Context, e app.Event) { t.open = false }, handlerScope(t.Key)).
		Body(
			app.Button().Type("button").Class("term-ref").ID("term-"+t.Key).
				Aria("expanded", t.open).Aria("describedby", tipID).
				OnFocus(func(ctx app.Context, e app.Event) { t.open = true }, handlerScope(t.Key)).
				OnBlur(func(ctx app.Context, e app.Event) { t.open = false }, handlerScope(t.Key)).
				OnClick(func(ctx app.Context, e app.Event) { t.open = !t.open }, handlerScope(t.Key)).
				OnKeyDown(func(ctx app.Context, e app.Event) {
					if e.Get("key").String() == "Escape" {
						t.open = false
					}
				}, handlerScope(t.Key)).
				Text(t.Text),
			app.Span().ID(tipID).Role("tooltip").Class("term-tip").Hidden(!t.open).Body(
				app.Span().Class("term-tip-title").Text(t.Term.Term+": "),
				app.Text(firstParagraph(t.Term.Body)),
				app.Text(" "),
				app.A().Href(Href("/terms#"+t.Term.ID)).Text("More"),
			),
		)
}

func firstParagraph(body []string) string {
	if len(body) == 0 {
		return ""
	}
	return body[0]
}
