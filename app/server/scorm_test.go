package server_test

import (
	"archive/zip"
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"beyondbudapest/app/report"
	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
)

func TestServerMakesSCORMPackagesWithTheTeachersSettings(t *testing.T) {
	site := fstest.MapFS{
		"index_lms.html": {Data: []byte("<!doctype html><html><head></head><body></body></html>")},
		"web/app.wasm":   {Data: []byte("\x00asm")},
	}
	cfg := testConfig(t, []byte("w"))
	cfg.ScormSite = site
	h, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/scorm/beyond-budapest-scorm12.zip?pass=80&sections=eu")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/zip" || !strings.Contains(resp.Header.Get("Content-Disposition"), "beyond-budapest-scorm12.zip") {
		t.Fatalf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
	if resp.Header.Get("Content-Security-Policy") == "" {
		t.Error("packages are served without the security headers")
	}
	z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := z.File[0].Open()
	manifest, _ := io.ReadAll(r)
	for _, want := range []string{`parameters="?pass=80&amp;sections=eu"`, `<adlcp:masteryscore>80</adlcp:masteryscore>`, `<schemaversion>1.2</schemaversion>`} {
		if !bytes.Contains(manifest, []byte(want)) {
			t.Errorf("manifest lacks %s:\n%s", want, manifest)
		}
	}

	for path, want := range map[string]int{
		"/scorm/beyond-budapest-scorm2004.zip":               200,
		"/scorm/beyond-budapest-scorm2004.zip?count=zero":    400,
		"/scorm/beyond-budapest-scorm2004.zip?sections=nope": 400,
		"/scorm/beyond-budapest-scorm3.zip":                  404,
		"/scorm/":                                            404,
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d (%s)", path, resp.StatusCode, want, b)
		}
		if want == 400 && !strings.Contains(string(b), "cannot be used") {
			t.Errorf("GET %s: the refusal does not say why: %s", path, b)
		}
	}
	long := srv.URL + "/scorm/beyond-budapest-scorm12.zip?seed=" + strings.Repeat("1", 3000)
	if resp, err := http.Get(long); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("a 3,000-character query: %v %v", resp.StatusCode, err)
	}
	if resp, err := http.Post(srv.URL+"/scorm/beyond-budapest-scorm12.zip", "text/plain", nil); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %v %v", resp.StatusCode, err)
	}

	// The teachers' page offers them.
	_, page := get(t, srv.URL+"/teachers")
	if !strings.Contains(page, `id="scorm12-link"`) || !strings.Contains(page, `/scorm/beyond-budapest-scorm2004.zip?`) {
		t.Error("/teachers does not offer the packages")
	}
}

// TestWriteSCORMPackagesLeavesZipsAndTheirSite: make scorm writes one zip
// per edition, each launching the quiz with the settings, and keeps the
// relocatable site beside them for serve -scorm.
func TestWriteSCORMPackagesLeavesZipsAndTheirSite(t *testing.T) {
	registerOnce.Do(ui.Register)
	l, err := ui.Lesson()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := server.SCORMPackagesFor("pass=800", l); err == nil || !strings.Contains(err.Error(), "800") {
		t.Errorf("a pass mark of 800 gave %v, want an error naming it", err)
	}
	packages, err := server.SCORMPackagesFor("pass=80", l)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	zips, err := server.WriteSCORMPackages(dir, packages, server.Config{Wasm: []byte("\x00asm-test"), Lesson: l})
	if err != nil {
		t.Fatal(err)
	}
	if len(zips) != len(report.SCORMVersions) {
		t.Fatalf("wrote %d packages, want one per edition: %+v", len(zips), zips)
	}
	for i, z := range zips {
		v := report.SCORMVersions[i]
		b, err := os.ReadFile(filepath.Join(dir, v.FileName()))
		if err != nil || z.Path != filepath.Join(dir, v.FileName()) || z.Version != v || z.Size != len(b) {
			t.Errorf("SCORM %s: reported %+v; on disk %d bytes, %v", v, z, len(b), err)
			continue
		}
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		r, _ := zr.File[0].Open()
		manifest, _ := io.ReadAll(r)
		if !bytes.Contains(manifest, []byte(`parameters="?pass=80"`)) {
			t.Errorf("SCORM %s: the manifest does not launch with the settings:\n%s", v, manifest)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "site", server.SCORMLaunch)); err != nil {
		t.Errorf("the site is not kept beside the zips: %v", err)
	}
}
