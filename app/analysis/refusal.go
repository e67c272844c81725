package analysis

import (
	"errors"

	"beyondbudapest/app/quiz"
)

// refusal is why a file, or a part of it, was not read: a format and its
// arguments (a quiz.Notice), so that the class page can say it in its own
// language. An argument may be a refusal itself ("statement 3"), which
// the page translates too.
type refusal struct{ quiz.Notice }

func (r *refusal) Error() string { return r.String() }

// refuse is the refusal with format, which must be listed in
// RefusalFormats (TestRefusalFormatsAreListed).
func refuse(format string, args ...any) error {
	return &refusal{quiz.Notice{Format: format, Args: args}}
}

// Refusal is err as a notice to translate, when it is a refusal of this
// package.
func Refusal(err error) (quiz.Notice, bool) {
	var r *refusal
	if errors.As(err, &r) {
		return r.Notice, true
	}
	return quiz.Notice{}, false
}

// RefusalFormats lists every format a refusal can have, so that a
// translation can be checked to cover them all (the UI's catalogue test).
var RefusalFormats = []string{
	"not a text file (is it a spreadsheet saved as .xlsx? save it as CSV)",
	"the file is empty",
	"not a Beyond Budapest result file (JSON or CSV) or xAPI statements",
	"the file ends too early (truncated?)",
	"not valid JSON at line %d: %s",
	"%q has the wrong type (%s where %s belongs)",
	"not valid JSON: %v",
	`not a Beyond Budapest result file (no "app": "Beyond Budapest")`,
	"%d questions is more than any quiz of this app has",
	"negative time (%d seconds)",
	"the student id is too long to be one of this app's",
	"the name is longer than %d characters",
	"%s has no id",
	"%s has an id too long to be one of this app's",
	"question %q has %d tries",
	"question %q has a typed answer longer than the quiz allows",
	"question %q has a response too long to be real",
	"not valid CSV at line %d: %v",
	"not valid CSV: %v",
	"the file ends too early (truncated?): no questions table",
	`not a Beyond Budapest result file (the "app" column is not "Beyond Budapest")`,
	"line 2: %q is not a time",
	"line 2: %q is not a number of seconds",
	`line 4: the questions table does not start with a "question" column`,
	"line %d: tries %q is not a number",
	"line %d: the response is damaged",
	"%d statements is more than the page reads from one file (%d)",
	"%s: the learner id is too long",
	"%s: timestamp %q is not a time",
	"%s: %v",
	"no answered or completed statements from this quiz",
	"no answered statements from this quiz",
	"an answer without its interaction definition or result",
	"response %q is not in this app's format",
	"true-false response %q is neither true nor false",
	"a matching question with too many items",
	"interaction type %q is not one this app uses",
	"too large (%s MB; the limit is 1 MB)",
	`"finished" is not a time as this app writes it (2026-11-30T10:00:00Z)`,
	"question %d",
	"line %d",
	"statement %d",
}
