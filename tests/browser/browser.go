// Package browser holds the one definition of how the browser journeys
// and the benchmark start headless Chromium: Debian's chromium with the
// flags this workplace needs (no sandbox as root, no background network
// traffic, which the closed network would refuse) and a fresh profile.
package browser

import "github.com/chromedp/chromedp"

// Options returns the launch options for Chromium at execPath with an empty
// profile directory and the given window size.
func Options(execPath, profileDir string, width, height int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(execPath),
		chromedp.UserDataDir(profileDir),
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
