package server

import (
	"fmt"

	"beyondbudapest/questions"
)

// LoadConfig returns the configuration that publishes the bundled lesson
// (questions.Lesson) with the browser app compiled at wasmPath, and the
// compressed copies make wasm writes beside it when they match it
// (ReadWasm). Every program that serves or writes the app starts here: the
// server's subcommands, make bench, the load test and the journeys; the
// caller adds what is particular to it (SiteOrigin, FrameAncestors…).
//
// It does not check the lesson's text sources: the server main does that
// before publishing (app check), and a test has no need to.
func LoadConfig(wasmPath string) (Config, error) {
	l, err := questions.Lesson()
	if err != nil {
		return Config{}, err
	}
	wasm, br, gz, err := ReadWasm(wasmPath)
	if err != nil {
		return Config{}, fmt.Errorf("%w (run make wasm)", err)
	}
	return Config{Wasm: wasm, WasmBrotli: br, WasmGzip: gz, Lesson: l}, nil
}
