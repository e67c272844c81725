package ui

import (
	"regexp"
	"slices"
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
		{page("/learn"), []string{l.Sections[0].Title, l.Sections[0].Takeaway, `id="` + l.Sections[1].ID + `"`, `href="/sources#fact-F6"`}},
		{page("/timeline"), []string{l.Events[0].Title, l.Events[0].Date, `id="` + l.Events[1].ID + `"`}},
		{page("/terms"), []string{l.Terms[0].Term, `id="` + l.Terms[1].ID + `"`}},
		{page("/people"), []string{l.People[0].Name, l.People[1].Role, `id="` + l.People[2].ID + `"`}},
		{page("/sources"), []string{`id="fact-F1"`, `id="fact-B1"`, "Kevin Liptak", "Background beyond the report"}},
		{page("/quiz"), []string{"Question 1 of", `data-question="` + firstQuestion(l).ID + `"`, "Besides Ukraine, which countries signed the 1994 Budapest", `id="feedback"`, `aria-live="polite"`}},
		{page("/why"), []string{l.Reasons[0].Title, `href="/quiz?sections=`}},
		{page("/results"), []string{"Your results", "Start over"}},
		{page("/class"), []string{"Class results", "Nothing is sent anywhere", `id="class-files"`, `type="file"`, `disabled`}},
		{page("/teachers"), []string{`id="class-link"`, `href="/class"`}},
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

func page(path string) *Page {
	for i := range Pages {
		if Pages[i].Path == path {
			return &Pages[i]
		}
	}
	panic("no page " + path)
}

func firstQuestion(l *quiz.Lesson) *quiz.Question {
	q, _ := l.Question(l.InSectionOrder()[0])
	return q
}

// TestEveryPageIsRouted keeps the route table and its expectations in step.
func TestEveryPageIsRouted(t *testing.T) {
	if len(Pages) != 17 {
		t.Errorf("%d routes; update this test and the precache expectations when adding pages", len(Pages))
	}
}

// TestNavigationListsKeepTheirLabels pins what a student sees in the three
// navigation lists built from Pages (HeaderNav, FooterNav, ReadingNav):
// which pages, in which order, in which words, and where the current page
// is marked (a trailing " *" below is aria-current="page"). Rendered on
// the explainer, the one page that shows all three.
func TestNavigationListsKeepTheirLabels(t *testing.T) {
	html := render(t, &Explainer{})
	tests := []struct {
		list string // the class of the element around the list
		want []string
	}{
		{"site-header", []string{"/learn Explainer *", "/quiz Quiz", "/results Results", "/settings Settings"}},
		{"more-links", []string{"/learn Explainer *", "/timeline Timeline", "/terms Key terms", "/people Who said what", "/sources Sources and facts"}},
		{"site-footer", []string{"/learn Explainer", "/timeline Timeline", "/terms Key terms", "/people Who said what", "/sources Sources and facts", "/why Why not another Budapest?", "/teachers For teachers"}},
	}
	for _, tt := range tests {
		t.Run(tt.list, func(t *testing.T) {
			if got := listLinks(t, html, tt.list); !slices.Equal(got, tt.want) {
				t.Errorf("the links in .%s are\n  %q\nwant\n  %q", tt.list, got, tt.want)
			}
		})
	}
}

var (
	anchor   = regexp.MustCompile(`<a ([^>]*)>([^<]*)</a>`)
	hrefAttr = regexp.MustCompile(`href="([^"]*)"`)
)

// listLinks returns the links of the first <ul> after class="class" in
// html, each as "href text", with " *" when it is marked as the current
// page.
func listLinks(t *testing.T, html, class string) []string {
	t.Helper()
	_, after, ok := strings.Cut(html, `class="`+class+`"`)
	if !ok {
		t.Fatalf("no element of class %s in the page", class)
	}
	_, after, ok = strings.Cut(after, "<ul")
	if !ok {
		t.Fatalf("no list after class %s", class)
	}
	list, _, _ := strings.Cut(after, "</ul>")
	var links []string
	for _, m := range anchor.FindAllStringSubmatch(list, -1) {
		h := hrefAttr.FindStringSubmatch(m[1])
		if h == nil {
			t.Fatalf("a link without href in .%s: %s", class, m[0])
		}
		link := h[1] + " " + m[2]
		if strings.Contains(m[1], `aria-current="page"`) {
			link += " *"
		}
		links = append(links, link)
	}
	return links
}

func TestFactReferencesBecomeLinksAndStayText(t *testing.T) {
	html := render(t, &Explainer{})
	if !strings.Contains(html, `href="/sources#fact-F6"`) {
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
