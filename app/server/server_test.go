package server_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
	"beyondbudapest/assets"
)

var registerOnce sync.Once

func newServer(t *testing.T, wasm []byte) *httptest.Server {
	t.Helper()
	return newServerWith(t, wasm, nil, nil)
}

// newServerWith is newServer with app.wasm's brotli and gzip copies.
func newServerWith(t *testing.T, wasm, br, gz []byte) *httptest.Server {
	t.Helper()
	h, err := server.New(testConfigWith(t, wasm, br, gz))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestServesPagesAssetsAndWasm(t *testing.T) {
	wasm := []byte("\x00asm fake module for the test")
	srv := newServer(t, wasm)
	tests := []struct {
		path, status, contentType, body string
	}{
		{"/", "200 OK", "text/html", "Beyond Budapest"},
		{"/learn", "200 OK", "text/html", "Explainer: from Budapest 1994 to Istanbul 2022"},
		{"/sources", "200 OK", "text/html", "Background beyond the report"},
		{"/timeline", "200 OK", "text/html", "Timeline"},
		{"/quiz", "200 OK", "text/html", "Question 1 of"},
		{"/results", "200 OK", "text/html", "Your results"},
		{"/web/app.wasm", "200 OK", "application/wasm", string(wasm)},
		// go-app's script, patched to load app.wasm whatever its type.
		{"/app.js", "200 OK", "text/javascript", "const instantiateStreaming = bbInstantiate;"},
		{"/goapp.js", "200 OK", "text/javascript", "bbWasmFailed(loader);"},
		{"/manifest.webmanifest", "200 OK", "application/manifest+json", `"id": "/"`},
		{"/web/app.css", "200 OK", "text/css", "--brand"},
		{"/web/icon.svg", "200 OK", "image/svg+xml", "<svg"},
		{"/web/missing.css", "404 Not Found", "", ""},
		{"/web/", "404 Not Found", "", ""},
		{"/no-such-page", "404 Not Found", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, srv.URL+tt.path)
			if resp.Status != tt.status {
				t.Fatalf("status %s, want %s", resp.Status, tt.status)
			}
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.contentType) {
				t.Errorf("content type %q, want %s", resp.Header.Get("Content-Type"), tt.contentType)
			}
			if !strings.Contains(body, tt.body) {
				t.Errorf("body lacks %q", tt.body)
			}
		})
	}
}

// TestNothingIsFetchedFromOtherHosts guards against go-app's remote
// default icons, which break offline installs.
func TestNothingIsFetchedFromOtherHosts(t *testing.T) {
	srv := newServer(t, []byte("wasm"))
	for _, p := range []string{"/manifest.webmanifest", "/app-worker.js", "/"} {
		_, body := get(t, srv.URL+p)
		for _, host := range []string{"githubusercontent", "https://", "http://"} {
			if host == "https://" && p == "/" {
				continue // og: tags; no fetch is made from them
			}
			if strings.Contains(body, host) {
				t.Errorf("%s mentions %q", p, host)
			}
		}
	}
}

func TestVersionIsAContentHash(t *testing.T) {
	files := fstest.MapFS{"a.css": {Data: []byte("a")}}
	v1, err := server.Version([]byte("wasm"), files, "lesson1")
	if err != nil {
		t.Fatal(err)
	}
	same, _ := server.Version([]byte("wasm"), files, "lesson1")
	if v1 != same {
		t.Error("the same content gave two versions")
	}
	for name, v := range map[string][]string{
		"wasm":   {"wasm2", "a", "lesson1"},
		"asset":  {"wasm", "b", "lesson1"},
		"lesson": {"wasm", "a", "lesson2"},
	} {
		other, _ := server.Version([]byte(v[0]), fstest.MapFS{"a.css": {Data: []byte(v[1])}}, v[2])
		if other == v1 {
			t.Errorf("changing the %s kept the version", name)
		}
	}
	// The real assets hash without error.
	if _, err := server.Version(nil, assets.Files, ""); err != nil {
		t.Error(err)
	}
}

func TestVersionIsStableAcrossRestarts(t *testing.T) {
	a := newServer(t, []byte("same wasm"))
	b := newServer(t, []byte("same wasm"))
	ra, _ := get(t, a.URL+"/")
	rb, _ := get(t, b.URL+"/")
	if ra.Header.Get("ETag") == "" || ra.Header.Get("ETag") != rb.Header.Get("ETag") {
		t.Errorf("two servers of the same build disagree: %q vs %q", ra.Header.Get("ETag"), rb.Header.Get("ETag"))
	}
}

