package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestEmbedLinkSendsResultsOnlyToItsOrigins: a link's origins (read by
// quiz.ParseSettings, tested there) reach the quiz page as the pages that
// get statements, a bad one as a notice, and neither changes which quiz
// it is: the same progress and the same xAPI activity.
func TestEmbedLinkSendsResultsOnlyToItsOrigins(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	sec := l.Sections[0].ID
	plain := placeFor(l, "sections="+sec)
	p := placeFor(l, "sections="+sec+"&origins=https://lms.example.edu%20https://lms.example.edu/course")
	if want := []string{"https://lms.example.edu"}; !slices.Equal(p.Origins, want) {
		t.Errorf("Origins = %q, want %q", p.Origins, want)
	}
	if len(p.Notices) != 1 || !strings.Contains(p.Notices[0], `"https://lms.example.edu/course" as a place to send results`) {
		t.Errorf("Notices = %q, want one about https://lms.example.edu/course", p.Notices)
	}
	if p.Key != plain.Key || p.activity().ID != plain.activity().ID {
		t.Errorf("origins changed the quiz: key %q, activity %q; without them %q, %q", p.Key, p.activity().ID, plain.Key, plain.activity().ID)
	}
	if len(plain.Origins) != 0 || len(plain.Notices) != 0 {
		t.Errorf("a link without origins: Origins %q, Notices %q", plain.Origins, plain.Notices)
	}
}
