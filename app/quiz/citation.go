package quiz

// Segment is a piece of explainer text: plain text, or a citation of a
// fact written as [F5] in the source.
type Segment struct {
	Text string // The text, or "[F5]" for a citation.
	Fact string // The cited fact id; empty for plain text.
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
