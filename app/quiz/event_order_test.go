package quiz_test

import (
	"testing"

	"beyondbudapest/app/quiz"
)

// TestEventsByDateReadsTheDatesAsShown: the timeline runs earliest first
// whatever order the file lists the events in ("Week of 29 March" before
// "30 March").
func TestEventsByDateReadsTheDatesAsShown(t *testing.T) {
	in := []quiz.Event{
		{ID: "a", Date: "1991"},
		{ID: "b", Date: "5 December 1994"},
		{ID: "c", Date: "24 February 2022"},
		{ID: "d", Date: "30 March 2022"},
		{ID: "e", Date: "Week of 29 March 2022"},
		{ID: "f", Date: "2014"},
		{ID: "g", Date: "March 2022"},
	}
	want := "a b f c g e d"
	got := ""
	for i, e := range quiz.EventsByDate(in) {
		if i > 0 {
			got += " "
		}
		got += e.ID
	}
	if got != want {
		t.Errorf("order %s, want %s", got, want)
	}
	if in[3].ID != "d" {
		t.Error("EventsByDate changed its argument")
	}
}

// The Ukrainian timeline is read the same way.
func TestEventsByDateReadsUkrainianDates(t *testing.T) {
	in := []quiz.Event{
		{ID: "d", Date: "30 березня 2022"},
		{ID: "b", Date: "5 грудня 1994"},
		{ID: "e", Date: "Тиждень 29 березня 2022"},
		{ID: "c", Date: "24 лютого 2022"},
		{ID: "g", Date: "Березень 2022"},
	}
	got := ""
	for _, e := range quiz.EventsByDate(in) {
		got += e.ID
	}
	if got != "bcged" {
		t.Errorf("order %s, want bcged", got)
	}
}
