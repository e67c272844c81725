package ui

import (
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TermTip marks a glossary term in running text. Its definition opens on
// focus, hover or a single tap, stays open while the pointer is over it or
// focus is in it, and closes with Escape (focus stays on the term), a tap
// or click elsewhere, or a second tap on the term (WCAG 2.2, 1.4.13
// Content on Hover or Focus). It never leaves the screen: on narrow
// screens it opens as a sheet along the bottom edge (assets/app.css), on
// wide ones it is moved back inside the window when the term sits near
// an edge.
type TermTip struct {
	app.Compo

	Term *quiz.Term // The glossary entry.
	Text string     // The words as they appear in the sentence.
	Key  string     // Unique on the page, for ids.

	open bool
	// A tap fires mouseenter and focus before click, each of which opens
	// the tip; the click must not then close it again. pressed records
	// whether the tip was open when the pointer went down, and how.
	pressed     bool
	openOnPress bool
	pointer     string
}

// Render shows the term as a button, with the definition beside it.
func (t *TermTip) Render() app.UI {
	tipID := "tip-" + t.Key
	return app.Span().Class("term-wrap").ID("wrap-"+t.Key).
		OnMouseEnter(func(ctx app.Context, e app.Event) {
			// Hovering opens the tip beside the term on a wide screen; on a
			// narrow one the tip is a sheet over the bottom of the screen,
			// and a pointer passing over the term must not raise it over
			// the answers (a tap still opens it).
			if !narrowScreen() {
				t.show(ctx)
			}
		}, handlerScope(t.Key)).
		OnMouseLeave(func(ctx app.Context, e app.Event) {
			if e.Get("pointerType").String() != "touch" {
				t.open = false
			}
		}, handlerScope(t.Key)).
		On("focusout", func(ctx app.Context, e app.Event) {
			// Focus moving to the tip's own link keeps it open.
			if to := e.Get("relatedTarget"); !to.Truthy() || !ctx.JSSrc().Call("contains", to).Bool() {
				t.open = false
			}
		}, handlerScope(t.Key)).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" && t.open {
				t.open = false
				focusLater(ctx, "term-"+t.Key)
			}
		}, handlerScope(t.Key)).
		Body(
			app.Button().Type("button").Class("term-ref").ID("term-"+t.Key).
				Aria("expanded", t.open).Aria("describedby", tipID).
				On("pointerdown", func(ctx app.Context, e app.Event) {
					t.pressed, t.openOnPress, t.pointer = true, t.open, e.Get("pointerType").String()
				}, handlerScope(t.Key)).
				OnFocus(func(ctx app.Context, e app.Event) { t.show(ctx) }, handlerScope(t.Key)).
				OnClick(func(ctx app.Context, e app.Event) { t.clicked(ctx) }, handlerScope(t.Key)).
				Text(t.Text),
			app.Span().ID(tipID).Role("tooltip").Class("term-tip").Hidden(!t.open).Body(
				app.Span().Class("term-tip-title").Text(t.Term.Term+": "),
				app.Text(firstParagraph(t.Term.Body)),
				app.Text(" "),
				app.A().Href(Href("/terms#"+t.Term.ID)).Text(L("More")),
			),
		)
}

// clicked toggles the tip: a tap or a key press on an open tip closes it,
// on a closed one opens it. A mouse click keeps open what hovering opened.
func (t *TermTip) clicked(ctx app.Context) {
	switch {
	case t.pressed && t.pointer == "mouse":
		t.show(ctx)
	case t.pressed:
		t.open = !t.openOnPress
	default: // Enter or Space
		t.open = !t.open
	}
	t.pressed = false
	if t.open {
		t.show(ctx)
	}
}

// show opens the tip and, once drawn, moves it sideways back inside the
// window if it would stick out (on wide screens; narrow ones get the
// bottom sheet, which always fits).
func (t *TermTip) show(ctx app.Context) {
	t.open = true
	ctx.Defer(func(ctx app.Context) {
		tip := app.Window().GetElementByID("tip-" + t.Key)
		if !tip.Truthy() {
			return
		}
		style := tip.Get("style")
		style.Set("left", "")
		if app.Window().Call("getComputedStyle", tip).Get("position").String() != "absolute" {
			return
		}
		const gap = 8.0
		box := tip.Call("getBoundingClientRect")
		left, right := box.Get("left").Float(), box.Get("right").Float()
		width := app.Window().Get("document").Get("documentElement").Get("clientWidth").Float()
		shift := 0.0
		if right > width-gap {
			shift = width - gap - right
		}
		if left+shift < gap {
			shift = gap - left
		}
		if shift != 0 {
			style.Set("left", app.Window().Get("String").Invoke(shift).String()+"px")
		}
	})
}

// narrowScreen matches the width at which assets/app.css shows tips as a
// bottom sheet.
func narrowScreen() bool {
	return app.IsClient && app.Window().Call("matchMedia", "(max-width: 40rem)").Get("matches").Bool()
}

func firstParagraph(body []string) string {
	if len(body) == 0 {
		return ""
	}
	return body[0]
}
