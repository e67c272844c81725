package ui

import (
	"strings"
	"testing"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestTeachersPageInUkrainian: on /uk/teachers the page speaks Ukrainian
// and offers the quiz in Ukrainian: the snippet embeds /uk/embed with a
// Ukrainian frame title, the worksheet links to /uk/worksheet, and the
// SCORM packages, files in no language's address, carry lang=uk. Choosing
// English gives the English quiz from the same page.
func TestTeachersPageInUkrainian(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	t.Setenv("BB_SCORM", "/scorm/")
	p := &TeachersPage{}
	html := render(t, p)
	for _, want := range []string{
		"<h1>Для вчителів</h1>", "Мова тесту", "https://example.invalid/uk/embed", "Тест Beyond Budapest",
		`href="/uk/worksheet?"`, `href="/uk/answer-key?"`,
		`href="/scorm/beyond-budapest-scorm12.zip?lang=uk"`, `download="beyond-budapest-scorm12-uk.zip"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("/uk/teachers lacks %q", want)
		}
	}

	if tag := tagWithID(html, "quiz-lang-uk"); !strings.Contains(tag, "checked") {
		t.Errorf("the quiz's language starts as the page's: %s", tag)
	}

	p.quizLang = English
	html = app.HTMLString(p.Render())
	for _, want := range []string{
		"<h1>Для вчителів</h1>", "https://example.invalid/embed", "Beyond Budapest quiz",
		`href="/worksheet?lang=en"`, `href="/answer-key?lang=en"`, `href="/scorm/beyond-budapest-scorm12.zip?"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("/uk/teachers with an English quiz lacks %q", want)
		}
	}
	if strings.Contains(html, "lang=uk") || strings.Contains(html, "/uk/embed") {
		t.Error("/uk/teachers with an English quiz still offers it in Ukrainian")
	}
}

// TestSettingNoticesInThePagesLanguage: a link's odd settings are
// explained in the page's language; English stays word for word.
func TestSettingNoticesInThePagesLanguage(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	if got := placeFor(l, "count=-3").Notices; len(got) != 1 || got[0] != `Ignored count "-3": use a whole number of questions, 1 or more.` {
		t.Errorf("English notices %q", got)
	}
	defer SetLang(SetLang(Ukrainian))
	if got := placeFor(l, "count=-3&lang=fr").Notices; len(got) != 2 ||
		got[0] != `Не враховано кількість питань "-3": вкажіть ціле число, 1 або більше.` ||
		got[1] != `Не враховано lang="fr": вкажіть одне з такого: en, uk.` {
		t.Errorf("Ukrainian notices %q", got)
	}
}

// TestClassFiguresInUkrainian: the class page writes decimals with a
// comma and units in Ukrainian on /uk/class.
func TestClassFiguresInUkrainian(t *testing.T) {
	defer SetLang(SetLang(English))
	for _, c := range []struct {
		lang                string
		pct, dec, dur, mins string
	}{
		{English, "45.5 %", "0.67", "40 s", "1 min 15 s"},
		{Ukrainian, "45,5 %", "0,67", "40 с", "1 хв 15 с"},
	} {
		SetLang(c.lang)
		if got := []string{percent(45.5), decimal(2.0/3, 2), duration(40), duration(75)}; got[0] != c.pct || got[1] != c.dec || got[2] != c.dur || got[3] != c.mins {
			t.Errorf("in %s: %q, want %q", c.lang, got, []string{c.pct, c.dec, c.dur, c.mins})
		}
	}
	// A question's warning, from app/analysis, with its number.
	SetLang(English)
	warning := quiz.Notice{Format: analysis.FlagFormats[0], Args: []any{0.955}}
	if got := noticeText(warning); got != warning.String() || !strings.Contains(got, "(facility 0.95)") && !strings.Contains(got, "(facility 0.96)") {
		t.Errorf("in English: %q, want %q", got, warning.String())
	}
	SetLang(Ukrainian)
	if got := noticeText(warning); !strings.HasPrefix(got, "Майже всі") || !strings.Contains(got, "(легкість 0,9") {
		t.Errorf("in Ukrainian: %q, want the warning with a decimal comma", got)
	}
}

// tagWithID is the opening tag of the element with id in html: go-app
// writes attributes in no fixed order.
func tagWithID(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	return html[start : i+end+1]
}
