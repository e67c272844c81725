package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Href returns the URL of an internal page. Every in-app link goes through
// it so that links keep a base path (static hosting under /repo/) after the
// wasm takes over: go-app's client only rewrites /web/ URLs
// (pkg/app/resource.go:109-117), not page links.
//
// The link is to the page in the language pages render in: Href("/learn")
// is "/uk/learn" on a Ukrainian page.
func Href(path string) string {
	return HrefIn(lang, path)
}

// HrefIn is Href for the page in language code, whatever the language
// pages render in: the teachers' page links to the quiz in the language
// the teacher chose.
func HrefIn(code, path string) string {
	path = LangPath(code, path)
	if app.IsServer {
		return path
	}
	prefix := strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	return prefix + path
}
