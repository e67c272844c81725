package analysis

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
)

// xStatement is what parseXAPI reads of a statement: report.Statement as
// this app posts it, plus the id an LRS adds.
type xStatement struct {
	ID string `json:"id"`
	report.Statement
}

// parseXAPI reads statements as this app posts them to the embedding page
// (report.Answered, report.Finished), as a JSON array or an LRS's
// {"statements": […]}. Each learner's statements about one quiz make one
// attempt: the last answer to each question counts, every answer is a try.
// Statements about anything else are skipped.
func parseXAPI(name string, data []byte) ([]Attempt, error) {
	var list []xStatement
	var err error
	if data[0] == '{' {
		var wrapped struct {
			Statements []xStatement `json:"statements"`
		}
		err = json.Unmarshal(data, &wrapped)
		list = wrapped.Statements
	} else {
		err = json.Unmarshal(data, &list)
	}
	if err != nil {
		return nil, jsonError(err, data)
	}
	if len(list) > maxStatements {
		return nil, refuse("%d statements is more than the page reads from one file (%d)", len(list), maxStatements)
	}
	type group struct {
		a       *Attempt
		at      map[string]int // question → position in Answers
		took    float64        // seconds over answered statements
		quizDur float64        // seconds of the last completed statement
	}
	groups := map[string]*group{}
	var order []string
	seen := map[string]bool{}
	for n, st := range list {
		quizID, question, _ := strings.Cut(st.Object.ID, "#")
		answered := st.Verb.ID == report.VerbAnswered.ID && question != ""
		completed := st.Verb.ID == report.VerbCompleted.ID && question == ""
		if !answered && !completed {
			continue
		}
		dedupe := st.ID
		if dedupe == "" {
			dedupe = st.Actor.Account.Name + "\x00" + st.Verb.ID + "\x00" + st.Object.ID + "\x00" + st.Timestamp
		}
		if seen[dedupe] {
			continue // the same statement twice in one export
		}
		seen[dedupe] = true
		where := refuse("statement %d", n+1)
		student := st.Actor.Account.Name
		if len(student) > maxIDLength {
			return nil, refuse("%s: the learner id is too long", where)
		}
		at, err := time.Parse(time.RFC3339Nano, st.Timestamp)
		if err != nil {
			return nil, refuse("%s: timestamp %q is not a time", where, clip(st.Timestamp))
		}
		key := student + "\x00" + quizID
		g := groups[key]
		if g == nil {
			g = &group{a: &Attempt{Student: student, Source: name}, at: map[string]int{}}
			groups[key] = g
			order = append(order, key)
		}
		if at.After(g.a.Finished) {
			g.a.Finished = at
		}
		var secs float64
		if st.Result != nil {
			secs = isoSeconds(st.Result.Duration)
		}
		if completed {
			g.quizDur = secs
			continue
		}
		r, hash, err := xapiResponse(st.Statement)
		if err != nil {
			return nil, refuse("%s: %v", where, err)
		}
		g.took += secs
		i, ok := g.at[question]
		if !ok {
			i = len(g.a.Answers)
			g.at[question] = i
			g.a.Answers = append(g.a.Answers, Answer{Question: question})
		}
		ans := &g.a.Answers[i]
		ans.Hash, ans.Answered, ans.Response = hash, true, r
		ans.Tries++
		if err := ans.check(where); err != nil {
			return nil, err
		}
	}
	if len(order) == 0 {
		return nil, refuse("no answered or completed statements from this quiz")
	}
	var out []Attempt
	for _, key := range order {
		g := groups[key]
		if len(g.a.Answers) == 0 {
			continue // a completed statement alone says nothing per question
		}
		sort.SliceStable(g.a.Answers, func(i, j int) bool { return g.a.Answers[i].Question < g.a.Answers[j].Question })
		secs := g.quizDur
		if secs == 0 {
			secs = g.took
		}
		g.a.Seconds = int(math.Round(secs))
		out = append(out, *g.a)
	}
	if len(out) == 0 {
		return nil, refuse("no answered statements from this quiz")
	}
	return out, nil
}

