// Package report turns quiz results into what leaves the student's device
// when a teacher asks for it: xAPI statements for the page that embeds the
// quiz, the SCORM run-time values for an LMS (scorm.go), and a result
// file. It is pure Go: building a statement or a value needs no browser,
// so every one is checked in plain tests.
package report

import (
	"math"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
)

// xAPI verbs (ADL vocabulary).
var (
	VerbAnswered  = Verb{ID: "http://adlnet.gov/expapi/verbs/answered", Display: map[string]string{"en-US": "answered"}}
	VerbCompleted = Verb{ID: "http://adlnet.gov/expapi/verbs/completed", Display: map[string]string{"en-US": "completed"}}
	VerbPassed    = Verb{ID: "http://adlnet.gov/expapi/verbs/passed", Display: map[string]string{"en-US": "passed"}}
	VerbFailed    = Verb{ID: "http://adlnet.gov/expapi/verbs/failed", Display: map[string]string{"en-US": "failed"}}
)

const (
	activityInteraction = "http://adlnet.gov/expapi/activities/cmi.interaction"
	activityAssessment  = "http://adlnet.gov/expapi/activities/assessment"
)

// Statement is an xAPI 1.0.3 statement with the parts this app uses.
type Statement struct {
	Actor     Actor    `json:"actor"`
	Verb      Verb     `json:"verb"`
	Object    Activity `json:"object"`
	Result    *Result  `json:"result,omitempty"`
	Context   *Context `json:"context,omitempty"`
	Timestamp string   `json:"timestamp"`
}

// Actor is always pseudonymous: a random id kept on the device, never a
// name or an e-mail address.
type Actor struct {
	ObjectType string  `json:"objectType"`
	Account    Account `json:"account"`
}

// Account names the pseudonymous learner within the app's home page.
type Account struct {
	HomePage string `json:"homePage"`
	Name     string `json:"name"`
}

// Verb is what the learner did.
type Verb struct {
	ID      string            `json:"id"`
	Display map[string]string `json:"display"`
}

// Activity is the question or the quiz.
type Activity struct {
	ObjectType string      `json:"objectType"`
	ID         string      `json:"id"`
	Definition *Definition `json:"definition,omitempty"`
}

// Definition describes an activity; for a question, its interaction.
type Definition struct {
	Name                    map[string]string `json:"name,omitempty"`
	Description             map[string]string `json:"description,omitempty"`
	Type                    string            `json:"type"`
	InteractionType         string            `json:"interactionType,omitempty"`
	CorrectResponsesPattern []string          `json:"correctResponsesPattern,omitempty"`
	Choices                 []Component       `json:"choices,omitempty"`
	Source                  []Component       `json:"source,omitempty"`
	Target                  []Component       `json:"target,omitempty"`
}

// Component is one choice, or one side of a matching pair.
type Component struct {
	ID          string            `json:"id"`
	Description map[string]string `json:"description"`
}

// Result is the outcome of a statement.
type Result struct {
	Score      *Score `json:"score,omitempty"`
	Success    *bool  `json:"success,omitempty"`
	Completion *bool  `json:"completion,omitempty"`
	Response   string `json:"response,omitempty"`
	Duration   string `json:"duration,omitempty"`
}

// Score is raw within min..max, and scaled in -1..1.
type Score struct {
	Scaled float64 `json:"scaled"`
	Raw    float64 `json:"raw"`
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
}

// Context ties a statement to its quiz and to the attempt it belongs to.
type Context struct {
	// Registration is the attempt's id: every statement of one attempt
	// carries the same one, and each attempt a new one.
	Registration      string                `json:"registration,omitempty"`
	ContextActivities map[string][]Activity `json:"contextActivities,omitempty"`
	Extensions        map[string]any        `json:"extensions,omitempty"`
}

