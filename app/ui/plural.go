package ui

import "fmt"

// plural counts n things in words: "1 answer", "3 answers".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// plural2 picks the word that agrees with n, without the count: "was" or
// "were".
func plural2(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
