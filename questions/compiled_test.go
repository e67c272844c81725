package questions_test

import (
	"testing"

	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// TestCompiledLessonDecodes runs natively and under GOOS=js: the browser
// app decodes exactly this data at start.
func TestCompiledLessonDecodes(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range l.Questions {
		if _, ok := l.Section(q.Section); !ok {
			t.Errorf("question %s names missing section %q", q.ID, q.Section)
		}
		for _, f := range q.Facts {
			if _, ok := l.Fact(f); !ok {
				t.Errorf("question %s cites missing fact %s", q.ID, f)
			}
		}
	}
	s, err := quiz.New(l, quiz.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Current() == nil {
		t.Fatal("a session over the compiled lesson has no first question")
	}
}

func TestDecodeRejectsStaleOrDamagedData(t *testing.T) {
	for _, data := range []string{``, `{}`, `{"format": 99, "lesson": {}}`, `{"format": 1, "lesson": {"Questions": []}}`, `not json`} {
		if _, err := quiz.Decode([]byte(data)); err == nil {
			t.Errorf("Decode(%q) succeeded", data)
		}
	}
}
