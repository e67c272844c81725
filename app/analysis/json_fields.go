package analysis

import (
	"strconv"
	"strings"
)

// Reading JSON values into Go fields as encoding/json does: keys matched
// without regard to case, null leaving a field as it was, a value of the
// wrong kind recorded and skipped, slices filled in place.
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
