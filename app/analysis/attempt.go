// Package analysis reads a class's results (the app's own result files,
// JSON or CSV, and xAPI statements) and computes what a teacher needs to
// read them: the class's scores, an item analysis of every question,
// mastery per explainer section and source fact, and a line per student.
//
// It is pure Go, like app/quiz: no go-app, no syscall/js, no network. The
// class page runs it in the browser, so nothing a teacher drops on the page
// leaves the device, and every figure is checked in plain table tests.
// Answers are graded again with the quiz engine (quiz.GradeResponse): a
// score written in a file is never trusted.
package analysis

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"

	"beyondbudapest/app/quiz"
)

// Attempt is one student's run through a quiz, from whichever format it
// was read: what is needed to analyse it and nothing else. It is also what
// the class page keeps on the device, so its JSON keys are short.
type Attempt struct {
	Student  string    `json:"student,omitempty"` // The device's pseudonymous id; "" when the file has none.
	Name     string    `json:"name,omitempty"`    // Typed by the student into the result file; may be "".
	Source   string    `json:"source"`            // The file it was read from.
	Lesson   string    `json:"lesson,omitempty"`  // The lesson version the student answered.
	Finished time.Time `json:"finished"`
	Seconds  int       `json:"seconds,omitempty"` // Time spent; 0 when unknown.
	Answers  []Answer  `json:"answers"`
}

// Answer is one question the student was given.
type Answer struct {
	Question string        `json:"q"`
	Hash     string        `json:"h,omitempty"` // quiz.Question.Hash when answered, or an xAPI fingerprint (see xapiHash).
	Answered bool          `json:"a,omitempty"` // False: given but skipped.
	Response quiz.Response `json:"r"`
	Tries    int           `json:"t,omitempty"`
}

// Label names the student in tables: the typed name, else the
// pseudonymous id, else the file.
func (a Attempt) Label() string {
	switch {
	case a.Name != "":
		return a.Name
	case a.Student != "":
		return a.Student
	}
	return a.Source
}

// key says which attempts belong to the same student: the pseudonymous id,
// or, for a file without one, the answers themselves.
func (a Attempt) key() string {
	if a.Student != "" {
		return "student:" + a.Student
	}
	return "answers:" + a.fingerprint()
}

// fingerprint identifies an attempt by its lesson and answers, whatever
// file format it came in and whenever it was downloaded: the JSON and the
// CSV of one attempt have the same fingerprint.
func (a Attempt) fingerprint() string {
	h := sha256.New()
	buf := make([]byte, 0, 64)
	str := func(s string) {
		buf = append(strconv.AppendInt(buf[:0], int64(len(s)), 10), ':')
		h.Write(buf)
		h.Write([]byte(s))
	}
	ints := func(xs []int) {
		buf = append(strconv.AppendInt(buf[:0], int64(len(xs)), 10), '[')
		for _, x := range xs {
			buf = append(strconv.AppendInt(buf, int64(x), 10), ',')
		}
		h.Write(buf)
	}
	str(a.Lesson)
	for _, ans := range a.Answers {
		str(ans.Question)
		str(ans.Hash)
		str(strconv.FormatBool(ans.Answered) + strconv.Itoa(ans.Tries))
		ints(ans.Response.Choices)
		ints(ans.Response.Order)
		ints(ans.Response.Matches)
		str(ans.Response.Text)
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Class is every attempt loaded so far, with what was refused or set
// aside on the way. The class page keeps it on the device between visits.
type Class struct {
	Attempts []Attempt `json:"attempts"`
	// Rejected holds one "file name: what is wrong" line per refused file.
	Rejected []string `json:"rejected,omitempty"`
	// Duplicates counts attempts loaded again (the same file twice, or the
	// JSON and the CSV of one attempt); each counts once.
	Duplicates int `json:"duplicates,omitempty"`
	// Earlier counts attempts set aside because the same student has a
	// later one: a class is analysed on each student's latest attempt.
	Earlier int `json:"earlier,omitempty"`
	// Seen holds the fingerprint of every attempt loaded, kept or not, so
	// that loading any of them again counts as a duplicate.
	Seen map[string]bool `json:"seen,omitempty"`

	index map[string]int // key → position in Attempts; rebuilt when stale.

	// Say puts the reason a file was refused into words (a page's
	// language, from Refusal); nil says it in English.
	Say func(error) string `json:"-"`
}

// Add reads one file and adds its attempts; a file that cannot be read is
// recorded in Rejected and the class is otherwise unchanged.
func (c *Class) Add(name string, data []byte) {
	attempts, err := Parse(name, data)
	if err != nil {
		c.Refuse(name, err)
		return
	}
	for _, a := range attempts {
		c.add(a)
	}
}

// Refuse records a file that was not read at all, such as one over
// MaxFileSize, which the page turns down before loading it into memory.
func (c *Class) Refuse(name string, err error) {
	why := err.Error()
	if c.Say != nil {
		why = c.Say(err)
	}
	c.Rejected = append(c.Rejected, displayName(name)+": "+why)
}

// TooLarge is the refusal of a file of size bytes, or nil when it may be read.
func TooLarge(size int) error {
	if size > MaxFileSize {
		return refuse("too large (%s MB; the limit is 1 MB)", sizeMB(size))
	}
	return nil
}

// add keeps each student's latest attempt and counts the rest.
func (c *Class) add(a Attempt) {
	if c.index == nil || len(c.index) != len(c.Attempts) {
		c.index = make(map[string]int, len(c.Attempts))
		for i, old := range c.Attempts {
			c.index[old.key()] = i
		}
	}
	if c.Seen == nil {
		c.Seen = map[string]bool{}
	}
	key, print := a.key(), a.fingerprint()
	if c.Seen[key+" "+print] {
		c.Duplicates++
		return
	}
	c.Seen[key+" "+print] = true
	i, seen := c.index[key]
	if !seen {
		c.index[key] = len(c.Attempts)
		c.Attempts = append(c.Attempts, a)
		return
	}
	c.Earlier++
	if a.Finished.After(c.Attempts[i].Finished) {
		c.Attempts[i] = a
	}
}

// displayName keeps a hostile file name short and on one line; it is
// shown as text, never as HTML.
func displayName(name string) string {
	out := []rune{}
	for _, r := range name {
		if r < ' ' || r == 0x7f {
			r = '?'
		}
		out = append(out, r)
		if len(out) == 80 {
			return string(out) + "…"
		}
	}
	if len(out) == 0 {
		return "(unnamed file)"
	}
	return string(out)
}
