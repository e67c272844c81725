package export

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
)

const qtiNamespace = "http://www.imsglobal.org/xsd/imsqti_v2p1"

// QTIItem writes one question as a QTI 2.1 assessmentItem. Choice, order
// and match questions map onto choiceInteraction, orderInteraction and
// matchInteraction; typed answers onto a textEntryInteraction whose
// mapping accepts every listed answer regardless of case. Partial credit
// uses map_response with the app's rules: multiple select gives +1/R per
// right choice and −1/W per wrong one (R and W: the numbers of right and
// wrong choices; the mapping's lower bound keeps it from going below 0), matching
// 1/pairs per pair. Order questions are scored all-or-nothing (QTI's
// match_correct): QTI has no built-in "longest run in order" rule.
//
// The title is the prompt, shortened; the explanation is general feedback
// (modalFeedback, always shown once answered) and each choice's own
// feedback is a feedbackInline in that choice, shown when it was picked:
// the response processing copies the response into FEEDBACK.
//
// The item says its language (xml:lang): lang is the lesson's
// (quiz.Lesson.Lang), English when empty.
func QTIItem(q *quiz.Question, lang string) ([]byte, error) {
	it := qtiItem{
		XMLNS: qtiNamespace, Lang: langOf(lang), Identifier: "q-" + q.ID, Title: shortTitle(q.Prompt, 60), Adaptive: "false", TimeDependent: "false",
		Outcomes: []qtiOutcome{
			{Identifier: "SCORE", Cardinality: "single", BaseType: "float", Default: &qtiValues{Values: []string{"0"}}},
			// The explanation is always shown once the item is answered.
			{Identifier: "GENERAL", Cardinality: "single", BaseType: "identifier", Default: &qtiValues{Values: []string{"EXPLANATION"}}},
		},
		Feedback: []qtiModal{{OutcomeIdentifier: "GENERAL", ShowHide: "show", Identifier: "EXPLANATION", Text: q.Explanation}},
	}
	choiceFeedback := false
	resp := qtiResponse{Identifier: "RESPONSE", BaseType: "identifier"}
	processing := "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
	body := qtiBody{Prompt: q.Prompt}
	switch q.Kind {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		ci := &qtiChoiceInteraction{ResponseIdentifier: "RESPONSE", Shuffle: "false", MaxChoices: "1", Prompt: q.Prompt}
		resp.Cardinality = "single"
		rights, wrongs := choiceCounts(q)
		if q.Kind == quiz.Multiple {
			ci.MaxChoices = "0"
			resp.Cardinality = "multiple"
			processing = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
			resp.Mapping = &qtiMapping{LowerBound: "0", UpperBound: "1", DefaultValue: "0"}
		}
		// In the order the app shows them (shuffle="false" keeps it), each
		// named after its place in the question as written: c0, c1…, the
		// ids xAPI statements use too.
		for _, i := range quiz.ChoiceOrder(q) {
			c := q.Choices[i]
			id := "c" + strconv.Itoa(i)
			choice := qtiChoice{Identifier: id, Text: c.Text}
			if q.Kind == quiz.TrueFalse {
				choice.Text = trueFalseWords(lang)[i]
			}
			if c.Feedback != "" {
				choice.Feedback = &qtiInlineFeedback{OutcomeIdentifier: "FEEDBACK", Identifier: id, ShowHide: "show", Text: c.Feedback}
				choiceFeedback = true
			}
			ci.Choices = append(ci.Choices, choice)
			if c.Correct {
				resp.Correct.Values = append(resp.Correct.Values, id)
			}
			if resp.Mapping != nil {
				v := 1 / float64(rights)
				if !c.Correct {
					v = -1 / float64(wrongs)
				}
				resp.Mapping.Entries = append(resp.Mapping.Entries, qtiMapEntry{Key: id, Value: strconv.FormatFloat(v, 'f', 5, 64)})
			}
		}
		body.Prompt, body.Choice = "", ci
	case quiz.Order:
		oi := &qtiOrderInteraction{ResponseIdentifier: "RESPONSE", Shuffle: "true", Prompt: q.Prompt}
		resp.Cardinality = "ordered"
		for i, item := range q.Items {
			id := "i" + strconv.Itoa(i)
			oi.Choices = append(oi.Choices, qtiChoice{Identifier: id, Text: item})
			resp.Correct.Values = append(resp.Correct.Values, id)
		}
		body.Prompt, body.Order = "", oi
	case quiz.Match:
		mi := &qtiMatchInteraction{ResponseIdentifier: "RESPONSE", Shuffle: "true", MaxAssociations: strconv.Itoa(len(q.Pairs)), Prompt: q.Prompt}
		resp.Cardinality, resp.BaseType = "multiple", "directedPair"
		processing = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
		resp.Mapping = &qtiMapping{LowerBound: "0", UpperBound: "1", DefaultValue: "0"}
		var left, right qtiMatchSet
		for i, p := range q.Pairs {
			s, t := "s"+strconv.Itoa(i), "t"+strconv.Itoa(i)
			left.Choices = append(left.Choices, qtiAssociable{Identifier: s, MatchMax: "1", Text: p.Left})
			right.Choices = append(right.Choices, qtiAssociable{Identifier: t, MatchMax: "1", Text: p.Right})
			pair := s + " " + t
			resp.Correct.Values = append(resp.Correct.Values, pair)
			resp.Mapping.Entries = append(resp.Mapping.Entries, qtiMapEntry{Key: pair, Value: strconv.FormatFloat(1/float64(len(q.Pairs)), 'f', 5, 64)})
		}
		mi.Sets = []qtiMatchSet{left, right}
		body.Prompt, body.Match = "", mi
	case quiz.Text:
		resp.Cardinality, resp.BaseType = "single", "string"
		processing = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
		resp.Correct.Values = []string{q.Answers[0]}
		resp.Mapping = &qtiMapping{DefaultValue: "0"}
		for _, a := range q.Answers {
			resp.Mapping.Entries = append(resp.Mapping.Entries, qtiMapEntry{Key: a, Value: "1", CaseSensitive: "false"})
		}
		body.TextEntry = &qtiTextEntry{ResponseIdentifier: "RESPONSE", ExpectedLength: "40"}
		it.Note = TypedAnswerComment
	default:
		return nil, fmt.Errorf("export: no QTI mapping for %s", q.Kind)
	}
	it.Response = resp
	it.Body = body
	it.Processing = qtiProcessing{Template: processing}
	if choiceFeedback {
		// A template cannot also set FEEDBACK, so its rules are written
		// out, followed by the copy of the response.
		it.Outcomes = append(it.Outcomes, qtiOutcome{Identifier: "FEEDBACK", Cardinality: resp.Cardinality, BaseType: "identifier"})
		it.Processing.Rules = templateRules[processing] + `<setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>`
	}
	b, err := xml.MarshalIndent(it, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type qtiItem struct {
	XMLName       xml.Name      `xml:"assessmentItem"`
	XMLNS         string        `xml:"xmlns,attr"`
	Lang          string        `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Identifier    string        `xml:"identifier,attr"`
	Title         string        `xml:"title,attr"`
	Adaptive      string        `xml:"adaptive,attr"`
	TimeDependent string        `xml:"timeDependent,attr"`
	Note          string        `xml:",comment"`
	Response      qtiResponse   `xml:"responseDeclaration"`
	Outcomes      []qtiOutcome  `xml:"outcomeDeclaration"`
	Body          qtiBody       `xml:"itemBody"`
	Processing    qtiProcessing `xml:"responseProcessing"`
	Feedback      []qtiModal    `xml:"modalFeedback"`
}

type qtiValues struct {
	Values []string `xml:"value"`
}

type qtiResponse struct {
	Identifier  string      `xml:"identifier,attr"`
	Cardinality string      `xml:"cardinality,attr"`
	BaseType    string      `xml:"baseType,attr"`
	Correct     qtiValues   `xml:"correctResponse"`
	Mapping     *qtiMapping `xml:"mapping,omitempty"`
}

type qtiMapping struct {
	LowerBound   string        `xml:"lowerBound,attr,omitempty"`
	UpperBound   string        `xml:"upperBound,attr,omitempty"`
	DefaultValue string        `xml:"defaultValue,attr"`
	Entries      []qtiMapEntry `xml:"mapEntry"`
}

type qtiMapEntry struct {
	Key           string `xml:"mapKey,attr"`
	Value         string `xml:"mappedValue,attr"`
	CaseSensitive string `xml:"caseSensitive,attr,omitempty"`
}

type qtiOutcome struct {
	Identifier  string     `xml:"identifier,attr"`
	Cardinality string     `xml:"cardinality,attr"`
	BaseType    string     `xml:"baseType,attr"`
	Default     *qtiValues `xml:"defaultValue,omitempty"`
}

type qtiBody struct {
	Prompt    string                `xml:"p,omitempty"`
	Choice    *qtiChoiceInteraction `xml:"choiceInteraction,omitempty"`
	Order     *qtiOrderInteraction  `xml:"orderInteraction,omitempty"`
	Match     *qtiMatchInteraction  `xml:"matchInteraction,omitempty"`
	TextEntry *qtiTextEntry         `xml:"div>textEntryInteraction,omitempty"`
}

type qtiChoiceInteraction struct {
	ResponseIdentifier string      `xml:"responseIdentifier,attr"`
	Shuffle            string      `xml:"shuffle,attr"`
	MaxChoices         string      `xml:"maxChoices,attr"`
	Prompt             string      `xml:"prompt"`
	Choices            []qtiChoice `xml:"simpleChoice"`
}

type qtiOrderInteraction struct {
	ResponseIdentifier string      `xml:"responseIdentifier,attr"`
	Shuffle            string      `xml:"shuffle,attr"`
	Prompt             string      `xml:"prompt"`
	Choices            []qtiChoice `xml:"simpleChoice"`
}

type qtiChoice struct {
	Identifier string             `xml:"identifier,attr"`
	Text       string             `xml:",chardata"`
	Feedback   *qtiInlineFeedback `xml:"feedbackInline,omitempty"`
}

// qtiInlineFeedback is a choice's own feedback, shown when FEEDBACK holds
// the choice's identifier.
type qtiInlineFeedback struct {
	OutcomeIdentifier string `xml:"outcomeIdentifier,attr"`
	Identifier        string `xml:"identifier,attr"`
	ShowHide          string `xml:"showHide,attr"`
	Text              string `xml:",chardata"`
}

type qtiMatchInteraction struct {
	ResponseIdentifier string        `xml:"responseIdentifier,attr"`
	Shuffle            string        `xml:"shuffle,attr"`
	MaxAssociations    string        `xml:"maxAssociations,attr"`
	Prompt             string        `xml:"prompt"`
	Sets               []qtiMatchSet `xml:"simpleMatchSet"`
}

type qtiMatchSet struct {
	Choices []qtiAssociable `xml:"simpleAssociableChoice"`
}

type qtiAssociable struct {
	Identifier string `xml:"identifier,attr"`
	MatchMax   string `xml:"matchMax,attr"`
	Text       string `xml:",chardata"`
}

type qtiTextEntry struct {
	ResponseIdentifier string `xml:"responseIdentifier,attr"`
	ExpectedLength     string `xml:"expectedLength,attr"`
}

type qtiProcessing struct {
	Template string `xml:"template,attr"`
	Rules    string `xml:",innerxml"` // The template's rules written out, when more are needed.
}

// templateRules are QTI 2.1's response processing templates written out
// (their text at the template addresses), so that rules can be added.
var templateRules = map[string]string{
	"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct": `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>` +
		`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue></responseIf>` +
		`<responseElse><setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseElse></responseCondition>`,
	"http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response": `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>` +
		`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">0</baseValue></setOutcomeValue></responseIf>` +
		`<responseElse><setOutcomeValue identifier="SCORE"><mapResponse identifier="RESPONSE"/></setOutcomeValue></responseElse></responseCondition>`,
}

// shortTitle is the prompt as an item title: whole words up to n
// characters, with an ellipsis when cut.
func shortTitle(prompt string, n int) string {
	words := strings.Fields(prompt)
	title := ""
	for _, w := range words {
		next := strings.TrimSpace(title + " " + w)
		if len([]rune(next)) > n-1 {
			if title == "" {
				return string([]rune(w)[:n-1]) + "…"
			}
			return strings.TrimRight(title, ",;:") + "…"
		}
		title = next
	}
	return title
}

type qtiModal struct {
	OutcomeIdentifier string `xml:"outcomeIdentifier,attr"`
	ShowHide          string `xml:"showHide,attr"`
	Identifier        string `xml:"identifier,attr"`
	Text              string `xml:",chardata"`
}

// QTIManifest lists the items as an IMS content package, so that a tool
// can import the folder (or a zip of it) in one go.
func QTIManifest(l *quiz.Lesson) ([]byte, error) {
	m := qtiManifest{XMLNS: "http://www.imsglobal.org/xsd/imscp_v1p1", Identifier: bankID(l)}
	for _, id := range l.InSectionOrder() {
		m.Resources = append(m.Resources, qtiResource{Identifier: "q-" + id, Type: "imsqti_item_xmlv2p1", Href: id + ".xml", File: qtiFile{Href: id + ".xml"}})
	}
	b, err := xml.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type qtiManifest struct {
	XMLName    xml.Name      `xml:"manifest"`
	XMLNS      string        `xml:"xmlns,attr"`
	Identifier string        `xml:"identifier,attr"`
	Orgs       struct{}      `xml:"organizations"`
	Resources  []qtiResource `xml:"resources>resource"`
}

type qtiResource struct {
	Identifier string  `xml:"identifier,attr"`
	Type       string  `xml:"type,attr"`
	Href       string  `xml:"href,attr"`
	File       qtiFile `xml:"file"`
}

type qtiFile struct {
	Href string `xml:"href,attr"`
}

// File is one file of an export: its name in the package and its bytes.
type File struct {
	Name string
	Data []byte
}

// QTIPackage is the question bank as a QTI 2.1 content package:
// imsmanifest.xml first, then one item per question, named as the
// manifest lists them. Write it as a folder, or as a zip with Zip: tools
// import the zip with the manifest at its root.
func QTIPackage(l *quiz.Lesson) ([]File, error) {
	m, err := QTIManifest(l)
	if err != nil {
		return nil, err
	}
	files := []File{{Name: "imsmanifest.xml", Data: m}}
	for _, id := range l.InSectionOrder() {
		q, ok := l.Question(id)
		if !ok {
			return nil, fmt.Errorf("export: question %q is listed but missing", id)
		}
		b, err := QTIItem(q, l.Lang)
		if err != nil {
			return nil, fmt.Errorf("export: question %s: %w", id, err)
		}
		files = append(files, File{Name: id + ".xml", Data: b})
	}
	return files, nil
}

// Zip writes files, in order, as a zip archive at w's root.
func Zip(w io.Writer, files []File) error {
	z := zip.NewWriter(w)
	for _, f := range files {
		out, err := z.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return err
		}
		if _, err := out.Write(f.Data); err != nil {
			return err
		}
	}
	return z.Close()
}
