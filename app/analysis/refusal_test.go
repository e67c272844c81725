package analysis

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestRefusalFormatsAreListed: every refusal's format is a literal listed
// in RefusalFormats, so that the class page's translations can be checked
// to cover them all, and no listed format is left over.
func TestRefusalFormatsAreListed(t *testing.T) {
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
			if call, ok := n.(*ast.CallExpr); ok {
				if fn, ok := call.Fun.(*ast.Ident); ok && fn.Name == "refuse" {
					b, ok := call.Args[0].(*ast.BasicLit)
					if !ok || b.Kind != token.STRING {
						t.Errorf("%s: refuse's format is not a literal", fset.Position(call.Pos()))
						return true
					}
					s, _ := strconv.Unquote(b.Value)
					used[s] = true
				}
			}
			return true
		})
	}
	for s := range used {
		if !slices.Contains(RefusalFormats, s) {
			t.Errorf("the refusal %q is not in RefusalFormats", s)
		}
	}
	for _, s := range RefusalFormats {
		if !used[s] {
			t.Errorf("RefusalFormats lists %q, which no refusal uses", s)
		}
	}
}

// TestRefusalsReadInEnglishAndAsNotices: a refused file says why in
// English, and the reason is a notice with its arguments, nested ones too.
func TestRefusalsReadInEnglishAndAsNotices(t *testing.T) {
	_, err := Parse("a.json", []byte(`{"app":"Beyond Budapest","questions":[{"id":""}]}`))
	if err == nil || err.Error() != "question 1 has no id" {
		t.Fatalf("got %v, want question 1 has no id", err)
	}
	n, ok := Refusal(err)
	if !ok || n.Format != "%s has no id" || len(n.Args) != 1 {
		t.Fatalf("the refusal is %+v, %v", n, ok)
	}
	if inner, ok := Refusal(n.Args[0].(error)); !ok || inner.Format != "question %d" {
		t.Errorf("the nested place is %+v, %v", inner, ok)
	}
}
