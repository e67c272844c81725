package export_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// TestWriteAllWritesEveryFormatAndSaysWhat checks that make export's files
// are the formats' own output, byte for byte, and that what WriteAll
// reports is what is on disk.
func TestWriteAllWritesEveryFormatAndSaysWhat(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "export") // created by WriteAll
	written, err := export.WriteAll(dir, l)
	if err != nil {
		t.Fatal(err)
	}
	moodle, err := export.MoodleXML(l)
	if err != nil {
		t.Fatal(err)
	}
	files, err := export.QTIPackage(l)
	if err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	if err := export.Zip(&zipped, files); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		path string
		data []byte // nil for the folder
	}{
		{"beyond-budapest.gift.txt", []byte(export.GIFT(l))},
		{"beyond-budapest.moodle.xml", moodle},
		{"beyond-budapest.qti.zip", zipped.Bytes()},
		{"qti", nil},
	}
	if len(written) != len(want) {
		t.Fatalf("WriteAll reported %d things, want %d: %v", len(written), len(want), written)
	}
	for i, w := range want {
		got := written[i]
		if got.Path != filepath.Join(dir, w.path) || got.Dir != (w.data == nil) || got.What == "" {
			t.Errorf("WriteAll reported %+v in place %d, want %s", got, i, w.path)
			continue
		}
		if w.data == nil {
			continue
		}
		b, err := os.ReadFile(got.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, w.data) {
			t.Errorf("%s differs from what its format writes", got.Path)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, "qti", f.Name))
		if err != nil || !bytes.Equal(b, f.Data) {
			t.Errorf("qti/%s is missing or differs (%v)", f.Name, err)
		}
	}
	if s := written[3].String(); s != filepath.Join(dir, "qti")+"/ ("+written[3].What+")" {
		t.Errorf("the folder reads %q, want a trailing slash and what it holds", s)
	}
}

// TestWriteLanguagesPutsEachTranslationInItsOwnFolder: make export writes
// the English bank in its folder and each translation's under the same
// names in a subfolder named by its language (build/export/uk/).
func TestWriteLanguagesPutsEachTranslationInItsOwnFolder(t *testing.T) {
	en, err := questions.LessonIn("")
	if err != nil {
		t.Fatal(err)
	}
	uk, err := questions.LessonIn("uk")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	written, err := export.WriteLanguages(dir, en, []quiz.Translation{{Lang: "uk", Lesson: uk}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range written {
		got = append(got, w.String())
	}
	var want []string
	for _, sub := range []string{dir, filepath.Join(dir, "uk")} {
		for _, w := range []string{
			"beyond-budapest.gift.txt (56 questions, GIFT for Moodle)",
			"beyond-budapest.moodle.xml (56 questions, Moodle XML)",
			"beyond-budapest.qti.zip (QTI 2.1 content package, imsmanifest.xml at its root)",
			"qti/ (56 QTI 2.1 items and imsmanifest.xml)",
		} {
			want = append(want, filepath.Join(sub, w))
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("WriteLanguages wrote\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := os.Stat(filepath.Join(dir, "uk", "qti", "imsmanifest.xml")); err != nil {
		t.Errorf("the translation's QTI folder is missing: %v", err)
	}
}
