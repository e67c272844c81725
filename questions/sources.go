//go:build !wasm

package questions

import "embed"

// Sources holds facts.txt, explainer.txt and every *.quiz.txt file. Kept
// out of the wasm build: the browser reads Compiled instead.
//
//go:embed facts.txt explainer.txt *.quiz.txt
var Sources embed.FS
