// Package questions embeds the lesson's plain-text sources (the fact sheet,
// the explainer and the question files) so that both the server and the
// browser app carry the same content, with no fetch needed offline.
// README.md in this folder documents the format for teachers.
package questions

import "embed"

// Files holds facts.txt, explainer.txt and every *.quiz.txt file.
//
//go:embed facts.txt explainer.txt *.quiz.txt
var Files embed.FS
