package quiz

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// Graded is one part of the lesson with its reading measure.
type Graded struct {
	Name string // "section istanbul", "all prompts", "all explanations and feedback"
	Reading
}

// LessonReadings measures what students read: each explainer section
// (takeaway and paragraphs), all question prompts together, and all
// explanations with every choice's feedback together.
func LessonReadings(l *Lesson) []Graded {
	var out []Graded
	for _, s := range l.Sections {
		out = append(out, Graded{Name: "section " + s.ID, Reading: Measure(append([]string{s.Takeaway}, s.Body...)...)})
	}
	var prompts, explanations []string
	for _, q := range l.Questions {
		prompts = append(prompts, q.Prompt)
		explanations = append(explanations, q.Explanation)
		for _, c := range q.Choices {
			if c.Feedback != "" {
				explanations = append(explanations, c.Feedback)
			}
		}
	}
	out = append(out,
		Graded{Name: "all prompts", Reading: Measure(prompts...)},
		Graded{Name: "all explanations and feedback", Reading: Measure(explanations...)})
	return out
}

// WriteReadingReport prints the Flesch–Kincaid grade of every part
// LessonReadings measures, against MaxGrade, for `make content-report`.
func WriteReadingReport(w io.Writer, l *Lesson) error {
	fmt.Fprintf(w, "READABILITY (Flesch–Kincaid US grade; limit %.1f, a 15-year-old)\n", MaxGrade)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TEXT\tWORDS\tSENTENCES\tWORDS/SENTENCE\tSYLLABLES/WORD\tGRADE\t\t")
	for _, g := range LessonReadings(l) {
		verdict := "ok"
		if g.Grade() > MaxGrade {
			verdict = "OVER THE LIMIT"
		}
		perSentence, perWord := 0.0, 0.0
		if g.Sentences > 0 && g.Words > 0 {
			perSentence, perWord = float64(g.Words)/float64(g.Sentences), float64(g.Syllables)/float64(g.Words)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%.2f\t%.1f\t%s\t\n", g.Name, g.Words, g.Sentences, perSentence, perWord, g.Grade(), verdict)
	}
	return tw.Flush()
}