// ExtensionAttempt is the context extension holding the attempt's number on
// this device: 1 for the graded attempt, 2 and up for retries (from the
// xAPI registry, registry.tincanapi.com).
const ExtensionAttempt = "http://id.tincanapi.com/extension/attempt-id"

// Quiz says which quiz the statements are about, and which attempt.
type Quiz struct {
	ID      string // Absolute IRI of the quiz activity, e.g. https://host/quiz?sections=eu
	Name    string
	Attempt Attempt
	// Languages holds the lesson in every language the app speaks, so
	// that a question's name and choices reach the LRS in each (a
	// language map); empty, they go in the words of the question
	// answered, as English.
	Languages []*quiz.Lesson
}

// langTag is the language map key of a lesson in language lang.
func langTag(lang string) string {
	if lang == "" || lang == "en" {
		return "en-US"
	}
	return lang
}

// versions is question q in every language of the quiz, with the
// language map key of each; q alone, as English, when it has none.
func (z Quiz) versions(q *quiz.Question) map[string]*quiz.Question {
	out := map[string]*quiz.Question{}
	for _, l := range z.Languages {
		if v, ok := l.Question(q.ID); ok && v.Hash == q.Hash {
			out[langTag(l.Lang)] = v
		}
	}
	if len(out) == 0 {
		out["en-US"] = q
	}
	return out
}

// Attempt is one go at a quiz. The first is the one a teacher grades; a
// retry of the missed questions or a fresh start is a later attempt, whose
// statements say so and never carry a new score or a pass.
type Attempt struct {
	Registration string // A UUID, new for each attempt; empty leaves it out.
	Number       int    // 1 for the first attempt; 0 when unknown.
}

// Retry reports whether the attempt came after the graded one.
func (a Attempt) Retry() bool { return a.Number > 1 }

// questionID is the IRI of one question within the quiz.
func (z Quiz) questionID(q *quiz.Question) string {
	base, _, _ := strings.Cut(z.ID, "#")
	return base + "#" + q.ID
}

func (z Quiz) parent() *Context {
	c := z.context()
	c.ContextActivities = map[string][]Activity{"parent": {{ObjectType: "Activity", ID: z.ID}}}
	return c
}

// context carries the attempt, or nothing when the attempt is unknown.
func (z Quiz) context() *Context {
	c := &Context{Registration: z.Attempt.Registration}
	if z.Attempt.Number > 0 {
		c.Extensions = map[string]any{ExtensionAttempt: z.Attempt.Number}
	}
	return c
}

// Answered reports one checked answer, with the interaction definition so
// that an LRS can show the question and the response in its own terms.
func Answered(actor Actor, z Quiz, q *quiz.Question, a quiz.Answer, took time.Duration, now time.Time) Statement {
	vs := z.versions(q)
	def, response := xapiInteraction(q, a.Response, vs)
	def.Name = inEach(vs, func(v *quiz.Question) string { return clip(v.Prompt, 200) })
	success := a.Score >= 1
	completion := true
	return Statement{
		Actor:  actor,
		Verb:   VerbAnswered,
		Object: Activity{ObjectType: "Activity", ID: z.questionID(q), Definition: def},
		Result: &Result{
			Score:      score(a.Score, 1),
			Success:    &success,
			Completion: &completion,
			Response:   response,
			Duration:   duration(took),
		},
		Context:   z.parent(),
		Timestamp: now.UTC().Format(time.RFC3339Nano),
	}
}

