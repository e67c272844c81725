package quiz

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Limits on URL settings, so that a mistyped or hostile link cannot ask
// for absurd work.
const (
	maxParamLength = 2000
	maxSeed        = 1<<53 - 1 // survives a round trip through JavaScript numbers
)

// ParamNames lists the URL settings ParseOptions understands, for the
// teachers' page and the docs.
var ParamNames = []string{"questions", "sections", "levels", "tags", "count", "seed", "shuffle", "shuffle-choices", "pass", "retries", "feedback", "explanations"}

// ParseOptions reads quiz settings from a URL query string, as a teacher
// writes them into an embed link:
//
//	questions=id1,id2  sections=istanbul,eu  levels=recall  tags=core
//	count=10  seed=42  shuffle=1  shuffle-choices=1  pass=70
//	retries=1|0  feedback=now|end  explanations=on|off
//
// Retrying the missed questions is allowed unless a pass mark is set; a
// link can say otherwise either way (retries=1 with a pass mark).
//
// Anything it cannot use is ignored, never fatal: each ignored setting
// adds a notice in plain words for the page to show. The result is always
// valid for New.
func ParseOptions(query string, l *Lesson) (Options, []string) {
	var (
		o       = Options{Seed: 1, Feedback: FeedbackNow}
		notices []string
	)
	ignore := func(format string, args ...any) {
		notices = append(notices, "Ignored "+fmt.Sprintf(format, args...)+".")
	}
	if len(query) > maxParamLength {
		ignore("the link's settings: they are longer than %d characters", maxParamLength)
		return o, notices
	}
	values, err := url.ParseQuery(strings.TrimPrefix(query, "?"))
	if err != nil {
		ignore("settings that could not be read (%v)", err)
	}
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)

	var filters []func(*Question) bool
	retries := "" // "on", "off" or unset: then it follows the pass mark
	for _, name := range names {
		v := strings.TrimSpace(values.Get(name))
		switch name {
		case "questions":
			var ids []string
			var unknown []string
			for _, id := range list(v) {
				if _, ok := l.Question(id); ok {
					ids = append(ids, id)
				} else {
					unknown = append(unknown, id)
				}
			}
			if len(unknown) > 0 {
				ignore("unknown question ids: %s", quoteList(unknown))
			}
			o.Questions = ids
		case "sections", "levels", "tags":
			wanted := list(v)
			var known []string
			for _, w := range wanted {
				if l.hasLabel(name, w) {
					known = append(known, w)
				} else {
					ignore("unknown %s %q", strings.TrimSuffix(name, "s"), w)
				}
			}
			if len(known) > 0 {
				kind := name
				filters = append(filters, func(q *Question) bool {
					return slices.ContainsFunc(known, func(w string) bool { return q.hasLabel(kind, w) })
				})
			}
		case "count":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				ignore("count %q: use a whole number of questions, 1 or more", v)
				continue
			}
			o.Count = n
		case "seed":
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil || n > maxSeed {
				ignore("seed %q: use a whole number", v)
				continue
			}
			o.Seed = n
		case "shuffle", "shuffle-choices":
			b, ok := parseSwitch(v)
			if !ok {
				ignore("%s=%q: use 1 or 0", name, v)
				continue
			}
			if name == "shuffle" {
				o.ShuffleQuestions = b
			} else {
				o.ShuffleChoices = b
			}
		case "pass":
			n, err := strconv.Atoi(strings.TrimSuffix(v, "%"))
			if err != nil || n < 1 || n > 100 {
				ignore("pass mark %q: use a percentage from 1 to 100", v)
				continue
			}
			o.PassMark = n
		case "feedback":
			switch Feedback(v) {
			case FeedbackNow, FeedbackEnd:
				o.Feedback = Feedback(v)
			default:
				ignore("feedback=%q: use now or end", v)
			}
		case "retries":
			b, ok := parseSwitch(v)
			if !ok {
				ignore("retries=%q: use 1 or 0", v)
				continue
			}
			retries = map[bool]string{true: "on", false: "off"}[b]
		case "explanations":
			b, ok := parseSwitch(v)
			if !ok {
				ignore("explanations=%q: use on or off", v)
				continue
			}
			o.HideExplanations = !b
		default:
			if len(name) > 40 {
				name = name[:40] + "…"
			}
			ignore("unknown setting %q", name)
		}
	}

	o.NoRetries = retries == "off" || retries == "" && o.PassMark > 0

	// Section, level and tag filters narrow the chosen (or all) questions.
	if len(filters) > 0 {
		base := o.Questions
		if len(base) == 0 {
			base = l.InSectionOrder()
		}
		var kept []string
		for _, id := range base {
			q, _ := l.Question(id)
			if allMatch(filters, q) {
				kept = append(kept, id)
			}
		}
		if len(kept) == 0 {
			ignore("the question filters: no question matches all of them")
		} else {
			o.Questions = kept
		}
	}
	if len(o.Questions) == 0 {
		o.Questions = l.InSectionOrder()
	}
	return o, notices
}

func allMatch(filters []func(*Question) bool, q *Question) bool {
	for _, f := range filters {
		if !f(q) {
			return false
		}
	}
	return true
}

func parseSwitch(v string) (on, ok bool) {
	switch strings.ToLower(v) {
	case "1", "on", "true", "yes":
		return true, true
	case "0", "off", "false", "no":
		return false, true
	}
	return false, false
}

// hasLabel reports whether q is in the named section, has the level, or
// carries the tag.
func (q *Question) hasLabel(kind, v string) bool {
	switch kind {
	case "sections":
		return q.Section == v
	case "levels":
		return q.Level == v
	}
	return slices.Contains(q.Tags, v)
}

// hasLabel reports whether any question of the lesson has the label.
func (l *Lesson) hasLabel(kind, v string) bool {
	for i := range l.Questions {
		if l.Questions[i].hasLabel(kind, v) {
			return true
		}
	}
	return false
}

func quoteList(xs []string) string {
	const show = 5
	var parts []string
	for i, x := range xs {
		if i == show {
			parts = append(parts, fmt.Sprintf("and %d more", len(xs)-show))
			break
		}
		if len(x) > 40 {
			x = x[:40] + "…"
		}
		parts = append(parts, strconv.Quote(x))
	}
	return strings.Join(parts, ", ")
}
