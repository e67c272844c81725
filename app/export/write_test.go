package export_test

import (
	"bytes"
	"os"
	"path/filepath"
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
