package analysis

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// FuzzParse feeds arbitrary files to the class page's reader: it must
// never panic, a refusal must say what is wrong in one line, and whatever
// it accepts must analyse and export without a panic.
func FuzzParse(f *testing.F) {
	l := bundled(f)
	good := takeQuiz(f, l, "3f1c0d7e-0000-4000-8000-000000000001")
	f.Add(good.JSON())
	f.Add(good.CSV())
	q := &l.Questions[0]
	st := report.Answered(report.Actor{Account: report.Account{Name: "a"}}, report.Quiz{ID: "https://x/quiz"}, q, quiz.Answer{Response: quiz.Response{Choices: []int{0}}}, time.Second, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	b, _ := json.Marshal([]report.Statement{st, st})
	f.Add(b)
	f.Add([]byte(`{"statements": ` + string(b) + `, "more": ""}`))
	for _, r := range []string{`{"choices": [99]}`, `{"choices": [-1]}`, `{"choices": [0], "matches": [5]}`} {
		f.Add([]byte(`{"app": "Beyond Budapest", "questions": [{"id": "` + q.ID + `", "hash": "` + q.Hash + `", "answered": true, "response": ` + r + `}]}`))
	}
	f.Add([]byte("app,lesson_version,finished\nBeyond Budapest,v,2026-01-01T00:00:00Z\n\nquestion,answered,response\n" + q.ID + `,true,"{""order"":[1,1]}"` + "\n"))
	f.Add([]byte(`[{"object": {"id": "#q", "definition": {"interactionType": "matching", "source": [{}]}}, "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "result": {"response": "s0[.]t9"}, "timestamp": "2026-01-01T00:00:00Z"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c Class
		c.Add("fuzz.json", data)
		if len(c.Rejected) > 0 {
			msg := c.Rejected[0]
			if !strings.HasPrefix(msg, "fuzz.json: ") || len(msg) <= len("fuzz.json: ") {
				t.Fatalf("refusal without what is wrong: %q", msg)
			}
			return
		}
		r := Analyse(l, c.Attempts)
		r.ItemsCSV(func(*quiz.Question, quiz.Response) string { return "" })
		r.StudentsCSV()
	})
}