// xapiResponse turns an answered statement's response back into the
// engine's terms, using the interaction type of its definition, and
// fingerprints the definition so that Analyse can tell whether the
// question still reads the same.
func xapiResponse(st report.Statement) (quiz.Response, string, error) {
	def := st.Object.Definition
	if def == nil || st.Result == nil {
		return quiz.Response{}, "", refuse("an answer without its interaction definition or result")
	}
	raw := st.Result.Response
	var parts []string
	if raw != "" {
		parts = strings.Split(raw, "[,]")
	}
	indices := func(prefix string) ([]int, error) {
		var out []int
		for _, p := range parts {
			n, err := strconv.Atoi(strings.TrimPrefix(p, prefix))
			if !strings.HasPrefix(p, prefix) || err != nil || n < 0 || n > maxQuestions {
				return nil, refuse("response %q is not in this app's format", clip(raw))
			}
			out = append(out, n)
		}
		return out, nil
	}
	var r quiz.Response
	var err error
	switch def.InteractionType {
	case "true-false":
		switch raw {
		case "true":
			r.Choices = []int{0}
		case "false":
			r.Choices = []int{1}
		default:
			return r, "", refuse("true-false response %q is neither true nor false", clip(raw))
		}
	case "choice":
		r.Choices, err = indices("c")
	case "sequencing":
		r.Order, err = indices("i")
	case "matching":
		if len(def.Source) > maxQuestions {
			return r, "", refuse("a matching question with too many items")
		}
		r.Matches = make([]int, len(def.Source))
		for i := range r.Matches {
			r.Matches[i] = -1
		}
		for _, p := range parts {
			left, right, ok := strings.Cut(p, "[.]")
			s, err1 := strconv.Atoi(strings.TrimPrefix(left, "s"))
			t, err2 := strconv.Atoi(strings.TrimPrefix(right, "t"))
			if !ok || err1 != nil || err2 != nil || s < 0 || s >= len(r.Matches) || t < 0 || t > maxQuestions {
				return r, "", refuse("response %q is not in this app's format", clip(raw))
			}
			r.Matches[s] = t
		}
	case "fill-in":
		r.Text = raw
	default:
		return r, "", refuse("interaction type %q is not one this app uses", clip(def.InteractionType))
	}
	return r, xapiHash(def), err
}

// xapiHash fingerprints an interaction definition: the question as the
// statement showed it. Analyse compares it with the definition the current
// question would get (report.Answered), which plays the part of
// quiz.Question.Hash for answers that came as statements.
func xapiHash(def *report.Definition) string {
	var b bytes.Buffer
	json.NewEncoder(&b).Encode([]any{def.InteractionType, def.Name, def.CorrectResponsesPattern, def.Choices, def.Source, def.Target})
	sum := sha256.Sum256(b.Bytes())
	return "xapi:" + hex.EncodeToString(sum[:6])
}

// currentXAPIHash is xapiHash of the definition this app posts for q now.
func currentXAPIHash(q *quiz.Question) string {
	st := report.Answered(report.Actor{}, report.Quiz{}, q, quiz.Answer{}, 0, time.Time{})
	return xapiHash(st.Object.Definition)
}

// isoSeconds reads an ISO 8601 duration as this app and most tools write
// it (PT12.4S, PT1M30S, PT1H2M); anything else counts as unknown (0).
func isoSeconds(d string) float64 {
	rest, ok := strings.CutPrefix(d, "PT")
	if !ok {
		return 0
	}
	total := 0.0
	for _, unit := range []struct {
		sep string
		mul float64
	}{{"H", 3600}, {"M", 60}, {"S", 1}} {
		if v, after, found := strings.Cut(rest, unit.sep); found {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 || f > 1e7 {
				return 0
			}
			total += f * unit.mul
			rest = after
		}
	}
	return total
}
