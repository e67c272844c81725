package analysis

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"beyondbudapest/questions"
)

// bundled is the real lesson; tests derive question ids from it.
func bundled(t testing.TB) *quiz.Lesson {
	t.Helper()
	l, err := quiz.Decode(questions.Compiled)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// takeQuiz answers every question of l through the engine, the first
// choice or item order, or a typed "x", and returns the result file the
// results page would offer.
func takeQuiz(t testing.TB, l *quiz.Lesson, student string) report.File {
	t.Helper()
	s, err := quiz.New(l, quiz.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for q := s.Current(); q != nil; q = s.Current() {
		r := s.Response(q.ID)
		switch q.Kind {
		case quiz.Single, quiz.Multiple, quiz.TrueFalse:
			r = quiz.Response{Choices: []int{0}}
		case quiz.Match:
			r.Matches[0] = 0
		case quiz.Text:
			r.Text = "x"
		}
		if _, err := s.Check(r); err != nil {
			t.Fatalf("%s: %v", q.ID, err)
		}
		s.Next()
	}
	f := report.NewFile(l, "", s.Results(), func(*quiz.Question, quiz.Response) string { return "…" }, time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC))
	f.Student, f.Seconds = student, 420
	return f
}

// TestResultFilesReadBackAsTheQuizScoredThem: a file made by the app's own
// code, as JSON and as CSV, reads back with the score the quiz gave.
func TestResultFilesReadBackAsTheQuizScoredThem(t *testing.T) {
	l := bundled(t)
	f := takeQuiz(t, l, "3f1c0d7e-0000-4000-8000-000000000001")
	for _, format := range []struct {
		name string
		data []byte
	}{{"a.json", f.JSON()}, {"a.csv", f.CSV()}} {
		t.Run(format.name, func(t *testing.T) {
			got, err := Parse(format.name, format.data)
			if err != nil {
				t.Fatal(err)
			}
			r := Analyse(l, got)
			p := r.People[0]
			if r.SetApart != 0 || p.Max != f.Max || fmt.Sprintf("%.2f", p.Points) != fmt.Sprintf("%.2f", f.Score) || p.Attempt.Seconds != 420 || p.Attempt.Student != f.Student {
				t.Errorf("read back %v of %d (set apart %d, %ds, %q); the quiz gave %v of %d", p.Points, p.Max, r.SetApart, p.Attempt.Seconds, p.Attempt.Student, f.Score, f.Max)
			}
		})
	}
}

// TestStatementsReadBackAsTheQuizScoredThem: the xAPI statements the app
// posts for the same answers give the same score.
func TestStatementsReadBackAsTheQuizScoredThem(t *testing.T) {
	l := bundled(t)
	f := takeQuiz(t, l, "x")
	actor := report.Actor{ObjectType: "Agent", Account: report.Account{HomePage: "https://example.org", Name: "3f1c0d7e-0000-4000-8000-000000000002"}}
	z := report.Quiz{ID: "https://example.org/quiz", Name: "Quiz"}
	now := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	var sts []report.Statement
	for _, it := range f.Questions {
		q, _ := l.Question(it.ID)
		sts = append(sts, report.Answered(actor, z, q, quiz.Answer{Response: *it.Response, Tries: 1}, 2*time.Second, now))
		now = now.Add(time.Second)
	}
	b, _ := json.Marshal(sts)
	got, err := Parse("statements.json", b)
	if err != nil {
		t.Fatal(err)
	}
	r := Analyse(l, got)
	if r.SetApart != 0 || len(r.People) != 1 || fmt.Sprintf("%.2f", r.People[0].Points) != fmt.Sprintf("%.2f", f.Score) || r.People[0].Attempt.Seconds != 2*len(sts) {
		t.Errorf("statements read back as %+v (set apart %d); the quiz gave %v", r.People, r.SetApart, f.Score)
	}
}

// TestBadFilesAreRejectedWithWhatIsWrong: each refused file gets one line,
// "file name: what is wrong", and the files around it still load.
func TestBadFilesAreRejectedWithWhatIsWrong(t *testing.T) {
	l := bundled(t)
	good := takeQuiz(t, l, "good-student").JSON()
	tests := []struct {
		name, data, want string
	}{
		{"empty.json", "", "empty.json: the file is empty"},
		{"cut.json", string(good[:len(good)/2]), "cut.json: the file ends too early"},
		{"big.json", `{"app": "Beyond Budapest", "quiz": "` + strings.Repeat("a", MaxFileSize) + `"}`, "big.json: too large (1.1 MB; the limit is 1 MB)"},
		{"photo.jpg", "\xff\xd8\xff\xe0", "photo.jpg: not a text file"},
		{"notes.txt", "hello", "notes.txt: not a Beyond Budapest result file"},
		{"other.json", `{"app": "Other"}`, "other.json: not a Beyond Budapest result file"},
		{"types.json", `{"app": "Beyond Budapest", "questions": [{"id": "a", "tries": "many"}]}`, `types.json: "questions.tries" has the wrong type`},
		{"tries.json", `{"app": "Beyond Budapest", "questions": [{"id": "a", "tries": -3}]}`, `tries.json: question "a" has -3 tries`},
		{"noid.json", `{"app": "Beyond Budapest", "questions": [{"id": ""}]}`, `noid.json: question 1 has no id`},
		{"cut.csv", "app,lesson_version\nBeyond Budapest,v1\n", "cut.csv: the file ends too early"},
		{"quote.csv", "app,finished\n\"Beyond Budapest,2026\n", "quote.csv: not valid CSV at line"},
		{"xapi.json", `[{"actor": {"account": {"name": "a"}}, "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "object": {"id": "https://x/quiz#q", "definition": {"interactionType": "choice"}}, "result": {"response": "<script>"}, "timestamp": "2026-11-30T10:00:00Z"}]`, `xapi.json: statement 1: response "<script>" is not in this app's format`},
		{"other-xapi.json", `[{"verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"}, "object": {"id": "https://x/page"}}]`, "other-xapi.json: no answered or completed statements"},
		{"\x1b[31mred<b>.json", "{", "?[31mred<b>.json: the file ends too early"},
	}
	var c Class
	c.Add("first.json", good)
	for _, tt := range tests {
		c.Add(tt.name, []byte(tt.data))
	}
	c.Add("last.json", takeQuiz(t, l, "other-student").JSON())
	if len(c.Attempts) != 2 {
		t.Errorf("%d attempts loaded around the bad files, want 2", len(c.Attempts))
	}
	if len(c.Rejected) != len(tests) {
		t.Fatalf("rejected %q, want %d lines", c.Rejected, len(tests))
	}
	for i, tt := range tests {
		if !strings.HasPrefix(c.Rejected[i], tt.want) {
			t.Errorf("rejected %q, want it to start %q", c.Rejected[i], tt.want)
		}
	}
}

// TestSameAttemptCountsOnce: the same file twice, or the JSON and the CSV
// of one attempt, count once; a later attempt by the same student replaces
// the earlier one, in whichever order they are loaded.
func TestSameAttemptCountsOnce(t *testing.T) {
	l := bundled(t)
	first := takeQuiz(t, l, "s1")
	later := first
	later.Finished = first.Finished.Add(time.Hour)
	later.Questions = append([]report.FileItem(nil), first.Questions...)
	later.Questions[0].Tries = 2
	var c Class
	for i, f := range [][]byte{later.JSON(), first.JSON(), first.JSON(), first.CSV(), takeQuiz(t, l, "s2").CSV()} {
		c.Add(fmt.Sprintf("f%d", i), f)
	}
	if len(c.Attempts) != 2 || c.Duplicates != 2 || c.Earlier != 1 || c.Attempts[0].Answers[0].Tries != 2 {
		t.Errorf("%d attempts, %d duplicates, %d earlier; want 2, 2, 1 with the later attempt kept", len(c.Attempts), c.Duplicates, c.Earlier)
	}
}

// TestOlderLessonVersionIsMatchedByIDAndHash: a file from another lesson
// version keeps the answers whose question is unchanged; the others are
// set apart and counted.
func TestOlderLessonVersionIsMatchedByIDAndHash(t *testing.T) {
	l := bundled(t)
	f := takeQuiz(t, l, "s1")
	f.LessonVersion = "older"
	f.Questions[0].Hash = "changed"
	f.Questions[1].ID = "removed-question"
	atts, err := Parse("old.json", f.JSON())
	if err != nil {
		t.Fatal(err)
	}
	r := Analyse(l, atts)
	if r.SetApart != 2 || r.People[0].Max != len(f.Questions)-2 {
		t.Errorf("set apart %d, max %d; want 2 and %d", r.SetApart, r.People[0].Max, len(f.Questions)-2)
	}
}

// TestSpreadsheetFormulasAreDefused: a typed name that a spreadsheet would
// run as a formula comes out as text.
func TestSpreadsheetFormulasAreDefused(t *testing.T) {
	l := bundled(t)
	f := takeQuiz(t, l, "s1")
	f.Name = `=HYPERLINK("http://evil","click")`
	atts, err := Parse("a.json", f.JSON())
	if err != nil {
		t.Fatal(err)
	}
	out := string(Analyse(l, atts).StudentsCSV())
	if !strings.Contains(out, `"'=HYPERLINK(""http://evil"",""click"")"`) {
		t.Errorf("student CSV does not defuse the formula:\n%s", out)
	}
}
