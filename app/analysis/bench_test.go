package analysis_test

import (
	"strings"
	"testing"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
	"beyondbudapest/tests/classfiles"
)

// BenchmarkClassOf500 reads 500 result files (half JSON, half CSV) and
// analyses them, as the class page does after a drop; the page's target is
// under a second in the browser (make bench measures that there).
func BenchmarkClassOf500(b *testing.B) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		b.Fatal(err)
	}
	files, err := classfiles.Generate(l, 500, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		var c analysis.Class
		for _, f := range files {
			c.Add(f.Name, f.Data)
		}
		if r := analysis.Analyse(l, c.Attempts); r.Students != 500 || r.SetApart != 0 {
			b.Fatalf("%d students, %d set apart; want 500, 0 (rejected: %q)", r.Students, r.SetApart, c.Rejected)
		}
	}
}

// BenchmarkAnalyseOnly500 is the analysis alone, without reading files.
func BenchmarkAnalyseOnly500(b *testing.B) {
	l, _ := quiz.Decode(questions.Compiled)
	files, _ := classfiles.Generate(l, 500, 1)
	var c analysis.Class
	for _, f := range files {
		c.Add(f.Name, f.Data)
	}
	b.ResetTimer()
	for b.Loop() {
		analysis.Analyse(l, c.Attempts)
	}
}

// BenchmarkParse500 is reading alone, per format: the 250 JSON and the 250
// CSV files of the class of 500, without adding them to a class.
func BenchmarkParse500(b *testing.B) {
	l, _ := quiz.Decode(questions.Compiled)
	files, _ := classfiles.Generate(l, 500, 1)
	for _, format := range []string{".json", ".csv"} {
		b.Run(format[1:], func(b *testing.B) {
			for b.Loop() {
				for _, f := range files {
					if strings.HasSuffix(f.Name, format) {
						if _, err := analysis.Parse(f.Name, f.Data); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
		})
	}
}
