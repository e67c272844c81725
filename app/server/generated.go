package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"beyondbudapest/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// servedPatched asks go-app's handler for one of its generated files and
// returns a handler serving it patched: go-app keeps them in a private
// cache (pkg/app/http.go:269-299, go-app v10.1.11) with no hook to change
// them.
func servedPatched(h *app.Handler, path, contentType string, patch func([]byte) ([]byte, error)) (http.Handler, error) {
	rec := &recorder{header: http.Header{}}
	h.ServeHTTP(rec, httptestRequest(path))
	if rec.status != http.StatusOK {
		return nil, fmt.Errorf("server: go-app's handler answered %d for %s", rec.status, path)
	}
	body, err := patch(rec.body.Bytes())
	if err != nil {
		return nil, err
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(body)
	}), nil
}

// withManifestID gives go-app's web manifest an id, which go-app does not
// write (pkg/app/http.go:405-424, go-app v10.1.11), so that browsers and
// stores identify the installed app by it and not by whatever start_url
// happens to be. It is start_url itself, the identity browsers gave the
// app so far, so installed copies stay the same app.
func withManifestID(b []byte) ([]byte, error) {
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("server: go-app's web manifest: %w", err)
	}
	start, ok := m["start_url"].(string)
	if !ok || start == "" {
		return nil, fmt.Errorf("server: go-app's web manifest has no start_url")
	}
	m["id"] = start
	return json.MarshalIndent(m, "", "  ")
}

// manifestIn patches the web manifest for pages in language code: its
// description and lang in that language, and a start at the language's
// start page (/uk/). Its id stays the English one's, so that it is one
// app, whichever language installed it. fixHead links each page to its
// language's manifest.
func manifestIn(code string) func([]byte) ([]byte, error) {
	return func(b []byte) ([]byte, error) {
		b, err := withManifestID(b)
		if err != nil {
			return nil, err
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, err
		}
		start, _ := m["start_url"].(string)
		m["start_url"] = strings.TrimSuffix(start, "/") + ui.LangPath(code, "/")
		m["lang"] = code
		m["description"] = ui.DescriptionIn(code)
		return json.MarshalIndent(m, "", "  ")
	}
}

// httptestRequest is a GET request for path, as the server receives it.
func httptestRequest(path string) *http.Request {
	r, _ := http.NewRequest(http.MethodGet, path, nil)
	r.RequestURI = path
	return r
}

// recorder keeps a response in memory.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}
