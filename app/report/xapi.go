// Package report turns quiz results into what leaves the student's device
// when a teacher asks for it: xAPI statements for the page that embeds the
// quiz, and a result file. It is pure Go: building a statement needs no
// browser, so every statement is checked in plain tests.
package report

import (
	"fmt"
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
	def, response := interaction(q, a.Response)
	def.Name = map[string]string{"en-US": clip(q.Prompt, 200)}
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

// interaction maps each question kind onto an xAPI interaction type and
// writes the response in that type's response format.
func interaction(q *quiz.Question, r quiz.Response) (*Definition, string) {
	d := &Definition{Type: activityInteraction}
	ids := func(xs []int, prefix string) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = prefix + strconv.Itoa(x)
		}
		return out
	}
	switch q.Kind {
	case quiz.TrueFalse:
		d.InteractionType = "true-false"
		for i, c := range q.Choices {
			if c.Correct {
				d.CorrectResponsesPattern = []string{strconv.FormatBool(i == 0)}
			}
		}
		resp := ""
		if len(r.Choices) == 1 {
			resp = strconv.FormatBool(r.Choices[0] == 0)
		}
		return d, resp
	case quiz.Single, quiz.Multiple:
		d.InteractionType = "choice"
		var right []int
		for i, c := range q.Choices {
			d.Choices = append(d.Choices, Component{ID: "c" + strconv.Itoa(i), Description: en(c.Text)})
			if c.Correct {
				right = append(right, i)
			}
		}
		d.CorrectResponsesPattern = []string{strings.Join(ids(right, "c"), "[,]")}
		return d, strings.Join(ids(r.Choices, "c"), "[,]")
	case quiz.Order:
		d.InteractionType = "sequencing"
		var all []int
		for i, it := range q.Items {
			d.Choices = append(d.Choices, Component{ID: "i" + strconv.Itoa(i), Description: en(it)})
			all = append(all, i)
		}
		d.CorrectResponsesPattern = []string{strings.Join(ids(all, "i"), "[,]")}
		return d, strings.Join(ids(r.Order, "i"), "[,]")
	case quiz.Match:
		d.InteractionType = "matching"
		var pattern, response []string
		for i, p := range q.Pairs {
			d.Source = append(d.Source, Component{ID: "s" + strconv.Itoa(i), Description: en(p.Left)})
			d.Target = append(d.Target, Component{ID: "t" + strconv.Itoa(i), Description: en(p.Right)})
			pattern = append(pattern, fmt.Sprintf("s%d[.]t%d", i, i))
			if i < len(r.Matches) && r.Matches[i] >= 0 {
				response = append(response, fmt.Sprintf("s%d[.]t%d", i, r.Matches[i]))
			}
		}
		d.CorrectResponsesPattern = []string{strings.Join(pattern, "[,]")}
		return d, strings.Join(response, "[,]")
	}
	d.InteractionType = "fill-in"
	for _, a := range q.Answers {
		d.CorrectResponsesPattern = append(d.CorrectResponsesPattern, "{case_matters=false}"+escapeResponse(a))
	}
	return d, escapeResponse(clip(strings.TrimSpace(r.Text), 250))
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

// duration is ISO 8601 with hundredths of a second, as xAPI asks.
func duration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	return fmt.Sprintf("PT%.2fS", d.Seconds())
}

func en(s string) map[string]string { return map[string]string{"en-US": s} }

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
