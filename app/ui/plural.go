package ui

import (
	"fmt"
	"strings"
)

// plural counts n things in words: "1 answer", "3 answers"; in Ukrainian
// "1 відповідь", "3 відповіді", "5 відповідей".
func plural(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, plural2(n, one, many))
}

// plural2 picks the word that agrees with n, without the count: "was" or
// "were". The catalogue holds the translation of the pair "one|many" as
// the forms for one, few and many ("питання|питання|питань").
func plural2(n int, one, many string) string {
	if lang != English {
		if t, ok := catalogues[lang][one+"|"+many]; ok {
			if forms := strings.Split(t, "|"); len(forms) == 3 {
				return forms[ukPluralForm(n)]
			}
		}
	}
	if n == 1 {
		return one
	}
	return many
}

// ukPluralForm is the Ukrainian plural form for n: 0 for one (1, 21,
// 101), 1 for few (2–4, 22–24), 2 for many (0, 5–20, 25–30, 111).
func ukPluralForm(n int) int {
	if n < 0 {
		n = -n
	}
	switch {
	case n%10 == 1 && n%100 != 11:
		return 0
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return 1
	}
	return 2
}
