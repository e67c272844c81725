package report_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/questions"
)

func TestResultFileHoldsAnswersScoreAndVersion(t *testing.T) {
	l, _ := quiz.Decode(questions.Compiled)
	s, _ := quiz.New(l, quiz.Options{Questions: []string{"memorandum-signatories", "memorandum-name"}, PassMark: 50})
	s.Check(quiz.Response{Choices: []int{1}})
	s.Next()
	s.Check(quiz.Response{Text: "Budapest, \"the\" memorandum"})
	s.Next()
	describe := func(q *quiz.Question, r quiz.Response) string {
		if q.Kind == quiz.Text {
			return r.Text
		}
		return q.Choices[r.Choices[0]].Text
	}
	f := report.NewFile(l, "questions=memorandum-signatories,memorandum-name&pass=50", s.Results(), describe, time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC))
	var back report.File
	if err := json.Unmarshal(f.JSON(), &back); err != nil {
		t.Fatal(err)
	}
	if back.LessonVersion != l.Version || back.Max != 2 || back.Score != 1 || back.Passed == nil || !*back.Passed {
		t.Errorf("file summary wrong: %+v", back)
	}
	r := csv.NewReader(strings.NewReader(string(f.CSV())))
	r.FieldsPerRecord = -1 // a summary table, then the questions table
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	last := rows[len(rows)-1]
	if last[0] != "memorandum-name" || last[3] != `Budapest, "the" memorandum` || last[4] != "0" {
		t.Errorf("last CSV row %q", last)
	}
}
