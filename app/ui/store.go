package ui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"beyondbudapest/app/quiz"
	"beyondbudapest/app/report"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage keys are an API: saved progress outlives app versions. They are
// namespaced (several apps may share an origin, and GitHub Pages project
// sites share one localStorage) and versioned: a new layout gets a new key.
const (
	progressKey = "beyond-budapest/progress/v1"
	reviewKey   = "beyond-budapest/review/v1"
	// reviewSessionKey keeps the review round under way; forgetProgress
	// clears it with the rest, as it starts with progressKey.
	reviewSessionKey = progressKey + "/review"
)

// savedProgress wraps the engine's progress with when it was saved, and
// when this attempt was first saved (for the time in a result file).
type savedProgress struct {
	SavedAt   time.Time     `json:"savedAt"`
	StartedAt time.Time     `json:"startedAt"`
	Progress  quiz.Progress `json:"progress"`
}

// defaultOptions shape the quiz a student starts from the home page: every
// question, grouped by explainer section. Choice order is not shuffled by
// default so that the prerendered page and the running app show the same
// question; teachers can ask for shuffling.
func defaultOptions(l *quiz.Lesson) quiz.Options {
	return quiz.Options{Seed: 1, Feedback: quiz.FeedbackNow, Questions: l.InSectionOrder()}
}

// quizPlace says which quiz a page shows and where its progress is kept.
// The home page's quiz uses progressKey; a quiz configured by a link
// (/quiz?sections=eu, an embed) keeps its own progress under a key derived
// from its settings, so it never overwrites the student's main quiz.
type quizPlace struct {
	Key     string
	Query   string // The link's settings, carried to the results page and back.
	Options quiz.Options
	Notices []string // Settings that were ignored, in plain words.
	Origins []string // Pages allowed to receive results (embeds only).
	LMS     *lmsLink // The LMS that keeps progress and gets results (SCORM packages only).
}

// placeFor reads the quiz settings from a URL query string.
func placeFor(l *quiz.Lesson, query string) quizPlace {
	query = strings.TrimPrefix(query, "?")
	if query == "" {
		return quizPlace{Key: progressKey, Options: defaultOptions(l)}
	}
	origins, badOrigins := hostOrigins(query)
	o, notices := quiz.ParseOptions(withoutOrigins(query), l)
	for _, b := range badOrigins {
		notices = append(notices, fmt.Sprintf("Ignored %q as a place to send results: use an origin like https://lms.example.edu.", b))
	}
	b, _ := json.Marshal(o)
	sum := sha256.Sum256(b)
	key := progressKey + "/" + hex.EncodeToString(sum[:6])
	if reflect.DeepEqual(o, defaultOptions(l)) {
		key = progressKey
	}
	return quizPlace{Key: key, Query: query, Options: o, Notices: notices, Origins: origins}
}

// placeFromURL is placeFor with the page's own query string (none on the
// server, which prerenders the default quiz).
// In a SCORM package played by an LMS, the quiz is the one the package was
// launched with, whatever the page's URL.
func placeFromURL(l *quiz.Lesson) quizPlace {
	if app.IsServer {
		return placeFor(l, "")
	}
	if m := currentLMS(); m != nil {
		return lmsPlace(l, m)
	}
	if bridge := app.Window().Get("bbLMS"); bridge.Truthy() {
		// A SCORM package with no LMS: its settings, not the address,
		// which holds the app's page too (lmsPage).
		return placeFor(l, strings.TrimPrefix(bridge.Get("query").String(), "?"))
	}
	return placeFor(l, app.Window().URL().RawQuery)
}

// mainPlace is the student's main quiz, the one the home page continues.
func mainPlace(l *quiz.Lesson) quizPlace {
	if m := currentLMS(); m != nil {
		return lmsPlace(l, m)
	}
	return placeFor(l, "")
}

