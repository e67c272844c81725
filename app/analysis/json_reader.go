package analysis

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonReader reads JSON without reflection, for the few types the class
// page decodes from every file (fileJSON, quiz.Response; see file_json.go).
// encoding/json took about 6 ms per result file under wasm, which made 500
// files wait seconds; this reads the same file in a fraction of that.
//
// It accepts and refuses what encoding/json does, in the same order of
// precedence: a syntax error anywhere wins (the whole text is checked),
// then an error that stops encoding/json's decoding (a bad time), then the
// first value of the wrong type, after which reading goes on.
// FuzzFileJSONMatchesEncodingJSON holds it to that.
type jsonReader struct {
	data  []byte
	pos   int
	depth int // Objects and arrays open at pos.

	syntax *jsonSyntaxError // The first syntax error; nothing is read after it.
	hard   error            // The first error that stops encoding/json's decoding.
	typ    *jsonTypeError   // The first value of the wrong type.
}

// maxJSONDepth is encoding/json's limit on nesting (maxNestingDepth in
// encoding/json/scanner.go): deeper text is a syntax error there and here.
const maxJSONDepth = 10000

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

// space skips JSON's white space, which is narrower than Unicode's.
func (r *jsonReader) space() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// at reports whether the next byte is c.
func (r *jsonReader) at(c byte) bool { return r.pos < len(r.data) && r.data[r.pos] == c }

// next is the next byte, or 0 at the end of the text.
func (r *jsonReader) next() byte {
	if r.pos < len(r.data) {
		return r.data[r.pos]
	}
	return 0
}

// open enters an object or array at the current byte.
func (r *jsonReader) open() bool {
	r.depth++
	if r.depth > maxJSONDepth {
		r.fail("exceeded max depth")
		return false
	}
	r.pos++
	return true
}

// top reads the whole text as one value with read, which is called at the
// value's first byte, and refuses anything after it.
func (r *jsonReader) top(read func()) error {
	r.space()
	read()
	if r.ok() {
		r.space()
		if r.pos < len(r.data) {
			r.fail("after top-level value")
		}
	}
	return r.err()
}

// object reads an object at the current byte ('{'), calling field with
// each key (escapes resolved) at the start of its value; field must read
// the value.
func (r *jsonReader) object(field func(key []byte)) {
	if !r.open() {
		return
	}
	r.space()
	if r.at('}') {
		r.pos++
		r.depth--
		return
	}
	for r.ok() {
		r.space()
		if !r.at('"') {
			r.fail("looking for beginning of object key string")
			return
		}
		raw, plain := r.stringRaw()
		if !r.ok() {
			return
		}
		if !plain {
			raw = []byte(unquote(raw))
		}
		r.space()
		if !r.at(':') {
			r.fail("after object key")
			return
		}
		r.pos++
		r.space()
		field(raw)
		if !r.ok() {
			return
		}
		r.space()
		switch r.next() {
		case ',':
			r.pos++
		case '}':
			r.pos++
			r.depth--
			return
		default:
			r.fail("after object key:value pair")
			return
		}
	}
}

// array reads an array at the current byte ('['), calling elem with each
// index at the start of its value; elem must read the value. It returns
// how many elements there were.
func (r *jsonReader) array(elem func(i int)) int {
	if !r.open() {
		return 0
	}
	r.space()
	if r.at(']') {
		r.pos++
		r.depth--
		return 0
	}
	for i := 0; r.ok(); i++ {
		r.space()
		elem(i)
		if !r.ok() {
			return i
		}
		r.space()
		switch r.next() {
		case ',':
			r.pos++
		case ']':
			r.pos++
			r.depth--
			return i + 1
		default:
			r.fail("after array element")
			return i
		}
	}
	return 0
}

// keyIs reports whether an object key names field name. encoding/json
// matches keys without regard to case (bytes.EqualFold), so "APP" sets
// "app" there, and here too.
func keyIs(key []byte, name string) bool {
	return string(key) == name || strings.EqualFold(string(key), name)
}

// str reads a string into *dst; null leaves it as it was.
func (r *jsonReader) str(dst *string, field string) {
	switch r.next() {
	case '"':
		raw, plain := r.stringRaw()
		if !r.ok() {
			return
		}
		if plain {
			*dst = string(raw)
		} else {
			*dst = unquote(raw)
		}
	case 'n':
		r.literal("null")
	default:
		r.wrongType(field, "text")
	}
}

