package quiz_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// rightAnswer builds the correct response to q.
func rightAnswer(q *quiz.Question) quiz.Response {
	switch q.Kind {
	case quiz.Single, quiz.Multiple, quiz.TrueFalse:
		var r quiz.Response
		for i, c := range q.Choices {
			if c.Correct {
				r.Choices = append(r.Choices, i)
			}
		}
		return r
	case quiz.Order:
		r := quiz.Response{}
		for i := range q.Items {
			r.Order = append(r.Order, i)
		}
		return r
	case quiz.Match:
		r := quiz.Response{}
		for i := range q.Pairs {
			r.Matches = append(r.Matches, i)
		}
		return r
	}
	return quiz.Response{Text: q.Answers[0]}
}

func TestSessionRunsThroughAndScores(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, err := quiz.New(l, quiz.Options{PassMark: 80})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; !s.Finished(); i++ {
		q := s.Current()
		n, total := s.Position()
		if n != i+1 || total != 6 {
			t.Fatalf("position = %d of %d, want %d of 6", n, total, i+1)
		}
		r := rightAnswer(q)
		if q.ID == "seq" {
			r.Order = []int{1, 0, 2} // half credit
		}
		if _, err := s.Check(r); err != nil {
			t.Fatalf("check %s: %v", q.ID, err)
		}
		if _, err := s.Check(r); !errors.Is(err, quiz.ErrChecked) {
			t.Fatalf("second check of %s: got %v, want ErrChecked", q.ID, err)
		}
		s.Next()
	}
	res := s.Results()
	if res.Score != 5.5 || res.Max != 6 || res.Percent() != 92 {
		t.Errorf("score %v/%d (%d%%), want 5.5/6 (92%%)", res.Score, res.Max, res.Percent())
	}
	if !res.Passed() {
		t.Error("5.5 of 6 should pass an 80% mark")
	}
	if m := res.Missed(); len(m) != 1 || m[0].Question.ID != "seq" {
		t.Errorf("missed = %v, want only seq", m)
	}
}

func TestPassMarkIsExact(t *testing.T) {
	tests := []struct {
		score    float64
		max      int
		passMark int
		passed   bool
	}{
		{3, 4, 75, true},
		{2.99, 4, 75, false}, // 74.75% rounds to 75 but does not pass
		{0, 4, 0, false},     // no pass mark: neither passed nor failed
		{4, 4, 100, true},
	}
	for _, tt := range tests {
		r := quiz.Results{Score: tt.score, Max: tt.max, PassMark: tt.passMark}
		if r.Passed() != tt.passed {
			t.Errorf("%v/%d at %d%%: passed = %v, want %v", tt.score, tt.max, tt.passMark, r.Passed(), tt.passed)
		}
	}
}

func TestCheckRefusesEmptyAndMisshapenResponses(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Questions: []string{"typed", "one", "pairs"}})
	if _, err := s.Check(quiz.Response{Text: "  "}); !errors.Is(err, quiz.ErrEmptyResponse) {
		t.Errorf("empty text: got %v, want ErrEmptyResponse", err)
	}
	s.Next()
	if _, err := s.Check(quiz.Response{Choices: []int{9}}); err == nil {
		t.Error("out-of-range choice was accepted")
	}
	s.Next()
	if _, err := s.Check(quiz.Response{Matches: []int{-1, -1}}); !errors.Is(err, quiz.ErrEmptyResponse) {
		t.Errorf("no match chosen: got %v, want ErrEmptyResponse", err)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	tests := []struct {
		name string
		o    quiz.Options
		want string
	}{
		{"unknown id", quiz.Options{Questions: []string{"nope"}}, `no question with id "nope"`},
		{"pass mark", quiz.Options{PassMark: 120}, "pass mark"},
		{"feedback", quiz.Options{Feedback: "later"}, "feedback"},
		{"count", quiz.Options{Count: -1}, "count"},
	}
	for _, tt := range tests {
		if _, err := quiz.New(l, tt.o); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error mentioning %q", tt.name, err, tt.want)
		}
	}
}

