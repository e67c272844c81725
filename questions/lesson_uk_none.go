//go:build englishonly

package questions

// CompiledUK is empty in the English-only build that make bench weighs
// the Ukrainian edition against (lesson_uk.go).
var CompiledUK []byte