// boolean reads true or false into *dst; null leaves it as it was.
func (r *jsonReader) boolean(dst *bool, field string) {
	switch r.next() {
	case 't':
		if r.literal("true") {
			*dst = true
		}
	case 'f':
		if r.literal("false") {
			*dst = false
		}
	case 'n':
		r.literal("null")
	default:
		r.wrongType(field, "true or false")
	}
}

// integer reads a whole number into *dst; null leaves it as it was. A
// number with a fraction or exponent, or one beyond int64, is of the wrong
// type, as in encoding/json, which parses it with strconv.ParseInt.
func (r *jsonReader) integer(dst *int, field string) {
	switch c := r.next(); {
	case c == '-' || c >= '0' && c <= '9':
		start := r.pos
		raw := r.number()
		if !r.ok() {
			return
		}
		n, err := parseInt(raw)
		if err {
			if r.typ == nil {
				r.typ = &jsonTypeError{field: field, value: valueKind(r.data[start:r.pos]), want: "a whole number"}
			}
			return
		}
		*dst = n
	case c == 'n':
		r.literal("null")
	default:
		r.wrongType(field, "a whole number")
	}
}

// parseInt is strconv.ParseInt(raw, 10, 64) for a JSON number literal,
// without its allocation for the common short case.
func parseInt(raw []byte) (int, bool) {
	digits := raw
	if digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) > 18 {
		n, err := strconv.ParseInt(string(raw), 10, 64)
		return int(n), err != nil
	}
	n := 0
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, true // a fraction or an exponent
		}
		n = n*10 + int(c-'0')
	}
	if raw[0] == '-' {
		n = -n
	}
	return n, false
}

// ints reads a list of whole numbers into *dst, as encoding/json decodes
// into a slice: it keeps the slice's array and overwrites its elements (a
// null element keeps what was there), an empty list makes an empty,
// non-nil slice, and null makes nil.
func (r *jsonReader) ints(dst *[]int, field string) {
	readList(r, dst, field, "a list of numbers", func(v *int) { r.integer(v, field) })
}

// readList reads a list into *dst with elem, as encoding/json fills a
// slice: it reuses what *dst holds, an empty list makes an empty, non-nil
// slice, and null makes nil.
func readList[T any](r *jsonReader, dst *[]T, field, want string, elem func(*T)) {
	switch r.next() {
	case '[':
		s := *dst
		n := r.array(func(i int) {
			if i < cap(s) {
				s = s[:i+1]
			} else {
				var zero T
				s = append(s, zero)
			}
			elem(&s[i])
		})
		if n == 0 {
			s = []T{}
		}
		*dst = s[:n]
	case 'n':
		if r.literal("null") {
			*dst = nil
		}
	default:
		r.wrongType(field, want)
	}
}

// literal reads true, false or null at the current byte.
func (r *jsonReader) literal(word string) bool {
	for i := 0; i < len(word); i++ {
		if !r.at(word[i]) {
			if i == 0 {
				r.fail("looking for beginning of value")
			} else {
				r.fail("in literal " + word + " (expecting " + quoteChar(word[i]) + ")")
			}
			return false
		}
		r.pos++
	}
	return true
}

// number reads a number literal, checking JSON's grammar, and returns it.
func (r *jsonReader) number() []byte {
	start := r.pos
	if r.at('-') {
		r.pos++
	}
	switch c := r.next(); {
	case c == '0':
		r.pos++
	case c >= '1' && c <= '9':
		r.digits()
	default:
		r.fail("in numeric literal")
		return nil
	}
	if r.at('.') {
		r.pos++
		if c := r.next(); c < '0' || c > '9' {
			r.fail("after decimal point in numeric literal")
			return nil
		}
		r.digits()
	}
	if r.at('e') || r.at('E') {
		r.pos++
		if r.at('+') || r.at('-') {
			r.pos++
		}
		if c := r.next(); c < '0' || c > '9' {
			r.fail("in exponent of numeric literal")
			return nil
		}
		r.digits()
	}
	return r.data[start:r.pos]
}

