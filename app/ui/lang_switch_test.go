package ui

import (
	"os"
	"strings"
	"testing"
)

// TestBootScriptReadsTheLanguageKey: assets/boot.js opens pages in the
// language saved under langKey, and saves it there before the app runs;
// renaming the key on one side only would forget every learner's choice.
func TestBootScriptReadsTheLanguageKey(t *testing.T) {
	b, err := os.ReadFile("../../assets/boot.js")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"`+langKey+`"`) {
		t.Errorf("assets/boot.js does not use the language key %q (app/ui/storage.go)", langKey)
	}
}
