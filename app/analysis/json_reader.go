package analysis

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
//
// This file walks the text: objects, arrays and values skipped unread.
// The errors are in json_errors.go, the literals (numbers, strings) in
// json_literals.go, and reading values into Go fields in json_fields.go.
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
