// Package journey drives the real app in headless Chromium: the student
// journeys that no unit test can prove (keyboard use, reload, phone size).
// The tests need Debian's chromium; `make test` installs it.
package journey

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
	"beyondbudapest/tests/browser"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

var (
	configOnce sync.Once
	config     server.Config
	configErr  error
)

// appConfig returns the server's configuration for the bundled lesson and
// the browser app, loaded once with server.LoadConfig as make run loads
// it, and registers the app's routes for the prerender. The app is the
// file named by BB_WASM (the Makefile passes the one it just built, with
// its brotli and gzip copies), or a fresh build into a temp dir. Each
// caller gets its own copy of the struct to change.
func appConfig(t *testing.T) server.Config {
	t.Helper()
	registerOnce.Do(ui.Register)
	configOnce.Do(func() {
		if p := os.Getenv("BB_WASM"); p != "" {
			config, configErr = server.LoadConfig(p)
			return
		}
		dir, err := os.MkdirTemp("", "bb-journey-wasm-")
		if err != nil {
			configErr = err
			return
		}
		defer os.RemoveAll(dir)
		out := filepath.Join(dir, "app.wasm")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "beyondbudapest/app")
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			configErr = fmt.Errorf("building app.wasm: %v\n%s", err, b)
			return
		}
		config, configErr = server.LoadConfig(out)
	})
	if configErr != nil {
		t.Fatal(configErr)
	}
	return config
}

// viewports are the two sizes every page is looked at and audited in.
var viewports = []struct {
	name          string
	width, height int64
}{{"desktop", 1280, 900}, {"phone", 360, 740}}

var registerOnce sync.Once

// startApp serves the app on 127.0.0.1 for the length of the test.
func startApp(t *testing.T) (*httptest.Server, *quiz.Lesson) {
	t.Helper()
	return startAppWith(t, nil)
}

// startAppWith is startApp with a change to the server's configuration.
func startAppWith(t *testing.T, change func(*server.Config)) (*httptest.Server, *quiz.Lesson) {
	t.Helper()
	cfg := appConfig(t)
	if change != nil {
		change(&cfg)
	}
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h) // listens on 127.0.0.1 only
	t.Cleanup(srv.Close)
	return srv, cfg.Lesson
}

// chromiumPath finds Debian's Chromium, or fails with the command to run.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if testing.Short() {
		t.Skip("chromium not installed; skipped in -short mode")
	}
	t.Fatal("chromium is not installed: run `sudo apt-get install -y chromium chromium-driver` (make test does this when run as root)")
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// tab context. width and height set the viewport. The browser's folder
// (profile and temporary files) is removed when the test ends.
func newBrowser(t *testing.T, width, height int64) context.Context {
	t.Helper()
	if goruntime.GOOS != "linux" {
		t.Skip("browser journeys run on Linux with Debian's chromium")
	}
	dir, err := browser.Dir()
	if err != nil {
		t.Fatal(err)
	}
	// Registered first, so it runs last: after the browser has ended.
	t.Cleanup(func() { removeBrowserDir(t, dir) })
	opts := browser.Options(chromiumPath(t), dir, int(width), int(height))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	tctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	watchConsole(t, tctx)
	var viewport []chromedp.EmulateViewportOption
	if width < 600 {
		viewport = append(viewport, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(width, height, viewport...)); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	// Every page reports Content-Security-Policy violations to the console,
	// where watchConsole turns them into test failures: the app must run
	// under its own policy with none.
	if _, err := chromedp.Call(tctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `document.addEventListener("securitypolicyviolation", e => console.error("CSP violation: " + e.violatedDirective + " blocked " + e.blockedURI + " at " + e.sourceFile + ":" + e.lineNumber + " " + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 120) : "") + " in " + location.pathname));`,
	}); err != nil {
		t.Fatalf("installing the CSP listener: %v", err)
	}
	return tctx
}

// removeBrowserDir removes a browser's folder, its profile and temporary
// files. Chromium's helper processes can still be writing there for a
// moment after the browser has gone, so it retries for a few seconds
// before failing the test.
func removeBrowserDir(t *testing.T, dir string) {
	t.Helper()
	var err error
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if err = os.RemoveAll(dir); err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Errorf("removing the browser's folder: %v", err)
	}
}