// href returns path with the place's settings, so the quiz and its results
// stay the same quiz.
func (p quizPlace) href(path string) string {
	if p.Query == "" {
		return Href(path)
	}
	return Href(path) + "?" + p.Query
}

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
			notice = "This browser does not let the page store anything, so your progress cannot be saved: it will be lost when you close this page."
		}
	}()
	var saved savedProgress
	found, err := readKey(ctx, key, &saved)
	switch {
	case err != nil:
		notice = "Your saved progress could not be read, so the quiz starts afresh."
		deleteKey(ctx, key)
	case found:
		resumed, info, rerr := quiz.Resume(l, saved.Progress)
		switch {
		case errors.Is(rerr, quiz.ErrOutdated):
			notice = "This app was updated and your saved progress is from an older version, so the quiz starts afresh."
			deleteKey(ctx, key)
		case rerr != nil:
			notice = "Your saved progress was damaged, so the quiz starts afresh."
			deleteKey(ctx, key)
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
	return fmt.Sprintf("The questions were updated since your last visit: %s to changed questions %s cleared.",
		plural(n, "answer", "answers"), plural2(n, "was", "were"))
}

// freshSession starts a session with options already accepted for l.
func freshSession(l *quiz.Lesson, o quiz.Options) *quiz.Session {
	s, err := quiz.New(l, o)
	if err != nil {
		// Options come from defaultOptions or ParseOptions, both valid for l.
		panic("ui: starting a quiz failed: " + err.Error())
	}
	return s
}

// loadReview reads the review queue, dropping questions that changed.
func loadReview(ctx app.Context, l *quiz.Lesson) quiz.ReviewQueue {
	var rq quiz.ReviewQueue
	if _, err := readKey(ctx, reviewKey, &rq); err != nil {
		deleteKey(ctx, reviewKey)
		return quiz.ReviewQueue{}
	}
	rq.Prune(l)
	return rq
}

// recordReview adds one checked answer to the review queue.
func recordReview(ctx app.Context, l *quiz.Lesson, q *quiz.Question, correct bool) {
	rq := loadReview(ctx, l)
	rq.Record(q, correct, time.Now())
	writeKey(ctx, reviewKey, rq)
}

// storageBlocked reports whether assets/boot.js found localStorage
// unusable and put an in-memory stand-in in its place.
func storageBlocked() bool {
	return app.IsClient && app.Window().Get("bbStorageUnavailable").Truthy()
}

// saveSession stores the session where its place keeps it; a non-empty result says why
// it could not.
func saveSession(ctx app.Context, place quizPlace, s *quiz.Session) string {
	if place.LMS != nil {
		return place.LMS.save(s)
	}
	now, p := time.Now().UTC(), s.Progress()
	if err := writeKey(ctx, place.Key, savedProgress{SavedAt: now, StartedAt: startedAt(ctx, place.Key, p, now), Progress: p}); err != nil {
		return "Your progress cannot be saved on this device (" + err.Error() + "). It will be lost when you close this page."
	}
	return ""
}

// startedAt is when the attempt saved under key began: kept from the saved
// progress while it is the same attempt (same questions and seed; Start
// over changes the seed), else now.
func startedAt(ctx app.Context, key string, p quiz.Progress, now time.Time) time.Time {
	var old savedProgress
	if found, err := readKey(ctx, key, &old); err == nil && found && !old.StartedAt.IsZero() &&
		old.Progress.Options.Seed == p.Options.Seed && slices.Equal(old.Progress.Questions, p.Questions) {
		return old.StartedAt
	}
	return now
}

// secondsOnQuiz is the time from the start of the place's attempt to now,
// or 0 when it is not known (an LMS keeps its own).
func secondsOnQuiz(ctx app.Context, place quizPlace) int {
	var saved savedProgress
	if place.LMS != nil {
		return 0
	}
	if found, err := readKey(ctx, place.Key, &saved); err != nil || !found || saved.StartedAt.IsZero() {
		return 0
	}
	return int(time.Since(saved.StartedAt).Seconds())
}

// forgetProgress clears every saved quiz session and the review queue,
// keeping the display preferences.
func forgetProgress(ctx app.Context) {
	var keys []string
	func() {
		defer func() { recover() }()
		ctx.LocalStorage().ForEach(func(k string) { keys = append(keys, k) })
	}()
	for _, k := range keys {
		if strings.HasPrefix(k, progressKey) || k == reviewKey {
			deleteKey(ctx, k)
		}
	}
}

// readKey reads and decodes one key. Reading localStorage can throw in the
// browser (blocked storage in sandboxed frames or privacy modes), and
// go-app's Get does not recover that (pkg/app/storage.go:127-199), so the
// panic is turned into an error here.
func readKey(ctx app.Context, key string, v any) (found bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			found, err = false, fmt.Errorf("storage unavailable: %v", r)
		}
	}()
	st := ctx.LocalStorage()
	if !st.Contains(key) {
		return false, nil
	}
	var raw json.RawMessage
	if err := st.Get(key, &raw); err != nil {
		return true, err
	}
	// Unknown fields are allowed: a tab still running an older version must
	// not reset progress that a newer version wrote with more fields.
	return true, json.NewDecoder(bytes.NewReader(raw)).Decode(v)
}

func writeKey(ctx app.Context, key string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("storage unavailable: %v", r)
		}
	}()
	return ctx.LocalStorage().Set(key, v)
}

func deleteKey(ctx app.Context, key string) {
	defer func() { recover() }()
	ctx.LocalStorage().Del(key)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func plural2(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// activity is the xAPI activity for the place's quiz: this app's quiz page
// with the quiz's own settings (where results go is left out).
func (p quizPlace) activity() report.Quiz {
	id := appOrigin() + "/quiz"
	if q := withoutOrigins(p.Query); q != "" {
		id += "?" + q
	}
	return report.Quiz{ID: id, Name: "Beyond Budapest quiz"}
}
