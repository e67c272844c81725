package quiz

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Limits on URL settings, so that a mistyped or hostile link cannot ask
// for absurd work.
const (
	maxParamLength = 2000
	maxSeed        = 1<<53 - 1 // survives a round trip through JavaScript numbers
)

// ParamNames lists the URL settings ParseSettings understands, for the
// teachers' page and the docs.
var ParamNames = []string{"questions", "sections", "levels", "tags", "count", "seed", "shuffle", "shuffle-choices", "pass", "retries", "feedback", "explanations", "origins", "lang"}

// Langs are the languages a link's lang setting may name: English and
// every translation a lesson may have (Translations).
var Langs = append([]string{"en"}, Translations...)

// Settings are a quiz link's settings as a teacher writes them into an
// embed link, the teachers' page builds them and a SCORM package carries
// them:
//
//	questions=id1,id2  sections=istanbul,eu  levels=recall  tags=core
//	count=10  seed=42  shuffle=1  shuffle-choices=1  pass=70
//	retries=1|0  feedback=now|end  explanations=on|off
//	origins=https://lms.example.edu  lang=uk
//
// ParseSettings reads them and Encode writes them, so that every part of
// the app reads and writes a link the same way; Options turns them into
// a session's Options for a lesson. They need no lesson: question ids and
// labels are checked by Options. The zero value is a link without
// settings, the whole lesson.
type Settings struct {
	Questions []string // questions: these ids, in this order; empty means all.
	Sections  []string // sections: only questions of these explainer sections.
	Levels    []string // levels: only questions of these levels.
	Tags      []string // tags: only questions with one of these tags.
	Count     int      // count: the first Count questions; 0 keeps all.
	// Seed drives every shuffle (seed); nil keeps the default, 1.
	Seed             *uint64
	ShuffleQuestions bool // shuffle=1
	ShuffleChoices   bool // shuffle-choices=1
	PassMark         int  // pass: the percentage needed to pass, 1–100; 0 for a self-check.
	// Retries allows (retries=1) or refuses (retries=0) retrying the
	// missed questions; nil allows them unless a pass mark is set.
	Retries          *bool
	Feedback         Feedback // feedback: when answers are marked; empty means FeedbackNow.
	HideExplanations bool     // explanations=off
	// Origins are the pages allowed to receive results (origins=, bare
	// http(s) origins separated by spaces or commas). They are where
	// results go, not how the quiz runs, so Options leaves them out: the
	// embed posts statements to them, a SCORM package refuses them.
	Origins []string
	// Lang is the quiz's language (lang=uk), one of Langs; empty leaves
	// it to the address. Only a SCORM package, which has one launch
	// address, needs it: every other page says its language in its address
	// (/uk/embed), and the pages read it there. Options leaves it out, so
	// a quiz keeps its progress in every language.
	Lang string
}

// ParseSettings reads a quiz link's settings from a URL query string (a
// leading "?" is allowed). Anything it cannot use is ignored, never fatal:
// each ignored setting adds a notice in plain words for the page to show
// (in its language: Notice), in the order of the settings' names.
//
// ParseSettings(s.Encode()) gives s back, without notices, for any s that
// ParseSettings returns, unless escaping made the link longer than it
// reads (FuzzSettingsRoundTrip).
func ParseSettings(query string) (Settings, []Notice) {
	var (
		s       Settings
		notices []Notice
	)
	ignore := func(n Notice) { notices = append(notices, n) }
	if len(query) > maxParamLength {
		ignore(noticef("Ignored the link's settings: they are longer than %d characters.", maxParamLength))
		return s, notices
	}
	values, err := url.ParseQuery(strings.TrimPrefix(query, "?"))
	if err != nil {
		ignore(noticef("Ignored settings that could not be read (%v).", err))
	}
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)

	for _, name := range names {
		v := strings.TrimSpace(values.Get(name))
		switch name {
		case "questions":
			s.Questions = settingList(v)
		case "sections":
			s.Sections = settingList(v)
		case "levels":
			s.Levels = settingList(v)
		case "tags":
			s.Tags = settingList(v)
		case "count":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				ignore(noticef("Ignored count %q: use a whole number of questions, 1 or more.", v))
				continue
			}
			s.Count = n
		case "seed":
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil || n > maxSeed {
				ignore(noticef("Ignored seed %q: use a whole number.", v))
				continue
			}
			s.Seed = &n
		case "shuffle", "shuffle-choices":
			b, ok := parseSwitch(v)
			if !ok {
				ignore(noticef("Ignored %s=%q: use 1 or 0.", name, v))
				continue
			}
			if name == "shuffle" {
				s.ShuffleQuestions = b
			} else {
				s.ShuffleChoices = b
			}
		case "pass":
			n, err := strconv.Atoi(strings.TrimSuffix(v, "%"))
			if err != nil || n < 1 || n > 100 {
				ignore(noticef("Ignored pass mark %q: use a percentage from 1 to 100.", v))
				continue
			}
			s.PassMark = n
		case "feedback":
			switch Feedback(v) {
			case FeedbackNow, FeedbackEnd:
				s.Feedback = Feedback(v)
			default:
				ignore(noticef("Ignored feedback=%q: use now or end.", v))
			}
		case "retries":
			b, ok := parseSwitch(v)
			if !ok {
				ignore(noticef("Ignored retries=%q: use 1 or 0.", v))
				continue
			}
			s.Retries = &b
		case "explanations":
			b, ok := parseSwitch(v)
			if !ok {
				ignore(noticef("Ignored explanations=%q: use on or off.", v))
				continue
			}
			s.HideExplanations = !b
		case "origins":
			// The value as written: an origin with a stray tab or line
			// break is refused, not repaired.
			var bad []string
			s.Origins, bad = parseOrigins(values.Get(name))
			for _, b := range bad {
				if len(b) > 200 {
					b = strings.ToValidUTF8(b[:200], "") + "…"
				}
				ignore(noticef("Ignored %q as a place to send results: use an origin like https://lms.example.edu.", b))
			}
		case "lang":
			code := strings.ToLower(v)
			if !slices.Contains(Langs, code) {
				if len(v) > 40 {
					v = strings.ToValidUTF8(v[:40], "") + "…"
				}
				ignore(noticef("Ignored lang=%q: use one of %s.", v, strings.Join(Langs, ", ")))
				continue
			}
			s.Lang = code
		default:
			if len(name) > 40 {
				name = name[:40] + "…"
			}
			ignore(noticef("Ignored unknown setting %q.", name))
		}
	}
	return s, notices
}

