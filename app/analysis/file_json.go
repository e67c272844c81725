package analysis

import (
	"time"

	"beyondbudapest/app/quiz"
)

// fileJSON is what the class page reads of report.File: the fields it
// needs and nothing else (the words of each answer and the stored scores
// are skipped; answers are graded again anyway). decodeFile fills it by
// hand; the json tags name the keys, and the tests decode with
// encoding/json too and expect the same struct.
type fileJSON struct {
	App           string         `json:"app"`
	LessonVersion string         `json:"lessonVersion"`
	Student       string         `json:"student"`
	Name          string         `json:"name"`
	Seconds       int            `json:"seconds"`
	Finished      time.Time      `json:"finished"`
	Questions     []fileQuestion `json:"questions"`
}

// fileQuestion is one entry of a result file's "questions".
type fileQuestion struct {
	ID       string         `json:"id"`
	Hash     string         `json:"hash"`
	Answered bool           `json:"answered"`
	Response *quiz.Response `json:"response"`
	Tries    int            `json:"tries"`
}

// decodeFile reads a result file's JSON into f as json.Unmarshal(data, f)
// would, and also reports whether the text is JSON whose top-level object
// has a "statements" key (an LRS's statement query result, which is read
// as xAPI instead), however the rest would decode.
func decodeFile(data []byte, f *fileJSON) (statements bool, err error) {
	r := jsonReader{data: data}
	err = r.top(func() {
		switch r.next() {
		case '{':
			r.object(func(key []byte) {
				switch {
				case keyIs(key, "app"):
					r.str(&f.App, "app")
				case keyIs(key, "lessonVersion"):
					r.str(&f.LessonVersion, "lessonVersion")
				case keyIs(key, "student"):
					r.str(&f.Student, "student")
				case keyIs(key, "name"):
					r.str(&f.Name, "name")
				case keyIs(key, "seconds"):
					r.integer(&f.Seconds, "seconds")
				case keyIs(key, "finished"):
					r.time(&f.Finished)
				case keyIs(key, "questions"):
					r.questions(&f.Questions)
				default:
					statements = statements || keyIs(key, "statements")
					r.skip()
				}
			})
		case 'n':
			r.literal("null")
		default:
			r.wrongType("", "an object")
		}
	})
	return statements && r.syntax == nil, err
}

// errNotATime refuses a result file whose "finished" is not a time.
var errNotATime = refuse(`"finished" is not a time as this app writes it (2026-11-30T10:00:00Z)`)

// time reads a value into *t with time.Time's own UnmarshalJSON, as
// encoding/json does for any value, null included; its error stops
// decoding there.
func (r *jsonReader) time(t *time.Time) {
	start := r.pos
	r.skip()
	if !r.ok() {
		return
	}
	if err := t.UnmarshalJSON(r.data[start:r.pos]); err != nil && r.hard == nil {
		r.hard = errNotATime
	}
}

// questions reads a result file's list of questions, reusing the slice as
// ints does.
func (r *jsonReader) questions(dst *[]fileQuestion) {
	readList(r, dst, "questions", "a list", r.question)
}

// question reads one entry of "questions"; null leaves it as it was.
func (r *jsonReader) question(q *fileQuestion) {
	switch r.next() {
	case '{':
		r.object(func(key []byte) {
			switch {
			case keyIs(key, "id"):
				r.str(&q.ID, "questions.id")
			case keyIs(key, "hash"):
				r.str(&q.Hash, "questions.hash")
			case keyIs(key, "answered"):
				r.boolean(&q.Answered, "questions.answered")
			case keyIs(key, "tries"):
				r.integer(&q.Tries, "questions.tries")
			case keyIs(key, "response"):
				if r.at('n') {
					if r.literal("null") {
						q.Response = nil
					}
					return
				}
				if q.Response == nil { // encoding/json allocates before it looks at the value
					q.Response = new(quiz.Response)
				}
				r.response(q.Response, true)
			default:
				r.skip()
			}
		})
	case 'n':
		r.literal("null")
	default:
		r.wrongType("questions", "an object")
	}
}

// response reads a quiz.Response object; null leaves it as it was. inFile
// says whether it stands in a result file's JSON or a CSV row, for the
// field names of type errors (spelt out: concatenating them for every
// response would cost an allocation each).
func (r *jsonReader) response(resp *quiz.Response, inFile bool) {
	self, choices, order, matches, text := "response", "response.choices", "response.order", "response.matches", "response.text"
	if inFile {
		self, choices, order, matches, text = "questions.response", "questions.response.choices", "questions.response.order", "questions.response.matches", "questions.response.text"
	}
	switch r.next() {
	case '{':
		r.object(func(key []byte) {
			switch {
			case keyIs(key, "choices"):
				r.ints(&resp.Choices, choices)
			case keyIs(key, "order"):
				r.ints(&resp.Order, order)
			case keyIs(key, "matches"):
				r.ints(&resp.Matches, matches)
			case keyIs(key, "text"):
				r.str(&resp.Text, text)
			default:
				r.skip()
			}
		})
	case 'n':
		r.literal("null")
	default:
		r.wrongType(self, "an object")
	}
}

// decodeResponse reads a response as a result file's CSV holds it, as
// json.Unmarshal(data, resp) would.
func decodeResponse(data []byte, resp *quiz.Response) error {
	r := jsonReader{data: data}
	return r.top(func() { r.response(resp, false) })
}
