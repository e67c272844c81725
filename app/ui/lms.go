package ui

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lmsLink is the learning platform (LMS) the app reports to when it runs
// from a SCORM package. assets/lms.js finds the LMS's API and opens the
// session before the app starts; this side decides what to record
// (app/report) and keeps the student's progress in the LMS, not in the
// browser: LMS computers are often shared, and the LMS follows the student
// to another device.
type lmsLink struct {
	version report.SCORMVersion
	js      app.Value
	review  bool // The LMS shows an earlier attempt: record nothing.
}

// currentLMS returns the LMS session, or nil when the app is not in a
// SCORM package or no LMS answered.
func currentLMS() *lmsLink {
	if !app.IsClient {
		return nil
	}
	bridge := app.Window().Get("bbLMS")
	if !bridge.Truthy() {
		return nil
	}
	v := report.SCORMVersion(bridge.Get("version").String())
	if v != report.SCORM12 && v != report.SCORM2004 {
		return nil
	}
	m := &lmsLink{version: v, js: bridge}
	m.review = report.SCORMReview(v, m.get)
	return m
}

// lmsMissing says why a SCORM package runs without an LMS ("" when it is
// not a package or has one): results then stay on the device.
func lmsMissing() string {
	if !app.IsClient {
		return ""
	}
	bridge := app.Window().Get("bbLMS")
	if !bridge.Truthy() || bridge.Get("version").String() != "" {
		return ""
	}
	return L("No learning platform answered, so your results are not recorded there; your progress is kept in this browser only.")
}

// lmsPlace is the quiz a SCORM package runs: the settings it was launched
// with (the manifest's parameters) and the LMS's pass mark, which wins
// over the package's own.
func lmsPlace(l *quiz.Lesson, m *lmsLink) quizPlace {
	place := placeFor(l, strings.TrimPrefix(m.js.Get("query").String(), "?"))
	place.Origins = nil // results go to the LMS, not to a host page
	if pass, ok := report.SCORMPassMark(m.version, m.get); ok {
		place.Options.PassMark = pass
	}
	place.LMS = m
	return place
}

func (m *lmsLink) get(element string) string {
	v := m.js.Call("get", element)
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// apply sets each value in order and has the LMS commit them soon after
// (lms.js, commitSoon), or at once with now: a commit is often a
// synchronous request to the LMS's server. The LMS refuses a value with
// an error code; the refusals, and an earlier commit's failure, are
// returned together.
func (m *lmsLink) apply(sets []report.SCORMValue, now bool) error {
	if m.review {
		return nil
	}
	var errs []string
	if e := m.js.Get("commitError"); e.Type() == app.TypeString && e.String() != "" {
		errs = append(errs, "commit: "+e.String())
		m.js.Set("commitError", "")
	}
	for _, s := range sets {
		if e := m.js.Call("set", s.Element, s.Value).String(); e != "" {
			errs = append(errs, s.Element+": "+e)
		}
	}
	if now {
		if e := m.js.Call("commit").String(); e != "" {
			errs = append(errs, "commit: "+e)
		}
	} else {
		m.js.Call("commitSoon")
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "; "))
	}
	return nil
}

// load restores the session from the LMS's suspend data, or starts one.
func (m *lmsLink) load(l *quiz.Lesson, o quiz.Options) (s *quiz.Session, notice string) {
	defer func() {
		if m.review {
			notice = strings.TrimSpace(L("Your course opened this attempt for review: you can look through it, but nothing you change is recorded.") + " " + notice)
		}
	}()
	// Once per launch, not per page: each page opened would otherwise set
	// the same values and cost a commit.
	lmsStart.Do(func() {
		if err := m.apply(report.SCORMStarted(m.version, m.get), false); err != nil {
			notice = Lf("The learning platform refused part of the start of this attempt (%v).", err)
		}
	})
	if data := m.get(report.SCORMSuspendElement); data != "" {
		p, err := quiz.DecodeCompact(l, data, o)
		if err == nil {
			var info quiz.Resumed
			if s, info, err = quiz.Resume(l, p); err == nil {
				if dropped := droppedNotice(info.Dropped); dropped != "" {
					notice = dropped
				}
				return s, notice
			}
		}
		notice = L("Your progress saved in the learning platform could not be read, so the quiz starts afresh.")
	}
	return freshSession(l, o), notice
}

// lmsStart marks the attempt as under way; the app runs once per launch.
var lmsStart sync.Once

// save keeps the session in the LMS's suspend data.
func (m *lmsLink) save(s *quiz.Session) string {
	data, err := quiz.EncodeCompact(s.Progress())
	if err != nil {
		return Lf("Your progress is too long for the learning platform to keep, so it will be lost when you leave (%v).", err)
	}
	if err := m.apply([]report.SCORMValue{{Element: report.SCORMSuspendElement, Value: data}}, false); err != nil {
		return Lf("The learning platform did not save your progress (%v).", err)
	}
	return ""
}

// answered records one checked answer as a new interaction.
func (m *lmsLink) answered(q *quiz.Question, a quiz.Answer, took time.Duration) string {
	n, err := strconv.Atoi(m.get("cmi.interactions._count"))
	if err != nil || n < 0 {
		n = 0
	}
	if err := m.apply(report.SCORMAnswered(m.version, n, q, a, took, time.Now()), false); err != nil {
		return Lf("The learning platform did not record this answer (%v).", err)
	}
	return ""
}

// finished reports the score and the outcome, and commits at once: the
// student must not leave for the results believing a score was recorded
// that the LMS refused.
// The session time goes with it (lms.js, recordTime): the commit when the
// page goes away may never reach the LMS.
func (m *lmsLink) finished(res quiz.Results) string {
	timeErr := ""
	if !m.review {
		timeErr = m.js.Call("recordTime").String()
	}
	err := m.apply(report.SCORMFinished(m.version, res), true)
	switch {
	case err != nil:
		return Lf("The learning platform did not record your score (%v).", err)
	case timeErr != "":
		return Lf("The learning platform did not record the time you spent (%s).", timeErr)
	}
	return ""
}
