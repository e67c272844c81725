package ui

import "testing"

// TestPrefsValidResetsUnknownValues checks that preferences read back from
// the device (an older version's, or damaged) keep what is known and reset
// the rest, field by field.
func TestPrefsValidResetsUnknownValues(t *testing.T) {
	tests := []struct {
		name    string
		in, out Prefs
	}{
		{"empty gives the defaults", Prefs{}, Prefs{TextSize: 100}},
		{"known values are kept", Prefs{TextSize: 150, Contrast: "high", Theme: "dark", Motion: "reduce", HideScores: true},
			Prefs{TextSize: 150, Contrast: "high", Theme: "dark", Motion: "reduce", HideScores: true}},
		{"every offered text size is kept", Prefs{TextSize: 200, Theme: "light"}, Prefs{TextSize: 200, Theme: "light"}},
		{"unknown text size", Prefs{TextSize: 130, Theme: "dark"}, Prefs{TextSize: 100, Theme: "dark"}},
		{"negative text size", Prefs{TextSize: -1}, Prefs{TextSize: 100}},
		{"unknown contrast", Prefs{TextSize: 125, Contrast: "low"}, Prefs{TextSize: 125}},
		{"unknown theme", Prefs{TextSize: 100, Theme: "sepia", Motion: "reduce"}, Prefs{TextSize: 100, Motion: "reduce"}},
		{"unknown motion", Prefs{TextSize: 100, Motion: "none"}, Prefs{TextSize: 100}},
	}
	for _, tt := range tests {
		if got := tt.in.valid(); got != tt.out {
			t.Errorf("%s: %+v.valid() = %+v, want %+v", tt.name, tt.in, got, tt.out)
		}
	}
}
