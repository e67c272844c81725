package server

import "testing"

// TestPrefixLinksReachesRawMarkup: a link go-app resolved keeps its one
// prefix; one it never saw (raw markup) gets it; other sites' links, the
// page's own anchors and an empty prefix are left alone.
func TestPrefixLinksReachesRawMarkup(t *testing.T) {
	for _, c := range []struct{ prefix, in, want string }{
		{"/bb", `<a href="/terms#memorandum">`, `<a href="/bb/terms#memorandum">`},
		{"/bb", `<a href="/bb/learn">`, `<a href="/bb/learn">`},
		{"/bb", `<a href="/bb">`, `<a href="/bb">`},
		{"/bb", `<a href="/">`, `<a href="/bb/">`},
		{"/bb", `<a href="//cdn.example.org/x">`, `<a href="//cdn.example.org/x">`},
		{"/bb", `<a href="https://example.org/">`, `<a href="https://example.org/">`},
		{"/bb", `<a href="#main">`, `<a href="#main">`},
		{"", `<a href="/terms#memorandum">`, `<a href="/terms#memorandum">`},
	} {
		if got := string(prefixLinks([]byte(c.in), c.prefix)); got != c.want {
			t.Errorf("prefixLinks(%q, %q) = %q, want %q", c.in, c.prefix, got, c.want)
		}
	}
}
