package analysis

import (
	"unicode/utf16"
	"unicode/utf8"
)

// The literals of JSON's grammar: true, false, null, numbers and strings,
// checked as encoding/json's scanner checks them, and a string's value.
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
