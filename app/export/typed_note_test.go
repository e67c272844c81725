package export_test

import (
	"strings"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// TestGIFTSaysWhatItCannotExpressOfTypedAnswers: every text question is
// preceded by the note on the app's forgiving marking, and only text
// questions are.
func TestGIFTSaysWhatItCannotExpressOfTypedAnswers(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	gift := export.GIFT(l)
	texts := 0
	for _, q := range l.Questions {
		if q.Kind != quiz.Text {
			continue
		}
		texts++
		if !strings.Contains(gift, export.TypedAnswerNote+"::"+q.ID+"::") {
			t.Errorf("text question %s lacks the note on typed answers", q.ID)
		}
	}
	if n := strings.Count(gift, export.TypedAnswerNote); texts == 0 || n != texts {
		t.Errorf("%d notes for %d text questions", n, texts)
	}
}
