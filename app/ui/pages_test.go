package ui

import (
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestPrerenderShowsRealContent renders each page as the server does for
// its first response: the lesson text must be there before any wasm runs.
func TestPrerenderShowsRealContent(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page *Page
		want []string
	}{
		{&Pages[0], []string{"Beyond Budapest", "Start reading", l.Sections[0].Title}},
		{&Pages[1], []string{l.Sections[0].Title, l.Sections[0].Takeaway, `id="` + l.Sections[1].ID + `"`, `id="fact-F1"`}},
		{&Pages[2], []string{"Question 1 of", l.Questions[0].Prompt, `id="feedback"`, `aria-live="polite"`}},
		{&Pages[3], []string{"Your results", "Start over"}},
	}
	for _, tt := range tests {
		t.Run(tt.page.Path, func(t *testing.T) {
			html := render(t, tt.page.New())
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("%s prerender lacks %q", tt.page.Path, w)
				}
			}
			if strings.Contains(html, `id="app-ready"`) {
				t.Error("the client-only ready marker is in the server render")
			}
		})
	}
}

func TestFactReferencesBecomeLinksAndStayText(t *testing.T) {
	html := render(t, &Explainer{})
	if !strings.Contains(html, `href="/learn#fact-F6"`) {
		t.Error("[F6] in the explainer is not a link to the fact sheet")
	}
	if strings.Contains(html, "[F6]</a>") == false {
		t.Error("the citation link does not show [F6]")
	}
	// withFactLinks must never turn text into markup.
	out := withFactLinks(`<b>bold</b> [F1] & more`)
	if len(out) != 3 {
		t.Fatalf("got %d parts, want text, link, text", len(out))
	}
}

func TestDescribeAnswers(t *testing.T) {
	l, _ := Lesson()
	q, _ := l.Question("who-said-what")
	got := describeResponse(q, quiz.Response{Matches: []int{1, -1, 2, 3}})
	if !strings.HasPrefix(got, "David Arakhamia → "+q.Pairs[1].Right) || !strings.Contains(got, "Dominic Raab → (nothing)") {
		t.Errorf("match response described as %q", got)
	}
	if describeResponse(q, quiz.Response{}) != "(no answer)" {
		t.Error("an empty response should read (no answer)")
	}
	if points(0.5) != "0.5" || points(1) != "1" || points(7.666) != "7.67" || points(0) != "0" {
		t.Errorf("points formatting: %s %s %s %s", points(0.5), points(1), points(7.666), points(0))
	}
}
