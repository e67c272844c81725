package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// revealVerdict moves focus to the verdict after Check and scrolls just
// enough that the verdict and, above it, the marks on the answers are on
// screen: on a phone the feedback sits below a long question, and without
// this the student sees the page jump nowhere while the ✓ or ✗ is out of
// view. When feedback waits for the end there is no verdict, and focus
// goes to Next instead.
func revealVerdict(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		doc := app.Window().Get("document")
		v := doc.Call("getElementById", "verdict")
		if !v.Truthy() {
			if next := doc.Call("getElementById", "next"); next.Truthy() {
				next.Call("focus")
			}
			return
		}
		v.Call("focus", map[string]any{"preventScroll": true})
		const margin = 12.0
		height := app.Window().Get("innerHeight").Float()
		box := v.Call("getBoundingClientRect")
		top, bottom := box.Get("top").Float(), box.Get("bottom").Float()
		// The first mark on the answers, to keep in view above the verdict.
		markTop := top
		if m := doc.Call("querySelector", "#question-form .mark"); m.Truthy() {
			markTop = min(markTop, m.Call("getBoundingClientRect").Get("top").Float())
		}
		var by float64 // how far to scroll down (negative: up)
		switch {
		case bottom > height-margin:
			by = bottom - (height - margin) // the verdict at the bottom edge
		case top < margin:
			by = top - margin // the verdict at the top edge
		}
		// Then show the marks above it too, as far as the verdict stays
		// on screen.
		if markTop-by < margin {
			room := (height - margin) - (bottom - by)
			by -= min(margin-(markTop-by), max(room, 0))
		}
		if by != 0 {
			app.Window().Call("scrollBy", 0, by)
		}
	})
}

// navigations counts in-app page changes; the first is the page load.
var navigations int

// startAtTop makes an in-app page change behave like a website's: the new
// page starts at the top, and focus moves to its heading so that a screen
// reader announces it and Tab starts from there. go-app keeps the old
// scroll position and focus on navigation (pkg/app/engine.go:124-137,
// v10.1.11: it only scrolls to a #fragment), so "See results" landed
// mid-list. A link with a #fragment is left to go-app, which scrolls to it.
func startAtTop(ctx app.Context) {
	navigations++
	if !app.IsClient || navigations == 1 || ctx.Page().URL().Fragment != "" {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		app.Window().Call("scrollTo", 0, 0)
		h := app.Window().Get("document").Call("querySelector", "main h1")
		if !h.Truthy() {
			return
		}
		if !h.Call("hasAttribute", "tabindex").Bool() {
			h.Call("setAttribute", "tabindex", "-1")
		}
		h.Call("focus", map[string]any{"preventScroll": true})
	})
}
