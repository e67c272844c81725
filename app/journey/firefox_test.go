package journey

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// firefoxEngine drives Firefox ESR over WebDriver BiDi
// (https://w3c.github.io/webdriver-bidi/), which Firefox serves itself
// when started with --remote-debugging-port: no geckodriver. Messages are
// JSON over one WebSocket; commands carry an id that their answer
// repeats, and events (console entries) arrive in between.
type firefoxEngine struct {
	cmd     *exec.Cmd
	conn    *websocket.Conn
	context string // The top-level browsing context (the tab).
	console *consoleLog

	mu      sync.Mutex
	nextID  int
	waiting map[int]chan bidiAnswer
	readErr error
	done    chan struct{}
}

type bidiAnswer struct {
	Type    string          `json:"type"` // "success", "error" or "event"
	ID      int             `json:"id"`
	Method  string          `json:"method"`
	Result  json.RawMessage `json:"result"`
	Params  json.RawMessage `json:"params"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

// firefoxPath finds Debian's Firefox ESR, or fails with the command to run.
func firefoxPath(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("firefox-esr")
	if err != nil {
		t.Fatal("firefox-esr is not installed: run `sudo apt-get install -y --no-install-recommends firefox-esr` (make test does this when run as root)")
	}
	return p
}

// firefoxPrefs keep a test profile quiet on a closed network: no first-run
// pages, no update or telemetry traffic. The remote agent adds its own
// recommended automation preferences on top. focusmanager.testmode keeps
// the headless window focused as a person's would be: a page without focus
// gets key events but no activation behaviour (Space ticks no box, Enter
// presses no button).
const firefoxPrefs = `user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
user_pref("browser.aboutwelcome.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.reportingpolicy.firstRun", false);
user_pref("app.update.disabledForTesting", true);
user_pref("network.captive-portal-service.enabled", false);
user_pref("network.connectivity-service.enabled", false);
user_pref("focusmanager.testmode", true);
`

var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://127\.0\.0\.1:\d+)`)

// newFirefoxEngine starts headless Firefox ESR with a fresh profile in a
// temp dir (removed by the test), reads the BiDi address from its stderr,
// opens a session and sizes the viewport.
func newFirefoxEngine(t *testing.T, width, height int) engine {
	t.Helper()
	profile := t.TempDir()
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(firefoxPrefs), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(firefoxPath(t), "--headless", "--no-remote", "--remote-debugging-port=0", "--profile", profile)
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1", "HOME="+profile)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // Firefox forks content processes: end the group.
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting firefox-esr: %v", err)
	}
	f := &firefoxEngine{cmd: cmd, console: newConsoleLog(), waiting: map[int]chan bidiAnswer{}, done: make(chan struct{})}
	t.Cleanup(func() { f.Close() })

	found := make(chan string, 1)
	var tail []string
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := bidiListening.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			} else if len(tail) < 20 {
				tail = append(tail, sc.Text())
			}
		}
	}()
	var addr string
	select {
	case addr = <-found:
	case <-time.After(60 * time.Second):
		t.Fatalf("firefox-esr did not say where WebDriver BiDi listens within 60 s; stderr: %s", strings.Join(tail, "\n"))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	f.conn, _, err = websocket.Dial(ctx, addr+"/session", nil)
	if err != nil {
		t.Fatalf("connecting to Firefox at %s: %v", addr, err)
	}
	f.conn.SetReadLimit(64 << 20) // Screenshots arrive as one message.
	go f.read()

	if _, err := f.call("session.new", map[string]any{"capabilities": map[string]any{}}); err != nil {
		t.Fatalf("firefox: session.new: %v", err)
	}
	if _, err := f.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}); err != nil {
		t.Fatalf("firefox: subscribing to the console: %v", err)
	}
	// A tab of the session's own, in front: the tab that a fresh profile
	// opens with may not be the focused one.
	created, err := f.call("browsingContext.create", map[string]any{"type": "tab"})
	if err != nil {
		t.Fatalf("firefox: opening a tab: %v", err)
	}
	var tab struct {
		Context string `json:"context"`
	}
	if err := json.Unmarshal(created, &tab); err != nil || tab.Context == "" {
		t.Fatalf("firefox: no tab in %s (%v)", created, err)
	}
	f.context = tab.Context
	if err := f.Resize(width, height); err != nil {
		t.Fatal(err)
	}
	if _, err := f.call("browsingContext.activate", map[string]any{"context": f.context}); err != nil {
		t.Fatalf("firefox: focusing the tab: %v", err)
	}
	return f
}

