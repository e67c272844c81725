package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Prefs are the learner's display choices, kept on the device (prefsKey).
type Prefs struct {
	TextSize   int    `json:"textSize,omitempty"`   // Percent: 100 (default), 125, 150 or 200.
	Contrast   string `json:"contrast,omitempty"`   // "" or "high".
	Theme      string `json:"theme,omitempty"`      // "" follows the system; "light" or "dark".
	Motion     string `json:"motion,omitempty"`     // "" follows the system; "reduce".
	HideScores bool   `json:"hideScores,omitempty"` // A low-stress self-check: no points or percentages.
}

// The choices the settings page offers.
var (
	textSizes = []int{100, 125, 150, 200}
	themes    = []string{"", "light", "dark"}
)

// valid replaces anything unknown (an old or damaged saved value) with the
// default, field by field.
func (p Prefs) valid() Prefs {
	ok := false
	for _, s := range textSizes {
		ok = ok || p.TextSize == s
	}
	if !ok {
		p.TextSize = 100
	}
	if p.Contrast != "high" {
		p.Contrast = ""
	}
	if p.Theme != "light" && p.Theme != "dark" {
		p.Theme = ""
	}
	if p.Motion != "reduce" {
		p.Motion = ""
	}
	return p
}

// attributes are what apply sets on <html>; the stylesheet keys on them.
func (p Prefs) attributes() map[string]string {
	scores := ""
	if p.HideScores {
		scores = "hidden"
	}
	size := ""
	if p.TextSize != 100 {
		size = strconv.Itoa(p.TextSize)
	}
	return map[string]string{
		"data-text-size": size,
		"data-contrast":  p.Contrast,
		"data-theme":     p.Theme,
		"data-motion":    p.Motion,
		"data-scores":    scores,
	}
}

// savePrefs stores the preferences and applies them to the page at once.
func savePrefs(ctx app.Context, p Prefs) string {
	p = p.valid()
	applyPrefs(p)
	if err := writePrefs(ctx, p); err != nil {
		return L("Your display settings apply now but cannot be saved on this device.")
	}
	return ""
}

// applyPrefs sets the preference attributes on the <html> element.
func applyPrefs(p Prefs) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	for name, v := range p.attributes() {
		if v == "" {
			root.Call("removeAttribute", name)
		} else {
			root.Call("setAttribute", name, v)
		}
	}
}
