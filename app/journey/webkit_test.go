package journey

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// webkitEngine drives WebKitGTK, Safari's engine on Linux, through
// WebKitWebDriver: classic W3C WebDriver (JSON over HTTP, one request per
// command). The driver starts MiniBrowser, which has no headless mode, so
// both run under a private Xvfb display. MiniBrowser writes the page's
// console to its stdout when asked (WebKitSettings
// enable-write-console-messages-to-stdout), which classic WebDriver has no
// command for; that is where Console reads it.
type webkitEngine struct {
	xvfb, driver *exec.Cmd
	base         string // http://127.0.0.1:PORT/session/ID
	client       *http.Client
	console      *consoleLog
	closeOnce    sync.Once
}

// miniBrowser is where Debian's libwebkit2gtk-4.1-0 installs MiniBrowser.
const miniBrowser = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"

// webkitSessions lets one WebKit session run at a time: WebKitWebDriver
// drives one browser.
var webkitSessions sync.Mutex

// newWebKitEngine starts Xvfb and WebKitWebDriver on 127.0.0.1, opens a
// session (MiniBrowser, in automation mode with its own ephemeral data,
// HOME and XDG folders in a temp dir that the test removes) and sizes the
// window so the page's viewport is width × height.
func newWebKitEngine(t *testing.T, width, height int) engine {
	t.Helper()
	driverPath, err := exec.LookPath("WebKitWebDriver")
	if err != nil {
		t.Fatal("WebKitWebDriver is not installed: run `sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb` (make test does this when run as root)")
	}
	xvfbPath, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Fatal("Xvfb is not installed: run `sudo apt-get install -y --no-install-recommends xvfb` (make test does this when run as root)")
	}
	webkitSessions.Lock()
	home := t.TempDir()
	w := &webkitEngine{client: &http.Client{Timeout: 120 * time.Second}, console: newConsoleLog()}
	t.Cleanup(func() { w.Close(); webkitSessions.Unlock() })

	// Xvfb picks a free display and writes its number to fd 3.
	r, wr, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	w.xvfb = exec.Command(xvfbPath, "-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
	w.xvfb.ExtraFiles = []*os.File{wr}
	if err := w.xvfb.Start(); err != nil {
		t.Fatalf("starting Xvfb: %v", err)
	}
	wr.Close()
	display := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		display <- strings.TrimSpace(line)
		r.Close()
	}()
	var dpy string
	select {
	case dpy = <-display:
	case <-time.After(30 * time.Second):
		t.Fatal("Xvfb did not report a display within 30 s")
	}
	if dpy == "" {
		t.Fatal("Xvfb exited without a display")
	}

	port := freePort(t)
	w.driver = exec.Command(driverPath, "--host=127.0.0.1", "--port="+strconv.Itoa(port), "--replace-on-new-session")
	w.driver.Env = append(os.Environ(), "DISPLAY=:"+dpy, "HOME="+home,
		"XDG_DATA_HOME="+filepath.Join(home, "data"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_RUNTIME_DIR="+home, "NO_AT_BRIDGE=1")
	w.driver.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // MiniBrowser and WebKit's helpers are its children.
	out, err := w.driver.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	w.driver.Stderr = w.driver.Stdout
	if err := w.driver.Start(); err != nil {
		t.Fatalf("starting WebKitWebDriver: %v", err)
	}
	go w.readConsole(out)

	root := fmt.Sprintf("http://127.0.0.1:%d", port)
	var session struct {
		SessionID string `json:"sessionId"`
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"webkitgtk:browserOptions": map[string]any{
			"binary": miniBrowser,
			// The driver passes only these arguments, so --automation
			// must be among them or the session never opens.
			"args": []string{"--automation", "--enable-write-console-messages-to-stdout=true"},
		},
	}}}
	deadline := time.Now().Add(30 * time.Second)
	for {
		err = w.do("POST", root+"/session", caps, &session)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond) // the driver is still starting
	}
	if err != nil {
		t.Fatalf("webkit: opening a session: %v", err)
	}
	w.base = root + "/session/" + session.SessionID
	if err := w.Navigate("about:blank"); err != nil {
		t.Fatal(err)
	}
	if err := w.Resize(width, height); err != nil {
		t.Fatal(err)
	}
	return w
}

