package export_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
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
	feedbacks := 0
	for _, q := range l.Questions {
		b, err := export.QTIItem(&q, "")
		if err != nil {
			t.Fatal(err)
		}
		var item struct {
			XMLName    xml.Name
			Identifier string `xml:"identifier,attr"`
			Title      string `xml:"title,attr"`
			Choices    []struct {
				Identifier string `xml:"identifier,attr"`
				Text       string `xml:",chardata"`
				Feedback   []struct {
					Outcome    string `xml:"outcomeIdentifier,attr"`
					Identifier string `xml:"identifier,attr"`
					Text       string `xml:",chardata"`
				} `xml:"feedbackInline"`
			} `xml:"itemBody>choiceInteraction>simpleChoice"`
			Correct  []string `xml:"responseDeclaration>correctResponse>value"`
			Outcomes []struct {
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
		if item.Feedback != q.Explanation || len(item.Outcomes) < 2 {
			t.Errorf("%s: explanation or outcomes lost", q.ID)
		}
		if item.Title == "" || item.Title == q.ID || len([]rune(item.Title)) > 60 || !strings.HasPrefix(q.Prompt, strings.TrimSuffix(item.Title, "…")) {
			t.Errorf("%s: title %q, want the prompt shortened to 60 characters", q.ID, item.Title)
		}
		// Choices are written in the order the app shows them; their
		// identifiers (c0, c1…) name their place in the lesson file.
		byID := map[string]int{}
		for pos, c := range item.Choices {
			byID[c.Identifier] = pos
		}
		for i, c := range q.Choices {
			if c.Feedback == "" {
				continue
			}
			feedbacks++
			pos, ok := byID["c"+strconv.Itoa(i)]
			if !ok || len(item.Choices[pos].Feedback) != 1 {
				t.Errorf("%s: choice %d lost its feedback %q", q.ID, i, c.Feedback)
				continue
			}
			f := item.Choices[pos].Feedback[0]
			if f.Text != c.Feedback || f.Outcome != "FEEDBACK" || f.Identifier != item.Choices[pos].Identifier {
				t.Errorf("%s: choice %d feedback %+v, want %q shown when the choice is picked", q.ID, i, f, c.Feedback)
			}
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
				if pos >= len(item.Choices) || item.Choices[pos].Identifier != "c"+strconv.Itoa(i) || strings.TrimSpace(item.Choices[pos].Text) != q.Choices[i].Text {
					t.Errorf("%s: choices %+v, want them in the order the app shows them", q.ID, item.Choices)
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
	if feedbacks == 0 {
		t.Error("no question has per-choice feedback: the check above checked nothing")
	}
	t.Logf("%d per-choice feedback texts kept", feedbacks)
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

// TestQTIZipHasItsManifestAtTheRoot: tools import a QTI package as a zip
// whose imsmanifest.xml is at the root, with every file it lists.
func TestQTIZipHasItsManifestAtTheRoot(t *testing.T) {
	l, _ := quiz.Decode(questions.Compiled)
	files, err := export.QTIPackage(l)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.Zip(&buf, files); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	var manifest []byte
	for _, f := range z.File {
		names[f.Name] = true
		if f.Name == "imsmanifest.xml" {
			r, _ := f.Open()
			manifest, _ = io.ReadAll(r)
			r.Close()
		}
	}
	if manifest == nil {
		t.Fatalf("no imsmanifest.xml at the zip's root: %v", names)
	}
	var parsed struct {
		Resources []struct {
			Href string `xml:"href,attr"`
		} `xml:"resources>resource>file"`
	}
	if err := xml.Unmarshal(manifest, &parsed); err != nil {
		t.Fatal(err)
	}
	if len(parsed.Resources) != len(l.Questions) {
		t.Errorf("the manifest lists %d files, want %d", len(parsed.Resources), len(l.Questions))
	}
	for _, r := range parsed.Resources {
		if !names[r.Href] {
			t.Errorf("the manifest lists %s, which the zip lacks", r.Href)
		}
	}
}
