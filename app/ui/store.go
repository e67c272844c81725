package ui

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"beyondbudapest/app/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Storage keys are an API: saved progress outlives app versions. They are
// namespaced (several apps may share an origin, and GitHub Pages project
// sites share one localStorage) and versioned: a new layout gets a new key.
const (
	progressKey = "beyond-budapest/progress/v1"
)

// savedProgress wraps the engine's progress with when it was saved.
type savedProgress struct {
	SavedAt  time.Time     `json:"savedAt"`
	Progress quiz.Progress `json:"progress"`
}

// defaultOptions shape the quiz a student starts from the home page: every
// question, grouped by explainer section. Choice order is not shuffled by
// default so that the prerendered page and the running app show the same
// question; teachers can ask for shuffling.
func defaultOptions(l *quiz.Lesson) quiz.Options {
	return quiz.Options{Seed: 1, Questions: l.InSectionOrder()}
}

// loadSession restores the student's session from local storage, or starts
// a fresh one. notice is non-empty when something had to be reset or
// dropped: the page shows it so nothing is lost silently.
func loadSession(ctx app.Context, l *quiz.Lesson) (s *quiz.Session, notice string) {
	defer func() {
		if storageBlocked() {
			notice = "This browser does not let the page store anything, so your progress cannot be saved: it will be lost when you close this page."
		}
	}()
	var saved savedProgress
	found, err := readKey(ctx, progressKey, &saved)
	switch {
	case err != nil:
		notice = "Your saved progress could not be read, so the quiz starts afresh."
		deleteKey(ctx, progressKey)
	case found:
		resumed, info, rerr := quiz.Resume(l, saved.Progress)
		switch {
		case errors.Is(rerr, quiz.ErrOutdated):
			notice = "This app was updated and your saved progress is from an older version, so the quiz starts afresh."
			deleteKey(ctx, progressKey)
		case rerr != nil:
			notice = "Your saved progress was damaged, so the quiz starts afresh."
			deleteKey(ctx, progressKey)
		default:
			if info.Dropped > 0 {
				notice = fmt.Sprintf("The questions were updated since your last visit: %s to changed questions %s cleared.",
					plural(info.Dropped, "answer", "answers"), plural2(info.Dropped, "was", "were"))
			}
			return resumed, notice
		}
	}
	fresh, err := quiz.New(l, defaultOptions(l))
	if err != nil {
		// The bundled lesson loaded, so it has questions and the defaults fit it.
		panic("ui: starting the default quiz failed: " + err.Error())
	}
	return fresh, notice
}

// storageBlocked reports whether assets/boot.js found localStorage
// unusable and put an in-memory stand-in in its place.
func storageBlocked() bool {
	return app.IsClient && app.Window().Get("bbStorageUnavailable").Truthy()
}

// saveSession stores the session; a non-empty result says why it could not.
func saveSession(ctx app.Context, s *quiz.Session) string {
	if err := writeKey(ctx, progressKey, savedProgress{SavedAt: time.Now().UTC(), Progress: s.Progress()}); err != nil {
		return "Your progress cannot be saved on this device (" + err.Error() + "). It will be lost when you close this page."
	}
	return ""
}

// clearSession forgets the saved session.
func clearSession(ctx app.Context) { deleteKey(ctx, progressKey) }

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
