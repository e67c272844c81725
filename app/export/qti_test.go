package export_test

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"testing"

	"beyondbudapest/app/export"
	"beyondbudapest/app/quiz"
	"beyondbudapest/questions"
)

// TestQTIItemsAreWellFormedAndKeepTheAnswers writes every question as a
// QTI 2.1 item, reads it back and checks the interaction and the answer
// key.
func TestQTIItemsAreWellFormedAndKeepTheAnswers(t *testing.T) {
	l, _ := quiz.Decode(questions.Compiled)
	wantInteraction := map[quiz.Kind]string{quiz.Single: "choiceInteraction", quiz.Multiple: "choiceInteraction", quiz.TrueFalse: "choiceInteraction",
		quiz.Order: "orderInteraction", quiz.Match: "matchInteraction", quiz.Text: "textEntryInteraction"}
	for _, q := range l.Questions {
		b, err := export.QTIItem(&q)
		if err != nil {
			t.Fatal(err)
		}
		var item struct {
			XMLName    xml.Name
			Identifier string   `xml:"identifier,attr"`
			Correct    []string `xml:"responseDeclaration>correctResponse>value"`
			Outcomes   []struct {
				Identifier string `xml:"identifier,attr"`
			} `xml:"outcomeDeclaration"`
			Feedback string `xml:"modalFeedback"`
			Mapping  struct {
				LowerBound string `xml:"lowerBound,attr"`
				Entries    []struct {
					Key   string  `xml:"mapKey,attr"`
					Value float64 `xml:"mappedValue,attr"`
				} `xml:"mapEntry"`
			} `xml:"responseDeclaration>mapping"`
			Choices []string `xml:"itemBody>choiceInteraction>simpleChoice"`
		}
		if err := xml.Unmarshal(b, &item); err != nil {
			t.Fatalf("%s: not well-formed: %v", q.ID, err)
		}
		if item.XMLName.Space != "http://www.imsglobal.org/xsd/imsqti_v2p1" || item.XMLName.Local != "assessmentItem" || item.Identifier != "q-"+q.ID {
			t.Errorf("%s: root %v %q", q.ID, item.XMLName, item.Identifier)
		}
		if !strings.Contains(string(b), "<"+wantInteraction[q.Kind]) {
			t.Errorf("%s: no %s", q.ID, wantInteraction[q.Kind])
		}
		if item.Feedback != q.Explanation || len(item.Outcomes) != 2 {
			t.Errorf("%s: explanation or outcomes lost", q.ID)
		}
		want := 0
		switch q.Kind {
		case quiz.Single, quiz.TrueFalse, quiz.Multiple:
			for _, c := range q.Choices {
				if c.Correct {
					want++
				}
			}
		case quiz.Order:
			want = len(q.Items)
		case quiz.Match:
			want = len(q.Pairs)
		case quiz.Text:
			want = 1
		}
		if q.Kind == quiz.Single || q.Kind == quiz.Multiple {
			for pos, i := range quiz.ChoiceOrder(&q) {
				if pos >= len(item.Choices) || item.Choices[pos] != q.Choices[i].Text {
					t.Errorf("%s: choices %q, want them in the order the app shows them", q.ID, item.Choices)
					break
				}
			}
		}
		if q.Kind == quiz.Multiple {
			// The app's partial credit: +1/R per right choice, −1/W per
			// wrong one, floored at 0 by the mapping's lower bound.
			if item.Mapping.LowerBound != "0" || len(item.Mapping.Entries) != len(q.Choices) {
				t.Errorf("%s: lower bound %q, %d map entries", q.ID, item.Mapping.LowerBound, len(item.Mapping.Entries))
				continue
			}
			rights := want
			wrongs := len(q.Choices) - rights
			all := 0.0
			for _, e := range item.Mapping.Entries {
				i, _ := strconv.Atoi(strings.TrimPrefix(e.Key, "c"))
				v := 1 / float64(rights)
				if !q.Choices[i].Correct {
					v = -1 / float64(wrongs)
				}
				if math.Abs(e.Value-v) > 1e-4 {
					t.Errorf("%s %s: mapped to %v, want %v", q.ID, e.Key, e.Value, v)
				}
				all += e.Value
			}
			if math.Abs(all) > 1e-4 {
				t.Errorf("%s: ticking every box maps to %v, want 0", q.ID, all)
			}
		}
		if len(item.Correct) != want {
			t.Errorf("%s: %d correct values, want %d", q.ID, len(item.Correct), want)
		}
	}
	m, err := export.QTIManifest(l)
	if err != nil {
		t.Fatal(err)
	}
	var manifest struct {
		Resources []struct {
			Href string `xml:"href,attr"`
		} `xml:"resources>resource"`
	}
	if err := xml.Unmarshal(m, &manifest); err != nil || len(manifest.Resources) != len(l.Questions) {
		t.Errorf("manifest: %v, %d resources", err, len(manifest.Resources))
	}
}
