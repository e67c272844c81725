package report

import (
	"testing"
	"time"
)

func TestTimespans(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0:                                      "PT0S",
		90*time.Minute + 3456*time.Millisecond: "PT1H30M3.46S",
		-time.Second:                           "PT0S",
	} {
		if got := timespan2004(d); got != want {
			t.Errorf("timespan2004(%v) = %q, want %q", d, got, want)
		}
	}
	if got := timespan12(25*time.Hour + 61*time.Second); got != "0025:01:01.00" {
		t.Errorf("timespan12 = %q", got)
	}
}
