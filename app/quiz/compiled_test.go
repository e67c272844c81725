package quiz_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
)

// TestWriteCompiledLeavesAnUnchangedFileAlone: make content rewrites
// lesson.json only when the lesson changed, so its time stamp and the
// builds that depend on it stay put.
func TestWriteCompiledLeavesAnUnchangedFileAlone(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	want, err := quiz.Compile(l)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "lesson.json")
	if err := os.WriteFile(p, []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	if written, err := quiz.WriteCompiled(p, l); err != nil || !written {
		t.Fatalf("over a stale file: written %v, %v; want written", written, err)
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, want) {
		t.Fatal("the file does not hold what Compile gives")
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	if written, err := quiz.WriteCompiled(p, l); err != nil || written {
		t.Fatalf("over an up-to-date file: written %v, %v; want left alone", written, err)
	}
	if st, err := os.Stat(p); err != nil || !st.ModTime().Equal(old) {
		t.Errorf("an up-to-date file was touched (%v)", err)
	}
}
