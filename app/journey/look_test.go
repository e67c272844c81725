package journey

import (
	"strings"
	"testing"

	"beyondbudapest/app/ui"
)

// TestLookAtEveryPage renders every routed page at desktop and phone size,
// saves a screenshot of each under test-output/screenshots/, and fails if a
// page does not mount or scrolls sideways on the phone.
func TestLookAtEveryPage(t *testing.T) {
	srv, _ := startApp(t)
	for _, size := range viewports {
		ctx := newBrowser(t, size.width, size.height)
		for _, p := range ui.Pages {
			name := strings.ReplaceAll(strings.Trim(p.Path, "/"), "/", "-")
			if name == "" {
				name = "home"
			}
			openApp(t, ctx, srv.URL+p.Path)
			if size.name == "phone" {
				assertNoSideways(t, ctx, p.Path)
			}
			screenshot(t, ctx, size.name+"-page-"+name)
		}
	}
}
