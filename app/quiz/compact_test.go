package quiz_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// compactRoundTrip encodes s's progress, decodes it with o and resumes.
func compactRoundTrip(t *testing.T, l *quiz.Lesson, s *quiz.Session, o quiz.Options) (*quiz.Session, quiz.Resumed) {
	t.Helper()
	enc, err := quiz.EncodeCompact(s.Progress())
	if err != nil {
		t.Fatal(err)
	}
	p, err := quiz.DecodeCompact(l, enc, o)
	if err != nil {
		t.Fatalf("decoding %s: %v", enc, err)
	}
	r, info, err := quiz.Resume(l, p)
	if err != nil {
		t.Fatalf("resuming %s: %v", enc, err)
	}
	return r, info
}

func TestCompactProgressResumesTheSameSession(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	o := quiz.Options{Seed: 7, ShuffleChoices: true, ShuffleQuestions: true, PassMark: 60, Feedback: quiz.FeedbackNow}
	s, _ := quiz.New(l, o)
	s.Check(rightAnswer(s.Current()))
	s.Next()
	q := s.Current()
	wrong := rightAnswer(q)
	wrong.Text += " not it"
	if len(wrong.Choices) > 0 {
		wrong.Choices = nil
		for i, c := range q.Choices {
			if !c.Correct {
				wrong.Choices = append(wrong.Choices, i)
				break
			}
		}
	}
	s.Check(wrong)
	s.Next()
	s.Save(rightAnswer(s.Current())) // a draft, not yet checked

	r, info := compactRoundTrip(t, l, s, o)
	if info.Dropped != 0 {
		t.Errorf("dropped %d answers", info.Dropped)
	}
	if !reflect.DeepEqual(r.Progress(), s.Progress()) {
		t.Errorf("resumed progress differs:\n got %+v\nwant %+v", r.Progress(), s.Progress())
	}

	// Finish, retry the missed one: the round, its number and the reset
	// answer survive too.
	for !s.Finished() {
		if a, _ := s.Answer(s.Current().ID); !a.Checked {
			s.Check(rightAnswer(s.Current()))
		}
		s.Next()
	}
	if err := s.RetryMissed(); err != nil {
		t.Fatal(err)
	}
	r, info = compactRoundTrip(t, l, s, o)
	if info.Dropped != 0 {
		t.Errorf("after retry, %d answers were counted as dropped", info.Dropped)
	}
	if !reflect.DeepEqual(r.Progress(), s.Progress()) {
		t.Errorf("after retry, resumed progress differs:\n got %+v\nwant %+v", r.Progress(), s.Progress())
	}
	if r.Round() != 2 || r.Results().Score != s.Results().Score {
		t.Errorf("round %d score %v, want round 2 score %v", r.Round(), r.Results().Score, s.Results().Score)
	}
}

func TestCompactProgressDropsAnswersToEditedQuestions(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Seed: 1})
	first := s.Current().ID
	s.Check(rightAnswer(s.Current()))
	enc, err := quiz.EncodeCompact(s.Progress())
	if err != nil {
		t.Fatal(err)
	}
	edited := mustLoad(t, strings.Replace(goodQuiz, "Pick one.", "Pick just one.", 1))
	p, err := quiz.DecodeCompact(edited, enc, quiz.Options{Feedback: quiz.FeedbackEnd})
	if err != nil {
		t.Fatal(err)
	}
	r, info, err := quiz.Resume(edited, p)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := edited.Question(first)
	l1, _ := l.Question(first)
	if q.Hash == l1.Hash {
		t.Fatalf("test edit did not change question %s", first)
	}
	if info.Dropped != 1 || r.Answered() != 0 {
		t.Errorf("dropped %d, answered %d; want the edited question's answer dropped", info.Dropped, r.Answered())
	}
}

func TestCompactProgressRefusesTooMuchAndDamage(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	p := quiz.Progress{Schema: quiz.ProgressSchema, RoundNo: 1}
	for i := 0; i < 400; i++ {
		p.Questions = append(p.Questions, strings.Repeat("x", 10)+string(rune('a'+i%26))+strings.Repeat("y", i/26))
	}
	p.Round = p.Questions
	if _, err := quiz.EncodeCompact(p); err == nil || !strings.Contains(err.Error(), "4096") {
		t.Errorf("oversized progress: got %v, want an error naming the 4096 limit", err)
	}
	// Characters are counted as the LMS counts them: UTF-16 code units.
	p.Questions = []string{strings.Repeat("😀", 2040)}
	p.Round = p.Questions
	if _, err := quiz.EncodeCompact(p); err == nil {
		t.Error("2,040 emoji (4,080 UTF-16 units plus framing) were accepted")
	}
	for _, bad := range []string{``, `{`, `[]`, `{"v":1,"q":["one"],"r":[3],"n":1}`, `{"v":1,"q":["one"],"n":1,"a":[[0,"x",1]]}`,
		`{"v":1,"q":["one"],"n":1,"a":[[5,"x",1,1,{}]]}`, `{"v":1,"q":["one"],"n":1,"a":[[0,"x",1,1,{"c":"no"}]]}`} {
		if _, err := quiz.DecodeCompact(l, bad, quiz.Options{}); !errors.Is(err, quiz.ErrCorrupt) {
			t.Errorf("DecodeCompact(%s) = %v, want ErrCorrupt", bad, err)
		}
	}
	if _, err := quiz.DecodeCompact(l, `{"v":9}`, quiz.Options{}); !errors.Is(err, quiz.ErrOutdated) {
		t.Errorf("a future layout gave %v, want ErrOutdated", err)
	}
}

func TestTextAnswersAreCapped(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	s, _ := quiz.New(l, quiz.Options{Seed: 1})
	for s.Current() != nil && s.Current().Kind != quiz.Text {
		s.Check(rightAnswer(s.Current()))
		s.Next()
	}
	if s.Current() == nil {
		t.Fatal("the test lesson has no text question")
	}
	if err := s.Save(quiz.Response{Text: strings.Repeat("é", quiz.MaxTextAnswer)}); err != nil {
		t.Errorf("an answer of exactly %d characters was refused: %v", quiz.MaxTextAnswer, err)
	}
	if err := s.Save(quiz.Response{Text: strings.Repeat("é", quiz.MaxTextAnswer+1)}); err == nil {
		t.Error("an answer over the cap was accepted")
	}
}
