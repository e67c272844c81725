package analysis

import (
	"strconv"
)

// The errors jsonReader reports, in encoding/json's words and order of
// precedence (jsonReader.err).
// jsonSyntaxError is text that is not JSON, at a byte offset. eof marks
// text that ends before its value does: most likely a truncated file.
type jsonSyntaxError struct {
	msg    string
	offset int
	eof    bool
}

func (e *jsonSyntaxError) Error() string { return e.msg }

// jsonTypeError is a value of the wrong kind for its field, such as text
// where a number belongs. field is the path of keys, "questions.tries".
type jsonTypeError struct {
	field, value, want string
}

func (e *jsonTypeError) Error() string {
	return strconv.Quote(e.field) + " has the wrong type (" + e.value + " where " + e.want + " belongs)"
}

// err is the error to report: syntax first, as encoding/json checks the
// whole text before it decodes, then a hard error, then a type error.
func (r *jsonReader) err() error {
	switch {
	case r.syntax != nil:
		return r.syntax
	case r.hard != nil:
		return r.hard
	case r.typ != nil:
		return r.typ
	}
	return nil
}

// ok reports whether reading may go on: no syntax error so far.
func (r *jsonReader) ok() bool { return r.syntax == nil }

// fail records a syntax error at the current byte, or the end of the text
// when there is none left. Only the first one counts.
func (r *jsonReader) fail(context string) {
	if r.syntax != nil {
		return
	}
	if r.pos >= len(r.data) {
		r.syntax = &jsonSyntaxError{msg: "unexpected end of JSON input", offset: len(r.data), eof: true}
		return
	}
	r.syntax = &jsonSyntaxError{msg: "invalid character " + quoteChar(r.data[r.pos]) + " " + context, offset: r.pos}
}

// wrongType records a value of the wrong kind for field and skips it.
func (r *jsonReader) wrongType(field, want string) {
	start := r.pos
	r.skip()
	if r.typ == nil && r.ok() {
		r.typ = &jsonTypeError{field: field, value: valueKind(r.data[start:r.pos]), want: want}
	}
}

// valueKind names a JSON value in an error message.
func valueKind(raw []byte) string {
	switch raw[0] {
	case '"':
		return "text"
	case '{':
		return "an object"
	case '[':
		return "a list"
	case 't', 'f':
		return string(raw)
	}
	return "the number " + clip(string(raw))
}

// quoteChar shows a byte in an error message as encoding/json does.
func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}
