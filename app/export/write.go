package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"beyondbudapest/app/quiz"
)

// Written is one file or folder that WriteAll wrote.
type Written struct {
	Path string // Where it is, under the folder given to WriteAll.
	Dir  bool   // Path is a folder.
	What string // What it holds, for a person: "40 questions, Moodle XML".
}

// String reads "build/export/qti/ (40 QTI 2.1 items and imsmanifest.xml)":
// the path, with a slash when it is a folder, and what it holds.
func (w Written) String() string {
	p := w.Path
	if w.Dir {
		p += "/"
	}
	return fmt.Sprintf("%s (%s)", p, w.What)
}

// WriteAll writes lesson l's question bank into dir in every format other
// quiz tools import: GIFT and Moodle XML for Moodle, and QTI 2.1 both as a
// content package (a zip with imsmanifest.xml at its root) and unpacked in
// dir/qti/. It creates dir if needed and returns what it wrote, in order.
func WriteAll(dir string, l *quiz.Lesson) ([]Written, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []Written
	write := func(name string, data []byte, what string) error {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
		written = append(written, Written{Path: p, What: what})
		return nil
	}
	if err := write("beyond-budapest.gift.txt", []byte(GIFT(l)), fmt.Sprintf("%d questions, GIFT for Moodle", len(l.Questions))); err != nil {
		return written, err
	}
	xmlBytes, err := MoodleXML(l)
	if err != nil {
		return written, err
	}
	if err := write("beyond-budapest.moodle.xml", xmlBytes, fmt.Sprintf("%d questions, Moodle XML", len(l.Questions))); err != nil {
		return written, err
	}
	qti := filepath.Join(dir, "qti")
	if err := os.MkdirAll(qti, 0o755); err != nil {
		return written, err
	}
	files, err := QTIPackage(l)
	if err != nil {
		return written, err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(qti, f.Name), f.Data, 0o644); err != nil {
			return written, err
		}
	}
	var zipped bytes.Buffer
	if err := Zip(&zipped, files); err != nil {
		return written, err
	}
	if err := write("beyond-budapest.qti.zip", zipped.Bytes(), "QTI 2.1 content package, imsmanifest.xml at its root"); err != nil {
		return written, err
	}
	written = append(written, Written{Path: qti, Dir: true, What: fmt.Sprintf("%d QTI 2.1 items and imsmanifest.xml", len(l.Questions))})
	return written, nil
}

// WriteLanguages writes the question bank of English lesson l into dir and
// each translation's into a folder of its own under the same file names
// (build/export/uk/), each with WriteAll. It returns what it wrote, in
// order; on an error, what it wrote before it.
func WriteLanguages(dir string, l *quiz.Lesson, trs []quiz.Translation) ([]Written, error) {
	written, err := WriteAll(dir, l)
	for _, t := range trs {
		if err != nil {
			break
		}
		var more []Written
		more, err = WriteAll(filepath.Join(dir, t.Lang), t.Lesson)
		written = append(written, more...)
	}
	return written, err
}
