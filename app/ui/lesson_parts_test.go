package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestWithLinksPutsLinksWhereTheSentenceSays: a sentence's links go in
// place of its %s, in order, and the words around them are the
// sentence's own, whatever the language puts where.
func TestWithLinksPutsLinksWhereTheSentenceSays(t *testing.T) {
	a := app.A().Href("/a").Text("A")
	b := app.A().Href("/b").Text("B")
	tests := []struct{ format, want string }{
		{"Also: the %s and the %s.", `Also: the |<a href="/a">A</a>| and the |<a href="/b">B</a>|.`},
		{"%s і %s", `<a href="/a">A</a>| і |<a href="/b">B</a>`},
		{"%s%s", `<a href="/a">A</a>|<a href="/b">B</a>`},
	}
	for _, tt := range tests {
		var parts []string
		for _, n := range withLinks(tt.format, a, b) {
			parts = append(parts, app.HTMLString(n))
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("withLinks(%q) = %s, want %s", tt.format, got, tt.want)
		}
	}
}
