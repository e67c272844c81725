package quiz

import "fmt"

// Notice is a setting of a quiz link that was ignored, in plain words
// (ParseSettings, Settings.Options). It is kept as a format and its
// arguments rather than as text, so that a page can show it in its own
// language: the UI translates Format, one of NoticeFormats, and formats
// Args into the translation. The quiz engine itself speaks English only.
type Notice struct {
	Format string // One of NoticeFormats.
	Args   []any
}

// String is the notice in English.
func (n Notice) String() string {
	return fmt.Sprintf(n.Format, n.Args...)
}

// noticef is the notice with format, which must be listed in
// NoticeFormats (TestNoticeFormatsAreListed).
func noticef(format string, args ...any) Notice {
	return Notice{Format: format, Args: args}
}

// NoticeFormats lists every format a Notice can have, so that a
// translation can be checked to cover them all (the UI's catalogue test).
var NoticeFormats = []string{
	// ParseSettings.
	"Ignored the link's settings: they are longer than %d characters.",
	"Ignored settings that could not be read (%v).",
	"Ignored count %q: use a whole number of questions, 1 or more.",
	"Ignored seed %q: use a whole number.",
	"Ignored %s=%q: use 1 or 0.",
	"Ignored pass mark %q: use a percentage from 1 to 100.",
	"Ignored feedback=%q: use now or end.",
	"Ignored retries=%q: use 1 or 0.",
	"Ignored explanations=%q: use on or off.",
	"Ignored lang=%q: use one of %s.",
	"Ignored %q as a place to send results: use an origin like https://lms.example.edu.",
	"Ignored unknown setting %q.",
	// Settings.Options.
	"Ignored unknown level %q.",
	"Ignored unknown section %q.",
	"Ignored unknown tag %q.",
	"Ignored unknown question ids: %s.",
	"Ignored unknown question ids: %s, and %d more.",
	"Ignored the question filters: no question matches all of them.",
	// ParseOptions.
	"Ignored origins: this quiz reports only to the platform that runs it, never to a web page.",
}

// NoticeStrings are the notices in English.
func NoticeStrings(ns []Notice) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.String()
	}
	return out
}