// read dispatches answers to their callers and console entries to the log.
func (f *firefoxEngine) read() {
	defer close(f.done)
	for {
		_, data, err := f.conn.Read(context.Background())
		if err != nil {
			f.mu.Lock()
			f.readErr = err
			for id, ch := range f.waiting {
				close(ch)
				delete(f.waiting, id)
			}
			f.mu.Unlock()
			return
		}
		var a bidiAnswer
		if json.Unmarshal(data, &a) != nil {
			continue
		}
		if a.Type == "event" {
			if a.Method == "log.entryAdded" {
				f.logEntry(a.Params)
			}
			continue
		}
		f.mu.Lock()
		ch := f.waiting[a.ID]
		delete(f.waiting, a.ID)
		f.mu.Unlock()
		if ch != nil {
			ch <- a
		}
	}
}

func (f *firefoxEngine) logEntry(params json.RawMessage) {
	var e struct {
		Type   string `json:"type"` // "console" or "javascript" (uncaught)
		Level  string `json:"level"`
		Text   string `json:"text"`
		Source struct {
			Context string `json:"context"`
		} `json:"source"`
	}
	if json.Unmarshal(params, &e) != nil {
		return
	}
	if e.Type == "javascript" || isConsoleError(e.Level, e.Text) {
		f.console.add(e.Type + "." + e.Level + ": " + e.Text)
	}
}

// call sends one command and waits for its answer.
func (f *firefoxEngine) call(method string, params any) (json.RawMessage, error) {
	f.mu.Lock()
	if f.readErr != nil {
		f.mu.Unlock()
		return nil, fmt.Errorf("firefox: connection lost: %w", f.readErr)
	}
	f.nextID++
	id := f.nextID
	ch := make(chan bidiAnswer, 1)
	f.waiting[id] = ch
	f.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := f.conn.Write(ctx, websocket.MessageText, msg); err != nil {
		return nil, fmt.Errorf("firefox: sending %s: %w", method, err)
	}
	select {
	case a, ok := <-ch:
		if !ok {
			return nil, fmt.Errorf("firefox: connection lost during %s", method)
		}
		if a.Type == "error" {
			return nil, fmt.Errorf("firefox: %s: %s: %s", method, a.Error, a.Message)
		}
		return a.Result, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("firefox: no answer to %s within 90 s", method)
	}
}

func (f *firefoxEngine) Name() string { return "firefox" }

func (f *firefoxEngine) Navigate(url string) error {
	_, err := f.call("browsingContext.navigate", map[string]any{"context": f.context, "url": url, "wait": "complete"})
	return err
}

func (f *firefoxEngine) Eval(expr string, out any) error {
	res, err := f.call("script.evaluate", map[string]any{
		"expression": wrapJSON(expr), "target": map[string]string{"context": f.context}, "awaitPromise": true,
	})
	if err != nil {
		return err
	}
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Type  string `json:"type"`
			Value string `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return err
	}
	if r.Type == "exception" {
		return errors.New("exception: " + r.ExceptionDetails.Text)
	}
	return decodeJSON(r.Result.Value, out)
}

func (f *firefoxEngine) Keys(keys string) error {
	var actions []map[string]string
	for _, r := range keys {
		actions = append(actions, map[string]string{"type": "keyDown", "value": string(r)}, map[string]string{"type": "keyUp", "value": string(r)})
	}
	_, err := f.call("input.performActions", map[string]any{
		"context": f.context,
		"actions": []map[string]any{{"type": "key", "id": "keyboard", "actions": actions}},
	})
	return err
}

func (f *firefoxEngine) Resize(width, height int) error {
	_, err := f.call("browsingContext.setViewport", map[string]any{
		"context": f.context, "viewport": map[string]int{"width": width, "height": height},
	})
	return err
}

func (f *firefoxEngine) Screenshot() ([]byte, error) {
	res, err := f.call("browsingContext.captureScreenshot", map[string]any{"context": f.context})
	if err != nil {
		return nil, err
	}
	var r struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

func (f *firefoxEngine) Console() []string { return f.console.take() }

// Close ends the session, then Firefox's process group by its PID, and
// waits for it, so the test's temp profile can be removed.
func (f *firefoxEngine) Close() error {
	if f.cmd.Process == nil || f.cmd.ProcessState != nil {
		return nil
	}
	if f.conn != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		msg, _ := json.Marshal(map[string]any{"id": 1 << 30, "method": "browser.close", "params": map[string]any{}})
		_ = f.conn.Write(ctx, websocket.MessageText, msg)
		cancel()
		f.conn.CloseNow()
	}
	exited := make(chan error, 1)
	go func() { exited <- f.cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-f.cmd.Process.Pid, syscall.SIGKILL)
		<-exited
	}
	// Content processes left behind share the group that Firefox led.
	_ = syscall.Kill(-f.cmd.Process.Pid, syscall.SIGKILL)
	return nil
}
