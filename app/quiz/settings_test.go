package quiz_test

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestSettingsRoundTrip: whatever a link can say, Encode writes so that
// ParseSettings reads it back unchanged and without a notice, and the
// same settings always give the same link (the teachers' page and the
// progress kept under a link's settings rely on both).
func TestSettingsRoundTrip(t *testing.T) {
	seed, zero := uint64(42), uint64(0)
	yes, no := true, false
	tests := []struct {
		name string
		s    quiz.Settings
		want string
	}{
		{"none", quiz.Settings{}, ""},
		{"every setting", quiz.Settings{
			Questions: []string{"tf", "one"}, Sections: []string{"eu", "first"}, Levels: []string{"recall"}, Tags: []string{"core", "memo"},
			Count: 10, Seed: &seed, ShuffleQuestions: true, ShuffleChoices: true, PassMark: 70, Retries: &yes,
			Feedback: quiz.FeedbackEnd, HideExplanations: true, Origins: []string{"https://lms.example.edu", "http://localhost:8080"}, Lang: "uk",
		}, "count=10&explanations=off&feedback=end&lang=uk&levels=recall&origins=https%3A%2F%2Flms.example.edu+http%3A%2F%2Flocalhost%3A8080&pass=70&questions=tf%2Cone&retries=1&sections=eu%2Cfirst&seed=42&shuffle=1&shuffle-choices=1&tags=core%2Cmemo"},
		{"a SCORM package in Ukrainian", quiz.Settings{PassMark: 70, Lang: "uk"}, "lang=uk&pass=70"},
		{"English, as written", quiz.Settings{Lang: "en"}, "lang=en"},
		{"seed 0 is not the default seed", quiz.Settings{Seed: &zero}, "seed=0"},
		{"retries refused", quiz.Settings{Retries: &no}, "retries=0"},
		{"feedback now, as written", quiz.Settings{Feedback: quiz.FeedbackNow}, "feedback=now"},
		{"the teachers' page's link", quiz.Settings{Sections: []string{"eu", "first"}, PassMark: 70, Feedback: quiz.FeedbackEnd, Origins: []string{"https://moodle.example.edu"}},
			"feedback=end&origins=https%3A%2F%2Fmoodle.example.edu&pass=70&sections=eu%2Cfirst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.s.Encode()
			if got != tt.want {
				t.Errorf("Encode() = %q, want %q", got, tt.want)
			}
			back, notices := quiz.ParseSettings(got)
			if len(notices) > 0 {
				t.Errorf("ParseSettings(%q) noticed %q in a link Encode wrote", got, notices)
			}
			if !reflect.DeepEqual(back, tt.s) {
				t.Errorf("ParseSettings(%q)\n got %s\nwant %s", got, show(back), show(tt.s))
			}
		})
	}
}

// TestParseSettingsReadsLinksAsWritten: a link typed by hand (any order,
// a leading "?", "70%", on/off for 1/0, spaces) reads as the same
// settings as the link Encode writes for them.
func TestParseSettingsReadsLinksAsWritten(t *testing.T) {
	tests := []struct{ query, canonical string }{
		{"?sections=eu&pass=70%25", "pass=70&sections=eu"},
		{"shuffle=on&shuffle-choices=yes&explanations=off&retries=true", "explanations=off&retries=1&shuffle=1&shuffle-choices=1"},
		{"shuffle=0&explanations=on", ""},
		{"questions=+one,%20tf,,&tags=core%09memo", "questions=one%2Ctf&tags=core%2Cmemo"},
		{"origins=https://a.example,https://b.example%20https://c.example", "origins=https%3A%2F%2Fa.example+https%3A%2F%2Fb.example+https%3A%2F%2Fc.example"},
		{"lang=UK&pass=70", "lang=uk&pass=70"},
	}
	for _, tt := range tests {
		s, notices := quiz.ParseSettings(tt.query)
		if len(notices) > 0 {
			t.Errorf("ParseSettings(%q) notices %q", tt.query, notices)
		}
		if got := s.Encode(); got != tt.canonical {
			t.Errorf("ParseSettings(%q).Encode() = %q, want %q", tt.query, got, tt.canonical)
		}
	}
}

