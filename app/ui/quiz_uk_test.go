package ui

import (
	"strings"
	"testing"
)

// TestQuizAndResultsRenderInUkrainian: on /uk/ pages the quiz and the
// results speak Ukrainian, down to the kind hint and the buttons, with
// no English left from the interface.
func TestQuizAndResultsRenderInUkrainian(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	tests := []struct {
		name      string
		page      *Page
		want, not []string
	}{
		{"quiz", page("/quiz"), []string{"Питання 1 з", "Перевірити", "Назад", "Наступне питання", "Оберіть одну відповідь"}, []string{"Question 1 of", ">Check<", ">Back<", "Read more", "Choose one answer"}},
		{"results", page("/results"), []string{"Ваші результати", "Почати заново", "Бали: 0 з"}, []string{"Your results", "Start over", "points"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := render(t, tt.page.New())
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("the Ukrainian %s page lacks %q", tt.name, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(html, n) {
					t.Errorf("the Ukrainian %s page still says %q", tt.name, n)
				}
			}
		})
	}
}

// TestUkrainianNumbersAndTrueFalse: points take a decimal comma, and a
// true/false question's choices are translated where they are shown.
func TestUkrainianNumbersAndTrueFalse(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	if got := points(0.5); got != "0,5" {
		t.Errorf("points(0.5) in Ukrainian = %q, want 0,5", got)
	}
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range l.Questions {
		if q.Kind == "truefalse" {
			if got := describeCorrect(&q); got != "Правда" && got != "Неправда" {
				t.Errorf("the answer to true/false question %s reads %q, want Правда or Неправда", q.ID, got)
			}
			return
		}
	}
	t.Fatal("the lesson has no true/false question")
}
