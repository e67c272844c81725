package export_test

import (
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// forEachLanguage runs f on the bundled lesson in each language, so that
// every export check holds for the Ukrainian bank too.
func forEachLanguage(t *testing.T, f func(*testing.T, *quiz.Lesson)) {
	for _, lang := range []string{"en", "uk"} {
		t.Run(lang, func(t *testing.T) {
			l, err := quiz.Decode(questions.CompiledIn(lang))
			if err != nil {
				t.Fatal(err)
			}
			if want := map[string]string{"en": "", "uk": "uk"}[lang]; l.Lang != want {
				t.Fatalf("the %s lesson says its language is %q", lang, l.Lang)
			}
			f(t, l)
		})
	}
}

var englishTF = regexp.MustCompile(`<simpleChoice identifier="c[01]">(True|False)\b`)

// TestUkrainianBankSaysItsLanguage: the Ukrainian exports say they are
// Ukrainian (QTI's xml:lang), name true and false in Ukrainian, and keep
// to a bank of their own in the importing tool.
func TestUkrainianBankSaysItsLanguage(t *testing.T) {
	l, err := quiz.Decode(questions.CompiledUK)
	if err != nil {
		t.Fatal(err)
	}
	files, err := export.QTIPackage(l)
	if err != nil {
		t.Fatal(err)
	}
	tf := 0
	for _, f := range files[1:] {
		item := string(f.Data)
		if !strings.Contains(item, `xml:lang="uk"`) {
			t.Errorf("%s does not say it is Ukrainian", f.Name)
		}
		if englishTF.MatchString(item) {
			t.Errorf("%s answers true or false in English", f.Name)
		}
		if strings.Contains(item, `identifier="c0">Правда`) {
			tf++
		}
	}
	if tf == 0 {
		t.Error("no true/false item says Правда")
	}
	if !strings.Contains(string(files[0].Data), `identifier="beyond-budapest-uk-`) {
		t.Error("the Ukrainian QTI package shares the English one's identifier")
	}
	if gift := export.GIFT(l); !strings.Contains(gift, "$CATEGORY: $course$/Beyond Budapest (українською)/") {
		t.Error("the Ukrainian GIFT bank goes into the English bank's category")
	}
	en, _ := quiz.Decode(questions.Compiled)
	enFiles, _ := export.QTIPackage(en)
	if !strings.Contains(string(enFiles[1].Data), `xml:lang="en"`) {
		t.Error("the English items do not say they are English")
	}
}
