package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"beyondbudapest/app/ui"
)

// A page is rendered once per release, in its address's language, and
// replayed after that; an address with a query string, a HEAD request
// and an error are rendered each time.
func TestRenderedPagesAreKept(t *testing.T) {
	renders := map[string]int{}
	h := rendered(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		renders[r.Method+" "+r.URL.RequestURI()]++
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(ui.Lang() + " " + r.URL.RequestURI()))
	}))
	ask := func(method, target string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
		return rec.Code, rec.Body.String()
	}
	for range 3 {
		for target, want := range map[string]string{
			"/learn": "en /learn", "/uk/learn": "uk /uk/learn", "/uk/learn?sections=eu": "uk /uk/learn?sections=eu",
		} {
			if code, body := ask(http.MethodGet, target); code != http.StatusOK || body != want {
				t.Errorf("GET %s: %d %q, want 200 %q", target, code, body, want)
			}
		}
		ask(http.MethodHead, "/learn")
		if code, _ := ask(http.MethodGet, "/missing"); code != http.StatusNotFound {
			t.Errorf("GET /missing: %d, want 404", code)
		}
	}
	for key, want := range map[string]int{
		"GET /learn": 1, "GET /uk/learn": 1, "GET /uk/learn?sections=eu": 3, "HEAD /learn": 3, "GET /missing": 3,
	} {
		if renders[key] != want {
			t.Errorf("%s rendered %d times, want %d", key, renders[key], want)
		}
	}
	if ui.Lang() != ui.English {
		t.Errorf("the language after rendering is %q, want it put back", ui.Lang())
	}
}

// The bare address of a language (/uk) leads to its start page (/uk/),
// with its settings: go-app would answer it "not found".
func TestBareLanguageAddressLeadsToItsStartPage(t *testing.T) {
	rec := httptest.NewRecorder()
	withSlash().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/uk?sections=eu", nil))
	if loc := rec.Header().Get("Location"); rec.Code != http.StatusMovedPermanently || !strings.HasSuffix(loc, "/uk/?sections=eu") {
		t.Errorf("/uk answered %d to %q, want 301 to /uk/?sections=eu", rec.Code, loc)
	}
}