func TestEveryResponseCarriesTheSecurityHeaders(t *testing.T) {
	srv := newServer(t, []byte("wasm"))
	for _, p := range []string{"/", "/quiz", "/web/app.css", "/web/app.wasm", "/app-worker.js", "/manifest.webmanifest", "/nowhere", "/web/nothing"} {
		resp, _ := get(t, srv.URL+p)
		csp := resp.Header.Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", p, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: CSP allows inline code", p)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
			t.Errorf("%s: missing nosniff or referrer policy", p)
		}
		if resp.Header.Get("X-Frame-Options") != "" {
			t.Errorf("%s: X-Frame-Options would stop LMS embedding", p)
		}
	}
}

func TestFrameAncestorsAreConfigurableAndChecked(t *testing.T) {
	cfg := testConfig(t, []byte("w"))
	cfg.FrameAncestors = []string{"https://moodle.example.edu", "http://127.0.0.1:9999"}
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'self' https://moodle.example.edu http://127.0.0.1:9999") {
		t.Errorf("CSP %q does not list the embedding sites", csp)
	}
	for _, bad := range []string{"moodle.example.edu", "https://x.edu; script-src *", "javascript://x", "https://x.edu/path", "*"} {
		cfg.FrameAncestors = []string{bad}
		if _, err := server.New(cfg); err == nil {
			t.Errorf("accepted %q as an embedding origin", bad)
		}
	}
}

// TestEmbedViewsAreFramableByAnySiteUnlessRestricted: the snippet from
// /teachers works on a course page on any site by default; the other pages
// stay framable only by the app itself; a server that lists sites limits
// the embed views to them.
func TestEmbedViewsAreFramableByAnySiteUnlessRestricted(t *testing.T) {
	cfg := testConfig(t, []byte("w"))
	open, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.FrameAncestors = []string{"https://moodle.example.edu"}
	restricted, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		h    http.Handler
		path string
		want string
	}{
		{"embed, default", open, "/embed?sections=eu", "frame-ancestors *"},
		{"embed results, default", open, "/embed/results", "frame-ancestors *"},
		{"quiz page, default", open, "/quiz", "frame-ancestors 'self'"},
		{"teachers page, default", open, "/teachers", "frame-ancestors 'self'"},
		{"lookalike path, default", open, "/embedded", "frame-ancestors 'self'"},
		{"Ukrainian embed, default", open, "/uk/embed?sections=eu", "frame-ancestors *"},
		{"Ukrainian embed results, default", open, "/uk/embed/results", "frame-ancestors *"},
		{"Ukrainian teachers page, default", open, "/uk/teachers", "frame-ancestors 'self'"},
		{"Ukrainian embed, restricted", restricted, "/uk/embed", "frame-ancestors 'self' https://moodle.example.edu"},
		{"embed, restricted", restricted, "/embed", "frame-ancestors 'self' https://moodle.example.edu"},
		{"home, restricted", restricted, "/", "frame-ancestors 'self' https://moodle.example.edu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			tt.h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			csp := rec.Header().Get("Content-Security-Policy")
			_, got, _ := strings.Cut(csp, "frame-ancestors ")
			if "frame-ancestors "+got != tt.want {
				t.Errorf("GET %s: %q, want %q", tt.path, "frame-ancestors "+got, tt.want)
			}
		})
	}
}

func TestWasmIsServedCompressedWhenAccepted(t *testing.T) {
	raw, br, gz := []byte("raw wasm bytes"), []byte("brotli bytes"), []byte("gzip bytes")
	h, err := server.New(testConfigWith(t, raw, br, gz))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		accept, encoding string
		body             []byte
	}{
		{"gzip, deflate, br, zstd", "br", br},
		{"gzip", "gzip", gz},
		{"br;q=0, gzip", "gzip", gz},
		{"", "", raw},
		{"identity", "", raw},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("Content-Encoding"); got != tt.encoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tt.accept, got, tt.encoding)
		}
		if !bytes.Equal(rec.Body.Bytes(), tt.body) {
			t.Errorf("Accept-Encoding %q: wrong body %q", tt.accept, rec.Body.Bytes())
		}
		if !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("Accept-Encoding %q: no Vary: Accept-Encoding", tt.accept)
		}
		if rec.Header().Get("Content-Type") != "application/wasm" {
			t.Errorf("content type %q", rec.Header().Get("Content-Type"))
		}
	}
	// The loader counts progress against the uncompressed size.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	if !strings.Contains(rec.Body.String(), `goappWasmContentLength = "14"`) {
		t.Error("app.js does not give the loader the uncompressed wasm size")
	}
}

