package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"beyondbudapest/app/quiz"
)

// File is the result file a student can download at the end, for classes
// without a learning platform: what was answered, the score, when, and
// which version of the lesson it was. It holds a name only when the student
// typed one for this file; otherwise the device's pseudonymous id tells a
// teacher's class page that two files are the same student.
type File struct {
	App           string     `json:"app"`
	LessonVersion string     `json:"lessonVersion"`
	Quiz          string     `json:"quiz"`              // The quiz's settings, as in its link.
	Student       string     `json:"student,omitempty"` // The device's random id, as in xAPI statements.
	Name          string     `json:"name,omitempty"`    // Typed by the student for this file only; never stored.
	Seconds       int        `json:"seconds,omitempty"` // From the first saved answer to the download; 0 when unknown.
	Finished      time.Time  `json:"finished"`
	Score         float64    `json:"score"`
	Max           int        `json:"max"`
	Percent       int        `json:"percent"`
	PassMark      int        `json:"passMark,omitempty"`
	Passed        *bool      `json:"passed,omitempty"`
	Questions     []FileItem `json:"questions"`
}

// FileItem is one question's line. Hash and Response let the class page
// re-grade the answer with the engine and notice a question that changed
// since; Answer is the same response in words, for people.
type FileItem struct {
	ID       string         `json:"id"`
	Kind     string         `json:"kind"`
	Hash     string         `json:"hash,omitempty"`
	Answered bool           `json:"answered"`
	Answer   string         `json:"answer"`
	Response *quiz.Response `json:"response,omitempty"`
	Score    float64        `json:"score"`
	Tries    int            `json:"tries"`
}

// NewFile summarises results; describe turns a response into words.
func NewFile(l *quiz.Lesson, settings string, res quiz.Results, describe func(*quiz.Question, quiz.Response) string, now time.Time) File {
	f := File{
		App: "Beyond Budapest", LessonVersion: l.Version, Quiz: settings, Finished: now.UTC().Truncate(time.Second),
		Score: round2(res.Score), Max: res.Max, Percent: res.Percent(), PassMark: res.PassMark,
	}
	if res.HasPassMark() {
		passed := res.Passed()
		f.Passed = &passed
	}
	for _, it := range res.Items {
		answer := ""
		var response *quiz.Response
		if it.Answered {
			answer = describe(it.Question, it.Answer.Response)
			r := it.Answer.Response
			response = &r
		}
		f.Questions = append(f.Questions, FileItem{
			ID: it.Question.ID, Kind: string(it.Question.Kind), Hash: it.Question.Hash, Answered: it.Answered,
			Answer: answer, Response: response, Score: round2(it.Grade.Score), Tries: it.Answer.Tries,
		})
	}
	return f
}

// JSON is the file as indented JSON.
func (f File) JSON() []byte {
	b, _ := json.MarshalIndent(f, "", "  ")
	return b
}

// CSV is the file as a spreadsheet: a summary line, then one row per
// question.
func (f File) CSV() []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	passed := ""
	if f.Passed != nil {
		passed = strconv.FormatBool(*f.Passed)
	}
	// New columns go at the end of each row, so a spreadsheet or script
	// made for an older file still finds its columns.
	w.Write([]string{"app", "lesson_version", "quiz", "finished", "score", "max", "percent", "pass_mark", "passed", "student", "name", "seconds"})
	w.Write([]string{f.App, f.LessonVersion, f.Quiz, f.Finished.Format(time.RFC3339), fmt.Sprint(f.Score), strconv.Itoa(f.Max), strconv.Itoa(f.Percent), strconv.Itoa(f.PassMark), passed, f.Student, f.Name, strconv.Itoa(f.Seconds)})
	w.Write(nil)
	w.Write([]string{"question", "kind", "answered", "answer", "score", "tries", "hash", "response"})
	for _, q := range f.Questions {
		response := ""
		if q.Response != nil {
			b, _ := json.Marshal(q.Response)
			response = string(b)
		}
		w.Write([]string{q.ID, q.Kind, strconv.FormatBool(q.Answered), q.Answer, fmt.Sprint(q.Score), strconv.Itoa(q.Tries), q.Hash, response})
	}
	w.Flush()
	return buf.Bytes()
}

func round2(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
