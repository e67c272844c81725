// Package server publishes the app: go-app's handler for pages, the
// generated scripts and the manifest, plus the embedded assets and the
// compiled app.wasm under /web/.
package server

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/ui"
	"beyondbudapest/assets"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Config is what the server needs to publish the app.
type Config struct {
	Wasm []byte // The compiled browser app (app.wasm).
	// WasmBrotli and WasmGzip are app.wasm compressed ahead of time (by
	// make wasm); either may be nil. Browsers that accept them get them.
	WasmBrotli, WasmGzip []byte
	Lesson               *quiz.Lesson // The bundled lesson, already validated.
	// Version overrides the content hash that names this release; leave
	// it empty except to simulate a new release in tests.
	Version string
	// UpdateInterval is how often a running app checks for a new version;
	// zero means the app's default (30 minutes).
	UpdateInterval time.Duration
	// InstallTimeout is how long the service worker's install may take;
	// zero means DefaultInstallTimeout.
	InstallTimeout time.Duration
	// SiteOrigin is the site's public address (https://example.org), if
	// known: pages then carry absolute og:url and og:image for link
	// previews; without it they carry none.
	SiteOrigin string
	// FrameAncestors lists the origins (https://lms.example.edu) allowed to
	// embed the app in an iframe, besides the app's own. Empty lets any
	// site frame the embed views (/embed) and no other site the rest.
	FrameAncestors []string
	// ScormSite is the relocatable app that `app scorm` writes next to
	// the packages (build/scorm/site); with it the server makes SCORM
	// packages with any quiz settings at /scorm/, and /teachers offers
	// them. Nil leaves that out.
	ScormSite fs.FS
}

// New returns the handler serving the whole app.
func New(cfg Config) (http.Handler, error) {
	h, err := newAppHandler(cfg)
	if err != nil {
		return nil, err
	}
	for _, o := range cfg.FrameAncestors {
		if !validOrigin(o) {
			return nil, fmt.Errorf("server: %q is not an origin like https://lms.example.edu", o)
		}
	}
	sum := sha256.Sum256(cfg.Wasm)
	res := &resources{wasm: cfg.Wasm, brotli: cfg.WasmBrotli, gzip: cfg.WasmGzip, files: assets.Files, modTime: time.Now(), wasmTag: hex.EncodeToString(sum[:8])}
	h.Resources = res
	h.RawHeaders = append(h.RawHeaders, preloadWasm(""))
	appJS, err := servedPatched(h, "/app.js", "text/javascript; charset=utf-8", patchAppJS)
	if err != nil {
		return nil, err
	}
	manifest, err := servedPatched(h, "/manifest.webmanifest", "application/manifest+json", withManifestID)
	if err != nil {
		return nil, err
	}
	var manifests []http.Handler
	for _, l := range ui.Languages[1:] {
		m, err := servedPatched(h, "/manifest.webmanifest", "application/manifest+json", manifestIn(l.Code))
		if err != nil {
			return nil, err
		}
		manifests = append(manifests, m)
	}
	site := http.NewServeMux()
	// go-app answers both names of each (pkg/app/http.go:505-510).
	site.Handle("/app.js", appJS)
	site.Handle("/goapp.js", appJS)
	site.Handle("/manifest.webmanifest", manifest)
	site.Handle("/manifest.json", manifest)
	for i, l := range ui.Languages[1:] {
		site.Handle(ui.LangPath(l.Code, "/manifest.webmanifest"), manifests[i])
	}
	site.Handle("/web/", res)
	// go-app answers these by fetching /web/<name> from the request's own
	// Host header, with no timeout (pkg/app/http.go:553-580, go-app
	// v10.1.11), and would do it under the rendering lock. The app has
	// none of them. go-app first strips a leading /<release>/ (http.go:
	// 494-496), so that spelling is refused too.
	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/ads.txt"} {
		site.Handle(p, http.NotFoundHandler())
		site.Handle("/"+h.Version+p, http.NotFoundHandler())
	}
	for _, l := range ui.Languages[1:] {
		site.Handle("/"+l.Code, withSlash())
	}
	site.Handle("/", rendered(h))
	mux := http.NewServeMux()
	origin, err := checkOrigin(cfg.SiteOrigin)
	if err != nil {
		return nil, err
	}
	mux.Handle("/", revalidated(site, h.Version, func(path string, page []byte) []byte { return fixHead(page, path, origin, "") }))
	// app.wasm and the zips are large and compressed already: served
	// directly, with their own ETags.
	wasm := http.HandlerFunc(res.serveWasm)
	for _, p := range []string{"/web/app.wasm", "/app.wasm", "/goapp.wasm"} {
		mux.Handle(p, wasm)
	}
	if cfg.ScormSite != nil {
		mux.Handle(scormPath, &scormPackages{site: cfg.ScormSite, lesson: cfg.Lesson})
	}
	return securityHeaders(mux, cfg.FrameAncestors), nil
}

