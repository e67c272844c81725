package quiz

import (
	"slices"
	"strconv"
	"strings"
)

// Options are the session options the settings make for lesson l, with a
// notice in plain words for each question id, section, level or tag that l
// does not have, and for filters that together leave no question. The
// result is always valid for New.
//
// Retrying the missed questions is allowed unless a pass mark is set; the
// settings can say otherwise either way (retries=1 with a pass mark).
func (s Settings) Options(l *Lesson) (Options, []Notice) {
	var (
		o       = Options{Seed: 1, Feedback: FeedbackNow, ShuffleQuestions: s.ShuffleQuestions, ShuffleChoices: s.ShuffleChoices, HideExplanations: s.HideExplanations}
		notices []Notice
	)
	ignore := func(n Notice) { notices = append(notices, n) }
	if s.Seed != nil {
		o.Seed = *s.Seed
	}
	if s.Count > 0 {
		o.Count = s.Count
	}
	if s.PassMark >= 1 && s.PassMark <= 100 {
		o.PassMark = s.PassMark
	}
	if s.Feedback == FeedbackEnd {
		o.Feedback = FeedbackEnd
	}
	o.NoRetries = s.Retries != nil && !*s.Retries || s.Retries == nil && o.PassMark > 0

	// Labels and ids in the order of their settings' names, as ParseSettings
	// orders its notices.
	var filters []func(*Question) bool
	// One sentence for each kind of label, so that each translates whole.
	unknownLabel := map[string]string{
		"levels":   "Ignored unknown level %q.",
		"sections": "Ignored unknown section %q.",
		"tags":     "Ignored unknown tag %q.",
	}
	label := func(kind string, wanted []string) {
		var known []string
		for _, w := range wanted {
			if l.hasLabel(kind, w) {
				known = append(known, w)
			} else {
				ignore(noticef(unknownLabel[kind], w))
			}
		}
		if len(known) > 0 {
			filters = append(filters, func(q *Question) bool {
				return slices.ContainsFunc(known, func(w string) bool { return q.hasLabel(kind, w) })
			})
		}
	}
	label("levels", s.Levels)
	var unknown []string
	for _, id := range s.Questions {
		if _, ok := l.Question(id); ok {
			o.Questions = append(o.Questions, id)
		} else {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		ignore(unknownIDs(unknown))
	}
	label("sections", s.Sections)
	label("tags", s.Tags)

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
			ignore(noticef("Ignored the question filters: no question matches all of them."))
		} else {
			o.Questions = kept
		}
	}
	if len(o.Questions) == 0 {
		o.Questions = l.InSectionOrder()
	}
	return o, notices
}

// ParseOptions reads a link's settings (ParseSettings) and makes the
// session options they ask for in lesson l (Settings.Options), with the
// notices of both. It is for a quiz whose results go nowhere but the
// session, such as a SCORM package's, which reports to its LMS: origins
// in the link are ignored, with a notice. A page that sends results to
// the origins uses ParseSettings and Options.
func ParseOptions(query string, l *Lesson) (Options, []Notice) {
	s, notices := ParseSettings(query)
	if len(s.Origins) > 0 {
		notices = append(notices, noticef("Ignored origins: this quiz reports only to the platform that runs it, never to a web page."))
	}
	o, more := s.Options(l)
	return o, append(notices, more...)
}

func allMatch(filters []func(*Question) bool, q *Question) bool {
	for _, f := range filters {
		if !f(q) {
			return false
		}
	}
	return true
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

// unknownIDs is the notice for question ids the lesson does not have:
// the first five, quoted, and how many more.
func unknownIDs(xs []string) Notice {
	const show = 5
	var parts []string
	for _, x := range xs[:min(len(xs), show)] {
		if len(x) > 40 {
			x = x[:40] + "…"
		}
		parts = append(parts, strconv.Quote(x))
	}
	if len(xs) > show {
		return noticef("Ignored unknown question ids: %s, and %d more.", strings.Join(parts, ", "), len(xs)-show)
	}
	return noticef("Ignored unknown question ids: %s.", strings.Join(parts, ", "))
}
