package server

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"beyondbudapest/app/ui"
)

// placeholder stands for the package's location while it is built; no
// real path looks like it, so every use can be found and rewritten.
const placeholder = "/__beyond_budapest_base__"

// Relocatable writes the app as files that work from any path without
// knowing it in advance, as an LMS serves a SCORM package: ui.LMSLaunch
// and what it loads. go-app writes absolute URLs under a prefix fixed at
// build time, so the site is built under a placeholder prefix and then
// rewritten: the launch page's URLs become relative, and app.js takes the
// prefix from window.bbBase, which assets/lms.js sets from the page's own
// address before app.js runs. The service worker is left out: the package
// lives inside the LMS's site, where an offline copy would outlast the
// LMS's own updates of the package.
func Relocatable(dir string, cfg Config) error {
	tmp, err := os.MkdirTemp("", "beyond-budapest-relocatable-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// An LMS serves app.wasm as it serves any file it does not know
	// (Moodle: document/unknown, uncompressed), so the package carries it
	// gzipped and the browser decompresses it (patchAppJS): about a quarter of
	// the bytes for the student and for the upload. go-app takes the
	// file's size for its progress bar from the configuration, hence the
	// gzipped bytes in place of the app's.
	gz := cfg.WasmGzip
	if gz == nil {
		if gz, err = gzipBytes(cfg.Wasm); err != nil {
			return err
		}
	}
	packed := cfg
	packed.Wasm, packed.WasmGzip, packed.WasmBrotli = gz, nil, nil
	if err := staticSite(tmp, placeholder, packed, "/web/lms.js"); err != nil {
		return err
	}
	keep := map[string]func([]byte) ([]byte, error){
		strings.TrimPrefix(ui.LMSLaunch, "/"): relativeHTML,
		"app.js":                              relocatableAppJS,
		"manifest.webmanifest":                relativeHTML,
		"wasm_exec.js":                        nil,
		"app.css":                             nil,
	}
	return filepath.WalkDir(tmp, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(tmp, p)
		rel = filepath.ToSlash(rel)
		rewrite, ok := keep[rel]
		if !ok && !strings.HasPrefix(rel, "web/") {
			return nil // other pages, 404.html and the service worker
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rewrite != nil {
			if b, err = rewrite(b); err != nil {
				return fmt.Errorf("server: %s: %w", rel, err)
			}
		}
		if !strings.HasSuffix(rel, ".wasm") && bytes.Contains(b, []byte(placeholder)) {
			return fmt.Errorf("server: %s still names the build-time prefix after rewriting", rel)
		}
		if rel == "web/app.wasm" {
			rel = packedWasm
		}
		out := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
}

// packedWasm is app.wasm in a package: gzipped, named for what it holds.
const packedWasm = "web/app.wasm.gz"

// gzipBytes compresses b with gzip's best compression.
func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	z, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := z.Write(b); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// relativeHTML makes the placeholder's URLs relative to the package root,
// where the launch page and the web manifest are, and preloads the
// packed app.wasm (its type is gzip, not application/wasm).
func relativeHTML(b []byte) ([]byte, error) {
	b = bytes.ReplaceAll(b, []byte(placeholder+"/"), []byte("./"))
	b = bytes.ReplaceAll(b, []byte(`href="./web/app.wasm" as="fetch" type="application/wasm"`), []byte(`href="./`+packedWasm+`" as="fetch"`))
	return bytes.ReplaceAll(b, []byte(`"`+placeholder+`"`), []byte(`"./"`)), nil
}

// relocatableAppJS turns go-app's fixed prefix into window.bbBase and
// drops the service worker registration. The texts replaced are go-app
// v10.1.11's (pkg/app/gen/app.js); a test fails if they change.
func relocatableAppJS(b []byte) ([]byte, error) {
	const register = "goappInitServiceWorker();\n"
	if !bytes.Contains(b, []byte(register)) {
		return nil, fmt.Errorf("go-app's service worker registration %q was not found", register)
	}
	b = bytes.Replace(b, []byte(register), []byte("// No service worker inside an LMS (app/server/relocatable.go).\n"), 1)
	if !bytes.Contains(b, []byte(`"`+placeholder)) {
		return nil, fmt.Errorf("no prefixed URL to rewrite")
	}
	b = bytes.ReplaceAll(b, []byte(`"`+placeholder), []byte(`self.bbBase+"`))
	const wasmURL = `fetchWithProgress(self.bbBase+"/web/app.wasm"`
	if !bytes.Contains(b, []byte(wasmURL)) {
		return nil, fmt.Errorf("the app.wasm download %q was not found", wasmURL)
	}
	return bytes.Replace(b, []byte(wasmURL), []byte(`fetchWithProgress(self.bbBase+"/`+packedWasm+`"`), 1), nil
}

// RelocatableWasm reads back the app.wasm that Relocatable packed into
// site, so that a server can check the packages it makes carry the app
// it serves.
func RelocatableWasm(site fs.FS) ([]byte, error) {
	f, err := site.Open(packedWasm)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("server: %s: %w", packedWasm, err)
	}
	return io.ReadAll(z)
}