func TestSubsetCountAndShuffleAreDeterministic(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	o := quiz.Options{Seed: 42, ShuffleQuestions: true, ShuffleChoices: true, Count: 4}
	a, _ := quiz.New(l, o)
	b, _ := quiz.New(l, o)
	if !reflect.DeepEqual(a.Progress(), b.Progress()) {
		t.Fatal("the same seed gave different sessions")
	}
	if n := len(a.Progress().Questions); n != 4 {
		t.Errorf("count 4 gave %d questions", n)
	}
	differs := false
	for seed := uint64(1); seed < 20 && !differs; seed++ {
		o.Seed = seed
		c, _ := quiz.New(l, o)
		differs = !reflect.DeepEqual(a.Progress().Questions, c.Progress().Questions)
	}
	if !differs {
		t.Error("question order never changed with the seed")
	}
	sub, _ := quiz.New(l, quiz.Options{Questions: []string{"tf", "one"}})
	if got := sub.Progress().Questions; !reflect.DeepEqual(got, []string{"tf", "one"}) {
		t.Errorf("subset = %v, want [tf one] in the given order", got)
	}
}

func TestOrderAndMatchNeverStartSolved(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	for seed := uint64(0); seed < 50; seed++ {
		s, _ := quiz.New(l, quiz.Options{Seed: seed})
		for _, id := range []string{"seq", "pairs"} {
			q, _ := l.Question(id)
			lay := s.Layout(id)
			solved := true
			for i, x := range lay {
				solved = solved && i == x
			}
			if solved {
				t.Fatalf("seed %d: %s starts in the correct order", seed, id)
			}
			if id == "seq" && quiz.GradeResponse(q, s.Response(id)).Correct {
				t.Fatalf("seed %d: untouched order question grades as correct", seed)
			}
		}
		one, _ := l.Question("one")
		if lay := s.Layout("one"); !reflect.DeepEqual(lay, quiz.ChoiceOrder(one)) {
			t.Fatalf("seed %d: choices in %v without ShuffleChoices, want the fixed order %v", seed, lay, quiz.ChoiceOrder(one))
		}
	}
}

func TestRetryMissedOnlyAsksMissedAndKeepsTheRest(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Questions: []string{"one", "tf", "typed"}})
	s.Check(quiz.Response{Choices: []int{0}}) // right
	s.Next()
	s.Check(quiz.Response{Choices: []int{0}}) // wrong
	s.Next()
	s.Next() // typed left unanswered
	if !s.Finished() {
		t.Fatal("not finished after the last Next")
	}
	if err := s.RetryMissed(); err != nil {
		t.Fatal(err)
	}
	if got := s.Progress().Round; !reflect.DeepEqual(got, []string{"tf", "typed"}) {
		t.Fatalf("retry round = %v, want [tf typed]", got)
	}
	if s.Round() != 2 || s.Current().ID != "tf" {
		t.Fatalf("round %d at %v, want round 2 at tf", s.Round(), s.Current().ID)
	}
	s.Check(quiz.Response{Choices: []int{1}})
	a, _ := s.Answer("tf")
	if a.Tries != 2 {
		t.Errorf("tries = %d, want 2 across rounds", a.Tries)
	}
	s.Next()
	s.Check(quiz.Response{Text: "Budapest"})
	s.Next()
	if r := s.Results(); r.Score != 3 {
		t.Errorf("score after retry = %v, want 3", r.Score)
	}
	if err := s.RetryMissed(); !errors.Is(err, quiz.ErrNothingMissed) {
		t.Errorf("retry with nothing missed: %v", err)
	}
}

func TestStartOverClearsAnswersAndReshuffles(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Seed: 1, ShuffleQuestions: true, PassMark: 50})
	s.Check(rightAnswer(s.Current()))
	fresh := s.StartOver(2)
	if len(fresh.Progress().Answers) != 0 || fresh.Options().PassMark != 50 || fresh.Options().Seed != 2 {
		t.Errorf("start over kept answers or lost options: %+v", fresh.Progress())
	}
}

