package report

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"beyondbudapest/app/quiz"
)

func TestClipCutsWholeCharacters(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"Budapest", 8, "Budapest"},
		{"Budapest", 5, "Buda…"},
		{"Szőnyi", 3, "Sz…"},
		{"Trianon – 1920", 14, "Trianon – 1920"}, // 16 bytes, 14 characters: not cut
		{"árvíztűrő", 4, "árv…"},
	}
	for _, tt := range tests {
		if got := clip(tt.s, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestLongTextIsNeverCutInsideACharacter: an LRS or an LMS may refuse a
// statement or a value that is not valid UTF-8, so text cut to a length
// limit must end on a whole character, in xAPI and in both SCORM
// editions. The prompt's 'ő' (two bytes) straddle every byte limit.
func TestLongTextIsNeverCutInsideACharacter(t *testing.T) {
	long := "A" + strings.Repeat("ő", 300)
	q := &quiz.Question{ID: "long", Kind: quiz.Text, Prompt: long, Answers: []string{long}}
	a := quiz.Answer{Response: quiz.Response{Text: long}, Checked: true}
	now := time.Date(2026, 11, 26, 9, 0, 0, 0, time.UTC)

	st := Answered(Actor{}, Quiz{ID: "https://example.org/quiz"}, q, a, time.Second, now)
	texts := map[string]string{"xAPI name": st.Object.Definition.Name["en-US"], "xAPI response": st.Result.Response}
	for _, v := range SCORMVersions {
		for _, s := range SCORMAnswered(v, 0, q, a, time.Second, now) {
			texts["SCORM "+string(v)+" "+s.Element] = s.Value
		}
	}
	for where, s := range texts {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: it ends %q", where, s[max(0, len(s)-6):])
		}
	}
	if got := utf8.RuneCountInString(texts["xAPI name"]); got != 200 {
		t.Errorf("the xAPI name is %d characters, want 200", got)
	}
}
