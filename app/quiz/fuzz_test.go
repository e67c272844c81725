package quiz_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// FuzzLoad feeds arbitrary question files to the loader: it must never
// panic, and a rejection must be a list of located problems.
func FuzzLoad(f *testing.F) {
	f.Add(goodQuiz)
	f.Add("## q\ntype: match\n- a -> b\n- a -> b\n")
	f.Add("## q\ntype: order\n1. a\n1. a\n  \n\t> x\n")
	f.Add("[x]\n> \n## \n##  : \n- ->\n")
	f.Add("## q\ntype: text\nanswer: “”\nprompt: <script>alert(1)</script>\n")
	f.Fuzz(func(t *testing.T, src string) {
		fs := lessonFS(map[string]string{"facts.txt": goodFacts, "explainer.txt": goodExplainer, "a.quiz.txt": src})
		l, err := quiz.Load(fs, "questions")
		if err != nil {
			var ps quiz.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("rejection is not a list of problems: %v", err)
			}
			for _, p := range ps {
				if p.File == "" || p.Msg == "" {
					t.Fatalf("problem without a place or message: %+v", p)
				}
			}
			return
		}
		// Whatever loads must be usable: start a session and grade.
		s, err := quiz.New(l, quiz.Options{Seed: 3, ShuffleChoices: true})
		if err != nil {
			t.Fatalf("a loaded lesson cannot start a quiz: %v", err)
		}
		for !s.Finished() {
			q := s.Current()
			s.Check(s.Response(q.ID))
			s.Next()
		}
		s.Results()
		if _, err := quiz.Compile(l); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzResume feeds arbitrary saved progress to Resume, as a damaged or
// hand-edited localStorage would: never a panic, and a resumed session
// must work.
func FuzzResume(f *testing.F) {
	l := lessonForFuzz(f)
	s, _ := quiz.New(l, quiz.Options{Seed: 5})
	s.Check(quiz.Response{Choices: []int{0}})
	s.Next()
	good, _ := json.Marshal(s.Progress())
	f.Add(good)
	f.Add([]byte(`{"schema":1,"questions":["one"],"round":["one"],"roundNo":1,"current":1,"finished":true}`))
	f.Add([]byte(`{"schema":1,"questions":["seq"],"round":["seq"],"roundNo":1,"answers":{"seq":{"response":{"order":[0,0,0]},"checked":true}}}`))
	f.Add([]byte(`{"schema":1,"questions":["pairs"],"round":["pairs"],"roundNo":1,"layouts":{"pairs":[9,-1]},"answers":{"pairs":{"response":{"matches":[5]}}}}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p quiz.Progress
		if json.Unmarshal(data, &p) != nil {
			return
		}
		r, _, err := quiz.Resume(l, p)
		if err != nil {
			refusedCleanly(t, err)
			return
		}
		n, total := r.Position()
		if total == 0 || n < 1 || n > total {
			t.Fatalf("position %d of %d", n, total)
		}
		for !r.Finished() {
			q := r.Current()
			for _, i := range r.Layout(q.ID) {
				if i < 0 {
					t.Fatalf("negative layout index for %s", q.ID)
				}
			}
			r.Check(r.Response(q.ID))
			r.Next()
		}
		res := r.Results()
		if res.Score < 0 || res.Score > float64(res.Max) {
			t.Fatalf("score %v out of 0..%d", res.Score, res.Max)
		}
		r.RetryMissed()
	})
}

// FuzzParseOptions feeds arbitrary URL query strings: never a panic, the
// result is always valid for New, and every ignored setting is explained.
func FuzzParseOptions(f *testing.F) {
	l := lessonForFuzz(f)
	for _, q := range []string{"", "questions=one,tf&count=2&pass=50", "seed=18446744073709551615", "feedback=end&explanations=off",
		"%", "a=1&a=2&questions=", "levels=recall,reasoning&tags=&sections=budapest", "count=99999999999999999999", "lang=uk&sections=budapest", "lang=xx"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		o, notices := quiz.ParseOptions(query, l)
		if _, err := quiz.New(l, o); err != nil {
			t.Fatalf("ParseOptions(%q) gave options New refuses: %v", query, err)
		}
		for _, n := range quiz.NoticeStrings(notices) {
			if !strings.HasPrefix(n, "Ignored ") || len(n) > 400 {
				t.Fatalf("notice %q is not a short explanation", n)
			}
		}
	})
}

// FuzzSettingsRoundTrip feeds arbitrary URL query strings to the settings
// codec: whatever ParseSettings reads, Encode writes as a link that reads
// back as the same settings, without a notice, and encodes the same again.
// Only a link that escaping made longer than ParseSettings reads is
// exempt: it is refused whole, with a notice.
func FuzzSettingsRoundTrip(f *testing.F) {
	for _, q := range []string{"", "questions=one,tf&count=2&pass=50", "seed=0", "seed=9007199254740991&retries=0", "feedback=now&explanations=on",
		"?sections=eu,first&pass=70%25&shuffle=on&shuffle-choices=yes", "questions=,%0Aone&tags=a%C2%A0b", "%", "a=1&a=2&questions=",
		"origins=https://a.example,https://B.example:8080%20http://c.example#x", "origins=https://a%2525b,HTTPS://x.example", "origins=https://[::1%2525eth0]",
		"lang=uk&pass=70", "lang=EN", "lang=%20Uk%0A", "lang=fr&lang=uk"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, query string) {
		s, _ := quiz.ParseSettings(query)
		link := s.Encode()
		if len(link) > quiz.MaxParamLength {
			return
		}
		back, notices := quiz.ParseSettings(link)
		if len(notices) > 0 {
			t.Fatalf("ParseSettings(%q) = %+v, encoded as %q, which reads with notices %q", query, s, link, notices)
		}
		if !reflect.DeepEqual(back, s) {
			t.Fatalf("ParseSettings(%q) = %+v, encoded as %q, which reads as %+v", query, s, link, back)
		}
		if again := back.Encode(); again != link {
			t.Fatalf("the same settings encode as %q and %q", link, again)
		}
	})
}

func lessonForFuzz(f *testing.F) *quiz.Lesson {
	l, err := quiz.Load(lessonFS(map[string]string{"facts.txt": goodFacts, "explainer.txt": goodExplainer, "a.quiz.txt": goodQuiz}), "questions")
	if err != nil {
		f.Fatal(err)
	}
	return l
}

// FuzzDecodeCompact feeds LMS suspend data, which the app reads back at
// every launch: whatever it holds, decoding and resuming either fail with
// ErrCorrupt/ErrOutdated or give a session that can be saved again.
func FuzzDecodeCompact(f *testing.F) {
	l := lessonForFuzz(f)
	s, _ := quiz.New(l, quiz.Options{Seed: 5})
	s.Check(quiz.Response{Choices: []int{0}})
	s.Next()
	s.Save(quiz.Response{Choices: []int{1}})
	good, _ := quiz.EncodeCompact(s.Progress())
	f.Add(good)
	f.Add(`{"v":1,"s":3,"q":["one","one"],"n":1}`)
	f.Add(`{"v":1,"q":["seq"],"r":[0,0],"n":1,"c":2,"a":[[0,"",1,1,{"o":[0,0,0]}]]}`)
	f.Add(`{"v":1,"q":["pairs"],"n":1,"a":[[0,"",0,-1,{"m":[7]}]]}`)
	f.Fuzz(func(t *testing.T, data string) {
		p, err := quiz.DecodeCompact(l, data, quiz.Options{})
		if err != nil {
			refusedCleanly(t, err)
			return
		}
		r, _, err := quiz.Resume(l, p)
		if err != nil {
			refusedCleanly(t, err)
			return
		}
		if _, err := quiz.EncodeCompact(r.Progress()); err != nil && len(data) <= quiz.SuspendLimit {
			t.Fatalf("resumed progress from %d characters cannot be saved again: %v", len(data), err)
		}
	})
}

// refusedCleanly fails unless err is one of the two ways saved progress is
// refused: damaged (ErrCorrupt) or from another layout (ErrOutdated).
func refusedCleanly(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, quiz.ErrCorrupt) && !errors.Is(err, quiz.ErrOutdated) {
		t.Fatalf("unexpected error kind: %v", err)
	}
}