// newAppHandler configures go-app's handler, shared by the live server and
// the static-site build.
func newAppHandler(cfg Config) (*app.Handler, error) {
	if len(cfg.Wasm) == 0 {
		return nil, fmt.Errorf("server: app.wasm is empty; build it first (make wasm)")
	}
	if cfg.Lesson == nil {
		return nil, fmt.Errorf("server: no lesson")
	}
	version := cfg.Version
	if version == "" {
		var err error
		if version, err = Version(cfg.Wasm, assets.Files, cfg.Lesson.Version); err != nil {
			return nil, err
		}
	}
	installTimeout := cfg.InstallTimeout
	if installTimeout <= 0 {
		installTimeout = DefaultInstallTimeout
	}
	worker, err := ServiceWorker(installTimeout)
	if err != nil {
		return nil, err
	}
	env := map[string]string{}
	if cfg.UpdateInterval > 0 {
		env["BB_UPDATE_INTERVAL"] = cfg.UpdateInterval.String()
	}
	if cfg.ScormSite != nil {
		env["BB_SCORM"] = scormPath // the teachers' page offers packages
	}
	if len(cfg.FrameAncestors) > 0 {
		// The teachers' page says which course sites may embed this copy.
		env["BB_FRAME_ANCESTORS"] = strings.Join(cfg.FrameAncestors, " ")
	}
	return &app.Handler{
		Name:      "Beyond Budapest",
		ShortName: "Beyond Budapest",
		Title:     ui.SiteTitle,
		// English; fixHead writes each page's own language's.
		Description:     ui.DescriptionIn(ui.English),
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#004fa3",
		// Every icon is local: empty fields make go-app point at remote
		// files (pkg/app/http.go:211-224), which break offline installs.
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:  []string{"/web/app.css"},
		Scripts: []string{"/web/embed.js defer"},
		// Written into the page, not deferred: it must run before go-app's
		// script registers the service worker and before the wasm starts
		// (assets/boot.js says why), and without a request of its own
		// (bootScript says why).
		RawHeaders: []string{bootScript},
		// English; each page's language's in app.js and in the page.
		LoadingLabel: ui.LoadingLabelIn(ui.English),
		// Every page is precached so each route works offline with its
		// own prerendered content, not just the start page.
		CacheableResources:    cacheable(),
		ServiceWorkerTemplate: worker,
		Env:                   env,
		Version:               version,
		WasmContentLength:     strconv.Itoa(len(cfg.Wasm)),
	}, nil
}

// preloadWasm starts the app.wasm download while the page is still being
// parsed, instead of after go-app's script has loaded and run. It matches
// the fetch go-app makes (CORS mode, same-origin credentials), so the
// browser hands the preloaded response to it. RawHeaders are not resolved
// by go-app, hence the explicit base path.
func preloadWasm(prefix string) string {
	return `<link rel="preload" href="` + prefix + `/web/app.wasm" as="fetch" type="application/wasm" crossorigin="anonymous" fetchpriority="low">`
}

// cacheable lists what the service worker precaches beyond go-app's own
// list: every page of the route table in every language (go-app lists
// the English start page itself), and the SVG icon. One visit in either
// language makes both work offline.
func cacheable() []string {
	list := []string{"/web/icon.svg"}
	for _, l := range ui.Languages[1:] {
		list = append(list, ui.LangPath(l.Code, "/manifest.webmanifest"))
	}
	for _, l := range ui.Languages {
		for _, p := range ui.Pages {
			if path := ui.LangPath(l.Code, p.Path); path != "/" {
				list = append(list, path)
			}
		}
	}
	return list
}

// Version hashes everything the server publishes, so the same build gives
// the same version on every restart and every replica, and any change gives
// a new one. go-app's default is a hash of the start time
// (pkg/app/http.go:171-177), which makes every student download app.wasm
// again after each restart.
func Version(wasm []byte, files fs.FS, lessonVersion string) (string, error) {
	h := sha256.New()
	h.Write(wasm)
	h.Write([]byte(lessonVersion))
	var names []string
	err := fs.WalkDir(files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return "", fmt.Errorf("server: listing assets: %w", err)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := fs.ReadFile(files, n)
		if err != nil {
			return "", fmt.Errorf("server: reading asset %s: %w", n, err)
		}
		h.Write([]byte(n + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// resources is go-app's ResourceResolver (static files stay at /web/…)
// and, because it is also an http.Handler, serves them: go-app hands every
// /web/ request to it (pkg/app/http.go:498-502).
type resources struct {
	wasm, brotli, gzip []byte
	files              fs.FS
	modTime            time.Time
	wasmTag            string // A hash of app.wasm, for its ETags.
}

// Resolve keeps /web/ paths as they are; the app is served from the root.
func (r *resources) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	return location
}

// ServeHTTP serves app.wasm from memory and the rest from the embedded
// assets. Unknown files are 404s; directories are never listed.
func (r *resources) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	name := strings.TrimPrefix(path.Clean(req.URL.Path), "/web/")
	if name == "app.wasm" {
		r.serveWasm(w, req)
		return
	}
	st, err := fs.Stat(r.files, name)
	if err != nil || st.IsDir() {
		http.NotFound(w, req)
		return
	}
	http.ServeFileFS(w, req, r.files, name)
}

// serveWasm sends app.wasm compressed when the browser accepts it: brotli
// is about a quarter smaller than gzip, and both are a fraction of the raw
// file (go-app compresses nothing itself, pkg/app/http.go:541-551). The
// loader's progress bar still adds up, because the handler's
// WasmContentLength gives it the uncompressed size.
func (r *resources) serveWasm(w http.ResponseWriter, req *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Cache-Control", "no-cache")
	h.Add("Vary", "Accept-Encoding")
	body, tag := r.wasm, r.wasmTag
	switch accept := req.Header.Get("Accept-Encoding"); {
	case r.brotli != nil && acceptsEncoding(accept, "br"):
		h.Set("Content-Encoding", "br")
		body, tag = r.brotli, tag+"-br"
	case r.gzip != nil && acceptsEncoding(accept, "gzip"):
		h.Set("Content-Encoding", "gzip")
		body, tag = r.gzip, tag+"-gzip"
	}
	// One ETag per encoding, so that a resumed download (If-Range) never
	// splices the bytes of two encodings.
	h.Set("ETag", `"`+tag+`"`)
	http.ServeContent(w, req, "app.wasm", r.modTime, bytes.NewReader(body))
}

// acceptsEncoding reports whether an Accept-Encoding header allows coding,
// honouring an explicit q=0 refusal.
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
