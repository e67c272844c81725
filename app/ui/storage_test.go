package ui

import (
	"regexp"
	"strings"
	"testing"

	"beyondbudapest/app/quiz"
)

// TestStorageKeysAreNamespacedAndVersioned guards rule 4 of STYLE.md: an
// origin can be shared (GitHub Pages project sites share one
// localStorage), and a new layout needs a new key.
func TestStorageKeysAreNamespacedAndVersioned(t *testing.T) {
	versioned := regexp.MustCompile(`^beyond-budapest/[a-z-]+/v[0-9]+(/|$)`)
	for _, k := range []string{progressKey, reviewSessionKey, reviewKey, prefsKey, attemptsKey, actorKey, classKey} {
		if !versioned.MatchString(k) {
			t.Errorf("storage key %q is not of the form beyond-budapest/<name>/v<n>", k)
		}
	}
	if !strings.HasPrefix(reviewSessionKey, progressKey) {
		t.Errorf("reviewSessionKey %q does not start with progressKey %q: forgetProgress would leave the review round behind", reviewSessionKey, progressKey)
	}
}

// TestQuizSettingsKeepTheirOwnProgress checks where each quiz keeps its
// progress: the home page's quiz (and any link whose settings come to the
// same quiz) under progressKey, a quiz configured by a link under its own
// key, the same for the same settings in any order or with results sent
// elsewhere.
func TestQuizSettingsKeepTheirOwnProgress(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	a, b := l.Sections[0].ID, l.Sections[1].ID
	key := func(query string) string { return placeFor(l, query).Key }
	for _, q := range []string{"", "?", "seed=1", "feedback=now", "origins=https://lms.example.edu"} {
		if got := key(q); got != progressKey {
			t.Errorf("placeFor(%q).Key = %q, want the main quiz's %q: these settings are the home page's quiz", q, got, progressKey)
		}
	}
	own := regexp.MustCompile(`^` + regexp.QuoteMeta(progressKey) + `/[0-9a-f]{12}$`)
	configured := key("sections=" + a)
	if !own.MatchString(configured) {
		t.Errorf("placeFor(sections=%s).Key = %q, want progressKey/<12 hex digits> (forgetProgress and boot.js find progress by that prefix)", a, configured)
	}
	if other := key("sections=" + b); other == configured {
		t.Errorf("sections=%s and sections=%s share the key %q: one quiz would overwrite the other's progress", a, b, other)
	}
	same := []string{
		"sections=" + a + "&feedback=end",
		"feedback=end&sections=" + a,
		"?feedback=end&sections=" + a + "&origins=https://lms.example.edu",
	}
	for _, q := range same[1:] {
		if key(q) != key(same[0]) {
			t.Errorf("placeFor(%q).Key = %q, placeFor(%q).Key = %q: the same quiz must find the same progress", q, key(q), same[0], key(same[0]))
		}
	}
	if progressKeyFor(l, defaultOptions(l)) != progressKey {
		t.Errorf("progressKeyFor(defaultOptions) = %q, want %q", progressKeyFor(l, defaultOptions(l)), progressKey)
	}
}

// TestProgressKeyIsStable pins the key of one configured quiz. Saved
// progress is found by this key, so a change to how it is derived (or to
// quiz.Options' JSON) silently orphans every student's progress in quizzes
// set up by a link: if that is intended, give the progress a new version.
func TestProgressKeyIsStable(t *testing.T) {
	l, err := Lesson()
	if err != nil {
		t.Fatal(err)
	}
	o := quiz.Options{Questions: []string{"q1", "q2"}, Seed: 7, PassMark: 80, Feedback: quiz.FeedbackEnd}
	const want = progressKey + "/08401ef03cb6"
	if got := progressKeyFor(l, o); got != want {
		t.Errorf("progressKeyFor(%+v) = %q, want %q: students' saved progress under the old key would no longer be found", o, got, want)
	}
}

// TestForgettingStartsANewLearner lists what "Forget my progress" removes:
// on a shared computer the next student must not inherit the last one's
// answers, review queue, attempt count or random id, but the display
// settings, the language and a teacher's loaded class stay.
func TestForgettingStartsANewLearner(t *testing.T) {
	for _, k := range []string{progressKey, progressKey + "/0123456789ab", reviewSessionKey, reviewKey, attemptsKey, actorKey} {
		if !forgotten(k) {
			t.Errorf("Forget my progress keeps %q", k)
		}
	}
	for _, k := range []string{prefsKey, langKey, classKey, "beyond-budapest/worker-installing-since"} {
		if forgotten(k) {
			t.Errorf("Forget my progress removes %q", k)
		}
	}
}
