package ui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"beyondbudapest/app/analysis"
	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Everything the app keeps on the device is in localStorage under the keys
// below, and read, written and deleted only through this file.
//
// Storage keys are an API: saved progress outlives app versions. They are
// namespaced (several apps may share an origin, and GitHub Pages project
// sites share one localStorage) and versioned: a new layout gets a new key.
//
// assets/boot.js uses some keys before the app starts, so keep both in step:
//   - it reads prefsKey to set the display preferences before the first paint;
//   - it reads langKey to open the page in the chosen language before the
//     first paint, and writes it when a language switch is followed before
//     the app runs (LangSwitch writes it once the app runs);
//   - it looks for any key starting with progressKey (early_answer.go hands it
//     the prefix) to decide whether the prerendered first question may be
//     answered before the app loads;
//   - it alone writes "beyond-budapest/worker-installing-since" (when the
//     offline copy started installing, to tell a stalled install) and
//     "beyond-budapest/probe" (written and removed at once to find out
//     whether storage works).
const (
	// progressKey holds the home page's quiz (a savedProgress). A quiz
	// configured by a link keeps its own under progressKeyFor's key, which
	// starts with progressKey.
	progressKey = "beyond-budapest/progress/v1"
	// reviewSessionKey keeps the review round under way (a savedProgress);
	// forgetProgress clears it with the rest, as it starts with progressKey.
	reviewSessionKey = progressKey + "/review"
	// reviewKey holds the review queue (a quiz.ReviewQueue).
	reviewKey = "beyond-budapest/review/v1"
	// prefsKey holds the learner's display preferences (Prefs).
	prefsKey = "beyond-budapest/prefs/v1"
	// attemptsKey holds, for each quiz on this device (by its progress key),
	// the attempt under way (attemptLog): xAPI statements carry its id as
	// context.registration and its number, so a teacher can tell the graded
	// first attempt from retries.
	attemptsKey = "beyond-budapest/attempts/v1"
	// actorKey holds the random id that stands for this device in xAPI
	// statements: pseudonymous by design, never a name or an e-mail address.
	actorKey = "beyond-budapest/actor/v1"
	// langKey holds the language the learner chose with a LangSwitch (a
	// JSON string, "uk"): pages open in it (assets/boot.js), unless their
	// address says lang= or they are embedded.
	langKey = "beyond-budapest/lang/v1"
	// classKey keeps the class a teacher loaded (analysis.Class), so the
	// analysis survives a reload; "Clear" removes it.
	classKey = "beyond-budapest/class/v1"
)

// savedProgress wraps the engine's progress with when it was saved, and
// when this attempt was first saved (for the time in a result file).
type savedProgress struct {
	SavedAt   time.Time     `json:"savedAt"`
	StartedAt time.Time     `json:"startedAt"`
	Progress  quiz.Progress `json:"progress"`
}

// progressKeyFor is where a quiz with options o keeps its progress: the
// home page's quiz (the default options) under progressKey, any other
// under a key derived from its options, so that a quiz configured by a
// link never overwrites the student's main quiz, and the same settings
// always find the same progress.
func progressKeyFor(l *quiz.Lesson, o quiz.Options) string {
	if reflect.DeepEqual(o, defaultOptions(l)) {
		return progressKey
	}
	b, _ := json.Marshal(o)
	sum := sha256.Sum256(b)
	return progressKey + "/" + hex.EncodeToString(sum[:6])
}

// readProgress reads the progress saved under key; found is false when
// there is none.
func readProgress(ctx app.Context, key string) (saved savedProgress, found bool, err error) {
	found, err = readKey(ctx, key, &saved)
	return saved, found, err
}

// writeProgress saves progress under key.
func writeProgress(ctx app.Context, key string, saved savedProgress) error {
	return writeKey(ctx, key, saved)
}

// deleteProgress removes the progress saved under key.
func deleteProgress(ctx app.Context, key string) {
	deleteKey(ctx, key)
}

// forgetProgress clears what forgotten names: every saved quiz session,
// the review queue, the attempt log and the device's random id.
func forgetProgress(ctx app.Context) {
	var keys []string
	func() {
		defer func() { recover() }()
		ctx.LocalStorage().ForEach(func(k string) { keys = append(keys, k) })
	}()
	for _, k := range keys {
		if forgotten(k) {
			deleteKey(ctx, k)
		}
	}
}

