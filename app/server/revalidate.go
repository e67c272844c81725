package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// revalidated wraps the site (go-app's pages and generated files, the
// assets) with the caching and compression go-app gets wrong or leaves out.
// go-app gives every response, 404s included, one ETag (the version) and
// answers a matching If-None-Match with 304 before it looks at the path
// (pkg/app/http.go:484-491, go-app v10.1.11): a missing page became a 304,
// and br, gzip and identity bodies shared one strong ETag. It compresses
// nothing (pkg/app/http.go:541-551). Here go-app never sees If-None-Match;
// each successful response gets an ETag of its own address and encoding,
// text is gzipped when the client accepts it, and only a 200 can become a
// 304. version is the release (Version), which covers every byte served;
// fixPage corrects each HTML page (fixHead) before it is tagged. app.wasm is not served through here: it is large, compressed ahead
// of time, and tagged per encoding by resources.serveWasm.
func revalidated(next http.Handler, version string, fixPage func(path string, page []byte) []byte) http.Handler {
	c := &gzipCache{entries: map[string][]byte{}}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inner := r.Clone(r.Context())
		inner.Header.Del("If-None-Match")
		inner.Header.Del("If-Modified-Since")
		rec := &recorder{header: http.Header{}}
		next.ServeHTTP(rec, inner)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		h := w.Header()
		for k, v := range rec.header {
			h[k] = v
		}
		h.Del("ETag")
		h.Del("Last-Modified")
		if rec.status != http.StatusOK {
			w.WriteHeader(rec.status)
			if r.Method != http.MethodHead {
				w.Write(rec.body.Bytes())
			}
			return
		}
		body := rec.body.Bytes()
		if isHTML(h.Get("Content-Type")) {
			body = fixPage(r.URL.Path, body)
		}
		// Tagged by release and address, not by the bytes: go-app writes
		// attributes in map order, so two renderings of one page differ
		// (pkg/app/node.go:703, a map, go-app v10.1.11).
		sum := sha256.Sum256([]byte(version + "\x00" + r.URL.RequestURI()))
		tag := hex.EncodeToString(sum[:8])
		if compressible(h.Get("Content-Type")) {
			h.Add("Vary", "Accept-Encoding")
			if acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
				body = c.gzip(tag, body)
				tag += "-gzip"
				h.Set("Content-Encoding", "gzip")
			}
		}
		tag = `"` + tag + `"`
		h.Set("ETag", tag)
		h.Set("Content-Length", strconv.Itoa(len(body)))
		if h.Get("Cache-Control") == "" {
			h.Set("Cache-Control", "no-cache")
		}
		if etagMatches(r.Header.Get("If-None-Match"), tag) {
			h.Del("Content-Length")
			h.Del("Content-Type")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}

// compressible reports whether a response of this type is worth gzipping:
// HTML, JavaScript, CSS, JSON, the web manifest, SVG and other text.
// Images and fonts are compressed already.
func compressible(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch {
	case strings.HasPrefix(t, "text/"),
		strings.HasSuffix(t, "+json"), strings.HasSuffix(t, "+xml"),
		t == "application/json", t == "application/javascript", t == "application/xml":
		return true
	}
	return false
}

// etagMatches reports whether an If-None-Match header names tag (weak
// comparison, as RFC 9110 §13.1.2 asks) or is "*".
func etagMatches(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == tag {
			return true
		}
	}
	return false
}

// gzipCache keeps the gzipped form of recent bodies, keyed by their hash:
// the same few pages and scripts are asked for again and again.
type gzipCache struct {
	mu      sync.Mutex
	entries map[string][]byte
}

func (c *gzipCache) gzip(key string, body []byte) []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	if b, ok := c.entries[key]; ok {
		return b
	}
	var buf bytes.Buffer
	z, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	z.Write(body)
	z.Close()
	if len(c.entries) >= 256 { // pages with ever new query strings
		clear(c.entries)
	}
	c.entries[key] = buf.Bytes()
	return buf.Bytes()
}
