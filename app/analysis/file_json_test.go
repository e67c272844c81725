package analysis

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// errorKind sorts a decoding error of encoding/json or of jsonReader on
// data into what the class page tells a teacher apart: a file cut short,
// text that is not JSON, a value of the wrong type, or another refusal (a
// bad time).
//
// A text that ends inside a literal, a number or an escape ("tru", "1.",
// "\u12") is cut short too, though encoding/json calls it invalid: its
// scanner checks the end by feeding itself one space (scanner.eof in
// encoding/json/scanner.go) and reports that space as the invalid
// character, one past the last byte. jsonReader says the file ends early.
func errorKind(err error, data []byte) string {
	var syn *json.SyntaxError
	var ours *jsonSyntaxError
	var typ *json.UnmarshalTypeError
	var ourType *jsonTypeError
	endsInToken := func() bool {
		return strings.HasPrefix(syn.Error(), "invalid character ' ' ") && syn.Offset == int64(len(data)) && !strings.HasSuffix(string(data), " ")
	}
	switch {
	case err == nil:
		return "accepted"
	case errors.As(err, &syn) && (syn.Error() == "unexpected end of JSON input" || endsInToken()), errors.As(err, &ours) && ours.eof:
		return "truncated"
	case errors.As(err, &syn), errors.As(err, &ours):
		return "syntax"
	case errors.As(err, &typ), errors.As(err, &ourType):
		return "type"
	}
	return "other"
}

// stdFile is the reference decodeFile is held to: encoding/json into the
// same struct, and the probe the class page used before it had its own
// reader, which sends a JSON object with a "statements" key to the xAPI
// reader.
func stdFile(data []byte) (f fileJSON, statements bool, err error) {
	var probe struct {
		Statements json.RawMessage `json:"statements"`
	}
	statements = json.Unmarshal(data, &probe) == nil && len(probe.Statements) > 0
	err = json.Unmarshal(data, &f)
	return f, statements, err
}

// sameAsEncodingJSON fails t unless decodeFile and decodeResponse agree
// with encoding/json on data: both accept it, with the same values, or
// both refuse it for the same kind of reason.
func sameAsEncodingJSON(t *testing.T, data []byte) {
	t.Helper()
	want, wantStatements, wantErr := stdFile(data)
	var got fileJSON
	gotStatements, gotErr := decodeFile(data, &got)
	if errorKind(gotErr, data) != errorKind(wantErr, data) {
		t.Fatalf("file %q: decodeFile says %v (%s), encoding/json %v (%s)", data, gotErr, errorKind(gotErr, data), wantErr, errorKind(wantErr, data))
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("file %q:\ndecodeFile   %+v\nencoding/json %+v", data, got, want)
	}
	if gotStatements != wantStatements {
		t.Fatalf("file %q: decodeFile says statements %v, encoding/json's probe %v", data, gotStatements, wantStatements)
	}

	var wantR, gotR quiz.Response
	wantErr = json.Unmarshal(data, &wantR)
	gotErr = decodeResponse(data, &gotR)
	if errorKind(gotErr, data) != errorKind(wantErr, data) {
		t.Fatalf("response %q: decodeResponse says %v (%s), encoding/json %v (%s)", data, gotErr, errorKind(gotErr, data), wantErr, errorKind(wantErr, data))
	}
	if wantErr == nil && !reflect.DeepEqual(gotR, wantR) {
		t.Fatalf("response %q:\ndecodeResponse %#v\nencoding/json  %#v", data, gotR, wantR)
	}
}

