package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// EnglishOnly names the app built without its Ukrainian lesson and
// catalogue (-tags englishonly): app.wasm less it is what the Ukrainian
// edition costs.
const EnglishOnly = "app.wasm, English only"

// sizes measures app.wasm, the floors built from tests/bench/floor, and
// the app without its Ukrainian edition.
func sizes(into map[string][3]int, wasm, br, gz []byte) error {
	into["app.wasm"] = [3]int{len(wasm), len(gz), len(br)}
	builds := map[string][]string{
		"plain Go (fmt)": {"./tests/bench/floor/plain"},
		"go-app floor":   {"./tests/bench/floor/goapp"},
		EnglishOnly:      {"-tags", "englishonly", "./app"},
	}
	for name, args := range builds {
		dir, err := os.MkdirTemp("", "bb-floor-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		p := filepath.Join(dir, "x.wasm")
		cmd := exec.Command("go", append([]string{"build", "-trimpath", "-ldflags=-s -w", "-o", p}, args...)...)
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %v\n%s", name, err, b)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var zb bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&zb, 9)
		zw.Write(raw)
		zw.Close()
		brc := exec.Command("brotli", "-q", "11", "-c", p)
		bro, err := brc.Output()
		if err != nil {
			return fmt.Errorf("brotli: %w", err)
		}
		into[name] = [3]int{len(raw), zb.Len(), len(bro)}
	}
	return nil
}
