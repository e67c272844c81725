package export_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// qtiSchemas is the folder of official QTI 2.1 and IMS CP schemas, beside
// the repository (../shared/schemas/qti21 from its root), as in CI.
func qtiSchemas(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "schemas", "qti21"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "qtiv2p1", "imsqti_v2p1.xsd")); err != nil {
		t.Fatalf("the QTI 2.1 schemas are missing (%v): ../shared/schemas/qti21 must sit beside the repository", err)
	}
	return dir
}

// xmllintSchema validates docs (file name → content) against schema
// with xmllint, offline, in one run: the QTI schema takes about a second
// to load. It returns xmllint's complaint for each document that fails.
func xmllintSchema(t *testing.T, schema string, docs map[string][]byte) map[string]error {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatal("xmllint is missing: run make deps-xmllint (Debian package libxml2-utils)")
	}
	dir := t.TempDir()
	args := []string{"--nonet", "--noout", "--schema", schema}
	for name, doc := range docs {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, doc, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	out, _ := exec.Command(xmllint, args...).CombinedOutput()
	failed := map[string]error{}
	for name := range docs {
		p := filepath.Join(dir, name)
		if strings.Contains(string(out), p+" validates") {
			continue
		}
		var lines []string
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, p) {
				lines = append(lines, strings.TrimPrefix(line, dir+"/"))
			}
		}
		failed[name] = &xmllintError{strings.Join(lines, "\n")}
	}
	return failed
}

type xmllintError struct{ out string }

func (e *xmllintError) Error() string { return e.out }

// TestQTIMatchesTheOfficialSchemas validates every exported item against
// IMS QTI 2.1's schema and the manifest against IMS Content Packaging's.
func TestQTIMatchesTheOfficialSchemas(t *testing.T) {
	forEachLanguage(t, testQTIMatchesTheOfficialSchemas)
}

func testQTIMatchesTheOfficialSchemas(t *testing.T, l *quiz.Lesson) {
	dir := qtiSchemas(t)
	files, err := export.QTIPackage(l)
	if err != nil {
		t.Fatal(err)
	}
	items := map[string][]byte{}
	for _, f := range files[1:] {
		items[f.Name] = f.Data
	}
	if len(items) != len(l.Questions) {
		t.Fatalf("%d items for %d questions", len(items), len(l.Questions))
	}
	for name, err := range xmllintSchema(t, filepath.Join(dir, "qtiv2p1", "imsqti_v2p1.xsd"), items) {
		t.Errorf("QTI item %s does not match the QTI 2.1 schema:\n%v", name, err)
	}
	if files[0].Name != "imsmanifest.xml" {
		t.Fatalf("the package starts with %s, want imsmanifest.xml", files[0].Name)
	}
	for _, err := range xmllintSchema(t, filepath.Join(dir, "imscp_v1p1.xsd"), map[string][]byte{"imsmanifest.xml": files[0].Data}) {
		t.Errorf("the QTI package's imsmanifest.xml does not match the IMS CP schema:\n%v", err)
	}
}

// TestQTISchemaCheckRejectsABrokenItem makes sure the check above can
// fail: an item with an element QTI does not have, and one missing its
// required itemBody, are refused.
func TestQTISchemaCheckRejectsABrokenItem(t *testing.T) {
	dir := qtiSchemas(t)
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	good, err := export.QTIItem(&l.Questions[0], l.Lang)
	if err != nil {
		t.Fatal(err)
	}
	s := string(good)
	broken := map[string][]byte{
		"unknown-element.xml":  []byte(strings.Replace(s, "<itemBody>", "<itemBody><hint>no such element</hint>", 1)),
		"no-timeDependent.xml": []byte(strings.Replace(s, ` timeDependent="false"`, "", 1)),
	}
	failed := xmllintSchema(t, filepath.Join(dir, "qtiv2p1", "imsqti_v2p1.xsd"), broken)
	for name := range broken {
		if failed[name] == nil {
			t.Errorf("a broken item (%s) passed the schema check", name)
		}
	}
}