// freePort asks the kernel for a free port on 127.0.0.1.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// Resize sets the window so the viewport (innerWidth × innerHeight)
// matches, whatever MiniBrowser's toolbar takes: it sizes the window,
// measures the viewport and corrects by the difference.
func (w *webkitEngine) Resize(width, height int) error {
	set := func(ww, hh int) error {
		return w.do("POST", w.base+"/window/rect", map[string]int{"width": ww, "height": hh}, nil)
	}
	var inner [2]int
	if err := set(width, height); err != nil {
		return fmt.Errorf("webkit: sizing the window: %w", err)
	}
	for try := 0; try < 3; try++ {
		time.Sleep(100 * time.Millisecond)
		if err := w.Eval(`[innerWidth, innerHeight]`, &inner); err != nil {
			return fmt.Errorf("webkit: measuring the viewport: %w", err)
		}
		if inner[0] == width && inner[1] == height {
			return nil
		}
		var rect struct{ Width, Height int }
		if err := w.do("GET", w.base+"/window/rect", nil, &rect); err != nil {
			return fmt.Errorf("webkit: reading the window size: %w", err)
		}
		if err := set(rect.Width+width-inner[0], rect.Height+height-inner[1]); err != nil {
			return fmt.Errorf("webkit: sizing the window: %w", err)
		}
	}
	return fmt.Errorf("webkit: the viewport is %d×%d, want %d×%d", inner[0], inner[1], width, height)
}

// consoleLine is how WebKit writes a console message to stdout:
// "CONSOLE JS ERROR ..." (source, level, text).
var consoleLine = regexp.MustCompile(`^CONSOLE (\w+) (\w+) (.*)$`)

func (w *webkitEngine) readConsole(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		m := consoleLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if isConsoleError(strings.ToLower(m[2]), m[3]) {
			w.console.add(line)
		}
	}
}

// do sends one WebDriver command and decodes its "value".
func (w *webkitEngine) do(method, url string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(b, &env); err != nil {
		return fmt.Errorf("%s %s: HTTP %d: %.300s", method, url, resp.StatusCode, b)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		json.Unmarshal(env.Value, &e)
		return fmt.Errorf("%s %s: %s: %s", method, strings.TrimPrefix(url, w.base), e.Error, e.Message)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(env.Value, out)
}

func (w *webkitEngine) Name() string { return "webkit" }

func (w *webkitEngine) Navigate(url string) error {
	return w.do("POST", w.base+"/url", map[string]string{"url": url}, nil)
}

func (w *webkitEngine) Eval(expr string, out any) error {
	script := `const done = arguments[arguments.length - 1];
` + wrapJSON(expr) + `.then(v => done({v}), e => done({e: String(e && e.stack || e)}));`
	var r struct {
		V string `json:"v"`
		E string `json:"e"`
	}
	if err := w.do("POST", w.base+"/execute/async", map[string]any{"script": script, "args": []any{}}, &r); err != nil {
		return err
	}
	if r.E != "" {
		return fmt.Errorf("exception: %s", r.E)
	}
	return decodeJSON(r.V, out)
}

func (w *webkitEngine) Keys(keys string) error {
	var actions []map[string]string
	for _, r := range keys {
		actions = append(actions, map[string]string{"type": "keyDown", "value": string(r)}, map[string]string{"type": "keyUp", "value": string(r)})
	}
	return w.do("POST", w.base+"/actions", map[string]any{
		"actions": []map[string]any{{"type": "key", "id": "keyboard", "actions": actions}},
	}, nil)
}

func (w *webkitEngine) Screenshot() ([]byte, error) {
	var s string
	if err := w.do("GET", w.base+"/screenshot", nil, &s); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(s)
}

func (w *webkitEngine) Console() []string { return w.console.take() }

// Close ends the session, then the driver's process group (MiniBrowser
// and WebKit's helper processes) and Xvfb, each by PID.
func (w *webkitEngine) Close() error {
	w.closeOnce.Do(func() {
		if w.base != "" {
			c := &http.Client{Timeout: 10 * time.Second}
			if req, err := http.NewRequest("DELETE", w.base, nil); err == nil {
				if resp, err := c.Do(req); err == nil {
					resp.Body.Close()
				}
			}
		}
		for _, cmd := range []*exec.Cmd{w.driver, w.xvfb} {
			if cmd == nil || cmd.Process == nil {
				continue
			}
			if cmd == w.driver {
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
			} else {
				_ = cmd.Process.Signal(syscall.SIGTERM)
			}
			exited := make(chan struct{})
			go func() { cmd.Wait(); close(exited) }()
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				_ = cmd.Process.Kill()
				<-exited
			}
			if cmd == w.driver {
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			}
		}
	})
	return nil
}