// forgotten tells whether "Forget my progress" removes the key: every
// quiz's progress, the review queue, the attempt log and the device's
// random id, so that on a shared computer the next student starts as a
// new learner (a new id in result files and xAPI statements, attempt 1
// again). Display settings, the language and a class a teacher loaded
// stay: they are not the student's progress, and the class page has its
// own Clear.
func forgotten(key string) bool {
	return strings.HasPrefix(key, progressKey) || key == reviewKey || key == attemptsKey || key == actorKey
}

// readReview reads the review queue; an unreadable one is deleted and
// an empty queue returned.
func readReview(ctx app.Context) quiz.ReviewQueue {
	var rq quiz.ReviewQueue
	if _, err := readKey(ctx, reviewKey, &rq); err != nil {
		deleteKey(ctx, reviewKey)
		return quiz.ReviewQueue{}
	}
	return rq
}

// writeReview saves the review queue.
func writeReview(ctx app.Context, rq quiz.ReviewQueue) error {
	return writeKey(ctx, reviewKey, rq)
}

// loadPrefs reads the saved preferences; damaged data gives the defaults.
func loadPrefs(ctx app.Context) Prefs {
	var p Prefs
	if _, err := readKey(ctx, prefsKey, &p); err != nil {
		deleteKey(ctx, prefsKey)
		return Prefs{}.valid()
	}
	return p.valid()
}

// writePrefs saves the preferences.
func writePrefs(ctx app.Context, p Prefs) error {
	return writeKey(ctx, prefsKey, p)
}

// writeLang remembers the language the learner chose.
func writeLang(ctx app.Context, code string) error {
	return writeKey(ctx, langKey, code)
}

// readAttempts reads every quiz's attempt log.
func readAttempts(ctx app.Context) map[string]attemptLog {
	logs := map[string]attemptLog{}
	if _, err := readKey(ctx, attemptsKey, &logs); err != nil || logs == nil {
		logs = map[string]attemptLog{}
	}
	return logs
}

// writeAttempts saves every quiz's attempt log.
func writeAttempts(ctx app.Context, logs map[string]attemptLog) error {
	return writeKey(ctx, attemptsKey, logs)
}

// actorID returns this device's pseudonymous id, creating it once.
func actorID(ctx app.Context) string {
	var id string
	if found, err := readKey(ctx, actorKey, &id); err != nil || !found || len(id) != 36 {
		id = newUUID()
		writeKey(ctx, actorKey, id)
	}
	return id
}

// readClass reads the class kept on this device into c; an unreadable one
// is deleted, c emptied and the error returned.
func readClass(ctx app.Context, c *analysis.Class) error {
	if _, err := readKey(ctx, classKey, c); err != nil {
		*c = analysis.Class{}
		deleteKey(ctx, classKey)
		return err
	}
	return nil
}

// writeClass keeps the class on this device.
func writeClass(ctx app.Context, c analysis.Class) error {
	return writeKey(ctx, classKey, c)
}

// deleteClass forgets the class kept on this device.
func deleteClass(ctx app.Context) {
	deleteKey(ctx, classKey)
}

// storageBlocked reports whether assets/boot.js found localStorage
// unusable and put an in-memory stand-in in its place.
func storageBlocked() bool {
	return app.IsClient && app.Window().Get("bbStorageUnavailable").Truthy()
}

// readKey reads and decodes one key. Reading localStorage can throw in the
// browser (blocked storage in sandboxed frames or privacy modes), and
// go-app's Get does not recover that (go-app v10.1.11,
// pkg/app/storage.go:127-199), so the panic is turned into an error here.
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

// writeKey encodes and stores one key; a throwing localStorage (full, or
// blocked) becomes an error.
func writeKey(ctx app.Context, key string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("storage unavailable: %v", r)
		}
	}()
	return ctx.LocalStorage().Set(key, v)
}

// deleteKey removes one key, ignoring a throwing localStorage.
func deleteKey(ctx app.Context, key string) {
	defer func() { recover() }()
	ctx.LocalStorage().Del(key)
}
