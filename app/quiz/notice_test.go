package quiz_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestNoticeFormatsAreListed: every notice the package makes has its
// format in NoticeFormats, written as a literal, and the list holds no
// format the code no longer uses. The UI's catalogue test checks that each
// listed format has its translations, so a notice missing here would show
// in English on a Ukrainian page.
func TestNoticeFormatsAreListed(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	used := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			// Calls of noticef, and the map of label notices in Options,
			// whose values are formats too.
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn, ok := n.Fun.(*ast.Ident); ok && fn.Name == "noticef" {
					if b, ok := n.Args[0].(*ast.BasicLit); ok && b.Kind == token.STRING {
						s, _ := strconv.Unquote(b.Value)
						used[s] = true
					} else if _, ok := n.Args[0].(*ast.IndexExpr); !ok {
						t.Errorf("%s: noticef's format is not a literal: the translations cannot be checked", fset.Position(n.Pos()))
					}
				}
			case *ast.KeyValueExpr:
				if b, ok := n.Value.(*ast.BasicLit); ok && b.Kind == token.STRING && strings.HasPrefix(b.Value, `"Ignored `) {
					s, _ := strconv.Unquote(b.Value)
					used[s] = true
				}
			}
			return true
		})
	}
	for s := range used {
		if !slices.Contains(quiz.NoticeFormats, s) {
			t.Errorf("the notice %q is not in NoticeFormats", s)
		}
	}
	for _, s := range quiz.NoticeFormats {
		if !used[s] {
			t.Errorf("NoticeFormats lists %q, which no notice uses", s)
		}
	}
}

// TestNoticesReadAsBefore: notices keep their English word for word
// (pages, tests and teachers' bug reports quote them).
func TestNoticesReadAsBefore(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	tests := []struct{ query, want string }{
		{"count=-3", `Ignored count "-3": use a whole number of questions, 1 or more.`},
		{"shuffle=maybe", `Ignored shuffle="maybe": use 1 or 0.`},
		{"levels=expert", `Ignored unknown level "expert".`},
		{"questions=a,b,c,d,e,f,g", `Ignored unknown question ids: "a", "b", "c", "d", "e", and 2 more.`},
		{"questions=ghost", `Ignored unknown question ids: "ghost".`},
		{"origins=https://lms.example.edu/x", `Ignored "https://lms.example.edu/x" as a place to send results: use an origin like https://lms.example.edu.`},
		{"lang=fr", `Ignored lang="fr": use one of en, uk.`},
	}
	for _, tt := range tests {
		s, notices := quiz.ParseSettings(tt.query)
		_, more := s.Options(l)
		got := quiz.NoticeStrings(append(notices, more...))
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("notices for %q = %q, want %q", tt.query, got, tt.want)
		}
	}
}
