package analysis

import (
	"go/ast"
	"testing"

	"beyondbudapest/tests/gosource"
)

// TestRefusalFormatsAreListed: every refusal's format is a literal listed
// in RefusalFormats, so that the class page's translations can be checked
// to cover them all, and no listed format is left over.
func TestRefusalFormatsAreListed(t *testing.T) {
	used := map[string]bool{}
	gosource.Nodes(t, ".", func(n ast.Node, at string) {
		if call, name := gosource.Call(n); name == "refuse" {
			s, ok := gosource.Literal(call.Args[0])
			if !ok {
				t.Errorf("%s: refuse's format is not a literal", at)
				return
			}
			used[s] = true
		}
	})
	gosource.Listed(t, "refusal", used, "RefusalFormats", RefusalFormats)
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
