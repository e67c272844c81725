// Package browser holds the one definition of how the browser journeys
// and the benchmark start headless Chromium: Debian's chromium with the
// flags this workplace needs (no sandbox as root, no background network
// traffic, which the closed network would refuse), a fresh profile, and a
// folder of its own for everything it writes.
package browser

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/chromedp/chromedp"
)

// socketTail is what Chromium appends to its temp directory for the
// profile lock's socket (chrome/browser/process_singleton_posix.cc).
const socketTail = "/org.chromium.Chromium.XXXXXX/SingletonSocket"

// maxSocketPath is the longest Unix socket path Linux accepts
// (sizeof(sockaddr_un.sun_path) less the terminating NUL).
const maxSocketPath = 107

// Dir makes the folder for one Chromium: its profile and its temporary
// files. The caller removes it with os.RemoveAll once the browser has
// ended. The name is short on purpose: Chromium binds a Unix socket two
// levels inside it, and with a longer path (t.TempDir's, for one) it
// stops at start with "Socket path too long", seen by chromedp only as
// the zygote's "Broken pipe".
func Dir() (string, error) {
	dir, err := os.MkdirTemp("", "bb-chromium-")
	if err != nil {
		return "", err
	}
	if len(dir)+len(socketTail) > maxSocketPath {
		os.Remove(dir)
		return "", fmt.Errorf("temp directory %s is too long for Chromium's profile-lock socket (at most %d bytes with %s): set TMPDIR to a shorter path", dir, maxSocketPath, socketTail)
	}
	return dir, nil
}

// Options returns the launch options for Chromium at execPath in dir (made
// by Dir) with the given window size. The profile goes in dir/profile and
// Chromium's temporary files in dir itself: Chromium keeps its profile
// lock's socket in an org.chromium.Chromium.* folder in TMPDIR, and a
// browser ended the way chromedp's cancel ends it (killed) never removes
// it: each browser left one such folder in the system temp directory.
func Options(execPath, dir string, width, height int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		// Env adds to the test's own environment (chromedp allocate.go,
		// setCmdEnv), so Chromium keeps HOME, PATH and the rest.
		chromedp.Env("TMPDIR=" + dir),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(width, height),
	}
}
