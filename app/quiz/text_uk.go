package quiz

import (
	"strings"
	"unicode"
)

// Typed answers in Ukrainian. Normalize maps every apostrophe form
// (ʼ ’ ') to one; foldHomoglyphs reads a Latin letter that looks like a
// Cyrillic one inside a Cyrillic word as the Cyrillic letter (a student
// switching keyboards types the Latin "i" in "Радiна"); and an answer in
// Cyrillic is also accepted in its official Latin transliteration
// ("Donbas" for "Донбас"), for a student without a Ukrainian keyboard.

// hedgesUK are the Ukrainian hedges and denials: "або", "не", …
var hedgesUK = []string{"або", "чи", "не", "ні", "і", "й", "та", "але", "можливо", "крім", "хіба", "жоден"}

func init() {
	for _, w := range hedgesUK {
		hedges[w] = true
	}
}

// homoglyphs are the lowercase Latin letters drawn like Cyrillic ones.
var homoglyphs = map[rune]rune{'a': 'а', 'c': 'с', 'e': 'е', 'i': 'і', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у'}

// foldHomoglyphs rewrites Latin lookalikes as Cyrillic in every word that
// holds a Cyrillic letter; words wholly in Latin stay as they are.
func foldHomoglyphs(s string) string {
	if !strings.ContainsFunc(s, isCyrillic) {
		return s
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for _, w := range words {
		if !strings.ContainsFunc(w, isCyrillic) {
			continue
		}
		folded := strings.Map(func(r rune) rune {
			if c, ok := homoglyphs[r]; ok {
				return c
			}
			return r
		}, w)
		s = strings.Replace(s, w, folded, 1)
	}
	return s
}

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// translitUK is the official Ukrainian Latin transliteration (Cabinet of
// Ministers resolution 55, 2010) of normalised text: "арахамія" becomes
// "arakhamiia". Letters with a second form at the start of a word take it
// there ("юрій" becomes "yurii"); apostrophes and soft signs are dropped.
func translitUK(s string) string {
	var b strings.Builder
	start := true
	prev := rune(0)
	for _, r := range s {
		t, ok := ukLatin[r]
		switch {
		case r == '\'' || r == 'ь':
			t = ""
		case r == 'г' && prev == 'з':
			t = "gh"
		case start && ukInitial[r] != "":
			t = ukInitial[r]
		case !ok:
			t = string(r)
		}
		b.WriteString(t)
		start = !unicode.IsLetter(r) && r != '\''
		prev = r
	}
	return b.String()
}

var ukLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e", 'є': "ie", 'ж': "zh", 'з': "z",
	'и': "y", 'і': "i", 'ї': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p",
	'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ю': "iu", 'я': "ia",
}

var ukInitial = map[rune]string{'є': "ye", 'ї': "yi", 'й': "y", 'ю': "yu", 'я': "ya"}

// withTransliterations adds to normalised answers the transliteration of
// each one written in Cyrillic.
func withTransliterations(answers []string) []string {
	out := answers
	for _, a := range answers {
		if strings.ContainsFunc(a, isCyrillic) {
			out = append(out[:len(out):len(out)], translitUK(a))
		}
	}
	return out
}
