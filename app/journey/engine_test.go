package journey

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// engine is one browser, driven the same way whatever its make: the
// cross-engine journeys (engines_test.go) speak only this, so each new
// engine needs one small adapter and no journey of its own. Chromium is
// driven over the DevTools protocol (chromedp), Firefox over WebDriver
// BiDi (firefox_test.go) and WebKitGTK over classic WebDriver
// (webkit_test.go).
type engine interface {
	// Name is the engine's name in test output and screenshot files.
	Name() string
	// Navigate loads url and returns once the page's load event fired.
	Navigate(url string) error
	// Eval evaluates a JavaScript expression in the page, awaiting it if
	// it is a promise, and decodes its JSON value into out (nil discards).
	Eval(expr string, out any) error
	// Keys sends key presses to the focused element. Special keys are
	// WebDriver's code points (keyTab, keyEnter, keyDown); other runes are
	// typed as themselves.
	Keys(keys string) error
	// Resize sets the viewport (innerWidth × innerHeight) in CSS pixels.
	Resize(width, height int) error
	// Screenshot returns a PNG of the viewport.
	Screenshot() ([]byte, error)
	// Console returns what the page logged as errors (console.error,
	// uncaught exceptions, a Go panic), once each, since the last call.
	Console() []string
	// Close ends the browser and its helpers by PID and removes their
	// temporary profile.
	Close() error
}

// WebDriver's code points for the keys the journeys press
// (https://w3c.github.io/webdriver/#keyboard-actions).
const (
	keyTab   = "\uE004"
	keyEnter = "\uE007"
	keyDown  = "\uE015"
)

// wrapJSON makes expr's awaited value a JSON string, the one result type
// every protocol returns the same way.
func wrapJSON(expr string) string {
	return `(async () => { const v = await (` + expr + `); return v === undefined ? "null" : JSON.stringify(v); })()`
}

// chromiumEngine adapts a chromedp tab to engine, so the cross-engine
// journeys run in Chromium too without touching the chromedp journeys.
type chromiumEngine struct {
	ctx     context.Context
	console *consoleLog
	close   func()
}

// newChromiumEngine starts headless Chromium with a fresh profile (the
// same launch as every chromedp journey, tests/browser).
func newChromiumEngine(t *testing.T, width, height int64) engine {
	t.Helper()
	ctx := newBrowser(t, width, height)
	return &chromiumEngine{ctx: ctx, console: watchConsoleErrors(t, ctx), close: func() {}}
}

func (c *chromiumEngine) Name() string { return "chromium" }

func (c *chromiumEngine) Navigate(url string) error {
	return chromedp.Do(c.ctx, chromedp.Navigate(url))
}

