package ui

import "testing"

// TestTitleForNamesEachPage checks that each page gets its own title
// (WCAG 2.4.2), the start page and unknown paths the site's, and a SCORM
// package's launch page that of the quiz it shows.
func TestTitleForNamesEachPage(t *testing.T) {
	tests := []struct{ path, want string }{
		{"", SiteTitle},
		{"/", SiteTitle},
		{"/learn", "Explainer · Beyond Budapest"},
		{"/quiz", "Quiz · Beyond Budapest"},
		{LMSLaunch, "Quiz · Beyond Budapest"},
		{"/answer-key", "Answer key · Beyond Budapest"},
		{"/no-such-page", SiteTitle},
		{"/learn/", SiteTitle},
	}
	for _, tt := range tests {
		if got := titleFor(tt.path); got != tt.want {
			t.Errorf("titleFor(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
	for _, p := range Pages {
		if p.Path != "/" && titleFor(p.Path) != p.Title+" · Beyond Budapest" {
			t.Errorf("titleFor(%q) = %q, want its Pages title %q first", p.Path, titleFor(p.Path), p.Title)
		}
	}
}
