package report

import (
	"fmt"
	"strconv"
	"time"
)

// How long a question or a quiz took, in the three formats results go
// out in. A negative duration (a clock set back) counts as none.

// duration is ISO 8601 with hundredths of a second, as xAPI asks
// (PT540.00S).
func duration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	return fmt.Sprintf("PT%.2fS", d.Seconds())
}

// timespan12 is SCORM 1.2's CMITimeSpan, HHHH:MM:SS.SS.
func timespan12(d time.Duration) string {
	h, m, cs := hoursMinutesHundredths(d)
	return fmt.Sprintf("%04d:%02d:%02d.%02d", h, m, cs/100, cs%100)
}

// timespan2004 is an ISO 8601 duration to the hundredth of a second, as
// SCORM 2004's timeinterval wants (PT1H2M3.45S).
func timespan2004(d time.Duration) string {
	h, m, cs := hoursMinutesHundredths(d)
	s := strconv.FormatFloat(float64(cs)/100, 'f', -1, 64)
	out := "PT"
	if h > 0 {
		out += strconv.FormatInt(h, 10) + "H"
	}
	if m > 0 {
		out += strconv.FormatInt(m, 10) + "M"
	}
	return out + s + "S"
}

// hoursMinutesHundredths splits d, rounded to the hundredth of a second,
// into whole hours, minutes and the hundredths of a second left over.
func hoursMinutesHundredths(d time.Duration) (h, m, cs int64) {
	if d < 0 {
		d = 0
	}
	cs = d.Round(10*time.Millisecond).Milliseconds() / 10
	h, cs = cs/360000, cs%360000
	m, cs = cs/6000, cs%6000
	return h, m, cs
}
