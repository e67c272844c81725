package quiz_test

import (
	"go/ast"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/tests/gosource"
)

// TestNoticeFormatsAreListed: every notice the package makes has its
// format in NoticeFormats, written as a literal, and the list holds no
// format the code no longer uses. The UI's catalogue test checks that each
// listed format has its translations, so a notice missing here would show
// in English on a Ukrainian page.
func TestNoticeFormatsAreListed(t *testing.T) {
	used := map[string]bool{}
	gosource.Nodes(t, ".", func(n ast.Node, at string) {
		// Calls of noticef, and the map of label notices in Options,
		// whose values are formats too.
		if call, name := gosource.Call(n); name == "noticef" {
			if s, ok := gosource.Literal(call.Args[0]); ok {
				used[s] = true
			} else if _, ok := call.Args[0].(*ast.IndexExpr); !ok {
				t.Errorf("%s: noticef's format is not a literal: the translations cannot be checked", at)
			}
		}
		if kv, ok := n.(*ast.KeyValueExpr); ok {
			if s, ok := gosource.Literal(kv.Value); ok && strings.HasPrefix(s, "Ignored ") {
				used[s] = true
			}
		}
	})
	gosource.Listed(t, "notice", used, "NoticeFormats", quiz.NoticeFormats)
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