// do executes browser steps in order, failing the test with what was
// being done.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and decodes its result.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// openApp navigates to url and waits until the wasm app has mounted.
func openApp(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, "opening "+url, chromedp.Navigate(url), waitReady())
}

// openSettings opens the settings page and waits until its device
// section has read what the browser keeps: the "Ask the browser to keep
// my progress" button it may then add moves everything below it, and a
// click aimed before that lands on the wrong spot.
func openSettings(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	openApp(t, ctx, url)
	waitFor(t, ctx, "the device section to settle", `!!document.getElementById("persist-status").dataset.state && !!document.getElementById("offline-status").dataset.state`)
}

// waitReady waits for the client-only marker that the app renders once
// the Go program runs and its handlers are attached.
func waitReady() chromedp.Action[chromedp.Void] {
	return chromedp.WaitReady(chromedp.CSS("#app-ready"))
}

// screenshot saves a full-page PNG under test-output/ (git-ignored) for a
// person to look at.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := filepath.Join("..", "..", "test-output", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// text returns the text content of the first element matching sel.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("reading %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

// activeID returns the id of the focused element.
func activeID(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `document.activeElement ? document.activeElement.id : ""`)
}

// watchConsole records the page's console and uncaught exceptions. A Go
// panic in the wasm or an uncaught exception fails the test; the console
// is printed when a test fails, to show what the app said.
func watchConsole(t *testing.T, ctx context.Context) {
	t.Helper()
	var mu sync.Mutex
	var lines, fatal []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			line := fmt.Sprintf("console.%s: %s", ev.Type, consoleText(ev))
			lines = append(lines, line)
			if strings.Contains(line, "panic:") || strings.Contains(line, "CSP violation") {
				fatal = append(fatal, line)
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			lines = append(lines, "exception: "+msg)
			fatal = append(fatal, "uncaught exception: "+msg)
		}
	})
	if err != nil {
		t.Fatalf("listening to the console: %v", err)
	}
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, f := range fatal {
			t.Errorf("the page failed: %s", f)
		}
		if t.Failed() && len(lines) > 0 {
			t.Logf("page console:\n%s", strings.Join(lines, "\n"))
		}
	})
}

// wasmGate serves the app but can hold back app.wasm, to look at a page
// before any Go code runs in it (only the prerender and boot.js).
type wasmGate struct {
	mu      sync.Mutex
	held    bool
	release chan struct{}
}

// gateWasm wraps the app's handler; app.wasm waits while the gate is held.
func gateWasm(inner http.Handler, held bool) (*wasmGate, http.Handler) {
	g := &wasmGate{held: held, release: make(chan struct{})}
	return g, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		g.mu.Lock()
		wait := g.held && strings.HasSuffix(r.URL.Path, "/app.wasm")
		release := g.release
		g.mu.Unlock()
		if wait {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		inner.ServeHTTP(w, r)
	})
}

// hold makes later app.wasm requests wait, also after an open.
func (g *wasmGate) hold() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.held {
		g.held = true
		g.release = make(chan struct{})
	}
}

// open lets every waiting and later request through.
func (g *wasmGate) open() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.held {
		g.held = false
		close(g.release)
	}
}

// reloadApp reloads the page and waits for the app to run again. The old
// page's ready marker is removed first, so the wait cannot be satisfied
// by the page that is going away.
func reloadApp(t *testing.T, ctx context.Context) {
	t.Helper()
	do(t, ctx, "reload",
		chromedp.Evaluate[chromedp.Void](`document.getElementById("app-ready") && document.getElementById("app-ready").remove()`),
		chromedp.Reload(), waitReady())
}

// consoleText is what a console call printed: each argument's JSON value,
// or its description where it has none (objects, errors).
func consoleText(ev *runtime.EventConsoleAPICalled) string {
	var parts []string
	for _, a := range ev.Args {
		if len(a.Value) > 0 {
			parts = append(parts, string(a.Value))
		} else {
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}
