package server

import (
	"net/http"
	"strings"

	"beyondbudapest/app/ui"
)

// securityHeaders is the one place where response headers that protect
// students are set, for every path the server answers.
//
// The Content-Security-Policy allows only this origin, plus
// 'wasm-unsafe-eval', without which the browser refuses to compile
// app.wasm. go-app emits no inline scripts or styles, so none are
// allowed. frame-ancestors says which sites may embed a page in an iframe
// (an LMS, a course page); it replaces X-Frame-Options, which cannot name
// several sites and is therefore not sent.
//
// The embed views (/embed, /embed/results) exist to be framed by a course
// page on another site, so by default any site may frame them: they hold
// no account, password or secret a framing page could trick a student into
// revealing, and answers stay in the student's browser unless the embed
// link itself names a site to send them to. Every other page may only be
// framed by this origin and the listed sites. Listing sites
// (frameAncestors, make run FRAME_ANCESTORS=…) restricts the embed views
// to them as well.
func securityHeaders(next http.Handler, frameAncestors []string) http.Handler {
	pageCSP := csp("'self'", frameAncestors)
	embedCSP := csp("*", nil)
	if len(frameAncestors) > 0 {
		embedCSP = pageCSP
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		if isEmbedPath(r.URL.Path) {
			h.Set("Content-Security-Policy", embedCSP)
		} else {
			h.Set("Content-Security-Policy", pageCSP)
		}
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		next.ServeHTTP(w, r)
	})
}

// csp is the policy with the given frame-ancestors sources.
func csp(self string, frameAncestors []string) string {
	ancestors := self
	if len(frameAncestors) > 0 {
		ancestors = "'self' " + strings.Join(frameAncestors, " ")
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval' " + bootHash, // bootHash: the page's own boot script
		"style-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors " + ancestors,
	}, "; ")
}

// isEmbedPath reports whether path is one of the embed views, the pages
// made to be framed by course pages, in any language (/uk/embed, which
// the teachers' page gives for the Ukrainian quiz).
func isEmbedPath(path string) bool {
	_, path = ui.SplitLang(path)
	return path == "/embed" || strings.HasPrefix(path, "/embed/")
}

// validOrigin reports whether s is an origin that may be listed in
// frame-ancestors: a scheme and host with no path, quote or space that
// could change the policy.
func validOrigin(s string) bool {
	scheme, rest, ok := strings.Cut(s, "://")
	if !ok || (scheme != "https" && scheme != "http") || rest == "" {
		return false
	}
	return !strings.ContainsAny(rest, "/ ;'\"\t\n,")
}
