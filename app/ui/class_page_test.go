package ui

import (
	"strings"
	"testing"

	"beyondbudapest/app/analysis"
	"beyondbudapest/tests/classfiles"
)

// TestClassPageShowsTheAnalysisAsText renders a loaded class: the figures
// are there, the histogram has its text alternative, and a hostile name or
// file name is text, never markup.
func TestClassPageShowsTheAnalysisAsText(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	files, err := classfiles.Generate(l, 6, 3)
	if err != nil {
		t.Fatal(err)
	}
	c := &ClassPage{}
	for _, f := range files {
		c.class.Add(f.Name, f.Data)
	}
	c.class.Add(`<img src=x onerror=alert(1)>.json`, []byte("{"))
	c.class.Attempts[0].Name = `<script>alert(1)</script>`
	c.report = analysis.Analyse(l, c.class.Attempts)
	html := render(t, c)
	for _, want := range []string{
		`id="class-size">6<`, `id="histogram"`, `role="img"`, "Students by score, in tenths: 0–9 %:",
		`&lt;script&gt;alert(1)&lt;/script&gt;`, `&lt;img src=x onerror=alert(1)&gt;.json: the file ends too early`,
		`href="/learn#` + c.report.Sections[0].ID + `"`, "Re-teach this: ", `id="items-csv"`, `id="students-csv"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("class page lacks %q", want)
		}
	}
	for _, bad := range []string{"<script>alert", "<img src=x"} {
		if strings.Contains(html, bad) {
			t.Errorf("class page renders %q as markup", bad)
		}
	}
}
