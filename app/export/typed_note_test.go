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

// TestXMLExportsSayWhatTheyCannotExpressOfTypedAnswers: Moodle XML and
// each QTI item carry the same note, as an XML comment, on text questions
// only.
func TestXMLExportsSayWhatTheyCannotExpressOfTypedAnswers(t *testing.T) {
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	comment := "<!--" + export.TypedAnswerComment + "-->"
	moodle, err := export.MoodleXML(l)
	if err != nil {
		t.Fatal(err)
	}
	texts := 0
	for i := range l.Questions {
		q := &l.Questions[i]
		item, err := export.QTIItem(q, "")
		if err != nil {
			t.Fatal(err)
		}
		has := strings.Contains(string(item), comment)
		if q.Kind == quiz.Text {
			texts++
		}
		if has != (q.Kind == quiz.Text) {
			t.Errorf("QTI item %s (%s): note present %v", q.ID, q.Kind, has)
		}
	}
	if n := strings.Count(string(moodle), comment); texts == 0 || n != texts {
		t.Errorf("Moodle XML: %d notes for %d text questions", n, texts)
	}
	if !strings.Contains(string(moodle), `<question type="shortanswer">`+"\n    "+comment) {
		t.Error("Moodle XML: the note does not open the short-answer question")
	}
}
