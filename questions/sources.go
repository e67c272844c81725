//go:build !wasm

package questions

import "embed"

// Sources holds every text source: facts.txt, explainer.txt, timeline.txt,
// glossary.txt, people.txt and the *.quiz.txt files, and their translations
// (uk/), with stamps.txt. Kept
// out of the wasm build: the browser reads Compiled instead.
//
//go:embed *.txt uk/*.txt
var Sources embed.FS
