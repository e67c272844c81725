package export_test

import (
	"bytes"
	"encoding/xml"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
)

// TestMoodleXMLIsWellFormedAndComplete reads the export back with
// encoding/xml (and xmllint when installed) and checks each question.
func TestMoodleXMLIsWellFormedAndComplete(t *testing.T) {
	forEachLanguage(t, testMoodleXMLIsWellFormedAndComplete)
}

func testMoodleXMLIsWellFormedAndComplete(t *testing.T, l *quiz.Lesson) {
	b, err := export.MoodleXML(l)
	if err != nil {
		t.Fatal(err)
	}
	if path, err := exec.LookPath("xmllint"); err == nil {
		cmd := exec.Command(path, "--noout", "-")
		cmd.Stdin = bytes.NewReader(b)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("xmllint: %s", out)
		}
	}
	var doc struct {
		Questions []struct {
			Type    string `xml:"type,attr"`
			Name    string `xml:"name>text"`
			Text    string `xml:"questiontext>text"`
			General string `xml:"generalfeedback>text"`
			Answers []struct {
				Fraction string `xml:"fraction,attr"`
				Text     string `xml:"text"`
			} `xml:"answer"`
			Subs []struct {
				Text   string `xml:"text"`
				Answer string `xml:"answer>text"`
			} `xml:"subquestion"`
		} `xml:"question"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not well-formed: %v", err)
	}
	if len(doc.Questions) != len(l.Questions) {
		t.Fatalf("%d questions, want %d", len(doc.Questions), len(l.Questions))
	}
	want := map[quiz.Kind]string{quiz.Single: "multichoice", quiz.Multiple: "multichoice", quiz.TrueFalse: "truefalse",
		quiz.Text: "shortanswer", quiz.Match: "matching", quiz.Order: "matching"}
	for _, mq := range doc.Questions {
		q, ok := l.Question(mq.Name)
		if !ok {
			t.Fatalf("unknown question %q", mq.Name)
		}
		if mq.Type != want[q.Kind] || mq.Text != q.Prompt || mq.General != q.Explanation {
			t.Errorf("%s: type %s, prompt or explanation lost", q.ID, mq.Type)
		}
		switch q.Kind {
		case quiz.Single, quiz.Multiple:
			sum := 0.0
			order := quiz.ChoiceOrder(q) // the order the app shows them
			for pos, a := range mq.Answers {
				i := order[pos]
				f, _ := strconv.ParseFloat(a.Fraction, 64)
				if (f > 0) != q.Choices[i].Correct || a.Text != q.Choices[i].Text {
					t.Errorf("%s answer %d: %q fraction %s", q.ID, i, a.Text, a.Fraction)
				}
				if f > 0 {
					sum += f
				}
			}
			if sum < 99.99 || sum > 100.01 {
				t.Errorf("%s: right fractions add up to %v", q.ID, sum)
			}
			if q.Kind == quiz.Multiple {
				checkMultipleWeights(t, q, func(i int) float64 {
					f, err := strconv.ParseFloat(mq.Answers[slices.Index(order, i)].Fraction, 64)
					if err != nil {
						return math.NaN()
					}
					return f
				})
			}
		case quiz.Match:
			for i, s := range mq.Subs {
				if s.Text != q.Pairs[i].Left || s.Answer != q.Pairs[i].Right {
					t.Errorf("%s pair %d lost", q.ID, i)
				}
			}
		case quiz.Text:
			if len(mq.Answers) != len(q.Answers) {
				t.Errorf("%s: %d answers", q.ID, len(mq.Answers))
			}
		}
	}
}
