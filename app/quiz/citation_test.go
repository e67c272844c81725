package quiz_test

import (
	"reflect"
	"testing"

	"beyondbudapest/app/quiz"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		in   string
		want []quiz.Segment
	}{
		{"plain", []quiz.Segment{{Text: "plain"}}},
		{"", nil},
		{"A [F5].", []quiz.Segment{{Text: "A "}, {Text: "[F5]", Fact: "F5"}, {Text: "."}}},
		{"[B1][F12]", []quiz.Segment{{Text: "[B1]", Fact: "B1"}, {Text: "[F12]", Fact: "F12"}}},
		{"not [F] or [5] or [F5 or [FF5]", []quiz.Segment{{Text: "not [F] or [5] or [F5 or [FF5]"}}},
		{"<b>[F1]</b>", []quiz.Segment{{Text: "<b>"}, {Text: "[F1]", Fact: "F1"}, {Text: "</b>"}}},
		{"end [", []quiz.Segment{{Text: "end ["}}},
	}
	for _, tt := range tests {
		if got := quiz.Segments(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Segments(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestMarkTermsMarksFirstMentionOfEachTerm(t *testing.T) {
	terms := []quiz.Term{
		{ID: "treaty", Forms: []string{"Treaty", "treaties"}},
		{ID: "ratification", Forms: []string{"Ratification", "ratified"}},
		{ID: "nato", Forms: []string{"NATO"}},
	}
	segs := quiz.MarkTerms(quiz.Segments("Treaties ratified [F2]; a treaty, NATOs and NATO."), terms)
	var got []string
	for _, s := range segs {
		switch {
		case s.Term != "":
			got = append(got, s.Term+":"+s.Text)
		case s.Fact != "":
			got = append(got, "fact:"+s.Fact)
		default:
			got = append(got, s.Text)
		}
	}
	want := []string{"treaty:Treaties", " ", "ratification:ratified", " ", "fact:F2", "; a treaty, NATOs and ", "nato:NATO", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
