package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SettingsPage lets a learner choose text size, contrast, light or dark,
// reduced motion and whether scores are shown, and forget their progress.
// Every choice applies at once and is kept on this device only. It also
// says what the device keeps (DeviceStorage) and moves progress to another
// device (ProgressTransfer).
type SettingsPage struct {
	app.Compo

	prefs      Prefs
	notice     string
	confirming bool // "Forget my progress" asked for confirmation
	forgotten  int  // how many times progress was forgotten on this page
}

// OnMount reads the saved preferences.
func (s *SettingsPage) OnMount(ctx app.Context) {
	s.prefs = loadPrefs(ctx)
}

// OnInit starts from the defaults for the prerender.
func (s *SettingsPage) OnInit() { s.prefs = Prefs{}.valid() }

// Render shows one group of radio buttons per preference.
func (s *SettingsPage) Render() app.UI {
	p := s.prefs
	sizes := make([]option, len(textSizes))
	for i, v := range textSizes {
		sizes[i] = option{strconv.Itoa(v), fmt.Sprintf("%d%%", v)}
	}
	return shell("/settings", &Notice{Text: s.notice},
		app.H1().Text(L("Settings")),
		noscriptNote(L("Changing the settings needs JavaScript, which is turned off in this browser.")),
		app.P().Text(L("These choices apply at once, on every page, and are kept on this device only.")),
		s.group("text-size", L("Text size"), strconv.Itoa(p.TextSize), sizes, func(v string) {
			s.prefs.TextSize, _ = strconv.Atoi(v)
		}),
		s.group("theme", L("Light or dark"), p.Theme, []option{{"", L("Follow my device")}, {"light", L("Light")}, {"dark", L("Dark")}}, func(v string) {
			s.prefs.Theme = v
		}),
		s.group("contrast", L("Contrast"), p.Contrast, []option{{"", L("Standard")}, {"high", L("High contrast")}}, func(v string) {
			s.prefs.Contrast = v
		}),
		s.group("motion", L("Motion"), p.Motion, []option{{"", L("Follow my device")}, {"reduce", L("Reduce motion")}}, func(v string) {
			s.prefs.Motion = v
		}),
		s.group("scores", L("Scores"), strconv.FormatBool(p.HideScores), []option{{"false", L("Show points and percentages")}, {"true", L("Hide them: just tell me what to look at again")}}, func(v string) {
			s.prefs.HideScores = v == "true"
		}),
		&DeviceStorage{},
		&ProgressTransfer{Forgotten: s.forgotten},
		app.Section().Class("forget").Aria("labelledby", "forget-title").Body(
			app.H2().ID("forget-title").Text(L("Forget my progress")),
			app.P().Text(L("Clears from this device your answers, your results, your review queue and the random id your result files show, so whoever uses it next starts afresh. Your display settings and language stay.")),
			app.If(!s.confirming, func() app.UI {
				return untilApp(app.Button()).Type("button").ID("forget").Class("button secondary").Text(L("Forget my progress")).
					OnClick(func(ctx app.Context, e app.Event) {
						s.confirming = true
						focusLater(ctx, "forget-yes")
					})
			}).Else(func() app.UI {
				return app.Div().Class("actions").Role("group").Aria("label", L("Confirm")).Body(
					app.Button().Type("button").ID("forget-yes").Class("button").Text(L("Yes, forget everything")).
						OnClick(func(ctx app.Context, e app.Event) {
							forgetProgress(ctx)
							s.forgotten++
							s.confirming = false
							s.notice = L("Your answers, results, review queue and random id have been cleared.")
							focusLater(ctx, "forget")
						}),
					app.Button().Type("button").ID("forget-no").Class("button secondary").Text(L("Cancel")).
						OnClick(func(ctx app.Context, e app.Event) {
							s.confirming = false
							focusLater(ctx, "forget")
						}),
				)
			}),
		),
	)
}

type option struct{ value, label string }

// group renders a fieldset of radio buttons; choosing one applies and
// saves the preferences.
func (s *SettingsPage) group(name, legend, current string, options []option, set func(string)) app.UI {
	return untilApp(app.FieldSet()).Class("setting").Body(
		app.Legend().Text(legend),
		app.Range(options).Slice(func(i int) app.UI {
			o := options[i]
			id := name + "-" + o.value
			if o.value == "" {
				id = name + "-default"
			}
			return app.Div().Class("choice").Body(
				flag(app.Input(), "checked", o.value == current).Type("radio").ID(id).Name(name).Value(o.value).
					OnChange(func(ctx app.Context, e app.Event) {
						set(o.value)
						s.notice = savePrefs(ctx, s.prefs)
					}, handlerScope(name, o.value)),
				app.Label().For(id).Text(o.label),
			)
		}),
	)
}
