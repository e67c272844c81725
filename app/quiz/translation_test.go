package quiz_test

import (
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// A translation of the test lesson in load_test.go: the same ids, marks
// and citations, other words.
const trFacts = `F1: Україна віддала свою ядерну зброю.
F2: Обіцянки не були обовʼязковими,
  про що Україна шкодує.
B1: Підписано 1994 року.
`

const trExplainer = `## budapest: Меморандум
takeaway: Обіцянка, а не договір.
facts: F1, B1

Перший абзац [F1].

Другий абзац [F2].
`

const trQuiz = `## one
type: single
section: budapest
facts: F1
prompt: Оберіть одну.
[x] Правильна
  > Молодець.
[ ] Хибна
explanation: Тому що.

## many
type: multiple
section: budapest
facts: F1, F2
level: reasoning
tags: core, memo
prompt: Оберіть кілька.
[x] А
[x] Б
[ ] В
explanation: А і Б.

## tf
type: truefalse
section: budapest
facts: F2
prompt: Вона була обовʼязковою.
answer: false
if true: Ні.
explanation: Не була.

## seq
type: order
section: budapest
facts: B1
prompt: Розставте.
1. Перше
2. Друге
3. Третє
explanation: За часом.

## pairs
type: match
section: budapest
facts: F1
prompt: Поєднайте.
- Рааб -> Британія
- Бедінгфілд -> Білий дім
explanation: Ролі.

## typed
type: text
section: budapest
facts: F1
prompt: Назвіть його.
answer: Будапештський меморандум
explanation: Назва.
`

// loadPair loads the English test lesson and a translation whose quiz
// file is trQuiz changed by edit.
func loadPair(t *testing.T, edit func(string) string) (*quiz.Lesson, *quiz.Lesson, error) {
	t.Helper()
	en := mustLoad(t, goodQuiz)
	fsys := lessonFS(map[string]string{"facts.txt": trFacts, "explainer.txt": trExplainer, "a.quiz.txt": edit(trQuiz)})
	tr, err := quiz.Load(fsys, "questions/uk")
	if err != nil {
		t.Fatalf("the translation does not load:\n%v", err)
	}
	return en, tr, quiz.CompareTranslation(en, tr, fsys, "questions/uk")
}

func TestTranslationKeepingTheStructurePasses(t *testing.T) {
	if _, _, err := loadPair(t, func(s string) string { return s }); err != nil {
		t.Fatalf("a faithful translation was refused:\n%v", err)
	}
}

// Each change of structure is reported at the question's line in the
// translation.
func TestTranslationChangingTheStructureFails(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"moved key", "[x] Правильна\n  > Молодець.\n[ ] Хибна", "[ ] Правильна\n[x] Хибна",
			`questions/uk/a.quiz.txt:1: question "one" is single in section budapest, 2 choices marked -x, the English is single in section budapest, 2 choices marked x-`},
		{"extra choice", "[ ] В\n", "[ ] В\n[ ] Г\n",
			`questions/uk/a.quiz.txt:11: question "many" is multiple in section budapest, level reasoning, 4 choices marked xx--`},
		{"other facts", "section: budapest\nfacts: B1\nprompt: Розставте.", "section: budapest\nfacts: F1\nprompt: Розставте.",
			`questions/uk/a.quiz.txt:32: question "seq" cites F1, the English cites B1`},
		{"flipped answer", "answer: false", "answer: true",
			`question "tf" is truefalse in section budapest, 2 choices marked x-`},
		{"renamed id", "## typed", "## typed-answer",
			`question "typed-answer" is not in the English lesson`},
		{"missing question", "## typed", "## typed-answer",
			`questions/uk/*.quiz.txt: question "typed" is not translated`},
		{"one pair more", "- Бедінгфілд -> Білий дім\n", "- Бедінгфілд -> Білий дім\n- Зеленський -> Україна\n",
			`question "pairs" is match in section budapest, 3 pairs, the English is match in section budapest, 2 pairs`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(trQuiz, c.from) {
				t.Fatalf("the test's translation has no %q", c.from)
			}
			_, _, err := loadPair(t, func(s string) string { return strings.Replace(s, c.from, c.to, 1) })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v\nwant a problem containing %q", err, c.want)
			}
		})
	}
}