// TestProgressSurvivesJSONRoundTrip is what a reload does: save the
// progress as JSON, read it back, resume, and carry on where we were.
func TestProgressSurvivesJSONRoundTrip(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Seed: 7, ShuffleChoices: true})
	s.Check(rightAnswer(s.Current()))
	s.Next()
	if err := s.Save(quiz.Response{Choices: []int{0}}); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(s.Progress())
	if err != nil {
		t.Fatal(err)
	}
	var p quiz.Progress
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	r, info, err := quiz.Resume(l, p)
	if err != nil || info.Dropped != 0 {
		t.Fatalf("resume: %v, dropped %d", err, info.Dropped)
	}
	if !reflect.DeepEqual(r.Progress(), s.Progress()) {
		t.Errorf("resumed progress differs:\n got %+v\nwant %+v", r.Progress(), s.Progress())
	}
	if r.Current().ID != "many" || !reflect.DeepEqual(r.Response("many").Choices, []int{0}) {
		t.Errorf("draft answer lost: at %s with %v", r.Current().ID, r.Response("many"))
	}
}

func TestResumeRejectsDamagedProgress(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{})
	good := s.Progress()
	tests := []struct {
		name   string
		change func(p *quiz.Progress)
		want   error
	}{
		{"old schema", func(p *quiz.Progress) { p.Schema = 0 }, quiz.ErrOutdated},
		{"current out of range", func(p *quiz.Progress) { p.Current = 99 }, quiz.ErrCorrupt},
		{"negative current", func(p *quiz.Progress) { p.Current = -1 }, quiz.ErrCorrupt},
		{"bad feedback", func(p *quiz.Progress) { p.Options.Feedback = "x" }, quiz.ErrCorrupt},
		{"no questions", func(p *quiz.Progress) { p.Questions = nil; p.Round = nil }, quiz.ErrCorrupt},
		{"round not in quiz", func(p *quiz.Progress) { p.Round = append(p.Round, "ghost") }, quiz.ErrCorrupt},
		{"duplicate question", func(p *quiz.Progress) { p.Questions = append(p.Questions, "one") }, quiz.ErrCorrupt},
		{"round zero", func(p *quiz.Progress) { p.RoundNo = 0 }, quiz.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := s.Progress()
			tt.change(&p)
			if _, _, err := quiz.Resume(l, p); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
	if _, _, err := quiz.Resume(l, good); err != nil {
		t.Errorf("untouched progress rejected: %v", err)
	}
}

func TestResumeAfterContentChangeDropsOnlyChangedAnswers(t *testing.T) {
	old := mustLoad(t, goodQuiz)
	s, _ := quiz.New(old, quiz.Options{Questions: []string{"one", "tf", "typed"}})
	for !s.Finished() {
		s.Check(rightAnswer(s.Current()))
		s.Next()
	}
	s.Back() // look at the last question again
	// The teacher edits one choice of "one" and deletes "tf".
	edited := strings.Replace(goodQuiz, "[ ] Wrong", "[ ] Quite wrong", 1)
	start := strings.Index(edited, "## tf")
	end := strings.Index(edited, "## seq")
	edited = edited[:start] + edited[end:]
	now := mustLoad(t, edited)

	r, info, err := quiz.Resume(now, s.Progress())
	if err != nil {
		t.Fatal(err)
	}
	if info.Dropped != 2 {
		t.Errorf("dropped %d answers, want 2 (changed one, removed tf)", info.Dropped)
	}
	if _, ok := r.Answer("typed"); !ok {
		t.Error("answer to the unchanged question was lost")
	}
	if got := r.Progress().Questions; !reflect.DeepEqual(got, []string{"one", "typed"}) {
		t.Errorf("questions = %v", got)
	}
	if r.Current().ID != "typed" {
		t.Errorf("current = %s, want typed (position kept across the removal)", r.Current().ID)
	}
}

func TestResumeNeverTrustsAStoredScore(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Questions: []string{"one"}})
	s.Check(quiz.Response{Choices: []int{1}})
	p := s.Progress()
	a := p.Answers["one"]
	a.Score = 1
	p.Answers["one"] = a
	r, _, err := quiz.Resume(l, p)
	if err != nil {
		t.Fatal(err)
	}
	if r.Results().Score != 0 {
		t.Error("a tampered stored score was believed")
	}
}
