package server

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// goAppJS is the app.js go-app generates for a minimal handler.
func goAppJS(t *testing.T) []byte {
	t.Helper()
	rec := &recorder{header: map[string][]string{}}
	(&app.Handler{Name: "test", Version: "v1"}).ServeHTTP(rec, httptestRequest("/app.js"))
	if rec.status != 200 {
		t.Fatalf("go-app answered %d for /app.js", rec.status)
	}
	return rec.body.Bytes()
}

// TestAppJSPatchesApplyToGoAppsScript fails when a go-app upgrade changes
// the app.js text that the wasm loader's fixes patch.
func TestAppJSPatchesApplyToGoAppsScript(t *testing.T) {
	js, err := patchAppJS(goAppJS(t))
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	for _, want := range []string{
		"const instantiateStreaming = bbInstantiate;",
		"bbWasmFailed(loader);",
		`new DecompressionStream("gzip")`,
		"WebAssembly.instantiate(bytes, importObject)",
		"Math.min(100,",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("patched app.js lacks %q", want)
		}
	}
	// Streaming compilation, which refuses any other type, only when the
	// type is application/wasm.
	if strings.Count(s, "WebAssembly.instantiateStreaming(") != 1 || !strings.Contains(s, `if (type === "application/wasm" && WebAssembly.instantiateStreaming) {`) {
		t.Error("app.js compiles with WebAssembly.instantiateStreaming whatever the type; it refuses app.wasm served with another type")
	}
}

func TestAppJSPatchFailsLoudlyWhenUpstreamMoves(t *testing.T) {
	tests := []struct{ part, from, to string }{
		{"instantiate", "let instantiateStreaming = WebAssembly.instantiateStreaming;", "const instantiateStreaming = WebAssembly.instantiateStreaming;"},
		{"failure", `loaderLabel.innerText = err;`, `loaderLabel.textContent = err;`},
		{"progress", "progess(Math.round(", "progress(Math.round("},
		{"loading label", "const goappLoadingLabel = ", "let goappLoadingLabel = "},
	}
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			changed := strings.Replace(string(goAppJS(t)), tt.from, tt.to, 1)
			_, err := patchAppJS([]byte(changed))
			if err == nil || !strings.Contains(err.Error(), tt.part) {
				t.Errorf("got %v, want an error naming the %s part", err, tt.part)
			}
		})
	}
}
