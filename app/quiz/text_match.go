package quiz

import (
	"slices"
	"strings"
	"unicode"
)

// TextMatch says how a typed answer compares with a question's accepted
// answers, the way a fair teacher marks a short written answer.
type TextMatch int

// The ways a typed answer can match.
const (
	// TextWrong: none of the accepted answers is in it.
	TextWrong TextMatch = iota
	// TextExact: an accepted answer, up to case, quotes, dashes, spaces
	// and punctuation at the ends (Normalize).
	TextExact
	// TextWithin: an accepted answer, word for word, with a few extra
	// words around it ("Istanbul, Turkey", "the Donbas region").
	TextWithin
	// TextTypo: an accepted answer with a one-letter slip (a letter
	// missing, extra, wrong, or two swapped: "memorandom"), alone or with
	// extra words. Accepted, with a note to check the spelling.
	TextTypo
)

const (
	// maxExtraWords is how many words may surround the key term. More
	// than that and the answer is an essay that merely mentions it.
	maxExtraWords = 4
	// minTypoLetters is the shortest answer whose typos are forgiven: in
	// a short word one letter makes another word ("Kiev" and "Kyiv" aside).
	minTypoLetters = 5
)

// hedges are words that turn a mention of the key term into a hedge or a
// denial ("Istanbul or Minsk", "not Budapest"): an answer with one of them
// around the key term is not accepted.
var hedges = map[string]bool{
	"or": true, "and": true, "nor": true, "not": true, "no": true, "never": true, "isn't": true, "wasn't": true,
	"maybe": true, "perhaps": true, "either": true, "neither": true, "except": true, "but": true, "vs": true, "versus": true,
}

// MatchText marks a typed answer against the accepted answers, returning
// the most generous match found. Extra words are forgiven only around a
// whole accepted answer and never with a hedge ("or", "not"); one-letter
// slips only in answers of at least five letters with no digits (a date
// one digit off is a different date).
func MatchText(typed string, answers []string) TextMatch {
	got := Normalize(typed)
	if got == "" {
		return TextWrong
	}
	best := TextWrong
	words := textWords(got)
	normal := make([]string, len(answers))
	for i, a := range answers {
		normal[i] = Normalize(a)
	}
	for _, want := range withTransliterations(normal) {
		if want == "" {
			continue
		}
		if got == want {
			return TextExact
		}
		key := textWords(want)
		if len(key) == 0 || len(words) < len(key) || len(words)-len(key) > maxExtraWords {
			continue
		}
		forgiveTypo := letterCount(want) >= minTypoLetters && !strings.ContainsFunc(want, unicode.IsDigit)
		for start := 0; start+len(key) <= len(words); start++ {
			window := words[start : start+len(key)]
			m := TextWrong
			switch d := editDistance(strings.Join(window, " "), strings.Join(key, " ")); {
			case d == 0 && len(window) == len(words):
				m = TextExact // the same words, only punctuation between them differs
			case d == 0:
				m = TextWithin
			case d == 1 && forgiveTypo:
				m = TextTypo
			}
			if m == TextWrong || hedged(words, start, start+len(key), key) {
				continue
			}
			if m == TextExact {
				return TextExact
			}
			if best == TextWrong || m == TextWithin {
				best = m
			}
		}
	}
	return best
}

// hedged reports whether a word outside words[from:to] is a hedge, unless
// the accepted answer itself contains it.
func hedged(words []string, from, to int, key []string) bool {
	for i, w := range words {
		if (i < from || i >= to) && hedges[w] && !slices.Contains(key, w) {
			return true
		}
	}
	return false
}

// textWords splits normalised text into words: runs of letters, digits
// and apostrophes ("Ukraine's" stays one word).
func textWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// editDistance is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours, in runes),
// stopping early: it only needs to tell 0, 1 and more apart.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	if d := len(x) - len(y); d > 1 || d < -1 {
		return 2
	}
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}