// readerCases are texts where a hand-written JSON reader most easily
// parts from encoding/json; they also seed the fuzz target.
var readerCases = []string{
	// What the app writes, and what a text editor might make of it.
	`{"app": "Beyond Budapest", "lessonVersion": "v1", "student": "s", "name": "Ann", "seconds": 30, "finished": "2026-11-30T10:00:00Z",
	  "score": 1.5, "quiz": {"sections": ["a", "b"], "deep": [[[{}]]]},
	  "questions": [{"id": "q1", "kind": "single", "hash": "h", "answered": true, "answer": "B", "response": {"choices": [1, 2]}, "score": 0.5, "tries": 2},
	                {"id": "q2", "answered": false, "response": null},
	                {"id": "q3", "response": {"order": [2, 0, 1], "matches": [-1, 0], "text": "Istanbul"}}]}`,
	"\t{ \"app\" :\r\n\"x\" }\n",
	`{}`, `null`, `{"questions": []}`, `{"questions": null}`, `{"questions": [null, {}]}`,
	// encoding/json's quirks: case-insensitive keys, null keeps a value, a
	// repeated key decodes again into the same field and slice.
	`{"APP": "Beyond Budapest", "LessonVersion": "v", "QUESTIONS": [{"ID": "a", "Response": {"Choices": [1]}}]}`,
	"{\"\u017ftudent\": \"long s folds to s\", \"\u212aey\": 1}",
	`{"app": "x", "app": null, "seconds": 3, "seconds": null}`,
	`{"questions": [{"id": "a", "tries": 3}, {"id": "b"}], "questions": [{"id": "c"}]}`,
	`{"questions": [{"id": "a"}, {"id": "b", "tries": 4}], "questions": [{"id": "c"}], "questions": [{}, {}]}`,
	`{"questions": [{"response": {"choices": [1, 2, 3]}, "response": {"choices": [7, null]}}]}`,
	`{"questions": [{"response": {"choices": [1, 2]}, "response": {"choices": []}}]}`,
	`{"questions": [{"response": {"text": "a"}, "response": null}]}`,
	`{"finished": null}`, `{"finished": "2026-11-30T10:00:00+02:00", "finished": null}`,
	// Strings: escapes, surrogates, invalid UTF-8, control characters.
	`{"name": "a\"b\\c\/d\b\f\n\r\t\u00e9\u20ac"}`,
	`{"name": "\ud83d\ude00 \ud83d x \ude00 \ud83d\u0041 \ud83d\ud83d"}`,
	"{\"name\": \"bad \xff\xfe utf-8 \xe2\x82\"}", "{\"na\xffme\": \"x\"}",
	"{\"name\": \"tab\tinside\"}", `{"name": "\x"}`, `{"name": "\u12G4"}`, `{"na\u006de": "escaped key"}`,
	// Numbers: what an int takes, and what JSON allows.
	`{"seconds": -0}`, `{"seconds": 1.0}`, `{"seconds": 1e2}`, `{"seconds": 9223372036854775807}`, `{"seconds": 9223372036854775808}`,
	`{"seconds": -9223372036854775808}`, `{"seconds": 0123}`, `{"seconds": -}`, `{"seconds": 1.}`, `{"seconds": 1e}`, `{"seconds": .5}`,
	`{"seconds": +1}`, `{"score": 1E+400}`, `{"questions": [{"tries": 123456789012345678}]}`,
	// Values of the wrong type, alone and before a syntax error.
	`{"seconds": "30"}`, `{"app": 1}`, `{"questions": {}}`, `{"questions": [1]}`, `{"questions": [{"answered": "yes"}]}`,
	`{"questions": [{"response": 5}]}`, `{"questions": [{"response": {"choices": "1"}}]}`, `{"questions": [{"response": {"choices": [true]}}]}`,
	`{"seconds": "x", "app": }`, `"just a string"`, `[1, 2]`, `5`, `true`,
	// Times: time.Time's own rules, and an error that stops decoding.
	`{"finished": "yesterday"}`, `{"finished": 5}`, `{"finished": {}}`, `{"finished": "2026-11-30T10:00:00\u005a"}`,
	`{"seconds": "x", "finished": "no"}`, `{"finished": "no", "seconds": "x"}`,
	// Syntax: where encoding/json refuses.
	``, ` `, `{`, `{"app"`, `{"app":`, `{"app": "x"`, `{"app": "x",`, `{"app": "x",}`, `{"app" "x"}`, `{"app": "x" "y": 1}`,
	`{app: "x"}`, `{"a": [1 2]}`, `{"a": [1,]}`, `{"a": tru}`, `{"a": trux}`, `{"a": nul}`, `{"a": fals}`, `{"a": "x"} {}`, `{"a": "x"}]`,
	`{"a": 'x'}`, `{"a": [}`, `{"a": {]}`, `{"a": {"b": 1,}}`, `{"a": "unterminated}`, "{\"a\": \"x\"}\x00",
	// The statements of an LRS, however the rest decodes.
	`{"statements": [], "more": ""}`, `{"Statements": null}`, `{"statements": [], "seconds": "x"}`, `{"statements": [], "a": }`,
	`{"x": {"statements": []}}`,
	// Nesting: encoding/json's limit is 10,000 levels.
	`{"a": ` + strings.Repeat("[", 9999) + strings.Repeat("]", 9999) + `}`,
	`{"a": ` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`,
	`{"a": ` + strings.Repeat(`{"b":`, 9999) + "1" + strings.Repeat("}", 9999) + `}`,
	`{"a": ` + strings.Repeat(`{"b":`, 10000) + "1" + strings.Repeat("}", 10000) + `}`,
	`{"a": ` + strings.Repeat("[", 100000),
}

// TestFileJSONMatchesEncodingJSON: the hand-written reader accepts what
// encoding/json accepts, with the same values, and refuses what it
// refuses, for the same kind of reason.
func TestFileJSONMatchesEncodingJSON(t *testing.T) {
	l := bundled(t)
	cases := append([]string{string(takeQuiz(t, l, "s1").JSON())}, readerCases...)
	for _, data := range cases {
		sameAsEncodingJSON(t, []byte(data))
	}
}

// TestJSONRefusalsSayWhatIsWrong: the words a teacher reads for the ways a
// result file's JSON goes wrong.
func TestJSONRefusalsSayWhatIsWrong(t *testing.T) {
	tests := []struct{ data, want string }{
		{`{"app": "Beyond Budapest", "questions": [`, "the file ends too early (truncated?)"},
		{"{\"app\": \"Beyond Budapest\",\n\"questions\": [}", `not valid JSON at line 2: invalid character '}' looking for beginning of value`},
		{"{\"app\": \"Beyond\nBudapest\"}", `not valid JSON at line 1: invalid character '\n' in string literal`},
		{`{"app": "Beyond Budapest"} {}`, `not valid JSON at line 1: invalid character '{' after top-level value`},
		{`{"a": ` + strings.Repeat("[", 10001), `not valid JSON at line 1: invalid character '[' exceeded max depth`},
		{`{"app": "Beyond Budapest", "questions": [{"id": "a", "tries": "many"}]}`, `"questions.tries" has the wrong type (text where a whole number belongs)`},
		{`{"app": "Beyond Budapest", "questions": [{"id": "a", "tries": 1.5}]}`, `"questions.tries" has the wrong type (the number 1.5 where a whole number belongs)`},
		{`{"app": "Beyond Budapest", "questions": [{"id": "a", "response": {"choices": ["B"]}}]}`, `"questions.response.choices" has the wrong type (text where a whole number belongs)`},
		{`{"app": "Beyond Budapest", "questions": {"id": "a"}}`, `"questions" has the wrong type (an object where a list belongs)`},
		{`{"app": "Beyond Budapest", "finished": "last Tuesday"}`, `"finished" is not a time as this app writes it`},
	}
	for _, tt := range tests {
		_, err := Parse("f.json", []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Parse(%.40q) = %v, want it to start %q", tt.data, err, tt.want)
		}
	}
}

// FuzzFileJSONMatchesEncodingJSON holds the hand-written reader to
// encoding/json on any text (see sameAsEncodingJSON).
func FuzzFileJSONMatchesEncodingJSON(f *testing.F) {
	l := bundled(f)
	f.Add(takeQuiz(f, l, "s1").JSON())
	for _, c := range readerCases {
		if len(c) < 1000 {
			f.Add([]byte(c))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsEncodingJSON(t, data)
	})
}
