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

// TestRefusedFilesAreExplainedInUkrainian: on /uk/class the reason a
// file was refused is in Ukrainian, the place inside it ("питання 1") too.
func TestRefusedFilesAreExplainedInUkrainian(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	var c analysis.Class
	c.Say = refusalText
	c.Add("a.json", []byte(`{"app":"Beyond Budapest","questions":[{"id":""}]}`))
	c.Add("b.json", []byte(``))
	c.Refuse("c.json", analysis.TooLarge(3<<20))
	want := []string{"a.json: питання 1: немає ідентифікатора", "b.json: файл порожній", "c.json: завеликий"}
	if len(c.Rejected) != len(want) {
		t.Fatalf("rejected %q", c.Rejected)
	}
	for i, w := range want {
		if !strings.HasPrefix(c.Rejected[i], w) {
			t.Errorf("refusal %d is %q, want %q…", i, c.Rejected[i], w)
		}
	}
}
