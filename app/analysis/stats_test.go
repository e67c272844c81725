package analysis

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"beyondbudapest/app/quiz"
)

// exampleLesson is a five-question lesson small enough to analyse by hand:
//
//	q1 single     section s1, fact F1      A right; B (feedback "B-fb") and C wrong
//	q2 multiple   section s1, facts F1 F2  A, B right; C, D wrong (two right, two wrong)
//	q3 text       section s2, fact F2      "Budapest"
//	q4 true/false section s2, fact F3      true
//	q5 single     section s2, fact F3      X (feedback "X-fb") wrong, Y right
//
// Section s1 rests on F1 and F2, section s2 on F2 and F3.
func exampleLesson(t testing.TB) *quiz.Lesson {
	t.Helper()
	l, err := quiz.Decode([]byte(`{"format": 1, "lesson": {
	"Version": "v1",
	"Facts": [{"ID": "F1", "Text": "one"}, {"ID": "F2", "Text": "two"}, {"ID": "F3", "Text": "three"}],
	"Sections": [{"ID": "s1", "Title": "Section one", "Facts": ["F1", "F2"]}, {"ID": "s2", "Title": "Section two", "Facts": ["F2", "F3"]}],
	"Questions": [
	 {"ID": "q1", "Kind": "single", "Prompt": "Q1?", "Section": "s1", "Facts": ["F1"], "Hash": "h1",
	  "Choices": [{"Text": "A", "Correct": true}, {"Text": "B", "Feedback": "B-fb"}, {"Text": "C", "Feedback": "C-fb"}]},
	 {"ID": "q2", "Kind": "multiple", "Prompt": "Q2?", "Section": "s1", "Facts": ["F1", "F2"], "Hash": "h2",
	  "Choices": [{"Text": "A", "Correct": true}, {"Text": "B", "Correct": true}, {"Text": "C"}, {"Text": "D"}]},
	 {"ID": "q3", "Kind": "text", "Prompt": "Q3?", "Section": "s2", "Facts": ["F2"], "Hash": "h3", "Answers": ["Budapest"]},
	 {"ID": "q4", "Kind": "truefalse", "Prompt": "Q4.", "Section": "s2", "Facts": ["F3"], "Hash": "h4",
	  "Choices": [{"Text": "True", "Correct": true}, {"Text": "False"}]},
	 {"ID": "q5", "Kind": "single", "Prompt": "Q5?", "Section": "s2", "Facts": ["F3"], "Hash": "h5",
	  "Choices": [{"Text": "X", "Feedback": "X-fb"}, {"Text": "Y", "Correct": true}]}
	]}}`))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// picks, typed and skipped build one answer of the example.
func picks(q string, tries int, choices ...int) Answer {
	return Answer{Question: q, Hash: "h" + q[1:], Answered: true, Response: quiz.Response{Choices: choices}, Tries: tries}
}

func typed(q, text string) Answer {
	return Answer{Question: q, Hash: "h" + q[1:], Answered: true, Response: quiz.Response{Text: text}, Tries: 1}
}

func skipped(q string) Answer { return Answer{Question: q, Hash: "h" + q[1:]} }

// exampleClass is six students. Their scores per question, by the quiz's
// rules (multiple select: (right − wrong) ÷ 2, never below 0):
//
//	      q1     q2        q3          q4     q5     total  percent
//	S1    A 1    AB 1      budapest 1  T 1    X 0    4      80
//	S2    A 1    A 0.5     Budapest. 1 T 1    X 0    3.5    70
//	S3    B 0    AB 1      Kyiv 0      T 1    X 0    2      40
//	S4    A 1    AC 0      (skip) 0    T 1    Y 1    3      60
//	S5    C 0    ABC 0.5   kyiv 0      T 1    Y 1    2.5    50
//	S6    B 0    CD 0      (skip) 0    T 1    Y 1    2      40
func exampleClass() []Attempt {
	at := func(id string, answers ...Answer) Attempt {
		return Attempt{Student: id, Source: id + ".json", Lesson: "v1", Finished: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Seconds: 300, Answers: answers}
	}
	return []Attempt{
		at("S1", picks("q1", 1, 0), picks("q2", 1, 0, 1), typed("q3", "budapest"), picks("q4", 1, 0), picks("q5", 1, 0)),
		at("S2", picks("q1", 1, 0), picks("q2", 2, 0), typed("q3", "Budapest."), picks("q4", 1, 0), picks("q5", 1, 0)),
		at("S3", picks("q1", 1, 1), picks("q2", 1, 0, 1), typed("q3", "Kyiv"), picks("q4", 1, 0), picks("q5", 1, 0)),
		at("S4", picks("q1", 1, 0), picks("q2", 1, 0, 2), skipped("q3"), picks("q4", 1, 0), picks("q5", 1, 1)),
		at("S5", picks("q1", 1, 2), picks("q2", 1, 0, 1, 2), typed("q3", "kyiv"), picks("q4", 1, 0), picks("q5", 1, 1)),
		at("S6", picks("q1", 1, 1), picks("q2", 1, 2, 3), skipped("q3"), picks("q4", 1, 0), picks("q5", 1, 1)),
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestClassFiguresMatchTheHandComputation checks the class figures.
//
//	mean   = (80 + 70 + 40 + 60 + 50 + 40) ÷ 6 = 340 ÷ 6 = 56.67
//	median = sorted 40 40 50 60 70 80: (50 + 60) ÷ 2 = 55
//	bins   = 40 40 → 40–49 (2); 50 → 50–59; 60 → 60–69; 70 → 70–79; 80 → 80–89
func TestClassFiguresMatchTheHandComputation(t *testing.T) {
	r := Analyse(exampleLesson(t), exampleClass())
	if r.Students != 6 || !near(r.Mean, 340.0/6) || !near(r.Median, 55) {
		t.Errorf("students %d, mean %v, median %v; want 6, 56.67, 55", r.Students, r.Mean, r.Median)
	}
	if want := [10]int{0, 0, 0, 0, 2, 1, 1, 1, 1, 0}; r.Bins != want {
		t.Errorf("bins %v, want %v", r.Bins, want)
	}
}

// TestItemAnalysisMatchesTheHandComputation checks every question.
//
// Facility is the mean score, skips as 0:
//
//	q1 1+1+0+1+0+0 = 3 → 3/6 = 0.5      q2 1+.5+1+0+.5+0 = 3 → 0.5
//	q3 1+1+0+0+0+0 = 2 → 0.333          q4 6/6 = 1 (above 0.95: flagged easy)
//	q5 0+0+0+1+1+1 = 3 → 0.5
//
// Discrimination, upper–lower 27 %: g = round(0.27 × 6) = round(1.62) = 2.
// Ranked by total: S1 80, S2 70, S4 60, S5 50, then S3 40 and S6 40, so the
// upper group is S1, S2 and the lower group S3, S6 (the tie is inside it).
//
//	q1 upper (1+1)/2 = 1     lower (0+0)/2 = 0    D = 1
//	q2 upper (1+.5)/2 = .75  lower (1+0)/2 = .5   D = 0.25
//	q3 upper 1               lower (0+0)/2 = 0    D = 1
//	q4 upper 1               lower 1              D = 0
//	q5 upper (0+0)/2 = 0     lower (0+1)/2 = .5   D = −0.5 (flagged)
//
// Most chosen wrong answer, over answers with less than full credit:
//
//	q1 B by S3, S6 (2); C by S5 (1)     → B, 2, "B-fb"
//	q2 C by S4, S5, S6 (3); D by S6 (1) → C, 3
//	q3 "Kyiv" and "kyiv" are one answer → Kyiv, 2
//	q4 nobody wrong                     → none
//	q5 X by S1, S2, S3                  → X, 3, "X-fb"
func TestItemAnalysisMatchesTheHandComputation(t *testing.T) {
	r := Analyse(exampleLesson(t), exampleClass())
	tests := []struct {
		id             string
		facility, disc float64
		skipped        int
		wrong          *WrongAnswer
		flags          []string // a word each flag must contain
	}{
		{"q1", 0.5, 1, 0, &WrongAnswer{Response: quiz.Response{Choices: []int{1}}, Count: 2, Feedback: "B-fb"}, nil},
		{"q2", 0.5, 0.25, 0, &WrongAnswer{Response: quiz.Response{Choices: []int{2}}, Count: 3}, nil},
		{"q3", 1.0 / 3, 1, 2, &WrongAnswer{Response: quiz.Response{Text: "Kyiv"}, Count: 2}, nil},
		{"q4", 1, 0, 0, nil, []string{"Almost everyone"}},
		{"q5", 0.5, -0.5, 0, &WrongAnswer{Response: quiz.Response{Choices: []int{0}}, Count: 3, Feedback: "X-fb"}, []string{"did worse"}},
	}
	if len(r.Items) != len(tests) {
		t.Fatalf("%d items, want %d", len(r.Items), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			it := r.Items[i]
			if it.Question.ID != tt.id || it.Given != 6 || it.Skipped != tt.skipped {
				t.Errorf("question %s given %d skipped %d; want %s, 6, %d", it.Question.ID, it.Given, it.Skipped, tt.id, tt.skipped)
			}
			if !near(it.Facility, tt.facility) {
				t.Errorf("facility %v, want %v", it.Facility, tt.facility)
			}
			if !it.HasDiscrimination || !near(it.Discrimination, tt.disc) {
				t.Errorf("discrimination %v (%v), want %v", it.Discrimination, it.HasDiscrimination, tt.disc)
			}
			if !reflect.DeepEqual(it.Wrong, tt.wrong) {
				t.Errorf("most chosen wrong answer %+v, want %+v", it.Wrong, tt.wrong)
			}
			if len(it.Flags) != len(tt.flags) {
				t.Fatalf("flags %q, want ones containing %q", it.Flags, tt.flags)
			}
			for k, f := range tt.flags {
				if !strings.Contains(it.Flags[k].String(), f) {
					t.Errorf("flag %q should contain %q", it.Flags[k], f)
				}
			}
		})
	}
}

// TestMasteryIsSortedWeakestFirst checks sections and facts.
//
//	s1 = q1 + q2 = (3 + 3) ÷ 12 answers = 0.5
//	s2 = q3 + q4 + q5 = (2 + 6 + 3) ÷ 18 = 0.611
//	F1 = q1 + q2 = 6 ÷ 12 = 0.5;  F2 = q2 + q3 = 5 ÷ 12 = 0.417;  F3 = q4 + q5 = 9 ÷ 12 = 0.75
//
// F2 is taught in s1, the first section resting on it.
func TestMasteryIsSortedWeakestFirst(t *testing.T) {
	r := Analyse(exampleLesson(t), exampleClass())
	want := []Mastery{{ID: "s1", Section: "s1", Score: 0.5, Questions: 2, Answers: 12}, {ID: "s2", Section: "s2", Score: 11.0 / 18, Questions: 3, Answers: 18}}
	wantFacts := []Mastery{
		{ID: "F2", Section: "s1", Score: 5.0 / 12, Questions: 2, Answers: 12},
		{ID: "F1", Section: "s1", Score: 0.5, Questions: 2, Answers: 12},
		{ID: "F3", Section: "s2", Score: 0.75, Questions: 2, Answers: 12},
	}
	for _, c := range []struct {
		what      string
		got, want []Mastery
	}{{"sections", r.Sections, want}, {"facts", r.Facts, wantFacts}} {
		if len(c.got) != len(c.want) {
			t.Fatalf("%s: %+v, want %+v", c.what, c.got, c.want)
		}
		for i := range c.want {
			g, w := c.got[i], c.want[i]
			if g.ID != w.ID || g.Section != w.Section || !near(g.Score, w.Score) || g.Questions != w.Questions || g.Answers != w.Answers {
				t.Errorf("%s[%d] = %+v, want %+v", c.what, i, g, w)
			}
		}
	}
}

// TestStudentLines checks score, tries and missed questions per student:
// S2 checked q2 twice (tries 1+2+1+1+1 = 6) and missed q2 (half credit)
// and q5; S4 skipped q3, which is missed and has no try.
func TestStudentLines(t *testing.T) {
	r := Analyse(exampleLesson(t), exampleClass())
	tests := []struct {
		i       int
		points  float64
		percent float64
		tries   int
		missed  []string
	}{
		{0, 4, 80, 5, []string{"q5"}},
		{1, 3.5, 70, 6, []string{"q2", "q5"}},
		{3, 3, 60, 4, []string{"q2", "q3"}},
		{5, 2, 40, 4, []string{"q1", "q2", "q3"}}, // q3 skipped: no try
	}
	for _, tt := range tests {
		p := r.People[tt.i]
		if !near(p.Points, tt.points) || p.Max != 5 || !near(p.Percent, tt.percent) || p.Tries != tt.tries || !reflect.DeepEqual(p.Missed, tt.missed) {
			t.Errorf("%s: %v/%d (%v%%), tries %d, missed %v; want %v/5 (%v%%), %d, %v",
				p.Attempt.Label(), p.Points, p.Max, p.Percent, p.Tries, p.Missed, tt.points, tt.percent, tt.tries, tt.missed)
		}
	}
}

// TestChangedQuestionsAreSetApart: answers given against another hash, or
// to a question the lesson no longer has, are counted and left out; an
// attempt with nothing left is not a student of the analysis.
func TestChangedQuestionsAreSetApart(t *testing.T) {
	old := Attempt{Student: "S7", Source: "old.json", Lesson: "v0", Answers: []Answer{
		{Question: "q1", Hash: "old-hash", Answered: true, Response: quiz.Response{Choices: []int{0}}},
		{Question: "gone", Hash: "x", Answered: true},
	}}
	broken := exampleClass()[0]
	broken.Student = "S8"
	broken.Answers = []Answer{picks("q1", 1, 7), picks("q4", 1, 0)} // choice 7 does not exist
	r := Analyse(exampleLesson(t), append(exampleClass(), old, broken))
	if r.SetApart != 3 || !reflect.DeepEqual(r.SetApartQuestions, []string{"gone", "q1"}) || r.Unscorable != 1 {
		t.Errorf("set apart %d %v, unscorable %d; want 3 [gone q1], 1", r.SetApart, r.SetApartQuestions, r.Unscorable)
	}
	if r.Students != 7 || r.Items[0].Given != 6 {
		t.Errorf("students %d, q1 given %d; want 7 (S8 still has q4), 6", r.Students, r.Items[0].Given)
	}
}

func TestFlagsInPlainWords(t *testing.T) {
	tests := []struct {
		it   ItemStats
		want []string
	}{
		{ItemStats{Facility: 0.96}, []string{"Almost everyone"}},
		{ItemStats{Facility: 0.95}, nil},
		{ItemStats{Facility: 0.19}, []string{"Very few"}},
		{ItemStats{Facility: 0.2}, nil},
		{ItemStats{Facility: 0.5, Discrimination: -0.1, HasDiscrimination: true}, []string{"did worse"}},
		{ItemStats{Facility: 0.1, Discrimination: -0.1, HasDiscrimination: true}, []string{"Very few", "did worse"}},
		{ItemStats{Facility: 0.5, Discrimination: -0.1}, nil}, // too few students to tell
	}
	for _, tt := range tests {
		got := flags(tt.it)
		if len(got) != len(tt.want) {
			t.Errorf("flags(%+v) = %q, want %q", tt.it, got, tt.want)
			continue
		}
		for i := range got {
			if !strings.Contains(got[i].String(), tt.want[i]) {
				t.Errorf("flag %q should contain %q", got[i], tt.want[i])
			}
		}
	}
}

func TestDiscriminationNeedsFiveStudents(t *testing.T) {
	class := exampleClass()[:4]
	r := Analyse(exampleLesson(t), class)
	if r.Items[0].HasDiscrimination {
		t.Errorf("4 students: discrimination %v computed, want none", r.Items[0].Discrimination)
	}
}