// A citation moved to another fact in a paragraph is caught too.
func TestTranslationCitingOtherFactsFails(t *testing.T) {
	en := mustLoad(t, goodQuiz)
	fsys := lessonFS(map[string]string{"facts.txt": trFacts, "explainer.txt": strings.Replace(trExplainer, "[F2]", "[B1]", 1), "a.quiz.txt": trQuiz})
	tr, err := quiz.Load(fsys, "questions/uk")
	if err != nil {
		t.Fatal(err)
	}
	err = quiz.CompareTranslation(en, tr, fsys, "questions/uk")
	if want := `questions/uk/explainer.txt:1: section "budapest" cites B1, F1, the English cites B1, F1, F2`; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("got %v\nwant %q", err, want)
	}
}

// Stamped entries are served translated; an entry whose English changed
// since it was stamped is stale and served in English, with its key and
// hash kept so that saved progress still counts.
func TestTranslateServesOnlyFreshEntries(t *testing.T) {
	en, tr, err := loadPair(t, func(s string) string { return s })
	if err != nil {
		t.Fatal(err)
	}
	text, err := quiz.Stamps{}.Stamp(en, nil)
	if err != nil {
		t.Fatal(err)
	}
	stamps, err := quiz.ParseStamps("stamps.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if stale := stamps.Stale(en); len(stale) != 0 {
		t.Fatalf("just stamped, yet stale: %v", stale)
	}

	// The English of "one" changes after the translation was stamped.
	changed := mustLoad(t, strings.Replace(goodQuiz, "prompt: Pick one.", "prompt: Pick the one.", 1))
	got, stale := quiz.Translate(changed, tr, stamps)
	if strings.Join(stale, ",") != "question one" {
		t.Errorf("stale %v, want [question one]", stale)
	}
	one, _ := got.Question("one")
	if one.Prompt != "Pick the one." {
		t.Errorf("a stale question was served as %q, want the English", one.Prompt)
	}
	many, _ := got.Question("many")
	enMany, _ := changed.Question("many")
	if many.Prompt != "Оберіть кілька." || many.Choices[0].Text != "А" || !many.Choices[0].Correct || many.Choices[2].Correct {
		t.Errorf("a fresh question was served as %q %+v", many.Prompt, many.Choices)
	}
	if many.Hash != enMany.Hash {
		t.Errorf("the translated question's hash %s differs from the English %s: progress would be lost on switching", many.Hash, enMany.Hash)
	}
	if s, _ := got.Section("budapest"); s.Title != "Меморандум" {
		t.Errorf("section title %q, want the translation", s.Title)
	}
	if f, _ := got.Fact("B1"); !f.Background || f.Text != "Підписано 1994 року." {
		t.Errorf("fact B1 served as %+v", f)
	}
	if o, _ := changed.Question("many"); o.Prompt == many.Prompt {
		t.Error("Translate changed the English lesson it was given")
	}

	// An explanation or a choice's feedback is read by students too: a
	// change to either makes the question stale.
	for _, c := range []struct{ name, from, to string }{
		{"explanation", "explanation: Because.", "explanation: Because it is."},
		{"feedback", "  > Well done.", "  > Well done, indeed."},
	} {
		edited := mustLoad(t, strings.Replace(goodQuiz, c.from, c.to, 1))
		if _, stale := quiz.Translate(edited, tr, stamps); strings.Join(stale, ",") != "question one" {
			t.Errorf("after the English %s changed, stale %v, want [question one]", c.name, stale)
		}
	}

	// Stamping the entry again makes it fresh.
	text, err = stamps.Stamp(changed, []string{"one"})
	if err != nil {
		t.Fatal(err)
	}
	stamps, _ = quiz.ParseStamps("stamps.txt", text)
	if stale := stamps.Stale(changed); len(stale) != 0 {
		t.Errorf("after stamping one, still stale: %v", stale)
	}
	if _, err := stamps.Stamp(changed, []string{"no-such-question"}); err == nil {
		t.Error("stamping an unknown id was accepted")
	}
}

func TestParseStampsReportsBadLines(t *testing.T) {
	_, err := quiz.ParseStamps("questions/uk/stamps.txt", "// note\nquestion one 3f2a9c1b7d\nquestion two\n")
	if err == nil || !strings.Contains(err.Error(), "questions/uk/stamps.txt:3: want") {
		t.Fatalf("got %v, want a problem at line 3", err)
	}
}
