package ui

import (
	stdhtml "html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

func bundledQuestion(t *testing.T, kind quiz.Kind) *quiz.Question {
	t.Helper()
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	for i := range l.Questions {
		if l.Questions[i].Kind == kind {
			return &l.Questions[i]
		}
	}
	t.Fatalf("the bundled lesson has no %s question", kind)
	return nil
}

func identity(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

// TestEveryControlHasALabel keeps the card usable with a screen reader:
// the prompt is the fieldset's legend and every input, select and button
// has a label or an accessible name.
func TestEveryControlHasALabel(t *testing.T) {
	for _, k := range quiz.Kinds {
		t.Run(string(k), func(t *testing.T) {
			q := bundledQuestion(t, k)
			n := len(q.Choices)
			r := quiz.Response{}
			switch k {
			case quiz.Order:
				n = len(q.Items)
				r.Order = identity(n)
			case quiz.Match:
				n = len(q.Pairs)
				r.Matches = []int{-1, -1, -1, -1}[:n]
			}
			html := render(t, &QuestionCard{Question: q, Layout: identity(n), Response: r})
			if !strings.Contains(html, "<legend") || !strings.Contains(html, escapedText(q.Prompt)) {
				t.Errorf("the prompt is not the fieldset legend:\n%s", html)
			}
			for _, id := range regexp.MustCompile(`<(?:input|select)[^>]* id="([^"]+)"`).FindAllStringSubmatch(html, -1) {
				if !strings.Contains(html, `for="`+id[1]+`"`) {
					t.Errorf("control #%s has no <label for>", id[1])
				}
			}
			for _, b := range regexp.MustCompile(`<button[^>]*>`).FindAllString(html, -1) {
				if !strings.Contains(b, "aria-label=") {
					t.Errorf("icon button without an accessible name: %s", b)
				}
			}
		})
	}
}

// TestRevealUsesWordsNotOnlyColour checks that right and wrong are said in
// text (WCAG 1.4.1), not only by the green and red classes.
func TestRevealUsesWordsNotOnlyColour(t *testing.T) {
	q := bundledQuestion(t, quiz.Single)
	wrong := 0
	for i, c := range q.Choices {
		if !c.Correct {
			wrong = i
			break
		}
	}
	html := render(t, &QuestionCard{Question: q, Layout: identity(len(q.Choices)),
		Response: quiz.Response{Choices: []int{wrong}}, Locked: true, Reveal: true})
	for _, want := range []string{"✓ Correct answer", "✗ Your answer: not correct", "disabled"} {
		if !strings.Contains(html, want) {
			t.Errorf("revealed card lacks %q", want)
		}
	}
	hidden := render(t, &QuestionCard{Question: q, Layout: identity(len(q.Choices)),
		Response: quiz.Response{Choices: []int{wrong}}, Locked: true})
	if strings.Contains(hidden, "✓") || strings.Contains(hidden, "✗") {
		t.Error("marks shown although Reveal is off (feedback at the end)")
	}
}

// TestCardFollowsTheLayout shows choices in the session's display order.
func TestCardFollowsTheLayout(t *testing.T) {
	q := bundledQuestion(t, quiz.Single)
	n := len(q.Choices)
	layout := identity(n)
	layout[0], layout[n-1] = layout[n-1], layout[0]
	html := render(t, &QuestionCard{Question: q, Layout: layout})
	first := strings.Index(html, q.Choices[n-1].Text)
	last := strings.Index(html, q.Choices[0].Text)
	if first < 0 || last < 0 || first > last {
		t.Errorf("choices not in layout order %v", layout)
	}
}

func TestToggled(t *testing.T) {
	tests := []struct {
		name       string
		start      []int
		idx        int
		single, on bool
		want       []int
	}{
		{"radio replaces", []int{1}, 2, true, true, []int{2}},
		{"checkbox adds sorted", []int{3}, 0, false, true, []int{0, 3}},
		{"checkbox removes", []int{0, 3}, 3, false, false, []int{0}},
		{"checkbox twice stays single", []int{2}, 2, false, true, []int{2}},
	}
	for _, tt := range tests {
		got := toggled(quiz.Response{Choices: tt.start}, tt.idx, tt.single, tt.on).Choices
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPrerenderedAttributesCannotBeBrokenOut: go-app's server renderer does
// not escape quotes in attribute values, so lesson text that reaches an
// attribute must not carry one.
func TestPrerenderedAttributesCannotBeBrokenOut(t *testing.T) {
	q := &quiz.Question{ID: "q", Kind: quiz.Order, Prompt: "P", Items: []string{`a" onmouseover="alert(1)`, "b"}}
	html := render(t, &QuestionCard{Question: q, Layout: []int{1, 0}, Response: quiz.Response{Order: []int{1, 0}}})
	// strconv.Quote would have written the quote as \", which ends the
	// attribute in HTML.
	if strings.Contains(html, `\"`) {
		t.Errorf("lesson text broke out of an attribute:\n%s", html)
	}
}

// escapedText is s as the renderer writes text: apostrophes, quotes and
// ampersands escaped.
func escapedText(s string) string { return stdhtml.EscapeString(s) }
