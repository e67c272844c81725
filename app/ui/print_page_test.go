package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	worksheetOption = regexp.MustCompile(`<li>☐ (.*?)</li>`)
	cardOption      = regexp.MustCompile(`<label for="choice-\d+">\s*<span>(.*?)</span>`)
)

// worksheetOptions maps each question id on a rendered worksheet to its
// options as listed.
func worksheetOptions(html string) map[string][]string {
	out := map[string][]string{}
	parts := strings.Split(html, ` id="print-`)
	for _, part := range parts[1:] {
		id, rest, _ := strings.Cut(part, `"`)
		out[id] = submatches(worksheetOption, rest)
	}
	return out
}

// TestWorksheetShowsOptionsInTheQuizOrder: a class that does the quiz on
// screen and on paper sees every choice question's options in the same
// order, for the default quiz and for a link that shuffles the choices.
// The quiz side is the card as the quiz page builds it (its session's
// layout); the first question is also compared with the quiz page itself.
func TestWorksheetShowsOptionsInTheQuizOrder(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	for _, query := range []string{"", "shuffle-choices=1&seed=7"} {
		t.Run("settings "+query, func(t *testing.T) {
			place := placeFor(l, query) // what OnMount reads from the link
			html := app.HTMLString((&PrintPage{lesson: l, place: place}).Render())
			s, err := quiz.New(l, place.Options)
			if err != nil {
				t.Fatal(err)
			}
			sheet := worksheetOptions(html)
			checked := 0
			for _, id := range s.Progress().Questions {
				q, _ := l.Question(id)
				if q.Kind != quiz.Single && q.Kind != quiz.Multiple {
					continue
				}
				onPaper := sheet[id]
				onScreen := submatches(cardOption, render(t, &QuestionCard{Question: q, Layout: s.Layout(q.ID), Response: s.Response(q.ID)}))
				if !slices.Equal(onPaper, onScreen) {
					t.Errorf("%s: the worksheet lists\n  %q\nthe quiz shows\n  %q", q.ID, onPaper, onScreen)
				}
				checked++
			}
			if checked < 2 {
				t.Fatalf("%d choice questions compared, want every one of the lesson", checked)
			}
		})
	}
	// The quiz page's own prerender, for its first question.
	page := render(t, &QuizPage{})
	first := firstQuestion(l)
	onPaper := worksheetOptions(render(t, &PrintPage{}))[first.ID]
	if onScreen := submatches(cardOption, page); len(onScreen) == 0 || !slices.Equal(onPaper, onScreen) {
		t.Errorf("%s: the worksheet lists %q, the quiz page %q", first.ID, onPaper, onScreen)
	}
}

func submatches(re *regexp.Regexp, s string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		out = append(out, strings.TrimSpace(m[1]))
	}
	return out
}

// TestWorksheetAndKeyInUkrainian: /uk/worksheet and /uk/answer-key are
// wholly Ukrainian: the lesson's words, and the paper's own (the name
// line, each question's hint, true or false, the answer key's labels).
func TestWorksheetAndKeyInUkrainian(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	place := placeFor(l, "")
	sheet := app.HTMLString((&PrintPage{lesson: l, place: place}).Render())
	key := app.HTMLString((&PrintPage{Key: true, lesson: l, place: place}).Render())
	for _, c := range []struct{ page, html string }{
		{"worksheet", sheet}, {"answer key", key},
	} {
		for _, bad := range []string{">Choose one answer<", ">True or false<", "☐ True<", "Answer: ", "Section: "} {
			if strings.Contains(c.html, bad) {
				t.Errorf("the Ukrainian %s says %q", c.page, bad)
			}
		}
	}
	for _, want := range []string{"Ім’я: ___", ">Оберіть одну відповідь<", "☐ Правда<", "☐ Неправда<", "Робочий аркуш"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the Ukrainian worksheet lacks %q", want)
		}
	}
	for _, want := range []string{"Відповідь: ", "Розділ: ", "Неправда", "Ключ відповідей"} {
		if !strings.Contains(key, want) {
			t.Errorf("the Ukrainian answer key lacks %q", want)
		}
	}
}
