package ui

import (
	"errors"
	"slices"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadSession restores the place's session (from the browser, or from the
// LMS in a SCORM package), or starts a fresh one with its options. notice
// is non-empty when something had to be reset or dropped: the page shows
// it so nothing is lost silently.
func loadSession(ctx app.Context, l *quiz.Lesson, place quizPlace) (s *quiz.Session, notice string) {
	if place.LMS != nil {
		return place.LMS.load(l, place.Options)
	}
	key, o := place.Key, place.Options
	defer func() {
		if missing := lmsMissing(); missing != "" {
			notice = strings.TrimSpace(missing + " " + notice)
		}
		if storageBlocked() {
			notice = L("This browser does not let the page store anything, so your progress cannot be saved: it will be lost when you close this page.")
		}
	}()
	saved, found, err := readProgress(ctx, key)
	switch {
	case err != nil:
		notice = L("Your saved progress could not be read, so the quiz starts afresh.")
		deleteProgress(ctx, key)
	case found:
		resumed, info, rerr := quiz.Resume(l, saved.Progress)
		switch {
		case errors.Is(rerr, quiz.ErrOutdated):
			notice = L("This app was updated and your saved progress is from an older version, so the quiz starts afresh.")
			deleteProgress(ctx, key)
		case rerr != nil:
			notice = L("Your saved progress was damaged, so the quiz starts afresh.")
			deleteProgress(ctx, key)
		default:
			return resumed, droppedNotice(info.Dropped)
		}
	}
	return freshSession(l, o), notice
}

// droppedNotice tells the student how many answers were cleared because
// their questions changed since; "" when none were.
func droppedNotice(n int) string {
	if n == 0 {
		return ""
	}
	// "was cleared" is one plural pair, not "was" + "cleared": Ukrainian
	// says it in one impersonal word for every count (видалено).
	return Lf("The questions were updated since your last visit: %s to changed questions %s.",
		plural(n, "answer", "answers"), plural2(n, "was cleared", "were cleared"))
}

// freshSession starts a session with options already accepted for l.
func freshSession(l *quiz.Lesson, o quiz.Options) *quiz.Session {
	s, err := quiz.New(l, o)
	if err != nil {
		// Options come from defaultOptions or quiz.Settings.Options, both valid for l.
		panic("ui: starting a quiz failed: " + err.Error())
	}
	return s
}

// saveSession stores the session where its place keeps it; a non-empty result says why
// it could not.
func saveSession(ctx app.Context, place quizPlace, s *quiz.Session) string {
	if place.LMS != nil {
		return place.LMS.save(s)
	}
	now, p := time.Now().UTC(), s.Progress()
	if err := writeProgress(ctx, place.Key, savedProgress{SavedAt: now, StartedAt: startedAt(ctx, place.Key, p, now), Progress: p}); err != nil {
		return Lf("Your progress cannot be saved on this device (%s). It will be lost when you close this page.", err.Error())
	}
	return ""
}

// startedAt is when the attempt saved under key began: kept from the saved
// progress while it is the same attempt (same questions and seed; Start
// over changes the seed), else now.
func startedAt(ctx app.Context, key string, p quiz.Progress, now time.Time) time.Time {
	if old, found, err := readProgress(ctx, key); err == nil && found && !old.StartedAt.IsZero() &&
		old.Progress.Options.Seed == p.Options.Seed && slices.Equal(old.Progress.Questions, p.Questions) {
		return old.StartedAt
	}
	return now
}

// secondsOnQuiz is the time from the start of the place's attempt to now,
// or 0 when it is not known (an LMS keeps its own).
func secondsOnQuiz(ctx app.Context, place quizPlace) int {
	if place.LMS != nil {
		return 0
	}
	saved, found, err := readProgress(ctx, place.Key)
	if err != nil || !found || saved.StartedAt.IsZero() {
		return 0
	}
	return int(time.Since(saved.StartedAt).Seconds())
}

// loadReview reads the review queue, dropping questions that changed.
func loadReview(ctx app.Context, l *quiz.Lesson) quiz.ReviewQueue {
	rq := readReview(ctx)
	rq.Prune(l)
	return rq
}

// recordReview adds one checked answer to the review queue.
func recordReview(ctx app.Context, l *quiz.Lesson, q *quiz.Question, correct bool) {
	rq := loadReview(ctx, l)
	rq.Record(q, correct, time.Now())
	writeReview(ctx, rq)
}