// TestParseSettingsKeepsOnlyOrigins checks which pages an embed link lets
// receive results: only bare http(s) origins, since each becomes
// postMessage's targetOrigin; anything else is ignored with a notice that
// names it.
func TestParseSettingsKeepsOnlyOrigins(t *testing.T) {
	tests := []struct {
		query            string
		origins, ignored []string
	}{
		{"", nil, nil},
		{"sections=eu", nil, nil},
		{"origins=https://lms.example.edu", []string{"https://lms.example.edu"}, nil},
		{"origins=http://localhost:8080", []string{"http://localhost:8080"}, nil},
		{"origins=https://a.example,https://b.example%20https://c.example", []string{"https://a.example", "https://b.example", "https://c.example"}, nil},
		{"origins=https://lms.example.edu/course", nil, []string{"https://lms.example.edu/course"}},
		{"origins=https://lms.example.edu/", nil, []string{"https://lms.example.edu/"}},
		{"origins=https://lms.example.edu?x=1", nil, []string{"https://lms.example.edu?x=1"}},
		{"origins=javascript:alert(1)", nil, []string{"javascript:alert(1)"}},
		{"origins=*", nil, []string{"*"}},
		{"origins=lms.example.edu", nil, []string{"lms.example.edu"}},
		{"origins=https://", nil, []string{"https://"}},
		{"origins=ftp://files.example,https://ok.example", []string{"https://ok.example"}, []string{"ftp://files.example"}},
	}
	for _, tt := range tests {
		s, notices := quiz.ParseSettings(tt.query)
		var ignored []string
		for _, n := range quiz.NoticeStrings(notices) {
			if q, _, ok := strings.Cut(strings.TrimPrefix(n, "Ignored "), " as a place to send results: use an origin like https://lms.example.edu."); ok {
				if u, err := strconv.Unquote(q); err == nil {
					ignored = append(ignored, u)
					continue
				}
			}
			t.Errorf("ParseSettings(%q): unexpected notice %q", tt.query, n)
		}
		if !slices.Equal(s.Origins, tt.origins) || !slices.Equal(ignored, tt.ignored) {
			t.Errorf("ParseSettings(%q).Origins = %q, ignored %q; want %q, ignored %q", tt.query, s.Origins, ignored, tt.origins, tt.ignored)
		}
	}
}

// TestIdentityLeavesTheQuizSettings checks that where results go and the
// language are taken out of the quiz's settings (its xAPI activity id),
// and nothing else.
func TestIdentityLeavesTheQuizSettings(t *testing.T) {
	tests := []struct{ query, want string }{
		{"", ""},
		{"sections=eu&feedback=end", "sections=eu&feedback=end"},
		{"origins=https://lms.example.edu", ""},
		{"sections=eu&origins=https://lms.example.edu", "sections=eu"},
		{"lang=uk", ""},
		{"sections=eu&lang=uk&origins=https://lms.example.edu", "sections=eu"},
		// The same quiz with and without lang= is one quiz, as written.
		{"sections=eu,nato&lang=uk", "sections=eu,nato"},
		{"lang=uk&sections=eu,nato", "sections=eu,nato"},
		{"sections=eu,nato", "sections=eu,nato"},
		// origins named but empty, or named twice, is still where results go.
		{"sections=eu&origins=", "sections=eu"},
		{"origins=&origins=https://lms.example.edu&sections=eu", "sections=eu"},
	}
	for _, tt := range tests {
		if got := quiz.Identity(tt.query); got != tt.want {
			t.Errorf("Identity(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

// TestParseOptionsRefusesOrigins: a quiz that reports to the platform
// running it (a SCORM package) says so when its link names pages to send
// results to, instead of dropping them silently.
func TestParseOptionsRefusesOrigins(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	_, notices := quiz.ParseOptions("origins=https://lms.example.edu&pass=70", l)
	if len(notices) != 1 || !strings.Contains(notices[0].String(), "origins") {
		t.Errorf("notices %q, want one about origins", notices)
	}
}

// show prints settings with their pointers followed.
func show(s quiz.Settings) string {
	seed, retries := "nil", "nil"
	if s.Seed != nil {
		seed = strconv.FormatUint(*s.Seed, 10)
	}
	if s.Retries != nil {
		retries = strconv.FormatBool(*s.Retries)
	}
	return fmt.Sprintf("%+v with seed %s, retries %s", s, seed, retries)
}

// TestLangLeavesTheQuizAlone: the language is how a package's quiz is
// shown, not which quiz it is: the options, and so the progress kept
// under them, are the same in every language.
func TestLangLeavesTheQuizAlone(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	en, _ := quiz.ParseOptions("pass=70&sections=budapest", l)
	uk, notices := quiz.ParseOptions("pass=70&sections=budapest&lang=uk", l)
	if len(notices) > 0 || !reflect.DeepEqual(en, uk) {
		t.Errorf("lang=uk changed the options: %+v, notices %q; want %+v", uk, notices, en)
	}
	s, notices := quiz.ParseSettings("lang=fr")
	if s.Lang != "" || len(notices) != 1 || !strings.Contains(notices[0].String(), `lang="fr"`) {
		t.Errorf("lang=fr read as %q with notices %q, want no language and a notice", s.Lang, notices)
	}
}
