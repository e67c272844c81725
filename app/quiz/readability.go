package quiz

import (
	"strings"
	"unicode"
)

// MaxGrade is the highest Flesch–Kincaid grade the lesson may read at:
// US grade 10, a 15-year-old. A test holds the bundled lesson to it.
const MaxGrade = 10.0

// Reading is the Flesch–Kincaid measure of a text.
type Reading struct {
	Words, Sentences, Syllables int
}

// Grade is the Flesch–Kincaid grade level: 0.39 × words per sentence +
// 11.8 × syllables per word − 15.59; 0 for a text without words.
func (r Reading) Grade() float64 {
	if r.Words == 0 || r.Sentences == 0 {
		return 0
	}
	return 0.39*float64(r.Words)/float64(r.Sentences) + 11.8*float64(r.Syllables)/float64(r.Words) - 15.59
}

// Add returns the measure of both texts together.
func (r Reading) Add(o Reading) Reading {
	return Reading{Words: r.Words + o.Words, Sentences: r.Sentences + o.Sentences, Syllables: r.Syllables + o.Syllables}
}

// Measure counts the words, sentences and syllables of texts, each of
// which ends a sentence even without a full stop (a prompt ending in a
// blank, a list item). Fact citations such as [F5] are not words.
// Sentences end at . ! or ? followed by a space or the end; a word with a
// dot inside (U.S., e.g.) does not end one.
func Measure(texts ...string) Reading {
	var r Reading
	for _, text := range texts {
		inSentence := false
		for _, tok := range strings.FieldsFunc(text, func(c rune) bool { return unicode.IsSpace(c) || c == '—' || c == '–' }) {
			word := strings.TrimFunc(tok, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
			if word != "" && !isCitation(tok) {
				r.Words++
				r.Syllables += Syllables(word)
				inSentence = true
			}
			if !inSentence {
				continue
			}
			end := strings.TrimRight(tok, `"'”’)]`)
			if end == "" {
				continue
			}
			if strings.ContainsAny(end[len(end)-1:], ".!?") && !strings.Contains(strings.TrimRight(end, ".!?"), ".") {
				r.Sentences++
				inSentence = false
			}
		}
		if inSentence {
			r.Sentences++
		}
	}
	return r
}

// isCitation reports whether tok is a fact reference such as [F5] or
// [B10], with any punctuation after it.
func isCitation(tok string) bool {
	t := strings.TrimRight(tok, ".,;:)!?")
	if len(t) < 4 || t[0] != '[' || t[len(t)-1] != ']' || (t[1] != 'F' && t[1] != 'B') {
		return false
	}
	for _, c := range t[2 : len(t)-1] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Syllables estimates the syllables of an English word with the usual
// rules: count groups of vowels (y included, except at the start), then
// drop a silent final e, -es or -ed ("gives", "signed", but not "table",
// "forces", "wanted"), split the vowel pairs that are usually two
// syllables (ia, io, ua: "India", "period", "actual"), and read short
// all-capital abbreviations letter by letter (EU, UK). A number counts one
// syllable per digit. It is an estimate, as every Flesch–Kincaid tool's is.
func Syllables(word string) int {
	word = strings.TrimSuffix(strings.TrimSuffix(word, "'s"), "’s")
	letters := 0
	upper := 0
	digits := 0
	for _, c := range word {
		switch {
		case unicode.IsLetter(c):
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		case unicode.IsDigit(c):
			digits++
		}
	}
	if letters == 0 {
		return max(digits, 1)
	}
	if letters <= 3 && upper == letters && letters >= 2 {
		return letters // EU, UK, UN: said letter by letter
	}
	total := 0
	for _, part := range strings.FieldsFunc(strings.ToLower(word), func(c rune) bool { return !unicode.IsLetter(c) }) {
		total += partSyllables(part)
	}
	return max(total, 1)
}

// partSyllables counts one run of letters ("ninety" of "ninety-four").
func partSyllables(w string) int {
	if len(w) <= 3 {
		return 1
	}
	isVowel := func(i int) bool {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u':
			return true
		case 'y':
			return i > 0
		}
		return false
	}
	n := 0
	for i := range len(w) {
		if isVowel(i) && (i == 0 || !isVowel(i-1)) {
			n++
		}
		if i > 0 && splitPair(w, i) {
			n++
		}
	}
	last := len(w) - 1
	consonantBefore := func(i int) bool { return i >= 0 && !isVowel(i) }
	switch {
	case w[last] == 'e' && consonantBefore(last-1) && !(w[last-1] == 'l' && consonantBefore(last-2)):
		n-- // silent e: "promise", "Ukraine"; but "table"
	case strings.HasSuffix(w, "ed") && consonantBefore(last-2) && w[last-2] != 't' && w[last-2] != 'd':
		n-- // "signed"; but "wanted", "ratified"
	case strings.HasSuffix(w, "es") && consonantBefore(last-2) && !strings.ContainsRune("sxzcg", rune(w[last-2])) &&
		!strings.HasSuffix(w, "shes") && !(w[last-2] == 'l' && consonantBefore(last-3)):
		n-- // "states", "gives"; but "forces", "changes", "tables"
	}
	return max(n, 1)
}

// splitPair reports whether the vowels at i-1 and i are said as two
// syllables: ia, io and ua, except where they make one sound (Russia,
// nation, region, million, language).
func splitPair(w string, i int) bool {
	pair := w[i-1 : i+1]
	before := byte(0)
	if i >= 2 {
		before = w[i-2]
	}
	switch pair {
	case "ia":
		// "India", "Ukrainian"; but "Russia", "special", "parliament".
		return !strings.ContainsRune("stcgx", rune(before)) && (i == len(w)-1 || w[i+1] == 'n')
	case "io":
		// "period", "radio"; but "nation", "region", "million".
		return !strings.ContainsRune("stcgx", rune(before)) && !(i+1 < len(w) && w[i+1] == 'n')
	case "ua":
		// "actual", "situation"; but "language", "equal".
		return before != 'q' && before != 'g'
	}
	return false
}
