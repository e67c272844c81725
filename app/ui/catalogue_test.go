package ui

import (
	"go/ast"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"beyondbudapest/tests/gosource"
)

// uiStrings finds every string the code hands to L, Lf, plural and
// plural2 as a literal, with where it is written. Pairs given to plural
// are keyed "one|many", as the catalogue holds them.
func uiStrings(t *testing.T) map[string]string {
	t.Helper()
	found := map[string]string{}
	gosource.Nodes(t, ".", func(n ast.Node, at string) {
		call, name := gosource.Call(n)
		switch name {
		case "L", "Lf":
			if s, ok := gosource.Literal(call.Args[0]); ok {
				found[s] = at
			}
		case "In": // In(code, "…"): L in another language
			if s, ok := gosource.Literal(call.Args[1]); ok {
				found[s] = at
			}
		case "plural", "plural2":
			one, ok1 := gosource.Literal(call.Args[1])
			many, ok2 := gosource.Literal(call.Args[2])
			if ok1 && ok2 {
				found[one+"|"+many] = at
			}
		}
	})
	// Strings translated where they are used, not where they are written.
	for _, p := range Pages {
		found[p.Title] = "routes.go (Pages)"
		if p.NavLabel != "" {
			found[p.NavLabel] = "routes.go (Pages)"
		}
	}
	found[SiteTitle] = "page_title.go"
	// The notices about a quiz link's settings, which app/quiz makes and
	// noticeTexts translates.
	for _, f := range quiz.NoticeFormats {
		found[f] = "app/quiz (NoticeFormats)"
	}
	// The question kinds' hints (quiz.Kind.Label), on the worksheet and
	// the question card, and a true/false question's choices, which the
	// loader names in English in every language
	// (app/quiz/question_check.go); choiceText translates them.
	for _, k := range quiz.Kinds {
		found[k.Label()] = "app/quiz (Kind.Label)"
	}
	found["True"] = "app/quiz/question_check.go"
	found["False"] = "app/quiz/question_check.go"
	// The class page's warnings about a question, from app/analysis.
	for _, f := range analysis.FlagFormats {
		found[f] = "app/analysis (FlagFormats)"
	}
	// Why the class page refused a file, from app/analysis.
	for _, f := range analysis.RefusalFormats {
		found[f] = "app/analysis (RefusalFormats)"
	}
	return found
}

var formatVerb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCatalogueCoversEveryString: every string of the interface has its
// Ukrainian translation, with the same format verbs in the same order,
// plurals with the three Ukrainian forms, and no translation is left
// over from a string the code no longer has.
func TestCatalogueCoversEveryString(t *testing.T) {
	found := uiStrings(t)
	uk := catalogues[Ukrainian]
	for _, d := range duplicates {
		t.Errorf("translated in two catalogue files, keep one: %q", d)
	}
	var missing []string
	for s, at := range found {
		tr, ok := uk[s]
		if !ok || strings.TrimSpace(tr) == "" {
			missing = append(missing, at+": "+strconv.Quote(s))
			continue
		}
		if strings.Contains(s, "|") {
			if n := len(strings.Split(tr, "|")); n != 3 {
				t.Errorf("%s: the plural %q has %d Ukrainian forms, want one|few|many", at, s, n)
			}
			continue
		}
		if a, b := strings.Join(formatVerb.FindAllString(s, -1), " "), strings.Join(formatVerb.FindAllString(tr, -1), " "); a != b {
			t.Errorf("%s: %q has format verbs %q, its translation %q has %q", at, s, a, tr, b)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no Ukrainian for %s", m)
	}
	var extra []string
	for s := range uk {
		if _, ok := found[s]; !ok {
			extra = append(extra, strconv.Quote(s))
		}
	}
	sort.Strings(extra)
	for _, s := range extra {
		t.Errorf("the Ukrainian catalogue translates %s, which the code no longer says", s)
	}
}

func TestUkrainianPluralForms(t *testing.T) {
	defer SetLang(SetLang(Ukrainian))
	if _, ok := catalogues[Ukrainian]["test|tests"]; ok {
		t.Fatal("the catalogue has a test string")
	}
	translate(Ukrainian, map[string]string{"test|tests": "тест|тести|тестів"})
	defer delete(catalogues[Ukrainian], "test|tests")
	for n, want := range map[int]string{1: "1 тест", 2: "2 тести", 4: "4 тести", 5: "5 тестів", 11: "11 тестів", 12: "12 тестів", 14: "14 тестів", 21: "21 тест", 22: "22 тести", 25: "25 тестів", 111: "111 тестів", 0: "0 тестів"} {
		if got := plural(n, "test", "tests"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLanguageAddresses(t *testing.T) {
	for _, c := range []struct{ code, page, path string }{
		{"en", "/learn", "/learn"}, {"en", "/", "/"}, {"uk", "/learn", "/uk/learn"}, {"uk", "/", "/uk/"}, {"uk", "/embed/results", "/uk/embed/results"},
	} {
		if got := LangPath(c.code, c.page); got != c.path {
			t.Errorf("LangPath(%s, %s) = %s, want %s", c.code, c.page, got, c.path)
		}
		code, page := SplitLang(c.path)
		if code != c.code || page != c.page {
			t.Errorf("SplitLang(%s) = %s, %s, want %s, %s", c.path, code, page, c.code, c.page)
		}
	}
	if code, page := SplitLang("/ukraine"); code != "en" || page != "/ukraine" {
		t.Errorf("SplitLang(/ukraine) = %s, %s: a page whose name starts with uk is not Ukrainian", code, page)
	}
}
