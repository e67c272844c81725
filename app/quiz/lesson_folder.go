package quiz

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A lesson folder (questions/) holds the English text sources, a
// translation in a subfolder per language (questions/uk/) and the compiled
// lesson.json of each. The functions here are what `app check`, `app
// compile` and `app stamp` do with one; the main only parses their
// arguments and prints what they did.

// CompiledName is the file a lesson folder's compiled lesson is written
// to (questions/lesson.json, questions/uk/lesson.json).
const CompiledName = "lesson.json"

// CheckFolder loads the lesson folder fsys (dir names it in messages) and
// every translation it holds, and refuses a bank with answer cues
// (Cues.Problems). With compiled, the embedded compiled lesson in a
// language ("" for English; questions.CompiledIn), each lesson must also
// compile to exactly those bytes, or its lesson.json is out of date.
//
// It returns what passed before the first problem, so that a caller can
// say what was checked before reporting it: the English lesson (nil unless
// it passed) and the translations that passed, in order.
func CheckFolder(fsys fs.FS, dir string, compiled func(lang string) []byte) (*Lesson, []Translation, error) {
	l, err := loadFolder(fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	if err := checkLesson(dir, l, compiled); err != nil {
		return nil, nil, err
	}
	trs, err := loadFolderTranslations(l, fsys, dir)
	if err != nil {
		return l, nil, err
	}
	for i, t := range trs {
		if err := checkLesson(t.Dir, t.Lesson, compiled); err != nil {
			return l, trs[:i], err
		}
	}
	return l, trs, nil
}

// checkLesson refuses a lesson with answer cues and, with compiled, one
// whose embedded compiled form is not what it compiles to now.
func checkLesson(dir string, l *Lesson, compiled func(lang string) []byte) error {
	if cues := AnswerCues(l.Questions).Problems(); len(cues) > 0 {
		return fmt.Errorf("%s/: answer cues: %s\na student could pass without reading the lesson; `make content-report` shows where every key is", dir, strings.Join(cues, "\n"+dir+"/: answer cues: "))
	}
	if compiled == nil {
		return nil
	}
	want, err := Compile(l)
	if err != nil {
		return err
	}
	if !bytes.Equal(want, compiled(l.Lang)) {
		return fmt.Errorf("%s/%s is out of date with the text files: run make content", dir, CompiledName)
	}
	return nil
}

// loadFolder is Load with a pointer to the teachers' guide.
func loadFolder(fsys fs.FS, dir string) (*Lesson, error) {
	l, err := Load(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("%v\nthe lesson in %s/ has problems; see questions/README.md", err, dir)
	}
	return l, nil
}

// loadFolderTranslations is LoadTranslations with a pointer to the
// teachers' guide.
func loadFolderTranslations(en *Lesson, fsys fs.FS, dir string) ([]Translation, error) {
	trs, err := LoadTranslations(en, fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("%v\na translation in %s/ has problems; see questions/README.md", err, dir)
	}
	return trs, nil
}

// CompiledFile is one lesson.json that CompileFolder wrote or found up to
// date.
type CompiledFile struct {
	Path    string  // dir/lesson.json, or dir/LANG/lesson.json for a translation.
	Lesson  *Lesson // The lesson compiled into it; Lang is "" for English.
	Stale   int     // Entries of a translation left in English.
	Written bool    // False when the file already held exactly this.
}

// String reads "questions/lesson.json: 40 facts, 7 sections, 56
// questions: written" for English, "questions/uk/lesson.json: 56
// questions, 0 entries left in English: up to date" for a translation.
func (c CompiledFile) String() string {
	state := "up to date"
	if c.Written {
		state = "written"
	}
	l := c.Lesson
	if l.Lang == "" {
		return fmt.Sprintf("%s: %d facts, %d sections, %d questions: %s", c.Path, len(l.Facts), len(l.Sections), len(l.Questions), state)
	}
	return fmt.Sprintf("%s: %d questions, %d entries left in English: %s", c.Path, len(l.Questions), c.Stale, state)
}

// CompileFolder validates the lesson folder dir and writes its
// lesson.json, then each translation's, which the browser app embeds
// (WriteCompiled: a file is only rewritten when it changes). It returns
// the files in that order; on an error, those done before it.
func CompileFolder(dir string) ([]CompiledFile, error) {
	fsys := os.DirFS(dir)
	l, err := loadFolder(fsys, dir)
	if err != nil {
		return nil, err
	}
	var done []CompiledFile
	write := func(lang string, l *Lesson, stale int) error {
		out := filepath.Join(dir, lang, CompiledName)
		written, err := WriteCompiled(out, l)
		if err != nil {
			return err
		}
		done = append(done, CompiledFile{Path: out, Lesson: l, Stale: stale, Written: written})
		return nil
	}
	if err := write("", l, 0); err != nil {
		return done, err
	}
	trs, err := loadFolderTranslations(l, fsys, dir)
	if err != nil {
		return done, err
	}
	for _, t := range trs {
		if err := write(t.Lang, t.Lesson, len(t.Stale)); err != nil {
			return done, err
		}
	}
	return done, nil
}

// StampFolder records in the stamps file of the translation dir/lang that
// the entries named by ids (or, with none named, every entry never
// stamped) were translated from the English in dir as it is now. It
// returns the file it wrote.
func StampFolder(dir, lang string, ids []string) (string, error) {
	en, err := Load(os.DirFS(dir), dir)
	if err != nil {
		return "", err
	}
	file := filepath.Join(dir, lang, StampsFile)
	stamps := Stamps{}
	if b, err := os.ReadFile(file); err == nil {
		if stamps, err = ParseStamps(file, string(b)); err != nil {
			return "", err
		}
	}
	text, err := stamps.Stamp(en, ids)
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		return "", err
	}
	return file, nil
}