func (c *chromiumEngine) Eval(expr string, out any) error {
	s, err := chromedp.Run(c.ctx, chromedp.Evaluate[string](wrapJSON(expr), chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	return decodeJSON(s, out)
}

// chromedpKeys maps WebDriver's code points to chromedp's own.
var chromedpKeys = strings.NewReplacer(keyTab, kb.Tab, keyEnter, kb.Enter, keyDown, kb.ArrowDown)

func (c *chromiumEngine) Keys(keys string) error {
	return chromedp.Do(c.ctx, chromedp.KeyEvent(chromedpKeys.Replace(keys)))
}

// Resize emulates a desktop-class viewport: no mobile zoom-out, so the
// page gets the width it would in a narrow window.
func (c *chromiumEngine) Resize(width, height int) error {
	return chromedp.Do(c.ctx, chromedp.EmulateViewport(int64(width), int64(height)))
}

func (c *chromiumEngine) Screenshot() ([]byte, error) {
	return chromedp.Run(c.ctx, chromedp.CaptureScreenshot())
}

func (c *chromiumEngine) Console() []string { return c.console.take() }

// Close is left to the test's cleanup, which newBrowser registered: it
// ends Chromium and removes its folder.
func (c *chromiumEngine) Close() error { c.close(); return nil }

// decodeJSON decodes a wrapJSON result into out.
func decodeJSON(s string, out any) error {
	if out == nil {
		return nil
	}
	if err := json.Unmarshal([]byte(s), out); err != nil {
		return fmt.Errorf("decoding %.200q: %w", s, err)
	}
	return nil
}

// consoleLog collects a page's error lines for engine.Console.
type consoleLog struct {
	lines chan string
}

func newConsoleLog() *consoleLog { return &consoleLog{lines: make(chan string, 1000)} }

func (l *consoleLog) add(line string) {
	select {
	case l.lines <- line:
	default: // A page that logs a thousand errors has failed already.
	}
}

func (l *consoleLog) take() []string {
	var out []string
	for {
		select {
		case s := <-l.lines:
			out = append(out, s)
		default:
			return out
		}
	}
}

// isConsoleError says whether a console line fails a journey: an error,
// or a Go panic, which the wasm runtime prints as plain output.
func isConsoleError(level, text string) bool {
	return level == "error" || strings.Contains(text, "panic:") || strings.Contains(text, "CSP violation")
}

// --- helpers over engine, failing the test with what was being done ---

// eng bundles an engine with its test, so journeys read as steps.
type eng struct {
	t *testing.T
	e engine
}

func (g eng) eval(expr string, out any) {
	g.t.Helper()
	if err := g.e.Eval(expr, out); err != nil {
		g.t.Fatalf("%s: evaluating %.300s: %v", g.e.Name(), expr, err)
	}
}

// truthy turns a condition into a boolean expression, waiting first if the
// condition is a promise: "!!(promise)" alone is true at once, whatever the
// promise settles to.
func truthy(cond string) string {
	return "(async () => !!(await (" + cond + ")))()"
}

func (g eng) bool(expr string) bool {
	g.t.Helper()
	var b bool
	g.eval(truthy(expr), &b)
	return b
}

func (g eng) str(expr string) string {
	g.t.Helper()
	var s string
	g.eval(expr, &s)
	return s
}

func (g eng) keys(keys string) {
	g.t.Helper()
	if err := g.e.Keys(keys); err != nil {
		g.t.Fatalf("%s: pressing %q: %v", g.e.Name(), keys, err)
	}
}

// waitFor polls cond until it holds. Evaluation errors while a page is
// being replaced (a reload) count as not yet.
func (g eng) waitFor(what, cond string, limit time.Duration) {
	g.t.Helper()
	deadline := time.Now().Add(limit)
	var last error
	for time.Now().Before(deadline) {
		var ok bool
		if last = g.e.Eval(truthy(cond), &ok); last == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	var main, focus string
	_ = g.e.Eval(`(document.querySelector("main")||{outerHTML: "no main"}).outerHTML.slice(0, 1500)`, &main)
	_ = g.e.Eval(`document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : "none"`, &focus)
	g.t.Fatalf("%s: timed out after %s waiting for %s (%s); last error %v; focus on %s; page: %s", g.e.Name(), limit, what, cond, last, focus, main)
}

// open navigates to url and waits until the app runs.
func (g eng) open(url string) {
	g.t.Helper()
	if err := g.e.Navigate(url); err != nil {
		g.t.Fatalf("%s: opening %s: %v", g.e.Name(), url, err)
	}
	g.waitFor("the app to run at "+url, `document.getElementById("app-ready")`, 60*time.Second)
}

// reload reloads the page and waits for the app to run again; the old
// page's ready marker is removed first so it cannot answer the wait.
func (g eng) reload() {
	g.t.Helper()
	g.eval(`(document.getElementById("app-ready") && document.getElementById("app-ready").remove(), setTimeout(() => location.reload(), 0), true)`, nil)
	time.Sleep(200 * time.Millisecond)
	g.waitFor("the app to run after a reload", `document.getElementById("app-ready")`, 60*time.Second)
}

// tabTo presses Tab until the focused element matches css.
func (g eng) tabTo(css string) {
	g.t.Helper()
	for i := 0; i < 60; i++ {
		if g.bool(fmt.Sprintf(`document.activeElement && document.activeElement.matches(%q)`, css)) {
			return
		}
		g.keys(keyTab)
	}
	g.t.Fatalf("%s: could not reach %s with the Tab key (focus on #%s)", g.e.Name(), css, g.str(`document.activeElement ? document.activeElement.id : ""`))
}

// assertNoConsoleErrors fails on anything the page logged as an error.
func (g eng) assertNoConsoleErrors(when string) {
	g.t.Helper()
	for _, line := range g.e.Console() {
		g.t.Errorf("%s: the page logged an error %s: %s", g.e.Name(), when, line)
	}
}

// screenshot saves the viewport as test-output/screenshots/NAME.png.
func (g eng) screenshot(name string) {
	g.t.Helper()
	png, err := g.e.Screenshot()
	if err != nil {
		g.t.Fatalf("%s: screenshot %s: %v", g.e.Name(), name, err)
	}
	dir := filepath.Join("..", "..", "test-output", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		g.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		g.t.Fatal(err)
	}
}

// watchConsoleErrors collects Chromium's console errors and uncaught
// exceptions for engine.Console (watchConsole, which newBrowser starts,
// fails only on panics and CSP violations).
func watchConsoleErrors(t *testing.T, ctx context.Context) *consoleLog {
	t.Helper()
	log := newConsoleLog()
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			text := consoleText(ev)
			if isConsoleError(string(ev.Type), text) {
				log.add("console." + string(ev.Type) + ": " + text)
			}
		case *runtime.EventExceptionThrown:
			msg := ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
			log.add("uncaught exception: " + msg)
		}
	})
	if err != nil {
		t.Fatalf("listening to the console: %v", err)
	}
	return log
}
