package quiz

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// When reads an event's date as shown ("5 December 1994", "March 2022",
// "2014", "Week of 29 March 2022", in Ukrainian "5 грудня 1994",
// "Березень 2022") as year, month and day; month and day
// are 0 when the date does not give them, ok is false when no year is
// found.
func (e Event) When() (year, month, day int, ok bool) {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ").Replace(e.Date)) {
		if n, err := strconv.Atoi(w); err == nil {
			if n > 31 {
				year = n
			} else if day == 0 {
				day = n
			}
			continue
		}
		for m := time.January; m <= time.December; m++ {
			if strings.EqualFold(w, m.String()) {
				month = int(m)
			}
		}
		for i, names := range ukMonths {
			if strings.EqualFold(w, names[0]) || strings.EqualFold(w, names[1]) {
				month = i + 1
			}
		}
	}
	return year, month, day, year != 0
}

// EventsByDate returns the events earliest first, by the dates they show;
// events on the same date, or without a readable one, keep their order in
// the file. A vaguer date ("2014") sorts before precise ones of the same
// year.
func EventsByDate(events []Event) []Event {
	out := slices.Clone(events)
	slices.SortStableFunc(out, func(a, b Event) int {
		ay, am, ad, aok := a.When()
		by, bm, bd, bok := b.When()
		if !aok || !bok {
			return 0
		}
		if c := ay - by; c != 0 {
			return c
		}
		if c := am - bm; c != 0 {
			return c
		}
		return ad - bd
	})
	return out
}

// ukMonths are the Ukrainian month names, as a month ("березень") and in
// a date ("29 березня").
var ukMonths = [12][2]string{
	{"січень", "січня"}, {"лютий", "лютого"}, {"березень", "березня"}, {"квітень", "квітня"},
	{"травень", "травня"}, {"червень", "червня"}, {"липень", "липня"}, {"серпень", "серпня"},
	{"вересень", "вересня"}, {"жовтень", "жовтня"}, {"листопад", "листопада"}, {"грудень", "грудня"},
}
