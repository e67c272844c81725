package quiz

import "strings"

// Segment is a piece of explainer text: plain text, or a citation of a
// fact written as [F5] in the source.
type Segment struct {
	Text string // The text, or "[F5]" for a citation.
	Fact string // The cited fact id; empty for plain text.
	Term string // The glossary term id this text names, for MarkTerms.
}

// Segments splits a paragraph into plain text and fact citations ("[F5]",
// "[B1]": a letter and digits in brackets). The loader uses it to check
// citations and the UI to link them, so both agree on what a citation is.
func Segments(text string) []Segment {
	var out []Segment
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := i + 1
		if j >= len(text) || !isLetter(text[j]) {
			continue
		}
		j++
		digits := j
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == digits || j >= len(text) || text[j] != ']' {
			continue
		}
		if i > start {
			out = append(out, Segment{Text: text[start:i]})
		}
		out = append(out, Segment{Text: text[i : j+1], Fact: text[i+1 : j]})
		start = j + 1
		i = j
	}
	if start < len(text) {
		out = append(out, Segment{Text: text[start:]})
	}
	return out
}

func isLetter(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }

// MarkTerms splits the plain-text segments further wherever they name a
// glossary term (any of its forms, whole words, any case), marking the
// first mention of each term only, so that a paragraph is not cluttered.
func MarkTerms(segs []Segment, terms []Term) []Segment {
	used := map[string]bool{}
	var out []Segment
	for _, s := range segs {
		if s.Fact != "" || s.Term != "" {
			out = append(out, s)
			continue
		}
		text := s.Text
		for text != "" {
			at, length, id := -1, 0, ""
			for _, t := range terms {
				if used[t.ID] {
					continue
				}
				for _, f := range t.Forms {
					if i := indexWord(text, f); i >= 0 && (at < 0 || i < at || i == at && len(f) > length) {
						at, length, id = i, len(f), t.ID
					}
				}
			}
			if at < 0 {
				out = append(out, Segment{Text: text})
				break
			}
			if at > 0 {
				out = append(out, Segment{Text: text[:at]})
			}
			out = append(out, Segment{Text: text[at : at+length], Term: id})
			used[id] = true
			text = text[at+length:]
		}
	}
	return out
}

// indexWord finds word in text as a whole word, ignoring ASCII case.
func indexWord(text, word string) int {
	if word == "" || len(word) > len(text) {
		return -1
	}
	lower, w := strings.ToLower(text), strings.ToLower(word)
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool { return isLetter(b) || b >= '0' && b <= '9' || b >= 0x80 }
