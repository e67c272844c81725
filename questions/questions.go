// Package questions holds the lesson: its plain-text sources (the fact
// sheet, the explainer and the question files, documented for teachers in
// README.md) and lesson.json, the same lesson compiled by `make content`.
//
// The browser app embeds only lesson.json, so it carries no parser; the
// server and the tools embed the sources too (sources.go).
package questions

import _ "embed"

// Compiled is lesson.json: the lesson as quiz.Compile writes it.
//
//go:embed lesson.json
var Compiled []byte
