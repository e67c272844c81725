package server_test

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

var (
	tag        = regexp.MustCompile(`(?s)<(script|style|noscript)\b.*?</(script|style|noscript)>|<[^>]*>`)
	hiddenTip  = regexp.MustCompile(`(?s)<span[^>]*class="term-tip"[^>]*hidden[^>]*>.*?</span>\s*</span>`)
	strayBlank = regexp.MustCompile(`\S\s+[.,;:?!)]`)
)

// TestPrerenderedTextHasNoSpaceBeforePunctuation: the page a browser shows
// before the app starts (and without JavaScript) reads "Memorandum?" and
// "[F6].", not "Memorandum ?" and "[F6] .".
func TestPrerenderedTextHasNoSpaceBeforePunctuation(t *testing.T) {
	srv := newServer(t, []byte("\x00asm fake module for the test"))
	for _, path := range []string{"/learn", "/quiz", "/timeline", "/terms", "/sources"} {
		_, body := get(t, srv.URL+path)
		_, main, _ := strings.Cut(body, `<main`)
		main, _, _ = strings.Cut(main, `</main>`)
		visible := html.UnescapeString(tag.ReplaceAllString(hiddenTip.ReplaceAllString(main, "</span>"), ""))
		visible = strings.Join(strings.Fields(visible), " ")
		for _, m := range strayBlank.FindAllStringIndex(visible, 5) {
			t.Errorf("%s: a space before punctuation: %q", path, visible[max(m[0]-30, 0):m[1]])
		}
	}
}
