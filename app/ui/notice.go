package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Notice tells the student about something the app did on their behalf,
// such as resetting unreadable progress. It is a polite status message
// that can be dismissed; it never blocks the page.
type Notice struct {
	app.Compo

	Text string // The message; nothing renders when empty.

	dismissed string // The text the student dismissed.
}

// Render shows the message with a dismiss button.
func (n *Notice) Render() app.UI {
	return app.Div().Class("notice-area").Role("status").Body(
		app.If(n.Text != "" && n.Text != n.dismissed, func() app.UI {
			return app.Div().Class("notice").Body(
				app.P().Text(n.Text),
				app.Button().Type("button").Class("link-button").Text(L("Dismiss")).
					OnClick(func(ctx app.Context, e app.Event) { n.dismissed = n.Text }),
			)
		}),
	)
}
