package quiz_test

import (
	"reflect"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

func TestParseOptions(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	all := l.InSectionOrder()
	tests := []struct {
		query   string
		want    quiz.Options
		notices []string // substrings, one per notice
	}{
		{"", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all}, nil},
		{"questions=tf,one&count=1&seed=9&shuffle=1&shuffle-choices=on&pass=70&feedback=end&explanations=off",
			quiz.Options{Seed: 9, Feedback: quiz.FeedbackEnd, Questions: []string{"tf", "one"}, Count: 1, ShuffleQuestions: true, ShuffleChoices: true, PassMark: 70, HideExplanations: true, NoRetries: true}, nil},
		{"levels=reasoning", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: []string{"many"}}, nil},
		{"tags=memo&sections=budapest", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: []string{"many"}}, nil},
		{"pass=70%25", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all, PassMark: 70, NoRetries: true}, nil},
		// A graded quiz allows one attempt unless the teacher allows retries;
		// a self-check allows them unless the teacher refuses.
		{"pass=70&retries=1", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all, PassMark: 70}, nil},
		{"retries=0", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all, NoRetries: true}, nil},
		{"pass=50&retries=maybe", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all, PassMark: 50, NoRetries: true}, []string{"retries"}},
		{"questions=one,ghost", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: []string{"one"}}, []string{`unknown question ids: "ghost"`}},
		{"questions=ghost", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all}, []string{`"ghost"`}},
		{"count=-3&pass=150&feedback=later&seed=x&shuffle=maybe&utm_source=mail",
			quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all},
			[]string{"count", "feedback", "pass mark", "seed", "shuffle", `unknown setting "utm_source"`}},
		{"levels=expert", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all}, []string{`unknown level "expert"`}},
		{"questions=one&tags=core", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: []string{"one"}}, []string{"no question matches"}},
		{"%zz", quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: all}, []string{"could not be read"}},
		{strings.Repeat("a", 3000), quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow}, []string{"longer than"}},
	}
	for _, tt := range tests {
		t.Run(tt.query[:min(len(tt.query), 40)], func(t *testing.T) {
			got, notices := quiz.ParseOptions(tt.query, l)
			if len(tt.want.Questions) == 0 && len(got.Questions) == len(all) {
				tt.want.Questions = all
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("options\n got %+v\nwant %+v", got, tt.want)
			}
			if len(notices) != len(tt.notices) {
				t.Fatalf("notices %q, want %d", notices, len(tt.notices))
			}
			for i, w := range tt.notices {
				if !strings.Contains(notices[i].String(), w) {
					t.Errorf("notice %q lacks %q", notices[i], w)
				}
			}
			if _, err := quiz.New(l, got); err != nil {
				t.Errorf("parsed options are not valid for New: %v", err)
			}
		})
	}
}
