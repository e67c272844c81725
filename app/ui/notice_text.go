package ui

import (
	"fmt"
	"strconv"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
)

// noticeText is a notice from the engine or the analysis (a quiz link's
// ignored settings, a question's warnings) in the language pages render
// in. Each comes as a format, which the catalogue translates (it lists
// quiz.NoticeFormats and analysis.FlagFormats), and its arguments, whose
// decimals are written the language's way (0,95 in Ukrainian).
func noticeText(n quiz.Notice) string {
	args := make([]any, len(n.Args))
	for i, a := range n.Args {
		if f, ok := a.(float64); ok {
			a = localFloat(f)
		}
		args[i] = a
	}
	return Lf(n.Format, args...)
}

// refusalText is why the class page refused a file, in the language pages
// render in: a refusal of app/analysis is translated like a notice, with
// the refusals among its arguments ("statement 3") translated too; any
// other error (the browser could not read the file) is said as it is.
func refusalText(err error) string {
	n, ok := analysis.Refusal(err)
	if !ok {
		return err.Error()
	}
	args := make([]any, len(n.Args))
	for i, a := range n.Args {
		if e, ok := a.(error); ok {
			if _, inner := analysis.Refusal(e); inner {
				a = refusalText(e)
			}
		}
		args[i] = a
	}
	return noticeText(quiz.Notice{Format: n.Format, Args: args})
}

// noticeTexts are noticeText of each notice.
func noticeTexts(ns []quiz.Notice) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = noticeText(n)
	}
	return out
}

// localFloat is a number that formats (%.2f, %g…) with the decimal
// separator of the language pages render in.
type localFloat float64

// Format implements fmt.Formatter.
func (f localFloat) Format(s fmt.State, verb rune) {
	prec, ok := s.Precision()
	if !ok {
		prec = -1
	}
	switch verb {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		verb = 'g'
	}
	s.Write([]byte(localNumber(strconv.FormatFloat(float64(f), byte(verb), prec, 64))))
}
