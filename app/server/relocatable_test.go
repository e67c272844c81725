package server_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"beyondbudapest/app/server"
)

// TestRelocatableSiteNamesNoFixedPath checks the SCORM site: only the
// launch page and what it loads, every URL relative or taken from
// window.bbBase, and no service worker. It also fails if go-app's app.js
// changes the texts the rewrite relies on.
func TestRelocatableSiteNamesNoFixedPath(t *testing.T) {
	dir := t.TempDir()
	if err := server.Relocatable(dir, testConfig(t, []byte("\x00asm-test"))); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	sort.Strings(files)
	joined := " " + strings.Join(files, " ") + " "
	for _, want := range []string{"index_lms.html", "app.js", "wasm_exec.js", "web/app.wasm.gz", "web/lms.js", "web/boot.js", "web/app.css"} {
		if !strings.Contains(joined, " "+want+" ") {
			t.Errorf("%s is missing from %v", want, files)
		}
	}
	for _, unwanted := range []string{"app-worker.js", "index.html", "learn.html", "404.html", "web/app.wasm"} {
		if strings.Contains(joined, " "+unwanted+" ") {
			t.Errorf("%s is in the package; it has no use there", unwanted)
		}
	}

	page := read(t, dir, "index_lms.html")
	for _, want := range []string{`src="./web/lms.js"`, `src="./app.js"`, `href="./web/app.css"`, `href="./web/app.wasm.gz" as="fetch"`} {
		if !strings.Contains(page, want) {
			t.Errorf("launch page lacks %s", want)
		}
	}
	boot := strings.Index(page, "<script>// Beyond Budapest: runs before the app starts")
	if lms := strings.Index(page, "./web/lms.js"); lms < 0 || boot < 0 || lms > boot {
		t.Error("lms.js must run before the boot script and app.js: it sets window.bbBase")
	}
	if strings.Contains(page, `="/`) {
		t.Errorf("launch page still has a root-relative URL: %q", page[strings.Index(page, `="/`)-20:][:80])
	}
	js := read(t, dir, "app.js")
	for _, want := range []string{`"GOAPP_ROOT_PREFIX":self.bbBase+""`, `"GOAPP_STATIC_RESOURCES_URL":self.bbBase+"/web"`, `fetchWithProgress(self.bbBase+"/web/app.wasm.gz"`, "const instantiateStreaming = bbInstantiate;"} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %s", want)
		}
	}
	if strings.Contains(js, "\ngoappInitServiceWorker();") {
		t.Error("app.js still registers the service worker")
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestStaticSiteTellsHostsHowToServeWasm: make static writes what static
// hosts read (_headers for Netlify and Cloudflare Pages, .htaccess for
// Apache), under the base path, and the compressed copies .htaccess
// serves.
func TestStaticSiteTellsHostsHowToServeWasm(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfigWith(t, []byte("\x00asm-test"), []byte("br"), []byte("gz"))
	if err := server.Static(dir, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, want string }{
		{"_headers", "/beyond-budapest/web/app.wasm\n  Content-Type: application/wasm\n"},
		{".htaccess", "AddType application/wasm .wasm"},
		{".htaccess", `RewriteRule ^(.*)\.wasm$ $1.wasm.br [L]`},
		{".htaccess", "Header set Content-Encoding gzip"},
		{".htaccess", "AddOutputFilterByType DEFLATE text/html text/css text/javascript"},
		{"web/app.wasm.br", "br"},
		{"web/app.wasm.gz", "gz"},
		{"app.js", "const instantiateStreaming = bbInstantiate;"},
	}
	for _, tt := range tests {
		if got := read(t, dir, tt.file); !strings.Contains(got, tt.want) {
			t.Errorf("%s lacks %q:\n%s", tt.file, tt.want, got)
		}
	}
}

// TestStaticSiteSocialTagsKeepTheBasePath: under a base path and with the
// site's address, og:url and og:image are absolute and carry the base.
func TestStaticSiteSocialTagsKeepTheBasePath(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, []byte("\x00asm"))
	cfg.SiteOrigin = "https://user.github.io"
	if err := server.Static(dir, "/beyond-budapest/", cfg); err != nil {
		t.Fatal(err)
	}
	page := read(t, dir, "learn.html")
	for _, want := range []string{
		`<meta property="og:url" content="https://user.github.io/beyond-budapest/learn">`,
		`<meta property="og:image" content="https://user.github.io/beyond-budapest/web/icon-512.png">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("learn.html lacks %s", want)
		}
	}
	if m := read(t, dir, "manifest.webmanifest"); !strings.Contains(m, `"id": "/beyond-budapest`) {
		t.Errorf("the static manifest has no id under the base path:\n%s", m)
	}
}
