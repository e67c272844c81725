package analysis

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"beyondbudapest/app/quiz"
)

// MaxFileSize is the largest file the class page reads, 1 MB: a result
// file of the whole lesson is about 15 KB, so anything bigger is not one.
const MaxFileSize = 1 << 20

// Limits on what one file may hold, so a hostile file cannot make the page
// slow or the analysis huge.
const (
	maxQuestions  = 500  // Answers in one result file.
	maxStatements = 5000 // Statements in one xAPI file.
	maxIDLength   = 100  // A question id or student id.
	maxNameLength = 80   // A typed name, in characters.
	maxTries      = 1000 // Checks of one question.
)

// appName is what every result file of this app says in its "app" field.
const appName = "Beyond Budapest"

// Parse reads one file: a result file of this app (JSON or CSV) or xAPI
// statements (a JSON array, or an LRS's {"statements": […]}). The error
// says what is wrong in words a teacher can act on; the file name is
// added by Class.Add.
func Parse(name string, data []byte) ([]Attempt, error) {
	if err := TooLarge(len(data)); err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		return nil, refuse("not a text file (is it a spreadsheet saved as .xlsx? save it as CSV)")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a byte-order mark from a spreadsheet
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) == 0:
		return nil, refuse("the file is empty")
	case trimmed[0] == '[':
		return parseXAPI(name, trimmed)
	case trimmed[0] == '{':
		var f fileJSON
		statements, err := decodeFile(trimmed, &f)
		if statements { // an LRS's {"statements": […], "more": "…"}
			return parseXAPI(name, trimmed)
		}
		if err != nil {
			return nil, jsonError(err, trimmed)
		}
		a, err := f.attempt(name)
		if err != nil {
			return nil, err
		}
		return []Attempt{a}, nil
	case bytes.HasPrefix(trimmed, []byte("app,")):
		a, err := parseFileCSV(name, trimmed)
		if err != nil {
			return nil, err
		}
		return []Attempt{a}, nil
	}
	return nil, refuse("not a Beyond Budapest result file (JSON or CSV) or xAPI statements")
}

// sizeMB is n bytes in MB to one decimal, rounded up, so that a file just
// over the 1 MB limit does not read "1.0 MB; the limit is 1 MB".
func sizeMB(n int) string {
	return strconv.FormatFloat(math.Ceil(float64(n)*10/(1<<20))/10, 'f', 1, 64)
}

// jsonError turns a decoding error, of encoding/json or of jsonReader,
// into words: where a file was cut off, or what is malformed and where.
func jsonError(err error, data []byte) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var ours *jsonSyntaxError
	var ourType *jsonTypeError
	switch {
	case errors.As(err, &ours) && ours.eof:
		return refuse("the file ends too early (truncated?)")
	case errors.As(err, &ours):
		return refuse("not valid JSON at line %d: %s", lineAt(data, int64(ours.offset)), ours.msg)
	case errors.As(err, &ourType):
		return refuse("%q has the wrong type (%s where %s belongs)", ourType.field, ourType.value, ourType.want)
	case errors.Is(err, errNotATime):
		return err
	case errors.As(err, &syn) && strings.Contains(syn.Error(), "unexpected end"):
		return refuse("the file ends too early (truncated?)")
	case errors.As(err, &syn):
		return refuse("not valid JSON at line %d: %s", lineAt(data, syn.Offset), syn.Error())
	case errors.As(err, &typ):
		return refuse("%q has the wrong type (%s where %s belongs)", typ.Field, typ.Value, typ.Type)
	}
	return refuse("not valid JSON: %v", err)
}

func lineAt(data []byte, offset int64) int {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	return bytes.Count(data[:offset], []byte("\n")) + 1
}

// attempt checks a result file as report.File writes it and turns it into
// an Attempt read from the file name.
func (f *fileJSON) attempt(name string) (Attempt, error) {
	if f.App != appName {
		return Attempt{}, refuse(`not a Beyond Budapest result file (no "app": "Beyond Budapest")`)
	}
	if len(f.Questions) > maxQuestions {
		return Attempt{}, refuse("%d questions is more than any quiz of this app has", len(f.Questions))
	}
	a := Attempt{Source: name, Lesson: f.LessonVersion, Finished: f.Finished, Seconds: f.Seconds, Answers: make([]Answer, 0, len(f.Questions))}
	if err := a.setPerson(f.Student, f.Name); err != nil {
		return Attempt{}, err
	}
	if f.Seconds < 0 {
		return Attempt{}, refuse("negative time (%d seconds)", f.Seconds)
	}
	for i, q := range f.Questions {
		ans := Answer{Question: q.ID, Hash: q.Hash, Answered: q.Answered, Tries: q.Tries}
		if q.Response != nil {
			ans.Response = *q.Response
		}
		if err := ans.check(refuse("question %d", i+1)); err != nil {
			return Attempt{}, err
		}
		a.Answers = append(a.Answers, ans)
	}
	return a, nil
}

