package ui

import (
	"net/url"
	"strconv"
	"strings"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The checks of the teachers' form: a teacher learns about a setting that
// cannot work while filling in the form, never from a student who meets a
// notice about it in the quiz.

// sectionCount is how many questions the section holds.
func (t *TeachersPage) sectionCount(id string) int {
	n := 0
	for _, q := range t.lesson.Questions {
		if q.Section == id {
			n++
		}
	}
	return n
}

// available is how many questions the chosen sections hold (all sections
// when none is chosen, as the quiz then takes every question).
func (t *TeachersPage) available() int {
	n, any := 0, false
	for _, s := range t.lesson.Sections {
		if t.sections[s.ID] {
			n += t.sectionCount(s.ID)
			any = true
		}
	}
	if !any {
		return len(t.lesson.Questions)
	}
	return n
}

// countProblem says why the count cannot be used; "" when it can (or is
// empty).
func (t *TeachersPage) countProblem() string {
	v := strings.TrimSpace(t.count)
	if v == "" {
		return ""
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil || n < 1:
		return L("Use a whole number of questions, 1 or more.")
	case n > t.available():
		return Lf("The chosen sections hold %s: choose %d or fewer, or more sections.", plural(t.available(), "question", "questions"), t.available())
	}
	return ""
}

// countNote explains what a count does with the chosen settings.
func (t *TeachersPage) countNote() string {
	n, err := strconv.Atoi(strings.TrimSpace(t.count))
	if err != nil || n < 1 || n >= t.available() || t.countProblem() != "" {
		return Lf("The chosen sections hold %s.", plural(t.available(), "question", "questions"))
	}
	if t.shuffle {
		return Lf("Each student gets %d of the %d questions, picked at random from all chosen sections.", n, t.available())
	}
	return Lf("Without shuffling, every student gets the first %d of the %d questions, in the explainer's order, so the later sections may be left out. Tick \"Shuffle the questions\" to draw them from every chosen section.", n, t.available())
}

// siteOrigins reads the "send results to" box: each entry may be a full
// address pasted from the course page, reduced to its origin
// (https://moodle.example.edu/course/view.php?id=4 gives
// https://moodle.example.edu); entries that are not web addresses are
// returned apart.
func siteOrigins(text string) (origins, bad []string) {
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		u, err := url.Parse(f)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
			bad = append(bad, f)
			continue
		}
		o := u.Scheme + "://" + strings.ToLower(u.Host)
		if !seen[o] {
			seen[o] = true
			origins = append(origins, o)
		}
	}
	return origins, bad
}

// countField is the number of questions, with what it will do or why it
// cannot be used.
func (t *TeachersPage) countField() app.UI {
	problem := t.countProblem()
	return app.Div().Class("field").Body(
		app.Label().For("count").Text(L("How many questions (empty: all of the chosen sections)")),
		untilApp(app.Input()).Type("number").ID("count").Min(1).Max(t.available()).Value(t.count).
			Aria("describedby", "count-note").Aria("invalid", problem != "").
			OnInput(func(ctx app.Context, e app.Event) { t.count = ctx.JSSrc().Get("value").String() }, handlerScope("count")),
		app.If(problem != "", func() app.UI {
			return app.P().ID("count-note").Class("problem").Role("alert").Text(problem)
		}).Else(func() app.UI {
			return app.P().ID("count-note").Class("field-note").Text(t.countNote())
		}),
	)
}

// originsField is where results go, with what that needs on the course
// page, and the entries it could not use.
func (t *TeachersPage) originsField() app.UI {
	origins, bad := siteOrigins(t.origins)
	return app.Div().Class("field").Body(
		app.Label().For("origins").Text(L("Send results to these sites (optional; paste the address of your course page)")),
		untilApp(app.Input()).Type("text").ID("origins").Value(t.origins).Aria("describedby", "origins-note").Aria("invalid", len(bad) > 0).
			OnInput(func(ctx app.Context, e app.Event) { t.origins = ctx.JSSrc().Get("value").String() }, handlerScope("origins")),
		app.If(len(bad) > 0, func() app.UI {
			return app.P().ID("origins-problem").Class("problem").Role("alert").
				Text(Lf("Not a web address: %s. Use an address starting with https://, like https://moodle.example.edu.", strings.Join(bad, ", ")))
		}),
		app.P().ID("origins-note").Class("field-note").Body(
			app.If(len(origins) > 0, func() app.UI {
				return app.Text(Lf("Results go to %s. ", strings.Join(origins, ", ")))
			}),
			app.Text(L("The page must have code that receives them (an xAPI listener); a plain course page ignores them. For a gradebook, use the SCORM package below instead.")),
		),
	)
}

// scormFileName names a SCORM download after its settings, so that two
// packages made for two classes are told apart in a downloads folder and
// in the LMS: beyond-budapest-scorm2004-eu-first-10q-pass70.zip.
func scormFileName(v report.SCORMVersion, s quiz.Settings) string {
	name := strings.TrimSuffix(v.FileName(), ".zip")
	if len(s.Sections) > 0 {
		name += "-" + strings.Join(s.Sections, "-")
	}
	if s.Count > 0 {
		name += "-" + strconv.Itoa(s.Count) + "q"
	}
	if s.ShuffleQuestions {
		name += "-shuffled"
	}
	if s.PassMark > 0 {
		name += "-pass" + strconv.Itoa(s.PassMark)
	}
	if s.Retries != nil {
		name += map[bool]string{true: "-retries", false: "-no-retries"}[*s.Retries]
	}
	if s.Feedback == quiz.FeedbackEnd {
		name += "-feedback-at-end"
	}
	if s.HideExplanations {
		name += "-no-explanations"
	}
	if s.Lang != "" && s.Lang != English {
		name += "-" + s.Lang
	}
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, name) + ".zip"
}