func (r *jsonReader) digits() {
	for r.pos < len(r.data) && r.data[r.pos] >= '0' && r.data[r.pos] <= '9' {
		r.pos++
	}
}

// stringRaw reads a string literal at the current byte ('"'), checking
// it, and returns what stands between the quotes; plain means it is
// already the string's value (ASCII without escapes), else unquote it.
func (r *jsonReader) stringRaw() (raw []byte, plain bool) {
	r.pos++
	start := r.pos
	plain = true
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		switch {
		case c == '"':
			r.pos++
			return r.data[start : r.pos-1], plain
		case c == '\\':
			plain = false
			r.pos++
			switch r.next() {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				r.pos++
			case 'u':
				r.pos++
				for k := 0; k < 4; k++ {
					if !isHex(r.next()) {
						r.fail(`in \u hexadecimal character escape`)
						return nil, false
					}
					r.pos++
				}
			default:
				r.fail("in string escape code")
				return nil, false
			}
		case c < ' ':
			r.fail("in string literal")
			return nil, false
		default:
			if c >= utf8.RuneSelf {
				plain = false
			}
			r.pos++
		}
	}
	r.fail("in string literal")
	return nil, false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c <= '9':
			c -= '0'
		case c <= 'F':
			c -= 'A' - 10
		default:
			c -= 'a' - 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unquote is the value of a checked string literal's inside, as
// encoding/json makes it: escapes resolved, a broken UTF-16 surrogate or
// invalid UTF-8 byte becoming U+FFFD.
func unquote(raw []byte) string {
	if !containsByte(raw, '\\') && utf8.Valid(raw) {
		return string(raw)
	}
	b := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '\\':
			e := raw[i+1]
			i += 2
			switch e {
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				ch := hex4(raw[i:])
				i += 4
				if utf16.IsSurrogate(ch) {
					if i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
						if pair := utf16.DecodeRune(ch, hex4(raw[i+2:])); pair != utf8.RuneError {
							b = utf8.AppendRune(b, pair)
							i += 6
							continue
						}
					}
					ch = utf8.RuneError
				}
				b = utf8.AppendRune(b, ch)
			default: // '"', '\\', '/'
				b = append(b, e)
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			ch, size := utf8.DecodeRune(raw[i:])
			if ch == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, raw[i:i+size]...)
			}
			i += size
		}
	}
	return string(b)
}

func containsByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// skip reads any value, checking it, and keeps nothing. Nesting is
// followed with a stack rather than recursion, so a hostile file of
// 10,000 open brackets costs no more than any other.
func (r *jsonReader) skip() {
	var stack []byte // '{' or '[' for each level open inside the value
	for r.ok() {
		r.space()
		switch c := r.next(); {
		case c == '{' || c == '[':
			if !r.open() {
				return
			}
			r.space()
			if c == '{' && r.at('}') || c == '[' && r.at(']') {
				r.pos++
				r.depth--
				break
			}
			stack = append(stack, c)
			if c == '{' && !r.key() {
				return
			}
			continue // to the first value inside
		case c == '"':
			r.stringRaw()
		case c == 't':
			r.literal("true")
		case c == 'f':
			r.literal("false")
		case c == 'n':
			r.literal("null")
		case c == '-' || c >= '0' && c <= '9':
			r.number()
		default:
			r.fail("looking for beginning of value")
		}
		// After a value: close what ends here, then go on to the next value.
		for r.ok() {
			if len(stack) == 0 {
				return
			}
			r.space()
			open := stack[len(stack)-1]
			switch c := r.next(); {
			case c == ',':
				r.pos++
				if open == '{' {
					r.space()
					if !r.key() {
						return
					}
				}
			case open == '{' && c == '}' || open == '[' && c == ']':
				r.pos++
				r.depth--
				stack = stack[:len(stack)-1]
				continue
			case open == '{':
				r.fail("after object key:value pair")
			default:
				r.fail("after array element")
			}
			break
		}
	}
}

// key reads an object key and its colon, inside skip.
func (r *jsonReader) key() bool {
	if !r.at('"') {
		r.fail("looking for beginning of object key string")
		return false
	}
	r.stringRaw()
	r.space()
	if r.ok() && !r.at(':') {
		r.fail("after object key")
	}
	r.pos++
	return r.ok()
}