// parseOrigins keeps the bare http(s) origins of an origins setting: each
// becomes postMessage's targetOrigin, so the browser drops a statement
// unless the embedding page is that origin. Anything else is returned
// apart.
func parseOrigins(v string) (origins, ignored []string) {
	for _, o := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' }) {
		u, err := url.Parse(o)
		// A host never holds "%" (url.Parse has unescaped "%25" into it):
		// postMessage would throw on such an origin, and it would not read
		// back the same from the link Encode writes.
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Path != "" || u.RawQuery != "" || strings.Contains(u.Host, "%") {
			ignored = append(ignored, o)
			continue
		}
		origins = append(origins, u.Scheme+"://"+u.Host)
	}
	return origins, ignored
}

// Encode writes the settings as a URL query string (without "?"), the
// settings' names in alphabetical order, leaving out what is unset, so
// that the same settings always give the same link.
func (s Settings) Encode() string {
	v := url.Values{}
	setList := func(name string, xs []string, sep string) {
		if len(xs) > 0 {
			v.Set(name, strings.Join(xs, sep))
		}
	}
	setList("questions", s.Questions, ",")
	setList("sections", s.Sections, ",")
	setList("levels", s.Levels, ",")
	setList("tags", s.Tags, ",")
	if s.Count > 0 {
		v.Set("count", strconv.Itoa(s.Count))
	}
	if s.Seed != nil {
		v.Set("seed", strconv.FormatUint(*s.Seed, 10))
	}
	if s.ShuffleQuestions {
		v.Set("shuffle", "1")
	}
	if s.ShuffleChoices {
		v.Set("shuffle-choices", "1")
	}
	if s.PassMark > 0 {
		v.Set("pass", strconv.Itoa(s.PassMark))
	}
	if s.Retries != nil {
		v.Set("retries", map[bool]string{true: "1", false: "0"}[*s.Retries])
	}
	if s.Feedback != "" {
		v.Set("feedback", string(s.Feedback))
	}
	if s.HideExplanations {
		v.Set("explanations", "off")
	}
	setList("origins", s.Origins, " ")
	if s.Lang != "" {
		v.Set("lang", s.Lang)
	}
	return v.Encode()
}

// Identity is query without the settings that do not change the quiz:
// where its results go (origins) and the language it is shown in (lang).
// A quiz's own settings name it in xAPI statements (the activity id) and
// result files, so the same quiz taken in English and in Ukrainian is one
// activity in an LRS and one quiz on the class page. The rest keeps the
// link's own spelling, as ids already in teachers' records do: lang= is
// cut out of the text, and a link naming origins is written as Encode
// writes it, as it always was.
func Identity(query string) string {
	var kept []string
	for _, part := range strings.Split(query, "&") {
		if name, _, _ := strings.Cut(part, "="); name != "lang" {
			kept = append(kept, part)
		}
	}
	query = strings.Join(kept, "&")
	values, err := url.ParseQuery(query)
	if err != nil || !values.Has("origins") {
		return query
	}
	values.Del("origins")
	return values.Encode()
}

// settingList splits a list setting at commas and white space: an id or
// a label never holds either, so Encode can join the items with commas.
func settingList(v string) []string {
	xs := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	if len(xs) == 0 {
		return nil
	}
	return xs
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
