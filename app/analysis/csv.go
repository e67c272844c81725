package analysis

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"beyondbudapest/app/quiz"
)

// ItemsCSV is the item analysis as a spreadsheet, one row per question;
// describe puts the most chosen wrong answer into words.
func (r Report) ItemsCSV(describe func(*quiz.Question, quiz.Response) string) []byte {
	rows := [][]string{{"question", "section", "kind", "prompt", "given", "skipped", "facility", "discrimination_upper_lower_27", "most_chosen_wrong_answer", "chosen_by", "its_feedback", "flags"}}
	for _, it := range r.Items {
		q := it.Question
		disc := ""
		if it.HasDiscrimination {
			disc = num(it.Discrimination)
		}
		wrong, by, feedback := "", "", ""
		if it.Wrong != nil {
			wrong, by, feedback = describe(q, it.Wrong.Response), strconv.Itoa(it.Wrong.Count), it.Wrong.Feedback
		}
		rows = append(rows, []string{q.ID, q.Section, string(q.Kind), cell(q.Prompt), strconv.Itoa(it.Given), strconv.Itoa(it.Skipped),
			num(it.Facility), disc, cell(wrong), by, cell(feedback), cell(strings.Join(quiz.NoticeStrings(it.Flags), " "))})
	}
	return writeCSV(rows)
}

// StudentsCSV is the student table as a spreadsheet.
func (r Report) StudentsCSV() []byte {
	rows := [][]string{{"student", "name", "file", "score", "max", "percent", "seconds", "tries", "missed"}}
	for _, p := range r.People {
		a := p.Attempt
		rows = append(rows, []string{cell(a.Student), cell(a.Name), cell(a.Source), num(p.Points), strconv.Itoa(p.Max),
			num(p.Percent), strconv.Itoa(a.Seconds), strconv.Itoa(p.Tries), cell(strings.Join(p.Missed, " "))})
	}
	return writeCSV(rows)
}

func writeCSV(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows)
	return b.Bytes()
}

// num writes a figure with at most two decimals.
func num(v float64) string {
	return strconv.FormatFloat(float64(int64(v*100+copysignHalf(v)))/100, 'f', -1, 64)
}

func copysignHalf(v float64) float64 {
	if v < 0 {
		return -0.5
	}
	return 0.5
}

// cell keeps text that came from a file (a typed name, a file name) from
// being run as a formula when the CSV is opened in a spreadsheet: a
// leading =, +, - or @ gets an apostrophe, as OWASP advises.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