func TestReadWasmIgnoresStaleCompressedCopies(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "app.wasm")
	os.WriteFile(p, []byte("new app"), 0o644)
	os.WriteFile(p+".br", []byte("old br"), 0o644)
	os.WriteFile(p+".gz", []byte("old gz"), 0o644)
	sum := sha256.Sum256([]byte("old app"))
	os.WriteFile(p+".sha256", []byte(hex.EncodeToString(sum[:])+"  app.wasm\n"), 0o644)
	raw, br, gz, err := server.ReadWasm(p)
	if err != nil || string(raw) != "new app" {
		t.Fatalf("raw %q, %v", raw, err)
	}
	if br != nil || gz != nil {
		t.Error("compressed copies of an older app.wasm were used")
	}
	sum = sha256.Sum256([]byte("new app"))
	os.WriteFile(p+".sha256", []byte(hex.EncodeToString(sum[:])+"  app.wasm\n"), 0o644)
	if _, br, gz, _ = server.ReadWasm(p); string(br) != "old br" || string(gz) != "old gz" {
		t.Error("matching compressed copies were not used")
	}
}

// TestEveryPageHasItsOwnTitle: the first response already names the page
// (WCAG 2.4.2), not the app's one title on every page.
func TestEveryPageHasItsOwnTitle(t *testing.T) {
	srv := newServer(t, []byte("w"))
	for _, p := range ui.Pages {
		_, body := get(t, srv.URL+p.Path)
		i, j := strings.Index(body, "<title>"), strings.Index(body, "</title>")
		if i < 0 || j < i {
			t.Fatalf("%s has no title", p.Path)
		}
		title := body[i+len("<title>") : j]
		want := p.Title + " · Beyond Budapest"
		if p.Path == "/" {
			want = ui.SiteTitle
		}
		if title != want {
			t.Errorf("%s is titled %q, want %q", p.Path, title, want)
		}
	}
}

// TestUkrainianPagesSpeakUkrainian: /uk/ addresses render the page in
// Ukrainian, with <html lang="uk"> and links that stay in Ukrainian, even
// while English pages are rendered at the same time.
func TestUkrainianPagesSpeakUkrainian(t *testing.T) {
	srv := newServer(t, []byte("w"))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		for _, uk := range []bool{true, false} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				path, lang, title, link := "/learn", `<html lang="en"`, "<title>Explainer · Beyond Budapest</title>", `href="/quiz"`
				if uk {
					path, lang, title, link = "/uk/learn", `<html lang="uk"`, "<title>Пояснення · Beyond Budapest</title>", `href="/uk/quiz"`
				}
				resp, body := get(t, srv.URL+path)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("%s: status %d", path, resp.StatusCode)
					return
				}
				for _, want := range []string{lang, title, link} {
					if !strings.Contains(body, want) {
						t.Errorf("%s lacks %s", path, want)
					}
				}
			}()
		}
	}
	wg.Wait()
	if resp, _ := get(t, srv.URL+"/uk/"); resp.StatusCode != http.StatusOK {
		t.Errorf("/uk/: status %d", resp.StatusCode)
	}
	if resp, body := get(t, srv.URL+"/uk"); resp.StatusCode != http.StatusOK || resp.Request.URL.Path != "/uk/" || !strings.Contains(body, `<html lang="uk"`) {
		t.Errorf("/uk: status %d at %s, want the Ukrainian start page at /uk/", resp.StatusCode, resp.Request.URL.Path)
	}
	// The switch keeps a page's settings, so a page with a query string
	// is its own rendering, not the page without it.
	if _, body := get(t, srv.URL+"/learn?sections=eu"); !strings.Contains(body, `href="/uk/learn?sections=eu"`) {
		t.Error("/learn?sections=eu: the language switch lost the settings")
	}
	if _, body := get(t, srv.URL+"/learn"); strings.Contains(body, "sections=eu") {
		t.Error("/learn was answered with the page rendered for /learn?sections=eu")
	}
}

// go-app would fetch /robots.txt, /sitemap.xml and /ads.txt from whatever
// host the request names, holding the rendering lock meanwhile; the app
// has none of them, and says so at once.
func TestProxiedFilesAreNotFetched(t *testing.T) {
	cfg := testConfigWith(t, []byte("w"), nil, nil)
	cfg.Version = "release-1"
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/ads.txt", "/release-1/robots.txt", "/release-1/sitemap.xml", "/release-1/ads.txt"} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+p, nil)
		req.Host = "127.0.0.1:1" // nothing listens there
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404 without fetching anything", p, resp.StatusCode)
		}
	}
}
