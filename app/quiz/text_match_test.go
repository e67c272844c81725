package quiz_test

import (
	"testing"

	"beyondbudapest/app/quiz"
)

// TestTypedAnswersAreMarkedLikeAFairTeacher: extra words around the key
// term and one-letter slips are accepted, the slips with a spelling note;
// hedges, other terms, near-miss dates and short words stay wrong.
func TestTypedAnswersAreMarkedLikeAFairTeacher(t *testing.T) {
	tests := []struct {
		typed   string
		answers []string
		want    quiz.TextMatch
	}{
		// Exact, up to case, quotes, spaces and end punctuation.
		{"Istanbul", []string{"Istanbul"}, quiz.TextExact},
		{"  istanbul. ", []string{"Istanbul"}, quiz.TextExact},
		{"Budapest-Memorandum", []string{"Budapest Memorandum"}, quiz.TextExact},
		{"Budapest, Memorandum", []string{"Budapest Memorandum"}, quiz.TextExact},
		{"‘Budapest’", []string{"Budapest"}, quiz.TextExact},
		// Extra words around the key term.
		{"Istanbul, Turkey", []string{"Istanbul"}, quiz.TextWithin},
		{"Donbas region", []string{"Donbas"}, quiz.TextWithin},
		{"the Donbas", []string{"Donbas"}, quiz.TextWithin},
		{"in Istanbul (Turkey)", []string{"Istanbul"}, quiz.TextWithin},
		{"the Budapest Memorandum of 1994", []string{"Budapest Memorandum"}, quiz.TextWithin},
		{"article 5 of the treaty", []string{"5"}, quiz.TextWithin},
		// One-letter slips: missing, extra, wrong or swapped letters.
		{"memorandom", []string{"memorandum"}, quiz.TextTypo},
		{"Istambul", []string{"Istanbul"}, quiz.TextTypo},
		{"Istanbull", []string{"Istanbul"}, quiz.TextTypo},
		{"Istnabul", []string{"Istanbul"}, quiz.TextTypo},
		{"Budapest memorandom", []string{"Budapest Memorandum"}, quiz.TextTypo},
		{"Istambul, Turkey", []string{"Istanbul"}, quiz.TextTypo},
		// A slip in one alternative, another alternative exact: exact wins.
		{"Kyiv", []string{"Kiev", "Kyiv"}, quiz.TextExact},
		// Wrong answers stay wrong.
		{"Minsk", []string{"Istanbul"}, quiz.TextWrong},
		{"", []string{"Istanbul"}, quiz.TextWrong},
		{"Istanbul or Minsk", []string{"Istanbul"}, quiz.TextWrong},
		{"not Istanbul", []string{"Istanbul"}, quiz.TextWrong},
		{"Minsk and Istanbul", []string{"Istanbul"}, quiz.TextWrong},
		{"Istanbul, Minsk, Budapest, Paris, Geneva and Helsinki", []string{"Istanbul"}, quiz.TextWrong},
		{"Istanbulgrad", []string{"Istanbul"}, quiz.TextWrong},
		{"Istandbull", []string{"Istanbul"}, quiz.TextWrong}, // two slips
		{"1993", []string{"1994"}, quiz.TextWrong},           // a date one digit off is another date
		{"article 6", []string{"article 5"}, quiz.TextWrong},
		{"Kyev", []string{"Kiev"}, quiz.TextWrong}, // four letters: no slip forgiven
		{"EV", []string{"EU"}, quiz.TextWrong},
		{"Budapest", []string{"Budapest Memorandum"}, quiz.TextWrong}, // part of the key term is not enough
		// Ukrainian: case, every apostrophe form, Latin lookalikes typed
		// inside a Cyrillic word, and the official Latin transliteration.
		{"будапештський МЕМОРАНДУМ", []string{"Будапештський меморандум"}, quiz.TextExact},
		{"обов'язкові", []string{"обовʼязкові"}, quiz.TextExact},
		{"обов’язкові", []string{"обовʼязкові"}, quiz.TextExact},
		{"Радiна", []string{"Радіна"}, quiz.TextExact}, // a Latin i
		{"Donbas", []string{"Донбас"}, quiz.TextExact},
		{"Arakhamiia", []string{"Арахамія"}, quiz.TextExact},
		{"Arakhamia", []string{"Арахамія"}, quiz.TextTypo},
		{"ratyfikuvaty", []string{"ратифікувати"}, quiz.TextExact},
		{"yevropeiskyi soiuz", []string{"Європейський союз"}, quiz.TextExact},
		{"Згода", []string{"згода"}, quiz.TextExact},
		{"zghoda", []string{"згода"}, quiz.TextExact},
		{"у Стамбулі, Туреччина", []string{"Стамбулі"}, quiz.TextWithin},
		{"Стамбул або Мінськ", []string{"Стамбул"}, quiz.TextWrong},
		{"не Стамбул", []string{"Стамбул"}, quiz.TextWrong},
		{"Мінськ", []string{"Стамбул"}, quiz.TextWrong},
		{"Istanbul", []string{"Стамбул"}, quiz.TextWrong}, // another name, not a spelling: list it as an answer
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			if got := quiz.MatchText(tt.typed, tt.answers); got != tt.want {
				t.Errorf("MatchText(%q, %q) = %v, want %v", tt.typed, tt.answers, got, tt.want)
			}
		})
	}
}

// TestTypedAnswerGradesCarryTheSpellingNote: the grade of a text question
// gives full credit for every accepted form and flags only the slips.
func TestTypedAnswerGradesCarryTheSpellingNote(t *testing.T) {
	l := mustLoad(t, goodQuiz)
	q, _ := l.Question("typed")
	tests := []struct {
		typed        string
		wantScore    float64
		wantSpelling bool
	}{
		{"Budapest Memorandum", 1, false},
		{"the Budapest Memorandum of 1994", 1, false},
		{"Budapset", 1, true},
		{"Minsk", 0, false},
	}
	for _, tt := range tests {
		g := quiz.GradeResponse(q, quiz.Response{Text: tt.typed})
		if g.Score != tt.wantScore || g.Spelling != tt.wantSpelling {
			t.Errorf("%q: score %v, spelling note %v; want %v, %v", tt.typed, g.Score, g.Spelling, tt.wantScore, tt.wantSpelling)
		}
	}
}
