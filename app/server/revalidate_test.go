package server_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestCachingAndCompression is the HTTP table: a missing resource is a 404
// whatever If-None-Match says; each resource and each encoding has its own
// ETag, which a revalidation answers with 304; text types are gzipped when
// the client accepts it, images and app.wasm's identity form are not.
func TestCachingAndCompression(t *testing.T) {
	srv := newServerWith(t, []byte("\x00asm fake module for the test"), []byte("brotli bytes"), []byte("gzip bytes"))
	// fetch sends a request with no automatic decompression.
	fetch := func(path string, header ...string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, srv.URL+path, nil)
		for i := 0; i+1 < len(header); i += 2 {
			req.Header.Set(header[i], header[i+1])
		}
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp
	}
	root := fetch("/").Header.Get("ETag")

	t.Run("a missing resource is 404 whatever If-None-Match says", func(t *testing.T) {
		for _, path := range []string{"/no-such-page", "/web/no-such-file.css"} {
			for _, inm := range []string{"", "*", root, `"` + strings.Trim(root, `"`) + `"`} {
				resp := fetch(path, "If-None-Match", inm)
				if resp.StatusCode != http.StatusNotFound {
					t.Errorf("%s with If-None-Match %q: %s, want 404", path, inm, resp.Status)
				}
				if tag := resp.Header.Get("ETag"); tag != "" {
					t.Errorf("%s: a 404 carries ETag %s", path, tag)
				}
			}
		}
	})

	t.Run("ETags per resource and per encoding, and 304 on a match", func(t *testing.T) {
		seen := map[string]string{}
		for _, c := range []struct{ path, accept string }{
			{"/", ""}, {"/", "gzip"}, {"/learn", ""}, {"/learn", "gzip"},
			{"/app.js", ""}, {"/app.js", "gzip"}, {"/web/app.css", "gzip"},
			{"/web/app.wasm", ""}, {"/web/app.wasm", "gzip"}, {"/web/app.wasm", "br"},
		} {
			resp := fetch(c.path, "Accept-Encoding", c.accept)
			tag := resp.Header.Get("ETag")
			if resp.StatusCode != http.StatusOK || tag == "" {
				t.Errorf("%s (%q): %s, ETag %q", c.path, c.accept, resp.Status, tag)
				continue
			}
			key := c.path + " " + resp.Header.Get("Content-Encoding")
			if other, dup := seen[tag]; dup && other != key {
				t.Errorf("%s and %s share ETag %s", key, other, tag)
			}
			seen[tag] = key
			if again := fetch(c.path, "Accept-Encoding", c.accept, "If-None-Match", tag); again.StatusCode != http.StatusNotModified {
				t.Errorf("%s (%q) revalidated with its ETag: %s, want 304", c.path, c.accept, again.Status)
			}
		}
	})

	t.Run("compression per type", func(t *testing.T) {
		for _, c := range []struct {
			path, accept, encoding string
		}{
			{"/", "gzip, br", "gzip"},
			{"/quiz", "gzip", "gzip"},
			{"/app.js", "gzip", "gzip"},
			{"/wasm_exec.js", "gzip", "gzip"},
			{"/app.css", "gzip", "gzip"},
			{"/web/app.css", "gzip", "gzip"},
			{"/web/lms.js", "gzip", "gzip"},
			{"/web/icon.svg", "gzip", "gzip"},
			{"/manifest.webmanifest", "gzip", "gzip"},
			{"/", "", ""},
			{"/", "gzip;q=0", ""},
			{"/web/icon-192.png", "gzip", ""},
			{"/web/app.wasm", "gzip", "gzip"},
			{"/web/app.wasm", "br, gzip", "br"},
			{"/web/app.wasm", "", ""},
		} {
			resp := fetch(c.path, "Accept-Encoding", c.accept)
			if got := resp.Header.Get("Content-Encoding"); resp.StatusCode != http.StatusOK || got != c.encoding {
				t.Errorf("%s with Accept-Encoding %q: %s, Content-Encoding %q, want %q", c.path, c.accept, resp.Status, got, c.encoding)
			}
			if c.accept != "" && !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") && c.encoding != "" {
				t.Errorf("%s: no Vary: Accept-Encoding", c.path)
			}
		}
		// The gzipped page is the page.
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/learn", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		z, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		if b, _ := io.ReadAll(z); !strings.Contains(string(b), "Why not another Budapest?") {
			t.Error("the gzipped /learn does not hold the page")
		}
	})
}
