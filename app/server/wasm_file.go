package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

// ReadWasm reads the compiled app and the compressed copies that make wasm
// writes beside it (app.wasm.br, app.wasm.gz). The copies are returned only
// if app.wasm.sha256 says they were made from this very app.wasm: a stale
// compressed copy would serve students an old app.
func ReadWasm(path string) (raw, br, gz []byte, err error) {
	raw, err = os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading the browser app: %w", err)
	}
	sum, err := os.ReadFile(path + ".sha256")
	if err != nil {
		return raw, nil, nil, nil
	}
	want := sha256.Sum256(raw)
	if fields := strings.Fields(string(sum)); len(fields) == 0 || fields[0] != hex.EncodeToString(want[:]) {
		return raw, nil, nil, nil
	}
	br, _ = os.ReadFile(path + ".br")
	gz, _ = os.ReadFile(path + ".gz")
	return raw, br, gz, nil
}
