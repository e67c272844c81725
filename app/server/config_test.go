package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/server"
	"beyondbudapest/app/ui"
	"beyondbudapest/questions"
)

// testConfig is what the server tests publish: the bundled lesson with
// wasm as the browser app, loaded by server.LoadConfig from a file as make
// run loads it.
func testConfig(t *testing.T, wasm []byte) server.Config {
	t.Helper()
	return testConfigWith(t, wasm, nil, nil)
}

// testConfigWith is testConfig with app.wasm's brotli and gzip copies
// (either may be nil), written beside it with the checksum as make wasm
// writes them.
func testConfigWith(t *testing.T, wasm, br, gz []byte) server.Config {
	t.Helper()
	registerOnce.Do(ui.Register)
	p := filepath.Join(t.TempDir(), "app.wasm")
	files := map[string][]byte{p: wasm, p + ".br": br, p + ".gz": gz}
	if br != nil || gz != nil {
		sum := sha256.Sum256(wasm)
		files[p+".sha256"] = []byte(hex.EncodeToString(sum[:]) + "  app.wasm\n")
	}
	for name, b := range files {
		if b == nil {
			continue
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := server.LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestLoadConfigPublishesTheBundledLessonAndTheBuiltApp: the server's one
// loader gives the lesson every other part decodes, the app and its
// matching copies, and says how to build a missing app.
func TestLoadConfigPublishesTheBundledLessonAndTheBuiltApp(t *testing.T) {
	cfg := testConfigWith(t, []byte("\x00asm"), []byte("br"), nil)
	bundled, err := questions.Lesson()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Lesson != bundled {
		t.Error("LoadConfig's lesson is not questions.Lesson()")
	}
	if string(cfg.Wasm) != "\x00asm" || string(cfg.WasmBrotli) != "br" || cfg.WasmGzip != nil {
		t.Errorf("app.wasm %q, brotli %q, gzip %q; want the files beside it", cfg.Wasm, cfg.WasmBrotli, cfg.WasmGzip)
	}
	_, err = server.LoadConfig(filepath.Join(t.TempDir(), "missing.wasm"))
	if err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("a missing app.wasm gave %v, want an error that says to run make wasm", err)
	}
}
