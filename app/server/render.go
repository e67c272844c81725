package server

import (
	"net/http"
	"sync"

	"beyondbudapest/app/ui"
)

// rendering is held while pages are rendered, by a server (rendered) or
// for a static or SCORM site (staticSite): go-app's Render methods take
// no context, so the UI keeps the language in one variable (ui.SetLang).
var rendering sync.Mutex

// renderedPages bounds the pages a server keeps rendered: the app has
// about forty addresses without a query string; the rest of the bound is
// for mistyped ones, which are rendered each time once it is reached.
const renderedPages = 256

// rendered serves go-app's handler h one request at a time, in the
// language of the address (/uk/learn is Ukrainian), and keeps what it
// answered to a GET of an address without a query string: for a release
// those pages never change, so a class opening the app at once (and each
// service worker install asking for every page) waits on one render per
// page rather than queueing behind the lock. An address with a query
// string is rendered each time (the language switch keeps the query).
func rendered(h http.Handler) http.Handler {
	var mu sync.Mutex
	kept := map[string]*recorder{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cache := r.Method == http.MethodGet && r.URL.RawQuery == ""
		if cache {
			mu.Lock()
			rec := kept[r.URL.Path]
			mu.Unlock()
			if rec != nil {
				replay(w, rec)
				return
			}
		}
		rec := &recorder{header: http.Header{}}
		func() {
			rendering.Lock()
			defer rendering.Unlock()
			code, _ := ui.SplitLang(r.URL.Path)
			defer ui.SetLang(ui.SetLang(code))
			h.ServeHTTP(rec, r)
		}()
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		if cache && rec.status == http.StatusOK {
			mu.Lock()
			if len(kept) < renderedPages {
				kept[r.URL.Path] = rec
			}
			mu.Unlock()
		}
		replay(w, rec)
	})
}

// replay writes a recorded response.
func replay(w http.ResponseWriter, rec *recorder) {
	for k, v := range rec.header {
		w.Header()[k] = append([]string(nil), v...)
	}
	w.WriteHeader(rec.status)
	w.Write(rec.body.Bytes())
}

// withSlash sends a language's bare address (/uk) to its start page
// (/uk/), keeping the query string: go-app matches routes exactly.
func withSlash() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Path + "/"
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
	})
}
