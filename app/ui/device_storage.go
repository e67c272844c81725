package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DeviceStorage tells the student what this device keeps for them: whether
// it has an offline copy of the app, whether the browser promised to keep
// their progress (persistent storage), and on iPhone and iPad how
// installing the app keeps it (Safari deletes a site's data after 7 days
// without a visit, unless it is on the Home Screen).
type DeviceStorage struct {
	app.Compo

	offline   string // "ready", "installing", "stalled", "none" or "unsupported"; "" until known.
	persisted string // "yes", "no" or "unsupported"; "" until known.
	asked     string // The answer to the student's request, in words.
	ios       bool   // iPhone or iPad (Safari, or any iOS browser: all are WebKit).
	installed bool   // Running from the Home Screen.
}

// OnMount asks the browser what it keeps.
func (d *DeviceStorage) OnMount(ctx app.Context) {
	nav := app.Window().Get("navigator")
	d.ios = isIOS(nav.Get("userAgent").String(), nav.Get("platform").String(), nav.Get("maxTouchPoints").Int())
	d.installed = nav.Get("standalone").Truthy() || app.Window().Call("matchMedia", "(display-mode: standalone)").Get("matches").Truthy()
	d.refresh(ctx)
}

// refresh reads the offline copy's state (assets/boot.js, bbOfflineStatus)
// and whether storage is persistent.
func (d *DeviceStorage) refresh(ctx app.Context) {
	d.refreshOffline(ctx, 60)
	st := app.Window().Get("navigator").Get("storage")
	if !st.Truthy() || !st.Get("persisted").Truthy() {
		d.persisted = "unsupported"
		return
	}
	whenDone(ctx, st.Call("persisted"), func(v app.Value) { d.persisted = yesNo(v.Truthy()) })
}

// refreshOffline reads the offline copy's state, and again every 2 s
// until it is ready, up to tries times.
func (d *DeviceStorage) refreshOffline(ctx app.Context, tries int) {
	f := app.Window().Get("bbOfflineStatus")
	if !f.Truthy() {
		d.offline = "unsupported"
		return
	}
	whenDone(ctx, f.Invoke(app.Getenv("GOAPP_VERSION")), func(v app.Value) {
		d.offline = v.String()
		// "none" too: a page loaded during the first install is not yet
		// controlled, and the worker claims it once activated.
		if (d.offline == "installing" || d.offline == "stalled" || d.offline == "none") && tries > 1 {
			ctx.After(2*time.Second, func(ctx app.Context) { d.refreshOffline(ctx, tries-1) })
		}
	})
}

// ask requests persistent storage. Chromium and Safari decide by
// themselves; Firefox asks the student.
func (d *DeviceStorage) ask(ctx app.Context, e app.Event) {
	whenDone(ctx, app.Window().Get("navigator").Get("storage").Call("persist"), func(v app.Value) {
		d.persisted = yesNo(v.Truthy())
		if v.Truthy() {
			d.asked = L("The browser agreed to keep your progress.")
		} else {
			d.asked = L("The browser did not agree (it decides by itself, often after more visits or once the app is installed). Keep a copy with the link or file below.")
		}
	})
}

// isIOS says whether the browser runs on an iPhone or iPad, where every
// browser is Safari's WebKit. iPadOS reports itself as a Mac, one with a
// touch screen.
func isIOS(userAgent, platform string, touchPoints int) bool {
	for _, d := range []string{"iPhone", "iPad", "iPod"} {
		if strings.Contains(userAgent, d) {
			return true
		}
	}
	return platform == "MacIntel" && touchPoints > 1
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// Render shows the three facts in plain words.
func (d *DeviceStorage) Render() app.UI {
	return app.Section().Class("device").Aria("labelledby", "device-title").Body(
		app.H2().ID("device-title").Text(L("On this device")),
		app.P().ID("offline-status").DataSet("state", d.offline).Text(offlineText(d.offline)),
		app.P().ID("persist-status").DataSet("state", d.persisted).Text(persistText(d.persisted)),
		app.If(d.persisted == "no", func() app.UI {
			return app.Button().Type("button").ID("persist").Class("button secondary").Text(L("Ask the browser to keep my progress")).OnClick(d.ask)
		}),
		app.If(d.asked != "", func() app.UI { return app.P().ID("persist-answer").Role("status").Text(d.asked) }),
		app.If(d.ios, func() app.UI { return iosAdvice(d.installed) }),
	)
}

func offlineText(state string) string {
	switch state {
	case "ready":
		return L("This device has an offline copy of the app: it opens, and the quiz works, with no network.")
	case "installing":
		return L("The offline copy is still being saved on this device. Keep a page of the app open for a moment.")
	case "stalled":
		return L("Saving the offline copy is taking far longer than it should, and may have stopped in this browser. If this message stays, close the browser completely (on iPhone and iPad, swipe it away in the app switcher), then open the app again while online.")
	case "none":
		return L("This device has no offline copy yet. It is saved on your next visit with a network connection.")
	case "unsupported":
		return L("This browser cannot keep an offline copy (a private window, or a browser without service workers): the app needs the network here.")
	}
	return L("Checking whether this device has an offline copy…")
}

func persistText(state string) string {
	switch state {
	case "yes":
		return L("This browser has promised to keep your progress until you delete it.")
	case "no":
		return L("This browser may delete your progress when space runs low (Safari does after 7 days without a visit).")
	case "unsupported":
		return L("This browser cannot promise to keep your progress: keep a copy with the link or file below.")
	}
	// A line of text while the browser answers, so the answer does not
	// push the page down under a finger about to tap.
	return L("Checking whether this browser will keep your progress…")
}

// iosAdvice tells iPhone and iPad users to add the app to the Home Screen:
// Safari offers no install prompt, and only a Home Screen app keeps its
// data past 7 days without a visit.
func iosAdvice(installed bool) app.UI {
	if installed {
		return app.P().ID("ios-install").Text(L("You are using the app from your Home Screen, so your progress is kept however long you stay away."))
	}
	return app.Div().ID("ios-install").Class("notice").Body(
		app.P().Text(L("On iPhone and iPad, Safari deletes this app's saved progress after 7 days without a visit. Add it to your Home Screen to keep it:")),
		app.Ol().Body(
			app.Li().Text(L("Tap the Share button (a square with an arrow pointing up).")),
			app.Li().Text(L("Choose “Add to Home Screen”, then “Add”.")),
			app.Li().Text(L("Open Beyond Budapest from its new icon from now on.")),
		),
		app.P().Text(L("The Home Screen app keeps its own progress, apart from Safari's: move your answers there with the progress link below.")),
	)
}

// whenDone runs f with a JavaScript promise's value, on the UI goroutine;
// a rejected promise is ignored (the page keeps saying "checking").
func whenDone(ctx app.Context, promise app.Value, f func(app.Value)) {
	var done app.Func
	done = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer done.Release()
		v := args[0]
		ctx.Dispatch(func(ctx app.Context) { f(v) })
		return nil
	})
	promise.Call("then", done)
}
