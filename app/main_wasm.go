//go:build wasm

// The browser entry point: register the routes and hand control to go-app.
// It imports nothing server-side, which keeps app.wasm about half the size
// of a single shared main (../shared/notes/goapp-v10.md §1).
package main

import (
	"beyondbudapest/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser()
}
