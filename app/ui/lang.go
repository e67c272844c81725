package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The app speaks English and Ukrainian. English is the source: every
// string in the code is written in English and wrapped in L (or Lf,
// plural), and the Ukrainian catalogue (catalogue_uk*.go) maps it to its
// translation; TestCatalogueCoversEveryString fails when a string has no
// translation. A page's language is its address: /learn is English,
// /uk/learn Ukrainian. The lesson itself comes translated from
// questions/uk/ (quiz.Translate).

// Language is one language the app speaks.
type Language struct {
	Code string // BCP 47, as in <html lang> and /uk/ addresses.
	Name string // In the language itself, as the switch shows it.
}

// Languages lists the app's languages, English first.
var Languages = []Language{{"en", "English"}, {"uk", "Українська"}}

// English and Ukrainian are the codes of the two languages.
const (
	English   = "en"
	Ukrainian = "uk"
)

// lang is the language pages render in. The route sets it (langRoute);
// the browser renders one page at a time, and the server renders pages
// one at a time (server.rendered, in app/server/render.go).
var lang = English

// Lang returns the language pages render in.
func Lang() string { return lang }

// SetLang makes pages render in language code (English if unknown), and
// returns the language it replaced. The server calls it around each page
// it renders.
func SetLang(code string) string {
	old := lang
	lang = English
	if knownLang(code) {
		lang = code
	}
	return old
}

func knownLang(code string) bool {
	for _, l := range Languages {
		if l.Code == code {
			return true
		}
	}
	return false
}

// catalogues maps each language but English to its translations, keyed by
// the English.
var catalogues = map[string]map[string]string{}

// translate adds translations for language code; each catalogue file
// calls it from init.
func translate(code string, m map[string]string) {
	c := catalogues[code]
	if c == nil {
		c = map[string]string{}
		catalogues[code] = c
	}
	for en, tr := range m {
		if _, dup := c[en]; dup {
			duplicates = append(duplicates, code+": "+en)
		}
		c[en] = tr
	}
}

// duplicates lists the strings translated twice, in two catalogue files:
// which translation wins would depend on the order files are read in.
var duplicates []string

// L returns s, written in English, in the language pages render in.
func L(s string) string {
	if lang == English {
		return s
	}
	if t, ok := catalogues[lang][s]; ok {
		return t
	}
	return s
}

// In returns s, written in English, in language code, whatever language
// pages render in: for tests and tools that check a page's words.
func In(code, s string) string {
	if t, ok := catalogues[code][s]; ok {
		return t
	}
	return s
}

// Lf formats with the translated format: Lf("%d of %d", a, b).
func Lf(format string, args ...any) string {
	return fmt.Sprintf(L(format), args...)
}

// LangPath is the address of page path in language code: "/learn" in
// Ukrainian is "/uk/learn", the start page "/uk/".
func LangPath(code, path string) string {
	if code == English || code == "" {
		return path
	}
	if path == "/" || path == "" {
		return "/" + code + "/"
	}
	return "/" + code + path
}

// SplitLang splits an address into its language and the page's own path:
// "/uk/learn" is ("uk", "/learn"), "/learn" ("en", "/learn").
func SplitLang(path string) (code, page string) {
	for _, l := range Languages[1:] {
		prefix := "/" + l.Code
		if path == prefix || path == prefix+"/" {
			return l.Code, "/"
		}
		if rest, ok := strings.CutPrefix(path, prefix+"/"); ok {
			return l.Code, "/" + rest
		}
	}
	return English, path
}

// langRoute returns the route of a page in language code. In the browser
// a page in another language than the one rendered so far is loaded
// afresh (Back or Forward across a language switch): components that did
// not change would otherwise keep the old language's words.
func langRoute(code string, page func() app.Composer) func() app.Composer {
	return func() app.Composer {
		if app.IsClient && mounted && code != lang {
			app.Window().Get("location").Call("reload")
		}
		SetLang(code)
		return page()
	}
}

// mounted is set once the browser app has shown its first page.
var mounted bool
