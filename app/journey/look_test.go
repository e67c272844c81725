package journey

import "testing"

// TestLookAtEveryPage renders each page at desktop size and saves a
// screenshot; it fails if a page does not mount.
func TestLookAtEveryPage(t *testing.T) {
	srv, _ := startApp(t)
	ctx := newBrowser(t, 1280, 900)
	for _, p := range []struct{ path, name string }{
		{"/", "desktop-home"}, {"/learn", "desktop-explainer"}, {"/quiz", "desktop-quiz"}, {"/results", "desktop-results"},
	} {
		openApp(t, ctx, srv.URL+p.path)
		screenshot(t, ctx, p.name)
	}
}
