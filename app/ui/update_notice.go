package ui

import (
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UpdateNotice tells the student when a new version has been downloaded
// and offers to reload into it. It never reloads by itself: a student in
// the middle of a question decides when. Progress survives the reload
// because it is saved after every change.
type UpdateNotice struct {
	app.Compo

	available bool
}

// OnMount shows the notice if an update arrived on an earlier page, and
// makes sure the app keeps checking for updates.
func (u *UpdateNotice) OnMount(ctx app.Context) {
	u.checkForNewerRelease(ctx)
	startUpdateChecks(ctx)
	// The app runs: assets/boot.js may now register the service worker.
	if started := app.Window().Get("bbAppStarted"); started.Truthy() {
		started.Invoke()
	}
}

// OnAppUpdate is called by go-app when a service worker reaches
// "activated" while the page has a controller (pkg/app/gen/app.js:58-72).
// That also happens on the very first visit, once our worker claims the
// page, so the event alone is not proof of a new release: see
// checkForNewerRelease. (ctx.AppUpdateAvailable() is no better: it is set
// by the same event.)
func (u *UpdateNotice) OnAppUpdate(ctx app.Context) {
	u.checkForNewerRelease(ctx)
}

// checkForNewerRelease shows the notice when the service worker holds a
// cache for a release other than the one running in this page: after an
// update the new worker's cache replaces the old one.
func (u *UpdateNotice) checkForNewerRelease(ctx app.Context) {
	caches := app.Window().Get("caches")
	running := app.Getenv("GOAPP_VERSION")
	if !caches.Truthy() || running == "" {
		return
	}
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		newer := false
		keys := args[0]
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			newer = newer || strings.HasPrefix(k, CachePrefix) && k != CachePrefix+running
		}
		ctx.Dispatch(func(ctx app.Context) { u.available = newer })
		return nil
	})
	caches.Call("keys").Call("then", done)
}

// Render shows the notice as a status message with a Reload button.
func (u *UpdateNotice) Render() app.UI {
	return app.Div().ID("update-area").Role("status").Body(
		app.If(u.available, func() app.UI {
			return app.Div().ID("update-notice").Class("notice update").Body(
				app.P().Text(L("A new version of Beyond Budapest is available. Your answers are saved.")),
				app.Button().Type("button").ID("reload").Class("button").Text(L("Reload")).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
	)
}

// updateInterval is how often a running app asks for a new version. go-app
// v10 only checks when a page loads, so a tab left open for a lesson would
// never learn of a fix. The server can shorten it (tests do) through the
// BB_UPDATE_INTERVAL environment it passes to the page.
func updateInterval() time.Duration {
	if d, err := time.ParseDuration(app.Getenv("BB_UPDATE_INTERVAL")); err == nil && d > 0 {
		return d
	}
	return 30 * time.Minute
}

var updateChecks sync.Once

// startUpdateChecks checks for an update now and then periodically, once
// per app start however many pages are visited.
func startUpdateChecks(ctx app.Context) {
	updateChecks.Do(func() {
		tryUpdate()
		every := updateInterval()
		ctx.Async(func() {
			for {
				time.Sleep(every)
				tryUpdate()
			}
		})
	})
}

// tryUpdate asks the service worker to look for a new release, as
// app.TryUpdate does, through assets/boot.js, which catches the failure
// that an offline check ends in.
func tryUpdate() {
	if f := app.Window().Get("bbTryUpdate"); f.Truthy() {
		f.Invoke()
		return
	}
	app.TryUpdate()
}
