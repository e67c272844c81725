package journey

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"github.com/chromedp/chromedp"
)

// TestSCORMPackagesStartWhateverTheWasmType plays each package to the end
// from an LMS that sends app.wasm with a type that is not
// application/wasm, uncompressed, as real ones do: the quiz must start,
// finish, and the LMS get the score, the closed attempt and the time.
func TestSCORMPackagesStartWhateverTheWasmType(t *testing.T) {
	l := appConfig(t).Lesson
	ids := []string{l.Questions[0].ID, l.Questions[1].ID}
	settings := "questions=" + strings.Join(ids, ",")
	packages := map[report.SCORMVersion][]byte{}
	for _, v := range report.SCORMVersions {
		packages[v] = scormPackage(t, l, v, settings)
	}
	tests := []struct {
		v        report.SCORMVersion
		wasmType string
	}{
		{report.SCORM12, "document/unknown"},
		{report.SCORM2004, "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("SCORM %s as %s", tt.v, tt.wasmType), func(t *testing.T) {
			content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
			unzip(t, packages[tt.v], content)
			lms := testLMS(t, content, tt.wasmType)
			ctx := newBrowser(t, 1000, 1000)
			do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
			eval[bool](t, ctx, fmt.Sprintf(`(launch(%q, {}, %q), true)`, string(tt.v), lmsContent+server.SCORMLaunch+"?"+settings))
			waitFor(t, ctx, "the app to start with app.wasm sent as "+tt.wasmType, inFrame(`document.getElementById("app-ready")`))
			// What the student downloaded from the LMS to start the quiz.
			bytes := eval[[]int](t, ctx, `(() => { const w = document.querySelector("iframe").contentWindow;
				const all = [...w.performance.getEntriesByType("navigation"), ...w.performance.getEntriesByType("resource")];
				const wasm = all.filter(e => e.name.includes("app.wasm"));
				return [all.reduce((n, e) => n + e.encodedBodySize, 0), wasm.reduce((n, e) => n + e.encodedBodySize, 0), wasm.length]; })()`)
			if bytes[2] != 1 {
				t.Errorf("app.wasm was downloaded %d times, want once", bytes[2])
			}
			t.Logf("SCORM %s: the student downloaded %d bytes from the LMS, %d of them app.wasm", tt.v, bytes[0], bytes[1])
			for range ids {
				waitFor(t, ctx, "a question in the frame", inFrame(`document.querySelector("fieldset[data-question]")`))
				q, ok := l.Question(eval[string](t, ctx, inFrame(`document.querySelector("fieldset[data-question]").dataset.question`)))
				if !ok {
					t.Fatal("unknown question in the frame")
				}
				answerInFrame(t, ctx, q, rightResponse(q))
			}
			waitFor(t, ctx, "the results page", inFrame(`document.getElementById("lms-recorded")`))
			checkTimeCommittedOnFinish(t, ctx, tt.v)
			cmi := eval[map[string]any](t, ctx, `close()`)
			set := checkCalls(t, ctx, tt.v)
			switch tt.v {
			case report.SCORM12:
				core, _ := cmi["core"].(map[string]any)
				score, _ := core["score"].(map[string]any)
				if score["raw"] != "100" || core["lesson_status"] != "completed" || set["cmi.core.exit"] != "" {
					t.Errorf("the LMS holds score %v, status %v, exit %q; want 100, completed, \"\"", score, core["lesson_status"], set["cmi.core.exit"])
				}
			case report.SCORM2004:
				score, _ := cmi["score"].(map[string]any)
				if score["raw"] != "100" || cmi["completion_status"] != "completed" || set["cmi.exit"] != "normal" {
					t.Errorf("the LMS holds score %v, %v, exit %q; want 100, completed, normal", score, cmi["completion_status"], set["cmi.exit"])
				}
			}
		})
	}

	// A truncated app.wasm (a broken upload, a dropped connection) shows a
	// plain message with a retry, never a bar stuck at 100 %; the launch
	// page's links still lead to pages of the package; once the file is
	// whole again, Try again starts the app.
	t.Run("truncated app.wasm", func(t *testing.T) {
		content := filepath.Join(t.TempDir(), filepath.FromSlash(lmsContent))
		unzip(t, packages[report.SCORM12], content)
		packed := filepath.Join(content, "web", "app.wasm.gz")
		whole, err := os.ReadFile(packed)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(packed, whole[:len(whole)/2], 0o644); err != nil {
			t.Fatal(err)
		}
		lms := testLMS(t, content, "application/octet-stream")
		ctx := newBrowser(t, 1000, 1000)
		do(t, ctx, "opening the LMS", chromedp.Navigate(lms.URL+"/lms/player.html"))
		eval[bool](t, ctx, fmt.Sprintf(`(launch("1.2", {}, %q), true)`, lmsContent+server.SCORMLaunch+"?"+settings))
		waitFor(t, ctx, "the message that the quiz could not start", inFrame(`document.getElementById("wasm-retry") && document.getElementById("wasm-retry").offsetParent !== null`))
		msg := eval[string](t, ctx, inFrame(`document.getElementById("app-wasm-loader").innerText`))
		if !strings.Contains(msg, "could not start") || strings.Contains(msg, "%") {
			t.Errorf("the loader shows %q, want a plain message and no progress", msg)
		}
		screenshot(t, ctx, "scorm-truncated-wasm")

		// Every link of the launch page, followed before the app runs,
		// must be a file the LMS has: the launch page itself.
		links := eval[[]string](t, ctx, inFrame(`[...document.querySelectorAll("a[href]")].map(a => a.href).filter(h => h.startsWith(location.origin))`))
		if len(links) == 0 {
			t.Fatal("the launch page has no links to check")
		}
		for _, link := range links {
			if !strings.HasPrefix(link, lms.URL+lmsContent) {
				t.Errorf("link %s leaves the package", link)
				continue
			}
			resp, err := http.Get(link)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("link %s: %s from the LMS", link, resp.Status)
			}
		}

		if err := os.WriteFile(packed, whole, 0o644); err != nil {
			t.Fatal(err)
		}
		eval[bool](t, ctx, inFrame(`(document.getElementById("wasm-retry").click(), true)`))
		waitFor(t, ctx, "the app to start after Try again", inFrame(`document.getElementById("app-ready")`))
	})
}
