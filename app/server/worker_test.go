package server

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"beyondbudapest/assets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestWorkerPatchesApplyToGoAppsTemplate fails when a go-app upgrade
// changes the service worker text our fixes patch.
func TestWorkerPatchesApplyToGoAppsTemplate(t *testing.T) {
	js, err := ServiceWorker(90 * time.Second)
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
		"const installTimeout = 90000;", "signal: abort.signal",
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

// TestBootWaitsLongerThanTheWorker keeps boot.js from calling an install
// stalled while the worker may still be working on it.
func TestBootWaitsLongerThanTheWorker(t *testing.T) {
	b, err := assets.Files.ReadFile("boot.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`var stalledAfter = (\d+);`).FindSubmatch(b)
	if m == nil {
		t.Fatal("assets/boot.js has no stalledAfter")
	}
	ms, _ := strconv.Atoi(string(m[1]))
	if stalled := time.Duration(ms) * time.Millisecond; stalled < DefaultInstallTimeout+10*time.Second {
		t.Errorf("boot.js calls an install stalled after %s, but the worker gives up only after %s: leave it 10 s more", stalled, DefaultInstallTimeout)
	}
}