// Finished reports the end of a quiz: completed with the total score, then
// passed or failed when the quiz has a pass mark. The end of a retry is
// only completed, with no score and no pass or fail: the graded score is
// the first attempt's, and a retry that keeps the answers already right
// would otherwise report a higher one.
func Finished(actor Actor, z Quiz, res quiz.Results, took time.Duration, now time.Time) []Statement {
	completion := true
	quizActivity := Activity{ObjectType: "Activity", ID: z.ID, Definition: &Definition{
		Name: map[string]string{"en-US": z.Name}, Type: activityAssessment,
	}}
	completed := Statement{
		Actor: actor, Verb: VerbCompleted, Object: quizActivity,
		Result:    &Result{Score: score(res.Score, float64(res.Max)), Completion: &completion, Duration: duration(took)},
		Context:   z.context(),
		Timestamp: now.UTC().Format(time.RFC3339Nano),
	}
	if completed.Context.Registration == "" && completed.Context.Extensions == nil {
		completed.Context = nil
	}
	if z.Attempt.Retry() {
		completed.Result.Score = nil
		return []Statement{completed}
	}
	out := []Statement{completed}
	if res.HasPassMark() {
		passed := res.Passed()
		verdict := completed
		verdict.Verb = VerbFailed
		if passed {
			verdict.Verb = VerbPassed
		}
		verdict.Result = &Result{Score: completed.Result.Score, Success: &passed, Completion: &completion, Duration: completed.Result.Duration}
		out = append(out, verdict)
	}
	return out
}

// xapiResponses is how xAPI writes responses: choices, items and match
// sides are c0, i0, s0 and t0 (the ids in the definition), with xAPI's
// "[,]" and "[.]" delimiters. Typed answers match whatever their case.
var xapiResponses = responseFormat{
	list: "[,]", pair: "[.]",
	truth:  strconv.FormatBool,
	choice: numbered("c"), item: numbered("i"), source: numbered("s"), target: numbered("t"),
	pattern:  func(a string) string { return "{case_matters=false}" + escapeResponse(a) },
	response: func(s string) string { return escapeResponse(clip(s, 250)) },
}

func numbered(prefix string) func(int) string {
	return func(i int) string { return prefix + strconv.Itoa(i) }
}

// xapiInteraction defines a question as an xAPI interaction, with its
// choices, items or match sides so that an LRS can show them, and writes
// the learner's response in that interaction's response format.
// Names and descriptions are language maps with the question in each of
// its versions (Quiz.versions).
func xapiInteraction(q *quiz.Question, r quiz.Response, vs map[string]*quiz.Question) (*Definition, string) {
	kind, response, patterns := interaction(q, r, xapiResponses)
	d := &Definition{Type: activityInteraction, InteractionType: kind, CorrectResponsesPattern: patterns}
	f := xapiResponses
	switch q.Kind {
	case quiz.Single, quiz.Multiple:
		for i := range q.Choices {
			d.Choices = append(d.Choices, Component{ID: f.choice(i), Description: inEach(vs, func(v *quiz.Question) string { return v.Choices[i].Text })})
		}
	case quiz.Order:
		for i := range q.Items {
			d.Choices = append(d.Choices, Component{ID: f.item(i), Description: inEach(vs, func(v *quiz.Question) string { return v.Items[i] })})
		}
	case quiz.Match:
		for i := range q.Pairs {
			d.Source = append(d.Source, Component{ID: f.source(i), Description: inEach(vs, func(v *quiz.Question) string { return v.Pairs[i].Left })})
			d.Target = append(d.Target, Component{ID: f.target(i), Description: inEach(vs, func(v *quiz.Question) string { return v.Pairs[i].Right })})
		}
	}
	return d, response
}

// escapeResponse keeps a typed answer from being read as the "[,]"
// delimiter of the response format.
func escapeResponse(s string) string { return strings.ReplaceAll(s, "[,]", "[ ,]") }

func score(raw, max float64) *Score {
	scaled := 0.0
	if max > 0 {
		scaled = math.Round(raw/max*10000) / 10000
	}
	return &Score{Scaled: scaled, Raw: math.Round(raw*100) / 100, Min: 0, Max: max}
}

// inEach is a language map: text of each version of a question.
func inEach(vs map[string]*quiz.Question, text func(*quiz.Question) string) map[string]string {
	m := make(map[string]string, len(vs))
	for tag, v := range vs {
		m[tag] = text(v)
	}
	return m
}
