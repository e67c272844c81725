//go:build !englishonly

package questions

import _ "embed"

// CompiledUK is uk/lesson.json: the Ukrainian lesson (questions/uk/)
// as quiz.Translate makes it from the English and compiles it, entries
// whose English changed since they were translated left in English.
// (make bench builds the app without it, with -tags englishonly, to
// weigh the Ukrainian edition.)
//
//go:embed uk/lesson.json
var CompiledUK []byte
