package server

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"beyondbudapest/app/ui"
	"beyondbudapest/assets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Static writes the whole app into dir as plain files that any static host
// can serve, at the site root (base "" or "/") or under a base path such as
// "/beyond-budapest/". Pages are written as learn.html and so on, the
// layout GitHub Pages, Netlify and most hosts serve for /learn.
func Static(dir, base string, cfg Config) error {
	prefix := strings.TrimRight("/"+strings.Trim(base, "/"), "/")
	if err := staticSite(dir, prefix, cfg); err != nil {
		return err
	}
	// The compressed copies, for hosts that serve them (.htaccess does).
	for ext, b := range map[string][]byte{".br": cfg.WasmBrotli, ".gz": cfg.WasmGzip} {
		if b == nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, "web", "app.wasm"+ext), b, 0o644); err != nil {
			return fmt.Errorf("server: writing app.wasm%s: %w", ext, err)
		}
	}
	if err := hostFiles(dir, prefix); err != nil {
		return err
	}
	// go-app writes every registered route, the LMS launch page included
	// (pkg/app/static.go:38-40); it is only for SCORM packages.
	return os.Remove(filepath.Join(dir, strings.TrimPrefix(ui.LMSLaunch, "/")))
}

// staticSite writes the site under prefix, with extra scripts loaded
// first.
func staticSite(dir, prefix string, cfg Config, firstScripts ...string) error {
	// Each route sets the language of the page it renders (ui.SetLang,
	// through the route), and go-app renders them here without the
	// server's rendered (render.go): the language in use before is put
	// back, or the last page's would stay for everything rendered after.
	rendering.Lock()
	defer rendering.Unlock()
	defer ui.SetLang(ui.Lang())
	h, err := newAppHandler(cfg)
	if err != nil {
		return err
	}
	h.Scripts = append(firstScripts, h.Scripts...)
	h.Resources = staticResolver{prefix: prefix}
	h.RawHeaders = append(h.RawHeaders, preloadWasm(prefix))

	var routes []string
	for _, p := range ui.Pages {
		routes = append(routes, p.Path)
	}
	// go-app writes the pages and its generated files but only an empty
	// web/ folder (pkg/app/static.go:57-60): the assets and app.wasm are
	// copied here.
	if err := app.GenerateStaticWebsite(dir, h, routes...); err != nil {
		return fmt.Errorf("server: generating the static site: %w", err)
	}
	for name, patch := range map[string]func([]byte) ([]byte, error){"app.js": patchAppJS, "manifest.webmanifest": withManifestID} {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("server: reading the generated %s: %w", name, err)
		}
		if b, err = patch(b); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	// Each other language's manifest in its folder (manifestIn).
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	if err != nil {
		return err
	}
	for _, l := range ui.Languages[1:] {
		b, err := manifestIn(l.Code)(manifest)
		if err != nil {
			return err
		}
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(ui.LangPath(l.Code, "/manifest.webmanifest"), "/")))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	origin, err := checkOrigin(cfg.SiteOrigin)
	if err != nil {
		return err
	}
	// Every page, the other languages' in their folders (uk/learn.html).
	if err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(p, prefixLinks(fixHead(b, pagePath(rel), origin, prefix), prefix), 0o644)
	}); err != nil {
		return err
	}
	// go-app writes a language's start page (/uk/) as uk.html, which hosts
	// serve at /uk; links and the precache ask for /uk/, which hosts
	// serve from uk/index.html.
	for _, l := range ui.Languages[1:] {
		b, err := os.ReadFile(filepath.Join(dir, l.Code+".html"))
		if err != nil {
			return fmt.Errorf("server: the %s start page was not written: %w", l.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, l.Code, "index.html"), b, 0o644); err != nil {
			return err
		}
	}
	web := filepath.Join(dir, "web")
	if err := fs.WalkDir(assets.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets.Files, p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(web, p), b, 0o644)
	}); err != nil {
		return fmt.Errorf("server: copying assets: %w", err)
	}
	if err := os.WriteFile(filepath.Join(web, "app.wasm"), cfg.Wasm, 0o644); err != nil {
		return fmt.Errorf("server: writing app.wasm: %w", err)
	}
	// Hosts that serve 404.html for unknown paths then start the app,
	// which routes the path itself.
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "404.html"), index, 0o644)
}

// pagePath is the address of the page written to file rel: "index.html"
// is "/", "learn.html" "/learn", "uk.html" "/uk/" and "uk/learn.html"
// "/uk/learn".
func pagePath(rel string) string {
	p := "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".html")
	if p == "/index" {
		return "/"
	}
	if code, own := ui.SplitLang(p + "/"); own == "/" && code != ui.English {
		return ui.LangPath(code, "/")
	}
	return p
}

// staticResolver puts every local URL under the base path. Unlike
// go-app's PrefixedLocation it is not an http.Handler: that one embeds a
// zero local resolver whose nil handler panics if ever served from
// (pkg/app/resource.go:81-84), and a static build never serves.
type staticResolver struct{ prefix string }

// Resolve prefixes local paths; the root resolves to the prefix itself,
// as go-app's own prefixed resolver does, so the client strips it cleanly.
func (r staticResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		if r.prefix == "" {
			return "/"
		}
		return r.prefix
	case strings.HasPrefix(location, "/") && !strings.HasPrefix(location, "//"):
		return r.prefix + location
	}
	return location
}
