package export

import (
	"encoding/xml"
	"strconv"

	"beyondbudapest/app/quiz"
)

// MoodleXML is Moodle's question-bank XML for the whole lesson. The same
// mapping as GIFT: choice questions become multichoice (single or not, with
// the app's partial-credit fractions, +100/R % per right choice and
// −100/W % per wrong one; see multipleWeights), true/false truefalse, typed answers
// shortanswer, match and order questions matching (order: item → position).
// Choices come in the order the app shows them (quiz.ChoiceOrder).
// encoding/xml writes it, so it is always well-formed; Moodle publishes no
// schema to check it against.
func MoodleXML(l *quiz.Lesson) ([]byte, error) {
	doc := moodleQuiz{}
	for _, id := range l.InSectionOrder() {
		q, _ := l.Question(id)
		mq := moodleQuestion{
			Name:            moodleText{Text: q.ID},
			QuestionText:    moodleFormatted{Format: "html", Text: q.Prompt},
			GeneralFeedback: moodleFormatted{Format: "html", Text: q.Explanation},
			DefaultGrade:    "1",
		}
		switch q.Kind {
		case quiz.Single, quiz.Multiple:
			mq.Type = "multichoice"
			right, wrong := multipleWeights(q)
			single := q.Kind == quiz.Single
			mq.Single = strconv.FormatBool(single)
			mq.Shuffle = "1"
			for _, c := range shown(q) {
				fraction := "0"
				switch {
				case c.Correct && single:
					fraction = "100"
				case c.Correct:
					fraction = right
				case !single:
					fraction = wrong
				}
				mq.Answers = append(mq.Answers, moodleAnswer{Fraction: fraction, Format: "html", Text: c.Text,
					Feedback: &moodleFormatted{Format: "html", Text: c.Feedback}})
			}
		case quiz.TrueFalse:
			mq.Type = "truefalse"
			for i, c := range q.Choices {
				fraction := "0"
				if c.Correct {
					fraction = "100"
				}
				mq.Answers = append(mq.Answers, moodleAnswer{Fraction: fraction, Format: "moodle_auto_format",
					Text: map[int]string{0: "true", 1: "false"}[i], Feedback: &moodleFormatted{Format: "html", Text: c.Feedback}})
			}
		case quiz.Text:
			mq.Type = "shortanswer"
			mq.Note = TypedAnswerComment
			mq.UseCase = "0"
			for _, a := range q.Answers {
				mq.Answers = append(mq.Answers, moodleAnswer{Fraction: "100", Format: "moodle_auto_format", Text: a})
			}
		case quiz.Match:
			mq.Type = "matching"
			mq.Shuffle = "1"
			for _, p := range q.Pairs {
				mq.Subquestions = append(mq.Subquestions, moodleSub{Format: "html", Text: p.Left, Answer: moodleText{Text: p.Right}})
			}
		case quiz.Order:
			mq.Type = "matching"
			mq.Shuffle = "1"
			for i, it := range q.Items {
				mq.Subquestions = append(mq.Subquestions, moodleSub{Format: "html", Text: it, Answer: moodleText{Text: strconv.Itoa(i + 1)}})
			}
		}
		doc.Questions = append(doc.Questions, mq)
	}
	b, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type moodleQuiz struct {
	XMLName   xml.Name         `xml:"quiz"`
	Questions []moodleQuestion `xml:"question"`
}

type moodleQuestion struct {
	Type            string          `xml:"type,attr"`
	Note            string          `xml:",comment"`
	Name            moodleText      `xml:"name"`
	QuestionText    moodleFormatted `xml:"questiontext"`
	GeneralFeedback moodleFormatted `xml:"generalfeedback"`
	DefaultGrade    string          `xml:"defaultgrade"`
	Single          string          `xml:"single,omitempty"`
	Shuffle         string          `xml:"shuffleanswers,omitempty"`
	UseCase         string          `xml:"usecase,omitempty"`
	Answers         []moodleAnswer  `xml:"answer"`
	Subquestions    []moodleSub     `xml:"subquestion"`
}

type moodleText struct {
	Text string `xml:"text"`
}

type moodleFormatted struct {
	Format string `xml:"format,attr"`
	Text   string `xml:"text"`
}

type moodleAnswer struct {
	Fraction string           `xml:"fraction,attr"`
	Format   string           `xml:"format,attr"`
	Text     string           `xml:"text"`
	Feedback *moodleFormatted `xml:"feedback,omitempty"`
}

type moodleSub struct {
	Format string     `xml:"format,attr"`
	Text   string     `xml:"text"`
	Answer moodleText `xml:"answer"`
}
