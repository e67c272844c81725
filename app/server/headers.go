package server

import (
	"net/http"
	"strings"
)

// securityHeaders is the one place where response headers that protect
// students are set, for every path the server answers.
//
// The Content-Security-Policy allows only this origin, plus
// 'wasm-unsafe-eval', without which the browser refuses to compile
// app.wasm. go-app emits no inline scripts or styles, so none are
// allowed. frame-ancestors says which sites may embed the app in an iframe
// (an LMS, a course page); it replaces X-Frame-Options, which cannot name
// several sites and is therefore not sent.
func securityHeaders(next http.Handler, frameAncestors []string) http.Handler {
	ancestors := "'self'"
	if len(frameAncestors) > 0 {
		ancestors = "'self' " + strings.Join(frameAncestors, " ")
	}
	csp := strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
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
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		next.ServeHTTP(w, r)
	})
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
