// Package gosource reads a Go package's own source for the tests that
// check the strings it hands to a function: the formats of notices and
// refusals that must be listed for translation, and the interface strings
// the Ukrainian catalogue must cover.
package gosource

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

// Nodes calls visit with every node of the Go files in dir that are not
// tests, and where the node is written ("file.go:12:3").
func Nodes(t testing.TB, dir string, visit func(n ast.Node, at string)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if n != nil {
				visit(n, fset.Position(n.Pos()).String())
			}
			return true
		})
	}
}

// Call returns n as a call of a function named by a plain identifier
// (noticef(…), not x.noticef(…)) and that name, or nil.
func Call(n ast.Node) (*ast.CallExpr, string) {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return nil, ""
	}
	fn, ok := call.Fun.(*ast.Ident)
	if !ok {
		return nil, ""
	}
	return call, fn.Name
}

// Literal returns the value of e when it is a string literal.
func Literal(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

// Listed fails t for each string in used (the formats the test found in
// the code) that list, named listName, lacks, and for each string listed
// that is not used; what names one of them in the messages ("notice",
// "refusal").
func Listed(t testing.TB, what string, used map[string]bool, listName string, list []string) {
	t.Helper()
	for s := range used {
		if !slices.Contains(list, s) {
			t.Errorf("the %s %q is not in %s", what, s, listName)
		}
	}
	for _, s := range list {
		if !used[s] {
			t.Errorf("%s lists %q, which no %s uses", listName, s, what)
		}
	}
}