// setPerson checks the student id and name before they are kept.
func (a *Attempt) setPerson(student, name string) error {
	if len(student) > maxIDLength {
		return refuse("the student id is too long to be one of this app's")
	}
	if utf8.RuneCountInString(name) > maxNameLength {
		return refuse("the name is longer than %d characters", maxNameLength)
	}
	a.Student, a.Name = strings.TrimSpace(student), strings.TrimSpace(name)
	return nil
}

// check refuses what no quiz of this app writes.
func (ans Answer) check(where error) error {
	switch {
	case ans.Question == "":
		return refuse("%s has no id", where)
	case len(ans.Question) > maxIDLength:
		return refuse("%s has an id too long to be one of this app's", where)
	case ans.Tries < 0 || ans.Tries > maxTries:
		return refuse("question %q has %d tries", ans.Question, ans.Tries)
	case utf8.RuneCountInString(ans.Response.Text) > 4*quiz.MaxTextAnswer:
		return refuse("question %q has a typed answer longer than the quiz allows", ans.Question)
	case len(ans.Response.Choices)+len(ans.Response.Order)+len(ans.Response.Matches) > maxQuestions:
		return refuse("question %q has a response too long to be real", ans.Question)
	}
	return nil
}

// parseFileCSV reads a result file saved as CSV: a summary header and
// row, then a questions header and one row per question. Columns are
// found by name, so older files (without hash and response) still load;
// their answers cannot be checked against the lesson and are set apart.
func parseFileCSV(name string, data []byte) (Attempt, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return Attempt{}, refuse("not valid CSV at line %d: %v", pe.Line, pe.Err)
		}
		return Attempt{}, refuse("not valid CSV: %v", err)
	}
	if len(rows) < 3 {
		return Attempt{}, refuse("the file ends too early (truncated?): no questions table")
	}
	if len(rows)-3 > maxQuestions {
		return Attempt{}, refuse("%d questions is more than any quiz of this app has", len(rows)-3)
	}
	summary := columns(rows[0], rows[1])
	if summary["app"] != appName {
		return Attempt{}, refuse(`not a Beyond Budapest result file (the "app" column is not "Beyond Budapest")`)
	}
	a := Attempt{Source: name, Lesson: summary["lesson_version"], Answers: make([]Answer, 0, len(rows)-3)}
	if a.Finished, err = time.Parse(time.RFC3339, summary["finished"]); err != nil {
		return Attempt{}, refuse("line 2: %q is not a time", clip(summary["finished"]))
	}
	if s := summary["seconds"]; s != "" {
		if a.Seconds, err = strconv.Atoi(s); err != nil || a.Seconds < 0 {
			return Attempt{}, refuse("line 2: %q is not a number of seconds", clip(s))
		}
	}
	if err := a.setPerson(summary["student"], summary["name"]); err != nil {
		return Attempt{}, err
	}
	header := rows[2]
	if len(header) == 0 || header[0] != "question" {
		return Attempt{}, refuse(`line 4: the questions table does not start with a "question" column`)
	}
	col := columnsOf(header)
	for n, row := range rows[3:] {
		line := n + 5 // one blank line between the tables, which the reader skips
		ans := Answer{Question: col.get(row, "question"), Hash: col.get(row, "hash"), Answered: col.get(row, "answered") == "true"}
		if s := col.get(row, "tries"); s != "" {
			if ans.Tries, err = strconv.Atoi(s); err != nil {
				return Attempt{}, refuse("line %d: tries %q is not a number", line, clip(s))
			}
		}
		if s := col.get(row, "response"); s != "" {
			if err := decodeResponse([]byte(s), &ans.Response); err != nil {
				return Attempt{}, refuse("line %d: the response is damaged", line)
			}
		}
		if err := ans.check(refuse("line %d", line)); err != nil {
			return Attempt{}, err
		}
		a.Answers = append(a.Answers, ans)
	}
	return a, nil
}

// columns pairs a header row with a value row.
func columns(header, row []string) map[string]string {
	m := make(map[string]string, len(header))
	for i, h := range header {
		if i < len(row) {
			m[h] = row[i]
		}
	}
	return m
}

// columnIndex finds a table's columns by name once, for its many rows:
// name → the positions of the columns so named, in order.
type columnIndex map[string][]int

func columnsOf(header []string) columnIndex {
	c := make(columnIndex, len(header))
	for i, h := range header {
		c[h] = append(c[h], i)
	}
	return c
}

// get is the value of column name in row, or "" when the table has no
// such column or the row stops before it. When a name repeats, the last
// such column the row reaches counts, as with columns.
func (c columnIndex) get(row []string, name string) string {
	at := c[name]
	for k := len(at) - 1; k >= 0; k-- {
		if at[k] < len(row) {
			return row[at[k]]
		}
	}
	return ""
}

// clip shortens a value quoted in an error message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 30 {
		return s
	}
	return string([]rune(s)[:30]) + "…"
}
