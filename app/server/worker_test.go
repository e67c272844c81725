package server

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestWorkerPatchesApplyToGoAppsTemplate fails when a go-app upgrade
// changes the service worker text our fixes patch.
func TestWorkerPatchesApplyToGoAppsTemplate(t *testing.T) {
	js, err := ServiceWorker()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"{{.Version}}", "{{.ResourcesToCache}}", // go-app still fills these in
		`const cachePrefix = "beyond-budapest-"`,
		"event.waitUntil((async () => {\n    await installWorker();",
		"key.startsWith(cachePrefix)",
		"ignoreSearch: true",
		"plainResponse(page)",
	} {
		if !strings.Contains(js, want) {
			t.Errorf("patched worker lacks %q", want)
		}
	}
	if strings.Contains(js, `"app-" + "{{.Version}}"`) {
		t.Error("the unprefixed cache name survived")
	}
}

func TestWorkerPatchFailsLoudlyWhenUpstreamMoves(t *testing.T) {
	changed := strings.Replace(app.DefaultAppWorkerJS, "await installWorker();", "await installWorkerV2();", 1)
	_, err := patchWorker(changed)
	if err == nil || !strings.Contains(err.Error(), "install") {
		t.Errorf("got %v, want an error naming the install part", err)
	}
}
